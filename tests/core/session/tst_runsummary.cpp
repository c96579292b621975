// The run summary and the forecast the console shows, from API data alone.

#include "core/model/deploymentmodel.h"
#include "core/session/runsummary.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

using namespace iuc;

namespace {

const QDateTime kStart(QDate(2030, 1, 1), QTime(10, 0), QTimeZone::utc());
const QString kOld = u"10.2 (40234.0.0)"_s;
const QString kNew = u"11 (71234.0.0)"_s;

api::ReportedVersion reported(const QString &text)
{
    return api::ReportedVersion{text, Version::fromString(text)};
}

// A run started at kStart, seen at `now`: nodes 1..done on the new version,
// node done+1 installing, the rest queued with `calls` calls each.
api::Snapshot snapshot(int nodes, int done, const QDateTime &now, int calls = 0)
{
    api::Snapshot s;
    s.serverTime = now;
    s.management.name = u"mgr"_s;
    s.management.version = reported(kNew);
    s.management.upgradeStatus = NodeStatus(NodeStatus::Code::Idle);
    api::UpgradeRun run;
    run.id = 1;
    run.state = u"running"_s;
    run.targetVersion = reported(kNew);
    run.startedAt = kStart;
    run.deadlineAt = kStart.addSecs(24 * 3600);
    run.lockUntil = run.deadlineAt;
    run.locked = true;
    run.systemsIncluded = nodes + 1;
    run.systemsUpgraded = done + 1;
    run.maxParallel = 1;
    for (int id = 1; id <= nodes; ++id) {
        api::WorkerVmStatus n;
        n.id = id;
        n.name = u"n%1"_s.arg(id);
        if (id <= done) {
            n.version = reported(kNew);
            n.upgradeStatus = NodeStatus(NodeStatus::Code::Idle);
            n.upgradeStatusSince = now.addSecs(-60);
        } else if (id == done + 1) {
            n.version = reported(kOld);
            n.upgradeStatus = NodeStatus(NodeStatus::Code::Upgrading);
            n.upgradeStatusSince = now.addSecs(-30);
            n.maintenanceMode = true;
            n.upgradeAttempts = 1;
        } else {
            n.version = reported(kOld);
            n.upgradeStatus = NodeStatus(NodeStatus::Code::Pending);
            n.upgradeStatusSince = kStart;
            n.signalingCount = calls;
            run.queue.append(id);
        }
        n.upgradeQueuePosition = static_cast<int>(run.queue.size()) * (id > done + 1 ? 1 : 0);
        s.nodes.append(n);
    }
    s.run = run;
    return s;
}

} // namespace

class TestRunSummary final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void summary_measuresOnTheServersClock();
    void forecast_givesEtasInQueueOrder();
    void R5_forecastWarnsWhenTheStopWillCutTheRun();
    void R1_managementPhaseIsItsOwnState();
    void estimates_learnFromObservedTransitions();
    void noRun_saysSo();
};

void TestRunSummary::summary_measuresOnTheServersClock()
{
    RunSummary model;
    QSignalSpy changed(&model, &RunSummary::changed);
    model.update(snapshot(12, 5, kStart.addSecs(2 * 3600)));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.state(), RunSummary::State::Running);
    QCOMPARE(model.upgraded(), 6);
    QCOMPARE(model.total(), 13);
    QCOMPARE(model.elapsedSeconds().value(), 7200);
    QCOMPARE(model.secondsToDeadline().value(), 22 * 3600);
    QVERIFY(model.isLocked());
    const QString text = model.summary();
    QVERIFY2(text.contains(u"6 of 13"_s), qPrintable(text));
    QVERIFY2(text.contains(u"2 h 00 min elapsed"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Forecast finish"_s), qPrintable(text));
}

void TestRunSummary::forecast_givesEtasInQueueOrder()
{
    RunSummary model;
    const QDateTime now = kStart.addSecs(3600);
    model.update(snapshot(12, 5, now));
    const auto &etas = model.etas();
    for (int id = 1; id <= 5; ++id)
        QVERIFY(!etas.contains(id)); // already done
    QDateTime previous = now;
    for (int id = 6; id <= 12; ++id) {
        QVERIFY2(etas.contains(id), qPrintable(QString::number(id)));
        QVERIFY(etas.value(id) > previous);
        previous = etas.value(id);
    }
    QCOMPARE(model.forecastFinish().value(), etas.value(12));
    QVERIFY(!model.forecastCutByDeadline());
}

void TestRunSummary::R5_forecastWarnsWhenTheStopWillCutTheRun()
{
    RunSummary model;
    model.update(snapshot(300, 5, kStart.addSecs(3600), 4)); // 295 nodes with calls, one at a time
    QVERIFY(model.forecastCutByDeadline());
    QVERIFY(model.forecastLeftBehind() > 0);
    QVERIFY2(model.summary().contains(u"24-hour stop will cut"_s), qPrintable(model.summary()));

    // The nodes left behind are named, none of them with an ETA: the table
    // says "after the 24-hour stop" for them instead of an empty cell.
    QCOMPARE(model.afterStop().size(), static_cast<qsizetype>(model.forecastLeftBehind()));
    for (const int id : model.afterStop())
        QVERIFY(!model.etas().contains(id));
    const api::Snapshot s = snapshot(300, 5, kStart.addSecs(3600), 4);
    DeploymentModel table;
    table.update(s.nodes, {});
    table.setEtas(model.etas(), model.afterStop());
    const int row = table.rowForId(model.afterStop().values().constFirst());
    QCOMPARE(table.data(table.index(row, DeploymentModel::Eta)).toString(), u"after the 24-hour stop"_s);
    QVERIFY(!table.data(table.index(row, DeploymentModel::Eta), Qt::ToolTipRole).toString().isEmpty());
    // Sorted after every node that has a time.
    const int timed = table.rowForId(model.etas().keys().constFirst());
    QVERIFY(table.data(table.index(timed, DeploymentModel::Eta), DeploymentModel::RawRole).toDateTime()
            < table.data(table.index(row, DeploymentModel::Eta), DeploymentModel::RawRole).toDateTime());
}

void TestRunSummary::R1_managementPhaseIsItsOwnState()
{
    RunSummary model;
    api::Snapshot s = snapshot(4, 0, kStart.addSecs(120));
    s.management.version = reported(kOld);
    s.management.upgradeStatus = NodeStatus(NodeStatus::Code::Upgrading);
    s.management.upgradeStatusSince = kStart;
    for (api::WorkerVmStatus &n : s.nodes) {
        n.upgradeStatus = NodeStatus(NodeStatus::Code::Pending);
        n.maintenanceMode = false;
    }
    s.run->queue = {1, 2, 3, 4};
    model.update(s);
    QCOMPARE(model.state(), RunSummary::State::ManagementUpgrading);
    QVERIFY(model.isActive());
    QVERIFY(model.forecastFinish().has_value());
    QVERIFY(model.etas().value(1) > kStart.addSecs(120 + 60)); // after the Management Node's own install and reboot
}

void TestRunSummary::estimates_learnFromObservedTransitions()
{
    RunSummary model;
    api::Snapshot s = snapshot(6, 2, kStart.addSecs(3600));
    const QDateTime installing = s.nodes[2].upgradeStatusSince.value();
    model.update(s);
    s.serverTime = s.serverTime.addSecs(600);
    s.nodes[2].upgradeStatus = NodeStatus(NodeStatus::Code::Rebooting);
    s.nodes[2].upgradeStatusSince = installing.addSecs(7 * 60); // the install took 7 minutes
    model.update(s);
    QCOMPARE(model.estimates().install, std::chrono::minutes(7));
    s.serverTime = s.serverTime.addSecs(300);
    s.nodes[2].upgradeStatus = NodeStatus(NodeStatus::Code::Idle);
    s.nodes[2].version = reported(kNew);
    s.nodes[2].upgradeStatusSince = installing.addSecs(10 * 60); // and the reboot 3
    model.update(s);
    QCOMPARE(model.estimates().reboot, std::chrono::minutes(3));
}

void TestRunSummary::noRun_saysSo()
{
    RunSummary model;
    api::Snapshot s = snapshot(3, 0, kStart);
    s.run.reset();
    model.update(s);
    QCOMPARE(model.state(), RunSummary::State::NoRun);
    QVERIFY(!model.forecastFinish().has_value());
    QVERIFY(model.etas().isEmpty());
    QCOMPARE(model.summary(), RunSummary::stateLabel(RunSummary::State::NoRun));
}

QTEST_GUILESS_MAIN(TestRunSummary)
#include "tst_runsummary.moc"
