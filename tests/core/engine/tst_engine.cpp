// The rolling-upgrade rules R1–R9 (DESIGN §2), one or more tests each, in
// virtual time: every instant is handed to the engine, nothing sleeps.

#include "tests/core/engine/enginetesthelpers.h"

#include <QTest>

#include <tuple>

using namespace Qt::StringLiterals;

using namespace iuc;
using namespace iuc::test;

class TestEngine final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void R1_managementUpgradedFirstAndRunSurvivesItsReboot();
    void R1_noConferencingNodeStartsBeforeManagementIsBack();
    void R2_oneNodeAtATimeInQueueOrder();
    void R2_turnWalksTheDocumentedStatuses();
    void R2_installWaitsUntilEveryCallHasCleared();
    void R2_maxParallelAllowsMoreButNeverExceeds();
    void R2_parallelismByVersion_oneAtATimeToV11TenAtOnceToV24();
    void R3_nextNodeWaitsUntilPreviousIsBackFromReboot();
    void R4_timeoutRequeuesAtBackAndRetriesLast();
    void R4_callsClearingJustBeforeTheHourStillUpgrade();
    void R5_deadlineStopsAndKeepsMixedState();
    void R6_repeatRunIncludesOnlySystemsNotOnTarget();
    void R7_lockRefusesReinitiationUntilManagementReboot();
    void R7_managementRebootAbandonsRunButInstallsFinish();
    void R7_lockEndsWhenRunCompletes();
    void R8_unreachableNodeIsRequeuedAndDoesNotHangTheRun();
    void R8_contactLostMidTurnFreesTheSlot();
    void R8_silentInstallCountsAsFailedAttempt();
    void R9_rebootingStuckNodeDropsCallsAndRunContinues();
    void initiate_refusesNothingToDoAndDowngrade();
    void time_neverRunsBackwards();
    void settings_validationNamesTheBadSetting();
};

void TestEngine::R1_managementUpgradedFirstAndRunSurvivesItsReboot()
{
    Harness h(3);
    const auto started = h.initiate();
    QVERIFY(started);
    QCOMPARE(started.value().size(), size_t(1));
    QCOMPARE(started.value().front().kind, Kind::UpgradeManagement);
    QCOMPARE(h.engine.management().status, Code::Upgrading);
    for (NodeId id = 1; id <= 3; ++id)
        QCOMPARE(h.status(id), Code::Pending);

    h.advance(5min);
    h.send(event::ManagementInstallFinished{});
    QCOMPARE(h.engine.management().status, Code::Rebooting);
    QVERIFY2(h.engine.lock().has_value(), "the lock must survive the Management Node's upgrade reboot");

    h.advance(3min);
    h.send(event::ManagementBack{v(kTarget)});
    QCOMPARE(h.engine.management().status, Code::Idle);
    QVERIFY(h.engine.management().version.isSameBuild(v(kTarget)));
    QVERIFY(h.engine.isRunActive());
    QCOMPARE(h.nodesGiven(Kind::EnterMaintenance), std::vector<NodeId>{1});
    QVERIFY(h.engine.run()->managementUpgradedAt.has_value());
}

void TestEngine::R1_noConferencingNodeStartsBeforeManagementIsBack()
{
    Harness h(2);
    QVERIFY(h.initiate());
    // However long the Management Node takes, no node enters maintenance.
    h.advance(3h);
    h.send(event::ManagementInstallFinished{});
    h.advance(2h);
    QCOMPARE(h.count(Kind::EnterMaintenance), 0);
    QCOMPARE(h.status(1), Code::Pending);
    h.send(event::ManagementBack{v(kTarget)});
    QCOMPARE(h.count(Kind::EnterMaintenance), 1);
}

void TestEngine::R2_oneNodeAtATimeInQueueOrder()
{
    Harness h(5);
    QVERIFY(h.initiate());
    Autopilot pilot(h);
    pilot.runUntilDone();
    QCOMPARE(h.engine.run()->outcome, RunOutcome::Completed);
    QCOMPARE(h.nodesGiven(Kind::EnterMaintenance), (std::vector<NodeId>{1, 2, 3, 4, 5}));
    QCOMPARE(h.nodesGiven(Kind::StartInstall), (std::vector<NodeId>{1, 2, 3, 4, 5}));
    QCOMPARE(h.maxInMaintenance, 1);
    for (const NodeState &n : h.engine.nodes()) {
        QCOMPARE(n.status, Code::Idle);
        QVERIFY(n.version.isSameBuild(v(kTarget)));
        QVERIFY(!n.maintenance);
    }
}

void TestEngine::R2_turnWalksTheDocumentedStatuses()
{
    Harness h(1, {}, kOld, {2});
    QVERIFY(h.initiate());
    h.completeManagement();
    QCOMPARE(h.status(1), Code::Preparing);
    QVERIFY(h.engine.node(1)->maintenance);
    h.advance(h.engine.settings().preparingDuration);
    QCOMPARE(h.status(1), Code::WaitingForCalls);
    h.advance(10min);
    h.send(event::CallsChanged{1, 0});
    QCOMPARE(h.status(1), Code::Upgrading);
    h.advance(2min);
    h.send(event::InstallFinished{1});
    QCOMPARE(h.status(1), Code::Rebooting);
    h.advance(1min);
    h.send(event::NodeRebootFinished{1, v(kTarget)});
    QCOMPARE(h.status(1), Code::Idle);
    QVERIFY(!h.engine.node(1)->maintenance);
    QCOMPARE(h.history(1), (std::vector<Code>{Code::Idle, Code::Pending, Code::Preparing, Code::WaitingForCalls,
                                              Code::Upgrading, Code::Rebooting, Code::Idle}));
    QCOMPARE(h.count(Kind::ExitMaintenance, 1), 1);
}

void TestEngine::R2_installWaitsUntilEveryCallHasCleared()
{
    Harness h(1, {}, kOld, {3});
    QVERIFY(h.initiate());
    h.completeManagement();
    h.advance(1min);
    h.send(event::CallsChanged{1, 2});
    h.send(event::CallsChanged{1, 1});
    QCOMPARE(h.status(1), Code::WaitingForCalls);
    QCOMPARE(h.count(Kind::StartInstall), 0);
    h.send(event::CallsChanged{1, 0});
    QCOMPARE(h.count(Kind::StartInstall, 1), 1);
}

void TestEngine::R2_maxParallelAllowsMoreButNeverExceeds()
{
    EngineSettings s;
    s.maxParallel = 3;
    Harness h(10, s, kOld, {1, 0, 2, 0, 0, 3, 0, 0, 1, 0});
    QVERIFY(h.initiate());
    Autopilot pilot(h);
    for (NodeId id = 1; id <= 10; ++id)
        pilot.clearAfterMaintenance[id] = std::chrono::minutes(id * 3);
    pilot.runUntilDone();
    QCOMPARE(h.engine.run()->outcome, RunOutcome::Completed);
    QCOMPARE(h.maxInMaintenance, 3);
    QCOMPARE(static_cast<int>(h.nodesGiven(Kind::StartInstall).size()), 10);
}

void TestEngine::R2_parallelismByVersion_oneAtATimeToV11TenAtOnceToV24()
{
    // resources/upgrade-behaviour.json, as a real Management Node does.
    for (const auto &[from, target, atOnce] : {std::tuple{kOld, kTarget, 1},
                                               std::tuple{"23 (54321.0.0)", "24 (55691.0.0)", 10}}) {
        EngineSettings s;
        s.maxParallel = 3; // ignored: the version decides
        s.parallelismByVersion = true;
        Harness h(14, s, from);
        QVERIFY(h.initiate(target));
        QCOMPARE(h.engine.run()->maxParallel, atOnce);
        Autopilot pilot(h);
        pilot.target = v(target);
        pilot.runUntilDone();
        QCOMPARE(h.engine.run()->outcome, RunOutcome::Completed);
        QCOMPARE(h.maxInMaintenance, atOnce);
    }
}

void TestEngine::R3_nextNodeWaitsUntilPreviousIsBackFromReboot()
{
    Harness h(2);
    QVERIFY(h.initiate());
    h.completeManagement();
    h.advance(h.engine.settings().preparingDuration);
    QCOMPARE(h.status(1), Code::Upgrading);
    h.advance(2min);
    h.send(event::InstallFinished{1});
    h.advance(20min); // a long reboot: node 2 must keep waiting
    QCOMPARE(h.status(2), Code::Pending);
    QCOMPARE(h.nodesGiven(Kind::EnterMaintenance), std::vector<NodeId>{1});
    h.send(event::NodeRebootFinished{1, v(kTarget)});
    QCOMPARE(h.status(2), Code::Preparing);
}

void TestEngine::R4_timeoutRequeuesAtBackAndRetriesLast()
{
    Harness h(3, {}, kOld, {4, 0, 0});
    QVERIFY(h.initiate());
    h.completeManagement();
    const TimePoint maintenanceAt = h.now;
    h.advance(1h - 1s);
    QCOMPARE(h.status(1), Code::WaitingForCalls);
    QCOMPARE(h.count(Kind::EnterMaintenance, 2), 0);

    h.advance(1s);
    QCOMPARE(h.status(1), Code::CallsTimeout);
    QCOMPARE(h.engine.node(1)->statusSince, maintenanceAt + 1h);
    QVERIFY(!h.engine.node(1)->maintenance);
    QCOMPARE(h.count(Kind::ExitMaintenance, 1), 1);
    QCOMPARE(h.engine.queuePosition(1), 2); // node 2 took the slot; node 3, then node 1
    QCOMPARE(h.engine.queue().back(), 1);
    QCOMPARE(h.status(2), Code::Preparing);

    h.upgradeNode(2);
    h.upgradeNode(3);
    QCOMPARE(h.nodesGiven(Kind::EnterMaintenance), (std::vector<NodeId>{1, 2, 3, 1}));
    QCOMPARE(h.status(1), Code::Preparing);
    QCOMPARE(h.engine.node(1)->attempts, 2);

    h.advance(h.engine.settings().preparingDuration);
    h.send(event::CallsChanged{1, 0});
    h.advance(2min);
    h.send(event::InstallFinished{1});
    h.send(event::NodeRebootFinished{1, v(kTarget)});
    QCOMPARE(h.engine.run()->outcome, RunOutcome::Completed);
    const auto &attempts = h.engine.run()->nodes.front().attempts;
    QCOMPARE(attempts.size(), size_t(2));
    QCOMPARE(attempts[0].result, Attempt::Result::CallsTimeout);
    QCOMPARE(attempts[1].result, Attempt::Result::Upgraded);
}

void TestEngine::R4_callsClearingJustBeforeTheHourStillUpgrade()
{
    Harness h(1, {}, kOld, {1});
    QVERIFY(h.initiate());
    h.completeManagement();
    h.advance(1h - 1ms);
    h.send(event::CallsChanged{1, 0});
    QCOMPARE(h.status(1), Code::Upgrading);
    h.advance(10min);
    QCOMPARE(h.status(1), Code::Upgrading); // no timeout once installing
}

void TestEngine::R5_deadlineStopsAndKeepsMixedState()
{
    // Node 2's calls never clear; it keeps timing out and being retried.
    Harness h(4, {}, kOld, {0, 5, 0, 0});
    QVERIFY(h.initiate());
    const TimePoint deadline = h.engine.run()->deadlineAt;
    QCOMPARE(deadline, kStart + 24h);
    Autopilot pilot(h);
    pilot.runUntilDone(30h);

    const RunRecord &run = *h.engine.run();
    QCOMPARE(run.outcome, RunOutcome::StoppedAtDeadline);
    QCOMPARE(run.endedAt.value(), deadline);
    QCOMPARE(run.leftBehind(), std::vector<NodeId>{2});
    QVERIFY(run.nodes[1].attempts.size() > 10); // retried about once an hour
    for (const TimedCommand &c : h.commands)
        QVERIFY2(c.at < deadline, "nothing may start at or after the 24 h stop");

    // Mixed versions stay: three on the target, node 2 on the old one, kept
    // in its state (here: waiting for calls, still in maintenance).
    QVERIFY(h.engine.node(1)->version.isSameBuild(v(kTarget)));
    QVERIFY(h.engine.node(2)->version.isSameBuild(v(kOld)));
    const Code frozen = h.status(2);
    const bool frozenMaintenance = h.engine.node(2)->maintenance;
    QVERIFY(frozen == Code::WaitingForCalls || frozen == Code::Preparing || frozen == Code::CallsTimeout);
    h.advance(5h);
    h.send(event::CallsChanged{2, 0});
    QCOMPARE(h.status(2), frozen);
    QCOMPARE(h.engine.node(2)->maintenance, frozenMaintenance);
    QCOMPARE(h.count(Kind::StartInstall, 2), 0);
    QVERIFY(!h.engine.lock().has_value());
}

void TestEngine::R6_repeatRunIncludesOnlySystemsNotOnTarget()
{
    Harness h(4, {}, kOld, {0, 5, 0, 5});
    QVERIFY(h.initiate());
    Autopilot pilot(h);
    pilot.runUntilDone(30h);
    QCOMPARE(h.engine.run()->outcome, RunOutcome::StoppedAtDeadline);
    QCOMPARE(h.engine.run()->leftBehind(), (std::vector<NodeId>{2, 4}));

    h.send(event::CallsChanged{2, 0});
    h.send(event::CallsChanged{4, 0});
    const size_t before = h.commands.size();
    const auto again = h.initiate();
    QVERIFY(again);
    const RunRecord &run = *h.engine.run();
    QVERIFY(!run.managementIncluded);
    QCOMPARE(run.includedCount(), 2);
    QVERIFY(!run.nodes[0].included && run.nodes[1].included && !run.nodes[2].included && run.nodes[3].included);
    for (size_t i = before; i < h.commands.size(); ++i)
        QVERIFY(h.commands[i].command.kind != Kind::UpgradeManagement);

    pilot.runUntilDone();
    QCOMPARE(h.engine.run()->outcome, RunOutcome::Completed);
    std::vector<NodeId> installedInRepeat;
    for (size_t i = before; i < h.commands.size(); ++i)
        if (h.commands[i].command.kind == Kind::StartInstall)
            installedInRepeat.push_back(h.commands[i].command.node);
    QCOMPARE(installedInRepeat, (std::vector<NodeId>{2, 4}));
}

void TestEngine::R7_lockRefusesReinitiationUntilManagementReboot()
{
    Harness h(2, {}, kOld, {3, 0});
    QVERIFY(h.initiate());
    h.completeManagement();
    h.advance(20h);
    const auto refused = h.engine.initiate(v("11.1 (72000.0.0)"), h.now);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, u"run.locked"_s);
    QVERIFY2(refused.error().message.contains(u"2026-01-01 00:00:00 UTC"_s), qPrintable(refused.error().message));
    QVERIFY2(refused.error().message.contains(u"2026-01-02 00:00:00 UTC"_s), qPrintable(refused.error().message));
    QVERIFY(refused.error().message.contains(u"reboot the Management Node"_s));

    h.send(event::AdminRebootedManagement{});
    QVERIFY(!h.engine.lock().has_value());
    QCOMPARE(h.engine.run()->outcome, RunOutcome::Abandoned);
    h.advance(3min);
    h.send(event::ManagementBack{v(kTarget)});
    QVERIFY(h.initiate("11.1 (72000.0.0)"));
}

void TestEngine::R7_managementRebootAbandonsRunButInstallsFinish()
{
    EngineSettings s;
    s.maxParallel = 2;
    Harness h(3, s, kOld, {0, 4, 0});
    QVERIFY(h.initiate());
    h.completeManagement();
    h.advance(h.engine.settings().preparingDuration);
    QCOMPARE(h.status(1), Code::Upgrading);
    QCOMPARE(h.status(2), Code::WaitingForCalls);
    QCOMPARE(h.status(3), Code::Pending);

    h.send(event::AdminRebootedManagement{});
    QCOMPARE(h.status(2), Code::Idle);
    QVERIFY(!h.engine.node(2)->maintenance);
    QCOMPARE(h.count(Kind::ExitMaintenance, 2), 1);
    QCOMPARE(h.status(3), Code::Idle);
    QCOMPARE(h.status(1), Code::Upgrading);

    h.advance(2min);
    h.send(event::InstallFinished{1});
    h.send(event::NodeRebootFinished{1, v(kTarget)});
    QCOMPARE(h.status(1), Code::Idle);
    QVERIFY(h.engine.node(1)->version.isSameBuild(v(kTarget)));
    QVERIFY(!h.engine.node(1)->maintenance);
    h.advance(2h);
    QCOMPARE(h.count(Kind::EnterMaintenance, 3), 0);
    QCOMPARE(h.count(Kind::StartInstall), 1);
}

void TestEngine::R7_lockEndsWhenRunCompletes()
{
    Harness h(2);
    QVERIFY(h.initiate());
    QVERIFY(h.engine.lock().has_value());
    Autopilot pilot(h);
    pilot.runUntilDone();
    QCOMPARE(h.engine.run()->outcome, RunOutcome::Completed);
    QVERIFY(h.engine.run()->endedAt.value() < kStart + 1h);
    QVERIFY(!h.engine.lock().has_value());
    // The next hop can start right away (v3 → v6 → v11 relies on it).
    QVERIFY(h.initiate("11.1 (72000.0.0)"));
}

void TestEngine::R8_unreachableNodeIsRequeuedAndDoesNotHangTheRun()
{
    Harness h(3);
    h.send(event::NodeUnreachable{2});
    QCOMPARE(h.status(2), Code::Unreachable);
    QVERIFY(h.initiate());
    Autopilot pilot(h);
    pilot.runUntilDone(2h);
    // Nodes 1 and 3 were not held up by node 2.
    QVERIFY(h.engine.node(1)->upgraded);
    QVERIFY(h.engine.node(3)->upgraded);
    QCOMPARE(h.status(2), Code::Unreachable);
    QVERIFY(h.engine.node(2)->attempts >= 2);
    QCOMPARE(h.count(Kind::EnterMaintenance, 2), 0);
    QCOMPARE(h.engine.run()->nodes[1].attempts.front().result, Attempt::Result::Unreachable);

    h.send(event::NodeReachable{2});
    pilot.runUntilDone();
    QCOMPARE(h.engine.run()->outcome, RunOutcome::Completed);
    QVERIFY(h.engine.node(2)->upgraded);
}

void TestEngine::R8_contactLostMidTurnFreesTheSlot()
{
    Harness h(2, {}, kOld, {2, 0});
    QVERIFY(h.initiate());
    h.completeManagement();
    h.advance(5min);
    QCOMPARE(h.status(1), Code::WaitingForCalls);
    h.send(event::NodeUnreachable{1});
    QCOMPARE(h.status(1), Code::Unreachable);
    QVERIFY(!h.engine.node(1)->maintenance);
    QCOMPARE(h.status(2), Code::Preparing);
    QCOMPARE(h.engine.queue().back(), 1);
    h.send(event::NodeReachable{1});
    QCOMPARE(h.status(1), Code::Pending);
}

void TestEngine::R8_silentInstallCountsAsFailedAttempt()
{
    Harness h(2);
    QVERIFY(h.initiate());
    h.completeManagement();
    h.advance(h.engine.settings().preparingDuration);
    QCOMPARE(h.status(1), Code::Upgrading);
    h.advance(h.engine.settings().installTimeout);
    QCOMPARE(h.status(1), Code::Unreachable);
    QCOMPARE(h.status(2), Code::Preparing);
}

void TestEngine::R9_rebootingStuckNodeDropsCallsAndRunContinues()
{
    Harness h(2, {}, kOld, {7, 0});
    QVERIFY(h.initiate());
    h.completeManagement();
    h.advance(30min);
    QCOMPARE(h.status(1), Code::WaitingForCalls);

    h.send(event::AdminRebootedNode{1});
    QCOMPARE(h.engine.node(1)->calls, 0);
    QCOMPARE(h.count(Kind::StartInstall), 0); // not while it is down
    h.advance(2min);
    h.send(event::NodeRebootFinished{1, v(kOld)});
    QCOMPARE(h.status(1), Code::Upgrading);
    h.advance(2min);
    h.send(event::InstallFinished{1});
    h.send(event::NodeRebootFinished{1, v(kTarget)});
    QCOMPARE(h.status(2), Code::Preparing);
    const auto hist = h.history(1);
    QVERIFY(std::find(hist.begin(), hist.end(), Code::CallsTimeout) == hist.end());
    QCOMPARE(h.engine.run()->nodes[0].attempts.size(), size_t(1));
}

void TestEngine::initiate_refusesNothingToDoAndDowngrade()
{
    Harness onTarget(2, {}, kTarget);
    const auto nothing = onTarget.initiate();
    QVERIFY(!nothing);
    QCOMPARE(nothing.error().code, u"run.nothing-to-do"_s);
    QVERIFY(!onTarget.engine.lock().has_value());

    Harness h(2);
    const auto down = h.initiate("9 (40000.0.0)");
    QVERIFY(!down);
    QCOMPARE(down.error().code, u"run.downgrade"_s);
    QVERIFY(down.error().message.contains(u"snapshot"_s));
    QVERIFY(!h.engine.isRunActive());
}

void TestEngine::time_neverRunsBackwards()
{
    Harness h(1, {}, kOld, {1});
    QVERIFY(h.initiate());
    h.completeManagement();
    const TimePoint t = h.engine.now();
    h.engine.advanceTo(t - 10h);
    QCOMPARE(h.engine.now(), t);
    h.engine.handle(event::CallsChanged{1, 1}, t - 1h);
    QCOMPARE(h.engine.now(), t);
}

void TestEngine::settings_validationNamesTheBadSetting()
{
    EngineSettings s;
    QVERIFY(!s.validationError());
    s.maxParallel = 11;
    QVERIFY(s.validationError()->contains(u"max_parallel"_s));
    s.maxParallel = 0;
    QVERIFY(s.validationError().has_value());
    s.maxParallel = 10;
    s.drainTimeout = Duration::zero();
    QVERIFY(s.validationError()->contains(u"drain timeout"_s));
}

QTEST_GUILESS_MAIN(TestEngine)
#include "tst_engine.moc"
