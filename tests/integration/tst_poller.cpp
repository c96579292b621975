// DeploymentPoller: the console's refresh loop, against the real emulator
// and against a slow server.

#include "core/api/apierrors.h"
#include "core/api/deploymentpoller.h"
#include "tests/common/clientfixture.h"
#include "tests/common/hostileserver.h"
#include "tests/common/waitfor.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace iuc;
using namespace iuc::api;
using namespace std::chrono_literals;

namespace {

using iuc::test::waitFor;

QByteArray sample(const char *name, bool lastPage = true)
{
    QFile f(QStringLiteral(IUC_API_DATA) + u"/"_s + QString::fromLatin1(name));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    if (lastPage && o.contains(u"meta"_s)) {
        QJsonObject meta = o.value(u"meta"_s).toObject();
        meta.insert(u"next"_s, QJsonValue::Null);
        o.insert(u"meta"_s, meta);
    }
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

class TestPoller final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void R1_managementRebootIsExpectedAndNothingIsLost();
    void R1_realNode_refusedConnectionsInItsUpgradeAreItsRebootTriedCalmlyForAnHour();
    void slowServer_neverGetsChainsPiledUp();
    void wrongPassword_stopsAndSaysWhy();
    void backoff_doublesToAMinuteWithJitter();
};

void TestPoller::R1_managementRebootIsExpectedAndNothingIsLost()
{
    ClientFixture sim;
    ClientFixture::Options options;
    options.deployment = SimFixture::config(5);
    options.api = iuc::sim::ApiProfile::Extended; // its 503s; a real node's refused connections: the next test
    QVERIFY2(sim.start(options), qPrintable(sim.startError()));
    const QString package = sim.writePackage(u"p.tar"_s, kTo, 1 << 20);
    QVERIFY(!sim.startRunWith(package).isEmpty());

    ManagementClient client(sim.settings());
    DeploymentPoller poller(client);
    poller.setInterval(500ms);
    QSignalSpy snapshots(&poller, &DeploymentPoller::snapshotReady);
    poller.start();
    QVERIFY(waitFor([&] { return poller.state() == DeploymentPoller::State::Live; }));
    QCOMPARE(poller.lastSnapshot()->nodes.size(), 5);
    QVERIFY(poller.lastSnapshot()->run.has_value());

    // The Management Node installs, then reboots: the API answers 503.
    QVERIFY(sim.advance(4 * 60 + 5).status == 200);
    QVERIFY(waitFor([&] { return poller.state() == DeploymentPoller::State::Rebooting; }));
    QCOMPARE(poller.lastError()->code, u"api.rebooting"_s);
    QCOMPARE(poller.lastSnapshot()->nodes.size(), 5); // the last picture stays
    QVERIFY(DeploymentPoller::stateLabel(poller.state()).contains(u"expected"_s));

    QVERIFY(sim.advance(3 * 60).status == 200);
    QVERIFY(waitFor([&] { return poller.state() == DeploymentPoller::State::Live; }));
    QCOMPARE(poller.lastSnapshot()->management.version.text, kTo);
    QVERIFY(poller.lastSnapshot()->run->isRunning()); // the run survived (R1)
    QVERIFY(!poller.lastError().has_value());
}

void TestPoller::R1_realNode_refusedConnectionsInItsUpgradeAreItsRebootTriedCalmlyForAnHour()
{
    // A real Management Node answers nothing while it reboots: the port
    // refuses connections (REAL-API.md §5). Nothing else tells the console
    // it is the expected reboot than having seen it in its own upgrade.
    ClientFixture sim;
    ClientFixture::Options options;
    options.api = iuc::sim::ApiProfile::Pexip;
    QVERIFY2(sim.start(options), qPrintable(sim.startError()));
    ManagementClient client(sim.settings());
    DeploymentPoller poller(client);
    QDateTime wall(QDate(2030, 1, 1), QTime(10, 0), Qt::UTC); // the workstation's clock, moved by the test
    poller.setWallClock([&wall] { return wall; });
    poller.setDetectCapabilities(true);
    poller.setInterval(1h); // the test refreshes
    int chains = 0;
    connect(&poller, &DeploymentPoller::snapshotReady, this, [&] { ++chains; });
    connect(&poller, &DeploymentPoller::failed, this, [&] { ++chains; });
    const auto refresh = [&] {
        const int before = chains;
        poller.refreshNow();
        return waitFor([&] { return chains > before; });
    };
    poller.start();
    QVERIFY(waitFor([&] { return poller.state() == DeploymentPoller::State::Live; }));

    // Refused outside an upgrade: a connection problem, not a reboot.
    QVERIFY(sim.emulator().server().setRefusing(true));
    QVERIFY(refresh());
    QCOMPARE(poller.state(), DeploymentPoller::State::Retrying);
    QVERIFY(sim.emulator().server().setRefusing(false));
    QVERIFY(refresh());
    QCOMPARE(poller.state(), DeploymentPoller::State::Live);

    QVERIFY(!sim.startRunWith(sim.writePackage(u"p.tar"_s, kTo, 64 * 1024)).isEmpty());
    for (int step = 0; step < 20 && poller.lastSnapshot()->management.upgradeStatus.code() != NodeStatus::Code::Upgrading;
         ++step) {
        QCOMPARE(sim.advance(5).status, 200);
        QVERIFY(refresh());
    }
    QCOMPARE(poller.lastSnapshot()->management.upgradeStatus.code(), NodeStatus::Code::Upgrading);

    // It goes down for its reboot: every attempt is refused.
    QVERIFY(sim.emulator().server().setRefusing(true));
    const int before = chains;
    for (int minute = 0; minute < 55; minute += 5) {
        QVERIFY(refresh());
        QCOMPARE(poller.state(), DeploymentPoller::State::Rebooting); // calm: its reboot
        QVERIFY(poller.lastError()->is(ApiError::Unreachable));
        // Tried again at a steady pace, never in a burst.
        QVERIFY2(poller.nextChainIn() >= DeploymentPoller::kRebootRetry - 1s,
                 qPrintable(QString::number(poller.nextChainIn().count())));
        wall = wall.addSecs(5 * 60);
    }
    QCOMPARE(chains - before, 11); // one connection attempt per chain: the ones asked for
    QCOMPARE(poller.lastSnapshot()->nodes.size(), 3); // the last picture stays

    // Past the hour the vendor gives a reboot, it is a problem to look at.
    wall = wall.addSecs(10 * 60);
    QVERIFY(refresh());
    QCOMPARE(poller.state(), DeploymentPoller::State::Retrying);
    QVERIFY2(poller.lastError()->message.contains(u"hypervisor"_s), qPrintable(poller.lastError()->message));

    // Back: live again, by itself.
    QVERIFY(sim.emulator().server().setRefusing(false));
    QVERIFY(refresh());
    QCOMPARE(poller.state(), DeploymentPoller::State::Live);
}

void TestPoller::slowServer_neverGetsChainsPiledUp()
{
    HostileServer server;
    QVERIFY(server.start());
    const auto slow = 250ms;
    server.answer(u"/api/admin/status/v1/management_vm/1/"_s, {200, sample("management_vm.json"), "application/json", slow});
    server.answer(u"/api/admin/status/v1/worker_vm/"_s, {200, sample("worker_vm_page_all.json"), "application/json", slow});
    server.answer(u"/api/admin/configuration/v1/worker_vm/"_s,
                  {200, sample("worker_vm_configuration_page.json"), "application/json", slow});
    server.answer(u"/api/admin/status/v1/upgrade_run/"_s, {200, sample("upgrade_run_page_nonodes.json"), "application/json", slow});
    server.answer(u"/api/admin/status/v1/alarm/"_s, {200, sample("alarm_page.json"), "application/json", slow});
    server.answer(u"/api/admin/status/v1/log/"_s, {200, sample("log_page.json"), "application/json", slow});

    ConnectionSettings settings;
    settings.baseUrl = server.url();
    settings.user = u"admin"_s;
    settings.password = u"x"_s;
    ManagementClient client(settings);
    DeploymentPoller poller(client);
    poller.setInterval(500ms); // shorter than one chain of six slow requests
    QSignalSpy snapshots(&poller, &DeploymentPoller::snapshotReady);
    QElapsedTimer elapsed;
    elapsed.start();
    poller.start();
    for (int i = 0; i < 20; ++i)
        poller.refreshNow(); // impatient callers do not add chains either
    QVERIFY(waitFor([&] { return snapshots.count() >= 2; }));
    const qint64 ms = elapsed.elapsed();
    poller.stop();
    // Each request takes at least 250 ms at the server: one at a time, no
    // more than this can have been made, however fast the machine.
    QVERIFY2(server.requests() <= ms / slow.count() + 2,
             qPrintable(u"%1 requests in %2 ms"_s.arg(server.requests()).arg(ms)));
    QCOMPARE(poller.lastSnapshot()->nodes.size(), 12);
}

void TestPoller::wrongPassword_stopsAndSaysWhy()
{
    ClientFixture sim;
    QVERIFY2(sim.start(3), qPrintable(sim.startError()));
    ManagementClient client(sim.settings(As::WrongPassword));
    DeploymentPoller poller(client);
    poller.setInterval(500ms);
    poller.start();
    QVERIFY(waitFor([&] { return poller.state() == DeploymentPoller::State::Stopped; }));
    QCOMPARE(poller.lastError()->code, u"api.unauthorized"_s);
    QCOMPARE(poller.consecutiveFailures(), 1); // not retried: it would only fail again
    QTest::qWait(1200);
    QCOMPARE(poller.consecutiveFailures(), 1);
}

void TestPoller::backoff_doublesToAMinuteWithJitter()
{
    const auto interval = 5000ms;
    QCOMPARE(DeploymentPoller::backoffDelay(1, interval, 0.5), 5000ms);
    QCOMPARE(DeploymentPoller::backoffDelay(2, interval, 0.5), 10000ms);
    QCOMPARE(DeploymentPoller::backoffDelay(3, interval, 0.5), 20000ms);
    QCOMPARE(DeploymentPoller::backoffDelay(5, interval, 0.5), 60000ms); // capped
    QCOMPARE(DeploymentPoller::backoffDelay(50, interval, 0.5), 60000ms);
    QCOMPARE(DeploymentPoller::backoffDelay(2, interval, 0.0), 5000ms);  // half
    QVERIFY(DeploymentPoller::backoffDelay(2, interval, 0.999) < 15000ms); // under one and a half
}

QTEST_GUILESS_MAIN(TestPoller)
#include "tst_poller.moc"
