// The confirmation's forecast (core/jobs/upgradefacts.h) runs the engine
// as a real Management Node would run the upgrade it confirms: the number
// of Conferencing Nodes in their turn at once follows the version being
// installed (R2; resources/upgrade-behaviour.json), so a v24 upgrade of
// twenty idle nodes takes two turns, not twenty.

#include "core/domain/upgradebehaviour.h"
#include "core/engine/enginesettings.h"
#include "core/jobs/upgradefacts.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace iuc;

namespace {

api::ReportedVersion reported(const Version &v)
{
    return api::ReportedVersion{v.toString(), v};
}

jobs::InstalledVersions deployment(const Version &on, int nodes)
{
    jobs::InstalledVersions versions;
    versions.management.name = u"mgr01"_s;
    versions.management.version = reported(on);
    for (int id = 1; id <= nodes; ++id) {
        api::WorkerVmStatus n;
        n.id = id;
        n.name = u"conf%1"_s.arg(id);
        n.version = reported(on);
        versions.nodes.append(n);
    }
    return versions;
}

} // namespace

class TestNewRunForecast final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void R2_theForecastFollowsTheParallelismOfTheVersionInstalled();
};

void TestNewRunForecast::R2_theForecastFollowsTheParallelismOfTheVersionInstalled()
{
    const Version v23 = Version::fromString(u"23.4 (72000.0.0)");
    const Version v23next = Version::fromString(u"23.5 (72100.0.0)");
    const Version v24 = Version::fromString(u"24 (73000.0.0)");
    QCOMPARE(UpgradeBehaviour::builtIn().parallelismFor(v23next), 1);
    QCOMPARE(UpgradeBehaviour::builtIn().parallelismFor(v24), 10);

    const jobs::InstalledVersions twenty = deployment(v23, 20);
    const QDateTime night = QDateTime::fromString(u"2026-12-07T02:00:00Z"_s, Qt::ISODate);
    const ForecastEstimates estimates; // no calls: install and reboot only, per node
    const jobs::ConfirmFacts oneAtATime = jobs::confirmFactsFor(twenty, v23next, night, estimates);
    const jobs::ConfirmFacts tenAtATime = jobs::confirmFactsFor(twenty, v24, night, estimates);
    QCOMPARE(oneAtATime.nodesAtOnce, 1);
    QCOMPARE(tenAtATime.nodesAtOnce, 10);
    QVERIFY(oneAtATime.forecastSeconds && tenAtATime.forecastSeconds);

    // The Management Node first, then the nodes: twenty turns one at a
    // time, two turns ten at a time.
    const auto seconds = [](Duration d) { return std::chrono::duration_cast<std::chrono::seconds>(d).count(); };
    const qint64 management = seconds(estimates.managementInstall + estimates.managementReboot);
    const qint64 turn = seconds(EngineSettings{}.preparingDuration + estimates.install + estimates.reboot);
    QCOMPARE(*oneAtATime.forecastSeconds, management + 20 * turn);
    QCOMPARE(*tenAtATime.forecastSeconds, management + 2 * turn);
}

QTEST_GUILESS_MAIN(TestNewRunForecast)
#include "tst_newrunforecast.moc"
