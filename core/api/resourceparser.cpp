#include "core/api/resourceparser.h"

#include "core/api/jsonreader.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QTimeZone>

#include <optional>

using namespace Qt::StringLiterals;

namespace iuc::api {

namespace {

using detail::Need;
using detail::Nulls;
using detail::Reader;
using detail::ResourceParser;

// Resource names as messages show them (the path under /api/admin/).
const QLatin1String ManagementVmResource("status/v1/management_vm/");
const QLatin1String WorkerVmResource("status/v1/worker_vm/");
const QLatin1String WorkerConfigResource("configuration/v1/worker_vm/");
const QLatin1String SystemLocationResource("configuration/v1/system_location/");
const QLatin1String SyslogServerResource("configuration/v1/syslog_server/");
const QLatin1String ParticipantResource("status/v1/participant/");
const QLatin1String ConferenceResource("status/v1/conference/");
const QLatin1String AlarmResource("status/v1/alarm/");
const QLatin1String LogResource("status/v1/log/");
const QLatin1String UpgradeRunResource("status/v1/upgrade_run/");
const QLatin1String UploadResource("configuration/v1/upgrade_request/");
const QLatin1String SchemaResource("<resource>/schema/");
const QLatin1String ConfirmResource("configuration/v1/upgrade_request/<id>/finish/");

// --- one function per resource: the fields and whether each is required ---

// Fields are required only where every documented version sends them and
// the console cannot do without: the node's id, name, version and upgrade
// status. Every other field may be absent or null.

ManagementVm readManagementVm(Reader &r, const QJsonObject &o)
{
    ManagementVm m;
    m.id = r.integer(o, "id"_L1);
    m.name = r.string(o, "name"_L1);
    m.version = r.version(o, "version"_L1);
    m.upgradeStatus = r.status(o, "upgrade_status"_L1);
    m.configurationId = r.optionalInteger(o, "configuration_id"_L1).value_or(0);
    m.primary = r.optionalBoolean(o, "primary"_L1).value_or(true);
    m.syncStatus = r.optionalString(o, "sync_status"_L1).value_or(QString());
    m.lastUpdated = r.timeOrNull(o, "last_updated"_L1, Need::Optional).value_or(QDateTime());
    m.lastAttemptedContact = r.timeOrNull(o, "last_attempted_contact"_L1, Need::Optional).value_or(QDateTime());
    // Extensions
    m.bootTime = r.timeOrNull(o, "boot_time"_L1, Need::Optional).value_or(QDateTime());
    m.upgradeStatusSince = r.timeOrNull(o, "upgrade_status_since"_L1, Need::Optional);
    m.address = r.optionalString(o, "address"_L1).value_or(QString());
    return m;
}

WorkerVmStatus readWorkerVmStatus(Reader &r, const QJsonObject &o)
{
    WorkerVmStatus w;
    w.id = r.integer(o, "id"_L1);
    w.name = r.string(o, "name"_L1);
    w.version = r.version(o, "version"_L1);
    w.upgradeStatus = r.status(o, "upgrade_status"_L1);
    // Joins the node to its configuration; the same as `id` where absent.
    w.configurationId = r.optionalInteger(o, "configuration_id"_L1).value_or(w.id);
    w.nodeType = r.optionalString(o, "node_type"_L1).value_or(QString());
    w.systemLocation = r.optionalString(o, "system_location"_L1).value_or(QString());
    w.maintenanceMode = r.optionalBoolean(o, "maintenance_mode"_L1).value_or(false);
    w.maintenanceModeReason = r.optionalString(o, "maintenance_mode_reason"_L1).value_or(QString());
    w.syncStatus = r.optionalString(o, "sync_status"_L1).value_or(QString());
    // A node the Management Node never reached has no times yet.
    w.bootTime = r.timeOrNull(o, "boot_time"_L1, Need::Optional).value_or(QDateTime());
    w.lastUpdated = r.timeOrNull(o, "last_updated"_L1, Need::Optional).value_or(QDateTime());
    w.lastAttemptedContact = r.timeOrNull(o, "last_attempted_contact"_L1, Need::Optional).value_or(QDateTime());
    w.mediaLoad = r.optionalInteger(o, "media_load"_L1).value_or(0);
    w.signalingCount = r.optionalInteger(o, "signaling_count"_L1).value_or(0);
    w.deployStatus = r.optionalString(o, "deploy_status"_L1).value_or(QString());
    w.maxAudioCalls = r.optionalInteger(o, "max_audio_calls"_L1);
    w.maxSdCalls = r.optionalInteger(o, "max_sd_calls"_L1);
    w.maxHdCalls = r.optionalInteger(o, "max_hd_calls"_L1);
    w.maxFullHdCalls = r.optionalInteger(o, "max_full_hd_calls"_L1);
    w.maxMediaTokens = r.optionalInteger(o, "max_media_tokens"_L1);
    w.mediaTokensUsed = r.optionalInteger(o, "media_tokens_used"_L1);
    // v24-era
    w.lastReported = r.timeOrNull(o, "last_reported"_L1, Need::Optional).value_or(QDateTime());
    w.deployProgress = r.optionalInteger(o, "deploy_progress"_L1);
    w.deployError = r.optionalString(o, "deploy_error"_L1).value_or(QString());
    // Extensions
    w.upgradeStatusSince = r.timeOrNull(o, "upgrade_status_since"_L1, Need::Optional);
    w.upgradeAttempts = r.optionalInteger(o, "upgrade_attempts"_L1);
    w.upgradeQueuePosition = r.optionalInteger(o, "upgrade_queue_position"_L1);
    return w;
}

// "/api/admin/configuration/v1/system_location/3/": a reference, not a name.
bool isResourceUri(const QString &text)
{
    return text.startsWith("/api/"_L1) && text.endsWith(u'/');
}

WorkerVmConfiguration readWorkerVmConfiguration(Reader &r, const QJsonObject &o)
{
    WorkerVmConfiguration c;
    c.id = r.integer(o, "id"_L1);
    c.name = r.string(o, "name"_L1);
    c.hostname = r.optionalString(o, "hostname"_L1).value_or(QString());
    c.domain = r.optionalString(o, "domain"_L1).value_or(QString());
    c.address = r.optionalString(o, "address"_L1).value_or(QString());
    c.nodeType = r.optionalString(o, "node_type"_L1).value_or(QString());
    const QString location = r.optionalString(o, "system_location"_L1).value_or(QString());
    if (isResourceUri(location))
        c.systemLocationUri = location;
    else
        c.systemLocation = location;
    c.deploymentType = r.optionalString(o, "deployment_type"_L1).value_or(QString());
    c.maintenanceMode = r.optionalBoolean(o, "maintenance_mode"_L1).value_or(false);
    return c;
}

SystemLocation readSystemLocation(Reader &r, const QJsonObject &o)
{
    SystemLocation l;
    l.id = r.integer(o, "id"_L1);
    l.name = r.string(o, "name"_L1);
    l.resourceUri = r.optionalString(o, "resource_uri"_L1).value_or(QString());
    return l;
}

SyslogServer readSyslogServer(Reader &r, const QJsonObject &o)
{
    SyslogServer s;
    s.id = r.integer(o, "id"_L1);
    s.address = r.string(o, "address"_L1);
    s.port = r.optionalInteger(o, "port"_L1).value_or(514);
    s.transport = r.optionalString(o, "transport"_L1).value_or(u"udp"_s);
    s.description = r.optionalString(o, "description"_L1).value_or(QString());
    s.supportLog = r.optionalBoolean(o, "support_log"_L1).value_or(true);
    s.resourceUri = r.optionalString(o, "resource_uri"_L1).value_or(QString());
    return s;
}

Participant readParticipant(Reader &r, const QJsonObject &o)
{
    Participant p;
    p.id = r.string(o, "id"_L1);
    p.conference = r.string(o, "conference"_L1);
    // A call still being set up may have no media node yet.
    p.mediaNode = r.string(o, "media_node"_L1, Nulls::Allowed);
    p.systemLocation = r.string(o, "system_location"_L1, Nulls::Allowed);
    p.displayName = r.string(o, "display_name"_L1, Nulls::Allowed);
    p.protocol = r.string(o, "protocol"_L1, Nulls::Allowed);
    p.connectTime = r.time(o, "connect_time"_L1);
    return p;
}

Conference readConference(Reader &r, const QJsonObject &o)
{
    Conference c;
    c.id = r.string(o, "id"_L1);
    c.name = r.string(o, "name"_L1);
    c.serviceType = r.string(o, "service_type"_L1, Nulls::Allowed);
    c.startTime = r.timeOrNull(o, "start_time"_L1).value_or(QDateTime());
    return c;
}

Alarm readAlarm(Reader &r, const QJsonObject &o)
{
    Alarm a;
    a.id = r.integer(o, "id"_L1);
    a.name = r.string(o, "name"_L1);
    a.level = r.optionalString(o, "level"_L1).value_or(u"info"_s);
    // Their types are not documented: a number or a text, both kept as text.
    const auto text = [&](QLatin1String key) {
        const QJsonValue v = o.value(key);
        return v.isDouble() ? QString::number(v.toDouble(), 'g', 15) : v.toString();
    };
    a.identifier = text("identifier"_L1);
    a.instance = text("instance"_L1);
    // An alarm about the platform as a whole names no node.
    a.node = r.optionalString(o, "node"_L1).value_or(QString());
    a.details = r.optionalString(o, "details"_L1).value_or(QString());
    a.acknowledged = r.optionalBoolean(o, "acknowledged"_L1).value_or(false);
    a.timeRaised = r.timeOrNull(o, "time_raised"_L1, Need::Optional).value_or(QDateTime());
    return a;
}

LogEntry readLogEntry(Reader &r, const QJsonObject &o)
{
    LogEntry e;
    e.id = r.integer64(o, "id"_L1);
    e.time = r.time(o, "time"_L1);
    e.level = r.string(o, "level"_L1);
    e.line = r.string(o, "line"_L1);
    return e;
}

QList<RunStatusChange> readHistory(Reader &r, const QJsonObject &o)
{
    QList<RunStatusChange> out;
    const std::optional<QJsonArray> list = r.array(o, "history"_L1);
    if (!list)
        return out;
    out.reserve(list->size());
    for (qsizetype i = 0; i < list->size() && !r.failed(); ++i) {
        const Reader::Scope scope(r, "history"_L1, i);
        const std::optional<QJsonObject> entry = r.element(list->at(i));
        if (!entry)
            break;
        RunStatusChange change;
        change.status = r.status(*entry, "status"_L1);
        change.at = r.time(*entry, "at"_L1);
        out.append(change);
    }
    return out;
}

QList<RunAttempt> readAttempts(Reader &r, const QJsonObject &o)
{
    QList<RunAttempt> out;
    const std::optional<QJsonArray> list = r.array(o, "attempts"_L1);
    if (!list)
        return out;
    out.reserve(list->size());
    for (qsizetype i = 0; i < list->size() && !r.failed(); ++i) {
        const Reader::Scope scope(r, "attempts"_L1, i);
        const std::optional<QJsonObject> entry = r.element(list->at(i));
        if (!entry)
            break;
        RunAttempt attempt;
        attempt.startedAt = r.time(*entry, "started_at"_L1);
        attempt.endedAt = r.timeOrNull(*entry, "ended_at"_L1);
        attempt.result = r.string(*entry, "result"_L1);
        attempt.detail = r.string(*entry, "detail"_L1, Nulls::Allowed);
        out.append(attempt);
    }
    return out;
}

RunNode readRunNode(Reader &r, const QJsonObject &o)
{
    RunNode n;
    n.id = r.integer(o, "id"_L1);
    n.name = r.string(o, "name"_L1);
    n.included = r.boolean(o, "included"_L1);
    n.fromVersion = r.string(o, "from_version"_L1);
    n.upgradedAt = r.timeOrNull(o, "upgraded_at"_L1);
    n.attempts = readAttempts(r, o);
    n.history = readHistory(r, o);
    return n;
}

UpgradeRun readUpgradeRun(Reader &r, const QJsonObject &o)
{
    UpgradeRun run;
    run.id = r.integer(o, "id"_L1);
    run.state = r.string(o, "state"_L1);
    run.outcome = r.string(o, "outcome"_L1);
    run.targetVersion = r.version(o, "target_version"_L1);
    run.startedAt = r.time(o, "started_at"_L1);
    run.deadlineAt = r.time(o, "deadline_at"_L1);
    run.lockUntil = r.time(o, "lock_until"_L1);
    run.endedAt = r.timeOrNull(o, "ended_at"_L1);
    run.locked = r.boolean(o, "locked"_L1);
    run.systemsIncluded = r.integer(o, "systems_included"_L1);
    run.systemsUpgraded = r.integer(o, "systems_upgraded"_L1);
    run.maxParallel = r.integer(o, "max_parallel"_L1);
    run.drainTimeoutSeconds = r.integer64(o, "drain_timeout_s"_L1);
    // Only the current run names its package.
    run.packageId = r.optionalString(o, "package_id"_L1).value_or(QString());
    run.packageSha256 = r.optionalString(o, "package_sha256"_L1).value_or(QString());
    run.queue = r.integers(o, "queue"_L1);
    run.leftBehind = r.integers(o, "left_behind"_L1);
    {
        const QJsonObject management = r.object(o, "management"_L1);
        const Reader::Scope scope(r, "management"_L1);
        if (!r.failed()) {
            run.managementIncluded = r.boolean(management, "included"_L1);
            run.managementFromVersion = r.string(management, "from_version"_L1);
            run.managementUpgradedAt = r.timeOrNull(management, "upgraded_at"_L1);
            run.managementHistory = readHistory(r, management);
        }
    }
    // Left out when asked with ?nodes=false.
    if (const std::optional<QJsonArray> nodes = r.array(o, "nodes"_L1, Need::Optional)) {
        run.nodes.reserve(nodes->size());
        for (qsizetype i = 0; i < nodes->size() && !r.failed(); ++i) {
            const Reader::Scope scope(r, "nodes"_L1, i);
            if (const std::optional<QJsonObject> node = r.element(nodes->at(i)))
                run.nodes.append(readRunNode(r, *node));
        }
    }
    return run;
}

UploadStatus readUploadStatus(Reader &r, const QJsonObject &o)
{
    UploadStatus u;
    // A real node names the request by uuid (REAL-API.md §4); an older
    // emulator said id.
    u.id = o.contains("uuid"_L1) ? r.string(o, "uuid"_L1) : r.string(o, "id"_L1);
    u.offset = r.integer64(o, "offset"_L1);
    if (o.contains("total_size"_L1)) // extension
        u.totalSize = r.integer64(o, "total_size"_L1);
    u.state = r.optionalString(o, "state"_L1).value_or(QString());
    return u;
}

VersionInfo readVersionInfo(Reader &r, const QJsonObject &parent, QLatin1String key)
{
    VersionInfo info;
    const QJsonObject o = r.object(parent, key);
    const Reader::Scope scope(r, key);
    if (r.failed())
        return info;
    info.version = r.string(o, "version"_L1);
    info.pseudoVersion = r.string(o, "pseudo_version"_L1, Nulls::Allowed);
    info.major = r.integer(o, "major"_L1);
    info.buildDate = r.optionalString(o, "build_date"_L1).value_or(QString());
    return info;
}

ConfirmData readConfirmData(Reader &r, const QJsonObject &o)
{
    ConfirmData c;
    if (!r.boolean(o, "ok"_L1) && !r.failed())
        r.failValue("ok"_L1, ResourceParser::tr("is false in an answer that reports success"));
    c.uploadId = r.string(o, "upload_id"_L1);
    c.current = readVersionInfo(r, o, "current"_L1);
    c.upgrade = readVersionInfo(r, o, "upgrade"_L1);
    // Extensions
    c.verdict = r.optionalString(o, "verdict"_L1).value_or(QString());
    c.message = r.optionalString(o, "message"_L1).value_or(QString());
    c.systemsToUpgrade = r.optionalInteger(o, "systems_to_upgrade"_L1).value_or(0);
    c.size = r.integer64(o, "size"_L1, Need::Optional);
    c.sha256 = r.optionalString(o, "sha256"_L1).value_or(QString());
    // Its format is not documented: read when it is ISO 8601, else left out.
    QDateTime at = QDateTime::fromString(o.value("timestamp"_L1).toString(), Qt::ISODateWithMs);
    if (at.isValid() && at.timeSpec() == Qt::LocalTime)
        at.setTimeZone(QTimeZone::utc()); // the API's times are UTC without a suffix
    c.timestamp = at;
    return c;
}

QStringList readMethods(Reader &r, const QJsonObject &o, QLatin1String key)
{
    QStringList out;
    const std::optional<QJsonArray> list = r.array(o, key, Need::Optional);
    if (!list)
        return out;
    for (const QJsonValue &v : *list) {
        if (v.isString())
            out.append(v.toString().toLower());
    }
    return out;
}

ResourceSchema readSchema(Reader &r, const QJsonObject &o)
{
    ResourceSchema schema;
    schema.listMethods = readMethods(r, o, "allowed_list_http_methods"_L1);
    schema.detailMethods = readMethods(r, o, "allowed_detail_http_methods"_L1);
    const QJsonObject fields = r.object(o, "fields"_L1);
    const Reader::Scope scope(r, "fields"_L1);
    for (auto it = fields.constBegin(); it != fields.constEnd() && !r.failed(); ++it) {
        // A field described by something other than an object is still a field.
        const QJsonObject f = it.value().toObject();
        SchemaField field;
        field.type = f.value("type"_L1).toString();
        field.nullable = f.value("nullable"_L1).toBool();
        field.readonly = f.value("readonly"_L1).toBool();
        field.helpText = f.value("help_text"_L1).toString();
        schema.fields.insert(it.key(), field);
    }
    return schema;
}

PageMeta readMeta(Reader &r, const QJsonObject &root)
{
    PageMeta meta;
    const QJsonObject o = r.object(root, "meta"_L1);
    const Reader::Scope scope(r, "meta"_L1);
    if (r.failed())
        return meta;
    meta.limit = r.integer(o, "limit"_L1);
    meta.offset = r.integer(o, "offset"_L1);
    meta.next = r.string(o, "next"_L1, Nulls::Allowed);
    meta.previous = r.string(o, "previous"_L1, Nulls::Allowed);
    meta.totalCount = r.integer(o, "total_count"_L1);
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
    const std::optional<QJsonArray> objects = r.array(*root, "objects"_L1);
    if (r.failed() || !objects)
        return r.error();
    page.objects.reserve(objects->size());
    for (qsizetype i = 0; i < objects->size(); ++i) {
        const Reader::Scope scope(r, "objects"_L1, i);
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

Result<Page<SystemLocation>> parseSystemLocationPage(const QByteArray &body)
{
    return parsePage<SystemLocation>(body, SystemLocationResource, readSystemLocation);
}

Result<Page<SyslogServer>> parseSyslogServerPage(const QByteArray &body)
{
    return parsePage<SyslogServer>(body, SyslogServerResource, readSyslogServer);
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
        const QJsonValue wrapped = o.value("run"_L1);
        if (wrapped.isObject() && !o.contains("state"_L1)) {
            const Reader::Scope scope(r, "run"_L1);
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

Result<ResourceSchema> parseSchema(const QByteArray &body)
{
    return parseOne<ResourceSchema>(body, SchemaResource, readSchema);
}

Result<ConfirmData> parseConfirmData(const QByteArray &body)
{
    return parseOne<ConfirmData>(body, ConfirmResource, readConfirmData);
}

} // namespace iuc::api
