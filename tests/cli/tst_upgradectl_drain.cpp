// upgradectl --drain-ahead (issue 15, items 1 and 2) as an admin runs it: a
// real process against infinity-sim's `pexip` profile (only what real nodes
// serve) over verified loopback HTTPS, the run in the emulator's fast time.
// It drains nodes ahead of their turn under the capacity guardrail, says
// each change, and leaves no node in maintenance by its doing when the run
// ends or when the admin presses Ctrl-C; the node the admin put into
// maintenance stays as the admin left it.

#include "cli/exitcodes.h"
#include "tests/cli/upgradectlprocess.h"
#include "tests/common/simfixture.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace iuc::cli;

namespace {

// Short calls, so that the run ends in a minute at the emulator's pace.
constexpr auto kScenario = R"({"call_load": 2, "timings": {"mean_call_s": 300},
  "locations": [{"name": "Oslo", "nodes": 6, "calls_per_hour": 60},
                {"name": "London", "nodes": 3, "calls_per_hour": 30},
                {"name": "New York", "nodes": 4, "calls_per_hour": 40}]})";
constexpr int kAdminsNode = 8; // a London node, in maintenance by the admin's hand
// A hundred nodes at the emulator's high pace (issue 15, "Measured"): a
// refresh a second sees a few turns at once.
constexpr auto kHundred = R"({"call_load": 2, "timings": {"mean_call_s": 300},
  "locations": [{"name": "Oslo", "nodes": 40, "calls_per_hour": 400},
                {"name": "London", "nodes": 30, "calls_per_hour": 300},
                {"name": "New York", "nodes": 30, "calls_per_hour": 300}]})";
constexpr int kHundredsAdminsNode = 45; // a London node

SimFixture::Options options(int nodes = 13)
{
    SimFixture::Options o;
    o.deployment = SimFixture::config(nodes, kFrom, nodes == 13 ? kScenario : kHundred);
    o.api = iuc::sim::ApiProfile::Pexip;
    o.timeScale = nodes == 13 ? 150 : 300; // 13: a refresh a second sees every turn
    return o;
}

// The nodes in maintenance mode now, by id.
QList<int> inMaintenance(SimFixture &sim)
{
    QList<int> ids;
    for (const QJsonValue &n : sim.all(kConfig + u"worker_vm/"_s)) {
        if (n.toObject().value(u"maintenance_mode"_s).toBool())
            ids.append(n.toObject().value(u"id"_s).toInt());
    }
    return ids;
}

int count(const QString &text, const QString &what)
{
    return static_cast<int>(text.count(what));
}

} // namespace

class TestUpgradectlDrain final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void drainAhead_upgradeDrainsUnderTheGuardrailAndReturnsEveryNode_data();
    void drainAhead_upgradeDrainsUnderTheGuardrailAndReturnsEveryNode();
    void drainAhead_ctrlCReturnsTheNodesBeforeExiting();
    void drainAhead_killedThenWatchCarriesOnAndReturnsEveryNode();
    void drainAhead_onlyWithTheCommandsThatWatchARun();
    void startWindow_confirmedNowCtrlCWhileWaitingStartsNothing();
    void startWindow_optionsCheckedBeforeConnecting();
};

void TestUpgradectlDrain::drainAhead_upgradeDrainsUnderTheGuardrailAndReturnsEveryNode_data()
{
    QTest::addColumn<int>("nodes");
    QTest::addColumn<int>("adminsNode");
    QTest::newRow("13 nodes") << 13 << kAdminsNode;
    QTest::newRow("100 nodes") << 100 << kHundredsAdminsNode;
}

void TestUpgradectlDrain::drainAhead_upgradeDrainsUnderTheGuardrailAndReturnsEveryNode()
{
    QFETCH(int, nodes);
    QFETCH(int, adminsNode);
    SimFixture sim;
    QVERIFY2(sim.start(options(nodes)), qPrintable(sim.startError()));
    QCOMPARE(sim.patch(kConfig + u"worker_vm/%1/"_s.arg(adminsNode), QJsonObject{{u"maintenance_mode"_s, true}}).status,
             202);
    const QString package = sim.writePackage(u"p11.tar"_s, kTo, 1 << 20);
    QTemporaryDir data; // this test's records only
    Ctl ctl(sim);
    ctl.setDataHome(data.path());
    const Run r = ctl.run(ctl.connection()
                              + QStringList{u"upgrade"_s, package, u"--yes"_s, u"--interval"_s, u"1"_s,
                                            u"--drain-ahead"_s, u"--keep-in-service"_s, u"50"_s},
                          300'000);
    QVERIFY2(r.exitCode == Ok, qPrintable(r.out + r.err));
    QVERIFY2(r.out.contains(u"Completed: upgrade to "_s + kTo), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"Drain ahead on: at least 50 % of each location's capacity stays in service."_s),
             qPrintable(r.out));
    // Each node drained ahead is said, and said back in service.
    const int drained = count(r.out, u"in maintenance mode ahead of its turn"_s);
    QVERIFY2(drained >= 1, qPrintable(r.out));
    QCOMPARE(count(r.out, u"back in service"_s), drained);
    const QString adminsName = nodes == 13 ? u"loc2-conf02"_s : u"loc2-conf05"_s;
    QVERIFY2(!r.out.contains(adminsName + u" in maintenance mode ahead"_s), qPrintable(r.out)); // the admin's
    // Every node on the new version; only the admin's in maintenance.
    for (const QJsonValue &n : sim.all(kStatus + u"worker_vm/"_s))
        QCOMPARE(n.toObject().value(u"version"_s).toString(), kTo);
    QCOMPARE(inMaintenance(sim), QList<int>{adminsNode});
    // The guardrail held where only the upgrade and upgradectl drained.
    const QJsonObject lowest = sim.get(u"/sim/v1/state/"_s).object().value(u"score"_s).toObject()
                                   .value(u"lowest_in_service_share"_s).toObject();
    for (const QString &location : {u"Oslo"_s, u"New York"_s})
        QVERIFY2(lowest.value(location).toDouble(-1) >= 0.5 - 1e-6, qPrintable(location));
    const QJsonObject ended =
        sim.get(u"/sim/v1/state/"_s).object().value(u"score"_s).toObject().value(u"calls_ended"_s).toObject();
    QCOMPARE(ended.value(u"upgrade"_s).toInt(), 0);
    // The figures for docs/performance.md.
    static const QRegularExpression took(uR"(Completed: .* in ([^.]*)\.)"_s);
    qInfo().noquote() << nodes << "nodes:" << took.match(r.out).captured(1) << "(virtual)," << drained
                      << "drained ahead; lowest in service: Oslo" << lowest.value(u"Oslo"_s).toDouble()
                      << "London" << lowest.value(u"London"_s).toDouble() << "New York"
                      << lowest.value(u"New York"_s).toDouble() << "; calls ended by callers"
                      << ended.value(u"caller_hung_up"_s).toInt() << ", by the upgrade" << ended.value(u"upgrade"_s).toInt();
}

void TestUpgradectlDrain::drainAhead_ctrlCReturnsTheNodesBeforeExiting()
{
    SimFixture sim;
    QVERIFY2(sim.start(options()), qPrintable(sim.startError()));
    const QString package = sim.writePackage(u"p11.tar"_s, kTo, 1 << 20);
    QTemporaryDir data;
    Ctl ctl(sim);
    ctl.setDataHome(data.path());
    ctl.start(ctl.connection()
              + QStringList{u"upgrade"_s, package, u"--yes"_s, u"--interval"_s, u"1"_s, u"--drain-ahead"_s,
                            u"--keep-in-service"_s, u"50"_s});
    QVERIFY2(ctl.waitForOutput(u"in maintenance mode ahead of its turn"_s), qPrintable(ctl.output()));
    QVERIFY(!inMaintenance(sim).isEmpty());
    ::kill(static_cast<pid_t>(ctl.process().processId()), SIGINT);
    const Run r = ctl.finish(60'000);
    QVERIFY2(r.exitCode == Interrupted, qPrintable(r.out + r.err));
    QVERIFY2(r.out.contains(u"Drain ahead: returning"_s), qPrintable(r.out));
    QVERIFY2(!r.err.contains(u"still in maintenance mode"_s), qPrintable(r.err));
    // Only the turn the Management Node is in may hold a node in maintenance.
    for (const QJsonValue &n : sim.all(kStatus + u"worker_vm/"_s)) {
        const QJsonObject node = n.toObject();
        if (!node.value(u"upgrade_status"_s).toString().contains(u"IDLE"_s, Qt::CaseInsensitive)
            && !node.value(u"upgrade_status"_s).toString().contains(u"pending"_s, Qt::CaseInsensitive))
            continue; // in its turn (the vendor's words: preparing, waiting for calls, …)
        QVERIFY2(!inMaintenance(sim).contains(node.value(u"id"_s).toInt()), qPrintable(node.value(u"name"_s).toString()));
    }
}

// kill -9 mid-run: nothing is returned, the record stays; the next
// `watch --drain-ahead` finds it, carries on for the run, and returns
// every node it drained when the run ends.
void TestUpgradectlDrain::drainAhead_killedThenWatchCarriesOnAndReturnsEveryNode()
{
    SimFixture sim;
    QVERIFY2(sim.start(options()), qPrintable(sim.startError()));
    const QString package = sim.writePackage(u"p11.tar"_s, kTo, 1 << 20);
    QTemporaryDir data;
    Ctl first(sim);
    first.setDataHome(data.path());
    first.start(first.connection()
                + QStringList{u"upgrade"_s, package, u"--yes"_s, u"--interval"_s, u"1"_s, u"--drain-ahead"_s,
                              u"--keep-in-service"_s, u"50"_s});
    QVERIFY2(first.waitForOutput(u"in maintenance mode ahead of its turn"_s), qPrintable(first.output()));
    ::kill(static_cast<pid_t>(first.process().processId()), SIGKILL);
    QVERIFY(first.process().waitForFinished(10'000));
    QVERIFY(!inMaintenance(sim).isEmpty()); // left as they were

    Ctl again(sim);
    again.setDataHome(data.path());
    const Run r = again.run(again.connection()
                                + QStringList{u"watch"_s, u"--interval"_s, u"1"_s, u"--drain-ahead"_s,
                                              u"--keep-in-service"_s, u"50"_s},
                            300'000);
    QVERIFY2(r.exitCode == Ok, qPrintable(r.out + r.err));
    QVERIFY2(r.out.contains(u"Completed: upgrade to "_s + kTo), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"back in service"_s), qPrintable(r.out));
    QCOMPARE(inMaintenance(sim), QList<int>{});
}

void TestUpgradectlDrain::drainAhead_onlyWithTheCommandsThatWatchARun()
{
    SimFixture sim;
    QVERIFY2(sim.start(options()), qPrintable(sim.startError()));
    Ctl status(sim);
    const Run s = status.run(status.connection() + QStringList{u"status"_s, u"--drain-ahead"_s});
    QCOMPARE(s.exitCode, int(Usage));
    QVERIFY2(s.err.contains(u"--drain-ahead"_s), qPrintable(s.err));
    Ctl keep(sim);
    const Run k = keep.run(keep.connection() + QStringList{u"watch"_s, u"--keep-in-service"_s, u"60"_s});
    QCOMPARE(k.exitCode, int(Usage));
    QVERIFY2(k.err.contains(u"--keep-in-service goes with --drain-ahead"_s), qPrintable(k.err));
    Ctl wrong(sim);
    const Run w = wrong.run(wrong.connection()
                            + QStringList{u"watch"_s, u"--drain-ahead"_s, u"--keep-in-service"_s, u"120"_s});
    QCOMPARE(w.exitCode, int(Usage));
    QCOMPARE(sim.emulator().server().writeRequests(), 0); // refused before anything is asked of the node
}

// upgrade --at (issue 15, item 6): uploaded, validated and confirmed now,
// then waiting for the time; Ctrl-C while waiting cancels the start and
// starts nothing, the package staying on the Management Node.
void TestUpgradectlDrain::startWindow_confirmedNowCtrlCWhileWaitingStartsNothing()
{
    SimFixture sim;
    SimFixture::Options options;
    options.deployment = SimFixture::config(3);
    options.api = iuc::sim::ApiProfile::Pexip;
    QVERIFY2(sim.start(options), qPrintable(sim.startError()));
    const QString package = sim.writePackage(u"p11.tar"_s, kTo, 1 << 20);
    QTemporaryDir data;
    Ctl ctl(sim);
    ctl.setDataHome(data.path());
    // Three hours from the emulator's clock, in this machine's local time.
    const QString at = options.start.addSecs(3 * 3600).toLocalTime().toString(u"HH:mm"_s);
    ctl.start(ctl.connection() + QStringList{u"upgrade"_s, package, u"--yes"_s, u"--at"_s, at, u"--drain-ahead"_s,
                                             u"--until"_s, u"23:59"_s});
    QVERIFY2(ctl.waitForOutput(u"Confirmed. The upgrade starts at "_s), qPrintable(ctl.output()));
    QVERIFY2(ctl.output().contains(u"The Management Node received the package whole and validated it."_s),
             qPrintable(ctl.output()));
    QVERIFY2(ctl.output().contains(u"Drain ahead works only inside the window "_s + at + u"–23:59"_s),
             qPrintable(ctl.output()));
    QCOMPARE(sim.emulator().server().performRequests(), 0);
    ::kill(static_cast<pid_t>(ctl.process().processId()), SIGINT);
    const Run r = ctl.finish();
    QCOMPARE(r.exitCode, int(Interrupted));
    QVERIFY2(r.err.contains(u"the scheduled start is cancelled and nothing was started"_s), qPrintable(r.err));
    QCOMPARE(sim.emulator().server().performRequests(), 0);
    QVERIFY(sim.advance(4 * 3600).status == 200);
    QCOMPARE(sim.emulator().server().performRequests(), 0); // and nothing later
}

void TestUpgradectlDrain::startWindow_optionsCheckedBeforeConnecting()
{
    SimFixture sim;
    QVERIFY2(sim.start(SimFixture::config(3)), qPrintable(sim.startError()));
    const QList<QStringList> wrong{
        {u"upgrade"_s, u"p.tar"_s, u"--at"_s, u"25:00"_s},
        {u"upgrade"_s, u"p.tar"_s, u"--until"_s, u"06:00"_s},
        {u"upgrade"_s, u"p.tar"_s, u"--at"_s, u"02:00"_s, u"--until"_s, u"02:00"_s},
        {u"watch"_s, u"--at"_s, u"02:00"_s},
    };
    for (const QStringList &args : wrong) {
        Ctl ctl(sim);
        const Run r = ctl.run(ctl.connection() + args);
        QVERIFY2(r.exitCode == Usage, qPrintable(args.join(u' ') + u": "_s + r.err));
        QVERIFY2(!r.err.isEmpty(), qPrintable(args.join(u' ')));
    }
}

QTEST_GUILESS_MAIN(TestUpgradectlDrain)
#include "tst_upgradectl_drain.moc"
