#pragma once

#include "core/domain/nodestatus.h"
#include "core/domain/version.h"
#include "core/engine/enginetypes.h"

#include <QString>

#include <optional>
#include <vector>

namespace iuc {

// One status a system entered, and when.
struct StatusChange
{
    NodeStatus::Code status;
    TimePoint at;
};

// One turn of a node: from entering maintenance (or trying to contact it)
// to being upgraded or requeued.
struct Attempt
{
    enum class Result {
        InProgress,
        Upgraded,
        CallsTimeout,   // R4
        Unreachable,    // R8
        InstallFailed,
        Abandoned,      // R7: the admin rebooted the Management Node
        Stopped,        // R5: the 24 h stop came first
    };

    TimePoint startedAt;
    std::optional<TimePoint> endedAt;
    Result result = Result::InProgress;
    QString detail; // e.g. the install failure's reason
};

enum class RunOutcome {
    Running,
    Completed,         // every included system is on the target version
    StoppedAtDeadline, // R5: systems left in whatever state they had
    Abandoned,         // R7: the admin rebooted the Management Node
    ManagementFailed,  // the Management Node came back on another version than the package's
};

struct NodeRecord
{
    NodeId id = -1;
    QString name;
    Version fromVersion;
    bool included = false; // R6: only systems not yet on the target version
    std::vector<StatusChange> history; // every status entered during the run, in order
    std::vector<Attempt> attempts;
    std::optional<TimePoint> upgradedAt;

    [[nodiscard]] bool isUpgraded() const { return upgradedAt.has_value(); }
};

// The history of one upgrade run: the change record an admin files, and what
// a repeat run needs to know (R5, R6).
struct RunRecord
{
    Version target;
    TimePoint initiatedAt;
    TimePoint deadlineAt;
    TimePoint lockUntil;
    std::optional<TimePoint> endedAt;
    RunOutcome outcome = RunOutcome::Running;
    int maxParallel = 1; // Conferencing Nodes in their turn at once (R2)

    bool managementIncluded = false;
    Version managementFromVersion;
    std::vector<StatusChange> managementHistory;
    std::optional<TimePoint> managementUpgradedAt;

    std::vector<NodeRecord> nodes; // every Conferencing Node, in deployment order

    [[nodiscard]] int includedCount() const;
    [[nodiscard]] int upgradedCount() const;
    // Included systems that did not reach the target (yet): what a repeat run
    // will take on (R6).
    [[nodiscard]] std::vector<NodeId> leftBehind() const;
    [[nodiscard]] bool managementLeftBehind() const;
};

// Short phrases for logs and reports.
QString describe(RunOutcome outcome);
QString describe(Attempt::Result result);

} // namespace iuc
