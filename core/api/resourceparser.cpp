#include "core/api/resourceparser.h"

#include "core/api/jsonreader.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

#include <optional>

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
const QLatin1String ParticipantResource("status/v1/participant/");
const QLatin1String ConferenceResource("status/v1/conference/");
const QLatin1String AlarmResource("status/v1/alarm/");
const QLatin1String LogResource("status/v1/log/");
const QLatin1String UpgradeRunResource("status/v1/upgrade_run/");
const QLatin1String UploadResource("configuration/v1/upgrade_request/");
const QLatin1String ConfirmResource("configuration/v1/upgrade_request/<id>/finish/");

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

} // namespace iuc::api
