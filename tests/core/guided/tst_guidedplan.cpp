// The guided upgrade's decisions (core/guided/): the R10 plan from what is
// installed, the package a hop needs, the pre-flight reboot check, a hop's
// verification, and the saved progress and its lock. Pure functions on
// hand-made Management Node answers; no network.

#include "core/guided/guidedplan.h"
#include "core/guided/guidedstate.h"
#include "core/guided/guidedstore.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace iuc;
using namespace iuc::guided;

namespace {

const QString kV2 = u"2 (10000.0.0)"_s;
const QString kV3 = u"3 (21000.0.0)"_s;
const QString kV6 = u"6 (24180.0.0)"_s;
const QString kV11 = u"11 (71234.0.0)"_s;

// The Management Node's clock when the checklist began.
const QDateTime kSince(QDate(2030, 1, 1), QTime(10, 0), QTimeZone::utc());

api::ReportedVersion reported(const QString &text)
{
    // An unreadable text gives an invalid Version, as the parser reports it.
    const Result<Version> parsed = Version::parse(text);
    return api::ReportedVersion{text, parsed ? parsed.value() : Version()};
}

api::WorkerVmStatus node(int id, const QString &version, const QString &status = u"IDLE"_s,
                         const QDateTime &bootTime = kSince.addDays(-30))
{
    api::WorkerVmStatus n;
    n.id = id;
    n.name = u"conf%1"_s.arg(id, 2, 10, QLatin1Char('0'));
    n.version = reported(version);
    n.upgradeStatus = NodeStatus::fromApiCode(status);
    n.bootTime = bootTime;
    return n;
}

// A deployment: the Management Node on `management`, one node per entry of `nodes`.
Detection deployment(const QString &management, const QStringList &nodes)
{
    Detection d;
    d.management.id = 1;
    d.management.name = u"mgmt"_s;
    d.management.version = reported(management);
    d.management.upgradeStatus = NodeStatus::fromApiCode(u"IDLE");
    for (int i = 0; i < nodes.size(); ++i)
        d.nodes.append(node(i + 1, nodes.at(i)));
    d.serverTime = kSince;
    return d;
}

QList<int> majors(const Plan &plan)
{
    QList<int> list;
    for (const Hop &h : plan.hops)
        list.append(h.major);
    return list;
}

PackageManifest manifest(const QString &version)
{
    PackageManifest m;
    m.product = PackageManifest::expectedProduct();
    m.version = Version::fromString(version);
    m.buildDate = u"2029-12-01"_s;
    m.minSourceVersion = Version::fromString(u"3");
    return m;
}

} // namespace

class TestGuidedPlan final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // R10: the plan from what is installed
    void R10_v3_plansV6ThenV11();
    void R10_v4to10_plansStraightToV11_data();
    void R10_v4to10_plansStraightToV11();
    void R10_everythingOn11_nothingToDo();
    void R10_v2_refusedWithAReason();
    void R10_unreadableVersion_refused();
    void R6_managementOn6NodesOn3_firstHopFinishesTheInterruptedOne();
    void R7_runningRun_planIsRunActive();

    // R10: the file a hop needs
    void R10_checkHopPackage_v11PackageForTheV6Hop_refusedNamingSix();
    void R6_checkHopPackage_interruptedHopNeedsTheManagementNodesBuild();

    // the pre-flight reboot check
    void guided_checkReboots_data();
    void guided_checkReboots();
    void guided_checkReboots_everyNodeFresh_passes();

    // a hop's verification
    void guided_verifyHop_behindNotIdleAndPassed();

    // what the wizard shows
    void guided_versionGroups_sortedByVersion();
    void R12_configurationOnlyNodes_listed();
    void guided_nonQuiescingSnapshotOnlyOnV8_0();

    // saved progress and its lock
    void guided_state_roundTrip();
    void guided_state_corruptFile_unreadable_data();
    void guided_state_corruptFile_unreadable();
    void guided_store_saveLoadRemove();
    void guided_store_lockTwice_refusedUntilReleased();
    void guided_store_lockOfADeadProcess_notHeld();
};

// ---------------------------------------------------------------- plans --

void TestGuidedPlan::R10_v3_plansV6ThenV11()
{
    const Plan plan = planHops(deployment(kV3, {kV3, kV3, kV3}));
    QCOMPARE(plan.kind, Plan::Kind::Hops);
    QCOMPARE(majors(plan), (QList<int>{6, 11}));
    for (const Hop &h : plan.hops)
        QVERIFY(!h.finishesInterrupted);
    QCOMPARE(plan.installed, kV3);
    QVERIFY(!plan.mixed);
    QCOMPARE(hopChain(plan), u"v3 → v6 → v11"_s);
    QVERIFY2(plan.message.contains(u"v6"_s) && plan.message.contains(u"v11"_s), qPrintable(plan.message));
}

void TestGuidedPlan::R10_v4to10_plansStraightToV11_data()
{
    QTest::addColumn<QString>("installed");
    QTest::newRow("v4") << u"4 (15000.0.0)"_s;
    QTest::newRow("v8") << u"8 (30000.0.0)"_s;
    QTest::newRow("v10.2") << u"10.2 (40234.0.0)"_s;
}

void TestGuidedPlan::R10_v4to10_plansStraightToV11()
{
    QFETCH(QString, installed);
    const Plan plan = planHops(deployment(installed, {installed, installed}));
    QCOMPARE(plan.kind, Plan::Kind::Hops);
    QCOMPARE(majors(plan), QList<int>{11});
    QVERIFY(!plan.hops.constFirst().finishesInterrupted);
    QCOMPARE(hopChain(plan), u"v%1 → v11"_s.arg(Version::fromString(installed).major()));
}

void TestGuidedPlan::R10_everythingOn11_nothingToDo()
{
    const Plan plan = planHops(deployment(kV11, {kV11, kV11, kV11}));
    QCOMPARE(plan.kind, Plan::Kind::NothingToDo);
    QVERIFY(plan.hops.isEmpty());
    QVERIFY(!plan.mixed);
    QVERIFY2(plan.message.contains(kV11), qPrintable(plan.message));
}

void TestGuidedPlan::R10_v2_refusedWithAReason()
{
    const Plan plan = planHops(deployment(kV2, {kV2, kV2}));
    QCOMPARE(plan.kind, Plan::Kind::Refused);
    QVERIFY(plan.hops.isEmpty()); // nothing half-planned
    QVERIFY2(!plan.message.isEmpty(), "a refusal says why");
    QVERIFY2(plan.message.contains(u"2"_s), qPrintable(plan.message)); // names what is installed
}

void TestGuidedPlan::R10_unreadableVersion_refused()
{
    const Plan plan = planHops(deployment(u"banana"_s, {kV3}));
    QCOMPARE(plan.kind, Plan::Kind::Refused);
    QVERIFY(plan.hops.isEmpty());
    QVERIFY2(plan.message.contains(u"banana"_s), qPrintable(plan.message));
}

void TestGuidedPlan::R6_managementOn6NodesOn3_firstHopFinishesTheInterruptedOne()
{
    // The v3 → v6 run stopped (24 h, R5) after the Management Node and one node.
    const Plan plan = planHops(deployment(kV6, {kV6, kV3, kV3}));
    QCOMPARE(plan.kind, Plan::Kind::Hops);
    QVERIFY(plan.mixed);
    QCOMPARE(plan.hops.size(), 2);
    QVERIFY(plan.hops[0].finishesInterrupted);
    QCOMPARE(plan.hops[0].major, 6);
    QVERIFY2(Version::fromString(plan.hops[0].finishVersion).isSameBuild(Version::fromString(kV6)),
             qPrintable(plan.hops[0].finishVersion));
    QVERIFY(!plan.hops[1].finishesInterrupted);
    QCOMPARE(plan.hops[1].major, 11);
    QVERIFY2(plan.message.contains(u"interrupted"_s), qPrintable(plan.message));
}

void TestGuidedPlan::R7_runningRun_planIsRunActive()
{
    Detection d = deployment(kV3, {kV3, kV3});
    api::UpgradeRun run;
    run.id = 4;
    run.state = u"running"_s;
    run.targetVersion = reported(kV6);
    run.systemsIncluded = 3;
    run.systemsUpgraded = 1;
    d.run = run;
    const Plan active = planHops(d);
    QCOMPARE(active.kind, Plan::Kind::RunActive);
    QVERIFY(active.hops.isEmpty());
    QVERIFY2(active.message.contains(kV6), qPrintable(active.message));

    // A run that has ended does not hold the plan back.
    d.run->state = u"completed"_s;
    QCOMPARE(planHops(d).kind, Plan::Kind::Hops);
}

// ------------------------------------------------------------- packages --

void TestGuidedPlan::R10_checkHopPackage_v11PackageForTheV6Hop_refusedNamingSix()
{
    const Hop toSix{6, false, {}};
    const Result<void> wrong = checkHopPackage(manifest(kV11), toSix);
    QVERIFY(!wrong);
    QCOMPARE(wrong.error().code, u"guided.wrong-package"_s);
    QVERIFY2(wrong.error().message.contains(u"version 6"_s), qPrintable(wrong.error().message));

    QVERIFY(checkHopPackage(manifest(kV6), toSix));
    QVERIFY(checkHopPackage(manifest(u"6.1 (25000.0.0)"_s), toSix)); // any build of the hop's major
    QVERIFY(checkHopPackage(manifest(kV11), Hop{11, false, {}}));
    QVERIFY(!checkHopPackage(manifest(kV6), Hop{11, false, {}}));
}

void TestGuidedPlan::R6_checkHopPackage_interruptedHopNeedsTheManagementNodesBuild()
{
    const Hop finish{6, true, kV6};
    QVERIFY(checkHopPackage(manifest(kV6), finish));
    const Result<void> next = checkHopPackage(manifest(kV11), finish);
    QVERIFY(!next);
    QVERIFY2(next.error().message.contains(kV6), qPrintable(next.error().message));
    // Another build of 6 is not the Management Node's: R6 repeats the same package.
    QVERIFY(!checkHopPackage(manifest(u"6.1 (25000.0.0)"_s), finish));
}

// -------------------------------------------------------------- reboots --

void TestGuidedPlan::guided_checkReboots_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QDateTime>("bootTime");
    QTest::addColumn<QString>("verdict"); // rebooted | notRebooted | unreachable | rebooting

    QTest::newRow("booted a month before") << u"IDLE"_s << kSince.addDays(-30) << u"notRebooted"_s;
    QTest::newRow("booted at the very start") << u"IDLE"_s << kSince << u"notRebooted"_s;
    QTest::newRow("no boot time") << u"IDLE"_s << QDateTime() << u"notRebooted"_s;
    QTest::newRow("booted a second after") << u"IDLE"_s << kSince.addSecs(1) << u"rebooted"_s;
    QTest::newRow("unreachable, old boot") << u"UNREACHABLE"_s << kSince.addDays(-30) << u"unreachable"_s;
    // Its last known boot time proves nothing about now.
    QTest::newRow("unreachable, fresh boot") << u"UNREACHABLE"_s << kSince.addSecs(60) << u"unreachable"_s;
    QTest::newRow("rebooting") << u"REBOOTING"_s << kSince.addDays(-30) << u"rebooting"_s;
}

void TestGuidedPlan::guided_checkReboots()
{
    QFETCH(QString, status);
    QFETCH(QDateTime, bootTime);
    QFETCH(QString, verdict);

    Detection d = deployment(kV3, {kV3, kV3});
    d.nodes[0].bootTime = kSince.addSecs(120); // the other node rebooted
    d.nodes[1] = node(2, kV3, status, bootTime);
    const RebootCheck check = checkReboots(d, kSince);
    QCOMPARE(check.total, 2);
    const QStringList conf02{u"conf02"_s};
    QCOMPARE(check.notRebooted, verdict == u"notRebooted"_s ? conf02 : QStringList());
    QCOMPARE(check.unreachable, verdict == u"unreachable"_s ? conf02 : QStringList());
    QCOMPARE(check.rebooting, verdict == u"rebooting"_s ? conf02 : QStringList());
    QCOMPARE(check.passed(), verdict == u"rebooted"_s);
    QCOMPARE(check.rebooted(), verdict == u"rebooted"_s ? 2 : 1);
    if (verdict != u"rebooted"_s)
        QVERIFY2(check.summary().contains(u"conf02"_s), qPrintable(check.summary()));
}

void TestGuidedPlan::guided_checkReboots_everyNodeFresh_passes()
{
    Detection d = deployment(kV3, {kV3, kV3, kV3});
    for (api::WorkerVmStatus &n : d.nodes)
        n.bootTime = kSince.addSecs(90);
    const RebootCheck check = checkReboots(d, kSince);
    QVERIFY(check.passed());
    QCOMPARE(check.rebooted(), 3);
    QVERIFY2(check.summary().contains(u"3 of 3"_s), qPrintable(check.summary()));
}

// ---------------------------------------------------------- verification --

void TestGuidedPlan::guided_verifyHop_behindNotIdleAndPassed()
{
    const Version six = Version::fromString(kV6);

    Detection behind = deployment(kV6, {kV6, kV3, kV6});
    HopVerification v = verifyHop(behind, six);
    QVERIFY(!v.passed());
    QCOMPARE(v.total, 4);
    QCOMPARE(v.behind, QStringList{u"conf02 (%1)"_s.arg(kV3)});
    QVERIFY(v.notIdle.isEmpty());
    QVERIFY2(v.summary().contains(u"conf02"_s), qPrintable(v.summary()));

    // The Management Node counts too.
    Detection managementBehind = deployment(kV3, {kV6, kV6});
    v = verifyHop(managementBehind, six);
    QVERIFY(!v.passed());
    QCOMPARE(v.behind, QStringList{u"mgmt (%1)"_s.arg(kV3)});

    Detection busy = deployment(kV6, {kV6, kV6});
    busy.nodes[1].upgradeStatus = NodeStatus::fromApiCode(u"REBOOTING");
    v = verifyHop(busy, six);
    QVERIFY(!v.passed());
    QVERIFY(v.behind.isEmpty());
    QCOMPARE(v.notIdle.size(), 1);
    QVERIFY2(v.notIdle.constFirst().startsWith(u"conf02 ("_s), qPrintable(v.notIdle.constFirst()));

    Detection done = deployment(kV6, {kV6, kV6, kV6});
    v = verifyHop(done, six);
    QVERIFY(v.passed());
    QVERIFY2(v.summary().contains(u"4"_s) && v.summary().contains(kV6), qPrintable(v.summary()));

    // Another build of the same major is not this hop's version.
    QVERIFY(!verifyHop(done, Version::fromString(u"6 (24999.0.0)")).passed());
}

// ---------------------------------------------------------------- views --

void TestGuidedPlan::guided_versionGroups_sortedByVersion()
{
    const QList<VersionGroup> groups = versionGroups(deployment(kV6, {kV3, kV6, kV3}));
    QCOMPARE(groups.size(), 2);
    QCOMPARE(groups[0].version, kV3);
    QVERIFY(!groups[0].management);
    QCOMPARE(groups[0].nodes, (QStringList{u"conf01"_s, u"conf03"_s}));
    QCOMPARE(groups[1].version, kV6);
    QVERIFY(groups[1].management);
    QCOMPARE(groups[1].nodes, QStringList{u"conf02"_s});
}

void TestGuidedPlan::R12_configurationOnlyNodes_listed()
{
    Detection d = deployment(kV3, {kV3, kV3});
    api::WorkerVmConfiguration plain;
    plain.id = 1;
    plain.name = u"conf01"_s;
    plain.deploymentType = u"AUTOMATIC"_s;
    api::WorkerVmConfiguration manual;
    manual.id = 2;
    manual.name = u"conf02"_s;
    manual.deploymentType = u"MANUAL-PROVISION-ONLY"_s;
    d.configurations.insert(1, plain);
    d.configurations.insert(2, manual);
    QCOMPARE(configurationOnlyNodes(d), QStringList{u"conf02"_s});
}

void TestGuidedPlan::guided_nonQuiescingSnapshotOnlyOnV8_0()
{
    QVERIFY(needsNonQuiescingSnapshot(deployment(u"8 (30000.0.0)"_s, {})));
    QVERIFY(!needsNonQuiescingSnapshot(deployment(u"8.1 (31000.0.0)"_s, {})));
    QVERIFY(!needsNonQuiescingSnapshot(deployment(kV6, {})));
}

// ---------------------------------------------------------------- state --

void TestGuidedPlan::guided_state_roundTrip()
{
    const Plan plan = planHops(deployment(kV6, {kV6, kV3}));
    QCOMPARE(plan.hops.size(), 2);
    State s = newState(u"mgmt.example.com_443"_s, u"Lab"_s, u"admin"_s, plan, kSince);
    s.step = Step::Hops;
    s.checklist.managementSnapshot = true;
    s.checklist.nodeSnapshots = u"redeploy"_s;
    s.checklist.rebootSince = kSince.addSecs(60);
    s.checklist.rebootsVerifiedAt = kSince.addSecs(300);
    s.checklist.backup = true;
    HopRecord &h = s.hops[0];
    h.stage = HopStage::Running;
    h.packagePath = u"/tmp/pexip 6.tar"_s;
    h.packageVersion = kV6;
    h.packageSha256 = u"ab12"_s;
    h.uploadId = u"up-7"_s;
    h.runIds = {3, 5};
    h.startedAt = kSince.addSecs(400).addMSecs(123);

    const Result<State> back = State::fromJson(s.toJson());
    QVERIFY2(back, back ? "" : qPrintable(back.error().message));
    const State &r = back.value();
    QCOMPARE(r.key, s.key);
    QCOMPARE(r.deployment, u"Lab"_s);
    QCOMPARE(r.user, u"admin"_s);
    QCOMPARE(r.installedAtStart, kV6);
    QCOMPARE(r.createdAt, kSince);
    QCOMPARE(r.step, Step::Hops);
    QCOMPARE(r.currentHop, 0);
    QVERIFY(r.checklist.isComplete());
    QCOMPARE(r.checklist.nodeSnapshots, u"redeploy"_s);
    QCOMPARE(r.checklist.rebootSince, s.checklist.rebootSince);
    QCOMPARE(r.checklist.rebootsVerifiedAt, s.checklist.rebootsVerifiedAt);
    QCOMPARE(r.hops.size(), 2);
    const HopRecord &rh = r.hops[0];
    QVERIFY(rh.hop.finishesInterrupted);
    QCOMPARE(rh.hop.major, 6);
    QCOMPARE(rh.hop.finishVersion, plan.hops[0].finishVersion);
    QCOMPARE(rh.stage, HopStage::Running);
    QCOMPARE(rh.packagePath, h.packagePath);
    QCOMPARE(rh.packageVersion, kV6);
    QCOMPARE(rh.packageSha256, u"ab12"_s);
    QCOMPARE(rh.uploadId, u"up-7"_s);
    QCOMPARE(rh.runIds, (QList<int>{3, 5}));
    QCOMPARE(rh.startedAt, h.startedAt); // milliseconds survive
    QVERIFY(!rh.verifiedAt);
    QCOMPARE(r.hops[1].hop.major, 11);
    QCOMPARE(r.hops[1].stage, HopStage::ChooseFile);
    QVERIFY(!r.finishedAt);
    QCOMPARE(r.whereText(), s.whereText());
    QVERIFY2(r.whereText().contains(u"Step 1 of 2"_s), qPrintable(r.whereText()));
}

void TestGuidedPlan::guided_state_corruptFile_unreadable_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("not JSON") << QByteArray("{\"format\": 1, \"key\": ");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("an array") << QByteArray("[1, 2]");
    QTest::newRow("a later format") << QByteArray(R"({"format": 2, "key": "k", "step": "hops", "hops": [{"major": 6, "stage": "running"}]})");
    QTest::newRow("unknown step") << QByteArray(R"({"format": 1, "key": "k", "step": "dancing", "hops": [{"major": 6, "stage": "running"}]})");
    QTest::newRow("unknown stage") << QByteArray(R"({"format": 1, "key": "k", "step": "hops", "hops": [{"major": 6, "stage": "x"}]})");
    QTest::newRow("no hops") << QByteArray(R"({"format": 1, "key": "k", "step": "hops", "hops": []})");
    QTest::newRow("hop out of range") << QByteArray(R"({"format": 1, "key": "k", "step": "hops", "current_hop": 5, "hops": [{"major": 6, "stage": "running"}]})");
}

void TestGuidedPlan::guided_state_corruptFile_unreadable()
{
    QFETCH(QByteArray, json);
    const Result<State> parsed = State::fromJson(json);
    QVERIFY(!parsed);
    QCOMPARE(parsed.error().code, u"guided.state-unreadable"_s);

    // The same through the store, as a crash or a hand edit leaves it.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const GuidedStore store(dir.path());
    QFile file(store.pathFor(u"k"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(json);
    file.close();
    const Result<std::optional<State>> loaded = store.load(u"k"_s);
    QVERIFY(!loaded);
    QCOMPARE(loaded.error().code, u"guided.state-unreadable"_s);
    QVERIFY(!loaded.error().message.isEmpty());
}

void TestGuidedPlan::guided_store_saveLoadRemove()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const GuidedStore store(dir.filePath(u"not/yet/there"_s)); // created on the first save
    const QString key = GuidedStore::keyFor(QUrl(u"https://Mgmt.Example.com:8443/"_s));
    QCOMPARE(key, u"mgmt.example.com_8443"_s);
    QCOMPARE(GuidedStore::keyFor(QUrl(u"https://mgmt.example.com/"_s)), u"mgmt.example.com_443"_s);

    const Result<std::optional<State>> none = store.load(key);
    QVERIFY(none);
    QVERIFY(!none.value()); // nothing saved: a new guided upgrade

    State s = newState(key, u"Lab"_s, u"admin"_s, planHops(deployment(kV3, {kV3})), kSince);
    QVERIFY(store.save(s));
    QVERIFY(QFile::exists(store.pathFor(key)));
    s.checklist.managementSnapshot = true;
    QVERIFY(store.save(s)); // replaces

    const Result<std::optional<State>> loaded = store.load(key);
    QVERIFY(loaded);
    QVERIFY(loaded.value());
    QCOMPARE(loaded.value()->hops.size(), 2);
    QVERIFY(loaded.value()->checklist.managementSnapshot);

    QVERIFY(store.remove(key));
    QVERIFY(!QFile::exists(store.pathFor(key)));
    QVERIFY(store.remove(key)); // nothing to remove is fine
    QVERIFY(!store.load(key).value());
}

void TestGuidedPlan::guided_store_lockTwice_refusedUntilReleased()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const GuidedStore store(dir.path());
    const QString key = u"mgmt.example.com_443"_s;

    Result<std::shared_ptr<DeploymentLock>> first = store.lock(key);
    QVERIFY2(first, first ? "" : qPrintable(first.error().message));

    const Result<std::shared_ptr<DeploymentLock>> second = store.lock(key);
    QVERIFY(!second);
    QCOMPARE(second.error().code, u"guided.locked"_s);
    QVERIFY2(second.error().message.contains(u"already open"_s), qPrintable(second.error().message));
    // It names the holder: this very process.
    QVERIFY2(second.error().message.contains(QString::number(QCoreApplication::applicationPid())),
             qPrintable(second.error().message));

    // Another deployment is not held by this lock.
    QVERIFY(store.lock(u"other.example.com_443"_s));

    first = Error{}; // released
    const Result<std::shared_ptr<DeploymentLock>> third = store.lock(key);
    QVERIFY2(third, third ? "" : qPrintable(third.error().message));
}

void TestGuidedPlan::guided_store_lockOfADeadProcess_notHeld()
{
    // A process that ended (as a crash or SIGKILL leaves it): its lock file
    // stays behind, with its pid and name. (The same file naming a live
    // process is held: QLockFile checks the pid and the process's name.)
    QProcess gone;
    gone.start(u"true"_s, {});
    QVERIFY(gone.waitForStarted());
    const qint64 pid = gone.processId();
    QVERIFY(gone.waitForFinished());

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const GuidedStore store(dir.path());
    const QString key = u"mgmt.example.com_443"_s;
    QFile lockFile(QDir(dir.path()).filePath(key + u".lock"_s));
    QVERIFY(lockFile.open(QIODevice::WriteOnly));
    lockFile.write(QByteArray::number(pid) + "\ntrue\n" + QSysInfo::machineHostName().toUtf8() + '\n'
                   + QSysInfo::machineUniqueId() + '\n');
    lockFile.close();

    const Result<std::shared_ptr<DeploymentLock>> lock = store.lock(key);
    QVERIFY2(lock, lock ? "" : qPrintable(lock.error().message));
}

QTEST_GUILESS_MAIN(TestGuidedPlan)
#include "tst_guidedplan.moc"
