#pragma once

#include "core/domain/nodestatus.h"
#include "core/domain/result.h"
#include "core/domain/version.h"
#include "core/engine/enginecommand.h"
#include "core/engine/engineevent.h"
#include "core/engine/enginesettings.h"
#include "core/engine/enginetypes.h"
#include "core/engine/runrecord.h"

#include <QHash>
#include <QString>

#include <deque>
#include <optional>
#include <vector>

namespace iuc {

// What the engine is told about a system when it is created.
struct NodeSpec
{
    NodeId id = -1;
    QString name;
    Version version;
    int calls = 0;
    bool reachable = true;
};

struct ManagementState
{
    QString name;
    Version version;
    NodeStatus::Code status = NodeStatus::Code::Idle; // Idle, Upgrading or Rebooting
    TimePoint statusSince;
};

struct NodeState
{
    NodeId id = -1;
    QString name;
    Version version;
    NodeStatus::Code status = NodeStatus::Code::Idle;
    TimePoint statusSince;
    int calls = 0;
    bool reachable = true;   // can the Management Node contact it (R8)
    bool online = true;      // false while it reboots
    bool maintenance = false;
    bool inTurn = false;     // holds one of the max_parallel slots (R2)
    bool included = false;   // part of the current (or last) run
    bool upgraded = false;   // reached the current (or last) run's target
    int attempts = 0;        // turns taken in the current (or last) run
    // When the current step of its turn began: maintenance entered (R4 counts
    // the drain timeout from here), or the first try to contact it (R8).
    TimePoint turnStartedAt;
    NodeStatus::Code statusBeforeUnreachable = NodeStatus::Code::Idle;
};

// A run as an observer sees it (the console, reading the Management Node's
// API): enough to rebuild the engine's state and run it forward (forecast).
struct ObservedRun
{
    Version target;
    TimePoint initiatedAt;
    TimePoint deadlineAt;
    TimePoint lockUntil;
    bool managementPhase = false; // the Management Node is still being upgraded (R1)
    std::vector<NodeId> queue;    // front first
};

struct ObservedNode
{
    NodeSpec spec;                 // id, name, version, calls, reachable
    NodeStatus::Code status = NodeStatus::Code::Idle;
    TimePoint statusSince;
    bool maintenance = false;
    bool included = false;         // part of the run (not on its target when it began)
    bool upgraded = false;         // reached the target in this run
    int attempts = 0;
};

struct LockInfo
{
    TimePoint since;
    TimePoint until;
};

// The rolling-upgrade sequencer (DESIGN §2, R1–R9) as a pure state machine.
//
// Time is an input: every mutating call names the instant it happens at,
// and nextWakeup() tells the driver when the engine next acts on its own
// (a drain timeout, the 24 h stop). Time never runs backwards: an instant
// earlier than the last one seen is treated as the last one.
//
// The engine is a value: copy it to ask "what if" (see forecast()).
class UpgradeEngine final
{
public:
    UpgradeEngine(EngineSettings settings, ManagementState management,
                  const std::vector<NodeSpec> &nodes, TimePoint start);

    // Rebuilds an engine from what the API shows, mid-run or not, so that
    // forecast() can run the rules forward from there. Nodes in their turn
    // are those in a turn status and not queued; when a turn began is
    // estimated from when the node entered its status.
    static UpgradeEngine fromObserved(EngineSettings settings, ManagementState management,
                                      const std::vector<ObservedNode> &nodes,
                                      const std::optional<ObservedRun> &run, TimePoint now);

    // Starts a run to `target` (R6: only systems not on it yet). Refused
    // while the lock holds (R7), when nothing is left to do, or on a downgrade.
    Result<EngineCommands> initiate(const Version &target, TimePoint now);

    // Applies an observed fact. Unknown node ids are ignored.
    EngineCommands handle(const EngineEvent &event, TimePoint now);

    // Time passed: fires every timeout and deadline due up to `now`, each at
    // its own instant.
    EngineCommands advanceTo(TimePoint now);

    // The next instant at which the engine will act without an event.
    [[nodiscard]] std::optional<TimePoint> nextWakeup() const;

    [[nodiscard]] TimePoint now() const { return m_now; }
    [[nodiscard]] const EngineSettings &settings() const { return m_settings; }
    [[nodiscard]] const ManagementState &management() const { return m_management; }
    [[nodiscard]] const std::vector<NodeState> &nodes() const { return m_nodes; }
    [[nodiscard]] const NodeState *node(NodeId id) const;

    [[nodiscard]] bool isRunActive() const { return m_phase != Phase::None; }
    [[nodiscard]] bool isManagementPhase() const { return m_phase == Phase::Management; }
    [[nodiscard]] std::optional<LockInfo> lock() const;
    // The current or last run; nothing before the first initiation.
    [[nodiscard]] const std::optional<RunRecord> &run() const { return m_run; }
    // Nodes waiting for a turn, front first (R2, R4: requeued nodes at the back).
    [[nodiscard]] const std::deque<NodeId> &queue() const { return m_queue; }
    // 1-based place in the queue, or 0 when not queued.
    [[nodiscard]] int queuePosition(NodeId id) const;
    [[nodiscard]] int inMaintenanceCount() const;

private:
    enum class Phase { None, Management, Conferencing };

    void applyEvent(const EngineEvent &event);
    void fireDueTimers();
    [[nodiscard]] std::optional<TimePoint> nodeWakeup(const NodeState &node) const;
    void fireNodeTimer(NodeState &node);

    void setStatus(NodeState &node, NodeStatus::Code status);
    void setManagementStatus(NodeStatus::Code status);
    void issue(EngineCommand::Kind kind, NodeId node = -1);
    void enterMaintenance(NodeState &node);
    void exitMaintenance(NodeState &node);

    void fillSlots();
    void startTurn(NodeState &node);
    void beginPreparing(NodeState &node);
    void tryStartInstall(NodeState &node);
    void finishTurnUpgraded(NodeState &node);
    void failTurn(NodeState &node, Attempt::Result result, NodeStatus::Code status,
                  const QString &detail = {});
    void releaseSlot(NodeState &node);
    void checkCompletion();
    void endRun(RunOutcome outcome);
    void abandonRun();
    void stopAtDeadline();

    Attempt *currentAttempt(const NodeState &node);
    NodeRecord *record(const NodeState &node);
    NodeState *find(NodeId id);

    EngineSettings m_settings;
    ManagementState m_management;
    std::vector<NodeState> m_nodes;
    QHash<NodeId, qsizetype> m_index;
    std::deque<NodeId> m_queue;
    std::vector<NodeId> m_inTurn; // at most the run's maxParallel (plus installs carried over from a stopped run)
    Phase m_phase = Phase::None;
    std::optional<RunRecord> m_run;
    TimePoint m_now;
    EngineCommands m_out; // commands produced by the call in progress
};

} // namespace iuc
