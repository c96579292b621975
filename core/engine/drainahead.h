#pragma once

// Drain ahead (the vendor's "alternative method", automated, issue 15):
// while a run is in progress the console puts the nodes that come next into
// maintenance mode ahead of their turn, so their calls have ended when the
// Management Node reaches them, and takes each out again once it is back on
// the new version. planDrainAhead() decides which, under a capacity
// guardrail per system location; it is pure (no network, no clock): the
// session applies the plan and keeps the record of the nodes it changed.
//
// The guardrail: in every location the share of capacity out of service —
// the nodes in maintenance for any reason (the Management Node's own turn,
// the admin's, the console's) — never goes above the limit because of the
// console, even when the Management Node's next turns (which it picks
// itself) land there too; and the last node in service in a location is
// never drained.
// A node the admin put into maintenance is never touched.

#include "core/engine/enginetypes.h"

#include <QHash>
#include <QString>

#include <vector>

namespace iuc {

struct DrainNode
{
    NodeId id = -1;
    QString location;
    double capacity = 1; // its weight: media tokens or calls, or 1 where those are not reported
    // Out of service: in maintenance as the node reports it, or taking no
    // calls for another reason (installing, rebooting, unreachable).
    bool inMaintenance = false;
    bool drainedByConsole = false; // in the console's record
    bool inTurn = false;           // the Management Node is upgrading it (preparing, draining, installing, rebooting)
    bool upgraded = false;         // on the run's target version
    bool reachable = true;
};

struct DrainSettings
{
    double guardrail = 0.25; // the most of a location's capacity out of service at once, 0..1
    // At most this many nodes drained ahead at once. By default as many as
    // the guardrail allows: tests/bench/bench_drainahead measured that a
    // few nodes ahead are too few for calls of ordinary length to end
    // before the turn (1,000 nodes one at a time: 85 upgraded by the
    // 24-hour stop with 10 ahead, 465 with the guardrail's 25 % as the
    // only limit).
    int lookahead = kNoLookaheadLimit;
    static constexpr int kNoLookaheadLimit = 1'000'000;
    // How many turns the Management Node runs at once (the run's
    // max_parallel). It picks its next nodes itself: room is kept in each
    // location for that many of its nodes in service, so that its next
    // turns cannot take a location over the guardrail either.
    int managementParallel = 1;
};

struct LocationCapacity
{
    double total = 0;
    double outOfService = 0; // after the plan
    int nodes = 0;
    int inService = 0; // after the plan

    [[nodiscard]] double outOfServiceShare() const { return total > 0 ? outOfService / total : 0; }
    [[nodiscard]] double inServiceShare() const { return 1.0 - outOfServiceShare(); }
};

struct DrainPlan
{
    std::vector<NodeId> drain;   // into maintenance now, in the order they come
    std::vector<NodeId> release; // out of maintenance now: upgraded and back
    std::vector<NodeId> forget;  // in the record but out of maintenance already (someone took it out)
    QHash<QString, LocationCapacity> locations;
    // Nodes that would come next but stay in service for the guardrail.
    std::vector<NodeId> heldByGuardrail;
};

// `predictedOrder`: the nodes not yet upgraded, in the order the run is
// expected to reach them (the engine's forecast); nodes not in it are not
// drained ahead.
DrainPlan planDrainAhead(const std::vector<DrainNode> &nodes, const std::vector<NodeId> &predictedOrder,
                         const DrainSettings &settings);

// At any end of the run (completed, stopped, abandoned), a console restart
// or drain ahead turned off: every node the console drained goes back into
// service, whatever its version.
DrainPlan planReturnToService(const std::vector<DrainNode> &nodes);

// The capacity of each location as the nodes are now, before any plan.
QHash<QString, LocationCapacity> locationCapacity(const std::vector<DrainNode> &nodes);

} // namespace iuc
