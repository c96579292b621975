#include "emulator/server/apiresources.h"

#include <QDateTime>
#include <QLocale>

namespace iuc::sim::api {

namespace {

QString pseudo(const Version &v)
{
    QStringList parts;
    for (int p : v.pseudoVersion())
        parts << QString::number(p);
    return parts.join(QLatin1Char('.'));
}

QJsonArray historyJson(const std::vector<StatusChange> &history)
{
    QJsonArray out;
    for (const StatusChange &c : history)
        out.append(QJsonObject{{QStringLiteral("status"), NodeStatus::apiCode(c.status)},
                               {QStringLiteral("at"), timestamp(c.at)}});
    return out;
}

QString runState(RunOutcome outcome)
{
    switch (outcome) {
    case RunOutcome::Running:
        return QStringLiteral("running");
    case RunOutcome::Completed:
        return QStringLiteral("completed");
    case RunOutcome::StoppedAtDeadline:
        return QStringLiteral("stopped");
    case RunOutcome::Abandoned:
        return QStringLiteral("abandoned");
    case RunOutcome::ManagementFailed:
        return QStringLiteral("management_failed");
    }
    return {};
}

QString attemptResult(Attempt::Result r)
{
    switch (r) {
    case Attempt::Result::InProgress:
        return QStringLiteral("in_progress");
    case Attempt::Result::Upgraded:
        return QStringLiteral("upgraded");
    case Attempt::Result::CallsTimeout:
        return QStringLiteral("calls_timeout");
    case Attempt::Result::Unreachable:
        return QStringLiteral("unreachable");
    case Attempt::Result::InstallFailed:
        return QStringLiteral("install_failed");
    case Attempt::Result::Abandoned:
        return QStringLiteral("abandoned");
    case Attempt::Result::Stopped:
        return QStringLiteral("stopped");
    }
    return {};
}

} // namespace

QString timestamp(TimePoint t)
{
    return toDateTime(t).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz"));
}

QJsonValue timestampOrNull(const std::optional<TimePoint> &t)
{
    return t ? QJsonValue(timestamp(*t)) : QJsonValue(QJsonValue::Null);
}

QByteArray httpDate(TimePoint t)
{
    return QLocale::c().toString(toDateTime(t), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'")).toLatin1();
}

QJsonObject versionInfo(const Version &v, const QString &buildDate)
{
    QJsonObject o{{QStringLiteral("version"), v.toString()},
                  {QStringLiteral("pseudo_version"), pseudo(v)},
                  {QStringLiteral("major"), v.major()}};
    o.insert(QStringLiteral("build_date"), buildDate.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(buildDate));
    return o;
}

QJsonObject managementVm(const Deployment &d)
{
    const TimePoint now = d.now();
    return QJsonObject{
        {QStringLiteral("id"), 1},
        {QStringLiteral("name"), d.config().managementName},
        {QStringLiteral("address"), d.config().managementAddress},
        {QStringLiteral("primary"), true},
        {QStringLiteral("version"), d.managementVersion().toString()},
        {QStringLiteral("upgrade_status"), NodeStatus::apiCode(d.engine().management().status)},
        {QStringLiteral("upgrade_status_since"), timestamp(d.engine().management().statusSince)},
        {QStringLiteral("sync_status"), QStringLiteral("SYNCED")},
        {QStringLiteral("boot_time"), timestamp(d.managementBootTime())},
        {QStringLiteral("last_updated"), timestamp(now)},
        {QStringLiteral("last_attempted_contact"), timestamp(now)},
        {QStringLiteral("resource_uri"), QStringLiteral("/api/admin/status/v1/management_vm/1/")},
    };
}

QJsonObject workerStatus(const Deployment &d, const SimNode &n)
{
    const NodeState &s = *d.engine().node(n.config.id);
    const TimePoint now = d.now();
    const bool inContact = n.reachable && !n.rebooting;
    QString reason;
    if (n.engineMaintenance)
        reason = QStringLiteral("Upgrade in progress");
    else if (n.adminMaintenance)
        reason = QStringLiteral("Set by administrator");
    QString sync = QStringLiteral("SYNCED");
    if (!inContact)
        sync = QStringLiteral("NOT_SYNCED");
    else if (s.status == NodeStatus::Code::Upgrading)
        sync = QStringLiteral("SYNC_PAUSED");
    return QJsonObject{
        {QStringLiteral("id"), n.config.id},
        {QStringLiteral("configuration_id"), n.config.id},
        {QStringLiteral("name"), n.config.name},
        {QStringLiteral("node_type"), QStringLiteral("CONFERENCING")},
        {QStringLiteral("system_location"), n.config.location},
        {QStringLiteral("version"), n.version.toString()},
        {QStringLiteral("upgrade_status"), NodeStatus::apiCode(s.status)},
        {QStringLiteral("maintenance_mode"), n.inMaintenance()},
        {QStringLiteral("maintenance_mode_reason"), reason},
        {QStringLiteral("sync_status"), sync},
        {QStringLiteral("boot_time"), timestamp(n.bootTime)},
        {QStringLiteral("last_updated"), timestamp(inContact ? now : n.lastUpdated)},
        {QStringLiteral("last_attempted_contact"), timestamp(now)},
        {QStringLiteral("media_load"), std::min(100, n.calls * 4)},
        {QStringLiteral("signaling_count"), n.calls},
        {QStringLiteral("deploy_status"), QStringLiteral("DEPLOYED")},
        // Extensions (docs/api.md): what the upgrade status page needs per node.
        {QStringLiteral("upgrade_status_since"), timestamp(s.statusSince)},
        {QStringLiteral("upgrade_attempts"), s.attempts},
        {QStringLiteral("upgrade_queue_position"), d.engine().queuePosition(n.config.id)},
        {QStringLiteral("resource_uri"), QStringLiteral("/api/admin/status/v1/worker_vm/%1/").arg(n.config.id)},
    };
}

QJsonObject workerConfiguration(const SimNode &n)
{
    return QJsonObject{
        {QStringLiteral("id"), n.config.id},
        {QStringLiteral("name"), n.config.name},
        {QStringLiteral("hostname"), n.config.hostname.section(QLatin1Char('.'), 0, 0)},
        {QStringLiteral("domain"), n.config.hostname.section(QLatin1Char('.'), 1)},
        {QStringLiteral("address"), n.config.address},
        {QStringLiteral("node_type"), QStringLiteral("CONFERENCING")},
        {QStringLiteral("system_location"), n.config.location},
        {QStringLiteral("deployment_type"),
         n.config.configOnly ? QStringLiteral("MANUAL-PROVISION-ONLY") : QStringLiteral("VMWARE")},
        {QStringLiteral("maintenance_mode"), n.adminMaintenance},
        {QStringLiteral("resource_uri"), QStringLiteral("/api/admin/configuration/v1/worker_vm/%1/").arg(n.config.id)},
    };
}

QJsonObject participant(const Deployment &d, const Participant &p)
{
    const SimNode *n = d.node(p.node);
    return QJsonObject{
        {QStringLiteral("id"), p.id},
        {QStringLiteral("conference"), p.conference},
        {QStringLiteral("media_node"), n ? n->config.address : QString()},
        {QStringLiteral("signalling_node"), n ? n->config.address : QString()},
        {QStringLiteral("system_location"), n ? n->config.location : QString()},
        {QStringLiteral("connect_time"), timestamp(p.connectTime)},
        {QStringLiteral("display_name"), p.displayName},
        {QStringLiteral("remote_address"), p.remoteAddress},
        {QStringLiteral("protocol"), p.protocol},
        {QStringLiteral("role"), QStringLiteral("guest")},
        {QStringLiteral("call_direction"), QStringLiteral("in")},
        {QStringLiteral("service_type"), QStringLiteral("conference")},
    };
}

QJsonObject conference(const Conference &c)
{
    return QJsonObject{
        {QStringLiteral("id"), c.id},
        {QStringLiteral("name"), c.name},
        {QStringLiteral("service_type"), QStringLiteral("conference")},
        {QStringLiteral("start_time"), timestamp(c.startTime)},
        {QStringLiteral("is_started"), true},
        {QStringLiteral("is_locked"), false},
        {QStringLiteral("guests_muted"), false},
        {QStringLiteral("tag"), QString()},
    };
}

QJsonObject alarm(const Alarm &a)
{
    return QJsonObject{
        {QStringLiteral("id"), a.id},
        {QStringLiteral("level"), a.level},
        {QStringLiteral("name"), a.name},
        {QStringLiteral("node"), a.node},
        {QStringLiteral("details"), a.details},
        {QStringLiteral("time_raised"), timestamp(a.raisedAt)},
    };
}

QJsonObject logEntry(const LogEntry &e)
{
    return QJsonObject{
        {QStringLiteral("id"), e.id},
        {QStringLiteral("time"), timestamp(e.at)},
        {QStringLiteral("level"), e.level},
        {QStringLiteral("line"), e.line},
    };
}

QJsonObject upgradeRun(const Deployment &d, const RunRecord &run, int id, bool current, bool withNodes)
{
    const UpgradeEngine &engine = d.engine();
    QJsonObject o{
        {QStringLiteral("id"), id},
        {QStringLiteral("state"), runState(run.outcome)},
        {QStringLiteral("outcome"), describe(run.outcome)},
        {QStringLiteral("target_version"), run.target.toString()},
        {QStringLiteral("started_at"), timestamp(run.initiatedAt)},
        {QStringLiteral("deadline_at"), timestamp(run.deadlineAt)},
        {QStringLiteral("lock_until"), timestamp(run.lockUntil)},
        {QStringLiteral("locked"), current && engine.lock().has_value()},
        {QStringLiteral("ended_at"), timestampOrNull(run.endedAt)},
        {QStringLiteral("systems_included"), run.includedCount() + (run.managementIncluded ? 1 : 0)},
        {QStringLiteral("systems_upgraded"),
         run.upgradedCount() + (run.managementUpgradedAt.has_value() ? 1 : 0)},
        {QStringLiteral("max_parallel"), engine.settings().maxParallel},
        {QStringLiteral("drain_timeout_s"),
         static_cast<qint64>(std::chrono::duration_cast<std::chrono::seconds>(engine.settings().drainTimeout).count())},
    };
    if (current && d.runPackage()) {
        o.insert(QStringLiteral("package_id"), d.runPackage()->id);
        o.insert(QStringLiteral("package_sha256"), QString::fromLatin1(d.runPackage()->sha256Hex));
    }
    QJsonArray leftBehind; // once the run has ended: what a repeat run would take on (R5, R6)
    if (run.outcome != RunOutcome::Running) {
        for (NodeId n : run.leftBehind())
            leftBehind.append(n);
    }
    o.insert(QStringLiteral("left_behind"), leftBehind);
    QJsonArray queue;
    if (current) {
        for (NodeId n : engine.queue())
            queue.append(n);
    }
    o.insert(QStringLiteral("queue"), queue);
    o.insert(QStringLiteral("management"),
             QJsonObject{{QStringLiteral("included"), run.managementIncluded},
                         {QStringLiteral("from_version"), run.managementFromVersion.toString()},
                         {QStringLiteral("upgraded_at"), timestampOrNull(run.managementUpgradedAt)},
                         {QStringLiteral("history"), historyJson(run.managementHistory)}});
    if (!withNodes)
        return o;
    QJsonArray nodes;
    for (const NodeRecord &rec : run.nodes) {
        QJsonArray attempts;
        for (const Attempt &a : rec.attempts) {
            attempts.append(QJsonObject{{QStringLiteral("started_at"), timestamp(a.startedAt)},
                                        {QStringLiteral("ended_at"), timestampOrNull(a.endedAt)},
                                        {QStringLiteral("result"), attemptResult(a.result)},
                                        {QStringLiteral("detail"), a.detail}});
        }
        nodes.append(QJsonObject{{QStringLiteral("id"), rec.id},
                                 {QStringLiteral("name"), rec.name},
                                 {QStringLiteral("included"), rec.included},
                                 {QStringLiteral("from_version"), rec.fromVersion.toString()},
                                 {QStringLiteral("upgraded_at"), timestampOrNull(rec.upgradedAt)},
                                 {QStringLiteral("attempts"), attempts},
                                 {QStringLiteral("history"), historyJson(rec.history)}});
    }
    o.insert(QStringLiteral("nodes"), nodes);
    return o;
}

QJsonObject simState(const Deployment &d, double timeScale)
{
    QJsonArray split;
    for (const Deployment::SplitConference &s : d.splitConferences()) {
        QJsonObject byVersion;
        for (const auto &[version, count] : s.participantsByVersion)
            byVersion.insert(version, count);
        split.append(QJsonObject{{QStringLiteral("name"), s.name}, {QStringLiteral("participants_by_version"), byVersion}});
    }
    QJsonArray nodes;
    for (const SimNode &n : d.nodes()) {
        nodes.append(QJsonObject{{QStringLiteral("id"), n.config.id},
                                 {QStringLiteral("name"), n.config.name},
                                 {QStringLiteral("reachable"), n.reachable},
                                 {QStringLiteral("stuck_calls"), n.stuckCalls},
                                 {QStringLiteral("fail_install"), n.failInstall},
                                 {QStringLiteral("link_mbps"), n.linkMbps},
                                 {QStringLiteral("calls"), n.calls},
                                 {QStringLiteral("rebooting"), n.rebooting},
                                 {QStringLiteral("admin_maintenance"), n.adminMaintenance}});
    }
    return QJsonObject{{QStringLiteral("now"), timestamp(d.now())},
                       {QStringLiteral("time_scale"), timeScale},
                       {QStringLiteral("call_load"), d.callLoad()},
                       {QStringLiteral("management_down_until"), timestampOrNull(d.managementDownUntil())},
                       {QStringLiteral("participants"), static_cast<int>(d.participants().size())},
                       {QStringLiteral("split_conferences"), split},
                       {QStringLiteral("nodes"), nodes}};
}

QJsonObject list(const QString &path, const QString &query, Page page, int total,
                 const std::function<QJsonObject(int)> &render)
{
    QJsonArray objects;
    const int end = std::min(total, page.offset + page.limit);
    for (int i = page.offset; i < end; ++i)
        objects.append(render(i));
    const QString extra = query.isEmpty() ? QString() : QLatin1Char('&') + query;
    auto link = [&](int offset) {
        return QJsonValue(QStringLiteral("%1?limit=%2&offset=%3%4").arg(path).arg(page.limit).arg(offset).arg(extra));
    };
    const QJsonValue next = end < total ? link(end) : QJsonValue(QJsonValue::Null);
    const QJsonValue previous = page.offset > 0 ? link(std::max(0, page.offset - page.limit)) : QJsonValue(QJsonValue::Null);
    return QJsonObject{{QStringLiteral("meta"),
                        QJsonObject{{QStringLiteral("limit"), page.limit},
                                    {QStringLiteral("offset"), page.offset},
                                    {QStringLiteral("next"), next},
                                    {QStringLiteral("previous"), previous},
                                    {QStringLiteral("total_count"), total}}},
                       {QStringLiteral("objects"), objects}};
}

} // namespace iuc::sim::api
