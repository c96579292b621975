#include "core/domain/version.h"

#include "core/domain/errorcodes.h"
#include "core/domain/excerpt.h"

#include <QCoreApplication>
#include <QStringBuilder>

#include <algorithm>
#include <climits>
#include <optional>

using namespace Qt::StringLiterals;

namespace iuc {

namespace {

// The longest real version ("29.1 (73152.10.0)") is far shorter; the cap keeps
// a hostile or corrupt field from being scanned or echoed back in full.
constexpr qsizetype MaxVersionLength = 64;
// How much of a rejected input an error message quotes.
constexpr qsizetype MaxQuotedLength = 40;

QString excerpt(QStringView text)
{
    return printableExcerpt(text, MaxQuotedLength);
}

Error invalid(const QString &message)
{
    return Error{VersionError::Invalid, message};
}

Error malformed(QStringView text)
{
    return invalid(QCoreApplication::translate(
                       "Version",
                       "\"%1\" is not a version. A version looks like \"11\" or \"24 (55691.0.0)\".")
                       .arg(excerpt(text)));
}

bool isAsciiDigit(QChar c)
{
    // Not QChar::isDigit(): that accepts Arabic-Indic and other digits too.
    return c >= u'0' && c <= u'9';
}

// Reads "digits(.digits)*" from the front of `rest` and advances it. Numbers
// must fit an int; `tooLarge` receives the first one that does not.
std::optional<QList<int>> readNumbers(QStringView &rest, QStringView &tooLarge)
{
    QList<int> numbers;
    while (true) {
        qsizetype end = 0;
        qint64 value = 0;
        bool overflow = false;
        while (end < rest.size() && isAsciiDigit(rest.at(end))) {
            if (!overflow) {
                value = value * 10 + (rest.at(end).unicode() - u'0');
                overflow = value > INT_MAX;
            }
            ++end;
        }
        if (end == 0)
            return std::nullopt; // "", ".11", "11.", "11..2", "(x.y)"
        if (overflow) {
            tooLarge = rest.left(end);
            return std::nullopt;
        }
        numbers.append(static_cast<int>(value));
        rest = rest.mid(end);
        if (rest.isEmpty() || rest.front() != u'.')
            return numbers;
        rest = rest.mid(1);
    }
}

} // namespace

Result<Version> Version::parse(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        return invalid(QCoreApplication::translate(
            "Version", "No version was given. A version looks like \"11\" or \"24 (55691.0.0)\"."));
    }
    if (trimmed.size() > MaxVersionLength) {
        return invalid(QCoreApplication::translate(
                           "Version",
                           "\"%1\" (%2 characters) is too long to be a version. A version looks like "
                           "\"11\" or \"24 (55691.0.0)\".")
                           // One multi-arg call: a chained .arg() would substitute
                           // into a "%2" inside the quoted input.
                           .arg(excerpt(trimmed), QString::number(trimmed.size())));
    }

    QStringView rest = trimmed;
    // People and release notes write "v6"; the API writes "6".
    if (rest.front() == u'v' || rest.front() == u'V')
        rest = rest.mid(1);

    QStringView tooLarge;
    const auto tooLargeError = [&] {
        return invalid(QCoreApplication::translate(
                           "Version",
                           "\"%1\" is not a version: the number %2 is too large. A version looks like "
                           "\"11\" or \"24 (55691.0.0)\".")
                           .arg(excerpt(trimmed), tooLarge.toString()));
    };

    std::optional<QList<int>> release = readNumbers(rest, tooLarge);
    if (!release)
        return tooLarge.isEmpty() ? malformed(trimmed) : tooLargeError();

    std::optional<QList<int>> pseudo;
    if (!rest.isEmpty()) {
        // Only whitespace may stand between the release and its bracket.
        QStringView bracket = rest;
        while (!bracket.isEmpty() && bracket.front().isSpace())
            bracket = bracket.mid(1);
        if (bracket.size() < 2 || !bracket.startsWith(u'(') || !bracket.endsWith(u')'))
            return malformed(trimmed);
        QStringView inside = bracket.mid(1, bracket.size() - 2);
        pseudo = readNumbers(inside, tooLarge);
        if (!pseudo)
            return tooLarge.isEmpty() ? malformed(trimmed) : tooLargeError();
        if (!inside.isEmpty())
            return malformed(trimmed); // "11 (1.2) x)" and the like
    }

    Version v;
    v.m_release = std::move(*release);
    // "11" and "11.0" name the same release; keep one spelling so == and
    // toString() agree. The major always stays, even when it is 0.
    while (v.m_release.size() > 1 && v.m_release.back() == 0)
        v.m_release.removeLast();
    if (pseudo)
        v.m_pseudo = std::move(*pseudo);
    return v;
}

Version Version::fromString(QStringView text)
{
    const Result<Version> parsed = parse(text);
    if (!parsed) {
        Q_ASSERT_X(false, "Version::fromString", qPrintable(parsed.error().message));
        return Version();
    }
    return parsed.value();
}

namespace {

QString joined(const QList<int> &numbers)
{
    QString out;
    for (qsizetype i = 0; i < numbers.size(); ++i) {
        if (i > 0)
            out.append(u'.');
        out.append(QString::number(numbers.at(i)));
    }
    return out;
}

} // namespace

QString Version::releaseString() const
{
    return joined(m_release);
}

QString Version::toString() const
{
    if (m_pseudo.isEmpty())
        return releaseString();
    return releaseString() % u" ("_s % joined(m_pseudo) % u')';
}

bool Version::isSameBuild(const Version &other) const
{
    if (!isValid() || !other.isValid() || m_release != other.m_release)
        return false;
    return m_pseudo.isEmpty() || other.m_pseudo.isEmpty() || m_pseudo == other.m_pseudo;
}

std::strong_ordering operator<=>(const Version &a, const Version &b)
{
    // Lexicographic on numbers, so 9 < 10 and 11 < 11.1; an empty list (an
    // invalid version, or a missing pseudo-version) sorts first.
    const auto byRelease = std::lexicographical_compare_three_way(
        a.m_release.cbegin(), a.m_release.cend(), b.m_release.cbegin(), b.m_release.cend());
    if (byRelease != 0)
        return byRelease;
    return std::lexicographical_compare_three_way(a.m_pseudo.cbegin(), a.m_pseudo.cend(),
                                                  b.m_pseudo.cbegin(), b.m_pseudo.cend());
}

bool operator==(const Version &a, const Version &b)
{
    return a.m_release == b.m_release && a.m_pseudo == b.m_pseudo;
}

} // namespace iuc
