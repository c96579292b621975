// The simulated deployment in virtual time, without HTTP: what it does with
// calls while the engine sequences the upgrade. (The same rules over the
// API are in tests/integration.)

#include "emulator/sim/deployment.h"

#include <QTest>

#include <map>

using namespace Qt::StringLiterals;

using namespace iuc;
using namespace iuc::sim;
using namespace std::chrono_literals;

namespace {

const TimePoint kStart = TimePoint(Duration(1'767'258'000'000)); // 2026-01-01 09:00 UTC: calls are busy
const Version kOld = Version::fromString(u"10.2 (40234.0.0)");
const Version kNew = Version::fromString(u"11 (71234.0.0)");

Deployment startedRun(DeploymentConfig config)
{
    Deployment d(std::move(config), kStart);
    d.stagePackage(StagedPackage{u"p"_s, kNew, 500'000'000, "00", kStart});
    const auto started = d.startUpgrade(u"p"_s);
    Q_ASSERT(started);
    return d;
}

} // namespace

class TestDeployment final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void R2_noCallIsRoutedToANodeInMaintenance();
    void R1_managementApiIsDownWhileItReboots();
    void wholeRunEndsWithEveryNodeOnTheNewVersion();
    void R9_adminRebootDropsTheNodesCalls();
    void R12_configurationOnlyNodesAreUpgradedLikeTheOthers();
    void score_theUpgradeEndsNoCallAndEveryEndHasItsCause();
    void score_lowestInServiceShareOfEachLocation();
};

void TestDeployment::R2_noCallIsRoutedToANodeInMaintenance()
{
    DeploymentConfig c = DeploymentConfig::standard(9, kOld);
    c.callLoad = 3.0;
    Deployment d = startedRun(c);
    std::map<NodeId, TimePoint> maintenanceSince;
    int checkedCalls = 0;
    for (TimePoint t = kStart; t < kStart + 25h && d.engine().isRunActive(); t += 30s) {
        d.advanceTo(t);
        for (const SimNode &n : d.nodes()) {
            if (n.inMaintenance())
                maintenanceSince.try_emplace(n.config.id, t);
            else
                maintenanceSince.erase(n.config.id);
        }
        for (const auto &[id, p] : d.participants()) {
            const auto since = maintenanceSince.find(p.node);
            // A call that joined after the node entered maintenance (with the
            // 30 s sampling slack) would break R2.
            if (since != maintenanceSince.end())
                QVERIFY2(p.connectTime <= since->second, qPrintable(d.node(p.node)->config.name));
            ++checkedCalls;
        }
    }
    QVERIFY(checkedCalls > 1000);
    QVERIFY(d.engine().run()->upgradedCount() >= 5); // many turns were watched
}

void TestDeployment::R1_managementApiIsDownWhileItReboots()
{
    DeploymentConfig c = DeploymentConfig::standard(3, kOld);
    Deployment d = startedRun(c);
    QVERIFY(!d.managementDownUntil());
    d.advanceTo(kStart + c.timings.managementInstall + 1s);
    QVERIFY(d.managementDownUntil().has_value());
    QCOMPARE(*d.managementDownUntil(), kStart + c.timings.managementInstall + c.timings.managementReboot);
    QCOMPARE(d.engine().management().status, NodeStatus::Code::Rebooting);
    d.advanceTo(*d.managementDownUntil());
    QVERIFY(!d.managementDownUntil());
    QVERIFY(d.managementVersion().isSameBuild(kNew));
    QVERIFY(d.engine().lock().has_value()); // the run survived (R1, R7)
    QCOMPARE(d.managementBootTime(), kStart + c.timings.managementInstall + c.timings.managementReboot);
}

void TestDeployment::wholeRunEndsWithEveryNodeOnTheNewVersion()
{
    Deployment d = startedRun(DeploymentConfig::standard(12, kOld));
    d.advanceTo(kStart + 24h);
    QCOMPARE(d.engine().run()->outcome, RunOutcome::Completed);
    for (const SimNode &n : d.nodes()) {
        QVERIFY(n.version.isSameBuild(kNew));
        QVERIFY(!n.inMaintenance());
        QCOMPARE(d.engine().node(n.config.id)->status, NodeStatus::Code::Idle);
        QVERIFY(n.bootTime > kStart); // it rebooted into the new version
    }
    QVERIFY(d.splitConferences().empty()); // one version again: no split meetings (R11)
}

void TestDeployment::R9_adminRebootDropsTheNodesCalls()
{
    DeploymentConfig c = DeploymentConfig::standard(3, kOld);
    c.nodes[0].stuckCalls = true;
    Deployment d = startedRun(c);
    d.advanceTo(kStart + 30min);
    QCOMPARE(d.engine().node(1)->status, NodeStatus::Code::WaitingForCalls);
    QVERIFY(d.node(1)->calls > 0);
    QVERIFY(d.setStuckCalls(1, false));
    QVERIFY(d.rebootNode(1));
    QCOMPARE(d.node(1)->calls, 0);
    for (const auto &[id, p] : d.participants())
        QVERIFY(p.node != 1);
    d.advanceTo(kStart + 40min);
    QVERIFY(d.engine().node(1)->status == NodeStatus::Code::Upgrading
            || d.engine().node(1)->status == NodeStatus::Code::Rebooting
            || d.engine().node(1)->upgraded);
}

void TestDeployment::R12_configurationOnlyNodesAreUpgradedLikeTheOthers()
{
    DeploymentConfig c = DeploymentConfig::standard(9, kOld);
    int configOnly = 0;
    for (const NodeConfig &n : c.nodes)
        configOnly += n.configOnly ? 1 : 0;
    QCOMPARE(configOnly, 3);
    Deployment d = startedRun(c);
    d.advanceTo(kStart + 24h);
    for (const SimNode &n : d.nodes())
        QVERIFY2(n.version.isSameBuild(kNew), qPrintable(n.config.name));
}

int ended(const Deployment &d, Deployment::CallEndCause cause)
{
    const auto it = d.score().callsEnded.find(cause);
    return it == d.score().callsEnded.end() ? 0 : it->second;
}

// The score the emulator keeps for operators (/sim/v1/state/): a whole run
// under a busy call load ends calls only because callers hang up; an
// admin's reboot and disconnect are counted as theirs.
void TestDeployment::score_theUpgradeEndsNoCallAndEveryEndHasItsCause()
{
    using Cause = Deployment::CallEndCause;
    DeploymentConfig c = DeploymentConfig::standard(9, kOld);
    c.callLoad = 3.0;
    c.nodes[0].stuckCalls = true;
    Deployment d = startedRun(c);
    d.advanceTo(kStart + 20min);
    const int onStuckNode = d.node(1)->calls;
    QVERIFY(onStuckNode > 0);
    QVERIFY(d.setStuckCalls(1, false));
    QVERIFY(d.rebootNode(1));
    QCOMPARE(ended(d, Cause::NodeReboot), onStuckNode);
    QVERIFY(!d.participants().empty());
    QVERIFY(d.disconnectParticipant(d.participants().begin()->first));
    QCOMPARE(ended(d, Cause::AdminDisconnect), 1);

    d.advanceTo(kStart + 24h);
    QCOMPARE(d.engine().run()->outcome, RunOutcome::Completed);
    QVERIFY(ended(d, Cause::CallerHungUp) > 100); // busy: many calls came and went
    QCOMPARE(ended(d, Cause::Upgrade), 0);
    QCOMPARE(ended(d, Cause::NodeReboot), onStuckNode);
    QCOMPARE(ended(d, Cause::AdminDisconnect), 1);
}

// One at a time (the vendor's default), a location of three nodes has at
// most one out of service — its lowest share is 2/3 — and an admin's
// maintenance of a second node in it shows as 1/3.
void TestDeployment::score_lowestInServiceShareOfEachLocation()
{
    const DeploymentConfig c = DeploymentConfig::standard(9, kOld);
    std::map<QString, int> perLocation;
    for (const NodeConfig &n : c.nodes)
        ++perLocation[n.location];
    Deployment before(c, kStart);
    QVERIFY(before.score().lowestInServiceShare.empty()); // no run yet

    Deployment d = startedRun(c);
    d.advanceTo(kStart + 24h);
    QCOMPARE(d.engine().run()->outcome, RunOutcome::Completed);
    const std::map<QString, double> &lowest = d.score().lowestInServiceShare;
    QCOMPARE(lowest.size(), perLocation.size());
    for (const auto &[location, nodes] : perLocation) {
        QVERIFY(nodes >= 2);
        QCOMPARE(lowest.at(location), double(nodes - 1) / nodes);
    }

    // A second run, with an admin's maintenance on top of the engine's.
    Deployment e = startedRun(c);
    const NodeConfig &first = c.nodes.front();
    NodeId other = -1;
    for (const NodeConfig &n : c.nodes) {
        if (n.location == first.location && n.id != first.id)
            other = n.id;
    }
    QVERIFY(other >= 0);
    QVERIFY(e.setAdminMaintenance(other, true));
    e.advanceTo(kStart + 24h);
    const int nodes = perLocation.at(first.location);
    QVERIFY2(e.score().lowestInServiceShare.at(first.location) <= double(nodes - 2) / nodes + 1e-9,
             qPrintable(QString::number(e.score().lowestInServiceShare.at(first.location))));
}

QTEST_GUILESS_MAIN(TestDeployment)
#include "tst_deployment.moc"
