// The console's own record of a run on a Management Node without
// upgrade_run (issue 12, "the run without upgrade_run"): built from what
// successive refreshes show, on the server's clock (each snapshot carries
// it: virtual time, no sleeps), and kept across a restart.

#include "core/api/runobserver.h"
#include "core/api/snapshot.h"

#include <QTest>
#include <QTimeZone>

#include <functional>

using namespace Qt::StringLiterals;
using namespace iuc;
using namespace iuc::api;
using Code = NodeStatus::Code;

namespace {

const QString kOld = u"10 (40000.0.0)"_s;
const QString kNew = u"11 (50000.0.0)"_s;
const QDateTime kT0 = QDateTime(QDate(2026, 12, 1), QTime(8, 0), QTimeZone::utc());

ReportedVersion version(const QString &text)
{
    return ReportedVersion{text, Version::fromString(text)};
}

// A deployment as a real Management Node shows it: no upgrade_run offered.
struct Deployment
{
    QDateTime now = kT0;
    Snapshot s;

    explicit Deployment(int nodes)
    {
        s.capabilities.schemasRead = true; // and upgrade_run is not among them
        s.management.name = u"mgmt"_s;
        s.management.version = version(kOld);
        for (int i = 1; i <= nodes; ++i) {
            WorkerVmStatus n;
            n.id = i;
            n.configurationId = i;
            n.name = u"conf%1"_s.arg(i);
            n.version = version(kOld);
            s.nodes.append(n);
        }
    }
    WorkerVmStatus &node(int id) { return s.nodes[id - 1]; }
    void set(int id, Code status) { node(id).upgradeStatus = status; }
    void upgraded(int id)
    {
        node(id).version = version(kNew);
        node(id).upgradeStatus = Code::Idle;
    }
    // One refresh, `minutes` after the last one, through `observer`.
    Snapshot refresh(RunObserver &through, int minutes = 1)
    {
        now = now.addSecs(minutes * 60);
        Snapshot copy = s;
        copy.serverTime = now;
        through.observe(copy);
        return copy;
    }
    RunObserver *observer = nullptr; // the one playRun() refreshes through
    Snapshot refresh(int minutes = 1) { return refresh(*observer, minutes); }
};

const RunNode &runNode(const UpgradeRun &run, int id)
{
    static const RunNode none;
    for (const RunNode &n : run.nodes) {
        if (n.id == id)
            return n;
    }
    return none;
}

QList<Code> statuses(const RunNode &node)
{
    QList<Code> out;
    for (const RunStatusChange &c : node.history)
        out.append(c.status.code());
    return out;
}

// The whole run of a 3-node deployment: the Management Node first, then
// conf1 upgraded at its first turn, conf2 requeued after its calls did not
// clear and upgraded at its second, conf3 already on the target.
void playRun(Deployment &d, const std::function<void()> &midway = {})
{
    d.upgraded(3);
    d.node(3).version = version(kNew); // conf3 was upgraded earlier: not this run's
    d.refresh();
    d.s.management.upgradeStatus = Code::Upgrading;
    d.refresh();
    d.s.management.upgradeStatus = Code::Rebooting;
    d.refresh(5);
    d.s.management.upgradeStatus = Code::Idle;
    d.s.management.version = version(kNew);
    d.set(1, Code::Pending);
    d.set(2, Code::Pending);
    d.refresh(10);
    d.set(1, Code::Preparing);
    d.refresh();
    d.set(1, Code::WaitingForCalls);
    d.refresh();
    if (midway)
        midway();
    d.set(1, Code::Upgrading);
    d.refresh(5);
    d.set(1, Code::Rebooting);
    d.refresh(5);
    d.upgraded(1);
    d.set(2, Code::WaitingForCalls);
    d.refresh();
    d.set(2, Code::CallsTimeout);
    d.refresh(60);
    d.set(2, Code::Pending);
    d.refresh();
    d.set(2, Code::Upgrading);
    d.refresh(2);
    d.upgraded(2);
    d.refresh(10);
}

} // namespace

class TestRunObserver final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void observed_noActivityIsNoRun();
    void observed_wholeRunFromManagementNodeToLastNode();
    void observed_restartMidRunLosesNothing();
    void observed_firstSeenMidRunTakesTheManagementNodesVersionAsTarget();
    void observed_queueIsTheWaitingNodesInTheOrderTheyStartedWaiting();
    void R5_observed_runStopsAtTheDeadlineWithWhatIsLeftBehind();
    void observed_runEndsAfterAnHourWithNothingUpgrading();
    void observed_nodeThatReportsItsRunsIsLeftAlone();
    void observed_parallelismFollowsTheTargetVersion();
    void observed_unreadableRecordIsAnError();
};

void TestRunObserver::observed_noActivityIsNoRun()
{
    Deployment d(3);
    RunObserver o;
    const Snapshot s = d.refresh(o);
    QVERIFY(!s.run);
    QVERIFY(o.runs().isEmpty());
}

void TestRunObserver::observed_wholeRunFromManagementNodeToLastNode()
{
    Deployment d(3);
    RunObserver o;
    d.observer = &o;
    std::optional<UpgradeRun> during;
    playRun(d, [&] { during = d.refresh(0).run; });

    // Midway: running, the target learned from the Management Node's return.
    QVERIFY(during);
    QVERIFY(during->observed);
    QCOMPARE(during->state, u"running"_s);
    QCOMPARE(during->targetVersion.text, kNew);
    QCOMPARE(during->systemsIncluded, 3); // the Management Node, conf1, conf2; not conf3
    QCOMPARE(during->systemsUpgraded, 1); // the Management Node
    QCOMPARE(during->maxParallel, 1);     // v11
    QCOMPARE(during->queue, QList<int>{2});

    const UpgradeRun &run = o.runs().constLast();
    QCOMPARE(o.runs().size(), 1);
    QCOMPARE(run.state, u"completed"_s);
    QCOMPARE(run.startedAt, kT0.addSecs(2 * 60)); // first seen upgrading
    QCOMPARE(run.deadlineAt, run.startedAt.addSecs(24 * 3600));
    QVERIFY(run.endedAt);
    QCOMPARE(run.systemsIncluded, 3);
    QCOMPARE(run.systemsUpgraded, 3);
    QVERIFY(run.managementIncluded);
    QCOMPARE(run.managementFromVersion, kOld);
    QCOMPARE(*run.managementUpgradedAt, kT0.addSecs(17 * 60));
    QCOMPARE(run.managementHistory.size(), 3); // upgrading, rebooting, idle

    const RunNode &one = runNode(run, 1);
    QVERIFY(one.included);
    QCOMPARE(one.fromVersion, kOld);
    QCOMPARE(one.attempts.size(), 1);
    QCOMPARE(one.attempts.first().result, u"upgraded"_s);
    QCOMPARE(statuses(one), (QList<Code>{Code::Idle, Code::Pending, Code::Preparing, Code::WaitingForCalls,
                                         Code::Upgrading, Code::Rebooting, Code::Idle}));
    const RunNode &two = runNode(run, 2);
    QCOMPARE(two.attempts.size(), 2); // requeued after its calls did not clear
    QCOMPARE(two.attempts.at(0).result, u"calls_timeout"_s);
    QCOMPARE(two.attempts.at(1).result, u"upgraded"_s);
    QVERIFY(two.upgradedAt);
    const RunNode &three = runNode(run, 3);
    QVERIFY(!three.included);
    QVERIFY(!three.upgradedAt);

    // After the run the last run stays on show, as a node that reports them does.
    const Snapshot after = d.refresh(o, 30);
    QVERIFY(after.run);
    QCOMPARE(after.run->state, u"completed"_s);
    QCOMPARE(o.runs().size(), 1);
}

void TestRunObserver::observed_restartMidRunLosesNothing()
{
    Deployment straight(3);
    RunObserver uninterrupted;
    straight.observer = &uninterrupted;
    playRun(straight);

    // The same run, with the console quitting midway and the next one
    // reading what the first kept.
    Deployment d(3);
    RunObserver first;
    RunObserver second;
    d.observer = &first;
    playRun(d, [&] {
        QVERIFY(second.fromJson(first.toJson()));
        d.observer = &second;
    });
    QCOMPARE(d.observer, &second);
    QCOMPARE(second.runs().constLast().state, u"completed"_s);
    QCOMPARE(second.toJson(), uninterrupted.toJson());
}

void TestRunObserver::observed_firstSeenMidRunTakesTheManagementNodesVersionAsTarget()
{
    Deployment d(3);
    d.s.management.version = version(kNew);
    d.upgraded(1);
    d.set(2, Code::WaitingForCalls);
    d.set(3, Code::Pending);
    RunObserver o;
    const Snapshot s = d.refresh(o);
    QVERIFY(s.run);
    QCOMPARE(s.run->targetVersion.text, kNew);
    QVERIFY(!s.run->managementIncluded); // its upgrade was not seen
    QCOMPARE(s.run->systemsIncluded, 2);  // conf1 was on the target when first seen
    QCOMPARE(s.run->systemsUpgraded, 0);
    QCOMPARE(s.run->startedAt, d.now); // as first observed
    QCOMPARE(runNode(*s.run, 2).attempts.size(), 1);
}

void TestRunObserver::observed_queueIsTheWaitingNodesInTheOrderTheyStartedWaiting()
{
    Deployment d(4);
    RunObserver o;
    d.set(3, Code::Pending);
    d.refresh(o);
    d.set(1, Code::Pending);
    d.set(4, Code::Pending);
    const Snapshot s = d.refresh(o);
    QCOMPARE(s.run->queue, (QList<int>{3, 1, 4})); // conf3 first, then by name
    d.set(3, Code::Preparing);
    QCOMPARE(d.refresh(o).run->queue, (QList<int>{1, 4}));
}

void TestRunObserver::R5_observed_runStopsAtTheDeadlineWithWhatIsLeftBehind()
{
    Deployment d(2);
    RunObserver o;
    d.s.management.version = version(kNew);
    d.set(1, Code::Pending);
    d.set(2, Code::Pending);
    d.refresh(o);
    d.set(1, Code::WaitingForCalls);
    d.refresh(o, 23 * 60 + 50); // stuck draining for most of the day
    d.set(1, Code::Idle);
    d.set(2, Code::Idle); // the Management Node gave up
    const Snapshot s = d.refresh(o, 11);
    QCOMPARE(s.run->state, u"stopped"_s);
    QCOMPARE(s.run->leftBehind, (QList<int>{1, 2}));
    QCOMPARE(runNode(*s.run, 1).attempts.constLast().result, u"calls_timeout"_s);
    QVERIFY(!o.current());
}

void TestRunObserver::observed_runEndsAfterAnHourWithNothingUpgrading()
{
    Deployment d(2);
    RunObserver o;
    d.s.management.version = version(kNew);
    d.set(1, Code::Upgrading);
    d.refresh(o);
    d.upgraded(1); // conf2 never took its turn
    QCOMPARE(d.refresh(o, 59).run->state, u"running"_s);
    QCOMPARE(d.refresh(o, 2).run->state, u"ended"_s);
    QCOMPARE(o.runs().constLast().leftBehind, QList<int>{2});
    QCOMPARE(o.runs().constLast().systemsUpgraded, 1);
}

void TestRunObserver::observed_nodeThatReportsItsRunsIsLeftAlone()
{
    Deployment d(2);
    d.s.capabilities.resources.insert(QString(Resource::UpgradeRun), ResourceSchema{});
    d.set(1, Code::Upgrading);
    RunObserver o;
    QVERIFY(!d.refresh(o).run);
    QVERIFY(o.runs().isEmpty());
    // Nor when nobody read the schemas (then the extension is asked and a
    // missing run means no run).
    d.s.capabilities = Capabilities{};
    QVERIFY(!d.refresh(o).run);
}

void TestRunObserver::observed_parallelismFollowsTheTargetVersion()
{
    QCOMPARE(RunObserver::parallelismFor(Version::fromString(u"11 (71234.0.0)")), 1);
    QCOMPARE(RunObserver::parallelismFor(Version::fromString(u"24 (55691.0.0)")), 10);
    QCOMPARE(RunObserver::parallelismFor(Version::fromString(u"36 (80000.0.0)")), 10);
    QCOMPARE(RunObserver::parallelismFor(Version{}), 1);
}

void TestRunObserver::observed_unreadableRecordIsAnError()
{
    RunObserver o;
    QVERIFY(!o.fromJson("{\"objects\": 3}"));
    QVERIFY(o.runs().isEmpty());
    QVERIFY(!o.fromJson("not json"));
}

QTEST_GUILESS_MAIN(TestRunObserver)
#include "tst_runobserver.moc"
