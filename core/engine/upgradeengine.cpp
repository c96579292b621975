#include "core/engine/upgradeengine.h"

#include "core/domain/errorcodes.h"
#include "core/domain/upgradebehaviour.h"

#include <QCoreApplication>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace iuc {

using Code = NodeStatus::Code;
using Kind = EngineCommand::Kind;

namespace {

// Settings that would stall time (a zero timeout fires forever at one
// instant) are clamped; drivers validate with validationError() first.
EngineSettings sanitized(EngineSettings s)
{
    const EngineSettings defaults;
    s.maxParallel = std::clamp(s.maxParallel, 1, EngineSettings::kMaxParallelLimit);
    auto positive = [](Duration &d, Duration fallback) {
        if (d <= Duration::zero())
            d = fallback;
    };
    positive(s.drainTimeout, defaults.drainTimeout);
    positive(s.runDeadline, defaults.runDeadline);
    positive(s.reinitiationLock, defaults.reinitiationLock);
    positive(s.preparingDuration, defaults.preparingDuration);
    positive(s.unreachableRetry, defaults.unreachableRetry);
    positive(s.installTimeout, defaults.installTimeout);
    positive(s.rebootTimeout, defaults.rebootTimeout);
    return s;
}

QString isoTime(TimePoint t)
{
    return toDateTime(t).toString(u"yyyy-MM-dd HH:mm:ss"_s);
}


// Install and reboot belong to the node itself: once started they finish
// even when the run around them stops (R5) or is abandoned (R7).
bool isPhysicallyUnderway(Code status)
{
    return status == Code::Upgrading || status == Code::Rebooting;
}

} // namespace

UpgradeEngine::UpgradeEngine(EngineSettings settings, ManagementState management,
                             const std::vector<NodeSpec> &nodes, TimePoint start)
    : m_settings(sanitized(settings))
    , m_management(std::move(management))
    , m_now(start)
{
    m_nodes.reserve(nodes.size());
    for (const NodeSpec &spec : nodes) {
        if (spec.id < 0 || m_index.contains(spec.id))
            continue; // ids are unique and non-negative; a duplicate is a driver bug, not a node
        NodeState node;
        node.id = spec.id;
        node.name = spec.name;
        node.version = spec.version;
        node.calls = std::max(0, spec.calls);
        node.reachable = spec.reachable;
        node.status = spec.reachable ? Code::Idle : Code::Unreachable;
        node.statusSince = start;
        m_index.insert(node.id, static_cast<qsizetype>(m_nodes.size()));
        m_nodes.push_back(std::move(node));
    }
}

// ---------------------------------------------------------------- queries --

const NodeState *UpgradeEngine::node(NodeId id) const
{
    const auto it = m_index.constFind(id);
    return it == m_index.constEnd() ? nullptr : &m_nodes[static_cast<size_t>(*it)];
}

NodeState *UpgradeEngine::find(NodeId id)
{
    const auto it = m_index.constFind(id);
    return it == m_index.constEnd() ? nullptr : &m_nodes[static_cast<size_t>(*it)];
}

std::optional<LockInfo> UpgradeEngine::lock() const
{
    if (m_phase == Phase::None || !m_run || m_now >= m_run->lockUntil)
        return std::nullopt;
    return LockInfo{m_run->initiatedAt, m_run->lockUntil};
}

int UpgradeEngine::queuePosition(NodeId id) const
{
    const auto it = std::find(m_queue.begin(), m_queue.end(), id);
    return it == m_queue.end() ? 0 : static_cast<int>(std::distance(m_queue.begin(), it)) + 1;
}

int UpgradeEngine::inMaintenanceCount() const
{
    return static_cast<int>(std::count_if(m_nodes.begin(), m_nodes.end(),
                                          [](const NodeState &n) { return n.maintenance; }));
}

std::optional<TimePoint> UpgradeEngine::nextWakeup() const
{
    if (m_phase == Phase::None)
        return std::nullopt; // after the run, nothing happens by itself (R5)
    std::optional<TimePoint> next = m_run->deadlineAt;
    for (const NodeId id : m_inTurn) {
        if (const auto w = nodeWakeup(*node(id)); w && *w < *next)
            next = w;
    }
    return next;
}

std::optional<TimePoint> UpgradeEngine::nodeWakeup(const NodeState &n) const
{
    switch (n.status) {
    case Code::Preparing:
        return n.turnStartedAt + m_settings.preparingDuration;
    case Code::WaitingForCalls:
        return n.turnStartedAt + m_settings.drainTimeout;
    case Code::Unreachable:
        return n.turnStartedAt + m_settings.unreachableRetry;
    case Code::Upgrading:
        return n.statusSince + m_settings.installTimeout;
    case Code::Rebooting:
        return n.statusSince + m_settings.rebootTimeout;
    default:
        return std::nullopt;
    }
}

// --------------------------------------------------------------- mutation --

Result<EngineCommands> UpgradeEngine::initiate(const Version &target, TimePoint now)
{
    // Timers due before `now` fire first. Should the initiation be refused,
    // their commands stay queued and come out of the next call.
    advanceTo(now);
    auto out = std::exchange(m_out, {});
    auto refuse = [&](QString code, QString message) {
        m_out = std::move(out);
        return Error{std::move(code), std::move(message)};
    };

    if (!target.isValid())
        return refuse(RunError::InvalidTarget, QCoreApplication::translate("UpgradeEngine",
                                                                "The package's version could not be read."));

    if (const auto held = lock()) {
        return refuse(RunError::Locked,
                      QCoreApplication::translate("UpgradeEngine",
                          "An upgrade started at %1 UTC is still running. A new upgrade can be "
                          "started when it finishes, or at the latest at %2 UTC. To start one "
                          "sooner, reboot the Management Node: this abandons the run in progress.")
                          .arg(isoTime(held->since), isoTime(held->until)));
    }

    if (target < m_management.version && !target.isSameBuild(m_management.version)) {
        return refuse(RunError::Downgrade,
                      QCoreApplication::translate("UpgradeEngine",
                          "The package (%1) is older than the Management Node's version (%2). "
                          "A downgrade is done by restoring the snapshots taken before the upgrade.")
                          .arg(target.toString(), m_management.version.toString()));
    }

    const bool managementIncluded = !m_management.version.isSameBuild(target);
    const bool anyNode = std::any_of(m_nodes.begin(), m_nodes.end(), [&](const NodeState &n) {
        return !n.version.isSameBuild(target);
    });
    if (!managementIncluded && !anyNode) {
        return refuse(RunError::NothingToDo,
                      QCoreApplication::translate("UpgradeEngine",
                          "Every system already runs %1: there is nothing to upgrade.")
                          .arg(target.toString()));
    }

    if (m_phase != Phase::None)
        abandonRun(); // only reachable when the lock is set shorter than the run deadline

    RunRecord run;
    run.target = target;
    run.initiatedAt = m_now;
    run.deadlineAt = m_now + m_settings.runDeadline;
    run.lockUntil = m_now + m_settings.reinitiationLock;
    run.maxParallel = m_settings.parallelismByVersion ? UpgradeBehaviour::builtIn().parallelismFor(target)
                                                      : m_settings.maxParallel;
    run.managementIncluded = managementIncluded;
    run.managementFromVersion = m_management.version;
    run.managementHistory.push_back({m_management.status, m_now});
    run.nodes.reserve(m_nodes.size());
    for (const NodeState &n : m_nodes) {
        NodeRecord rec;
        rec.id = n.id;
        rec.name = n.name;
        rec.fromVersion = n.version;
        rec.included = !n.version.isSameBuild(target);
        rec.history.push_back({n.status, m_now});
        run.nodes.push_back(std::move(rec));
    }
    m_run = std::move(run);
    m_queue.clear();

    for (NodeState &n : m_nodes) {
        n.included = !n.version.isSameBuild(target);
        n.upgraded = false;
        n.attempts = 0;
        if (!n.included)
            continue;
        if (n.inTurn) {
            // An install carried over from a stopped or abandoned run goes on
            // in this run's first slot(s).
            n.attempts = 1;
            record(n)->attempts.push_back(Attempt{m_now, std::nullopt, Attempt::Result::InProgress, {}});
            continue;
        }
        if (n.maintenance)
            exitMaintenance(n); // left in maintenance by a run that hit the 24 h stop
        if (n.status == Code::Unreachable)
            n.statusBeforeUnreachable = Code::Pending;
        else
            setStatus(n, Code::Pending);
        m_queue.push_back(n.id);
    }

    if (managementIncluded) {
        m_phase = Phase::Management;
        setManagementStatus(Code::Upgrading);
        issue(Kind::UpgradeManagement);
    } else {
        m_phase = Phase::Conferencing;
        fillSlots();
        checkCompletion();
    }
    out.insert(out.end(), m_out.begin(), m_out.end());
    m_out.clear();
    return out;
}

EngineCommands UpgradeEngine::advanceTo(TimePoint now)
{
    now = std::max(now, m_now);
    for (auto wake = nextWakeup(); wake && *wake <= now; wake = nextWakeup()) {
        m_now = std::max(m_now, *wake);
        fireDueTimers();
    }
    m_now = now;
    return std::exchange(m_out, {});
}

EngineCommands UpgradeEngine::handle(const EngineEvent &event, TimePoint now)
{
    auto out = advanceTo(now);
    applyEvent(event);
    fillSlots();
    checkCompletion();
    out.insert(out.end(), m_out.begin(), m_out.end());
    m_out.clear();
    return out;
}

void UpgradeEngine::fireDueTimers()
{
    if (m_phase != Phase::None && m_now >= m_run->deadlineAt) {
        stopAtDeadline();
        return;
    }
    const std::vector<NodeId> turn = m_inTurn; // fired timers change m_inTurn
    for (const NodeId id : turn) {
        NodeState &n = *find(id);
        if (const auto w = nodeWakeup(n); n.inTurn && w && *w <= m_now)
            fireNodeTimer(n);
    }
    fillSlots();
    checkCompletion();
}

void UpgradeEngine::fireNodeTimer(NodeState &n)
{
    switch (n.status) {
    case Code::Preparing:
        // Maintenance mode is on and services are stopped: install at once
        // when the node has no calls, else wait for them to clear.
        tryStartInstall(n);
        if (n.status == Code::Preparing)
            setStatus(n, Code::WaitingForCalls);
        break;
    case Code::WaitingForCalls:
        failTurn(n, Attempt::Result::CallsTimeout, Code::CallsTimeout); // R4
        break;
    case Code::Unreachable:
        failTurn(n, Attempt::Result::Unreachable, Code::Unreachable,
                 QCoreApplication::translate("UpgradeEngine",
                     "The node could not be contacted when its turn came.")); // R8
        break;
    case Code::Upgrading:
        failTurn(n, Attempt::Result::Unreachable, Code::Unreachable,
                 QCoreApplication::translate("UpgradeEngine", "The node reported no progress while installing."));
        break;
    case Code::Rebooting:
        failTurn(n, Attempt::Result::Unreachable, Code::Unreachable,
                 QCoreApplication::translate("UpgradeEngine", "The node did not come back after its upgrade reboot."));
        break;
    default:
        break;
    }
}

// ------------------------------------------------------------- sequencing --

void UpgradeEngine::fillSlots()
{
    if (m_phase != Phase::Conferencing)
        return;
    // R2/R3: a slot opens only when the node holding it is upgraded and back,
    // or requeued.
    while (static_cast<int>(m_inTurn.size()) < m_run->maxParallel && !m_queue.empty()) {
        const NodeId id = m_queue.front();
        m_queue.pop_front();
        startTurn(*find(id));
    }
}

void UpgradeEngine::startTurn(NodeState &n)
{
    n.inTurn = true;
    m_inTurn.push_back(n.id);
    ++n.attempts;
    n.turnStartedAt = m_now;
    record(n)->attempts.push_back(Attempt{m_now, std::nullopt, Attempt::Result::InProgress, {}});
    if (n.reachable) {
        beginPreparing(n);
    } else {
        // R8: try to contact it for a while; the timer requeues it if it stays silent.
        n.statusBeforeUnreachable = Code::Pending;
        setStatus(n, Code::Unreachable);
    }
}

void UpgradeEngine::beginPreparing(NodeState &n)
{
    n.turnStartedAt = m_now;
    enterMaintenance(n);
    setStatus(n, Code::Preparing);
}

void UpgradeEngine::tryStartInstall(NodeState &n)
{
    if (m_phase != Phase::Conferencing || !n.inTurn)
        return; // after the 24 h stop nothing new starts (R5)
    if (n.calls > 0 || !n.online || !n.reachable)
        return;
    setStatus(n, Code::Upgrading);
    issue(Kind::StartInstall, n.id);
}

void UpgradeEngine::finishTurnUpgraded(NodeState &n)
{
    exitMaintenance(n);
    setStatus(n, Code::Idle);
    n.upgraded = true;
    if (NodeRecord *rec = record(n))
        rec->upgradedAt = m_now;
    if (Attempt *a = currentAttempt(n)) {
        a->endedAt = m_now;
        a->result = Attempt::Result::Upgraded;
    }
    releaseSlot(n);
}

void UpgradeEngine::failTurn(NodeState &n, Attempt::Result result, Code status, const QString &detail)
{
    if (Attempt *a = currentAttempt(n)) {
        a->endedAt = m_now;
        a->result = result;
        a->detail = detail;
    }
    if (n.maintenance)
        exitMaintenance(n);
    releaseSlot(n);

    const bool requeue = m_phase != Phase::None;
    if (!requeue && status == Code::Pending)
        status = Code::Idle; // no run left to queue it in
    if (status == Code::Unreachable)
        n.statusBeforeUnreachable = requeue ? Code::Pending : Code::Idle;
    setStatus(n, status);
    if (requeue)
        m_queue.push_back(n.id); // R4, R8: back of the queue, retried after every other system
}

void UpgradeEngine::releaseSlot(NodeState &n)
{
    n.inTurn = false;
    m_inTurn.erase(std::remove(m_inTurn.begin(), m_inTurn.end(), n.id), m_inTurn.end());
}

void UpgradeEngine::checkCompletion()
{
    if (m_phase == Phase::Conferencing && m_queue.empty() && m_inTurn.empty())
        endRun(RunOutcome::Completed);
}

void UpgradeEngine::endRun(RunOutcome outcome)
{
    m_phase = Phase::None;
    m_run->outcome = outcome;
    m_run->endedAt = m_now;
}

void UpgradeEngine::abandonRun()
{
    // R7: a node already installing finishes; a node waiting for its turn
    // or for its calls leaves maintenance and the queue.
    for (NodeState &n : m_nodes) {
        if (n.inTurn && isPhysicallyUnderway(n.status))
            continue;
        if (n.inTurn) {
            if (Attempt *a = currentAttempt(n)) {
                a->endedAt = m_now;
                a->result = Attempt::Result::Abandoned;
            }
            releaseSlot(n);
        }
        if (n.maintenance)
            exitMaintenance(n);
        switch (n.status) {
        case Code::Pending:
        case Code::Preparing:
        case Code::WaitingForCalls:
        case Code::CallsTimeout:
            setStatus(n, Code::Idle);
            break;
        case Code::Unreachable:
            n.statusBeforeUnreachable = Code::Idle;
            break;
        default:
            break;
        }
    }
    m_queue.clear();
    if (m_management.status == Code::Upgrading)
        setManagementStatus(Code::Idle);
    endRun(RunOutcome::Abandoned);
}

void UpgradeEngine::stopAtDeadline()
{
    // R5: everything stays as it is; only installs already underway finish.
    for (NodeState &n : m_nodes) {
        if (!n.inTurn || isPhysicallyUnderway(n.status))
            continue;
        if (Attempt *a = currentAttempt(n)) {
            a->endedAt = m_now;
            a->result = Attempt::Result::Stopped;
        }
        releaseSlot(n);
    }
    m_queue.clear();
    endRun(RunOutcome::StoppedAtDeadline);
}

// ---------------------------------------------------------------- helpers --

void UpgradeEngine::setStatus(NodeState &n, Code status)
{
    if (n.status == status)
        return;
    n.status = status;
    n.statusSince = m_now;
    if (NodeRecord *rec = record(n))
        rec->history.push_back({status, m_now});
}

void UpgradeEngine::setManagementStatus(Code status)
{
    if (m_management.status == status)
        return;
    m_management.status = status;
    m_management.statusSince = m_now;
    if (m_run)
        m_run->managementHistory.push_back({status, m_now});
}

void UpgradeEngine::issue(Kind kind, NodeId node)
{
    m_out.push_back(EngineCommand{kind, node});
}

void UpgradeEngine::enterMaintenance(NodeState &n)
{
    if (!n.maintenance) {
        n.maintenance = true;
        issue(Kind::EnterMaintenance, n.id);
    }
}

void UpgradeEngine::exitMaintenance(NodeState &n)
{
    if (n.maintenance) {
        n.maintenance = false;
        issue(Kind::ExitMaintenance, n.id);
    }
}

NodeRecord *UpgradeEngine::record(const NodeState &n)
{
    if (!m_run)
        return nullptr;
    const auto i = static_cast<size_t>(m_index.value(n.id));
    return i < m_run->nodes.size() ? &m_run->nodes[i] : nullptr;
}

Attempt *UpgradeEngine::currentAttempt(const NodeState &n)
{
    NodeRecord *rec = record(n);
    if (!rec || rec->attempts.empty() || rec->attempts.back().result != Attempt::Result::InProgress)
        return nullptr;
    return &rec->attempts.back();
}

} // namespace iuc
