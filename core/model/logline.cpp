#include "core/model/logline.h"

#include "core/api/resourceparser.h"

#include <QVarLengthArray>

using namespace Qt::StringLiterals;

namespace iuc {

namespace {

bool isKeyChar(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'_'
           || u == u'.' || u == u'-';
}

qsizetype skipSpaces(QStringView text, qsizetype pos)
{
    while (pos < text.size() && text.at(pos).isSpace())
        ++pos;
    return pos;
}

// True when `Key="` starts at `pos`: the start of the next pair, which ends
// a value whose closing quote is missing.
bool quotedPairStartsAt(QStringView text, qsizetype pos)
{
    qsizetype end = pos;
    while (end < text.size() && isKeyChar(text.at(end)))
        ++end;
    return end > pos && end + 1 < text.size() && text.at(end) == u'=' && text.at(end + 1) == u'"';
}

// Where the Key=value part begins: the first `Key=` at the start of the line
// or after a space. The prefix before it holds no '='.
qsizetype firstPair(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) != u'=')
            continue;
        qsizetype start = i;
        while (start > 0 && isKeyChar(text.at(start - 1)))
            --start;
        if (start < i && (start == 0 || text.at(start - 1).isSpace()))
            return start;
    }
    return -1;
}

// "12:12:01,924" (the logger's comma) or "12:12:01.924" or "12:12:01".
bool looksLikeClock(QStringView token)
{
    return token.size() >= 8 && token.at(2) == u':' && token.at(5) == u':';
}

struct Prefix
{
    QDateTime syslogTime;
    QDateTime loggerTime;
    QString host;
    bool clean = true;
};

Prefix readPrefix(QStringView prefix)
{
    Prefix out;
    QVarLengthArray<QStringView, 8> tokens;
    qsizetype pos = skipSpaces(prefix, 0);
    while (pos < prefix.size()) {
        const qsizetype start = pos;
        while (pos < prefix.size() && !prefix.at(pos).isSpace())
            ++pos;
        tokens.append(prefix.mid(start, pos - start));
        if (tokens.size() > 6) {
            out.clean = false; // garbage before the pairs: not worth reading further
            break;
        }
        pos = skipSpaces(prefix, pos);
    }
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const QStringView token = tokens.at(i);
        if (!out.syslogTime.isValid() && token.size() <= 40 && token.contains(u'T')) {
            if (const Result<QDateTime> t = api::parseTimestamp(token)) {
                out.syslogTime = t.value();
                out.clean = out.clean && i == 0;
                continue;
            }
        }
        if (!out.loggerTime.isValid() && i + 1 < tokens.size() && token.size() == 10
            && looksLikeClock(tokens.at(i + 1)) && tokens.at(i + 1).size() <= 20) {
            QString iso = token.toString() + u'T' + tokens.at(i + 1).toString();
            iso.replace(u',', u'.');
            if (const Result<QDateTime> t = api::parseTimestamp(iso)) {
                out.loggerTime = t.value();
                out.clean = out.clean && i == 2;
                ++i;
                continue;
            }
        }
        if (out.host.isEmpty()) {
            out.host = token.toString();
            out.clean = out.clean && i == 1;
            continue;
        }
        out.clean = false; // an extra word
    }
    out.clean = out.clean && out.syslogTime.isValid() && out.loggerTime.isValid() && !out.host.isEmpty();
    return out;
}

struct Value
{
    QStringView text;
    qsizetype next = 0; // where reading goes on
    bool clean = true;
};

// A quoted value starting after its opening quote at `pos`. The closing quote
// is the one followed by the end of the line or by the next `Key="`; quotes
// elsewhere belong to the value. Missing or stray quotes are tolerated.
Value readQuoted(QStringView text, qsizetype pos)
{
    Value v;
    // The vendor's Node=""host": a doubled opening quote before a value.
    if (pos + 1 < text.size() && text.at(pos) == u'"' && !text.at(pos + 1).isSpace()) {
        ++pos;
        v.clean = false;
    }
    const qsizetype start = pos;
    qsizetype lastQuote = -1;
    for (qsizetype i = start; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'"') {
            const qsizetype after = skipSpaces(text, i + 1);
            if (after == text.size() || (after > i + 1 && quotedPairStartsAt(text, after))) {
                v.text = text.mid(start, i - start);
                v.next = i + 1;
                return v;
            }
            lastQuote = i;
        } else if (c.isSpace() && i + 1 < text.size() && !text.at(i + 1).isSpace()
                   && quotedPairStartsAt(text, i + 1)) {
            // The closing quote is missing: the next pair begins here. (Only
            // the last space of a run is checked, so a long run of spaces is
            // not rescanned once per space.)
            v.text = text.mid(start, i - start);
            v.next = i;
            v.clean = false;
            return v;
        }
    }
    v.clean = false;
    if (lastQuote >= 0) {
        v.text = text.mid(start, lastQuote - start);
        v.next = lastQuote + 1;
    } else {
        v.text = text.mid(start);
        v.next = text.size();
    }
    return v;
}

// Reads Key="value" pairs; returns whether they were all well formed.
bool readPairs(QStringView text, LogLine &out)
{
    bool clean = true;
    qsizetype pos = 0;
    while (true) {
        pos = skipSpaces(text, pos);
        if (pos >= text.size())
            break;
        const qsizetype keyStart = pos;
        while (pos < text.size() && isKeyChar(text.at(pos)))
            ++pos;
        if (pos == keyStart || pos >= text.size() || text.at(pos) != u'=') {
            // Not a pair: skip the word.
            clean = false;
            while (pos < text.size() && !text.at(pos).isSpace())
                ++pos;
            continue;
        }
        const QStringView key = text.mid(keyStart, pos - keyStart);
        ++pos; // '='
        Value value;
        if (pos < text.size() && text.at(pos) == u'"') {
            value = readQuoted(text, pos + 1);
        } else {
            const qsizetype start = pos;
            while (pos < text.size() && !text.at(pos).isSpace())
                ++pos;
            value.text = text.mid(start, pos - start);
            value.next = pos;
            value.clean = false; // the format quotes every value
        }
        clean = clean && value.clean;
        pos = value.next;
        const QString k = key.toString();
        if (out.fields.contains(k)) {
            clean = false; // the first one counts
            continue;
        }
        out.fields.insert(k, value.text.toString());
    }
    return clean;
}

bool isErrorLevel(QStringView level)
{
    for (const QStringView name : {QStringView(u"ERROR"), QStringView(u"CRITICAL"), QStringView(u"FATAL"),
                                   QStringView(u"ALERT"), QStringView(u"EMERGENCY")}) {
        if (level.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// R13, with the vendor's exact wording; a certificate file directly under
// /etc/certs/ ("File[/etc/certs/privatekey.pem]", "…server.pem]").
bool isExpectedDuringUpgrade(const LogLine &line)
{
    const QStringView name = QStringView(line.name).trimmed();
    const QStringView message = QStringView(line.message).trimmed();
    if (name == u"administrator.system.connectivity")
        return message == u"Unable to contact node.";
    if (name == u"administrator.system.configuration" && message == u"Node configuration failed.") {
        const QStringView resource = QStringView(line.resource).trimmed();
        const QStringView prefix(u"File[/etc/certs/");
        if (!resource.startsWith(prefix) || !resource.endsWith(u']'))
            return false;
        const QStringView file = resource.mid(prefix.size(), resource.size() - prefix.size() - 1);
        return !file.isEmpty() && !file.contains(u'/');
    }
    return false;
}

} // namespace

LogLine parseLogLine(QStringView line)
{
    LogLine out;
    out.raw = line.toString();
    QStringView text = line;
    while (!text.isEmpty() && (text.back() == u'\n' || text.back() == u'\r'))
        text.chop(1);

    const qsizetype pairs = firstPair(text);
    const Prefix prefix = readPrefix(pairs < 0 ? text : text.left(pairs));
    out.host = prefix.host;
    out.time = prefix.syslogTime.isValid() ? prefix.syslogTime : prefix.loggerTime;
    const bool pairsClean = pairs >= 0 && readPairs(text.mid(pairs), out);

    out.level = out.fields.value(u"Level"_s);
    out.name = out.fields.value(u"Name"_s);
    out.message = out.fields.value(u"Message"_s);
    out.node = out.fields.value(u"Node"_s);
    out.resource = out.fields.value(u"Resource"_s);
    out.wellFormed = prefix.clean && pairsClean && out.fields.contains(u"Level"_s)
                     && out.fields.contains(u"Name"_s) && out.fields.contains(u"Message"_s);
    return out;
}

LogSeverity classify(const LogLine &line, bool upgradeInProgress)
{
    const QStringView level = QStringView(line.level).trimmed();
    if (isErrorLevel(level))
        return upgradeInProgress && isExpectedDuringUpgrade(line) ? LogSeverity::ExpectedError : LogSeverity::Error;
    if (level.compare(u"WARNING", Qt::CaseInsensitive) == 0 || level.compare(u"WARN", Qt::CaseInsensitive) == 0)
        return LogSeverity::Warning;
    if (level.compare(u"INFO", Qt::CaseInsensitive) == 0 || level.compare(u"NOTICE", Qt::CaseInsensitive) == 0
        || level.compare(u"DEBUG", Qt::CaseInsensitive) == 0)
        return LogSeverity::Info;
    return LogSeverity::Other;
}

} // namespace iuc
