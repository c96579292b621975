// R10 (and R6): whether a package fits the deployment, judged before a
// 2 GB upload, with the words the admin needs either way.

#include "core/package/packageverdict.h"
#include "tests/core/package/packagetesthelpers.h"

#include <QLocale>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace iuc;
using Kind = PackageVerdict::Kind;

namespace {

QList<Version> versions(std::initializer_list<QStringView> texts)
{
    QList<Version> out;
    for (const QStringView text : texts)
        out.append(Version::fromString(text));
    return out;
}

QList<Version> repeated(QStringView version, int count)
{
    return QList<Version>(count, Version::fromString(version));
}

PackageVerdict judge(QStringView package, QStringView management, const QList<Version> &nodes,
                     QStringView minSource = u"4")
{
    return judgePackage(packagetest::manifest(package, minSource), Version::fromString(management),
                        nodes);
}

} // namespace

class TestPackageVerdict final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void R10_v10_2DeploymentTakesV11Directly();
    void R10_v3PackageV11NeedsV6First();
    void R10_v3DeploymentTakesV6Directly();
    void R6_sameBuildAsManagementWithLaggingNodesIsARepeatRun();
    void R10_everySystemOnThePackageIsNothingToDo_data();
    void R10_everySystemOnThePackageIsNothingToDo();
    void R10_olderPackageRefusedWithSnapshotAdvice_data();
    void R10_olderPackageRefusedWithSnapshotAdvice();
    void R10_newerBuildOfTheSameReleaseIsAnUpgrade();
    void R10_packageMinimumSourceVersionIsEnforced();
    void R10_sourceBelowEveryRuleIsTooOld();
    void R10_releaseWithoutAKnownPathIsUnknownPath();
    void R5_nodesLeftOnV3AfterAStoppedRunNeedV6First();
    void R10_unknownManagementVersionIsNotGuessed();
    void verdict_onlyUpgradeAndRepeatRunAreAcceptable();
    void verdict_messagesAreCompleteSentences();
};

void TestPackageVerdict::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestPackageVerdict::R10_v10_2DeploymentTakesV11Directly()
{
    const PackageVerdict verdict = judge(u"11 (71234.0.0)", u"10.2 (12345.0.0)", repeated(u"10.2 (12345.0.0)", 12));
    QCOMPARE(verdict.kind, Kind::Upgrade);
    QCOMPARE(verdict.hops, QList<int>{11});
    QCOMPARE(verdict.systemsToUpgrade, 13); // the Management Node and 12 Conferencing Nodes
    QVERIFY2(verdict.message.contains(u"13"), qPrintable(verdict.message));
}

void TestPackageVerdict::R10_v3PackageV11NeedsV6First()
{
    const PackageVerdict verdict = judge(u"11 (71234.0.0)", u"3", repeated(u"3", 4));
    QCOMPARE(verdict.kind, Kind::NeedsIntermediate);
    QCOMPARE(verdict.hops, (QList<int>{6, 11}));
    QCOMPARE(verdict.systemsToUpgrade, 5);
    QVERIFY(!verdict.isAcceptable());
    // Names the version to install first.
    QVERIFY2(verdict.message.contains(u"v6 first"), qPrintable(verdict.message));
    QVERIFY2(verdict.message.contains(u"v3"), qPrintable(verdict.message));
}

void TestPackageVerdict::R10_v3DeploymentTakesV6Directly()
{
    const PackageVerdict verdict = judge(u"6", u"3", repeated(u"3", 4), u"3");
    QCOMPARE(verdict.kind, Kind::Upgrade);
    QCOMPARE(verdict.hops, QList<int>{6});
}

void TestPackageVerdict::R6_sameBuildAsManagementWithLaggingNodesIsARepeatRun()
{
    // The run stopped at 24 hours (R5) with two nodes behind.
    const PackageVerdict verdict =
        judge(u"11 (71234.0.0)", u"11 (71234.0.0)",
              versions({u"11 (71234.0.0)", u"10.2", u"11 (71234.0.0)", u"10.2"}));
    QCOMPARE(verdict.kind, Kind::RepeatRun);
    QVERIFY(verdict.isAcceptable());
    QCOMPARE(verdict.systemsToUpgrade, 2); // only the lagging nodes
    QVERIFY2(verdict.message.contains(u"Conferencing Nodes") && verdict.message.contains(u": 2."), qPrintable(verdict.message));
}

void TestPackageVerdict::R10_everySystemOnThePackageIsNothingToDo_data()
{
    QTest::addColumn<QString>("package");
    QTest::addColumn<QString>("installed");

    QTest::newRow("same build") << u"11 (71234.0.0)"_s << u"11 (71234.0.0)"_s;
    // The API may report a release without its build number.
    QTest::newRow("release only reported") << u"11 (71234.0.0)"_s << u"11"_s;
}

void TestPackageVerdict::R10_everySystemOnThePackageIsNothingToDo()
{
    QFETCH(QString, package);
    QFETCH(QString, installed);
    const PackageVerdict verdict = judge(package, installed, repeated(installed, 8));
    QCOMPARE(verdict.kind, Kind::NothingToDo);
    QCOMPARE(verdict.systemsToUpgrade, 0);
    QVERIFY(!verdict.isAcceptable());
    QVERIFY(!verdict.message.isEmpty());
}

void TestPackageVerdict::R10_olderPackageRefusedWithSnapshotAdvice_data()
{
    QTest::addColumn<QString>("package");
    QTest::addColumn<QString>("installed");

    QTest::newRow("v6 on v11") << u"6"_s << u"11 (71234.0.0)"_s;
    QTest::newRow("older build of v11") << u"11 (71000.0.0)"_s << u"11 (71234.0.0)"_s;
    QTest::newRow("v11 on v11.1") << u"11"_s << u"11.1"_s;
}

void TestPackageVerdict::R10_olderPackageRefusedWithSnapshotAdvice()
{
    QFETCH(QString, package);
    QFETCH(QString, installed);
    const PackageVerdict verdict = judge(package, installed, repeated(installed, 3), u"3");
    QCOMPARE(verdict.kind, Kind::Downgrade);
    QVERIFY(!verdict.isAcceptable());
    QVERIFY(verdict.hops.isEmpty());
    // The way back is the hypervisor snapshots, for both kinds of node.
    QVERIFY2(verdict.message.contains(u"snapshot"), qPrintable(verdict.message));
    QVERIFY2(verdict.message.contains(u"Management Node"), qPrintable(verdict.message));
    QVERIFY2(verdict.message.contains(u"Conferencing Node"), qPrintable(verdict.message));
}

void TestPackageVerdict::R10_newerBuildOfTheSameReleaseIsAnUpgrade()
{
    const PackageVerdict verdict =
        judge(u"11 (71300.0.0)", u"11 (71234.0.0)", repeated(u"11 (71234.0.0)", 2));
    QCOMPARE(verdict.kind, Kind::Upgrade);
    QCOMPARE(verdict.systemsToUpgrade, 3);
}

void TestPackageVerdict::R10_packageMinimumSourceVersionIsEnforced()
{
    // The shipped rules allow v8 → v11; this package asks for v10 at least.
    const PackageVerdict verdict = judge(u"11", u"8", repeated(u"8", 2), u"10");
    QCOMPARE(verdict.kind, Kind::SourceTooOld);
    QVERIFY2(verdict.message.contains(u"10"), qPrintable(verdict.message));
}

void TestPackageVerdict::R10_sourceBelowEveryRuleIsTooOld()
{
    const PackageVerdict verdict = judge(u"11", u"2", repeated(u"2", 2), u"2");
    QCOMPARE(verdict.kind, Kind::SourceTooOld);
    QVERIFY(!verdict.message.isEmpty());
}

void TestPackageVerdict::R10_releaseWithoutAKnownPathIsUnknownPath()
{
    const PackageVerdict verdict = judge(u"40", u"11", repeated(u"11", 2));
    QCOMPARE(verdict.kind, Kind::UnknownPath);
    QVERIFY2(verdict.message.contains(u"v40"), qPrintable(verdict.message));
}

void TestPackageVerdict::R5_nodesLeftOnV3AfterAStoppedRunNeedV6First()
{
    // A v3 → v6 run stopped at 24 hours: the Management Node is on v6, two
    // nodes are still on v3, and the admin picks the v11 package.
    const PackageVerdict verdict = judge(u"11", u"6", versions({u"6", u"3", u"6", u"3"}));
    QCOMPARE(verdict.kind, Kind::NeedsIntermediate);
    QCOMPARE(verdict.hops, (QList<int>{6, 11}));
    QVERIFY2(verdict.message.contains(u"Conferencing Nodes") && verdict.message.contains(u": 2."), qPrintable(verdict.message));
    QVERIFY2(verdict.message.contains(u"v6"), qPrintable(verdict.message));
}

void TestPackageVerdict::R10_unknownManagementVersionIsNotGuessed()
{
    const PackageVerdict verdict =
        judgePackage(packagetest::manifest(u"11"), Version(), repeated(u"10", 1));
    QVERIFY(!verdict.isAcceptable());
    QVERIFY(!verdict.message.isEmpty());
}

void TestPackageVerdict::verdict_onlyUpgradeAndRepeatRunAreAcceptable()
{
    const QList<std::pair<Kind, bool>> expected = {
        {Kind::Upgrade, true},           {Kind::RepeatRun, true},
        {Kind::NothingToDo, false},      {Kind::Downgrade, false},
        {Kind::NeedsIntermediate, false}, {Kind::SourceTooOld, false},
        {Kind::UnknownPath, false},
    };
    for (const auto &[kind, acceptable] : expected) {
        PackageVerdict verdict;
        verdict.kind = kind;
        QCOMPARE(verdict.isAcceptable(), acceptable);
    }
}

void TestPackageVerdict::verdict_messagesAreCompleteSentences()
{
    const QList<PackageVerdict> verdicts = {
        judge(u"11", u"10", repeated(u"10", 1)),
        judge(u"11", u"10", repeated(u"10", 2)),
        judge(u"11", u"11", versions({u"10"})),
        judge(u"11", u"11", versions({u"11"})),
        judge(u"6", u"11", versions({u"11"}), u"3"),
        judge(u"11", u"3", versions({u"3"})),
        judge(u"11", u"8", versions({u"8"}), u"10"),
        judge(u"11", u"6", versions({u"3"})),
    };
    // No unreplaced placeholder, no sentence fragment.
    const QRegularExpression placeholder(u"%[0-9n]"_s);
    for (const PackageVerdict &verdict : verdicts) {
        QVERIFY2(!verdict.message.contains(placeholder), qPrintable(verdict.message));
        QVERIFY2(verdict.message.endsWith(u'.'), qPrintable(verdict.message));
    }
}

QTEST_GUILESS_MAIN(TestPackageVerdict)
#include "tst_packageverdict.moc"
