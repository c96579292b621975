#pragma once

#include <QString>
#include <QStringList>

#include <cstdio>
#include <optional>

namespace iuc::cli {

// The terminal upgradectl talks to: knows whether a person is there (TTY),
// how wide it is, and whether colour is welcome (NO_COLOR, TERM=dumb).
class Terminal final
{
public:
    Terminal(FILE *out = stdout, FILE *err = stderr, FILE *in = stdin);

    [[nodiscard]] bool isInteractive() const { return m_interactive; }
    // --json: results and errors go to stdout as JSON (CliContext::report).
    void setJson(bool json) { m_json = json; }
    [[nodiscard]] bool isJson() const { return m_json; }
    [[nodiscard]] bool colour() const { return m_colour; }
    [[nodiscard]] int width() const;
    [[nodiscard]] int height() const;

    void print(const QString &text) const;   // adds a newline
    void write(const QString &text) const;   // as is
    void error(const QString &text) const;   // to stderr, with a newline
    // Redraws a screenful in place (watch): cursor home, the text, clear the rest.
    void redraw(const QString &screen) const;

    // A yes/no question; false without a TTY (never assume yes).
    [[nodiscard]] bool confirm(const QString &question) const;
    // A secret typed without echo; nothing without a TTY.
    [[nodiscard]] std::optional<QString> readSecret(const QString &prompt) const;

    [[nodiscard]] QString bold(const QString &text) const;
    [[nodiscard]] QString red(const QString &text) const;
    [[nodiscard]] QString yellow(const QString &text) const;
    [[nodiscard]] QString green(const QString &text) const;
    [[nodiscard]] QString dim(const QString &text) const;

    // "[#########.........]  45 %"
    static QString progressBar(double fraction, int width);

private:
    [[nodiscard]] QString sgr(const char *code, const QString &text) const;

    FILE *m_out;
    FILE *m_err;
    FILE *m_in;
    bool m_interactive = false;
    bool m_colour = false;
    bool m_json = false;
};

// Aligned columns for terminal tables; numbers right-aligned by the caller's choice.
QString renderTable(const QStringList &headers, const QList<QStringList> &rows, const QList<bool> &rightAligned = {});

} // namespace iuc::cli
