// The extensions' JSON (docs/api.md, **Extension**): the administrator log
// and the upgrade runs, served in the extended profile only; and the
// emulator-only /sim/v1/state/ of every profile.

#include "emulator/server/apiresources.h"
#include "emulator/server/apischema.h"

using namespace Qt::StringLiterals;

namespace iuc::sim::api {

namespace {

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

QJsonObject logEntry(const LogEntry &e)
{
    return spec(Resource::Log).project(QJsonObject{
        {u"id"_s, e.id},
        {u"time"_s, timestamp(e.at)},
        {u"level"_s, e.level},
        {u"line"_s, e.line},
    }, ApiProfile::Extended);
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
        {u"max_parallel"_s, run.maxParallel},
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
        return spec(Resource::UpgradeRun).project(o, ApiProfile::Extended);
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
    return spec(Resource::UpgradeRun).project(o, ApiProfile::Extended);
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
                                 {u"admin_maintenance"_s, n.adminMaintenance},
                                 // The truth behind upgrade_status, in this project's codes.
                                 {u"upgrade_status"_s, NodeStatus::apiCode(d.engine().node(n.config.id)->status)}});
    }
    const Deployment::Score &score = d.score();
    const auto ended = [&](Deployment::CallEndCause cause) {
        const auto it = score.callsEnded.find(cause);
        return it == score.callsEnded.end() ? 0 : it->second;
    };
    QJsonObject lowest;
    for (const auto &[location, share] : score.lowestInServiceShare)
        lowest.insert(location, share);
    const QJsonObject scoreJson{
        {u"calls_ended"_s, QJsonObject{{u"caller_hung_up"_s, ended(Deployment::CallEndCause::CallerHungUp)},
                                       {u"admin_disconnect"_s, ended(Deployment::CallEndCause::AdminDisconnect)},
                                       {u"node_reboot"_s, ended(Deployment::CallEndCause::NodeReboot)},
                                       {u"upgrade"_s, ended(Deployment::CallEndCause::Upgrade)}}},
        {u"lowest_in_service_share"_s, lowest}};
    return QJsonObject{{u"now"_s, timestamp(d.now())},
                       {u"score"_s, scoreJson},
                       {u"time_scale"_s, timeScale},
                       {u"call_load"_s, d.callLoad()},
                       {u"management_down_until"_s, timestampOrNull(d.managementDownUntil())},
                       {u"management_upgrade_status"_s, NodeStatus::apiCode(d.engine().management().status)},
                       {u"participants"_s, static_cast<int>(d.participants().size())},
                       {u"split_conferences"_s, split},
                       {u"nodes"_s, nodes}};
}

} // namespace iuc::sim::api
