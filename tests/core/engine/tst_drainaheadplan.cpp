// Drain ahead's plan (core/engine/drainahead.h): the nodes that come next go
// into maintenance ahead of their turn, under the capacity guardrail of
// their location, never the last node in service there, never a node the
// admin put into maintenance; the console's nodes come out once they are
// back on the new version, and all of them at the run's end. Examples, then
// the invariants over many random deployments.

#include "core/engine/drainahead.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace iuc;

namespace {

DrainNode node(NodeId id, const QString &location, double capacity = 1)
{
    DrainNode n;
    n.id = id;
    n.location = location;
    n.capacity = capacity;
    return n;
}

std::vector<NodeId> ids(const std::vector<DrainNode> &nodes)
{
    std::vector<NodeId> out;
    for (const DrainNode &n : nodes)
        out.push_back(n.id);
    return out;
}

} // namespace

class TestDrainAheadPlan final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void guardrail_quarterOfFourNodesIsOne();
    void guardrail_countsTheManagementNodesOwnTurnAndTheAdmins();
    void guardrail_heavierNodesWeighMore();
    void guardrail_keepsRoomForTheManagementNodesNextTurns();
    void lastNodeInServiceOfALocationIsNeverDrained();
    void adminsNodeIsNeverTouched();
    void upgradedNodeIsReleasedAndItsCapacityCountsAgain();
    void lookaheadLimitsTheNodesWaitingDrained();
    void nodeTakenOutByHandIsForgotten();
    void runEnd_everyConsoleNodeReturnsToService();
    void random_invariantsHold();
};

void TestDrainAheadPlan::guardrail_quarterOfFourNodesIsOne()
{
    std::vector<DrainNode> nodes{node(1, u"oslo"_s), node(2, u"oslo"_s), node(3, u"oslo"_s), node(4, u"oslo"_s)};
    const DrainPlan plan = planDrainAhead(nodes, {2, 3, 4, 1}, DrainSettings{0.25, 10, 0});
    QCOMPARE(plan.drain, (std::vector<NodeId>{2}));
    QCOMPARE(plan.heldByGuardrail, (std::vector<NodeId>{3, 4, 1}));
    QCOMPARE(plan.locations.value(u"oslo"_s).outOfServiceShare(), 0.25);
    QCOMPARE(plan.locations.value(u"oslo"_s).inService, 3);
    // At 50 %: two.
    QCOMPARE(planDrainAhead(nodes, {2, 3, 4, 1}, DrainSettings{0.5, 10, 0}).drain, (std::vector<NodeId>{2, 3}));
}

void TestDrainAheadPlan::guardrail_countsTheManagementNodesOwnTurnAndTheAdmins()
{
    std::vector<DrainNode> nodes;
    for (int i = 1; i <= 8; ++i)
        nodes.push_back(node(i, u"oslo"_s));
    nodes[0].inTurn = nodes[0].inMaintenance = true; // the Management Node drains it now
    nodes[1].inMaintenance = true;                   // the admin's
    // 2 of 8 are out already: 25 % leaves no room, 50 % two more.
    QVERIFY(planDrainAhead(nodes, {3, 4, 5, 6, 7, 8}, DrainSettings{0.25, 10, 0}).drain.empty());
    QCOMPARE(planDrainAhead(nodes, {3, 4, 5, 6, 7, 8}, DrainSettings{0.5, 10, 0}).drain, (std::vector<NodeId>{3, 4}));
}

void TestDrainAheadPlan::guardrail_heavierNodesWeighMore()
{
    // One big node (60 of 100) never fits under 25 %; the small ones do, in
    // the order they come, as long as they fit.
    std::vector<DrainNode> nodes{node(1, u"oslo"_s, 60), node(2, u"oslo"_s, 10), node(3, u"oslo"_s, 10),
                                 node(4, u"oslo"_s, 10), node(5, u"oslo"_s, 10)};
    const DrainPlan plan = planDrainAhead(nodes, {1, 2, 3, 4}, DrainSettings{0.25, 10, 0});
    QCOMPARE(plan.drain, (std::vector<NodeId>{2, 3}));
    QVERIFY(std::find(plan.heldByGuardrail.begin(), plan.heldByGuardrail.end(), 1) != plan.heldByGuardrail.end());
}

// The Management Node picks its next node itself, maybe not the one drained
// ahead: room is kept for its free turns in every location.
void TestDrainAheadPlan::guardrail_keepsRoomForTheManagementNodesNextTurns()
{
    std::vector<DrainNode> nodes;
    for (int i = 1; i <= 8; ++i)
        nodes.push_back(node(i, u"oslo"_s));
    // 25 % of 8 is 2: one turn of its own to come, so one ahead.
    QCOMPARE(planDrainAhead(nodes, {3, 4, 5}, DrainSettings{0.25, 10, 1}).drain, (std::vector<NodeId>{3}));
    // Its turn already here: when it ends the next may come here, no more.
    nodes[0].inTurn = nodes[0].inMaintenance = true;
    QCOMPARE(planDrainAhead(nodes, {3, 4, 5}, DrainSettings{0.25, 10, 1}).drain, (std::vector<NodeId>{3}));
    // Ten at once (v24 and later): all eight may be taken at once, none ahead.
    QVERIFY(planDrainAhead(nodes, {3, 4, 5}, DrainSettings{1.0, 10, 10}).drain.empty());
    // The biggest node is what it may take next.
    std::vector<DrainNode> weighted{node(1, u"oslo"_s, 40), node(2, u"oslo"_s, 20), node(3, u"oslo"_s, 20),
                                    node(4, u"oslo"_s, 20)};
    QVERIFY(planDrainAhead(weighted, {2, 3, 4}, DrainSettings{0.5, 10, 1}).drain.empty()); // 20 + 40 > 50
    QCOMPARE(planDrainAhead(weighted, {2, 3, 4}, DrainSettings{0.6, 10, 1}).drain, (std::vector<NodeId>{2}));
}

void TestDrainAheadPlan::lastNodeInServiceOfALocationIsNeverDrained()
{
    std::vector<DrainNode> nodes{node(1, u"tromso"_s), node(2, u"oslo"_s), node(3, u"oslo"_s)};
    // Even with no guardrail at all.
    const DrainPlan plan = planDrainAhead(nodes, {1, 2, 3}, DrainSettings{1.0, 10, 0});
    QCOMPARE(plan.drain, (std::vector<NodeId>{2}));
    QCOMPARE(plan.locations.value(u"tromso"_s).inService, 1);
    QCOMPARE(plan.locations.value(u"oslo"_s).inService, 1);
}

void TestDrainAheadPlan::adminsNodeIsNeverTouched()
{
    std::vector<DrainNode> nodes{node(1, u"oslo"_s), node(2, u"oslo"_s), node(3, u"oslo"_s), node(4, u"oslo"_s)};
    nodes[0].inMaintenance = true; // the admin's, upgraded: stays as the admin left it
    nodes[0].upgraded = true;
    const DrainPlan plan = planDrainAhead(nodes, {1, 2, 3, 4}, DrainSettings{0.5, 10, 0});
    QVERIFY(plan.release.empty());
    QCOMPARE(plan.drain, (std::vector<NodeId>{2}));
    QVERIFY(planReturnToService(nodes).release.empty());
}

void TestDrainAheadPlan::upgradedNodeIsReleasedAndItsCapacityCountsAgain()
{
    std::vector<DrainNode> nodes{node(1, u"oslo"_s), node(2, u"oslo"_s), node(3, u"oslo"_s), node(4, u"oslo"_s)};
    nodes[0].drainedByConsole = nodes[0].inMaintenance = nodes[0].upgraded = true; // back on the new version
    nodes[1].drainedByConsole = nodes[1].inMaintenance = true; // waiting for its turn
    nodes[1].inTurn = false;
    DrainPlan plan = planDrainAhead(nodes, {2, 3, 4}, DrainSettings{0.5, 10, 0});
    QCOMPARE(plan.release, (std::vector<NodeId>{1}));
    QCOMPARE(plan.drain, (std::vector<NodeId>{3})); // node 1's room goes to the next
    QCOMPARE(plan.locations.value(u"oslo"_s).outOfServiceShare(), 0.5);
    // Still rebooting into the new version: not yet.
    nodes[0].inTurn = true;
    plan = planDrainAhead(nodes, {2, 3, 4}, DrainSettings{0.5, 10, 0});
    QVERIFY(plan.release.empty());
    QVERIFY(plan.drain.empty());
}

void TestDrainAheadPlan::lookaheadLimitsTheNodesWaitingDrained()
{
    std::vector<DrainNode> nodes;
    for (int i = 1; i <= 20; ++i)
        nodes.push_back(node(i, u"oslo"_s));
    nodes[0].drainedByConsole = nodes[0].inMaintenance = true; // drained, waiting
    const DrainPlan plan = planDrainAhead(nodes, ids(nodes), DrainSettings{1.0, 3, 0});
    QCOMPARE(plan.drain, (std::vector<NodeId>{2, 3}));
}

void TestDrainAheadPlan::nodeTakenOutByHandIsForgotten()
{
    std::vector<DrainNode> nodes{node(1, u"oslo"_s), node(2, u"oslo"_s)};
    nodes[0].drainedByConsole = true; // in the record, but in service: someone took it out
    const DrainPlan plan = planDrainAhead(nodes, {}, DrainSettings{});
    QCOMPARE(plan.forget, (std::vector<NodeId>{1}));
    QVERIFY(plan.release.empty());
}

void TestDrainAheadPlan::runEnd_everyConsoleNodeReturnsToService()
{
    std::vector<DrainNode> nodes{node(1, u"oslo"_s), node(2, u"oslo"_s), node(3, u"oslo"_s), node(4, u"bergen"_s)};
    nodes[0].drainedByConsole = nodes[0].inMaintenance = true;                     // never reached
    nodes[1].drainedByConsole = nodes[1].inMaintenance = nodes[1].upgraded = true; // upgraded
    nodes[2].inMaintenance = true;                                                 // the admin's
    nodes[3].drainedByConsole = true;                                              // taken out by hand
    const DrainPlan plan = planReturnToService(nodes);
    QCOMPARE(plan.release, (std::vector<NodeId>{1, 2}));
    QCOMPARE(plan.forget, (std::vector<NodeId>{4}));
    QVERIFY(plan.drain.empty());
    QCOMPARE(plan.locations.value(u"oslo"_s).inService, 2);
}

// Many random deployments and moments of a run: every invariant, every time.
void TestDrainAheadPlan::random_invariantsHold()
{
    QRandomGenerator random(20261207);
    for (int round = 0; round < 20000; ++round) {
        const int locations = random.bounded(1, 5);
        const int count = random.bounded(1, 40);
        const bool weighted = random.bounded(2) == 1;
        std::vector<DrainNode> nodes;
        for (int i = 0; i < count; ++i) {
            DrainNode n = node(i + 1, u"loc%1"_s.arg(random.bounded(locations)),
                               weighted ? random.bounded(1, 100) : 1);
            n.upgraded = random.bounded(3) == 0;
            n.reachable = random.bounded(10) != 0;
            switch (random.bounded(6)) {
            case 0: // the Management Node's turn
                n.inTurn = n.inMaintenance = true;
                break;
            case 1: // the admin's
                n.inMaintenance = true;
                break;
            case 2: // the console's
                n.drainedByConsole = n.inMaintenance = true;
                n.inTurn = random.bounded(3) == 0;
                break;
            case 3: // the console's, taken out by hand
                n.drainedByConsole = true;
                break;
            default:
                break;
            }
            nodes.push_back(n);
        }
        std::vector<NodeId> order = ids(nodes);
        std::shuffle(order.begin(), order.end(), random);
        order.resize(random.bounded(static_cast<int>(order.size()) + 1));
        const DrainSettings settings{random.bounded(1, 101) / 100.0, random.bounded(1, 12), random.bounded(0, 4)};
        const DrainPlan plan = planDrainAhead(nodes, order, settings);
        const auto byId = [&](NodeId id) { return *std::find_if(nodes.begin(), nodes.end(), [id](const DrainNode &n) { return n.id == id; }); };

        QSet<QString> drainedIn;
        for (const NodeId id : plan.drain) {
            const DrainNode n = byId(id);
            QVERIFY(!n.inMaintenance && !n.upgraded && !n.inTurn && n.reachable);
            QVERIFY(std::find(order.begin(), order.end(), id) != order.end());
            drainedIn.insert(n.location);
        }
        for (const NodeId id : plan.release) {
            const DrainNode n = byId(id);
            QVERIFY(n.drainedByConsole && n.inMaintenance && n.upgraded && !n.inTurn); // never the admin's
        }
        for (const NodeId id : plan.forget)
            QVERIFY(byId(id).drainedByConsole && !byId(id).inMaintenance);
        // What the plan says each location is left with is what the nodes add up to.
        QHash<QString, LocationCapacity> after;
        for (DrainNode n : nodes) {
            const bool drained = std::find(plan.drain.begin(), plan.drain.end(), n.id) != plan.drain.end();
            const bool released = std::find(plan.release.begin(), plan.release.end(), n.id) != plan.release.end();
            n.inMaintenance = (n.inMaintenance || drained) && !released;
            LocationCapacity &l = after[n.location];
            l.total += n.capacity;
            ++l.nodes;
            if (n.inMaintenance)
                l.outOfService += n.capacity;
            else
                ++l.inService;
        }
        for (const QString &location : drainedIn) {
            LocationCapacity l = after.value(location);
            // Room for the Management Node's free turns: its biggest nodes
            // still in service there.
            int turns = 0;
            std::vector<double> pending;
            for (const DrainNode &n : nodes) {
                const bool drained = std::find(plan.drain.begin(), plan.drain.end(), n.id) != plan.drain.end();
                turns += n.location == location && n.inTurn && !n.drainedByConsole ? 1 : 0;
                if (n.location == location && !n.inMaintenance && !n.upgraded && !n.inTurn && !drained)
                    pending.push_back(n.capacity);
            }
            std::sort(pending.begin(), pending.end(), std::greater<>());
            for (int i = 0; i < std::max(0, settings.managementParallel - turns) && i < static_cast<int>(pending.size()); ++i) {
                l.outOfService += pending[i];
                --l.inService;
            }
            QVERIFY2(l.outOfServiceShare() <= settings.guardrail + 1e-9,
                     qPrintable(u"round %1: %2 at %3 over %4"_s.arg(round).arg(location).arg(l.outOfServiceShare()).arg(settings.guardrail)));
            QVERIFY(l.inService >= 1); // never the last node in service
        }
        for (auto it = after.cbegin(); it != after.cend(); ++it) {
            QCOMPARE(plan.locations.value(it.key()).inService, it->inService);
            QVERIFY(qAbs(plan.locations.value(it.key()).outOfService - it->outOfService) < 1e-6);
        }
        // No more than the lookahead waiting drained.
        int waiting = static_cast<int>(plan.drain.size());
        for (const DrainNode &n : nodes)
            waiting += n.drainedByConsole && n.inMaintenance && !n.inTurn && !n.upgraded ? 1 : 0;
        QVERIFY(plan.drain.empty() || waiting <= settings.lookahead);
    }
}

QTEST_APPLESS_MAIN(TestDrainAheadPlan)
#include "tst_drainaheadplan.moc"
