// Statuses a Management Node spells in a way nobody knows are classified
// from what the node shows (issue 12: "the status is inferred … and the raw
// string is still shown"). Narrow unit tests on built snapshots; the
// integration test runs a whole upgrade on unknown spellings
// (tests/integration/tst_statusspellings.cpp).

#include "core/api/snapshot.h"
#include "core/api/statusinference.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace iuc;
using namespace iuc::api;
using Code = NodeStatus::Code;

namespace {

const QString kOld = u"10.2 (40234.0.0)"_s;
const QString kNew = u"11 (71234.0.0)"_s;
const QDateTime kNow(QDate(2030, 1, 1), QTime(10, 0), Qt::UTC);

ReportedVersion version(const QString &text)
{
    return ReportedVersion{text, Version::fromString(text)};
}

WorkerVmStatus node(int id, const QString &status, const QString &onVersion = kOld)
{
    WorkerVmStatus n;
    n.id = id;
    n.name = u"node-%1"_s.arg(id);
    n.upgradeStatus = NodeStatus::fromApiCode(status);
    n.version = version(onVersion);
    n.syncStatus = u"SYNCED"_s;
    n.lastUpdated = kNow.addSecs(-5);
    return n;
}

Snapshot snapshot(const QString &managementVersion, QList<WorkerVmStatus> nodes)
{
    Snapshot s;
    s.serverTime = kNow;
    s.management.name = u"mgr"_s;
    s.management.version = version(managementVersion);
    s.management.upgradeStatus = NodeStatus::fromApiCode(u"S0"_s); // a text nobody knows
    s.nodes = std::move(nodes);
    return s;
}

} // namespace

class TestStatusInference final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void knownSpellings_areLeftAsRead();
    void inMaintenance_waitingWhileCallsRemainElseUpgrading();
    void outOfContact_rebootingInItsTurnElseUnreachable();
    void outOfContact_aNodeSilentForMinutesWithoutSyncStatus();
    void backInService_idleOnTheNewVersionPendingBehindTimedOutAfterWaiting();
    void runStart_anotherTextThanTheIdleOneIsPendingBeforeVersionsDiffer();
    void managementNode_withNoIdleTextKnownIdleOnceNodesFollowItElseUnknown();
    void firstSeenAtTheRunsStart_theIdleTextIsLearntWhenTheManagementNodeIsBack();
};

void TestStatusInference::knownSpellings_areLeftAsRead()
{
    StatusInference inference;
    Snapshot s = snapshot(kNew, {node(1, u"upgrade_pending"_s), node(2, u"IDLE"_s, kNew)});
    s.nodes[0].maintenanceMode = true; // would read as upgrading, were it inferred
    inference.classify(s);
    QCOMPARE(s.nodes[0].upgradeStatus.code(), Code::Pending);
    QVERIFY(!s.nodes[0].upgradeStatus.isInferred());
    QCOMPARE(s.nodes[1].upgradeStatus.code(), Code::Idle);
    QVERIFY(!s.nodes[1].upgradeStatus.isInferred());
}

void TestStatusInference::inMaintenance_waitingWhileCallsRemainElseUpgrading()
{
    StatusInference inference;
    Snapshot s = snapshot(kNew, {node(1, u"S3"_s), node(2, u"S3"_s), node(3, u"S3"_s)});
    for (WorkerVmStatus &n : s.nodes) {
        n.maintenanceMode = true;
        n.mediaLoad = 100; // what a node in maintenance reports: no sign of calls
    }
    s.nodes[0].signalingCount = 2;
    s.nodes[1].mediaTokensUsed = 4;
    inference.classify(s);
    QCOMPARE(s.nodes[0].upgradeStatus.code(), Code::WaitingForCalls);
    QCOMPARE(s.nodes[1].upgradeStatus.code(), Code::WaitingForCalls);
    QCOMPARE(s.nodes[2].upgradeStatus.code(), Code::Upgrading);
    for (const WorkerVmStatus &n : s.nodes) {
        QVERIFY(n.upgradeStatus.isInferred());
        QCOMPARE(n.upgradeStatus.reported(), u"S3"_s); // what the node said is still shown
    }
}

void TestStatusInference::outOfContact_rebootingInItsTurnElseUnreachable()
{
    StatusInference inference;
    Snapshot before = snapshot(kNew, {node(1, u"S5"_s), node(2, u"IDLE"_s)});
    before.nodes[0].maintenanceMode = true;
    inference.classify(before);
    QCOMPARE(before.nodes[0].upgradeStatus.code(), Code::Upgrading);

    Snapshot after = snapshot(kNew, {node(1, u"S6"_s), node(2, u"S7"_s)});
    for (WorkerVmStatus &n : after.nodes)
        n.syncStatus = u"NOT_SYNCED"_s;
    inference.classify(after);
    QCOMPARE(after.nodes[0].upgradeStatus.code(), Code::Rebooting); // it was installing
    QCOMPARE(after.nodes[1].upgradeStatus.code(), Code::Unreachable); // it was not in its turn
}

void TestStatusInference::outOfContact_aNodeSilentForMinutesWithoutSyncStatus()
{
    // A v24 node has no sync_status: its last report tells.
    StatusInference inference;
    Snapshot s = snapshot(kNew, {node(1, u"S7"_s), node(2, u"S7"_s, kNew)});
    for (WorkerVmStatus &n : s.nodes)
        n.syncStatus.clear();
    s.nodes[0].lastReported = kNow.addSecs(-600);
    s.nodes[1].lastReported = kNow.addSecs(-20);
    inference.classify(s);
    QCOMPARE(s.nodes[0].upgradeStatus.code(), Code::Unreachable);
    QCOMPARE(s.nodes[1].upgradeStatus.code(), Code::Idle);
}

void TestStatusInference::backInService_idleOnTheNewVersionPendingBehindTimedOutAfterWaiting()
{
    StatusInference inference;
    Snapshot waiting = snapshot(kNew, {node(1, u"S3"_s), node(2, u"S3"_s), node(3, u"S0"_s, kNew)});
    waiting.nodes[0].maintenanceMode = true;
    waiting.nodes[0].signalingCount = 1;
    inference.classify(waiting);
    QCOMPARE(waiting.nodes[0].upgradeStatus.code(), Code::WaitingForCalls);
    QCOMPARE(waiting.nodes[1].upgradeStatus.code(), Code::Pending); // behind, in service
    QCOMPARE(waiting.nodes[2].upgradeStatus.code(), Code::Idle);    // on the new version: done

    // The node gave up waiting: in service again, still on the old version.
    Snapshot timedOut = snapshot(kNew, {node(1, u"S4"_s), node(2, u"S0"_s, kNew)});
    timedOut.nodes[0].signalingCount = 1;
    inference.classify(timedOut);
    QCOMPARE(timedOut.nodes[0].upgradeStatus.code(), Code::CallsTimeout);
    QCOMPARE(timedOut.nodes[1].upgradeStatus.code(), Code::Idle); // back on the new version: done

    // It stays timed out until its next turn.
    Snapshot still = snapshot(kNew, {node(1, u"S4"_s), node(2, u"S0"_s, kNew)});
    inference.classify(still);
    QCOMPARE(still.nodes[0].upgradeStatus.code(), Code::CallsTimeout);
}

void TestStatusInference::runStart_anotherTextThanTheIdleOneIsPendingBeforeVersionsDiffer()
{
    // At the start of a run every system is still on the old version: only
    // the change of text from the idle one tells the nodes are queued.
    StatusInference inference;
    Snapshot idle = snapshot(kOld, {node(1, u"S0"_s), node(2, u"S0"_s)});
    idle.management.upgradeStatus = NodeStatus::fromApiCode(u"S0"_s);
    inference.classify(idle);
    QCOMPARE(idle.nodes[0].upgradeStatus.code(), Code::Idle);
    QCOMPARE(idle.management.upgradeStatus.code(), Code::Idle);

    Snapshot started = snapshot(kOld, {node(1, u"S1"_s), node(2, u"S0"_s)});
    started.management.upgradeStatus = NodeStatus::fromApiCode(u"S5"_s);
    inference.classify(started);
    QCOMPARE(started.nodes[0].upgradeStatus.code(), Code::Pending);
    QCOMPARE(started.nodes[1].upgradeStatus.code(), Code::Idle);
    // The Management Node has no calls or maintenance mode: another text
    // than the idle one is its own upgrade.
    QCOMPARE(started.management.upgradeStatus.code(), Code::Upgrading);

    // Behind the new version, the idle text still means idle (not in the run).
    Snapshot after = snapshot(kNew, {node(1, u"S1"_s), node(2, u"S0"_s)});
    after.management.upgradeStatus = NodeStatus::fromApiCode(u"S0"_s);
    inference.classify(after);
    QCOMPARE(after.nodes[0].upgradeStatus.code(), Code::Pending);
    QCOMPARE(after.nodes[1].upgradeStatus.code(), Code::Idle);
    QCOMPARE(after.management.upgradeStatus.code(), Code::Idle);
    QCOMPARE(after.management.upgradeStatus.reported(), u"S0"_s);
}

void TestStatusInference::managementNode_withNoIdleTextKnownIdleOnceNodesFollowItElseUnknown()
{
    StatusInference alone;
    Snapshot unknown = snapshot(kOld, {});
    unknown.management.upgradeStatus = NodeStatus::fromApiCode(u"M1"_s);
    alone.classify(unknown);
    QCOMPARE(unknown.management.upgradeStatus.code(), Code::Unknown);
    QVERIFY(!unknown.management.upgradeStatus.isInferred());

    StatusInference inference;
    Snapshot after = snapshot(kNew, {node(1, u"upgrade_pending"_s)});
    after.management.upgradeStatus = NodeStatus::fromApiCode(u"M1"_s);
    inference.classify(after);
    QCOMPARE(after.management.upgradeStatus.code(), Code::Idle); // it upgrades first
    QVERIFY(after.management.upgradeStatus.isInferred());
}

void TestStatusInference::firstSeenAtTheRunsStart_theIdleTextIsLearntWhenTheManagementNodeIsBack()
{
    // `upgradectl upgrade` starts the run, then watches: its first look has
    // no idle deployment to learn from.
    StatusInference inference;
    Snapshot first = snapshot(kOld, {node(1, u"queued"_s), node(2, u"queued"_s)});
    first.management.upgradeStatus = NodeStatus::fromApiCode(u"installing"_s);
    inference.classify(first);
    QCOMPARE(first.management.upgradeStatus.code(), Code::Unknown); // nothing to tell by
    QCOMPARE(first.nodes[0].upgradeStatus.code(), Code::Idle);       // wrong, and no guess made of it

    Snapshot back = snapshot(kNew, {node(1, u"queued"_s), node(2, u"queued"_s)});
    back.management.upgradeStatus = NodeStatus::fromApiCode(u"ready"_s);
    inference.classify(back);
    QCOMPARE(back.management.upgradeStatus.code(), Code::Idle); // back on a new version: its text is the idle one
    QCOMPARE(back.nodes[0].upgradeStatus.code(), Code::Pending);

    Snapshot upgraded = snapshot(kNew, {node(1, u"ready"_s, kNew), node(2, u"queued"_s)});
    upgraded.management.upgradeStatus = NodeStatus::fromApiCode(u"ready"_s);
    inference.classify(upgraded);
    QCOMPARE(upgraded.nodes[0].upgradeStatus.code(), Code::Idle);
    QCOMPARE(upgraded.nodes[1].upgradeStatus.code(), Code::Pending);
}

QTEST_GUILESS_MAIN(TestStatusInference)
#include "tst_statusinference.moc"
