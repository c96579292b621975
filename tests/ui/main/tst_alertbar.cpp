// Alerts where the admin sees them (issue 15, item 5), on a real node's
// profile: a Conferencing Node the Management Node loses during the run
// raises one alert — across the top of the main window with what to do,
// listed under "All alerts", and as a banner on the wall display — and its
// failed health check is on its row of the node table.

#include "tests/common/clientfixture.h"
#include "tests/common/waitfor.h"

#include "core/session/deploymentsession.h"
#include "ui/main/alertbar.h"
#include "ui/main/mainwindow.h"
#include "ui/wall/wallwindow.h"

#include <QDialog>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace iuc;
using namespace iuc::ui;
using iuc::test::waitFor;

class TestAlertBar final : public QObject
{
    Q_OBJECT

public:
    static void initMain()
    {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
    }

private Q_SLOTS:
    void alerts_lostNodeShownOnceInTheWindowAndOnTheWall();
};

void TestAlertBar::alerts_lostNodeShownOnceInTheWindowAndOnTheWall()
{
    ClientFixture sim;
    ClientFixture::Options options;
    options.deployment = SimFixture::config(
        12, kFrom, R"({"timings": {"mean_call_s": 300}, "locations": [{"name": "Oslo", "nodes": 12}]})");
    options.api = iuc::sim::ApiProfile::Pexip;
    QVERIFY2(sim.start(options), qPrintable(sim.startError()));
    QTemporaryDir records;
    DeploymentSession session(sim.settings(), u"Real node"_s);
    session.keepAdminActions(records.path());
    session.setRefreshInterval(10min); // the test refreshes
    int updates = 0;
    connect(&session, &DeploymentSession::updated, &session, [&] { ++updates; });
    connect(&session, &DeploymentSession::failed, &session, [&] { ++updates; });
    session.start();
    const auto refreshed = [&] {
        const int before = updates;
        session.refreshNow();
        return waitFor([&] { return updates > before; });
    };
    QVERIFY(refreshed());

    MainWindow window;
    window.resize(1480, 920);
    window.setSession(&session);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *bar = window.findChild<AlertBar *>(u"alertBar"_s);
    QVERIFY(bar);
    QVERIFY(!bar->isVisible()); // nothing to say yet

    QVERIFY(!sim.startRunWith(sim.writePackage(u"upgrade.tar"_s, kTo, 64 * 1024)).isEmpty());
    int upgraded = -1;
    for (int step = 0; step < 600 && upgraded < 0; ++step) {
        QCOMPARE(advanceInProcess(sim.emulator(), 30).status, 200);
        refreshed();
        for (const api::WorkerVmStatus &n : session.snapshot()->nodes) {
            if (n.version.text == session.run().targetVersion())
                upgraded = n.id;
        }
    }
    QVERIFY(upgraded > 0);
    // Lost right after its upgrade: unreachable now, and its health check fails.
    QVERIFY(sim.emulator().server().withDeployment(
        [&](sim::Deployment &d) { return d.setReachable(upgraded, false).hasValue(); }));
    for (int step = 0; step < 15 && session.healthChecks().failedCount() == 0; ++step) {
        QCOMPARE(advanceInProcess(sim.emulator(), 60).status, 200);
        QVERIFY(refreshed());
    }
    QVERIFY(session.run().isActive());
    const QString name = session.nodeName(upgraded);
    QVERIFY(bar->isVisible());
    QVERIFY2(bar->text().contains(name + u" failed its health check"_s), qPrintable(bar->text()));
    QVERIFY2(bar->text().contains(u"Look at the node"_s), qPrintable(bar->text())); // what to do
    QCOMPARE(bar->shownCount(), session.alerts().alerts().size());
    const QString all = bar->allAlertsText();
    QCOMPARE(all.count(name + u" unreachable"_s), 1); // once, for all the refreshes it stayed away
    QCOMPARE(all.count(u"failed its health check"_s), 1);
    auto *allButton = bar->findChild<QPushButton *>(u"allAlertsButton"_s);
    QVERIFY(allButton && allButton->text().contains(QString::number(session.alerts().alerts().size())));
    allButton->click();
    auto *list = window.findChild<QPlainTextEdit *>();
    QVERIFY(list && list->toPlainText() == all);
    window.findChild<QDialog *>(u"allAlertsDialog"_s)->close();

    // On its row of the node table.
    DeploymentModel &nodes = session.nodes();
    const QModelIndex health = nodes.index(nodes.rowForId(upgraded), DeploymentModel::Health);
    QVERIFY2(health.data().toString().startsWith(u"failed: "_s), qPrintable(health.data().toString()));
    QVERIFY(window.grab().save(u"screenshot-main-alert.png"_s, "PNG")); // for a look by eye

    // The wall: the same alerts as banners, the newest first.
    WallWindow wall;
    wall.resize(1920, 1080);
    wall.setSession(&session);
    wall.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wall));
    QTRY_VERIFY_WITH_TIMEOUT(wall.findChild<QWidget *>(u"alertBanner0"_s) != nullptr, 10000);
    const auto *headline = wall.findChild<QWidget *>(u"alertBanner0"_s)->findChild<QLabel *>(u"bannerHeadline"_s);
    QVERIFY(headline);
    QTRY_COMPARE_WITH_TIMEOUT(headline->text(), name + u" failed its health check"_s, 10000);
    QVERIFY(wall.grab().save(u"screenshot-wall-alert.png"_s, "PNG"));

    // Dismissed, it stays away until the next alert.
    bar->findChild<QPushButton *>(u"alertDismiss"_s)->click();
    QVERIFY(!bar->isVisible());
}

QTEST_MAIN(TestAlertBar)
#include "tst_alertbar.moc"
