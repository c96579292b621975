// The main window against the in-process emulator (offscreen): what an
// admin sees through a whole rolling upgrade, the Management Node's reboot
// (R1) included, and the window's controls (filters, sorting, shortcuts,
// settings). Screenshots go to the working directory for people to look at.

#include "tests/common/clientfixture.h"

#include "core/api/deploymentpoller.h"
#include "core/model/logline.h"
#include "core/model/logmodel.h"
#include "core/model/nodefiltermodel.h"
#include "core/session/deploymentsession.h"
#include "ui/common/chartspanel.h"
#include "ui/common/statusstyle.h"
#include "ui/main/logpanel.h"
#include "ui/main/mainwindow.h"
#include "ui/main/managementcard.h"
#include "ui/main/nodetable.h"
#include "ui/main/runpanel.h"

#include "tests/common/toplevels.h"

#include <QAction>
#include <QApplication>
#include <QChart>
#include <QValueAxis>
#include <QCheckBox>
#include <QElapsedTimer>
#include <QFrame>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QTcpServer>
#include <QDialogButtonBox>
#include <QCheckBox>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QToolButton>

#include <httplib.h>

using namespace Qt::StringLiterals;
using namespace iuc;
using namespace iuc::ui;
using iuc::test::anyMessageBox;
using namespace std::chrono_literals;

namespace {

// Spins the event loop until `done` or the safety-net timeout.
bool waitFor(const std::function<bool()> &done, int timeoutMs = 30'000)
{
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < timeoutMs)
        QTest::qWait(10);
    return done();
}

// One refresh after the simulated clock moved: a new snapshot, or the
// poller telling that the Management Node is away rebooting (R1).
bool refresh(DeploymentSession &session)
{
    QSignalSpy updated(&session, &DeploymentSession::updated);
    QSignalSpy connection(&session, &DeploymentSession::connectionChanged);
    session.refreshNow();
    return waitFor([&] { return !updated.isEmpty() || (!connection.isEmpty() && session.poller().state() == api::DeploymentPoller::State::Rebooting); });
}

// PATCH /sim/v1/node/<id>/: faults and calls the fixture has no call for.
int patchNode(ClientFixture &sim, int id, const QJsonObject &body)
{
    httplib::SSLClient client("localhost", sim.emulator().port());
    client.set_ca_cert_path(sim.certificatePath().toStdString());
    client.enable_server_certificate_verification(true);
    client.set_address_family(AF_INET);
    client.set_basic_auth("admin", "secret");
    const auto result = client.Patch(u"/sim/v1/node/%1/"_s.arg(id).toStdString(),
                                     QJsonDocument(body).toJson(QJsonDocument::Compact).toStdString(), "application/json");
    return result ? result->status : 0;
}

bool startRun(ClientFixture &sim)
{
    return !sim.startRunWith(sim.writePackage(u"package.tar"_s, kTo, 1 << 20)).isEmpty();
}

QString labelText(const QWidget *parent, const QString &name)
{
    const auto *label = parent->findChild<QLabel *>(name);
    return label ? label->text() : u"<no label %1>"_s.arg(name);
}

void screenshot(MainWindow &window, const QString &file)
{
    QTest::qWait(50); // let layouts and charts settle
    QVERIFY2(window.grab().save(file), qPrintable(file));
    qInfo("screenshot: %s", qPrintable(file));
}

// WCAG contrast ratio of two colours.
double contrast(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &c) {
        const auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace

class TestMainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void emptyState_offersConnectAndDisablesWhatNeedsADeployment();
    void R1_R2_wholeRunAsTheWindowShowsIt();
    void shortcuts_triggerTheirSignals();
    void statusBar_dataAgeTicksEverySecondAndWarnsWhenStale();
    void R13_expectedErrorsQuietOthersProminent();
    void realNode_whatItDoesNotReportIsSaidNotHidden();
    void realNode_runRecordedByTheConsoleIsShownAndMarkedInferred();
    void realNode_R13_logBySyslog_addedAndRemovedOnTheAdminsWord();
    void statusColours_readableInLightAndDark();
    void settings_windowAndColumnsComeBack();
    void charts_countAxisNeverLaysOutThousandsOfTicks();
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // QSettings in a throwaway place
    QCoreApplication::setOrganizationName(u"iuc-tests"_s);
    QCoreApplication::setApplicationName(u"tst_mainwindow"_s);
    QSettings().clear();
}

void TestMainWindow::init()
{
    QSettings().clear(); // each test starts from the default layout
}

void TestMainWindow::emptyState_offersConnectAndDisablesWhatNeedsADeployment()
{
    MainWindow window;
    window.show();
    QCOMPARE(window.windowTitle(), u"Infinity Upgrade Console"_s);
    auto *connectButton = window.findChild<QPushButton *>(u"welcomeConnect"_s);
    QVERIFY(connectButton && connectButton->isVisible());
    QSignalSpy connectRequested(&window, &MainWindow::connectRequested);
    QTest::mouseClick(connectButton, Qt::LeftButton);
    QCOMPARE(connectRequested.count(), 1);

    using A = MainWindow::Action;
    for (const A a : {A::Connect, A::Quit, A::About, A::RecoveryHelp})
        QVERIFY2(window.action(a)->isEnabled(), qPrintable(window.action(a)->objectName()));
    for (const A a : {A::UploadPackage, A::ExportReport, A::Refresh, A::WallDisplay, A::RebootManagement, A::RebootNode, A::ContinuationRun})
        QVERIFY2(!window.action(a)->isEnabled(), qPrintable(window.action(a)->objectName()));
    QCOMPARE(window.connectionText(), u"Not connected"_s);
    QCOMPARE(window.selectedNodeId(), -1);

    DeploymentSession session(api::ConnectionSettings{}, u"Oslo lab"_s);
    window.setSession(&session);
    QVERIFY(window.windowTitle().startsWith(u"Oslo lab"_s));
    QVERIFY(!connectButton->isVisible());
    QVERIFY(window.action(A::UploadPackage)->isEnabled());
    QVERIFY(!window.action(A::RebootNode)->isEnabled()); // nothing selected
    QVERIFY(!window.action(A::ContinuationRun)->isEnabled()); // no stopped run
    window.setSession(nullptr);
    QVERIFY(connectButton->isVisible());
}

void TestMainWindow::R1_R2_wholeRunAsTheWindowShowsIt()
{
    ClientFixture sim;
    ClientFixture::Options options;
    options.deployment = SimFixture::config(8, kFrom, R"({"call_load": 2, "timings": {"mean_call_s": 420}})");
    QVERIFY2(sim.start(std::move(options)), qPrintable(sim.startError()));
    // Calls to sort by: two digits on one node, one digit on another.
    QCOMPARE(patchNode(sim, 2, {{u"add_calls"_s, 14}}), 200);
    QCOMPARE(patchNode(sim, 5, {{u"add_calls"_s, 3}}), 200);

    DeploymentSession session(sim.settings(), u"Lab deployment"_s);
    session.setRefreshInterval(10min); // the test drives every refresh itself
    QSignalSpy resets(&session.nodes(), &QAbstractItemModel::modelReset);
    MainWindow window;
    window.setSession(&session);
    window.resize(1280, 800);
    window.show();
    session.start();
    QVERIFY(waitFor([&] { return session.nodes().rowCount() == 8; }));
    QTest::qWait(1100); // one tick of the status bar's clock
    QVERIFY2(window.connectionText().startsWith(u"Connected"_s), qPrintable(window.connectionText()));
    QVERIFY(window.connectionText().contains(u"old"_s)); // the data's age is part of it

    // Calls sort as numbers, not as text ("14" after "3").
    QTableView *view = window.nodeTable()->view();
    view->sortByColumn(DeploymentModel::Calls, Qt::DescendingOrder);
    const QAbstractItemModel *shown = view->model();
    QVERIFY(shown->index(0, DeploymentModel::Calls).data(DeploymentModel::RawRole).toInt() >= 14);
    for (int row = 1; row < shown->rowCount(); ++row) {
        QCOMPARE(shown->index(row, DeploymentModel::Calls).data(DeploymentModel::RawRole).typeId(), QMetaType::Int);
        QVERIFY(shown->index(row - 1, DeploymentModel::Calls).data(DeploymentModel::RawRole).toInt()
                >= shown->index(row, DeploymentModel::Calls).data(DeploymentModel::RawRole).toInt());
    }
    view->sortByColumn(DeploymentModel::Name, Qt::AscendingOrder);

    QVERIFY(startRun(sim));
    QVERIFY(refresh(session));
    QVERIFY(window.action(MainWindow::Action::ExportReport)->isEnabled());

    // R1: the Management Node installs and reboots by itself. The window
    // says so calmly and asks nothing of anyone.
    bool sawReboot = false;
    for (int step = 0; step < 30 && !sawReboot; ++step) {
        QCOMPARE(sim.advance(30).status, 200);
        QVERIFY(refresh(session));
        sawReboot = window.managementCard()->showsExpectedReboot();
    }
    QVERIFY2(sawReboot, "the Management Node's reboot never showed");
    QVERIFY2(window.managementCard()->statusText().contains(u"expected"_s), qPrintable(window.managementCard()->statusText()));
    QTest::qWait(1100);
    QVERIFY2(window.connectionText().contains(u"expected"_s), qPrintable(window.connectionText()));
    QVERIFY(!anyMessageBox());
    QCOMPARE(session.nodes().rowCount(), 8); // the last picture stays

    // R2: node after node, to the end; a screenshot halfway.
    bool midRunChecked = false;
    for (int step = 0; step < 1000 && session.run().state() != RunSummary::State::Completed; ++step) {
        QCOMPARE(sim.advance(60).status, 200);
        QVERIFY(refresh(session));
        QVERIFY(!anyMessageBox());
        const bool inTurn = std::any_of(session.nodes().rows().begin(), session.nodes().rows().end(),
                                        [](const DeploymentModel::Row &r) { return r.maintenance; });
        if (midRunChecked || session.run().state() != RunSummary::State::Running || session.run().upgraded() < 4 || !inTurn
            || session.drainHistory().isEmpty())
            continue;
        midRunChecked = true;
        QVERIFY(!window.managementCard()->showsExpectedReboot());
        QVERIFY(labelText(&window, u"runProgress"_s).contains(u"of 9 systems upgraded"_s));
        QCOMPARE(window.chartsPanel()->drainChart()->series().size(), session.drainHistory().size());
        QVERIFY(!window.chartsPanel()->upgradedChart()->series().isEmpty());
        screenshot(window, u"screenshot-main-midrun.png"_s);

        // The status filter, through its menu: only pending nodes, then all again.
        int pending = 0;
        for (const DeploymentModel::Row &r : session.nodes().rows())
            pending += r.status.code() == NodeStatus::Code::Pending ? 1 : 0;
        QVERIFY2(pending > 0, "halfway through, some nodes should still be queued");
        auto *statusButton = window.findChild<QToolButton *>(u"statusFilter"_s);
        QVERIFY(statusButton && statusButton->menu());
        const QList<QAction *> choices = statusButton->menu()->actions();
        const auto pendingChoice = std::find_if(choices.begin(), choices.end(), [](QAction *a) {
            return a->property("statusCode").toString() == u"PENDING"_s;
        });
        QVERIFY(pendingChoice != choices.end());
        (*pendingChoice)->trigger();
        QCOMPARE(shown->rowCount(), pending);
        for (int row = 0; row < shown->rowCount(); ++row)
            QCOMPARE(shown->index(row, 0).data(DeploymentModel::StatusCodeRole).toString(), u"PENDING"_s);
        window.nodeTable()->setStatusFilter({});
        QCOMPARE(shown->rowCount(), 8);
    }
    QVERIFY2(midRunChecked, "no moment halfway with a node draining its calls");
    QCOMPARE(session.run().state(), RunSummary::State::Completed);

    // Every node idle on the new version, as the table shows it.
    QCOMPARE(shown->rowCount(), 8);
    for (int row = 0; row < shown->rowCount(); ++row) {
        QCOMPARE(shown->index(row, DeploymentModel::Status).data().toString(), u"No upgrade in progress"_s);
        QCOMPARE(shown->index(row, DeploymentModel::Version).data().toString(), kTo);
    }
    QCOMPARE(labelText(&window, u"runProgress"_s), u"9 of 9 systems upgraded"_s);
    QVERIFY(!window.action(MainWindow::Action::ContinuationRun)->isEnabled()); // nothing left behind
    QVERIFY(!window.managementCard()->showsExpectedReboot());
    QVERIFY(window.managementCard()->findChild<QLabel *>() != nullptr);
    QCOMPARE(resets.count(), 0); // refreshes never reset the table
    screenshot(window, u"screenshot-main-done.png"_s);
}

void TestMainWindow::shortcuts_triggerTheirSignals()
{
    ClientFixture sim;
    QVERIFY2(sim.start(3), qPrintable(sim.startError()));
    QVERIFY(startRun(sim));
    DeploymentSession session(sim.settings(), u"Shortcuts"_s);
    session.setRefreshInterval(10min);
    MainWindow window;
    window.setSession(&session);
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    session.start();
    QVERIFY(waitFor([&] { return session.nodes().rowCount() == 3 && session.run().hasRun(); }));

    const auto pressed = [&](const QKeySequence &keys, auto signal) {
        QSignalSpy spy(&window, signal);
        QTest::keySequence(&window, keys);
        return spy.count() == 1;
    };
    QVERIFY(pressed(QKeySequence(u"Ctrl+O"_s), &MainWindow::connectRequested));
    QVERIFY(pressed(QKeySequence(u"Ctrl+U"_s), &MainWindow::uploadRequested));
    QVERIFY(pressed(QKeySequence(u"Ctrl+E"_s), &MainWindow::exportReportRequested));
    QVERIFY(pressed(QKeySequence(Qt::Key_F11), &MainWindow::wallDisplayRequested));

    QSignalSpy updated(&session, &DeploymentSession::updated); // with a 10-minute interval, only F5 refreshes
    QTest::keySequence(&window, QKeySequence(Qt::Key_F5));
    QVERIFY(updated.wait(15'000));

    // Reboot node: only with a selection, and for the selected node.
    QAction *rebootNode = window.action(MainWindow::Action::RebootNode);
    QVERIFY(!rebootNode->isEnabled());
    QTableView *view = window.nodeTable()->view();
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Down); // keyboard alone selects a row
    QVERIFY(window.selectedNodeId() > 0);
    QVERIFY(rebootNode->isEnabled());
    QSignalSpy reboot(&window, &MainWindow::rebootNodeRequested);
    rebootNode->trigger();
    QCOMPARE(reboot.count(), 1);
    QCOMPARE(reboot.at(0).at(0).toInt(), window.selectedNodeId());

    // Help → About opens a box that shows the program's version (main()
    // sets the build's: 0.2.0, and the commit from a checkout) and that the
    // keyboard closes.
    const QString previousVersion = QCoreApplication::applicationVersion();
    QCoreApplication::setApplicationVersion(u"0.2.0 (git 1a2b3c4)"_s);
    window.action(MainWindow::Action::About)->trigger();
    QCoreApplication::setApplicationVersion(previousVersion);
    QMessageBox *about = nullptr;
    QTRY_VERIFY((about = window.findChild<QMessageBox *>(u"aboutDialog"_s)) && about->isVisible());
    QVERIFY2(about->text().contains(u"0.2.0 (git 1a2b3c4)"_s), qPrintable(about->text()));
    about->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(about));
    QTest::keyClick(about, Qt::Key_Escape);
    QTRY_VERIFY(!window.findChild<QMessageBox *>(u"aboutDialog"_s));
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));

    QVERIFY(pressed(QKeySequence(u"Ctrl+Q"_s), &MainWindow::connectRequested) == false);
    QVERIFY(!window.isVisible()); // Ctrl+Q closed it
}

void TestMainWindow::statusBar_dataAgeTicksEverySecondAndWarnsWhenStale()
{
    ClientFixture sim;
    QVERIFY2(sim.start(3), qPrintable(sim.startError()));
    DeploymentSession session(sim.settings(), u"Ticking"_s);
    session.setRefreshInterval(500ms); // stale after three intervals without data: a few seconds
    MainWindow window;
    window.setSession(&session);
    window.show();
    session.start();
    QVERIFY(waitFor([&] { return session.poller().state() == api::DeploymentPoller::State::Live; }));
    session.stop(); // the feed stops; the clock in the status bar does not

    const auto *indicator = window.findChild<QWidget *>(u"connectionStatus"_s);
    QVERIFY(indicator && indicator->isVisible());
    QTest::qWait(1100);
    const QString before = window.connectionText();
    QVERIFY(!before.isEmpty());
    QTest::qWait(1100);
    QVERIFY2(window.connectionText() != before, qPrintable(before)); // the age moved on by itself
    QVERIFY(waitFor([&] { return indicator->property("stale").toBool(); }, 8000));
    QVERIFY(window.connectionText().contains(u"out of date"_s));
    QVERIFY(indicator->autoFillBackground()); // the warning look
}

void TestMainWindow::R13_expectedErrorsQuietOthersProminent()
{
    ClientFixture sim;
    ClientFixture::Options options;
    options.deployment = SimFixture::config(3, kFrom, R"({"call_load": 0})");
    options.api = iuc::sim::ApiProfile::Extended; // the log as a resource; by syslog: realNode_R13_logBySyslog…
    QVERIFY2(sim.start(std::move(options)), qPrintable(sim.startError()));
    QCOMPARE(patchNode(sim, 2, {{u"fail_install"_s, true}}), 200); // an error nobody expects
    QVERIFY(startRun(sim));
    DeploymentSession session(sim.settings(), u"Log"_s);
    session.setRefreshInterval(10min);
    MainWindow window;
    window.setSession(&session);
    window.resize(1280, 800);
    window.show();
    session.start();
    QVERIFY(waitFor([&] { return session.run().hasRun(); }));

    LogModel &log = session.log();
    const auto count = [&](LogSeverity severity) {
        int n = 0;
        for (int row = 0; row < log.rowCount(); ++row)
            n += log.severityAt(row) == severity ? 1 : 0;
        return n;
    };
    for (int step = 0; step < 400 && (count(LogSeverity::ExpectedError) == 0 || count(LogSeverity::Error) == 0); ++step) {
        QCOMPARE(sim.advance(30).status, 200);
        QVERIFY(refresh(session));
    }
    QVERIFY(session.run().isActive());
    QVERIFY(count(LogSeverity::ExpectedError) > 0);
    QVERIFY(count(LogSeverity::Error) > 0);

    QTableView *view = window.logPanel()->view();
    const QAbstractItemModel *shown = view->model();
    QCOMPARE(shown->rowCount(), log.rowCount());
    const QColor dim = window.palette().color(QPalette::PlaceholderText);
    for (int row = 0; row < shown->rowCount(); ++row) {
        const QModelIndex message = shown->index(row, 3);
        const auto severity = static_cast<LogSeverity>(message.data(LogModel::SeverityRole).toInt());
        if (severity == LogSeverity::ExpectedError) {
            QCOMPARE(message.data(Qt::ForegroundRole).value<QBrush>().color(), dim);
            QVERIFY(!message.data(Qt::FontRole).value<QFont>().bold());
            QVERIFY(message.data(Qt::ToolTipRole).toString().startsWith(message.data(LogModel::NoteRole).toString()));
        } else if (severity == LogSeverity::Error) {
            QVERIFY(message.data(Qt::FontRole).value<QFont>().bold());
            QVERIFY(!shown->index(row, 1).data(Qt::DecorationRole).value<QIcon>().isNull());
        }
    }
    QVERIFY2(labelText(&window, u"unexpectedErrors"_s).contains(QString::number(log.unexpectedErrorCount())),
             qPrintable(labelText(&window, u"unexpectedErrors"_s)));

    auto *errorsOnly = window.findChild<QCheckBox *>(u"errorsOnly"_s);
    QVERIFY(errorsOnly);
    errorsOnly->click();
    QCOMPARE(shown->rowCount(), count(LogSeverity::Error) + count(LogSeverity::ExpectedError));
    QVERIFY(shown->rowCount() < log.rowCount());
    errorsOnly->click();
    QCOMPARE(shown->rowCount(), log.rowCount());
    screenshot(window, u"screenshot-main-log.png"_s);
}

void TestMainWindow::realNode_whatItDoesNotReportIsSaidNotHidden()
{
    ClientFixture sim;
    ClientFixture::Options options;
    options.deployment = SimFixture::config(4);
    options.api = iuc::sim::ApiProfile::Pexip; // no run record, no log in the API
    QVERIFY2(sim.start(std::move(options)), qPrintable(sim.startError()));
    DeploymentSession session(sim.settings(), u"Real shape"_s);
    session.setRefreshInterval(10min);
    MainWindow window;
    window.setSession(&session);
    window.resize(1280, 800);
    window.show();
    session.start();
    QVERIFY(waitFor([&] { return session.snapshot().has_value(); }));
    QCOMPARE(session.nodes().rowCount(), 4);
    // Not "No unexpected errors": the node has no log to look at.
    QVERIFY2(labelText(&window, u"unexpectedErrors"_s).contains(u"Not in this Management Node's API"_s),
             qPrintable(labelText(&window, u"unexpectedErrors"_s)));
    QVERIFY(!window.logPanel()->view()->isEnabled());
    // …and the ways to get it: syslog, or a downloaded file.
    auto *receive = window.findChild<QPushButton *>(u"receiveSyslog"_s);
    QVERIFY(receive && receive->isVisible());
    auto *openFile = window.findChild<QPushButton *>(u"openLogFile"_s);
    QVERIFY(openFile && openFile->isVisible());
    QVERIFY2(labelText(&window, u"runTitle"_s).contains(u"No upgrade seen yet"_s), qPrintable(labelText(&window, u"runTitle"_s)));
    // Said, not hidden: the node does not report runs; the console records them itself.
    QVERIFY2(labelText(&window, u"runLock"_s).contains(u"does not report upgrade runs"_s), qPrintable(labelText(&window, u"runLock"_s)));
    QVERIFY(labelText(&window, u"runLock"_s).contains(u"keep it open during an upgrade"_s));
    // A reboot the admin was told to do by hand: the status bar says what it waits for.
    session.manualReboots().watchNode(1);
    QTRY_VERIFY(labelText(&window, u"connectionText"_s).contains(u"Waiting for "_s + session.nodeName(1) + u" to restart"_s));
    screenshot(window, u"screenshot-main-realnode.png"_s);
}

// On a node without upgrade_run the run panel and the table show the
// console's own record of the run, and say which figures are inferred.
void TestMainWindow::realNode_runRecordedByTheConsoleIsShownAndMarkedInferred()
{
    ClientFixture sim;
    ClientFixture::Options options;
    options.deployment = SimFixture::config(4);
    options.api = iuc::sim::ApiProfile::Pexip;
    QVERIFY2(sim.start(std::move(options)), qPrintable(sim.startError()));
    DeploymentSession session(sim.settings(), u"Real shape"_s);
    session.setRefreshInterval(10min);
    int updates = 0;
    connect(&session, &DeploymentSession::updated, this, [&] { ++updates; });
    connect(&session, &DeploymentSession::failed, this, [&] { ++updates; }); // the Management Node's reboot
    MainWindow window;
    window.setSession(&session);
    window.resize(1280, 800);
    window.show();
    session.start();
    QVERIFY(waitFor([&] { return session.snapshot().has_value(); }));
    // R8: one node the Management Node cannot contact.
    QCOMPARE(sim.patch(u"/sim/v1/node/4/"_s, QJsonObject{{u"reachable"_s, false}}).status, 200);
    const QString package = sim.writePackage(u"p11.tar"_s, kTo, 64 * 1024);
    QVERIFY(!sim.startRunWith(package).isEmpty());
    // Virtual time: a minute a step until a Conferencing Node takes its turn.
    const auto inTurn = [&] {
        const auto &s = session.snapshot();
        return s && std::any_of(s->nodes.cbegin(), s->nodes.cend(),
                                [](const iuc::api::WorkerVmStatus &n) { return n.upgradeStatus.isInTurn(); });
    };
    // R1: the Management Node's reboot refuses connections, as a real one
    // does; the window says it is expected, and asks nothing of the admin.
    bool sawReboot = false;
    const auto messageBoxShown = [] {
        const QWidgetList windows = QApplication::topLevelWidgets();
        return std::any_of(windows.cbegin(), windows.cend(),
                           [](QWidget *w) { return w->isVisible() && qobject_cast<QMessageBox *>(w); });
    };
    for (int step = 0; step < 200 && !inTurn(); ++step) {
        QCOMPARE(sim.advance(60).status, 200);
        const int before = updates;
        session.refreshNow();
        QVERIFY(waitFor([&] { return updates > before; }));
        if (session.poller().state() == iuc::api::DeploymentPoller::State::Rebooting) {
            sawReboot = true;
            QVERIFY2(window.connectionText().contains(u"expected during an upgrade"_s), qPrintable(window.connectionText()));
        }
        QVERIFY(!messageBoxShown());
    }
    QVERIFY(sawReboot);
    QVERIFY(inTurn());
    QVERIFY(session.run().run() && session.run().run()->observed);
    QVERIFY2(labelText(&window, u"runTitle"_s).contains(u"Upgrading Conferencing Nodes — to "_s + kTo),
             qPrintable(labelText(&window, u"runTitle"_s)));
    QVERIFY2(labelText(&window, u"runLock"_s).contains(u"Recorded by this console"_s),
             qPrintable(labelText(&window, u"runLock"_s)));
    // The node in its turn has one attempt, marked as the console's inference.
    auto &model = session.nodes();
    bool marked = false;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex attempts = model.index(row, DeploymentModel::Attempts);
        if (attempts.data().toString() == u"≈1"_s) {
            marked = true;
            QVERIFY(attempts.data(Qt::ToolTipRole).toString().contains(u"Inferred by this console"_s));
        }
    }
    QVERIFY(marked);
    // It cannot be upgraded before the 24-hour stop: the warning says to
    // bring it back, not to wait for calls to clear.
    auto *warning = window.findChild<QFrame *>(u"deadlineWarning"_s);
    QVERIFY(warning && warning->isVisible());
    QString warningText;
    for (const QLabel *label : warning->findChildren<QLabel *>()) {
        if (label->objectName() != u"noticeIcon"_s)
            warningText = label->text();
    }
    QVERIFY2(warningText.contains(u"cannot contact them: bring them back"_s), qPrintable(warningText));
    screenshot(window, u"screenshot-main-realnode-run.png"_s);
}

// Issue 12: on a node without the log in its API the admin receives it by
// syslog: the dialog's port and address, a confirmation before the node's
// configuration changes, the lines with R13's marks, and on closing a
// question whether the entry goes, which removes it.
void TestMainWindow::realNode_R13_logBySyslog_addedAndRemovedOnTheAdminsWord()
{
    ClientFixture sim;
    ClientFixture::Options options;
    options.deployment = SimFixture::config(3);
    options.api = iuc::sim::ApiProfile::Pexip;
    QVERIFY2(sim.start(std::move(options)), qPrintable(sim.startError()));
    DeploymentSession session(sim.settings(), u"Real shape"_s);
    session.setRefreshInterval(10min);
    auto window = std::make_unique<MainWindow>();
    window->setSession(&session);
    window->resize(1280, 800);
    window->show();
    session.start();
    QVERIFY(waitFor([&] { return session.poller().capabilities().syslogServer(); }));
    // A port free for both UDP and TCP right now.
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }

    window->findChild<QPushButton *>(u"receiveSyslog"_s)->click();
    auto *dialog = iuc::test::waitForWindow<QDialog>(u"syslogDialog"_s, 10000);
    QVERIFY(dialog);
    const QPointer<QDialog> dialogGuard(dialog); // it closes, and may be deleted, once the server is added
    dialog->findChild<QSpinBox *>(u"syslogPort"_s)->setValue(port);
    auto *address = dialog->findChild<QLineEdit *>(u"syslogAddress"_s);
    QCOMPARE(address->text(), u"127.0.0.1"_s); // the route to a loopback node
    QVERIFY(dialog->findChild<QCheckBox *>(u"syslogAddToNode"_s)->isChecked());
    QVERIFY(dialog->grab().save(u"screenshot-syslog-dialog.png"_s, "PNG"));
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    auto *confirm = iuc::test::waitForWindow<QMessageBox>(u"syslogAddConfirm"_s, 10000);
    QVERIFY(confirm);
    QVERIFY(confirm->text().contains(QString::number(port)));
    QCOMPARE(sim.get(kConfig + u"syslog_server/"_s).object()[u"meta"_s][u"total_count"_s].toInt(), 0); // not yet
    confirm->button(QMessageBox::Yes)->click();
    QVERIFY(waitFor([&] { return session.syslog().onNode().has_value(); }, 10000));
    QVERIFY(waitFor([&] { return !dialogGuard || !dialogGuard->isVisible(); }, 5000));
    const QJsonArray servers = sim.get(kConfig + u"syslog_server/"_s).object()[u"objects"_s].toArray();
    QCOMPARE(servers.size(), 1);
    QCOMPARE(servers.at(0)[u"port"_s].toInt(), int(port));
    QCOMPARE(servers.at(0)[u"address"_s].toString(), u"127.0.0.1"_s);

    // A run: the expected errors arrive and are marked (R13).
    QVERIFY(!sim.startRunWith(sim.writePackage(u"p11.tar"_s, kTo, 64 * 1024)).isEmpty());
    const auto expected = [&] {
        int n = 0;
        for (int row = 0; row < session.log().rowCount(); ++row)
            n += session.log().severityAt(row) == LogSeverity::ExpectedError ? 1 : 0;
        return n;
    };
    for (int step = 0; step < 300 && expected() < 3; ++step) {
        QCOMPARE(sim.advance(30).status, 200);
        session.refreshNow();
        QTest::qWait(20);
    }
    QVERIFY(waitFor([&] { return expected() >= 3; }, 10000));
    QVERIFY(window->logPanel()->view()->isEnabled());
    QVERIFY2(labelText(window.get(), u"logSource"_s).contains(u"in the Management Node's syslog servers"_s),
             qPrintable(labelText(window.get(), u"logSource"_s)));
    screenshot(*window, u"screenshot-main-realnode-syslog.png"_s);

    // Closing asks; "Yes" removes the entry, then the window closes.
    window->close();
    auto *remove = iuc::test::waitForWindow<QMessageBox>(u"syslogRemoveConfirm"_s, 10000);
    QVERIFY(remove);
    QVERIFY(window->isVisible());
    remove->button(QMessageBox::Yes)->click();
    QVERIFY(waitFor([&] { return !window->isVisible(); }, 10000));
    QVERIFY(!session.syslog().onNode());
    QCOMPARE(sim.get(kConfig + u"syslog_server/"_s).object()[u"meta"_s][u"total_count"_s].toInt(), 0);
}

void TestMainWindow::statusColours_readableInLightAndDark()
{
    QPalette light(QColor(0xef, 0xef, 0xef));
    light.setColor(QPalette::Base, Qt::white);
    light.setColor(QPalette::Text, Qt::black);
    QPalette dark(QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::Base, QColor(0x23, 0x23, 0x23));
    dark.setColor(QPalette::Text, QColor(0xf0, 0xf0, 0xf0));
    const QStringList names = {u"status-idle"_s, u"status-pending"_s, u"status-preparing"_s, u"status-waiting"_s,
                               u"status-timeout"_s, u"status-upgrading"_s, u"status-rebooting"_s,
                               u"status-unreachable"_s, u"status-unknown"_s, u"log-error"_s};
    for (const QPalette &palette : {light, dark}) {
        for (const QString &name : names) {
            const QColor accent = statusstyle::accent(name, palette);
            // The shape against the window, the glyph against the shape, the label against its tint.
            QVERIFY2(contrast(accent, palette.color(QPalette::Base)) >= 3.0, qPrintable(name));
            QVERIFY2(contrast(statusstyle::tint(name, palette), palette.color(QPalette::Text)) >= 7.0, qPrintable(name));
            QVERIFY(!statusstyle::icon(name, palette).isNull());
        }
    }
    // A status this build does not know still gets an icon: the question mark.
    QVERIFY(!statusstyle::icon(u"status-frozen"_s, light).isNull());
    QCOMPARE(statusstyle::accent(u"status-frozen"_s, light), statusstyle::accent(u"status-unknown"_s, light));
}

void TestMainWindow::settings_windowAndColumnsComeBack()
{
    QSettings().clear();
    DeploymentSession session(api::ConnectionSettings{}, u"Layout"_s);
    {
        MainWindow window;
        window.setSession(&session);
        window.resize(1100, 700);
        window.show();
        QHeaderView *header = window.nodeTable()->view()->horizontalHeader();
        header->resizeSection(DeploymentModel::Name, 333);
        header->moveSection(header->visualIndex(DeploymentModel::Calls), 0);
        window.close();
    }
    MainWindow window;
    window.setSession(&session);
    QCOMPARE(window.size(), QSize(1100, 700));
    QHeaderView *header = window.nodeTable()->view()->horizontalHeader();
    QCOMPARE(header->sectionSize(DeploymentModel::Name), 333);
    QCOMPARE(header->visualIndex(DeploymentModel::Calls), 0);

    // Started in another language (--lang), the columns fit its headers
    // again instead of the widths saved for the other one's.
    const QLocale saved;
    QLocale::setDefault(QLocale(u"de"_s));
    MainWindow german;
    QLocale::setDefault(saved);
    QVERIFY(german.nodeTable()->view()->horizontalHeader()->sectionSize(DeploymentModel::Name) != 333);
}

// The first refresh of a 1,000-node run grows the count axis from 0–1 to
// 0–1,000. Qt Charts lays out a text item per tick at once: if the range
// grew while the interval was still 1, that is 1,001 labels, a 270 ms stall
// of the event loop (docs/performance.md). At no moment may the axis hold
// more than a few dozen ticks.
void TestMainWindow::charts_countAxisNeverLaysOutThousandsOfTicks()
{
    ClientFixture sim;
    ClientFixture::Options options;
    options.deployment = SimFixture::config(1000, kFrom, R"({"call_load": 0})");
    QVERIFY2(sim.start(std::move(options)), qPrintable(sim.startError()));
    QVERIFY(startRun(sim));

    DeploymentSession session(sim.settings(), u"Large deployment"_s);
    session.setRefreshInterval(10min);
    MainWindow window;
    window.setSession(&session);
    window.show();
    const auto axes = window.chartsPanel()->upgradedChart()->axes(Qt::Vertical);
    QCOMPARE(axes.size(), 1);
    auto *count = qobject_cast<QValueAxis *>(axes.first());
    QVERIFY(count);
    double mostTicks = 0;
    const auto watch = [&] { mostTicks = std::max(mostTicks, (count->max() - count->min()) / count->tickInterval()); };
    connect(count, &QValueAxis::rangeChanged, this, watch);
    connect(count, &QValueAxis::tickIntervalChanged, this, watch);

    session.start();
    QVERIFY(waitFor([&] { return session.nodes().rowCount() == 1000; }));
    QVERIFY(session.run().total() >= 1000);
    QVERIFY(count->max() >= 1001); // the whole run fits
    QVERIFY2(mostTicks <= 50, qPrintable(u"the axis held %1 ticks at one moment"_s.arg(mostTicks)));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
