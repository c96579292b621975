#include "core/engine/drainahead.h"

#include <QSet>

#include <algorithm>

namespace iuc {

namespace {

// A hair of tolerance so that 1 node of 4 fits under a 25 % guardrail.
constexpr double Epsilon = 1e-9;

// The capacity the Management Node's next turns could take out of service
// in a location: its largest `slots` nodes there that are in service and
// still to upgrade, leaving out the candidate and the nodes this plan has
// drained already. `pending`: those nodes of the location, largest first.
struct Reserve
{
    double capacity = 0;
    int nodes = 0;
};

using Pending = std::vector<std::pair<double, NodeId>>;

Reserve reserveFor(const Pending &pending, int slots, NodeId candidate, const QSet<NodeId> &drainedNow)
{
    Reserve reserve;
    for (const auto &[capacity, id] : pending) {
        if (reserve.nodes >= slots)
            break;
        if (id == candidate || drainedNow.contains(id))
            continue;
        reserve.capacity += capacity;
        ++reserve.nodes;
    }
    return reserve;
}

} // namespace

QHash<QString, LocationCapacity> locationCapacity(const std::vector<DrainNode> &nodes)
{
    QHash<QString, LocationCapacity> locations;
    for (const DrainNode &n : nodes) {
        LocationCapacity &l = locations[n.location];
        l.total += n.capacity;
        ++l.nodes;
        if (n.inMaintenance)
            l.outOfService += n.capacity;
        else
            ++l.inService;
    }
    return locations;
}

DrainPlan planReturnToService(const std::vector<DrainNode> &nodes)
{
    DrainPlan plan;
    plan.locations = locationCapacity(nodes);
    for (const DrainNode &n : nodes) {
        if (!n.drainedByConsole)
            continue;
        if (!n.inMaintenance) {
            plan.forget.push_back(n.id);
            continue;
        }
        plan.release.push_back(n.id);
        LocationCapacity &l = plan.locations[n.location];
        l.outOfService -= n.capacity;
        ++l.inService;
    }
    return plan;
}

DrainPlan planDrainAhead(const std::vector<DrainNode> &nodes, const std::vector<NodeId> &predictedOrder,
                         const DrainSettings &settings)
{
    DrainPlan plan;
    plan.locations = locationCapacity(nodes);
    QHash<NodeId, const DrainNode *> byId;
    int drainedAhead = 0; // the console's nodes still waiting for their turn
    for (const DrainNode &n : nodes) {
        byId.insert(n.id, &n);
        if (!n.drainedByConsole)
            continue;
        if (!n.inMaintenance) {
            plan.forget.push_back(n.id);
        } else if (n.upgraded && !n.inTurn) {
            // Back on the new version: the vendor leaves a node drained
            // before its turn in maintenance; the console takes it out.
            plan.release.push_back(n.id);
            LocationCapacity &l = plan.locations[n.location];
            l.outOfService -= n.capacity;
            ++l.inService;
        } else if (!n.inTurn) {
            ++drainedAhead;
        }
    }

    const double limit = std::clamp(settings.guardrail, 0.0, 1.0);
    // The Management Node's turns in each location now: when one ends its
    // next may come there, so only its other slots need room. Not a turn on
    // a node the console drained: that one stays out of service after its
    // turn until the console has seen it back and taken it out.
    QHash<QString, int> turnsIn;
    for (const DrainNode &n : nodes) {
        if (n.inTurn && !n.drainedByConsole)
            ++turnsIn[n.location];
    }
    // Per location, the nodes its next turns may take, largest first: sorted
    // once, so a plan over 1,000 nodes stays linear (the forecast plans
    // every few minutes of a whole run).
    QHash<QString, Pending> pendingIn;
    for (const DrainNode &n : nodes) {
        if (!n.inMaintenance && !n.upgraded && !n.inTurn)
            pendingIn[n.location].emplace_back(n.capacity, n.id);
    }
    for (Pending &p : pendingIn)
        std::sort(p.begin(), p.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    QSet<NodeId> drainedNow;
    QSet<NodeId> seen;
    for (const NodeId id : predictedOrder) {
        if (drainedAhead >= settings.lookahead)
            break;
        const DrainNode *n = byId.value(id);
        if (!n || seen.contains(id))
            continue;
        seen.insert(id);
        // Only a node in service, not yet upgraded, not in its turn, and one
        // the Management Node can reach (an unreachable one is requeued, R8).
        if (n->inMaintenance || n->upgraded || n->inTurn || !n->reachable)
            continue;
        LocationCapacity &l = plan.locations[n->location];
        const Reserve reserve =
            reserveFor(pendingIn[n->location], std::max(0, settings.managementParallel - turnsIn.value(n->location)),
                       id, drainedNow);
        const bool underGuardrail =
            l.total > 0 && (l.outOfService + n->capacity + reserve.capacity) / l.total <= limit + Epsilon;
        const bool notTheLast = l.inService - 1 - reserve.nodes >= 1;
        if (!underGuardrail || !notTheLast) {
            plan.heldByGuardrail.push_back(id);
            continue;
        }
        plan.drain.push_back(id);
        drainedNow.insert(id);
        l.outOfService += n->capacity;
        --l.inService;
        ++drainedAhead;
    }
    return plan;
}

} // namespace iuc
