#include "core/api/runobserver.h"

#include "core/api/snapshot.h"
#include "core/domain/naturalorder.h"
#include "core/domain/upgradebehaviour.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace iuc::api {

using Code = NodeStatus::Code;

namespace {

// The run states and attempt results, as upgrade_run spells them.
const QString kRunning = u"running"_s;
const QString kCompleted = u"completed"_s;
const QString kStopped = u"stopped"_s;
const QString kEnded = u"ended"_s;
const QString kInProgress = u"in_progress"_s;

// A system in one of these is taking part in a run.
bool isUpgradeStatus(const NodeStatus &status)
{
    switch (status.code()) {
    case Code::Pending:
    case Code::Preparing:
    case Code::WaitingForCalls:
    case Code::CallsTimeout:
    case Code::Upgrading:
    case Code::Rebooting:
        return true;
    case Code::Idle:
    case Code::Unreachable:
    case Code::Unknown:
        break;
    }
    return false;
}

bool onVersion(const ReportedVersion &version, const ReportedVersion &target)
{
    if (target.text.isEmpty())
        return false;
    if (version.version.isValid() && target.version.isValid())
        return version.version.isSameBuild(target.version);
    return version.text == target.text;
}

// Once the target is known, a node not on it when first seen is in the run
// (R6); decided when the target or the node first shows, not every refresh.
void includeIfBehind(RunNode &node, const ReportedVersion &target)
{
    if (!node.included && !target.text.isEmpty())
        node.included = !onVersion(ReportedVersion{node.fromVersion, Version::fromString(node.fromVersion)}, target);
}

RunNode firstSeen(const WorkerVmStatus &n, const ReportedVersion &target)
{
    RunNode node;
    node.id = n.id;
    node.name = n.name;
    node.fromVersion = n.version.text;
    includeIfBehind(node, target);
    return node;
}

RunAttempt *openAttempt(RunNode &node)
{
    if (node.attempts.isEmpty() || node.attempts.last().result != kInProgress)
        return nullptr;
    return &node.attempts.last();
}

void closeAttempt(RunNode &node, const QDateTime &at, const QString &result)
{
    if (RunAttempt *a = openAttempt(node)) {
        a->endedAt = at;
        a->result = result;
    }
}

} // namespace

int RunObserver::parallelismFor(const Version &target)
{
    return UpgradeBehaviour::builtIn().parallelismFor(target);
}

const UpgradeRun *RunObserver::current() const
{
    return !m_runs.isEmpty() && m_runs.last().state == kRunning ? &m_runs.last() : nullptr;
}

bool RunObserver::isActive(const Snapshot &s)
{
    if (isUpgradeStatus(s.management.upgradeStatus))
        return true;
    return std::any_of(s.nodes.cbegin(), s.nodes.cend(),
                       [](const WorkerVmStatus &n) { return isUpgradeStatus(n.upgradeStatus); });
}

bool RunObserver::observe(Snapshot &s)
{
    if (s.run || !s.capabilities.lacks(Resource::UpgradeRun) || !s.serverTime.isValid())
        return false;
    const bool active = isActive(s);
    m_changed = false;
    if (current()) {
        follow(s);
        finishIfOver(s, active);
    } else if (active) {
        start(s);
        m_changed = true;
    }
    if (active)
        m_lastActive = s.serverTime;
    if (!m_runs.isEmpty())
        s.run = m_runs.last();
    if (current())
        fillNodes(s);
    return m_changed;
}

void RunObserver::start(const Snapshot &s)
{
    UpgradeRun run;
    run.id = m_runs.isEmpty() ? 1 : m_runs.last().id + 1;
    run.observed = true;
    run.state = kRunning;
    run.outcome = u"Running"_s;
    run.startedAt = s.serverTime; // as first observed
    run.deadlineAt = s.serverTime.addSecs(std::chrono::duration_cast<std::chrono::seconds>(kRunLimit).count());
    run.lockUntil = run.deadlineAt;
    run.drainTimeoutSeconds = 3600;
    run.managementFromVersion = s.management.version.text;
    // The Management Node goes first: while it upgrades, the target is not
    // known yet (learnTarget); once it is back, its version is the target.
    run.managementIncluded = isUpgradeStatus(s.management.upgradeStatus);
    if (!run.managementIncluded)
        run.targetVersion = s.management.version;
    for (const WorkerVmStatus &n : s.nodes)
        run.nodes.append(firstSeen(n, run.targetVersion));
    m_runs.append(run);
    follow(s);
}

void RunObserver::learnTarget(const Snapshot &s)
{
    UpgradeRun &run = m_runs.last();
    if (!run.targetVersion.text.isEmpty())
        return;
    if (s.management.version.text == run.managementFromVersion || isUpgradeStatus(s.management.upgradeStatus))
        return;
    run.targetVersion = s.management.version;
    run.managementUpgradedAt = s.serverTime;
    for (RunNode &node : run.nodes)
        includeIfBehind(node, run.targetVersion);
    m_changed = true;
}

void RunObserver::follow(const Snapshot &s)
{
    UpgradeRun &run = m_runs.last();
    const QDateTime &at = s.serverTime;
    if (run.managementHistory.isEmpty() || !(run.managementHistory.last().status == s.management.upgradeStatus)) {
        if (!run.managementHistory.isEmpty() || isUpgradeStatus(s.management.upgradeStatus)) {
            run.managementHistory.append(RunStatusChange{s.management.upgradeStatus, at});
            m_changed = true;
        }
    }
    if (isUpgradeStatus(s.management.upgradeStatus) && !run.managementIncluded) {
        run.managementIncluded = true;
        m_changed = true;
    }
    learnTarget(s);

    QHash<int, qsizetype> byId;
    for (qsizetype i = 0; i < run.nodes.size(); ++i)
        byId.insert(run.nodes.at(i).id, i);
    // The queue as far as it can be seen: the nodes waiting their turn, in
    // the order they started waiting (inferred: the node does not say).
    QList<qsizetype> pending;
    for (const WorkerVmStatus &n : s.nodes) {
        auto found = byId.constFind(n.id);
        if (found == byId.constEnd()) { // a node added during the run
            run.nodes.append(firstSeen(n, run.targetVersion));
            found = byId.insert(n.id, run.nodes.size() - 1);
            m_changed = true;
        }
        followNode(run.nodes[*found], n, at);
        if (n.upgradeStatus.code() == Code::Pending)
            pending.append(*found);
    }
    std::stable_sort(pending.begin(), pending.end(), [&run](qsizetype a, qsizetype b) {
        const RunNode &na = run.nodes.at(a);
        const RunNode &nb = run.nodes.at(b);
        const QDateTime &ta = na.history.last().at;
        const QDateTime &tb = nb.history.last().at;
        return ta != tb ? ta < tb : naturalLess(na.name, nb.name);
    });
    QList<int> queue;
    for (const qsizetype i : pending)
        queue.append(run.nodes.at(i).id);
    if (queue != run.queue) {
        run.queue = std::move(queue);
        m_changed = true;
    }
    recount();
}

void RunObserver::followNode(RunNode &node, const WorkerVmStatus &status, const QDateTime &at)
{
    const UpgradeRun &run = m_runs.last();
    const NodeStatus &now = status.upgradeStatus;
    const std::optional<Code> before =
        node.history.isEmpty() ? std::nullopt : std::optional(node.history.last().status.code());
    if (!before || !(node.history.last().status == now)) {
        node.history.append(RunStatusChange{now, at});
        m_changed = true;
    }
    // Included also: every node that takes a turn (includeIfBehind() has
    // the ones behind the target).
    if (isUpgradeStatus(now) && !node.included) {
        node.included = true;
        m_changed = true;
    }

    if (!node.upgradedAt && node.included && onVersion(status.version, run.targetVersion)) {
        node.upgradedAt = at;
        if (openAttempt(node))
            closeAttempt(node, at, u"upgraded"_s);
        else if (node.attempts.isEmpty()) // its whole turn fell between two refreshes
            node.attempts.append(RunAttempt{at, at, u"upgraded"_s, {}});
        m_changed = true;
        return;
    }
    if (now.isInTurn() && !openAttempt(node) && !node.upgradedAt) {
        node.attempts.append(RunAttempt{at, std::nullopt, kInProgress, {}});
        m_changed = true;
        return;
    }
    if (!openAttempt(node) || before == now.code())
        return;
    switch (now.code()) {
    case Code::CallsTimeout:
        closeAttempt(node, at, u"calls_timeout"_s);
        break;
    case Code::Unreachable:
        closeAttempt(node, at, u"unreachable"_s);
        break;
    case Code::Idle:
    case Code::Pending: // out of its turn without the new version
        closeAttempt(node, at, before == Code::WaitingForCalls ? u"calls_timeout"_s : u"install_failed"_s);
        break;
    default:
        break;
    }
    m_changed = true;
}

void RunObserver::finishIfOver(const Snapshot &s, bool active)
{
    UpgradeRun &run = m_runs.last();
    if (active)
        return;
    const bool everyoneThere = !run.targetVersion.text.isEmpty()
                               && std::all_of(run.nodes.cbegin(), run.nodes.cend(),
                                              [](const RunNode &n) { return !n.included || n.upgradedAt; })
                               && (!run.managementIncluded || run.managementUpgradedAt);
    const QDateTime &at = s.serverTime;
    const QDateTime lastActive = m_lastActive.isValid() ? m_lastActive : run.startedAt;
    if (everyoneThere) {
        run.state = kCompleted;
        run.outcome = u"Completed"_s;
    } else if (at >= run.deadlineAt) {
        run.state = kStopped;
        run.outcome = u"Stopped at the 24-hour limit"_s;
    } else if (lastActive.msecsTo(at) >= std::chrono::milliseconds(kIdleEnd).count()) {
        run.state = kEnded;
        run.outcome = u"Ended: no system has been upgrading for an hour"_s;
    } else {
        return;
    }
    run.endedAt = at;
    run.queue.clear();
    m_changed = true;
    for (RunNode &n : run.nodes) {
        closeAttempt(n, at, u"stopped"_s);
        if (n.included && !n.upgradedAt)
            run.leftBehind.append(n.id);
    }
}

void RunObserver::fillNodes(Snapshot &s) const
{
    const UpgradeRun &run = m_runs.last();
    QHash<int, const RunNode *> byId;
    for (const RunNode &n : run.nodes)
        byId.insert(n.id, &n);
    for (WorkerVmStatus &n : s.nodes) {
        const RunNode *seen = byId.value(n.id);
        if (!seen || n.upgradeQueuePosition || n.upgradeAttempts || n.upgradeStatusSince)
            continue; // reported by the node itself
        const qsizetype place = run.queue.indexOf(n.id);
        n.upgradeQueuePosition = place < 0 ? 0 : static_cast<int>(place) + 1;
        n.upgradeAttempts = static_cast<int>(seen->attempts.size());
        // Only a change the console saw tells since when: the first entry is
        // merely when it first looked.
        if (seen->history.size() > 1)
            n.upgradeStatusSince = seen->history.last().at;
        n.runFiguresInferred = true;
    }
}

void RunObserver::recount()
{
    UpgradeRun &run = m_runs.last();
    run.maxParallel = parallelismFor(run.targetVersion.version);
    run.systemsIncluded = run.managementIncluded ? 1 : 0;
    run.systemsUpgraded = run.managementIncluded && run.managementUpgradedAt ? 1 : 0;
    for (const RunNode &n : run.nodes) {
        run.systemsIncluded += n.included ? 1 : 0;
        run.systemsUpgraded += n.included && n.upgradedAt ? 1 : 0;
    }
}

} // namespace iuc::api
