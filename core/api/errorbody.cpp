#include "core/api/errorbody.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>

using namespace Qt::StringLiterals;

namespace iuc::api {

namespace {

// A text or HTML page (a proxy's "502 Bad Gateway", a captive portal) is
// shown as a hint, not read in full.
constexpr qsizetype MaxTextLength = 300;
// The server's own messages are meant to be shown whole (the R7 lock message
// is ~250 characters); the cap only stops a hostile body from flooding the UI.
constexpr qsizetype MaxMessageLength = 2000;
// How much of a non-JSON body is looked at: its text is capped anyway.
constexpr qsizetype MaxScannedText = 256 * 1024;

// Control characters would corrupt a label, a terminal or a log line.
QString bounded(QStringView text, qsizetype max)
{
    QString out;
    const QStringView head = text.left(max);
    out.reserve(head.size() + 1);
    for (const QChar c : head)
        out.append(c.category() == QChar::Other_Control ? QChar(u' ') : c);
    if (text.size() > max)
        out.append(QChar(0x2026)); // …
    return out;
}

void appendEntity(QString &out, QStringView entity)
{
    // The few entities an error page uses; anything else is kept as written.
    static const struct
    {
        const char16_t *name;
        char16_t ch;
    } Named[] = {{u"amp", u'&'}, {u"lt", u'<'}, {u"gt", u'>'}, {u"quot", u'"'}, {u"apos", u'\''}, {u"nbsp", u' '}};
    for (const auto &n : Named) {
        if (entity == QStringView(n.name)) {
            out.append(QChar(n.ch));
            return;
        }
    }
    if (entity.size() > 1 && entity.size() < 9 && entity.front() == u'#') {
        bool ok = false;
        const uint code = entity.at(1) == u'x' || entity.at(1) == u'X' ? entity.mid(2).toUInt(&ok, 16)
                                                                       : entity.mid(1).toUInt(&ok, 10);
        if (ok && code > 0 && code <= 0x10FFFF && !(code >= 0xD800 && code <= 0xDFFF)) {
            const char32_t c = code;
            out.append(QString::fromUcs4(&c, 1));
            return;
        }
    }
    out.append(u'&' + entity.toString() + u';');
}

// One pass: tags become spaces, the contents of head, script and style are
// dropped, entities decoded. Not an HTML parser: enough to read an error page.
QString htmlToText(QStringView html)
{
    QString title;
    if (const qsizetype open = html.indexOf(u"<title", 0, Qt::CaseInsensitive); open >= 0) {
        const qsizetype start = html.indexOf(u'>', open);
        const qsizetype end = start < 0 ? -1 : html.indexOf(u"</title", start, Qt::CaseInsensitive);
        if (end > start)
            title = html.mid(start + 1, end - start - 1).toString();
    }

    QString out;
    out.reserve(qMin<qsizetype>(html.size(), MaxTextLength * 4));
    qsizetype pos = 0;
    while (pos < html.size()) {
        const QChar c = html.at(pos);
        if (c == u'<') {
            const qsizetype close = html.indexOf(u'>', pos);
            if (close < 0)
                break;
            const QStringView tag = html.mid(pos + 1, close - pos - 1);
            pos = close + 1;
            out.append(u' ');
            for (const QStringView skipped : {QStringView(u"head"), QStringView(u"script"), QStringView(u"style")}) {
                if (tag.startsWith(skipped, Qt::CaseInsensitive)
                    && (tag.size() == skipped.size() || !tag.at(skipped.size()).isLetterOrNumber())) {
                    const QString endTag = u"</"_s + skipped;
                    const qsizetype end = html.indexOf(endTag, pos, Qt::CaseInsensitive);
                    pos = end < 0 ? html.size() : end;
                    break;
                }
            }
        } else if (c == u'&') {
            const qsizetype semi = html.indexOf(u';', pos);
            if (semi > pos && semi - pos <= 10) {
                appendEntity(out, html.mid(pos + 1, semi - pos - 1));
                pos = semi + 1;
            } else {
                out.append(c);
                ++pos;
            }
        } else {
            out.append(c);
            ++pos;
        }
    }
    out = out.simplified();
    return out.isEmpty() ? title.simplified() : out;
}

bool looksLikeHtml(QStringView text)
{
    return text.startsWith(u'<')
           && (text.contains(u"<html", Qt::CaseInsensitive) || text.contains(u"<!doctype", Qt::CaseInsensitive)
               || text.contains(u"<body", Qt::CaseInsensitive) || text.contains(u"<title", Qt::CaseInsensitive)
               || text.contains(u"<h1", Qt::CaseInsensitive) || text.contains(u"<p", Qt::CaseInsensitive));
}

std::optional<QStringList> stringList(const QJsonValue &value)
{
    if (!value.isArray())
        return std::nullopt;
    const QJsonArray array = value.toArray();
    if (array.isEmpty())
        return std::nullopt;
    QStringList out;
    out.reserve(array.size());
    for (const QJsonValue &item : array) {
        if (!item.isString())
            return std::nullopt;
        out.append(item.toString());
    }
    return out;
}

// "field: message; other: first second". Django's non-field keys carry no
// field name worth showing.
QString fieldErrorsMessage(const QMap<QString, QStringList> &fieldErrors)
{
    QStringList parts;
    for (auto it = fieldErrors.cbegin(); it != fieldErrors.cend(); ++it) {
        const QString text = it.value().join(u' ');
        if (it.key() == u"__all__" || it.key() == u"non_field_errors")
            parts.append(text);
        else
            parts.append(it.key() + u": "_s + text);
    }
    return parts.join(u"; "_s);
}

ApiErrorBody fromObject(const QJsonObject &object)
{
    ApiErrorBody out;
    QString error;
    QString fallback; // other servers' names for the message
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString key = it.key();
        const QJsonValue value = it.value();
        if (key == u"error" && value.isString()) {
            error = value.toString();
        } else if (key == u"error" && value.isObject()) {
            // {"error": {"message": "…", "code": "…"}}, as many APIs write it.
            const QJsonObject inner = value.toObject();
            error = inner.value("message"_L1).toString();
            if (out.code.isEmpty())
                out.code = inner.value("code"_L1).toString();
            if (error.isEmpty())
                out.extra.insert(key, value.toVariant());
        } else if (key == u"code" && value.isString()) {
            out.code = value.toString();
        } else if ((key == u"error_message" || key == u"detail" || key == u"message") && value.isString()) {
            if (fallback.isEmpty())
                fallback = value.toString();
        } else if (const std::optional<QStringList> messages = stringList(value)) {
            out.fieldErrors.insert(key, *messages);
        } else if (value.isObject()) {
            // A nested field map ({"node": {"name": ["…"]}}) is flattened;
            // any other object is an extra, kept as sent.
            const QJsonObject inner = value.toObject();
            QMap<QString, QStringList> nested;
            for (auto n = inner.constBegin(); n != inner.constEnd(); ++n) {
                const std::optional<QStringList> innerMessages = stringList(n.value());
                if (!innerMessages) {
                    nested.clear();
                    break;
                }
                nested.insert(key + u'.' + n.key(), *innerMessages);
            }
            if (nested.isEmpty())
                out.extra.insert(key, value.toVariant());
            else
                out.fieldErrors.insert(nested);
        } else {
            out.extra.insert(key, value.toVariant());
        }
    }
    if (!error.isEmpty())
        out.message = error;
    else if (!fallback.isEmpty())
        out.message = fallback;
    else
        out.message = fieldErrorsMessage(out.fieldErrors);
    out.message = bounded(out.message.trimmed(), MaxMessageLength);
    out.code = bounded(out.code, 100);
    return out;
}

} // namespace

ApiErrorBody parseErrorBody(const QByteArray &body)
{
    const QByteArray trimmed = body.trimmed();
    if (trimmed.isEmpty())
        return {};

    const char first = trimmed.front();
    if (first == '{' || first == '[' || first == '"') {
        // A bare JSON string is read as a one-element list.
        QJsonParseError parseError{};
        const QJsonDocument doc = QJsonDocument::fromJson(first == '"' ? '[' + trimmed + ']' : trimmed, &parseError);
        if (parseError.error == QJsonParseError::NoError) {
            if (doc.isObject())
                return fromObject(doc.object());
            // A bare list of messages: ["…", "…"].
            ApiErrorBody out;
            QStringList messages;
            for (const QJsonValue &item : doc.array()) {
                if (item.isString())
                    messages.append(item.toString());
            }
            out.message = bounded(messages.join(u"; "_s).trimmed(), MaxMessageLength);
            return out;
        }
    }

    const QString text = QString::fromUtf8(trimmed.left(MaxScannedText));
    ApiErrorBody out;
    out.message = bounded(looksLikeHtml(text) ? htmlToText(text) : text.simplified(), MaxTextLength);
    return out;
}

} // namespace iuc::api
