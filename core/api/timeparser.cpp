// Timestamps in the API's answers and the HTTP Date header, both declared in
// resourceparser.h.

#include "core/api/resourceparser.h"

#include "core/api/jsonreader.h"

#include <QChar>
#include <QDate>
#include <QTime>
#include <QVarLengthArray>

#include <algorithm>
#include <optional>

namespace iuc::api {

namespace {

using detail::excerpt;
using detail::malformedCode;
using detail::MaxQuotedLength;
using detail::ResourceParser;

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// Reads exactly `count` ASCII digits at `pos`.
std::optional<int> digits(QStringView text, qsizetype pos, qsizetype count)
{
    if (pos + count > text.size())
        return std::nullopt;
    int value = 0;
    for (qsizetype i = pos; i < pos + count; ++i) {
        if (!isAsciiDigit(text.at(i)))
            return std::nullopt;
        value = value * 10 + (text.at(i).unicode() - u'0');
    }
    return value;
}

Error badTimestamp(QStringView text)
{
    return Error{malformedCode(),
                 ResourceParser::tr("\"%1\" is not a timestamp such as \"2026-11-25T15:10:41.123\".")
                     .arg(excerpt(text))};
}

Error badHttpDate(QByteArrayView text)
{
    return Error{malformedCode(),
                 ResourceParser::tr("\"%1\" is not an HTTP date such as \"Wed, 25 Nov 2026 15:52:27 GMT\".")
                     .arg(excerpt(QString::fromLatin1(text.first(std::min(text.size(), MaxQuotedLength + 1)))))};
}

int monthFromName(QByteArrayView name)
{
    static constexpr const char *Months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                             "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    for (int m = 0; m < 12; ++m) {
        if (name == QByteArrayView(Months[m]))
            return m + 1;
    }
    return 0;
}

bool isDayName(QByteArrayView name, bool longForm)
{
    static constexpr const char *Short[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    static constexpr const char *Long[] = {"Monday", "Tuesday", "Wednesday", "Thursday",
                                           "Friday", "Saturday", "Sunday"};
    for (int d = 0; d < 7; ++d) {
        if (name == QByteArrayView(longForm ? Long[d] : Short[d]))
            return true;
    }
    return false;
}

std::optional<int> number(QByteArrayView text, qsizetype minDigits, qsizetype maxDigits)
{
    if (text.size() < minDigits || text.size() > maxDigits)
        return std::nullopt;
    int value = 0;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return std::nullopt;
        value = value * 10 + (c - '0');
    }
    return value;
}

std::optional<QTime> clockTime(QByteArrayView text)
{
    if (text.size() != 8 || text.at(2) != ':' || text.at(5) != ':')
        return std::nullopt;
    const std::optional<int> h = number(text.sliced(0, 2), 2, 2);
    const std::optional<int> m = number(text.sliced(3, 2), 2, 2);
    const std::optional<int> s = number(text.sliced(6, 2), 2, 2);
    if (!h || !m || !s || !QTime::isValid(*h, *m, *s))
        return std::nullopt;
    return QTime(*h, *m, *s);
}

} // namespace

Result<QDateTime> parseTimestamp(QStringView text)
{
    // yyyy-MM-ddTHH:mm:ss[.f…][Z|±hh:mm], read by position: QDateTime's own
    // ISO reader takes a missing zone as local time, which is wrong here.
    if (text.size() < 19 || text.size() > 40)
        return badTimestamp(text);
    const std::optional<int> year = digits(text, 0, 4);
    const std::optional<int> month = digits(text, 5, 2);
    const std::optional<int> day = digits(text, 8, 2);
    const std::optional<int> hour = digits(text, 11, 2);
    const std::optional<int> minute = digits(text, 14, 2);
    const std::optional<int> second = digits(text, 17, 2);
    if (!year || !month || !day || !hour || !minute || !second || text.at(4) != u'-' || text.at(7) != u'-'
        || text.at(10) != u'T' || text.at(13) != u':' || text.at(16) != u':') {
        return badTimestamp(text);
    }
    qsizetype pos = 19;
    int msec = 0;
    if (pos < text.size() && text.at(pos) == u'.') {
        ++pos;
        const qsizetype start = pos;
        while (pos < text.size() && isAsciiDigit(text.at(pos)) && pos - start < 9)
            ++pos;
        const qsizetype count = pos - start;
        if (count == 0)
            return badTimestamp(text);
        // Milliseconds from the first three digits; microseconds are dropped.
        for (qsizetype i = 0; i < 3; ++i)
            msec = msec * 10 + (i < count ? text.at(start + i).unicode() - u'0' : 0);
    }
    int offsetSeconds = 0;
    if (pos < text.size() && text.at(pos) == u'Z') {
        ++pos;
    } else if (pos < text.size() && (text.at(pos) == u'+' || text.at(pos) == u'-')) {
        const int sign = text.at(pos) == u'-' ? -1 : 1;
        const std::optional<int> oh = digits(text, pos + 1, 2);
        const std::optional<int> om = digits(text, pos + 4, 2);
        if (!oh || !om || pos + 3 >= text.size() || text.at(pos + 3) != u':' || *oh > 23 || *om > 59)
            return badTimestamp(text);
        offsetSeconds = sign * (*oh * 3600 + *om * 60);
        pos += 6;
    }
    if (pos != text.size())
        return badTimestamp(text);
    const QDate date(*year, *month, *day);
    if (!date.isValid() || !QTime::isValid(*hour, *minute, *second, msec))
        return badTimestamp(text);
    QDateTime result(date, QTime(*hour, *minute, *second, msec), Qt::UTC);
    if (offsetSeconds != 0)
        result = result.addSecs(-offsetSeconds);
    return result;
}

Result<QDateTime> parseHttpDate(QByteArrayView text)
{
    if (text.size() > 64)
        return badHttpDate(text);
    QVarLengthArray<QByteArrayView, 8> tokens;
    qsizetype pos = 0;
    while (pos < text.size()) {
        while (pos < text.size() && (text.at(pos) == ' ' || text.at(pos) == '\t'))
            ++pos;
        const qsizetype start = pos;
        while (pos < text.size() && text.at(pos) != ' ' && text.at(pos) != '\t')
            ++pos;
        if (pos > start) {
            if (tokens.size() == 8)
                return badHttpDate(text);
            tokens.append(text.sliced(start, pos - start));
        }
    }

    std::optional<int> day;
    int month = 0;
    std::optional<int> year;
    std::optional<QTime> time;
    if (tokens.size() == 6 && tokens[0].endsWith(',') && isDayName(tokens[0].chopped(1), false)
        && tokens[5] == QByteArrayView("GMT")) {
        // IMF-fixdate: "Wed, 25 Nov 2026 15:52:27 GMT"
        day = number(tokens[1], 1, 2);
        month = monthFromName(tokens[2]);
        year = number(tokens[3], 4, 4);
        time = clockTime(tokens[4]);
    } else if (tokens.size() == 4 && tokens[0].endsWith(',') && isDayName(tokens[0].chopped(1), true)
               && tokens[3] == QByteArrayView("GMT") && tokens[1].size() == 9 && tokens[1].at(2) == '-'
               && tokens[1].at(6) == '-') {
        // RFC 850: "Wednesday, 25-Nov-26 15:52:27 GMT"
        day = number(tokens[1].sliced(0, 2), 2, 2);
        month = monthFromName(tokens[1].sliced(3, 3));
        const std::optional<int> yy = number(tokens[1].sliced(7, 2), 2, 2);
        if (yy)
            year = *yy < 70 ? 2000 + *yy : 1900 + *yy;
        time = clockTime(tokens[2]);
    } else if (tokens.size() == 5 && isDayName(tokens[0], false)) {
        // asctime: "Wed Nov 25 15:52:27 2026"
        month = monthFromName(tokens[1]);
        day = number(tokens[2], 1, 2);
        time = clockTime(tokens[3]);
        year = number(tokens[4], 4, 4);
    }
    if (!day || month == 0 || !year || !time)
        return badHttpDate(text);
    const QDate date(*year, month, *day);
    if (!date.isValid())
        return badHttpDate(text);
    return QDateTime(date, *time, Qt::UTC);
}

} // namespace iuc::api
