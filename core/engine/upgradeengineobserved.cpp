// Rebuilding an engine from what the API shows (UpgradeEngine::fromObserved),
// so that the console can run the rules forward from mid-run.
// Part of UpgradeEngine (upgradeengine.h); the sequencing is in upgradeengine.cpp.

#include "core/engine/upgradeengine.h"

#include "core/domain/upgradebehaviour.h"

#include <algorithm>
#include <unordered_set>

namespace iuc {

using Code = NodeStatus::Code;

UpgradeEngine UpgradeEngine::fromObserved(EngineSettings settings, ManagementState management,
                                          const std::vector<ObservedNode> &observed,
                                          const std::optional<ObservedRun> &run, TimePoint now)
{
    std::vector<NodeSpec> specs;
    specs.reserve(observed.size());
    for (const ObservedNode &o : observed)
        specs.push_back(o.spec);
    UpgradeEngine e(std::move(settings), std::move(management), specs, now);

    std::unordered_set<NodeId> queued;
    if (run)
        queued.insert(run->queue.begin(), run->queue.end());
    for (const ObservedNode &o : observed) {
        NodeState *n = e.find(o.spec.id);
        if (!n)
            continue;
        n->status = o.status;
        n->statusSince = std::min(o.statusSince, now);
        n->maintenance = o.maintenance;
        n->included = o.included;
        n->upgraded = o.upgraded;
        n->attempts = o.attempts;
        n->online = o.status != Code::Rebooting;
        if (o.status == Code::Unreachable)
            n->statusBeforeUnreachable = run && queued.count(o.spec.id) ? Code::Pending : Code::Idle;
        const bool turnStatus = o.status == Code::Preparing || o.status == Code::WaitingForCalls
                                || o.status == Code::Upgrading || o.status == Code::Rebooting
                                || o.status == Code::Unreachable;
        if (run && o.included && !o.upgraded && turnStatus && !queued.count(o.spec.id)) {
            n->inTurn = true;
            e.m_inTurn.push_back(n->id);
            // Maintenance began with PREPARING; a node seen waiting entered
            // maintenance one preparing period before it started to wait.
            n->turnStartedAt = o.status == Code::WaitingForCalls ? n->statusSince - e.m_settings.preparingDuration
                                                                  : n->statusSince;
        }
    }
    if (!run)
        return e;

    RunRecord rec;
    rec.target = run->target;
    rec.initiatedAt = run->initiatedAt;
    rec.deadlineAt = run->deadlineAt;
    rec.lockUntil = run->lockUntil;
    rec.maxParallel = e.m_settings.parallelismByVersion ? UpgradeBehaviour::builtIn().parallelismFor(run->target)
                                                        : e.m_settings.maxParallel;
    rec.managementIncluded = run->managementPhase;
    rec.managementFromVersion = e.m_management.version;
    for (const NodeState &n : e.m_nodes) {
        NodeRecord nr;
        nr.id = n.id;
        nr.name = n.name;
        nr.fromVersion = n.version;
        nr.included = n.included;
        if (n.upgraded)
            nr.upgradedAt = n.statusSince;
        nr.history.push_back({n.status, n.statusSince});
        // Earlier turns are known only by their count (NodeState::attempts);
        // the turn in progress is recorded so that its end can be.
        if (n.inTurn)
            nr.attempts.push_back(Attempt{n.turnStartedAt, std::nullopt, Attempt::Result::InProgress, {}});
        rec.nodes.push_back(std::move(nr));
    }
    e.m_run = std::move(rec);
    for (const NodeId id : run->queue) {
        if (e.node(id))
            e.m_queue.push_back(id);
    }
    e.m_phase = run->managementPhase ? Phase::Management : Phase::Conferencing;
    e.m_now = now;
    return e;
}

} // namespace iuc
