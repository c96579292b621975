#include "emulator/server/apiresources.h"

#include <QDateTime>
#include <QLocale>

using namespace Qt::StringLiterals;

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
        out.append(QJsonObject{{u"status"_s, NodeStatus::apiCode(c.status)},
                               {u"at"_s, timestamp(c.at)}});
    return out;
}

QString runState(RunOutcome outcome)
{
    switch (outcome) {
    case RunOutcome::Running:
        return u"running"_s;
    case RunOutcome::Completed:
        return u"completed"_s;
    case RunOutcome::StoppedAtDeadline:
        return u"stopped"_s;
    case RunOutcome::Abandoned:
        return u"abandoned"_s;
    case RunOutcome::ManagementFailed:
        return u"management_failed"_s;
    }
    return {};
}

QString attemptResult(Attempt::Result r)
{
    switch (r) {
    case Attempt::Result::InProgress:
        return u"in_progress"_s;
    case Attempt::Result::Upgraded:
        return u"upgraded"_s;
    case Attempt::Result::CallsTimeout:
        return u"calls_timeout"_s;
    case Attempt::Result::Unreachable:
        return u"unreachable"_s;
    case Attempt::Result::InstallFailed:
        return u"install_failed"_s;
    case Attempt::Result::Abandoned:
        return u"abandoned"_s;
    case Attempt::Result::Stopped:
        return u"stopped"_s;
    }
    return {};
}

} // namespace

QString timestamp(TimePoint t)
{
    return toDateTime(t).toString(u"yyyy-MM-ddTHH:mm:ss.zzz"_s);
}

QJsonValue timestampOrNull(const std::optional<TimePoint> &t)
{
    return t ? QJsonValue(timestamp(*t)) : QJsonValue(QJsonValue::Null);
}

QByteArray httpDate(TimePoint t)
{
    return QLocale::c().toString(toDateTime(t), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s).toLatin1();
}

QJsonObject versionInfo(const Version &v, const QString &buildDate)
{
    QJsonObject o{{u"version"_s, v.toString()},
                  {u"pseudo_version"_s, pseudo(v)},
                  {u"major"_s, v.major()}};
    o.insert(u"build_date"_s, buildDate.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(buildDate));
    return o;
}

QJsonObject managementVm(const Deployment &d)
{
    const TimePoint now = d.now();
    return QJsonObject{
        {u"id"_s, 1},
        {u"name"_s, d.config().managementName},
        {u"address"_s, d.config().managementAddress},
        {u"primary"_s, true},
        {u"version"_s, d.managementVersion().toString()},
        {u"upgrade_status"_s, NodeStatus::apiCode(d.engine().management().status)},
        {u"upgrade_status_since"_s, timestamp(d.engine().management().statusSince)},
        {u"sync_status"_s, u"SYNCED"_s},
        {u"boot_time"_s, timestamp(d.managementBootTime())},
        {u"last_updated"_s, timestamp(now)},
        {u"last_attempted_contact"_s, timestamp(now)},
        {u"resource_uri"_s, u"/api/admin/status/v1/management_vm/1/"_s},
    };
}

QJsonObject workerStatus(const Deployment &d, const SimNode &n)
{
    const NodeState &s = *d.engine().node(n.config.id);
    const TimePoint now = d.now();
    const bool inContact = n.reachable && !n.rebooting;
    QString reason;
    if (n.engineMaintenance)
        reason = u"Upgrade in progress"_s;
    else if (n.adminMaintenance)
        reason = u"Set by administrator"_s;
    QString sync = u"SYNCED"_s;
    if (!inContact)
        sync = u"NOT_SYNCED"_s;
    else if (s.status == NodeStatus::Code::Upgrading)
        sync = u"SYNC_PAUSED"_s;
    return QJsonObject{
        {u"id"_s, n.config.id},
        {u"configuration_id"_s, n.config.id},
        {u"name"_s, n.config.name},
        {u"node_type"_s, u"CONFERENCING"_s},
        {u"system_location"_s, n.config.location},
        {u"version"_s, n.version.toString()},
        {u"upgrade_status"_s, NodeStatus::apiCode(s.status)},
        {u"maintenance_mode"_s, n.inMaintenance()},
        {u"maintenance_mode_reason"_s, reason},
        {u"sync_status"_s, sync},
        {u"boot_time"_s, timestamp(n.bootTime)},
        {u"last_updated"_s, timestamp(inContact ? now : n.lastUpdated)},
        {u"last_attempted_contact"_s, timestamp(now)},
        {u"media_load"_s, std::min(100, n.calls * 4)},
        {u"signaling_count"_s, n.calls},
        {u"deploy_status"_s, u"DEPLOYED"_s},
        // Extensions (docs/api.md): what the upgrade status page needs per node.
        {u"upgrade_status_since"_s, timestamp(s.statusSince)},
        {u"upgrade_attempts"_s, s.attempts},
        {u"upgrade_queue_position"_s, d.engine().queuePosition(n.config.id)},
        {u"resource_uri"_s, u"/api/admin/status/v1/worker_vm/%1/"_s.arg(n.config.id)},
    };
}

QJsonObject workerConfiguration(const SimNode &n)
{
    return QJsonObject{
        {u"id"_s, n.config.id},
        {u"name"_s, n.config.name},
        {u"hostname"_s, n.config.hostname.section(QLatin1Char('.'), 0, 0)},
        {u"domain"_s, n.config.hostname.section(QLatin1Char('.'), 1)},
        {u"address"_s, n.config.address},
        {u"node_type"_s, u"CONFERENCING"_s},
        {u"system_location"_s, n.config.location},
        {u"deployment_type"_s,
         n.config.configOnly ? u"MANUAL-PROVISION-ONLY"_s : u"VMWARE"_s},
        {u"maintenance_mode"_s, n.adminMaintenance},
        {u"resource_uri"_s, u"/api/admin/configuration/v1/worker_vm/%1/"_s.arg(n.config.id)},
    };
}

QJsonObject participant(const Deployment &d, const Participant &p)
{
    const SimNode *n = d.node(p.node);
    return QJsonObject{
        {u"id"_s, p.id},
        {u"conference"_s, p.conference},
        {u"media_node"_s, n ? n->config.address : QString()},
        {u"signalling_node"_s, n ? n->config.address : QString()},
        {u"system_location"_s, n ? n->config.location : QString()},
        {u"connect_time"_s, timestamp(p.connectTime)},
        {u"display_name"_s, p.displayName},
        {u"remote_address"_s, p.remoteAddress},
        {u"protocol"_s, p.protocol},
        {u"role"_s, u"guest"_s},
        {u"call_direction"_s, u"in"_s},
        {u"service_type"_s, u"conference"_s},
    };
}

QJsonObject conference(const Conference &c)
{
    return QJsonObject{
        {u"id"_s, c.id},
        {u"name"_s, c.name},
        {u"service_type"_s, u"conference"_s},
        {u"start_time"_s, timestamp(c.startTime)},
        {u"is_started"_s, true},
        {u"is_locked"_s, false},
        {u"guests_muted"_s, false},
        {u"tag"_s, QString()},
    };
}

QJsonObject alarm(const Alarm &a)
{
    return QJsonObject{
        {u"id"_s, a.id},
        {u"level"_s, a.level},
        {u"name"_s, a.name},
        {u"node"_s, a.node},
        {u"details"_s, a.details},
        {u"time_raised"_s, timestamp(a.raisedAt)},
    };
}

QJsonObject logEntry(const LogEntry &e)
{
    return QJsonObject{
        {u"id"_s, e.id},
        {u"time"_s, timestamp(e.at)},
        {u"level"_s, e.level},
        {u"line"_s, e.line},
    };
}

QJsonObject upgradeRun(const Deployment &d, const RunRecord &run, int id, bool current, bool withNodes)
{
    const UpgradeEngine &engine = d.engine();
    QJsonObject o{
        {u"id"_s, id},
        {u"state"_s, runState(run.outcome)},
        {u"outcome"_s, describe(run.outcome)},
        {u"target_version"_s, run.target.toString()},
        {u"started_at"_s, timestamp(run.initiatedAt)},
        {u"deadline_at"_s, timestamp(run.deadlineAt)},
        {u"lock_until"_s, timestamp(run.lockUntil)},
        {u"locked"_s, current && engine.lock().has_value()},
        {u"ended_at"_s, timestampOrNull(run.endedAt)},
        {u"systems_included"_s, run.includedCount() + (run.managementIncluded ? 1 : 0)},
        {u"systems_upgraded"_s,
         run.upgradedCount() + (run.managementUpgradedAt.has_value() ? 1 : 0)},
        {u"max_parallel"_s, engine.settings().maxParallel},
        {u"drain_timeout_s"_s,
         static_cast<qint64>(std::chrono::duration_cast<std::chrono::seconds>(engine.settings().drainTimeout).count())},
    };
    if (current && d.runPackage()) {
        o.insert(u"package_id"_s, d.runPackage()->id);
        o.insert(u"package_sha256"_s, QString::fromLatin1(d.runPackage()->sha256Hex));
    }
    QJsonArray leftBehind; // once the run has ended: what a repeat run would take on (R5, R6)
    if (run.outcome != RunOutcome::Running) {
        for (NodeId n : run.leftBehind())
            leftBehind.append(n);
    }
    o.insert(u"left_behind"_s, leftBehind);
    QJsonArray queue;
    if (current) {
        for (NodeId n : engine.queue())
            queue.append(n);
    }
    o.insert(u"queue"_s, queue);
    o.insert(u"management"_s,
             QJsonObject{{u"included"_s, run.managementIncluded},
                         {u"from_version"_s, run.managementFromVersion.toString()},
                         {u"upgraded_at"_s, timestampOrNull(run.managementUpgradedAt)},
                         {u"history"_s, historyJson(run.managementHistory)}});
    if (!withNodes)
        return o;
    QJsonArray nodes;
    for (const NodeRecord &rec : run.nodes) {
        QJsonArray attempts;
        for (const Attempt &a : rec.attempts) {
            attempts.append(QJsonObject{{u"started_at"_s, timestamp(a.startedAt)},
                                        {u"ended_at"_s, timestampOrNull(a.endedAt)},
                                        {u"result"_s, attemptResult(a.result)},
                                        {u"detail"_s, a.detail}});
        }
        nodes.append(QJsonObject{{u"id"_s, rec.id},
                                 {u"name"_s, rec.name},
                                 {u"included"_s, rec.included},
                                 {u"from_version"_s, rec.fromVersion.toString()},
                                 {u"upgraded_at"_s, timestampOrNull(rec.upgradedAt)},
                                 {u"attempts"_s, attempts},
                                 {u"history"_s, historyJson(rec.history)}});
    }
    o.insert(u"nodes"_s, nodes);
    return o;
}

QJsonObject simState(const Deployment &d, double timeScale)
{
    QJsonArray split;
    for (const Deployment::SplitConference &s : d.splitConferences()) {
        QJsonObject byVersion;
        for (const auto &[version, count] : s.participantsByVersion)
            byVersion.insert(version, count);
        split.append(QJsonObject{{u"name"_s, s.name}, {u"participants_by_version"_s, byVersion}});
    }
    QJsonArray nodes;
    for (const SimNode &n : d.nodes()) {
        nodes.append(QJsonObject{{u"id"_s, n.config.id},
                                 {u"name"_s, n.config.name},
                                 {u"reachable"_s, n.reachable},
                                 {u"stuck_calls"_s, n.stuckCalls},
                                 {u"fail_install"_s, n.failInstall},
                                 {u"link_mbps"_s, n.linkMbps},
                                 {u"calls"_s, n.calls},
                                 {u"rebooting"_s, n.rebooting},
                                 {u"admin_maintenance"_s, n.adminMaintenance}});
    }
    return QJsonObject{{u"now"_s, timestamp(d.now())},
                       {u"time_scale"_s, timeScale},
                       {u"call_load"_s, d.callLoad()},
                       {u"management_down_until"_s, timestampOrNull(d.managementDownUntil())},
                       {u"participants"_s, static_cast<int>(d.participants().size())},
                       {u"split_conferences"_s, split},
                       {u"nodes"_s, nodes}};
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
        return QJsonValue(u"%1?limit=%2&offset=%3%4"_s.arg(path).arg(page.limit).arg(offset).arg(extra));
    };
    const QJsonValue next = end < total ? link(end) : QJsonValue(QJsonValue::Null);
    const QJsonValue previous = page.offset > 0 ? link(std::max(0, page.offset - page.limit)) : QJsonValue(QJsonValue::Null);
    return QJsonObject{{u"meta"_s,
                        QJsonObject{{u"limit"_s, page.limit},
                                    {u"offset"_s, page.offset},
                                    {u"next"_s, next},
                                    {u"previous"_s, previous},
                                    {u"total_count"_s, total}}},
                       {u"objects"_s, objects}};
}

} // namespace iuc::sim::api
