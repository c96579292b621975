#include "core/engine/forecast.h"

#include <queue>

namespace iuc {

namespace {

using Code = NodeStatus::Code;

struct Pending
{
    TimePoint at;
    quint64 seq; // keeps events at the same instant in the order they were scheduled
    EngineEvent event;

    friend bool operator>(const Pending &a, const Pending &b)
    {
        return a.at != b.at ? a.at > b.at : a.seq > b.seq;
    }
};

class World final
{
public:
    World(UpgradeEngine engine, const ForecastEstimates &est)
        : m_engine(std::move(engine))
        , m_est(est)
    {
        if (est.drainAhead)
            m_drainedSince = est.drainAhead->drainedSince;
    }

    ForecastResult run();

private:
    void schedule(Duration after, EngineEvent event)
    {
        m_events.push(Pending{m_engine.now() + after, m_seq++, std::move(event)});
    }
    void scheduleAt(TimePoint at, EngineEvent event)
    {
        m_events.push(Pending{std::max(at, m_engine.now()), m_seq++, std::move(event)});
    }
    void seedInFlight();
    void carryOut(const EngineCommands &commands);
    void scheduleDrain(const NodeState &node, TimePoint from);
    [[nodiscard]] Duration installTime(NodeId id) const
    {
        return m_est.installPerNode.value(id, m_est.install);
    }
    [[nodiscard]] Duration drainTime(NodeId id) const
    {
        return m_est.drainPerNode.value(id, m_est.drain);
    }
    // The consequence of a completed physical step, scheduled when it happens.
    void followUp(const EngineEvent &event);
    // Drain ahead's next plan at the forecast's now (every kDrainAheadReplan).
    void planAhead();
    void drainAhead(const NodeState &node, TimePoint since);

    UpgradeEngine m_engine;
    const ForecastEstimates &m_est;
    std::priority_queue<Pending, std::vector<Pending>, std::greater<>> m_events;
    quint64 m_seq = 0;
    QHash<NodeId, TimePoint> m_drainedSince; // drain ahead's nodes in the forecast
    std::optional<TimePoint> m_nextPlan;
};

void World::drainAhead(const NodeState &node, TimePoint since)
{
    // Its calls end as in a turn, but from the moment it was drained.
    if (node.calls == 0)
        return;
    const Duration d = drainTime(node.id);
    if (d != ForecastEstimates::kNever)
        scheduleAt(since + d, event::CallsChanged{node.id, 0});
}

void World::planAhead()
{
    if (!m_est.drainAhead || !m_engine.isRunActive() || m_engine.isManagementPhase())
        return; // as the console: only while the Conferencing Nodes' turns run
    const TimePoint now = m_engine.now();
    if (m_nextPlan && now < *m_nextPlan)
        return;
    m_nextPlan = now + ForecastEstimates::kDrainAheadReplan;
    const ForecastEstimates::DrainAhead &est = *m_est.drainAhead;
    std::vector<DrainNode> nodes;
    nodes.reserve(m_engine.nodes().size());
    for (const NodeState &n : m_engine.nodes()) {
        DrainNode d; // every node: those not in the run (on the target already) carry calls too
        d.id = n.id;
        d.location = est.locations.value(n.id);
        d.capacity = est.capacity.value(n.id, 1.0);
        d.drainedByConsole = m_drainedSince.contains(n.id);
        d.inTurn = n.inTurn;
        d.upgraded = n.upgraded || !n.included;
        d.reachable = n.reachable;
        d.inMaintenance = n.maintenance || n.inTurn || !n.reachable || d.drainedByConsole;
        nodes.push_back(d);
    }
    const std::deque<NodeId> &queue = m_engine.queue();
    const DrainPlan plan = planDrainAhead(nodes, std::vector<NodeId>(queue.begin(), queue.end()), est.settings);
    for (const NodeId id : plan.release)
        m_drainedSince.remove(id);
    for (const NodeId id : plan.forget)
        m_drainedSince.remove(id);
    for (const NodeId id : plan.drain) {
        m_drainedSince.insert(id, now);
        if (const NodeState *n = m_engine.node(id))
            drainAhead(*n, now);
    }
}

void World::scheduleDrain(const NodeState &node, TimePoint from)
{
    if (node.calls == 0)
        return;
    const Duration d = drainTime(node.id);
    if (d == ForecastEstimates::kNever)
        return; // stuck calls: the engine's drain timeout decides (R4)
    scheduleAt(from + d, event::CallsChanged{node.id, 0});
}

void World::seedInFlight()
{
    const TimePoint now = m_engine.now();
    const ManagementState &mgmt = m_engine.management();
    const Version target = m_engine.run()->target;
    if (m_engine.isManagementPhase()) {
        if (mgmt.status == Code::Upgrading)
            scheduleAt(mgmt.statusSince + m_est.managementInstall, event::ManagementInstallFinished{});
        else if (mgmt.status == Code::Rebooting)
            scheduleAt(mgmt.statusSince + m_est.managementReboot, event::ManagementBack{target});
    }
    for (auto it = m_drainedSince.cbegin(); it != m_drainedSince.cend(); ++it) {
        if (const NodeState *n = m_engine.node(it.key()); n && !n->inTurn)
            drainAhead(*n, it.value()); // draining already
    }
    for (const NodeState &n : m_engine.nodes()) {
        switch (n.status) {
        case Code::Upgrading:
            scheduleAt(n.statusSince + installTime(n.id), event::InstallFinished{n.id});
            break;
        case Code::Rebooting:
            scheduleAt(std::max(now, n.statusSince + m_est.reboot), event::NodeRebootFinished{n.id, target});
            break;
        case Code::Preparing:
        case Code::WaitingForCalls:
            if (n.inTurn)
                scheduleDrain(n, n.turnStartedAt);
            break;
        default:
            break;
        }
    }
}

void World::carryOut(const EngineCommands &commands)
{
    for (const EngineCommand &c : commands) {
        switch (c.kind) {
        case EngineCommand::Kind::UpgradeManagement:
            schedule(m_est.managementInstall, event::ManagementInstallFinished{});
            break;
        case EngineCommand::Kind::StartInstall:
            schedule(installTime(c.node), event::InstallFinished{c.node});
            break;
        case EngineCommand::Kind::EnterMaintenance:
            if (const NodeState *n = m_engine.node(c.node))
                scheduleDrain(*n, m_engine.now());
            break;
        case EngineCommand::Kind::ExitMaintenance:
            break;
        }
    }
}

void World::followUp(const EngineEvent &event)
{
    if (std::holds_alternative<event::ManagementInstallFinished>(event)) {
        schedule(m_est.managementReboot, event::ManagementBack{m_engine.run()->target});
    } else if (const auto *e = std::get_if<event::InstallFinished>(&event)) {
        schedule(m_est.reboot, event::NodeRebootFinished{e->node, m_engine.run()->target});
    }
}

ForecastResult World::run()
{
    ForecastResult result;
    seedInFlight();
    // Bounded: every step moves virtual time or a node forward, and the
    // engine's deadline ends the run; the cap guards against a broken estimate.
    constexpr int kMaxSteps = 5'000'000;
    while (result.steps < kMaxSteps) {
        planAhead();
        const auto wake = m_engine.nextWakeup();
        const bool haveEvent = !m_events.empty();
        if (!wake && !haveEvent)
            break;
        ++result.steps;
        if (haveEvent && (!wake || m_events.top().at <= *wake)) {
            Pending next = m_events.top();
            m_events.pop();
            carryOut(m_engine.handle(next.event, next.at));
            followUp(next.event);
        } else {
            carryOut(m_engine.advanceTo(*wake));
        }
    }

    const RunRecord &run = *m_engine.run();
    result.outcome = run.outcome;
    result.finishAt = run.endedAt;
    result.cutByDeadline = run.outcome == RunOutcome::StoppedAtDeadline;
    result.leftBehind = run.leftBehind();
    result.nodes.reserve(run.nodes.size());
    for (const NodeRecord &rec : run.nodes) {
        NodeForecast f;
        f.id = rec.id;
        f.attempts = m_engine.node(rec.id)->attempts;
        if (rec.included)
            f.eta = rec.upgradedAt;
        result.nodes.push_back(f);
    }
    return result;
}

} // namespace

ForecastResult forecast(const UpgradeEngine &current, const ForecastEstimates &estimates)
{
    if (!current.isRunActive()) {
        ForecastResult idle;
        if (const auto &run = current.run()) {
            idle.outcome = run->outcome;
            idle.finishAt = run->endedAt;
            idle.cutByDeadline = run->outcome == RunOutcome::StoppedAtDeadline;
            idle.leftBehind = run->leftBehind();
        }
        for (const NodeState &n : current.nodes())
            idle.nodes.push_back(NodeForecast{n.id, std::nullopt, n.attempts});
        return idle;
    }
    return World(current, estimates).run();
}

std::optional<ForecastResult> forecastNewRun(const UpgradeEngine &current, const Version &target,
                                             const ForecastEstimates &estimates)
{
    UpgradeEngine whatIf = current;
    auto started = whatIf.initiate(target, current.now());
    if (!started)
        return std::nullopt;
    World world(std::move(whatIf), estimates);
    return world.run();
}

} // namespace iuc
