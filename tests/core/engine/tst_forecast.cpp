// forecast(): the engine's rules run forward in virtual time. When the
// estimates are exactly what the deployment then does, the forecast must be
// exactly what happens; that is what makes it worth showing to an admin.

#include "core/engine/forecast.h"
#include "tests/core/engine/enginetesthelpers.h"

#include <QTest>

using namespace iuc;
using namespace iuc::test;

namespace {

ForecastEstimates estimatesFor(const Autopilot &pilot)
{
    ForecastEstimates est;
    est.managementInstall = pilot.managementInstall;
    est.managementReboot = pilot.managementReboot;
    est.install = pilot.install;
    est.reboot = pilot.reboot;
    est.drain = 0min;
    for (const auto &[id, d] : pilot.clearAfterMaintenance)
        est.drainPerNode.insert(id, d);
    return est;
}

} // namespace

class TestForecast final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void forecast_equalsTheRunWhenEstimatesHold();
    void forecast_fromMidRunStateEqualsTheRest();
    void forecast_R5_warnsWhenTheDeadlineWillCutTheRun();
    void forecast_R4_stuckNodeIsRetriedLastAndLeftBehind();
    void forecast_leavesTheEngineUntouched();
    void fromObserved_forecastEqualsTheEnginesOwn();
    void forecastNewRun_estimatesARunNotYetStarted();
    void forecast_drainAheadFinishesSoonerAsFarAsTheGuardrailAllows();
};

void TestForecast::forecast_equalsTheRunWhenEstimatesHold()
{
    Harness h(6, {}, kOld, {0, 3, 0, 1, 0, 2});
    QVERIFY(h.initiate());
    Autopilot pilot(h);
    pilot.clearAfterMaintenance = {{2, 25min}, {4, 5min}, {6, 70min}}; // node 6 times out once
    const ForecastResult f = forecast(h.engine, estimatesFor(pilot));

    pilot.runUntilDone();
    const RunRecord &run = *h.engine.run();
    QCOMPARE(run.outcome, RunOutcome::Completed);
    QCOMPARE(f.outcome, RunOutcome::Completed);
    QVERIFY(!f.cutByDeadline);
    QCOMPARE(f.finishAt, run.endedAt);
    QCOMPARE(f.nodes.size(), run.nodes.size());
    for (size_t i = 0; i < run.nodes.size(); ++i) {
        QCOMPARE(f.nodes[i].eta, run.nodes[i].upgradedAt);
        QCOMPARE(f.nodes[i].attempts, static_cast<int>(run.nodes[i].attempts.size()));
    }
    QCOMPARE(f.nodes[5].attempts, 2);
}

void TestForecast::forecast_fromMidRunStateEqualsTheRest()
{
    Harness h(5, {}, kOld, {2, 0, 0, 4, 0});
    QVERIFY(h.initiate());
    Autopilot pilot(h);
    pilot.clearAfterMaintenance = {{1, 12min}, {4, 30min}};
    pilot.runUntilDone(40min); // stops mid-run
    QVERIFY(h.engine.isRunActive());
    QVERIFY(h.engine.run()->upgradedCount() >= 1);
    const ForecastResult f = forecast(h.engine, estimatesFor(pilot));

    pilot.runUntilDone();
    QCOMPARE(f.finishAt, h.engine.run()->endedAt);
    for (size_t i = 0; i < f.nodes.size(); ++i)
        QCOMPARE(f.nodes[i].eta, h.engine.run()->nodes[i].upgradedAt);
}

void TestForecast::forecast_R5_warnsWhenTheDeadlineWillCutTheRun()
{
    ForecastEstimates est;
    est.drain = 50min; // every node needs most of an hour to drain

    Harness small(20, {}, kOld, std::vector<int>(20, 3));
    QVERIFY(small.initiate());
    const ForecastResult fits = forecast(small.engine, est);
    QCOMPARE(fits.outcome, RunOutcome::Completed);
    QVERIFY(!fits.cutByDeadline);
    QVERIFY(fits.finishAt.value() < kStart + 24h);

    Harness big(40, {}, kOld, std::vector<int>(40, 3));
    QVERIFY(big.initiate());
    const ForecastResult cut = forecast(big.engine, est);
    QVERIFY(cut.cutByDeadline);
    QCOMPARE(cut.outcome, RunOutcome::StoppedAtDeadline);
    QCOMPARE(cut.finishAt.value(), kStart + 24h);
    QVERIFY(!cut.leftBehind.empty());
    // The nodes queued last are the ones that will not make it.
    QCOMPARE(cut.leftBehind.back(), NodeId(40));
    QVERIFY(!cut.nodes.back().eta.has_value());
    QVERIFY(cut.nodes.front().eta.has_value());
}

void TestForecast::forecast_R4_stuckNodeIsRetriedLastAndLeftBehind()
{
    Harness h(3, {}, kOld, {5, 0, 0});
    QVERIFY(h.initiate());
    ForecastEstimates est;
    est.drainPerNode.insert(1, ForecastEstimates::kNever);
    const ForecastResult f = forecast(h.engine, est);
    QVERIFY(f.cutByDeadline);
    QCOMPARE(f.leftBehind, std::vector<NodeId>{1});
    QVERIFY(!f.nodes[0].eta.has_value());
    QVERIFY(f.nodes[0].attempts > 20); // about once an hour for 24 h
    QVERIFY(f.nodes[1].eta.value() < f.nodes[2].eta.value());
    QVERIFY(f.nodes[2].eta.value() < kStart + 2h);
}

void TestForecast::forecast_leavesTheEngineUntouched()
{
    Harness h(4, {}, kOld, {1, 0, 0, 0});
    QVERIFY(h.initiate());
    h.completeManagement();
    const TimePoint before = h.engine.now();
    const auto statuses = [&] {
        std::vector<Code> s;
        for (const NodeState &n : h.engine.nodes())
            s.push_back(n.status);
        return s;
    };
    const auto statusesBefore = statuses();
    const ForecastResult f = forecast(h.engine, {});
    QVERIFY(f.finishAt.has_value());
    QCOMPARE(h.engine.now(), before);
    QCOMPARE(statuses(), statusesBefore);
    QVERIFY(h.engine.isRunActive());
}

void TestForecast::fromObserved_forecastEqualsTheEnginesOwn()
{
    // The console sees only what the API shows; rebuilt from that, the
    // engine must forecast what the Management Node's own engine would.
    Harness h(6, {}, kOld, {0, 3, 0, 2, 0, 0});
    QVERIFY(h.initiate());
    Autopilot pilot(h);
    pilot.clearAfterMaintenance = {{2, 80min}, {4, 20min}};
    pilot.runUntilDone(90min); // node 2 has timed out once; node 4 is draining
    QVERIFY(h.engine.isRunActive());

    std::vector<ObservedNode> observed;
    for (const NodeState &n : h.engine.nodes()) {
        observed.push_back(ObservedNode{NodeSpec{n.id, n.name, n.version, n.calls, n.reachable}, n.status,
                                        n.statusSince, n.maintenance, n.included, n.upgraded, n.attempts});
    }
    const RunRecord &run = *h.engine.run();
    ObservedRun seen{run.target, run.initiatedAt, run.deadlineAt, run.lockUntil, h.engine.isManagementPhase(),
                     std::vector<NodeId>(h.engine.queue().begin(), h.engine.queue().end())};
    const UpgradeEngine rebuilt = UpgradeEngine::fromObserved(h.engine.settings(), h.engine.management(), observed,
                                                              seen, h.engine.now());
    QCOMPARE(rebuilt.queue(), h.engine.queue());
    QCOMPARE(rebuilt.nextWakeup(), h.engine.nextWakeup());

    const ForecastEstimates est = estimatesFor(pilot);
    const ForecastResult original = forecast(h.engine, est);
    const ForecastResult fromApi = forecast(rebuilt, est);
    QCOMPARE(fromApi.finishAt, original.finishAt);
    QCOMPARE(fromApi.outcome, original.outcome);
    for (size_t i = 0; i < original.nodes.size(); ++i) {
        QCOMPARE(fromApi.nodes[i].eta, original.nodes[i].eta);
        QCOMPARE(fromApi.nodes[i].attempts, original.nodes[i].attempts);
    }
    QVERIFY(fromApi.finishAt.has_value());
}

void TestForecast::forecastNewRun_estimatesARunNotYetStarted()
{
    Harness h(10);
    ForecastEstimates est;
    est.install = 3min;
    est.reboot = 2min;
    const auto f = forecastNewRun(h.engine, v(kTarget), est);
    QVERIFY(f.has_value());
    QCOMPARE(f->outcome, RunOutcome::Completed);
    // Management 15 min, then ten nodes of preparing + install + reboot each.
    const Duration expected = 15min + 10 * (h.engine.settings().preparingDuration + 5min);
    QCOMPARE(f->finishAt.value() - kStart, expected);
    QVERIFY(!h.engine.isRunActive());
    QVERIFY(!forecastNewRun(h.engine, v("9"), est).has_value()); // a downgrade has no forecast
}

// Issue 15: with drain ahead on, the nodes that come next have been draining
// since the console put them into maintenance, so their turns are short;
// how many it may drain at once is the guardrail's, so a wider guardrail
// finishes sooner and one that keeps everything in service changes nothing.
void TestForecast::forecast_drainAheadFinishesSoonerAsFarAsTheGuardrailAllows()
{
    ForecastEstimates est;
    est.drain = 50min; // every node needs most of an hour to drain
    Harness h(20, {}, kOld, std::vector<int>(20, 3));
    QVERIFY(h.initiate());
    const ForecastResult off = forecast(h.engine, est);
    const auto with = [&](double guardrail) {
        ForecastEstimates e = est;
        ForecastEstimates::DrainAhead d;
        d.settings.guardrail = guardrail;
        for (int id = 1; id <= 20; ++id)
            d.locations.insert(id, id <= 10 ? QStringLiteral("Oslo") : QStringLiteral("London"));
        e.drainAhead = d;
        return forecast(h.engine, e);
    };
    const ForecastResult none = with(0.0);
    const ForecastResult quarter = with(0.25);
    const ForecastResult half = with(0.5);
    QCOMPARE(off.outcome, RunOutcome::Completed);
    QCOMPARE(none.finishAt, off.finishAt);
    QVERIFY(quarter.finishAt.value() < off.finishAt.value());
    QVERIFY(half.finishAt.value() < quarter.finishAt.value());
    QCOMPARE(half.outcome, RunOutcome::Completed);
}

QTEST_GUILESS_MAIN(TestForecast)
#include "tst_forecast.moc"
