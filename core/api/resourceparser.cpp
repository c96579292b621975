#include "resourceparser.h"

#include "domain/excerpt.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QVarLengthArray>

#include <algorithm>
#include <climits>
#include <cmath>
#include <limits>
#include <optional>

using namespace Qt::StringLiterals;

namespace iuc::api {

namespace {

// Resource names as messages show them (the path under /api/admin/).
const QLatin1String ManagementVmResource("status/v1/management_vm/");
const QLatin1String WorkerVmResource("status/v1/worker_vm/");
const QLatin1String WorkerConfigResource("configuration/v1/worker_vm/");
const QLatin1String ParticipantResource("status/v1/participant/");
const QLatin1String ConferenceResource("status/v1/conference/");
const QLatin1String AlarmResource("status/v1/alarm/");
const QLatin1String LogResource("status/v1/log/");
const QLatin1String UpgradeRunResource("status/v1/upgrade_run/");
const QLatin1String UploadResource("configuration/v1/upgrade_request/");
const QLatin1String ConfirmResource("configuration/v1/upgrade_request/<id>/finish/");

// A hostile answer may hold a megabyte where a name belongs; messages quote
// only this much of it.
constexpr qsizetype MaxQuotedLength = 40;

QString malformedCode()
{
    return u"api.malformed"_s;
}

// One translation context for every message the parsers write.
class ResourceParser final
{
    Q_DECLARE_TR_FUNCTIONS(iuc::api::ResourceParser)
};

QString excerpt(QStringView text)
{
    return printableExcerpt(text, MaxQuotedLength);
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

enum class Need { Required, Optional };
enum class Nulls { Refused, Allowed };

// Reads fields from JSON objects and remembers the first thing that was
// wrong, with where it was. Accessors return a neutral value after a failure,
// so a parser reads straight through and checks failed() once per object
// rather than after every field.
class Reader final
{
public:
    explicit Reader(QLatin1String resource) : m_resource(resource) {}

    // Where the reader is inside the answer: "objects[3]", "nodes[2]", "management".
    class Scope final
    {
    public:
        Scope(Reader &reader, QLatin1String name, qsizetype index = -1) : m_reader(reader)
        {
            m_reader.m_path.append(Segment{name, index});
        }
        ~Scope() { m_reader.m_path.removeLast(); }
        Scope(const Scope &) = delete;
        Scope &operator=(const Scope &) = delete;

    private:
        Reader &m_reader;
    };

    [[nodiscard]] bool failed() const { return m_error.has_value(); }
    [[nodiscard]] Error error() const { return m_error.value_or(Error{malformedCode(), {}}); }

    std::optional<QJsonObject> document(const QByteArray &body)
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

    // A value that must be an object (a list element, or the whole answer).
    std::optional<QJsonObject> element(const QJsonValue &value)
    {
        if (value.isObject())
            return value.toObject();
        failDocument(ResourceParser::tr("should be an object, got %1").arg(describe(value)));
        return std::nullopt;
    }

    QString string(const QJsonObject &o, QLatin1String key, Nulls nulls = Nulls::Refused)
    {
        return optionalString(o, key, Need::Required, nulls).value_or(QString());
    }

    std::optional<QString> optionalString(const QJsonObject &o, QLatin1String key, Need need = Need::Optional,
                                          Nulls nulls = Nulls::Allowed)
    {
        const QJsonValue v = lookup(o, key, need, nulls);
        if (v.isString())
            return v.toString();
        if (!v.isUndefined() && !v.isNull())
            failType(key, ResourceParser::tr("a string"), v);
        return std::nullopt;
    }

    bool boolean(const QJsonObject &o, QLatin1String key)
    {
        const QJsonValue v = lookup(o, key, Need::Required, Nulls::Refused);
        if (v.isBool())
            return v.toBool();
        if (!v.isUndefined())
            failType(key, ResourceParser::tr("true or false"), v);
        return false;
    }

    int integer(const QJsonObject &o, QLatin1String key)
    {
        return static_cast<int>(wholeNumber(o, key, Need::Required, INT_MAX).value_or(0));
    }

    std::optional<int> optionalInteger(const QJsonObject &o, QLatin1String key)
    {
        const std::optional<qint64> n = wholeNumber(o, key, Need::Optional, INT_MAX);
        return n ? std::optional<int>(static_cast<int>(*n)) : std::nullopt;
    }

    qint64 integer64(const QJsonObject &o, QLatin1String key, Need need = Need::Required)
    {
        return wholeNumber(o, key, need, std::numeric_limits<qint64>::max()).value_or(0);
    }

    // Required and never null.
    QDateTime time(const QJsonObject &o, QLatin1String key)
    {
        return timeOrNull(o, key, Need::Required, Nulls::Refused).value_or(QDateTime());
    }

    // Present, but null means "not yet" (ended_at, upgraded_at) or "never
    // contacted" (boot_time of a node the Management Node never reached).
    std::optional<QDateTime> timeOrNull(const QJsonObject &o, QLatin1String key, Need need = Need::Required,
                                        Nulls nulls = Nulls::Allowed)
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

    ReportedVersion version(const QJsonObject &o, QLatin1String key)
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

    NodeStatus status(const QJsonObject &o, QLatin1String key)
    {
        const QString code = string(o, key);
        return failed() ? NodeStatus() : NodeStatus::fromApiCode(code);
    }

    QJsonObject object(const QJsonObject &o, QLatin1String key)
    {
        const QJsonValue v = lookup(o, key, Need::Required, Nulls::Refused);
        if (v.isObject())
            return v.toObject();
        if (!v.isUndefined())
            failType(key, ResourceParser::tr("an object"), v);
        return {};
    }

    std::optional<QJsonArray> array(const QJsonObject &o, QLatin1String key, Need need = Need::Required)
    {
        const QJsonValue v = lookup(o, key, need, Nulls::Refused);
        if (v.isArray())
            return v.toArray();
        if (!v.isUndefined())
            failType(key, ResourceParser::tr("a list"), v);
        return std::nullopt;
    }

    QList<int> integers(const QJsonObject &o, QLatin1String key)
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

    // For checks beyond the type (a value the answer must not have).
    void failValue(QLatin1String key, const QString &what)
    {
        fail(location() + u'"' + QString(key) + u"\" "_s + what, QString(key));
    }

private:
    struct Segment
    {
        QLatin1String name;
        qsizetype index;
    };

    QJsonValue lookup(const QJsonObject &o, QLatin1String key, Need need, Nulls nulls)
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

    static std::optional<qint64> checkWhole(const QJsonValue &v, qint64 max)
    {
        if (!v.isDouble())
            return std::nullopt;
        // toInteger() refuses fractions, infinities and anything beyond qint64.
        constexpr qint64 NotWhole = std::numeric_limits<qint64>::min();
        const qint64 n = v.toInteger(NotWhole);
        if (n == NotWhole || n < 0 || n > max)
            return std::nullopt;
        return n;
    }

    std::optional<qint64> wholeNumber(const QJsonObject &o, QLatin1String key, Need need, qint64 max)
    {
        const QJsonValue v = lookup(o, key, need, Nulls::Refused);
        if (v.isUndefined())
            return std::nullopt;
        const std::optional<qint64> n = checkWhole(v, max);
        if (!n)
            failWhole(QString(key), v, max);
        return n;
    }

    void failWhole(const QString &field, const QJsonValue &v, qint64 max)
    {
        if (!v.isDouble()) {
            failType(field, ResourceParser::tr("a number"), v);
            return;
        }
        failType(field, ResourceParser::tr("a whole number from 0 to %1").arg(max), v);
    }

    void failType(const QString &field, const QString &expected, const QJsonValue &got)
    {
        fail(location() + ResourceParser::tr("\"%1\" should be %2, got %3").arg(field, expected, describe(got)), field);
    }

    void failType(QLatin1String key, const QString &expected, const QJsonValue &got)
    {
        failType(QString(key), expected, got);
    }

    void failDocument(const QString &what)
    {
        // "status/v1/worker_vm/: objects[3] should be an object, …" or, at the
        // top, "status/v1/worker_vm/: the answer is not valid JSON …".
        const QString where = path();
        fail(QString(m_resource) + u": "_s + (where.isEmpty() ? what : where + u' ' + what), QString());
    }

    void fail(const QString &message, const QString &field)
    {
        if (m_error)
            return; // the first problem is the one worth reporting
        QVariantMap details{{u"resource"_s, QString(m_resource)}, {u"path"_s, path()}};
        if (!field.isEmpty())
            details.insert(u"field"_s, field);
        m_error = Error{malformedCode(), message, details};
    }

    [[nodiscard]] QString path() const
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

    [[nodiscard]] QString location() const
    {
        const QString where = path();
        return QString(m_resource) + u": "_s + (where.isEmpty() ? QString() : where + u": "_s);
    }

    QLatin1String m_resource;
    QVarLengthArray<Segment, 4> m_path;
    std::optional<Error> m_error;
};

// --- one function per resource: the fields and whether each is required ---

ManagementVm readManagementVm(Reader &r, const QJsonObject &o)
{
    ManagementVm m;
    m.id = r.integer(o, QLatin1String("id"));
    m.name = r.string(o, QLatin1String("name"));
    m.primary = r.boolean(o, QLatin1String("primary"));
    m.version = r.version(o, QLatin1String("version"));
    m.upgradeStatus = r.status(o, QLatin1String("upgrade_status"));
    m.syncStatus = r.string(o, QLatin1String("sync_status"), Nulls::Allowed);
    m.bootTime = r.timeOrNull(o, QLatin1String("boot_time")).value_or(QDateTime());
    m.lastUpdated = r.timeOrNull(o, QLatin1String("last_updated")).value_or(QDateTime());
    m.lastAttemptedContact = r.timeOrNull(o, QLatin1String("last_attempted_contact")).value_or(QDateTime());
    // Extensions
    m.upgradeStatusSince = r.timeOrNull(o, QLatin1String("upgrade_status_since"), Need::Optional);
    m.address = r.optionalString(o, QLatin1String("address")).value_or(QString());
    return m;
}

WorkerVmStatus readWorkerVmStatus(Reader &r, const QJsonObject &o)
{
    WorkerVmStatus w;
    w.id = r.integer(o, QLatin1String("id"));
    w.configurationId = r.integer(o, QLatin1String("configuration_id"));
    w.name = r.string(o, QLatin1String("name"));
    w.nodeType = r.string(o, QLatin1String("node_type"));
    w.systemLocation = r.string(o, QLatin1String("system_location"));
    w.version = r.version(o, QLatin1String("version"));
    w.upgradeStatus = r.status(o, QLatin1String("upgrade_status"));
    w.maintenanceMode = r.boolean(o, QLatin1String("maintenance_mode"));
    w.maintenanceModeReason = r.string(o, QLatin1String("maintenance_mode_reason"), Nulls::Allowed);
    w.syncStatus = r.string(o, QLatin1String("sync_status"), Nulls::Allowed);
    // A node the Management Node never reached has no times yet.
    w.bootTime = r.timeOrNull(o, QLatin1String("boot_time")).value_or(QDateTime());
    w.lastUpdated = r.timeOrNull(o, QLatin1String("last_updated")).value_or(QDateTime());
    w.lastAttemptedContact = r.timeOrNull(o, QLatin1String("last_attempted_contact")).value_or(QDateTime());
    w.mediaLoad = r.integer(o, QLatin1String("media_load"));
    w.signalingCount = r.integer(o, QLatin1String("signaling_count"));
    w.deployStatus = r.string(o, QLatin1String("deploy_status"), Nulls::Allowed);
    // Extensions
    w.upgradeStatusSince = r.timeOrNull(o, QLatin1String("upgrade_status_since"), Need::Optional);
    w.upgradeAttempts = r.optionalInteger(o, QLatin1String("upgrade_attempts"));
    w.upgradeQueuePosition = r.optionalInteger(o, QLatin1String("upgrade_queue_position"));
    return w;
}

WorkerVmConfiguration readWorkerVmConfiguration(Reader &r, const QJsonObject &o)
{
    WorkerVmConfiguration c;
    c.id = r.integer(o, QLatin1String("id"));
    c.name = r.string(o, QLatin1String("name"));
    c.hostname = r.string(o, QLatin1String("hostname"));
    c.domain = r.string(o, QLatin1String("domain"), Nulls::Allowed);
    c.address = r.string(o, QLatin1String("address"));
    c.nodeType = r.string(o, QLatin1String("node_type"));
    c.systemLocation = r.string(o, QLatin1String("system_location"));
    c.deploymentType = r.string(o, QLatin1String("deployment_type"));
    c.maintenanceMode = r.boolean(o, QLatin1String("maintenance_mode"));
    return c;
}

Participant readParticipant(Reader &r, const QJsonObject &o)
{
    Participant p;
    p.id = r.string(o, QLatin1String("id"));
    p.conference = r.string(o, QLatin1String("conference"));
    // A call still being set up may have no media node yet.
    p.mediaNode = r.string(o, QLatin1String("media_node"), Nulls::Allowed);
    p.systemLocation = r.string(o, QLatin1String("system_location"), Nulls::Allowed);
    p.displayName = r.string(o, QLatin1String("display_name"), Nulls::Allowed);
    p.protocol = r.string(o, QLatin1String("protocol"), Nulls::Allowed);
    p.connectTime = r.time(o, QLatin1String("connect_time"));
    return p;
}

Conference readConference(Reader &r, const QJsonObject &o)
{
    Conference c;
    c.id = r.string(o, QLatin1String("id"));
    c.name = r.string(o, QLatin1String("name"));
    c.serviceType = r.string(o, QLatin1String("service_type"), Nulls::Allowed);
    c.startTime = r.timeOrNull(o, QLatin1String("start_time")).value_or(QDateTime());
    return c;
}

Alarm readAlarm(Reader &r, const QJsonObject &o)
{
    Alarm a;
    a.id = r.integer(o, QLatin1String("id"));
    a.level = r.string(o, QLatin1String("level"));
    a.name = r.string(o, QLatin1String("name"));
    // An alarm about the platform as a whole names no node.
    a.node = r.string(o, QLatin1String("node"), Nulls::Allowed);
    a.details = r.string(o, QLatin1String("details"), Nulls::Allowed);
    a.timeRaised = r.time(o, QLatin1String("time_raised"));
    return a;
}

LogEntry readLogEntry(Reader &r, const QJsonObject &o)
{
    LogEntry e;
    e.id = r.integer64(o, QLatin1String("id"));
    e.time = r.time(o, QLatin1String("time"));
    e.level = r.string(o, QLatin1String("level"));
    e.line = r.string(o, QLatin1String("line"));
    return e;
}

QList<RunStatusChange> readHistory(Reader &r, const QJsonObject &o)
{
    QList<RunStatusChange> out;
    const std::optional<QJsonArray> list = r.array(o, QLatin1String("history"));
    if (!list)
        return out;
    out.reserve(list->size());
    for (qsizetype i = 0; i < list->size() && !r.failed(); ++i) {
        const Reader::Scope scope(r, QLatin1String("history"), i);
        const std::optional<QJsonObject> entry = r.element(list->at(i));
        if (!entry)
            break;
        RunStatusChange change;
        change.status = r.status(*entry, QLatin1String("status"));
        change.at = r.time(*entry, QLatin1String("at"));
        out.append(change);
    }
    return out;
}

QList<RunAttempt> readAttempts(Reader &r, const QJsonObject &o)
{
    QList<RunAttempt> out;
    const std::optional<QJsonArray> list = r.array(o, QLatin1String("attempts"));
    if (!list)
        return out;
    out.reserve(list->size());
    for (qsizetype i = 0; i < list->size() && !r.failed(); ++i) {
        const Reader::Scope scope(r, QLatin1String("attempts"), i);
        const std::optional<QJsonObject> entry = r.element(list->at(i));
        if (!entry)
            break;
        RunAttempt attempt;
        attempt.startedAt = r.time(*entry, QLatin1String("started_at"));
        attempt.endedAt = r.timeOrNull(*entry, QLatin1String("ended_at"));
        attempt.result = r.string(*entry, QLatin1String("result"));
        attempt.detail = r.string(*entry, QLatin1String("detail"), Nulls::Allowed);
        out.append(attempt);
    }
    return out;
}

RunNode readRunNode(Reader &r, const QJsonObject &o)
{
    RunNode n;
    n.id = r.integer(o, QLatin1String("id"));
    n.name = r.string(o, QLatin1String("name"));
    n.included = r.boolean(o, QLatin1String("included"));
    n.fromVersion = r.string(o, QLatin1String("from_version"));
    n.upgradedAt = r.timeOrNull(o, QLatin1String("upgraded_at"));
    n.attempts = readAttempts(r, o);
    n.history = readHistory(r, o);
    return n;
}

UpgradeRun readUpgradeRun(Reader &r, const QJsonObject &o)
{
    UpgradeRun run;
    run.id = r.integer(o, QLatin1String("id"));
    run.state = r.string(o, QLatin1String("state"));
    run.outcome = r.string(o, QLatin1String("outcome"));
    run.targetVersion = r.version(o, QLatin1String("target_version"));
    run.startedAt = r.time(o, QLatin1String("started_at"));
    run.deadlineAt = r.time(o, QLatin1String("deadline_at"));
    run.lockUntil = r.time(o, QLatin1String("lock_until"));
    run.endedAt = r.timeOrNull(o, QLatin1String("ended_at"));
    run.locked = r.boolean(o, QLatin1String("locked"));
    run.systemsIncluded = r.integer(o, QLatin1String("systems_included"));
    run.systemsUpgraded = r.integer(o, QLatin1String("systems_upgraded"));
    run.maxParallel = r.integer(o, QLatin1String("max_parallel"));
    run.drainTimeoutSeconds = r.integer64(o, QLatin1String("drain_timeout_s"));
    // Only the current run names its package.
    run.packageId = r.optionalString(o, QLatin1String("package_id")).value_or(QString());
    run.packageSha256 = r.optionalString(o, QLatin1String("package_sha256")).value_or(QString());
    run.queue = r.integers(o, QLatin1String("queue"));
    run.leftBehind = r.integers(o, QLatin1String("left_behind"));
    {
        const QJsonObject management = r.object(o, QLatin1String("management"));
        const Reader::Scope scope(r, QLatin1String("management"));
        if (!r.failed()) {
            run.managementIncluded = r.boolean(management, QLatin1String("included"));
            run.managementFromVersion = r.string(management, QLatin1String("from_version"));
            run.managementUpgradedAt = r.timeOrNull(management, QLatin1String("upgraded_at"));
            run.managementHistory = readHistory(r, management);
        }
    }
    // Left out when asked with ?nodes=false.
    if (const std::optional<QJsonArray> nodes = r.array(o, QLatin1String("nodes"), Need::Optional)) {
        run.nodes.reserve(nodes->size());
        for (qsizetype i = 0; i < nodes->size() && !r.failed(); ++i) {
            const Reader::Scope scope(r, QLatin1String("nodes"), i);
            if (const std::optional<QJsonObject> node = r.element(nodes->at(i)))
                run.nodes.append(readRunNode(r, *node));
        }
    }
    return run;
}

UploadStatus readUploadStatus(Reader &r, const QJsonObject &o)
{
    UploadStatus u;
    u.id = r.string(o, QLatin1String("id"));
    u.totalSize = r.integer64(o, QLatin1String("total_size"));
    u.offset = r.integer64(o, QLatin1String("offset"));
    u.state = r.optionalString(o, QLatin1String("state")).value_or(QString()); // extension
    return u;
}

VersionInfo readVersionInfo(Reader &r, const QJsonObject &parent, QLatin1String key)
{
    VersionInfo info;
    const QJsonObject o = r.object(parent, key);
    const Reader::Scope scope(r, key);
    if (r.failed())
        return info;
    info.version = r.string(o, QLatin1String("version"));
    info.pseudoVersion = r.string(o, QLatin1String("pseudo_version"), Nulls::Allowed);
    info.major = r.integer(o, QLatin1String("major"));
    info.buildDate = r.optionalString(o, QLatin1String("build_date")).value_or(QString());
    return info;
}

ConfirmData readConfirmData(Reader &r, const QJsonObject &o)
{
    ConfirmData c;
    if (!r.boolean(o, QLatin1String("ok")) && !r.failed())
        r.failValue(QLatin1String("ok"), ResourceParser::tr("is false in an answer that reports success"));
    c.uploadId = r.string(o, QLatin1String("upload_id"));
    c.current = readVersionInfo(r, o, QLatin1String("current"));
    c.upgrade = readVersionInfo(r, o, QLatin1String("upgrade"));
    // Extensions
    c.verdict = r.optionalString(o, QLatin1String("verdict")).value_or(QString());
    c.message = r.optionalString(o, QLatin1String("message")).value_or(QString());
    c.systemsToUpgrade = r.optionalInteger(o, QLatin1String("systems_to_upgrade")).value_or(0);
    c.size = r.integer64(o, QLatin1String("size"), Need::Optional);
    c.sha256 = r.optionalString(o, QLatin1String("sha256")).value_or(QString());
    return c;
}

PageMeta readMeta(Reader &r, const QJsonObject &root)
{
    PageMeta meta;
    const QJsonObject o = r.object(root, QLatin1String("meta"));
    const Reader::Scope scope(r, QLatin1String("meta"));
    if (r.failed())
        return meta;
    meta.limit = r.integer(o, QLatin1String("limit"));
    meta.offset = r.integer(o, QLatin1String("offset"));
    meta.next = r.string(o, QLatin1String("next"), Nulls::Allowed);
    meta.previous = r.string(o, QLatin1String("previous"), Nulls::Allowed);
    meta.totalCount = r.integer(o, QLatin1String("total_count"));
    return meta;
}

// The JSON is parsed once; each object is read in place, so a page costs
// time in proportion to its size.
template <typename T, typename ReadOne>
Result<Page<T>> parsePage(const QByteArray &body, QLatin1String resource, ReadOne readOne)
{
    Reader r(resource);
    const std::optional<QJsonObject> root = r.document(body);
    if (!root)
        return r.error();
    Page<T> page;
    page.meta = readMeta(r, *root);
    const std::optional<QJsonArray> objects = r.array(*root, QLatin1String("objects"));
    if (r.failed() || !objects)
        return r.error();
    page.objects.reserve(objects->size());
    for (qsizetype i = 0; i < objects->size(); ++i) {
        const Reader::Scope scope(r, QLatin1String("objects"), i);
        const std::optional<QJsonObject> object = r.element(objects->at(i));
        if (!object)
            return r.error();
        T value = readOne(r, *object);
        if (r.failed())
            return r.error();
        page.objects.append(std::move(value));
    }
    return page;
}

template <typename T, typename ReadOne>
Result<T> parseOne(const QByteArray &body, QLatin1String resource, ReadOne readOne)
{
    Reader r(resource);
    const std::optional<QJsonObject> root = r.document(body);
    if (!root)
        return r.error();
    T value = readOne(r, *root);
    if (r.failed())
        return r.error();
    return value;
}

// --- timestamps ---

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

Result<Page<ManagementVm>> parseManagementVmPage(const QByteArray &body)
{
    return parsePage<ManagementVm>(body, ManagementVmResource, readManagementVm);
}

Result<ManagementVm> parseManagementVm(const QByteArray &body)
{
    return parseOne<ManagementVm>(body, ManagementVmResource, readManagementVm);
}

Result<Page<WorkerVmStatus>> parseWorkerVmStatusPage(const QByteArray &body)
{
    return parsePage<WorkerVmStatus>(body, WorkerVmResource, readWorkerVmStatus);
}

Result<WorkerVmStatus> parseWorkerVmStatus(const QByteArray &body)
{
    return parseOne<WorkerVmStatus>(body, WorkerVmResource, readWorkerVmStatus);
}

Result<Page<WorkerVmConfiguration>> parseWorkerVmConfigurationPage(const QByteArray &body)
{
    return parsePage<WorkerVmConfiguration>(body, WorkerConfigResource, readWorkerVmConfiguration);
}

Result<WorkerVmConfiguration> parseWorkerVmConfiguration(const QByteArray &body)
{
    return parseOne<WorkerVmConfiguration>(body, WorkerConfigResource, readWorkerVmConfiguration);
}

Result<Page<Participant>> parseParticipantPage(const QByteArray &body)
{
    return parsePage<Participant>(body, ParticipantResource, readParticipant);
}

Result<Page<Conference>> parseConferencePage(const QByteArray &body)
{
    return parsePage<Conference>(body, ConferenceResource, readConference);
}

Result<Page<Alarm>> parseAlarmPage(const QByteArray &body)
{
    return parsePage<Alarm>(body, AlarmResource, readAlarm);
}

Result<Page<LogEntry>> parseLogPage(const QByteArray &body)
{
    return parsePage<LogEntry>(body, LogResource, readLogEntry);
}

Result<Page<UpgradeRun>> parseUpgradeRunPage(const QByteArray &body)
{
    return parsePage<UpgradeRun>(body, UpgradeRunResource, readUpgradeRun);
}

Result<UpgradeRun> parseUpgradeRun(const QByteArray &body)
{
    return parseOne<UpgradeRun>(body, UpgradeRunResource, [](Reader &r, const QJsonObject &o) {
        // The start command answers {"status": "accepted", "run": {…}}.
        const QJsonValue wrapped = o.value(QLatin1String("run"));
        if (wrapped.isObject() && !o.contains(QLatin1String("state"))) {
            const Reader::Scope scope(r, QLatin1String("run"));
            return readUpgradeRun(r, wrapped.toObject());
        }
        return readUpgradeRun(r, o);
    });
}

Result<UploadStatus> parseUploadStatus(const QByteArray &body)
{
    return parseOne<UploadStatus>(body, UploadResource, readUploadStatus);
}

Result<Page<UploadStatus>> parseUploadStatusPage(const QByteArray &body)
{
    return parsePage<UploadStatus>(body, UploadResource, readUploadStatus);
}

Result<ConfirmData> parseConfirmData(const QByteArray &body)
{
    return parseOne<ConfirmData>(body, ConfirmResource, readConfirmData);
}

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
