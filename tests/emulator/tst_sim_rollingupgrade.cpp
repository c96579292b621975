// The rolling-upgrade rules (DESIGN §2) as a console sees them: through
// infinity-sim's API over real loopback HTTPS, the emulator running the core
// engine as its sequencer. Simulated time moves with /sim/v1/deployment/
// (the clock is frozen otherwise), so no test depends on the machine's speed.
//
// On the extended profile: these tests read the sequencer through the
// extensions (upgrade_run, the log, the reboot command, this project's status
// codes). How a real node's profile spells and shows the same run:
// tst_sim_profiles; the console on it: tst_observedrun, tst_realshapes.

#include "tests/common/simfixture.h"

#include <QHash>
#include <QMap>
#include <QRegularExpression>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

constexpr iuc::sim::ApiProfile kExtended = iuc::sim::ApiProfile::Extended;

// Scenarios without callers, where calls are not what a test is about:
// every node drains at once, so each turn takes the same simulated time.
constexpr const char *kNoCalls = R"({"call_load": 0})";

QString statusOf(const QJsonObject &node)
{
    return node.value(u"upgrade_status"_s).toString();
}

QStringList historyOf(const QJsonObject &runNode)
{
    QStringList codes;
    for (const QJsonValue &h : runNode.value(u"history"_s).toArray())
        codes.append(h.toObject().value(u"status"_s).toString());
    return codes;
}

QDateTime historyTime(const QJsonObject &runNode, const QString &status)
{
    for (const QJsonValue &h : runNode.value(u"history"_s).toArray()) {
        if (h.toObject().value(u"status"_s).toString() == status)
            return apiTime(h.toObject().value(u"at"_s));
    }
    return {};
}

QJsonArray attemptsOf(const QJsonObject &runNode)
{
    return runNode.value(u"attempts"_s).toArray();
}

QList<int> ids(const QJsonArray &array)
{
    QList<int> out;
    for (const QJsonValue &v : array)
        out.append(v.toInt());
    return out;
}

} // namespace

class TestSimRollingUpgrade final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void R2_fullRollingUpgradeCompletesOnRunningClock();
    void R1_apiAnswers503WhileManagementRebootsAndRunSurvives();
    void R4_stuckCallsTimeOutRequeueAndRetryLast();
    void R5_runStopsAtDeadlineWithMixedVersions();
    void R5_nodeHeldInMaintenanceIsReleasedOnlyAfterTheStop();
    void R6_repeatRunTakesOnlyNodesLeftBehind();
    void R7_secondStartRefusedUntilAdminRebootsManagement();
    void R8_unreachableNodeRequeuedAndRunGoesOn();
    void R9_rebootDropsCallsOfNodeWaitingForCalls();
    void R11_splitConferencesMatchParticipantsAndVersions();
    void R13_expectedErrorLinesInAdminLog();

private:
    // R5's situation: node `stuck` never drains; the run reaches its 24 h
    // stop. Returns the package id of the stopped run.
    QString runIntoDeadline(SimFixture &sim, int stuck);
};

void TestSimRollingUpgrade::R2_fullRollingUpgradeCompletesOnRunningClock()
{
    // Twelve nodes with callers, on a clock running 20,000 times real time:
    // the run takes hours of simulated time, about a second of real time.
    SimFixture sim;
    QVERIFY2(sim.start(SimFixture::config(12), kExtended), qPrintable(sim.startError()));
    const QString package = sim.uploadAndStart();
    QVERIFY(!package.isEmpty());
    QCOMPARE(sim.runState(), u"running"_s);

    QVERIFY(sim.setTimeScale(20'000).status == 200);
    QString state = u"running"_s;
    QVERIFY2(SimFixture::pollUntil([&] {
                 const Reply r = sim.get(kStatus + u"upgrade_run/?limit=1&nodes=false"_s);
                 if (r.status == 200) // 503 while the Management Node reboots (R1)
                     state = r.object().value(u"objects"_s).toArray().at(0).toObject().value(u"state"_s).toString();
                 return state != u"running"_s;
             }),
             qPrintable(u"still "_s + state));
    QVERIFY(sim.setTimeScale(0).status == 200);

    const QJsonObject run = sim.run();
    QCOMPARE(run.value(u"state"_s).toString(), u"completed"_s);
    QCOMPARE(run.value(u"systems_included"_s).toInt(), 13);
    QCOMPARE(run.value(u"systems_upgraded"_s).toInt(), 13);
    QCOMPARE(run.value(u"left_behind"_s).toArray().size(), 0);
    QCOMPARE(run.value(u"locked"_s).toBool(), false);

    const QJsonObject management = sim.management();
    QCOMPARE(management.value(u"version"_s).toString(), kTo);
    QCOMPARE(management.value(u"upgrade_status"_s).toString(), u"IDLE"_s);
    const QJsonArray nodes = sim.all(kStatus + u"worker_vm/"_s);
    QCOMPARE(nodes.size(), 12);
    for (const QJsonValue &v : nodes) {
        const QJsonObject n = v.toObject();
        QCOMPARE(n.value(u"version"_s).toString(), kTo);
        QCOMPARE(statusOf(n), u"IDLE"_s);
        QCOMPARE(n.value(u"maintenance_mode"_s).toBool(), false);
    }

    // R1: the Management Node first. R2/R3: one node at a time, turns never
    // overlap.
    const QDateTime managementDone = apiTime(run.value(u"management"_s).toObject().value(u"upgraded_at"_s));
    QVERIFY(managementDone.isValid());
    QList<std::pair<QDateTime, QDateTime>> turns;
    int waitedForCalls = 0;
    for (const QJsonValue &v : run.value(u"nodes"_s).toArray()) {
        QVERIFY(!v.toObject().value(u"upgraded_at"_s).isNull());
        waitedForCalls += historyOf(v.toObject()).contains(u"WAITING_FOR_CALLS"_s) ? 1 : 0;
        for (const QJsonValue &a : attemptsOf(v.toObject()))
            turns.append({apiTime(a.toObject().value(u"started_at"_s)), apiTime(a.toObject().value(u"ended_at"_s))});
    }
    std::sort(turns.begin(), turns.end());
    QVERIFY(turns.first().first >= managementDone);
    for (qsizetype i = 1; i < turns.size(); ++i)
        QVERIFY2(turns.at(i).first >= turns.at(i - 1).second, "two turns overlapped with max_parallel 1");
    QVERIFY2(waitedForCalls > 0, "callers were up: some node had to wait for its calls to clear");

    // The score: callers hung up, the upgrade ended no call, and one node
    // at a time out of each location's four left three in service.
    const QJsonObject score = sim.get(u"/sim/v1/state/"_s).object().value(u"score"_s).toObject();
    const QJsonObject ended = score.value(u"calls_ended"_s).toObject();
    QVERIFY(ended.value(u"caller_hung_up"_s).toInt() > 0);
    QCOMPARE(ended.value(u"upgrade"_s).toInt(-1), 0);
    QCOMPARE(ended.value(u"node_reboot"_s).toInt(-1), 0);
    QCOMPARE(ended.value(u"admin_disconnect"_s).toInt(-1), 0);
    const QJsonObject lowest = score.value(u"lowest_in_service_share"_s).toObject();
    QCOMPARE(lowest.size(), 3);
    for (auto it = lowest.begin(); it != lowest.end(); ++it)
        QCOMPARE(it.value().toDouble(), 0.75);

    // R7: the lock ended with the run; the same package now has nothing to
    // do: performing validates it first and refuses (R10).
    const Reply again = sim.startUpgrade(package);
    QCOMPARE(again.status, 400);
    QCOMPARE(again.object().value(u"code"_s).toString(), u"package.nothing-to-do"_s);
}

void TestSimRollingUpgrade::R1_apiAnswers503WhileManagementRebootsAndRunSurvives()
{
    SimFixture sim;
    QVERIFY2(sim.start(SimFixture::config(4, kFrom, kNoCalls), kExtended), qPrintable(sim.startError()));
    const QString package = sim.uploadAndStart();
    QVERIFY(!package.isEmpty());
    QCOMPARE(sim.management().value(u"upgrade_status"_s).toString(), u"UPGRADING"_s);

    // The install takes 4 min, then the Management Node reboots for 3 min.
    const Reply moved = sim.advance(4 * 60 + 1);
    QVERIFY2(moved.status == 200, moved.describe()); // the emulator's own API stays up
    QCOMPARE(moved.object().value(u"management_down_until"_s).toString(), u"2030-01-01T10:07:00.000"_s);

    // Retry-After is in real seconds: run the clock at real time to read it.
    QVERIFY(sim.setTimeScale(1).status == 200);
    for (const As as : {As::Admin, As::ReadOnly}) {
        const Reply down = sim.get(kStatus + u"worker_vm/"_s, as);
        QCOMPARE(down.status, 503);
        bool ok = false;
        const int retryAfter = down.header("Retry-After").toInt(&ok);
        QVERIFY2(ok && retryAfter >= 170 && retryAfter <= 179, down.header("Retry-After"));
        QVERIFY(!down.error().isEmpty());
        QCOMPARE(down.object().value(u"rebooting"_s).toBool(), true);
        QCOMPARE(down.object().value(u"back_at"_s).toString(), u"2030-01-01T10:07:00.000"_s);
    }
    QCOMPARE(sim.startUpgrade(package).status, 503);
    QVERIFY(sim.setTimeScale(0).status == 200);

    QVERIFY(sim.advance(180).status == 200);
    const QJsonObject management = sim.management();
    QCOMPARE(management.value(u"version"_s).toString(), kTo);
    QCOMPARE(management.value(u"upgrade_status"_s).toString(), u"IDLE"_s);
    QCOMPARE(management.value(u"boot_time"_s).toString(), u"2030-01-01T10:07:00.000"_s);

    // The run survived its Management Node's reboot, lock and all.
    const QJsonObject run = sim.run();
    QCOMPARE(run.value(u"state"_s).toString(), u"running"_s);
    QCOMPARE(run.value(u"locked"_s).toBool(), true);
    const QJsonObject m = run.value(u"management"_s).toObject();
    QCOMPARE(m.value(u"upgraded_at"_s).toString(), u"2030-01-01T10:07:00.000"_s);
    QStringList managementHistory;
    for (const QJsonValue &h : m.value(u"history"_s).toArray())
        managementHistory.append(h.toObject().value(u"status"_s).toString());
    QCOMPARE(managementHistory, (QStringList{u"IDLE"_s, u"UPGRADING"_s, u"REBOOTING"_s, u"IDLE"_s}));
    const Reply again = sim.startUpgrade(package);
    QCOMPARE(again.status, 409);

    // ... and goes on with the first Conferencing Node.
    QCOMPARE(statusOf(sim.node(1)), u"PREPARING"_s);
    QCOMPARE(sim.node(1).value(u"maintenance_mode"_s).toBool(), true);
    QVERIFY(sim.advanceUntil([&] { return sim.node(1).value(u"version"_s).toString() == kTo; }, 30, 3600));
}

void TestSimRollingUpgrade::R4_stuckCallsTimeOutRequeueAndRetryLast()
{
    // A 10-minute drain timeout instead of the hour keeps the run short;
    // the rule is the same.
    SimFixture sim;
    QVERIFY2(sim.start(SimFixture::config(5, kFrom, R"({"call_load": 0, "engine": {"drain_timeout_s": 600}})"), kExtended),
             qPrintable(sim.startError()));
    const Reply stuck = sim.patch(u"/sim/v1/node/1/"_s, QJsonObject{{u"stuck_calls"_s, true}});
    QVERIFY2(stuck.status == 200, stuck.describe());
    QCOMPARE(stuck.object().value(u"signaling_count"_s).toInt(), 1);
    QVERIFY(!sim.uploadAndStart().isEmpty());

    QVERIFY(sim.advanceUntil([&] { return statusOf(sim.node(1)) == u"WAITING_FOR_CALLS"_s; }, 30, 3600));
    QCOMPARE(sim.node(1).value(u"maintenance_mode"_s).toBool(), true);
    QCOMPARE(sim.node(1).value(u"maintenance_mode_reason"_s).toString(), u"Upgrade in progress"_s);

    QVERIFY(sim.advanceUntil([&] { return statusOf(sim.node(1)) == u"CALLS_TIMEOUT"_s; }, 30, 1200));
    const QJsonObject node = sim.node(1);
    QCOMPARE(node.value(u"maintenance_mode"_s).toBool(), false);
    QJsonObject run = sim.run();
    const QList<int> queue = ids(run.value(u"queue"_s).toArray());
    QVERIFY(!queue.isEmpty());
    QCOMPARE(queue.last(), 1);
    QCOMPARE(node.value(u"upgrade_queue_position"_s).toInt(), queue.size());
    QJsonObject first = SimFixture::runNode(run, 1);
    QCOMPARE(historyOf(first),
             (QStringList{u"IDLE"_s, u"PENDING"_s, u"PREPARING"_s, u"WAITING_FOR_CALLS"_s, u"CALLS_TIMEOUT"_s}));
    // The timeout counts from entering maintenance.
    QCOMPARE(historyTime(first, u"PREPARING"_s).secsTo(historyTime(first, u"CALLS_TIMEOUT"_s)), 600);
    QCOMPARE(attemptsOf(first).at(0).toObject().value(u"result"_s).toString(), u"calls_timeout"_s);

    // Retried only after every other node.
    QVERIFY(sim.advanceUntil([&] { return attemptsOf(SimFixture::runNode(sim.run(), 1)).size() >= 2; }, 30, 3 * 3600));
    run = sim.run();
    const QDateTime retried = apiTime(attemptsOf(SimFixture::runNode(run, 1)).at(1).toObject().value(u"started_at"_s));
    for (int id = 2; id <= 5; ++id) {
        const QJsonObject other = SimFixture::runNode(run, id);
        QVERIFY2(!other.value(u"upgraded_at"_s).isNull(), qPrintable(u"node %1 not upgraded"_s.arg(id)));
        QVERIFY(apiTime(other.value(u"upgraded_at"_s)) <= retried);
        QCOMPARE(attemptsOf(other).size(), 1);
    }
    QCOMPARE(sim.node(1).value(u"upgrade_attempts"_s).toInt(), 2);
    QCOMPARE(sim.node(1).value(u"version"_s).toString(), kFrom);
}

QString TestSimRollingUpgrade::runIntoDeadline(SimFixture &sim, int stuck)
{
    const Reply r = sim.patch(u"/sim/v1/node/%1/"_s.arg(stuck), QJsonObject{{u"stuck_calls"_s, true}});
    if (r.status != 200)
        return {};
    const QString package = sim.uploadAndStart();
    if (package.isEmpty())
        return {};
    // The real 24 h; a quarter of an hour per step.
    if (!sim.advanceUntil([&] { return sim.runState() != u"running"_s; }, 900, 26 * 3600))
        return {};
    return package;
}

void TestSimRollingUpgrade::R5_runStopsAtDeadlineWithMixedVersions()
{
    SimFixture sim;
    QVERIFY2(sim.start(SimFixture::config(4, kFrom, kNoCalls), kExtended), qPrintable(sim.startError()));
    QVERIFY(!runIntoDeadline(sim, 2).isEmpty());

    QJsonObject run = sim.run();
    QCOMPARE(run.value(u"state"_s).toString(), u"stopped"_s);
    QCOMPARE(run.value(u"started_at"_s).toString(), u"2030-01-01T10:00:00.000"_s);
    QCOMPARE(run.value(u"deadline_at"_s).toString(), u"2030-01-02T10:00:00.000"_s);
    QCOMPARE(run.value(u"ended_at"_s).toString(), u"2030-01-02T10:00:00.000"_s);
    QCOMPARE(ids(run.value(u"left_behind"_s).toArray()), QList<int>{2});
    QCOMPARE(run.value(u"systems_upgraded"_s).toInt(), 4);
    QCOMPARE(run.value(u"locked"_s).toBool(), false);
    const QJsonArray attempts = attemptsOf(SimFixture::runNode(run, 2));
    QVERIFY2(attempts.size() > 2, "an hour's timeout, then back of the queue, again and again");
    QCOMPARE(attempts.first().toObject().value(u"result"_s).toString(), u"calls_timeout"_s);
    QCOMPARE(attempts.last().toObject().value(u"result"_s).toString(), u"stopped"_s);

    // Mixed versions remain, and stay: nothing moves after the stop.
    auto versions = [&] {
        QStringList v;
        for (const QJsonValue &n : sim.all(kStatus + u"worker_vm/"_s))
            v.append(n.toObject().value(u"version"_s).toString());
        return v;
    };
    const QStringList mixed{kTo, kFrom, kTo, kTo};
    QCOMPARE(versions(), mixed);
    QCOMPARE(sim.management().value(u"version"_s).toString(), kTo);
    const QString stuckStatus = statusOf(sim.node(2));
    QVERIFY(sim.advance(4 * 3600).status == 200);
    QCOMPARE(versions(), mixed);
    QCOMPARE(statusOf(sim.node(2)), stuckStatus);
    QCOMPARE(sim.runState(), u"stopped"_s);
}

void TestSimRollingUpgrade::R5_nodeHeldInMaintenanceIsReleasedOnlyAfterTheStop()
{
    SimFixture sim;
    QVERIFY2(sim.start(SimFixture::config(2, kFrom, kNoCalls), kExtended), qPrintable(sim.startError()));
    QVERIFY(sim.patch(u"/sim/v1/node/1/"_s, QJsonObject{{u"stuck_calls"_s, true}}).status == 200);
    QVERIFY(!sim.uploadAndStart().isEmpty());
    QVERIFY(sim.advanceUntil([&] { return statusOf(sim.node(1)) == u"WAITING_FOR_CALLS"_s; }, 30, 3600));

    // While the run holds the node, an admin cannot release it from the API…
    const QString config = u"/api/admin/configuration/v1/worker_vm/1/"_s;
    const Reply refused = sim.patch(config, QJsonObject{{u"maintenance_mode"_s, false}});
    QVERIFY2(refused.status == 409, refused.describe());
    QCOMPARE(refused.object().value(u"code"_s).toString(), u"node.in-upgrade-turn"_s);
    QVERIFY(refused.error().contains(u"reboot"_s));
    QVERIFY(sim.node(1).value(u"maintenance_mode"_s).toBool());

    // …after the 24-hour stop left it in maintenance (R5), it can.
    QVERIFY(sim.advanceUntil([&] { return sim.runState() == u"stopped"_s; }, 1800, 30 * 3600));
    // (Node 1 spends all but seconds of each hour in maintenance; the clock
    // is frozen between steps, so where the stop falls is fixed.)
    QVERIFY(sim.node(1).value(u"maintenance_mode"_s).toBool());
    const Reply released = sim.patch(config, QJsonObject{{u"maintenance_mode"_s, false}});
    QVERIFY2(released.status == 202, released.describe());
    QVERIFY(!sim.node(1).value(u"maintenance_mode"_s).toBool());
    QCOMPARE(statusOf(sim.node(1)), u"WAITING_FOR_CALLS"_s); // its upgrade state is kept as it was
}

void TestSimRollingUpgrade::R6_repeatRunTakesOnlyNodesLeftBehind()
{
    SimFixture sim;
    QVERIFY2(sim.start(SimFixture::config(4, kFrom, kNoCalls), kExtended), qPrintable(sim.startError()));
    const QString package = runIntoDeadline(sim, 2);
    QVERIFY(!package.isEmpty());
    QCOMPARE(sim.runState(), u"stopped"_s);

    // The fault is cleared; its last call ends at the next check.
    QVERIFY(sim.patch(u"/sim/v1/node/2/"_s, QJsonObject{{u"stuck_calls"_s, false}}).status == 200);
    QVERIFY(sim.advance(600).status == 200);
    const QString address = sim.get(kConfig + u"worker_vm/2/"_s).object().value(u"address"_s).toString();
    QCOMPARE(sim.calls(address), 0);

    // Uploaded again, the package is judged a repeat run for one system.
    const Reply judged = sim.uploadChunked(sim.scratchPath(u"package-11(71234.0.0).tar"_s)).finish;
    QVERIFY2(judged.status == 200, judged.describe());
    QCOMPARE(judged.object().value(u"verdict"_s).toString(), u"repeat_run"_s);
    QCOMPARE(judged.object().value(u"systems_to_upgrade"_s).toInt(), 1);

    QHash<int, QString> bootTimes;
    for (const int id : {1, 3, 4})
        bootTimes.insert(id, sim.node(id).value(u"boot_time"_s).toString());

    // The first upload is still staged: start from it.
    const Reply started = sim.startUpgrade(package);
    QVERIFY2(started.status == 202, started.describe());
    QCOMPARE(started.object().value(u"run"_s).toObject().value(u"systems_included"_s).toInt(), 1);
    QVERIFY(sim.advanceUntil([&] { return sim.runState() != u"running"_s; }, 60, 4 * 3600));

    const QJsonObject run = sim.run();
    QCOMPARE(run.value(u"state"_s).toString(), u"completed"_s);
    QCOMPARE(run.value(u"systems_included"_s).toInt(), 1);
    QCOMPARE(run.value(u"systems_upgraded"_s).toInt(), 1);
    QCOMPARE(run.value(u"management"_s).toObject().value(u"included"_s).toBool(), false);
    QCOMPARE(sim.node(2).value(u"version"_s).toString(), kTo);
    QCOMPARE(SimFixture::runNode(run, 2).value(u"included"_s).toBool(), true);
    for (const int id : {1, 3, 4}) {
        const QJsonObject untouched = SimFixture::runNode(run, id);
        QCOMPARE(untouched.value(u"included"_s).toBool(), false);
        QCOMPARE(attemptsOf(untouched).size(), 0);
        QCOMPARE(historyOf(untouched), QStringList{u"IDLE"_s}); // no turn: not one status change
        const QJsonObject status = sim.node(id);
        QCOMPARE(status.value(u"boot_time"_s).toString(), bootTimes.value(id)); // never rebooted
        QCOMPARE(status.value(u"upgrade_attempts"_s).toInt(), 0);
        QCOMPARE(status.value(u"version"_s).toString(), kTo);
    }
    // The stopped run is kept as history behind the new one.
    const QJsonArray runs = sim.get(kStatus + u"upgrade_run/?nodes=false"_s).object().value(u"objects"_s).toArray();
    QCOMPARE(runs.size(), 2);
    QCOMPARE(runs.at(1).toObject().value(u"state"_s).toString(), u"stopped"_s);
}

void TestSimRollingUpgrade::R7_secondStartRefusedUntilAdminRebootsManagement()
{
    SimFixture sim;
    QVERIFY2(sim.start(SimFixture::config(4, kFrom, kNoCalls), kExtended), qPrintable(sim.startError()));
    QVERIFY(sim.patch(u"/sim/v1/node/1/"_s, QJsonObject{{u"stuck_calls"_s, true}}).status == 200);
    const QString package = sim.uploadAndStart();
    QVERIFY(!package.isEmpty());

    const Reply locked = sim.startUpgrade(package);
    QVERIFY2(locked.status == 409, locked.describe());
    const QJsonObject body = locked.object();
    QCOMPARE(body.value(u"code"_s).toString(), u"run.locked"_s);
    QCOMPARE(body.value(u"locked_since"_s).toString(), u"2030-01-01T10:00:00.000"_s);
    QCOMPARE(body.value(u"locked_until"_s).toString(), u"2030-01-02T10:00:00.000"_s);
    QVERIFY2(body.value(u"how_to_lift"_s).toString().contains(u"reboot the Management Node"_s),
             qPrintable(body.value(u"how_to_lift"_s).toString()));
    QVERIFY(!locked.error().isEmpty());

    // Past the Management Node's own upgrade, with node 1 waiting for its calls.
    QVERIFY(sim.advanceUntil([&] { return statusOf(sim.node(1)) == u"WAITING_FOR_CALLS"_s; }, 30, 3600));
    QCOMPARE(sim.startUpgrade(package).status, 409);

    const Reply reboot = sim.post(kCommand + u"reboot/"_s, QJsonObject{{u"node"_s, u"management"_s}});
    QVERIFY2(reboot.status == 202, reboot.describe());
    const QString rebootedAt = sim.get(u"/sim/v1/state/"_s).object().value(u"now"_s).toString();
    QCOMPARE(sim.get(kStatus + u"upgrade_run/"_s).status, 503);
    QCOMPARE(sim.startUpgrade(package).status, 503);

    QVERIFY(sim.advance(180).status == 200);
    QCOMPARE(apiTime(sim.management().value(u"boot_time"_s)), apiTime(rebootedAt).addSecs(180));
    const QJsonObject run = sim.run();
    QCOMPARE(run.value(u"state"_s).toString(), u"abandoned"_s);
    QCOMPARE(run.value(u"locked"_s).toBool(), false);
    // The node that waited for its calls left maintenance mode.
    const QJsonObject node = sim.node(1);
    QCOMPARE(node.value(u"maintenance_mode"_s).toBool(), false);
    QCOMPARE(statusOf(node), u"IDLE"_s);
    QCOMPARE(attemptsOf(SimFixture::runNode(run, 1)).at(0).toObject().value(u"result"_s).toString(), u"abandoned"_s);

    const Reply fresh = sim.startUpgrade(package);
    QVERIFY2(fresh.status == 202, fresh.describe());
    QCOMPARE(sim.runState(), u"running"_s);
    const QJsonArray runs = sim.get(kStatus + u"upgrade_run/?nodes=false"_s).object().value(u"objects"_s).toArray();
    QCOMPARE(runs.size(), 2);
    QCOMPARE(runs.at(1).toObject().value(u"state"_s).toString(), u"abandoned"_s);
}

void TestSimRollingUpgrade::R8_unreachableNodeRequeuedAndRunGoesOn()
{
    SimFixture sim;
    QVERIFY2(sim.start(SimFixture::config(5, kFrom, kNoCalls), kExtended), qPrintable(sim.startError()));
    const Reply cut = sim.patch(u"/sim/v1/node/3/"_s, QJsonObject{{u"reachable"_s, false}});
    QVERIFY2(cut.status == 200, cut.describe());
    QCOMPARE(statusOf(cut.object()), u"UNREACHABLE"_s);
    const QString address = sim.get(kConfig + u"worker_vm/3/"_s).object().value(u"address"_s).toString();
    QVERIFY(!address.isEmpty());
    // last_updated stops at the moment contact was lost, while the clock moves on.
    const QString lostAt = cut.object().value(u"last_updated"_s).toString();
    QVERIFY(sim.advance(600).status == 200);
    QCOMPARE(sim.node(3).value(u"last_updated"_s).toString(), lostAt);
    QVERIFY(sim.node(3).value(u"last_attempted_contact"_s).toString() > lostAt);

    auto alarmed = [&] {
        for (const QJsonValue &a : sim.all(kStatus + u"alarm/"_s)) {
            const QJsonObject alarm = a.toObject();
            // Like a real node's: a snake_case kind, the node by its IPv4 address.
            if (alarm.value(u"node"_s).toString() == address && alarm.value(u"name"_s).toString() == u"connectivity_lost"_s)
                return alarm.value(u"level"_s).toString() == u"error"_s;
        }
        return false;
    };
    QVERIFY(alarmed());

    QVERIFY(!sim.uploadAndStart().isEmpty());
    // Its turn comes, contact fails, and it goes to the back of the queue.
    QVERIFY(sim.advanceUntil(
        [&] {
            const QJsonArray attempts = attemptsOf(SimFixture::runNode(sim.run(), 3));
            return attempts.size() == 1 && !attempts.at(0).toObject().value(u"ended_at"_s).isNull();
        },
        30, 3600));
    QJsonObject run = sim.run();
    const QJsonObject failed = attemptsOf(SimFixture::runNode(run, 3)).at(0).toObject();
    QCOMPARE(failed.value(u"result"_s).toString(), u"unreachable"_s);
    QCOMPARE(ids(run.value(u"queue"_s).toArray()).last(), 3);
    QCOMPARE(statusOf(sim.node(3)), u"UNREACHABLE"_s);

    // The run does not hang on it: the others are upgraded, then it is retried.
    QVERIFY(sim.advanceUntil(
        [&] {
            const QJsonObject r = sim.run();
            for (const int id : {1, 2, 4, 5}) {
                if (SimFixture::runNode(r, id).value(u"upgraded_at"_s).isNull())
                    return false;
            }
            return attemptsOf(SimFixture::runNode(r, 3)).size() >= 2;
        },
        30, 4 * 3600));
    run = sim.run();
    QCOMPARE(run.value(u"state"_s).toString(), u"running"_s);
    const QDateTime retried = apiTime(attemptsOf(SimFixture::runNode(run, 3)).at(1).toObject().value(u"started_at"_s));
    QVERIFY(apiTime(SimFixture::runNode(run, 4).value(u"upgraded_at"_s)) > apiTime(failed.value(u"ended_at"_s)));
    for (const int id : {1, 2, 4, 5})
        QVERIFY(apiTime(SimFixture::runNode(run, id).value(u"upgraded_at"_s)) <= retried);
    QVERIFY(alarmed());

    // Back in contact, it is upgraded at its next try and the alarm clears.
    QVERIFY(sim.patch(u"/sim/v1/node/3/"_s, QJsonObject{{u"reachable"_s, true}}).status == 200);
    QVERIFY(sim.advanceUntil([&] { return sim.runState() != u"running"_s; }, 30, 3600));
    run = sim.run();
    QCOMPARE(run.value(u"state"_s).toString(), u"completed"_s);
    QCOMPARE(run.value(u"systems_upgraded"_s).toInt(), 6);
    const QJsonArray attempts = attemptsOf(SimFixture::runNode(run, 3));
    QCOMPARE(attempts.last().toObject().value(u"result"_s).toString(), u"upgraded"_s);
    QCOMPARE(sim.node(3).value(u"version"_s).toString(), kTo);
    QCOMPARE(statusOf(sim.node(3)), u"IDLE"_s);
    QVERIFY(!alarmed());
}

void TestSimRollingUpgrade::R9_rebootDropsCallsOfNodeWaitingForCalls()
{
    SimFixture sim;
    QVERIFY2(sim.start(SimFixture::config(4, kFrom, kNoCalls), kExtended), qPrintable(sim.startError()));
    QVERIFY(sim.patch(u"/sim/v1/node/1/"_s, QJsonObject{{u"stuck_calls"_s, true}}).status == 200);
    QVERIFY(sim.patch(u"/sim/v1/node/1/"_s, QJsonObject{{u"add_calls"_s, 3}}).status == 200);
    const QString address = sim.get(kConfig + u"worker_vm/1/"_s).object().value(u"address"_s).toString();
    QCOMPARE(sim.calls(address), 4);
    QVERIFY(!sim.uploadAndStart().isEmpty());

    QVERIFY(sim.advanceUntil([&] { return statusOf(sim.node(1)) == u"WAITING_FOR_CALLS"_s; }, 30, 3600));
    QVERIFY(sim.advance(20 * 60).status == 200); // well stuck, well short of the hour
    QCOMPARE(statusOf(sim.node(1)), u"WAITING_FOR_CALLS"_s);
    QCOMPARE(sim.calls(address), 4);

    const Reply reboot = sim.post(kCommand + u"reboot/"_s, QJsonObject{{u"node"_s, 1}});
    QVERIFY2(reboot.status == 202, reboot.describe());
    QCOMPARE(sim.calls(address), 0);
    QCOMPARE(sim.node(1).value(u"signaling_count"_s).toInt(), 0);

    QVERIFY(sim.advanceUntil([&] { return sim.node(1).value(u"version"_s).toString() == kTo; }, 30, 30 * 60));
    const QJsonObject node = sim.node(1);
    QCOMPARE(statusOf(node), u"IDLE"_s);
    QCOMPARE(node.value(u"maintenance_mode"_s).toBool(), false);
    const QJsonObject record = SimFixture::runNode(sim.run(), 1);
    QVERIFY2(!historyOf(record).contains(u"CALLS_TIMEOUT"_s), qPrintable(historyOf(record).join(u", ")));
    QCOMPARE(attemptsOf(record).size(), 1);
    QCOMPARE(attemptsOf(record).at(0).toObject().value(u"result"_s).toString(), u"upgraded"_s);
    // The run continues normally with the next node.
    QVERIFY(sim.advanceUntil([&] { return sim.runState() == u"completed"_s; }, 30, 3600));
}

void TestSimRollingUpgrade::R11_splitConferencesMatchParticipantsAndVersions()
{
    SimFixture sim;
    QVERIFY2(sim.start(SimFixture::config(12), kExtended), qPrintable(sim.startError()));
    QCOMPARE(sim.get(u"/sim/v1/state/"_s).object().value(u"split_conferences"_s).toArray().size(), 0);
    QVERIFY(!sim.uploadAndStart().isEmpty());

    QHash<int, QString> addressOf;
    for (const QJsonValue &c : sim.all(kConfig + u"worker_vm/"_s))
        addressOf.insert(c.toObject().value(u"id"_s).toInt(), c.toObject().value(u"address"_s).toString());

    // Mid-run: some nodes on the new version, some not.
    int upgraded = -1, behind = -1;
    QVERIFY(sim.advanceUntil(
        [&] {
            upgraded = behind = -1;
            int done = 0;
            for (const QJsonValue &v : sim.all(kStatus + u"worker_vm/"_s)) {
                const QJsonObject n = v.toObject();
                if (n.value(u"version"_s).toString() == kTo && statusOf(n) == u"IDLE"_s) {
                    ++done;
                    upgraded = n.value(u"id"_s).toInt();
                } else if (statusOf(n) == u"PENDING"_s) {
                    behind = n.value(u"id"_s).toInt();
                }
            }
            return done >= 2 && behind > 0;
        },
        300, 12 * 3600));

    // Two callers of one meeting, on nodes of different versions.
    for (const int id : {upgraded, behind}) {
        const Reply r = sim.patch(u"/sim/v1/node/%1/"_s.arg(id),
                                  QJsonObject{{u"add_calls"_s, 1}, {u"conference"_s, u"meet.r11-check"_s}});
        QVERIFY2(r.status == 200, r.describe());
    }

    // What a console computes from the public API (the clock is frozen, so
    // these reads see one instant)...
    QHash<QString, QString> versionAt;
    for (const QJsonValue &v : sim.all(kStatus + u"worker_vm/"_s))
        versionAt.insert(addressOf.value(v.toObject().value(u"id"_s).toInt()), v.toObject().value(u"version"_s).toString());
    QMap<QString, QMap<QString, int>> byConference;
    for (const QJsonValue &v : sim.all(kStatus + u"participant/?limit=5000"_s)) {
        const QJsonObject p = v.toObject();
        ++byConference[p.value(u"conference"_s).toString()][versionAt.value(p.value(u"media_node"_s).toString())];
    }
    QMap<QString, QMap<QString, int>> expected;
    for (auto it = byConference.cbegin(); it != byConference.cend(); ++it) {
        if (it.value().size() > 1)
            expected.insert(it.key(), it.value());
    }
    QVERIFY(expected.contains(u"meet.r11-check"_s));
    QCOMPARE(expected.value(u"meet.r11-check"_s), (QMap<QString, int>{{kFrom, 1}, {kTo, 1}}));

    // ... is what the emulator knows to be split.
    QMap<QString, QMap<QString, int>> reported;
    for (const QJsonValue &v : sim.get(u"/sim/v1/state/"_s).object().value(u"split_conferences"_s).toArray()) {
        QMap<QString, int> counts;
        const QJsonObject byVersion = v.toObject().value(u"participants_by_version"_s).toObject();
        for (auto it = byVersion.begin(); it != byVersion.end(); ++it)
            counts.insert(it.key(), it.value().toInt());
        reported.insert(v.toObject().value(u"name"_s).toString(), counts);
    }
    QCOMPARE(reported, expected);
}

void TestSimRollingUpgrade::R13_expectedErrorLinesInAdminLog()
{
    SimFixture sim;
    QVERIFY2(sim.start(SimFixture::config(3, kFrom, kNoCalls), kExtended), qPrintable(sim.startError()));
    QVERIFY(!sim.uploadAndStart().isEmpty());
    QVERIFY(sim.advanceUntil([&] { return sim.runState() == u"completed"_s; }, 60, 4 * 3600));

    const QJsonArray entries = sim.all(kStatus + u"log/?limit=5000"_s);
    QVERIFY(entries.size() > 10);
    // The vendor's format: syslog time, host, the same time again, fields.
    static const QRegularExpression shape(
        uR"re(^(\d{4}-\d\d-\d\d)T(\d\d:\d\d:\d\d)\.(\d{3})\+00:00 mgr01 (\d{4}-\d\d-\d\d) (\d\d:\d\d:\d\d),(\d{3}) Level="(INFO|WARNING|ERROR)" Name="[a-z.]+" Message="[^"]+")re"_s);
    QStringList errors;
    for (const QJsonValue &v : entries) {
        const QJsonObject e = v.toObject();
        const QString line = e.value(u"line"_s).toString();
        const auto m = shape.match(line);
        QVERIFY2(m.hasMatch(), qPrintable(line));
        QCOMPARE(m.captured(1), m.captured(4));
        QCOMPARE(m.captured(2), m.captured(5));
        QCOMPARE(m.captured(3), m.captured(6));
        QCOMPARE(m.captured(7), e.value(u"level"_s).toString());
        if (m.captured(7) == u"ERROR"_s)
            errors.append(line.mid(line.indexOf(u"Level="_s)));
    }

    // Exactly the expected three per upgraded node, and no other error.
    QStringList expected;
    for (const QJsonValue &c : sim.all(kConfig + u"worker_vm/"_s)) {
        const QJsonObject n = c.toObject();
        const QString host = n.value(u"hostname"_s).toString() + u'.' + n.value(u"domain"_s).toString();
        expected << uR"(Level="ERROR" Name="administrator.system.configuration" Message="Node configuration failed." Node="%1" Resource="File[/etc/certs/privatekey.pem]")"_s.arg(host)
                 << uR"(Level="ERROR" Name="administrator.system.configuration" Message="Node configuration failed." Node=""%1" Resource="File[/etc/certs/server.pem]")"_s.arg(host)
                 << uR"(Level="ERROR" Name="administrator.system.connectivity" Message="Unable to contact node." Node="%1")"_s.arg(n.value(u"address"_s).toString());
    }
    QCOMPARE(errors, expected);
}

QTEST_GUILESS_MAIN(TestSimRollingUpgrade)
#include "tst_sim_rollingupgrade.moc"
