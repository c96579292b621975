// Seeded randomized scenarios for the rolling-upgrade engine: random
// deployments, call loads, slow or failing installs, nodes dropping out,
// admins rebooting things, short deadlines and repeat runs. After every step
// the rules' invariants are checked. A failure prints the scenario's seed;
// IUC_ENGINE_SEED=<seed> IUC_ENGINE_SCENARIOS=1 replays just that one.

#include "tests/core/engine/enginetesthelpers.h"

#include <QRandomGenerator>
#include <QTest>

#include <map>
#include <typeinfo>
#include <set>

using namespace Qt::StringLiterals;

using namespace iuc;
using namespace iuc::test;

namespace {

// The status changes a node may make within one run (the test's own table,
// written from DESIGN §2, not taken from the engine).
bool isLegal(Code from, Code to)
{
    static const std::multimap<Code, Code> legal = {
        {Code::Idle, Code::Pending},              {Code::Idle, Code::Unreachable},
        {Code::Pending, Code::Preparing},         {Code::Pending, Code::Unreachable},
        {Code::Pending, Code::Idle},              // R7 abandon
        {Code::Preparing, Code::WaitingForCalls}, {Code::Preparing, Code::Upgrading},
        {Code::Preparing, Code::Unreachable},     {Code::Preparing, Code::Idle},
        {Code::Preparing, Code::Pending},         // a new run after a 24 h stop
        {Code::WaitingForCalls, Code::Upgrading}, {Code::WaitingForCalls, Code::CallsTimeout},
        {Code::WaitingForCalls, Code::Unreachable}, {Code::WaitingForCalls, Code::Idle},
        {Code::WaitingForCalls, Code::Pending},
        {Code::CallsTimeout, Code::Preparing},    {Code::CallsTimeout, Code::Unreachable},
        {Code::CallsTimeout, Code::Idle},         {Code::CallsTimeout, Code::Pending},
        {Code::Upgrading, Code::Rebooting},       {Code::Upgrading, Code::Pending},
        {Code::Upgrading, Code::Unreachable},     {Code::Upgrading, Code::Idle},
        {Code::Rebooting, Code::Idle},            {Code::Rebooting, Code::Pending},
        {Code::Rebooting, Code::Unreachable},
        {Code::Unreachable, Code::Pending},       {Code::Unreachable, Code::Preparing},
        {Code::Unreachable, Code::Idle},          {Code::Unreachable, Code::CallsTimeout},
        {Code::Unreachable, Code::WaitingForCalls},
    };
    const auto [lo, hi] = legal.equal_range(from);
    return std::any_of(lo, hi, [to](const auto &p) { return p.second == to; });
}

QByteArray describeEvent(const EngineEvent &e)
{
    return std::visit(
        [](const auto &ev) -> QByteArray {
            QByteArray name = typeid(ev).name();
            if constexpr (requires { ev.node; })
                name += " node " + QByteArray::number(ev.node);
            if constexpr (requires { ev.calls; })
                name += " calls " + QByteArray::number(ev.calls);
            if constexpr (requires { ev.version; })
                name += " version " + ev.version.toString().toUtf8();
            return name;
        },
        e);
}

class Scenario
{
public:
    explicit Scenario(quint32 seed) : m_rng(seed), m_seed(seed) {}

    // Returns an empty string when every invariant held, else what broke.
    QString run();

private:
    int pick(int lo, int hi) { return static_cast<int>(m_rng.bounded(lo, hi + 1)); }
    bool chance(double p) { return m_rng.generateDouble() < p; }
    Duration minutes(int lo, int hi) { return std::chrono::minutes(pick(lo, hi)); }
    void at(TimePoint t, EngineEvent e) { m_pending.emplace(std::max(t, m_now), std::move(e)); }

    QString step(const EngineCommands &cmds);
    QString checkState();
    QString checkRunRecord(const RunRecord &run);
    void react(const EngineCommand &c);
    void followUp(const EngineEvent &e);
    QString initiateAndCheckR6();

    QRandomGenerator m_rng;
    quint32 m_seed;
    std::optional<UpgradeEngine> m_engine;
    TimePoint m_now = kStart;
    std::multimap<TimePoint, EngineEvent> m_pending;
    int m_maxParallel = 1;
    Version m_target = v(kTarget);
    Version m_old = v(kOld);
    std::map<NodeId, Version> m_version; // the world's truth
    std::map<NodeId, int> m_calls;
    std::set<NodeId> m_stuck;            // calls will never clear by themselves
    std::set<NodeId> m_maintenance;      // from Enter/ExitMaintenance commands
    std::map<NodeId, int> m_upgrades;    // times a node went from old to target
    bool m_stoppedAtDeadline = false;    // and no run initiated since
    int m_repeats = 0;
    bool m_trace = qEnvironmentVariableIsSet("IUC_ENGINE_TRACE");

public:
    void recordOutcome()
    {
        if (const auto &r = m_engine->run()) {
            ++outcomes[r->outcome];
            for (const NodeRecord &rec : r->nodes)
                for (const Attempt &a : rec.attempts)
                    ++attemptResults[a.result];
        }
    }
    std::map<RunOutcome, int> outcomes;
    std::map<Attempt::Result, int> attemptResults;
};

QString Scenario::run()
{
    const int nodes = pick(1, 12);
    EngineSettings s;
    m_maxParallel = chance(0.6) ? 1 : pick(2, 10);
    s.maxParallel = m_maxParallel;
    s.drainTimeout = minutes(10, 60);
    s.runDeadline = chance(0.5) ? 24h : std::chrono::hours(pick(1, 8));
    s.reinitiationLock = s.runDeadline;
    s.unreachableRetry = minutes(1, 3);
    s.installTimeout = minutes(20, 60);
    s.rebootTimeout = minutes(10, 20);

    std::vector<NodeSpec> specs;
    for (NodeId id = 1; id <= nodes; ++id) {
        const bool onTarget = chance(0.15); // R6 from the start
        const int calls = chance(0.5) ? 0 : pick(1, 6);
        specs.push_back(NodeSpec{id, u"n%1"_s.arg(id), onTarget ? m_target : m_old, calls, true});
        m_version[id] = specs.back().version;
        m_calls[id] = calls;
        if (calls > 0 && chance(0.2))
            m_stuck.insert(id);
    }
    const bool mgmtOnTarget = chance(0.1);
    m_engine.emplace(s, ManagementState{u"mgr"_s, mgmtOnTarget ? m_target : m_old, Code::Idle, kStart},
                     specs, kStart);

    // Things that happen to the deployment regardless of the run.
    const int disturbances = pick(0, 6);
    for (int i = 0; i < disturbances; ++i) {
        const NodeId id = pick(1, nodes);
        const TimePoint t = kStart + minutes(0, 26 * 60);
        switch (pick(0, 3)) {
        case 0:
            at(t, event::NodeUnreachable{id});
            at(t + minutes(1, 180), event::NodeReachable{id});
            break;
        case 1:
            at(t, event::AdminRebootedNode{id}); // R9
            break;
        case 2:
            at(t, event::CallsChanged{id, pick(1, 4)}); // new calls (dropped if in maintenance)
            break;
        default:
            if (chance(0.3))
                at(t, event::AdminRebootedManagement{}); // R7
            break;
        }
    }

    if (auto r = initiateAndCheckR6(); !r.isEmpty())
        return r;

    constexpr int kMaxSteps = 200'000;
    for (int steps = 0; steps < kMaxSteps; ++steps) {
        const auto wake = m_engine->nextWakeup();
        if (!wake && m_pending.empty()) {
            recordOutcome();
            // The run is over. Like an admin would, clear the stuck calls and
            // repeat the upgrade for the systems left behind (R6), twice at most.
            if (m_repeats == 2 || !m_engine->run() || m_engine->run()->outcome == RunOutcome::Completed)
                return {};
            ++m_repeats;
            for (const NodeId id : m_stuck) {
                m_calls[id] = 0;
                if (auto r = step(m_engine->handle(event::CallsChanged{id, 0}, m_now)); !r.isEmpty())
                    return r;
            }
            m_stuck.clear();
            m_now += 10min;
            if (auto r = initiateAndCheckR6(); !r.isEmpty())
                return r;
            continue;
        }
        TimePoint next = wake.value_or(TimePoint::max());
        if (!m_pending.empty())
            next = std::min(next, m_pending.begin()->first);
        if (next > kStart + 80h) {
            recordOutcome();
            return {};
        }
        m_now = std::max(m_now, next);
        QString problem;
        if (!m_pending.empty() && m_pending.begin()->first <= next) {
            auto it = m_pending.begin();
            EngineEvent e = it->second;
            m_pending.erase(it);
            if (auto *c = std::get_if<event::CallsChanged>(&e)) {
                // The world's rule: a node in maintenance rejects new calls.
                if (c->calls > m_calls[c->node] && m_maintenance.count(c->node))
                    continue;
                m_calls[c->node] = c->calls;
            }
            if (auto *r = std::get_if<event::AdminRebootedNode>(&e)) {
                // The reboot interrupts an install or reboot underway on that node.
                for (auto it2 = m_pending.begin(); it2 != m_pending.end();) {
                    const EngineEvent &p = it2->second;
                    const bool interrupted = (std::holds_alternative<event::InstallFinished>(p)
                                              && std::get<event::InstallFinished>(p).node == r->node)
                        || (std::holds_alternative<event::InstallFailed>(p)
                            && std::get<event::InstallFailed>(p).node == r->node)
                        || (std::holds_alternative<event::NodeRebootFinished>(p)
                            && std::get<event::NodeRebootFinished>(p).node == r->node);
                    it2 = interrupted ? m_pending.erase(it2) : std::next(it2);
                }
                m_calls[r->node] = 0;
                m_stuck.erase(r->node);
                at(m_now + minutes(1, 4), event::NodeRebootFinished{r->node, m_version[r->node]});
            }
            if (std::holds_alternative<event::AdminRebootedManagement>(e))
                at(m_now + 3min, event::ManagementBack{m_engine->management().version});
            if (auto *r = std::get_if<event::NodeRebootFinished>(&e)) {
                if (r->version.isSameBuild(m_target) && !m_version[r->node].isSameBuild(m_target))
                    ++m_upgrades[r->node];
                m_version[r->node] = r->version;
            }
            if (m_trace)
                qInfo("%s  event %s", toString(m_now), describeEvent(e).constData());
            problem = step(m_engine->handle(e, m_now));
            followUp(e);
        } else {
            problem = step(m_engine->advanceTo(m_now));
        }
        if (!problem.isEmpty())
            return problem;
    }
    return u"did not finish within the step budget"_s;
}

QString Scenario::initiateAndCheckR6()
{
    std::set<NodeId> expected;
    for (const auto &[id, version] : m_version)
        if (!version.isSameBuild(m_target))
            expected.insert(id);
    const bool mgmtExpected = !m_engine->management().version.isSameBuild(m_target);
    auto r = m_engine->initiate(m_target, m_now);
    if (!r) {
        if (expected.empty() && !mgmtExpected && r.error().code == u"run.nothing-to-do"_s)
            return {};
        return u"initiation refused: "_s + r.error().message;
    }
    m_stoppedAtDeadline = false;
    const RunRecord &run = *m_engine->run();
    if (run.managementIncluded != mgmtExpected)
        return u"R6: Management Node inclusion wrong"_s;
    for (const NodeRecord &rec : run.nodes) {
        if (rec.included != (expected.count(rec.id) == 1))
            return u"R6: node %1 inclusion wrong"_s.arg(rec.id);
    }
    return step(r.value());
}

void Scenario::react(const EngineCommand &c)
{
    switch (c.kind) {
    case Kind::UpgradeManagement:
        at(m_now + minutes(2, 15), event::ManagementInstallFinished{});
        break;
    case Kind::EnterMaintenance:
        m_maintenance.insert(c.node);
        if (m_calls[c.node] > 0 && !m_stuck.count(c.node)) {
            // Calls end one by one over up to 90 minutes (some beyond the timeout).
            TimePoint t = m_now;
            for (int left = m_calls[c.node] - 1; left >= 0; --left) {
                t += minutes(0, 90 / std::max(1, m_calls[c.node]));
                at(t, event::CallsChanged{c.node, left});
            }
        }
        break;
    case Kind::ExitMaintenance:
        m_maintenance.erase(c.node);
        break;
    case Kind::StartInstall: {
        const TimePoint done = m_now + minutes(1, 8);
        if (chance(0.05))
            at(done, event::InstallFailed{c.node, u"disk full"_s});
        else if (!chance(0.02)) // else: the node goes silent (install timeout)
            at(done, event::InstallFinished{c.node});
        break;
    }
    }
}

void Scenario::followUp(const EngineEvent &e)
{
    if (std::holds_alternative<event::ManagementInstallFinished>(e)) {
        at(m_now + minutes(1, 6), event::ManagementBack{m_target});
    } else if (const auto *f = std::get_if<event::InstallFinished>(&e)) {
        const bool took = !chance(0.03);
        at(m_now + minutes(0, 4), event::NodeRebootFinished{f->node, took ? m_target : m_version[f->node]});
    }
}

QString Scenario::step(const EngineCommands &cmds)
{
    for (const EngineCommand &c : cmds) {
        if (m_trace)
            qInfo("%s  command %s node %d", toString(m_now), toString(c.kind), c.node);
        const bool starts = c.kind == Kind::EnterMaintenance || c.kind == Kind::StartInstall
                            || c.kind == Kind::UpgradeManagement;
        if (starts && m_stoppedAtDeadline)
            return u"R5: a command was given after the 24 h stop"_s;
        if (c.kind == Kind::StartInstall) {
            if (m_calls[c.node] != 0 || m_engine->node(c.node)->calls != 0)
                return u"R2: install started on node %1 with calls up"_s.arg(c.node);
            if (!m_maintenance.count(c.node))
                return u"R2: install started on node %1 outside maintenance"_s.arg(c.node);
        }
        if ((c.kind == Kind::StartInstall || c.kind == Kind::EnterMaintenance) && m_version[c.node].isSameBuild(m_target))
            return u"R6: node %1 already on the target was taken into a turn"_s.arg(c.node);
        react(c);
    }
    if (static_cast<int>(m_maintenance.size()) > m_maxParallel)
        return u"R2: %1 nodes in maintenance, max_parallel %2"_s.arg(m_maintenance.size()).arg(m_maxParallel);
    if (m_engine->inMaintenanceCount() > m_maxParallel)
        return u"R2: engine reports too many nodes in maintenance"_s;
    return checkState();
}

QString Scenario::checkState()
{
    for (const auto &[id, n] : m_upgrades)
        if (n > 1)
            return u"node %1 upgraded %2 times"_s.arg(id).arg(n);
    const auto &run = m_engine->run();
    if (!run || m_engine->isRunActive())
        return {};
    if (run->outcome == RunOutcome::StoppedAtDeadline) {
        if (!m_stoppedAtDeadline && run->endedAt != run->deadlineAt)
            return u"R5: run stopped at another time than its deadline"_s;
        m_stoppedAtDeadline = true;
    }
    if (run->outcome == RunOutcome::Completed) {
        if (!m_engine->management().version.isSameBuild(m_target))
            return u"completed with the Management Node behind"_s;
        for (const NodeRecord &rec : run->nodes)
            if (rec.included && !m_version[rec.id].isSameBuild(m_target))
                return u"completed with node %1 behind"_s.arg(rec.id);
    }
    return checkRunRecord(*run);
}

QString Scenario::checkRunRecord(const RunRecord &run)
{
    for (const NodeRecord &rec : run.nodes) {
        for (size_t i = 1; i < rec.history.size(); ++i) {
            const Code from = rec.history[i - 1].status;
            const Code to = rec.history[i].status;
            if (!isLegal(from, to)) {
                return u"illegal status change on node %1: %2 -> %3"_s
                    .arg(rec.id)
                    .arg(NodeStatus::apiCode(from), NodeStatus::apiCode(to));
            }
            if (rec.history[i].at < rec.history[i - 1].at)
                return u"history of node %1 goes back in time"_s.arg(rec.id);
        }
    }
    return {};
}

} // namespace

class TestEngineRandom final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void invariants_holdOverTenThousandSeededScenarios();
};

void TestEngineRandom::invariants_holdOverTenThousandSeededScenarios()
{
    bool ok = false;
    const quint32 firstSeed = qEnvironmentVariableIntValue("IUC_ENGINE_SEED", &ok);
    const quint32 base = ok ? firstSeed : 20261125u;
    const int requested = qEnvironmentVariableIntValue("IUC_ENGINE_SCENARIOS", &ok);
    const int scenarios = ok ? requested : 10'000;
    std::map<RunOutcome, int> outcomes;
    std::map<Attempt::Result, int> attempts;
    for (int i = 0; i < scenarios; ++i) {
        const quint32 seed = base + static_cast<quint32>(i);
        Scenario scenario(seed);
        const QString problem = scenario.run();
        if (!problem.isEmpty())
            QFAIL(qPrintable(u"seed %1: %2"_s.arg(seed).arg(problem)));
        for (const auto &[k, n] : scenario.outcomes)
            outcomes[k] += n;
        for (const auto &[k, n] : scenario.attemptResults)
            attempts[k] += n;
    }
    qInfo("%d scenarios: %d runs completed, %d stopped at the deadline, %d abandoned; "
          "%d turns timed out on calls, %d on unreachable nodes, %d failed installs",
          scenarios, outcomes[RunOutcome::Completed], outcomes[RunOutcome::StoppedAtDeadline],
          outcomes[RunOutcome::Abandoned], attempts[Attempt::Result::CallsTimeout],
          attempts[Attempt::Result::Unreachable], attempts[Attempt::Result::InstallFailed]);
    if (scenarios >= 1000) {
        // The mix must really exercise every rule, or the invariants prove little.
        QVERIFY(outcomes[RunOutcome::Completed] > scenarios / 10);
        QVERIFY(outcomes[RunOutcome::StoppedAtDeadline] > scenarios / 100);
        QVERIFY(outcomes[RunOutcome::Abandoned] > 0);
        QVERIFY(attempts[Attempt::Result::CallsTimeout] > scenarios / 100);
        QVERIFY(attempts[Attempt::Result::Unreachable] > 0);
        QVERIFY(attempts[Attempt::Result::InstallFailed] > 0);
    }
}

QTEST_GUILESS_MAIN(TestEngineRandom)
#include "tst_engine_random.moc"
