#include "core/api/jsonreader.h"

#include "core/api/apierrors.h"
#include "core/api/resourceparser.h"
#include "core/domain/excerpt.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QVariantMap>

#include <algorithm>
#include <climits>
#include <limits>

using namespace Qt::StringLiterals;

namespace iuc::api::detail {

QString malformedCode()
{
    return ApiError::Malformed;
}

QString excerpt(QStringView text)
{
    return printableExcerpt(text, MaxQuotedLength);
}

namespace {

// "12", not "-1", " 12", "1e3" or "".
bool isDecimalText(const QString &text)
{
    return !text.isEmpty() && std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

QString describe(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double: {
        constexpr qint64 NotWhole = std::numeric_limits<qint64>::min();
        const qint64 whole = value.toInteger(NotWhole);
        return whole != NotWhole ? QString::number(whole) : QString::number(value.toDouble(), 'g', 10);
    }
    case QJsonValue::String:
        return u'"' + excerpt(value.toString()) + u'"';
    case QJsonValue::Array:
        return ResourceParser::tr("a list");
    case QJsonValue::Object:
        return ResourceParser::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return ResourceParser::tr("nothing");
}

} // namespace

Reader::Reader(QLatin1String resource) : m_resource(resource) {}

Reader::Scope::Scope(Reader &reader, QLatin1String name, qsizetype index) : m_reader(reader)
{
    m_reader.m_path.append(Segment{name, index});
}

Reader::Scope::~Scope()
{
    m_reader.m_path.removeLast();
}

Error Reader::error() const
{
    return m_error.value_or(Error{malformedCode(), {}});
}

std::optional<QJsonObject> Reader::document(const QByteArray &body)
{
    if (body.trimmed().isEmpty()) {
        failDocument(ResourceParser::tr("the answer is empty"));
        return std::nullopt;
    }
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        failDocument(ResourceParser::tr("the answer is not valid JSON (%1 at byte %2)")
                         .arg(parseError.errorString())
                         .arg(parseError.offset));
        return std::nullopt;
    }
    if (!doc.isObject()) {
        failDocument(ResourceParser::tr("the answer should be an object, got a list"));
        return std::nullopt;
    }
    return doc.object();
}

std::optional<QJsonObject> Reader::element(const QJsonValue &value)
{
    if (value.isObject())
        return value.toObject();
    failDocument(ResourceParser::tr("should be an object, got %1").arg(describe(value)));
    return std::nullopt;
}

QString Reader::string(const QJsonObject &o, QLatin1String key, Nulls nulls)
{
    return optionalString(o, key, Need::Required, nulls).value_or(QString());
}

std::optional<QString> Reader::optionalString(const QJsonObject &o, QLatin1String key, Need need, Nulls nulls)
{
    const QJsonValue v = lookup(o, key, need, nulls);
    if (v.isString())
        return v.toString();
    if (!v.isUndefined() && !v.isNull())
        failType(key, ResourceParser::tr("a string"), v);
    return std::nullopt;
}

bool Reader::boolean(const QJsonObject &o, QLatin1String key)
{
    const QJsonValue v = lookup(o, key, Need::Required, Nulls::Refused);
    if (v.isBool())
        return v.toBool();
    if (!v.isUndefined())
        failType(key, ResourceParser::tr("true or false"), v);
    return false;
}

std::optional<bool> Reader::optionalBoolean(const QJsonObject &o, QLatin1String key)
{
    const QJsonValue v = lookup(o, key, Need::Optional, Nulls::Allowed);
    if (v.isBool())
        return v.toBool();
    if (!v.isUndefined() && !v.isNull())
        failType(key, ResourceParser::tr("true or false"), v);
    return std::nullopt;
}

int Reader::integer(const QJsonObject &o, QLatin1String key)
{
    return static_cast<int>(wholeNumber(o, key, Need::Required, INT_MAX).value_or(0));
}

std::optional<int> Reader::optionalInteger(const QJsonObject &o, QLatin1String key)
{
    if (o.value(key).isNull())
        return std::nullopt;
    const std::optional<qint64> n = wholeNumber(o, key, Need::Optional, INT_MAX);
    return n ? std::optional<int>(static_cast<int>(*n)) : std::nullopt;
}

qint64 Reader::integer64(const QJsonObject &o, QLatin1String key, Need need)
{
    return wholeNumber(o, key, need, std::numeric_limits<qint64>::max()).value_or(0);
}

QDateTime Reader::time(const QJsonObject &o, QLatin1String key)
{
    return timeOrNull(o, key, Need::Required, Nulls::Refused).value_or(QDateTime());
}

std::optional<QDateTime> Reader::timeOrNull(const QJsonObject &o, QLatin1String key, Need need, Nulls nulls)
{
    const QJsonValue v = lookup(o, key, need, nulls);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (v.isString()) {
        const Result<QDateTime> t = parseTimestamp(v.toString());
        if (t)
            return t.value();
    }
    failType(key, ResourceParser::tr("a timestamp such as \"2026-11-25T15:10:41.123\""), v);
    return std::nullopt;
}

ReportedVersion Reader::version(const QJsonObject &o, QLatin1String key)
{
    ReportedVersion reported;
    reported.text = string(o, key);
    if (!reported.text.isEmpty()) {
        // A version this build cannot read is still the node's version:
        // keep the text, leave the value invalid.
        const Result<Version> parsed = Version::parse(reported.text);
        if (parsed)
            reported.version = parsed.value();
    }
    return reported;
}

NodeStatus Reader::status(const QJsonObject &o, QLatin1String key)
{
    const QString code = string(o, key);
    return failed() ? NodeStatus() : NodeStatus::fromApiCode(code);
}

QJsonObject Reader::object(const QJsonObject &o, QLatin1String key)
{
    const QJsonValue v = lookup(o, key, Need::Required, Nulls::Refused);
    if (v.isObject())
        return v.toObject();
    if (!v.isUndefined())
        failType(key, ResourceParser::tr("an object"), v);
    return {};
}

std::optional<QJsonArray> Reader::array(const QJsonObject &o, QLatin1String key, Need need)
{
    const QJsonValue v = lookup(o, key, need, Nulls::Refused);
    if (v.isArray())
        return v.toArray();
    if (!v.isUndefined())
        failType(key, ResourceParser::tr("a list"), v);
    return std::nullopt;
}

QList<int> Reader::integers(const QJsonObject &o, QLatin1String key)
{
    QList<int> out;
    const std::optional<QJsonArray> list = array(o, key);
    if (!list)
        return out;
    out.reserve(list->size());
    for (qsizetype i = 0; i < list->size() && !failed(); ++i) {
        const std::optional<qint64> n = checkWhole(list->at(i), INT_MAX);
        if (!n) {
            failWhole(QString(key) + u'[' + QString::number(i) + u']', list->at(i), INT_MAX);
            break;
        }
        out.append(static_cast<int>(*n));
    }
    return out;
}

void Reader::failValue(QLatin1String key, const QString &what)
{
    fail(location() + u'"' + QString(key) + u"\" "_s + what, QString(key));
}

QJsonValue Reader::lookup(const QJsonObject &o, QLatin1String key, Need need, Nulls nulls)
{
    if (failed())
        return QJsonValue(QJsonValue::Undefined);
    const QJsonValue v = o.value(key);
    if (v.isUndefined()) {
        if (need == Need::Required)
            fail(location() + ResourceParser::tr("\"%1\" is missing").arg(key), QString(key));
    } else if (v.isNull() && nulls == Nulls::Refused) {
        fail(location() + ResourceParser::tr("\"%1\" must not be null").arg(key), QString(key));
        return QJsonValue(QJsonValue::Undefined);
    }
    return v;
}

std::optional<qint64> Reader::checkWhole(const QJsonValue &v, qint64 max)
{
    if (v.isString()) {
        // Decimal digits only: no sign, no spaces, no fraction, no exponent.
        const QString text = v.toString();
        if (!isDecimalText(text) || text.size() > 19)
            return std::nullopt;
        bool ok = false;
        const qint64 n = text.toLongLong(&ok);
        if (!ok || n > max)
            return std::nullopt;
        return n;
    }
    if (!v.isDouble())
        return std::nullopt;
    // toInteger() refuses fractions, infinities and anything beyond qint64.
    constexpr qint64 NotWhole = std::numeric_limits<qint64>::min();
    const qint64 n = v.toInteger(NotWhole);
    if (n == NotWhole || n < 0 || n > max)
        return std::nullopt;
    return n;
}

std::optional<qint64> Reader::wholeNumber(const QJsonObject &o, QLatin1String key, Need need, qint64 max)
{
    const QJsonValue v = lookup(o, key, need, Nulls::Refused);
    if (v.isUndefined())
        return std::nullopt;
    const std::optional<qint64> n = checkWhole(v, max);
    if (!n)
        failWhole(QString(key), v, max);
    return n;
}

void Reader::failWhole(const QString &field, const QJsonValue &v, qint64 max)
{
    if (!v.isDouble() && !(v.isString() && isDecimalText(v.toString()))) {
        failType(field, ResourceParser::tr("a number"), v);
        return;
    }
    failType(field, ResourceParser::tr("a whole number from 0 to %1").arg(max), v);
}

void Reader::failType(const QString &field, const QString &expected, const QJsonValue &got)
{
    fail(location() + ResourceParser::tr("\"%1\" should be %2, got %3").arg(field, expected, describe(got)), field);
}

void Reader::failType(QLatin1String key, const QString &expected, const QJsonValue &got)
{
    failType(QString(key), expected, got);
}

void Reader::failDocument(const QString &what)
{
    // "status/v1/worker_vm/: objects[3] should be an object, …" or, at the
    // top, "status/v1/worker_vm/: the answer is not valid JSON …".
    const QString where = path();
    fail(QString(m_resource) + u": "_s + (where.isEmpty() ? what : where + u' ' + what), QString());
}

void Reader::fail(const QString &message, const QString &field)
{
    if (m_error)
        return; // the first problem is the one worth reporting
    QVariantMap details{{u"resource"_s, QString(m_resource)}, {u"path"_s, path()}};
    if (!field.isEmpty())
        details.insert(u"field"_s, field);
    m_error = Error{malformedCode(), message, details};
}

QString Reader::path() const
{
    QString out;
    for (const Segment &s : m_path) {
        if (!out.isEmpty())
            out += u'.';
        out += s.name;
        if (s.index >= 0)
            out += u'[' + QString::number(s.index) + u']';
    }
    return out;
}

QString Reader::location() const
{
    const QString where = path();
    return QString(m_resource) + u": "_s + (where.isEmpty() ? QString() : where + u": "_s);
}

} // namespace iuc::api::detail
