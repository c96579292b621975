#include "cli/terminal.h"

#include <QTextStream>

#include <algorithm>

#if defined(Q_OS_WIN)
#ifndef NOMINMAX
#define NOMINMAX // std::max, not the macro
#endif
#include <io.h>
#include <windows.h>
#elif defined(Q_OS_UNIX)
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace iuc::cli {

namespace {

#ifdef Q_OS_WIN
HANDLE consoleOf(FILE *stream)
{
    return reinterpret_cast<HANDLE>(::_get_osfhandle(::_fileno(stream)));
}

bool isTerminal(FILE *stream)
{
    return ::_isatty(::_fileno(stream)) != 0;
}

// The console's visible window, or nothing when `stream` is not a console.
std::optional<SMALL_RECT> consoleWindow(FILE *stream)
{
    CONSOLE_SCREEN_BUFFER_INFO info{};
    if (!::GetConsoleScreenBufferInfo(consoleOf(stream), &info))
        return std::nullopt;
    return info.srWindow;
}

// Colours, the in-place redraw of watch and UTF-8 (→, …) need a console
// that reads escape sequences (Windows 10 and later) and UTF-8 output.
bool prepareConsole(FILE *stream)
{
    const HANDLE console = consoleOf(stream);
    DWORD mode = 0;
    if (!::GetConsoleMode(console, &mode))
        return false;
    ::SetConsoleOutputCP(CP_UTF8);
    return ::SetConsoleMode(console, mode | ENABLE_VIRTUAL_TERMINAL_PROCESSING) != 0;
}
#elif defined(Q_OS_UNIX)
bool isTerminal(FILE *stream)
{
    return ::isatty(::fileno(stream)) != 0;
}
#endif

} // namespace

Terminal::Terminal(FILE *out, FILE *err, FILE *in)
    : m_out(out)
    , m_err(err)
    , m_in(in)
{
#if defined(Q_OS_WIN)
    m_interactive = isTerminal(out) && isTerminal(in) && prepareConsole(out);
    m_colour = m_interactive && qEnvironmentVariableIsEmpty("NO_COLOR");
#elif defined(Q_OS_UNIX)
    m_interactive = isTerminal(out) && isTerminal(in);
    const QByteArray term = qgetenv("TERM");
    m_colour = isTerminal(out) && qEnvironmentVariableIsEmpty("NO_COLOR") && term != "dumb" && !term.isEmpty();
#endif
}

int Terminal::width() const
{
#if defined(Q_OS_WIN)
    if (const auto window = consoleWindow(m_out); window && window->Right - window->Left + 1 > 20)
        return window->Right - window->Left + 1;
#elif defined(Q_OS_UNIX)
    winsize ws{};
    if (::ioctl(::fileno(m_out), TIOCGWINSZ, &ws) == 0 && ws.ws_col > 20)
        return ws.ws_col;
#endif
    bool ok = false;
    const int columns = qEnvironmentVariableIntValue("COLUMNS", &ok);
    return ok && columns > 20 ? columns : 100;
}

int Terminal::height() const
{
#if defined(Q_OS_WIN)
    if (const auto window = consoleWindow(m_out); window && window->Bottom - window->Top + 1 > 5)
        return window->Bottom - window->Top + 1;
#elif defined(Q_OS_UNIX)
    winsize ws{};
    if (::ioctl(::fileno(m_out), TIOCGWINSZ, &ws) == 0 && ws.ws_row > 5)
        return ws.ws_row;
#endif
    bool ok = false;
    const int lines = qEnvironmentVariableIntValue("LINES", &ok);
    return ok && lines > 5 ? lines : 40;
}

void Terminal::print(const QString &text) const
{
    write(text + QLatin1Char('\n'));
}

void Terminal::write(const QString &text) const
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), m_out);
    std::fflush(m_out);
}

void Terminal::error(const QString &text) const
{
    const QByteArray bytes = (text + QLatin1Char('\n')).toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), m_err);
    std::fflush(m_err);
}

void Terminal::redraw(const QString &screen) const
{
    if (!m_interactive) {
        print(screen);
        return;
    }
    QString text = u"\x1b[H"_s;
    for (const QString &line : screen.split(QLatin1Char('\n')))
        text += line + u"\x1b[K\n"_s; // clear what a longer old line left
    text += u"\x1b[J"_s;
    write(text);
}

bool Terminal::confirm(const QString &question) const
{
    if (!m_interactive)
        return false;
    write(question + u" [y/N] "_s);
    char buffer[64] = {};
    if (!std::fgets(buffer, sizeof buffer, m_in))
        return false;
    const QString answer = QString::fromLocal8Bit(buffer).trimmed().toLower();
    return answer == u"y"_s || answer == u"yes"_s;
}

std::optional<QString> Terminal::readSecret(const QString &prompt) const
{
#if defined(Q_OS_WIN) || defined(Q_OS_UNIX)
    if (!m_interactive)
        return std::nullopt;
    write(prompt);
#if defined(Q_OS_WIN)
    const HANDLE console = consoleOf(m_in);
    DWORD old = 0;
    ::GetConsoleMode(console, &old);
    ::SetConsoleMode(console, old & ~static_cast<DWORD>(ENABLE_ECHO_INPUT));
#else
    const int fd = ::fileno(m_in);
    termios old{};
    ::tcgetattr(fd, &old);
    termios silent = old;
    silent.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    ::tcsetattr(fd, TCSANOW, &silent);
#endif
    char buffer[512] = {};
    const bool ok = std::fgets(buffer, sizeof buffer, m_in) != nullptr;
#if defined(Q_OS_WIN)
    ::SetConsoleMode(console, old);
#else
    ::tcsetattr(fd, TCSANOW, &old);
#endif
    write(u"\n"_s);
    if (!ok)
        return std::nullopt;
    QString secret = QString::fromLocal8Bit(buffer);
    while (secret.endsWith(QLatin1Char('\n')) || secret.endsWith(QLatin1Char('\r')))
        secret.chop(1);
    std::fill(std::begin(buffer), std::end(buffer), '\0');
    return secret;
#else
    Q_UNUSED(prompt);
    return std::nullopt;
#endif
}

QString Terminal::sgr(const char *code, const QString &text) const
{
    if (!m_colour)
        return text;
    return u"\x1b[%1m"_s.arg(QLatin1StringView(code)) + text + u"\x1b[0m"_s;
}

QString Terminal::bold(const QString &text) const { return sgr("1", text); }
QString Terminal::red(const QString &text) const { return sgr("31", text); }
QString Terminal::yellow(const QString &text) const { return sgr("33", text); }
QString Terminal::green(const QString &text) const { return sgr("32", text); }
QString Terminal::dim(const QString &text) const { return sgr("2", text); }

QString Terminal::progressBar(double fraction, int width)
{
    fraction = std::clamp(fraction, 0.0, 1.0);
    width = std::max(width, 4);
    const int filled = static_cast<int>(fraction * width + 0.5);
    return QLatin1Char('[') + QString(filled, QLatin1Char('#')) + QString(width - filled, QLatin1Char('.'))
           + u"] %1 %"_s.arg(static_cast<int>(fraction * 100.0 + 0.5), 3);
}

namespace {

// Characters a cell takes on screen: colour codes take none.
qsizetype visibleLength(const QString &text)
{
    qsizetype length = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == QLatin1Char('\x1b')) {
            while (i < text.size() && text[i] != QLatin1Char('m'))
                ++i;
            continue;
        }
        ++length;
    }
    return length;
}

} // namespace

QString renderTable(const QStringList &headers, const QList<QStringList> &rows, const QList<bool> &rightAligned)
{
    QList<qsizetype> widths;
    for (const QString &h : headers)
        widths.append(visibleLength(h));
    for (const QStringList &row : rows) {
        for (qsizetype c = 0; c < row.size() && c < widths.size(); ++c)
            widths[c] = std::max(widths[c], visibleLength(row[c]));
    }
    auto line = [&](const QStringList &cells) {
        QString text;
        for (qsizetype c = 0; c < widths.size(); ++c) {
            const QString cell = c < cells.size() ? cells[c] : QString();
            const bool right = c < rightAligned.size() && rightAligned[c];
            const QString padding(widths[c] - visibleLength(cell), QLatin1Char(' '));
            text += right ? padding + cell : cell + padding;
            if (c + 1 < widths.size())
                text += u"  "_s;
        }
        while (text.endsWith(QLatin1Char(' ')))
            text.chop(1);
        return text;
    };
    QStringList out{line(headers)};
    for (const QStringList &row : rows)
        out.append(line(row));
    return out.join(QLatin1Char('\n'));
}

} // namespace iuc::cli
