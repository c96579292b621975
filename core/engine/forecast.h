#pragma once

#include "core/engine/drainahead.h"
#include "core/engine/enginetypes.h"
#include "core/engine/runrecord.h"
#include "core/engine/upgradeengine.h"

#include <QHash>

#include <optional>
#include <vector>

namespace iuc {

using namespace std::chrono_literals;

// How long the physical steps are expected to take. The console fills these
// from what it has observed so far (e.g. the median install time); the
// defaults follow the vendor's "around 2 minutes" per node.
struct ForecastEstimates
{
    Duration managementInstall = 10min;
    Duration managementReboot = 5min;
    Duration install = 2min;  // package transfer + install
    Duration reboot = 2min;
    Duration drain = 15min;   // a node with calls: time from maintenance until its calls clear
    QHash<NodeId, Duration> installPerNode; // slow links
    QHash<NodeId, Duration> drainPerNode;   // kNever: the calls will not clear (R4)
    // A node that cannot be contacted now is assumed to stay so.

    // Drain ahead on (issue 15): the console puts the nodes that come next
    // into maintenance as planDrainAhead() allows under its guardrail, and
    // their calls end meanwhile (each its drain time after it was drained),
    // so a turn reached late enough finds none. Planned every
    // kDrainAheadReplan of the forecast's time. None: off.
    struct DrainAhead
    {
        DrainSettings settings;
        QHash<NodeId, QString> locations;      // system location of each node
        QHash<NodeId, double> capacity;        // its weight (1 where absent)
        QHash<NodeId, TimePoint> drainedSince; // the console's nodes now: since when their calls have been ending
    };
    std::optional<DrainAhead> drainAhead;
    static constexpr Duration kDrainAheadReplan = 15min; // bench_engine: within the 20 ms budget for 1,000 nodes

    static constexpr Duration kNever = Duration::max();
};

struct NodeForecast
{
    NodeId id = -1;
    std::optional<TimePoint> eta; // when it is expected on the target version; none: not in this run
    int attempts = 0;             // turns it is expected to need
};

struct ForecastResult
{
    std::vector<NodeForecast> nodes; // deployment order
    RunOutcome outcome = RunOutcome::Running;
    std::optional<TimePoint> finishAt; // when the run is expected to end (completed or stopped)
    bool cutByDeadline = false;        // R5: the 24 h stop will come first
    std::vector<NodeId> leftBehind;    // expected not to make it
    int steps = 0;                     // events simulated (for benchmarks)
};

// Runs the engine's own rules forward in virtual time from `current`, with
// the physical steps taking the estimated durations. The engine passed in is
// not changed. Without an active run, the result says so (outcome of the last
// run, no ETAs).
ForecastResult forecast(const UpgradeEngine &current, const ForecastEstimates &estimates);

// What a run to `target` started at the engine's current time would look
// like: for the confirm dialog ("about 3 h; will finish before the 24 h stop").
std::optional<ForecastResult> forecastNewRun(const UpgradeEngine &current, const Version &target,
                                             const ForecastEstimates &estimates);

} // namespace iuc
