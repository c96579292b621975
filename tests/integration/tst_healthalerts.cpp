// The health check after each node's upgrade and the alerts (issue 15,
// items 4 and 5), on the emulator's `pexip` profile over real HTTPS, in
// virtual time: a node that drops out of contact right after it came back on
// the new version fails its check — one alert, drain ahead turned off, the
// failure on the node's row and in the report — while the others pass; the
// run's end is one alert too.

#include "tests/common/clientfixture.h"
#include "tests/common/hostileserver.h"
#include "tests/common/waitfor.h"

#include "core/report/runreport.h"
#include "core/session/deploymentsession.h"
#include "core/session/drainaheadrunner.h"
#include "emulator/support/certificate.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <QSignalSpy>
#include <QTimeZone>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace iuc;
using iuc::test::waitFor;

namespace {

constexpr auto kScenario = R"({"call_load": 1, "timings": {"mean_call_s": 300},
  "locations": [{"name": "Oslo", "nodes": 4, "calls_per_hour": 40},
                {"name": "Bergen", "nodes": 4, "calls_per_hour": 40}]})";

struct Console
{
    DeploymentSession session;
    int updates = 0;

    Console(ClientFixture &sim, const QString &records)
        : session(sim.settings(), u"Real node"_s)
    {
        QObject::connect(&session, &DeploymentSession::updated, &session, [this] { ++updates; });
        QObject::connect(&session, &DeploymentSession::failed, &session, [this] { ++updates; });
        (void)session.keepRunRecord(records + u"/runs"_s);
        session.keepAdminActions(records + u"/actions"_s);
        session.keepDrainAhead(records + u"/drain"_s);
        session.setRefreshInterval(std::chrono::minutes(10)); // the test refreshes
        session.start();
    }
    bool refresh()
    {
        const int before = updates;
        session.refreshNow();
        return waitFor([&] { return updates > before; })
               && waitFor([&] { return !session.drainAhead()->isApplying(); });
    }
};

QList<Alert> alertsOf(DeploymentSession &session, Alert::Kind kind)
{
    QList<Alert> found;
    for (const Alert &a : session.alerts().alerts()) {
        if (a.kind == kind)
            found.append(a);
    }
    return found;
}

} // namespace

class TestHealthAlerts final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void healthCheck_failedNodeRaisesOneAlertStopsDrainAheadAndIsReported();
    void alerts_connectionLostOnceUntilARefreshAndLongerDuringTheReboot();
};

void TestHealthAlerts::healthCheck_failedNodeRaisesOneAlertStopsDrainAheadAndIsReported()
{
    ClientFixture sim;
    ClientFixture::Options options;
    options.deployment = SimFixture::config(8, kFrom, kScenario);
    options.api = iuc::sim::ApiProfile::Pexip;
    QVERIFY2(sim.start(options), qPrintable(sim.startError()));
    QTemporaryDir records;
    Console console(sim, records.path());
    // Every alert also goes to a webhook: a local HTTPS receiver.
    const Result<sim::CertificateFiles> receiverCertificate = sim::ensureSelfSignedCertificate(records.path() + u"/tls"_s);
    QVERIFY(receiverCertificate);
    HostileServer receiver;
    QVERIFY(receiver.start(receiverCertificate->certPath, receiverCertificate->keyPath));
    receiver.answer(u"/hook/secret"_s, {200, "ok", "text/plain", {}});
    QUrl hook = receiver.url();
    hook.setPath(u"/hook/secret"_s);
    auto webhook = std::make_unique<AlertWebhook>(hook, u"Real node"_s);
    QVERIFY(webhook->trustCaFile(receiverCertificate->certPath));
    QSignalSpy delivered(webhook.get(), &AlertWebhook::delivered);
    console.session.setAlertWebhook(std::move(webhook));
    QVERIFY(console.refresh());
    QVERIFY(!sim.startRunWith(sim.writePackage(u"upgrade.tar"_s, kTo, 64 * 1024)).isEmpty());
    const auto stepUntil = [&](const std::function<bool()> &done, int steps, int seconds = 60) {
        for (int step = 0; step < steps && !done(); ++step) {
            if (advanceInProcess(sim.emulator(), seconds).status != 200)
                return false;
            console.refresh(); // may find the Management Node away (R1)
        }
        return done();
    };
    QVERIFY(stepUntil([&] { return console.session.run().state() == RunSummary::State::Running; }, 200));
    DrainAheadRunner &drain = *console.session.drainAhead();
    DrainSettings settings;
    settings.guardrail = 0.5;
    drain.setSettings(settings);
    QVERIFY(drain.setEnabled(true));

    // The first node back on the new version drops out of contact at once.
    int broken = -1;
    QVERIFY(stepUntil([&] {
        for (const api::WorkerVmStatus &n : console.session.snapshot()->nodes) {
            if (n.version.text == console.session.run().targetVersion())
                broken = n.id;
        }
        return broken > 0;
    }, 300, 30));
    QVERIFY(sim.emulator().server().withDeployment(
        [&](sim::Deployment &d) { return d.setReachable(broken, false).hasValue(); }));
    QVERIFY(drain.isEnabled());
    const HealthChecks &health = console.session.healthChecks();
    QCOMPARE(health.checks().value(broken).verdict, HealthCheck::Verdict::Checking);

    // Ten minutes later it has failed: once, with what it lacks.
    QVERIFY(stepUntil([&] { return health.checks().value(broken).verdict != HealthCheck::Verdict::Checking; }, 15));
    const HealthCheck failed = health.checks().value(broken);
    QCOMPARE(failed.verdict, HealthCheck::Verdict::Failed);
    QVERIFY2(failed.text().contains(u"connectivity_lost"_s), qPrintable(failed.text()));
    QVERIFY2(failed.text().contains(u"NOT_SYNCED"_s), qPrintable(failed.text()));
    QVERIFY(failed.upgradedAt.secsTo(failed.decidedAt) >= HealthChecks::kGrace.count() * 60);
    QCOMPARE(alertsOf(console.session, Alert::Kind::HealthCheckFailed).size(), 1);
    QVERIFY(alertsOf(console.session, Alert::Kind::HealthCheckFailed).constFirst().summary().contains(
        u"Drain ahead is stopped"_s));
    QVERIFY(!drain.isEnabled()); // stopped draining ahead
    QVERIFY(waitFor([&] { return receiver.requests() == console.session.alerts().alerts().size(); }));
    QCOMPARE(QJsonDocument::fromJson(receiver.lastRequest().body).object().value(u"kind"_s).toString(),
             u"health_check_failed"_s);
    // On the node's row.
    DeploymentModel &nodes = console.session.nodes();
    const int row = nodes.rowForId(broken);
    QVERIFY(nodes.data(nodes.index(row, DeploymentModel::Health), DeploymentModel::HealthFailedRole).toBool());
    QVERIFY(nodes.data(nodes.index(row, DeploymentModel::Health)).toString().startsWith(u"failed: "_s));

    // It comes back; the run goes on to its end, and no second alert for it.
    QVERIFY(sim.emulator().server().withDeployment(
        [&](sim::Deployment &d) { return d.setReachable(broken, true).hasValue(); }));
    QVERIFY2(stepUntil([&] { return !console.session.run().isActive(); }, 1500),
             sim.getRetried(u"/sim/v1/state/"_s).body.constData());
    for (int settle = 0; settle < 12; ++settle) { // the last nodes' checks decide
        QCOMPARE(advanceInProcess(sim.emulator(), 60).status, 200);
        QVERIFY(console.refresh());
    }
    QCOMPARE(alertsOf(console.session, Alert::Kind::HealthCheckFailed).size(), 1);
    QCOMPARE(alertsOf(console.session, Alert::Kind::RunFinished).size()
                 + alertsOf(console.session, Alert::Kind::RunStopped).size(),
             1);
    int passed = 0;
    for (const HealthCheck &c : health.checks())
        passed += c.verdict == HealthCheck::Verdict::Passed ? 1 : 0;
    QVERIFY2(passed >= 5, qPrintable(QString::number(passed)));
    QVERIFY(waitFor([&] { return delivered.size() == console.session.alerts().alerts().size(); }));
    QCOMPARE(receiver.requests(), delivered.size());
    const QJsonObject last = QJsonDocument::fromJson(receiver.lastRequest().body).object();
    QVERIFY2(last.value(u"kind"_s).toString().startsWith(u"run_"_s), receiver.lastRequest().body.constData());
    QCOMPARE(health.failedCount(), 1);

    // In the report, from the record kept on disk.
    const Result<QList<AdminAction>> actions = console.session.adminActions()->load();
    QVERIFY(actions);
    ReportContext context;
    context.adminActions = actions.value();
    const QString csv = runReportCsv(console.session.runObserver().runs(), context);
    const QStringList lines = csv.split(u"\r\n"_s, Qt::SkipEmptyParts);
    const QString brokenName = console.session.nodeName(broken);
    bool reported = false;
    for (const QString &line : lines) {
        if (line.contains(u","_s + brokenName + u","_s))
            reported = reported || line.contains(u"failed: "_s);
    }
    QVERIFY2(reported, qPrintable(csv));
    QCOMPARE(csv.count(u" passed"_s), passed);
}

// No good refresh for longer than the limit: one alert, again only after a
// refresh succeeded in between; during the Management Node's own reboot the
// limit is four times as long (R1 expects that silence).
void TestHealthAlerts::alerts_connectionLostOnceUntilARefreshAndLongerDuringTheReboot()
{
    AlertMonitor monitor;
    QSignalSpy raised(&monitor, &AlertMonitor::raised);
    const QDateTime t0(QDate(2030, 1, 1), QTime(2, 0), QTimeZone::utc());
    monitor.setConnectionLimit(std::chrono::minutes(5));
    monitor.connection(std::chrono::minutes(4), false, t0, {});
    QCOMPARE(raised.size(), 0);
    monitor.connection(std::chrono::minutes(19), true, t0, {}); // rebooting: 20 min allowed
    QCOMPARE(raised.size(), 0);
    monitor.connection(std::chrono::minutes(6), false, t0.addSecs(120), u"Connection refused"_s);
    QCOMPARE(raised.size(), 1);
    const Alert alert = raised.at(0).at(0).value<Alert>();
    QCOMPARE(alert.kind, Alert::Kind::ConnectionLost);
    QVERIFY2(alert.summary().contains(u"Connection refused"_s), qPrintable(alert.summary()));
    monitor.connection(std::chrono::minutes(9), false, t0.addSecs(300), {});
    QCOMPARE(raised.size(), 1); // once
    RunSummary run;
    monitor.update(api::Snapshot{}, run); // a good refresh
    monitor.connection(std::chrono::minutes(6), false, t0.addSecs(3600), {});
    QCOMPARE(raised.size(), 2);
}

QTEST_GUILESS_MAIN(TestHealthAlerts)
#include "tst_healthalerts.moc"
