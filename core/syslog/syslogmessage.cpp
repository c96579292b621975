#include "core/syslog/syslogmessage.h"

#include "core/api/resourceparser.h"
#include "core/model/logline.h"

#include <QDate>
#include <QTime>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <optional>

using namespace Qt::StringLiterals;

namespace iuc::syslog {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Reads the token at `pos` up to the next space; moves `pos` past the space.
QByteArrayView token(QByteArrayView data, qsizetype &pos)
{
    const qsizetype start = pos;
    while (pos < data.size() && data.at(pos) != ' ')
        ++pos;
    const QByteArrayView out = data.sliced(start, pos - start);
    if (pos < data.size())
        ++pos;
    return out;
}

QString nilOr(QByteArrayView value)
{
    return value == "-" ? QString() : QString::fromUtf8(value);
}

// "<134>": the priority, 0 to 191; moves `pos` past it.
int readPriority(QByteArrayView data, qsizetype &pos)
{
    if (data.isEmpty() || data.front() != '<')
        return -1;
    qsizetype end = 1;
    int value = 0;
    while (end < data.size() && end <= 4 && isDigit(data.at(end)))
        value = value * 10 + (data.at(end++) - '0');
    if (end == 1 || end >= data.size() || data.at(end) != '>' || value > 191)
        return -1;
    pos = end + 1;
    return value;
}

// The structured data of RFC 5424: "-" or "[id k="v" …][…]"; moves `pos`
// past it. Quoted values may hold escaped '"', '\' and ']'.
void skipStructuredData(QByteArrayView data, qsizetype &pos)
{
    if (pos < data.size() && data.at(pos) == '-') {
        ++pos;
    } else {
        while (pos < data.size() && data.at(pos) == '[') {
            bool quoted = false;
            ++pos;
            while (pos < data.size()) {
                const char c = data.at(pos++);
                if (quoted && c == '\\' && pos < data.size())
                    ++pos;
                else if (c == '"')
                    quoted = !quoted;
                else if (!quoted && c == ']')
                    break;
            }
        }
    }
    if (pos < data.size() && data.at(pos) == ' ')
        ++pos;
}

QString messageText(QByteArrayView rest)
{
    if (rest.startsWith("\xEF\xBB\xBF")) // the BOM RFC 5424 allows before UTF-8 text
        rest = rest.sliced(3);
    return QString::fromUtf8(rest);
}

void readRfc5424(QByteArrayView data, qsizetype pos, SyslogMessage &out)
{
    out.framing = Framing::Rfc5424;
    const QByteArrayView time = token(data, pos);
    if (time != "-") {
        if (const Result<QDateTime> t = api::parseTimestamp(QString::fromLatin1(time)))
            out.time = t.value();
    }
    out.host = nilOr(token(data, pos));
    out.app = nilOr(token(data, pos));
    token(data, pos); // PROCID
    token(data, pos); // MSGID
    skipStructuredData(data, pos);
    out.text = messageText(data.sliced(std::min(pos, data.size())));
}

// "Dec  6 20:51:22" (15 characters, the day padded with a space).
std::optional<QDateTime> bsdTime(QByteArrayView data, qsizetype pos, const QDateTime &receivedAt)
{
    static constexpr std::array<const char *, 12> Months = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                            "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    if (data.size() < pos + 15 || data.at(pos + 3) != ' ' || data.at(pos + 6) != ' ')
        return std::nullopt;
    const QByteArrayView name = data.sliced(pos, 3);
    const auto month = std::find_if(Months.begin(), Months.end(), [&](const char *m) { return name == m; });
    if (month == Months.end())
        return std::nullopt;
    const char d1 = data.at(pos + 4);
    const char d2 = data.at(pos + 5);
    if (!(d1 == ' ' || isDigit(d1)) || !isDigit(d2))
        return std::nullopt;
    const int day = (d1 == ' ' ? 0 : d1 - '0') * 10 + (d2 - '0');
    const QTime clock = QTime::fromString(QString::fromLatin1(data.sliced(pos + 7, 8)), u"HH:mm:ss"_s);
    if (!clock.isValid())
        return std::nullopt;
    const QDateTime now = receivedAt.isValid() ? receivedAt.toUTC() : QDateTime::currentDateTimeUtc();
    std::optional<QDateTime> best;
    for (const int year : {now.date().year() - 1, now.date().year(), now.date().year() + 1}) {
        const QDate date(year, static_cast<int>(month - Months.begin()) + 1, day);
        if (!date.isValid())
            continue;
        const QDateTime candidate(date, clock, Qt::UTC);
        if (!best || std::abs(candidate.secsTo(now)) < std::abs(best->secsTo(now)))
            best = candidate;
    }
    return best;
}

// A 3164 TAG: "name:", "name[pid]:", letters, digits and a few marks.
bool isTag(QByteArrayView word)
{
    if (word.size() < 2 || word.size() > 64 || word.back() != ':')
        return false;
    word.chop(1);
    if (word.endsWith(']')) {
        const qsizetype open = word.lastIndexOf('[');
        if (open <= 0)
            return false;
        word = word.first(open);
    }
    return std::all_of(word.begin(), word.end(), [](char c) {
        return isDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '-' || c == '.'
               || c == '/';
    });
}

void readRfc3164(QByteArrayView data, qsizetype pos, const QDateTime &receivedAt, SyslogMessage &out)
{
    out.framing = Framing::Rfc3164;
    if (const std::optional<QDateTime> t = bsdTime(data, pos, receivedAt)) {
        out.time = *t;
        pos += 16;
    } else {
        // Some senders put an RFC 3339 time in the old format.
        qsizetype after = pos;
        const QByteArrayView first = token(data, after);
        if (first.contains('T')) {
            if (const Result<QDateTime> iso = api::parseTimestamp(QString::fromLatin1(first))) {
                out.time = iso.value();
                pos = after;
            }
        }
    }
    // HOSTNAME, unless the sender left it out and the tag comes first.
    qsizetype after = pos;
    const QByteArrayView host = token(data, after);
    if (!host.isEmpty() && !isTag(host)) {
        out.host = QString::fromUtf8(host);
        pos = after;
    }
    after = pos;
    const QByteArrayView tag = token(data, after);
    if (isTag(tag)) {
        QByteArrayView name = tag.first(tag.size() - 1);
        if (const qsizetype pid = name.indexOf('['); pid > 0)
            name = name.first(pid); // "name[812]": the process id is not the name
        out.app = QString::fromUtf8(name);
        pos = after;
    }
    out.text = messageText(data.sliced(std::min(pos, data.size())));
}

} // namespace

QString SyslogMessage::level() const
{
    if (priority < 0)
        return {};
    switch (priority & 7) {
    case 0: case 1: case 2: case 3:
        return u"ERROR"_s;
    case 4:
        return u"WARNING"_s;
    case 7:
        return u"DEBUG"_s;
    default:
        return u"INFO"_s;
    }
}

SyslogMessage parseSyslogMessage(QByteArrayView datagram, const QDateTime &receivedAt)
{
    while (!datagram.isEmpty() && (datagram.back() == '\n' || datagram.back() == '\r' || datagram.back() == '\0'))
        datagram.chop(1);
    SyslogMessage out;
    qsizetype pos = 0;
    out.priority = readPriority(datagram, pos);
    if (out.priority < 0) {
        out.text = messageText(datagram);
        return out;
    }
    // "1 ": the version of RFC 5424.
    if (pos + 1 < datagram.size() && isDigit(datagram.at(pos)) && datagram.at(pos + 1) == ' ')
        readRfc5424(datagram, pos + 2, out);
    else
        readRfc3164(datagram, pos, receivedAt, out);
    return out;
}

QString toLogLine(const SyslogMessage &message, const QString &fallbackHost)
{
    const QString text = message.text.trimmed();
    if (parseLogLine(text).wellFormed)
        return text; // the whole line of the vendor's format was the message
    QString line;
    if (message.time.isValid())
        line = message.time.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss.zzz"_s) + u"+00:00 "_s;
    const QString host = message.host.isEmpty() ? fallbackHost : message.host;
    line += (host.isEmpty() ? u"-"_s : host) + u' ' + text;
    return line;
}

} // namespace iuc::syslog
