// The newcomer's story (issue "upgrade-console", "Done when"): the console
// opens on the very demo deployment `upgrade-console --demo` starts, the
// demo's package is picked in the file dialog, confirmed, and the whole run
// is watched to its end — at a high time scale. Every node ends idle on the
// new version except the two the demo keeps back, whose rows say why: the
// node whose calls never clear (R4) and the one nobody can contact (R8).
// Through it all, no error dialog (R1: the Management Node's own reboot is
// expected) and no model reset. Writes screenshot-console-*.png for
// docs/user-guide.md.

#include "core/model/deploymentmodel.h"
#include "core/session/deploymentsession.h"
#include "core/session/runsummary.h"
#include "core/storage/profilestore.h"
#include "core/storage/secretstore.h"
#include "emulator/demo/consoledemo.h"
#include "ui/console/consolecontroller.h"
#include "ui/main/logpanel.h"
#include "ui/main/mainwindow.h"
#include "ui/main/nodetable.h"
#include "ui/main/runpanel.h"

#include "tests/common/toplevels.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;
using namespace iuc;
using namespace iuc::ui;
using iuc::test::anyMessageBox;
using iuc::test::visibleWindow;

namespace {

const QString kTarget = u"11 (71234.0.0)"_s;
const QString kOld = u"10.2 (40234.0.0)"_s;
// Simulated seconds per real second: the 24-hour stop comes after ~30 s.
constexpr double kTimeScale = 3000;

void screenshot(QWidget &window, const QString &file)
{
    QTest::qWait(150); // the charts lay out from posted events: the picture as the admin sees it
    QVERIFY(window.grab().save(file, "PNG"));
    qInfo("screenshot: %s", qPrintable(file));
}

QString cell(const QAbstractItemModel *model, int row, int column)
{
    return model->index(row, column).data().toString();
}

} // namespace

class TestConsoleDemo final : public QObject
{
    Q_OBJECT

public:
    static void initMain()
    {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
    }

private Q_SLOTS:
    void initTestCase();
    void R1_R4_R5_R8_demoUpgradedEndToEndAsTheNewcomerDoesIt();
    void R13_defaultDemoIsARealNodesShapeWithItsLogBySyslog();

private:
    QTemporaryDir m_home;
};

void TestConsoleDemo::initTestCase()
{
    QVERIFY(m_home.isValid());
    // The demo writes its package into the cache folder; the window keeps
    // its layout in the settings: both in a throwaway place.
    qputenv("XDG_CACHE_HOME", m_home.filePath(u"cache"_s).toUtf8());
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(u"upgrade-console-tests"_s);
}

void TestConsoleDemo::R1_R4_R5_R8_demoUpgradedEndToEndAsTheNewcomerDoesIt()
{
    ProfileStore profiles(m_home.filePath(u"profiles.ini"_s));
    SecretStore secrets(u"Infinity Upgrade Console (tests)"_s);
    demo::DemoOptions options;
    options.timeScale = kTimeScale;
    // The run's 24-hour stop (R5) as the node reports it: the extended twin.
    // The real-shaped demo has its own test below.
    options.api = sim::ApiProfile::Extended;
    ConsoleController controller(profiles, secrets, [options] { return demo::startDemo(options); });
    MainWindow &window = controller.window();
    window.resize(1440, 940);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    const Result<void> opened = controller.openDemo();
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
    DeploymentSession *session = controller.session();
    QVERIFY(session);
    QSignalSpy resets(&session->nodes(), &QAbstractItemModel::modelReset);
    QTRY_COMPARE_WITH_TIMEOUT(session->nodes().rowCount(), 12, 30000);
    screenshot(window, u"screenshot-console-demo-start.png"_s);

    // Upload package… (Ctrl+U): the file dialog opens where the demo left
    // its package and the wrong file; the package is typed and Enter pressed.
    window.action(MainWindow::Action::UploadPackage)->trigger();
    QFileDialog *files = nullptr;
    QTRY_VERIFY((files = visibleWindow<QFileDialog>(u"packageFileDialog"_s)) != nullptr);
    QCOMPARE(files->directory().absolutePath(), QFileInfo(controller.demo()->packagePath).absolutePath());
    auto *name = files->findChild<QLineEdit *>(u"fileNameEdit"_s);
    QVERIFY(name);
    name->setFocus();
    QTest::keyClicks(name, QFileInfo(controller.demo()->packagePath).fileName());
    QTest::keyClick(name, Qt::Key_Return);

    // Inspected, uploaded, and the confirmation: both versions, 13 systems.
    QWidget *confirm = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((confirm = visibleWindow(u"confirmDialog"_s)) != nullptr, 60000);
    const auto labels = confirm->findChildren<QLabel *>();
    const auto shows = [&labels](const QString &text) {
        return std::any_of(labels.begin(), labels.end(), [&text](QLabel *l) { return l->text().contains(text); });
    };
    const bool showsBoth = shows(kOld) && shows(kTarget) && shows(u"13"_s);
    QVERIFY2(showsBoth, "the confirmation shows the installed and the upgrade version");
    screenshot(*confirm, u"screenshot-console-confirm.png"_s);
    auto *upgrade = confirm->findChild<QAbstractButton *>(u"upgradeButton"_s);
    QVERIFY(upgrade);
    upgrade->click();

    // Watched to the end: the run completes or reaches the 24-hour stop.
    // No error dialog at any time, the Management Node's reboot included.
    bool midRunShot = false;
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 240000) {
        QSignalSpy updated(session, &DeploymentSession::updated);
        session->refreshNow();
        updated.wait(10000);
        QVERIFY2(!anyMessageBox(), "no dialog may interrupt a run that goes as the rules say");
        if (!midRunShot && session->run().upgraded() >= 6 && session->run().state() == RunSummary::State::Running) {
            midRunShot = true;
            screenshot(window, u"screenshot-console-demo-running.png"_s);
        }
        const RunSummary::State state = session->run().state();
        if (state == RunSummary::State::Completed || state == RunSummary::State::Stopped)
            break;
        QTest::qWait(200);
    }
    // R1: the Management Node went first and came back on the new version.
    QCOMPARE(session->snapshot()->management.version.text, kTarget);
    QCOMPARE(session->run().state(), RunSummary::State::Stopped); // R5: two nodes cannot finish

    // What the table shows at the end.
    const QAbstractItemModel *shown = window.nodeTable()->view()->model();
    QCOMPARE(shown->rowCount(), 12);
    int upgraded = 0;
    int keptForCalls = 0;
    QStringList keptBack;
    for (int row = 0; row < shown->rowCount(); ++row) {
        const QString node = cell(shown, row, DeploymentModel::Name);
        const QString status = cell(shown, row, DeploymentModel::Status);
        const QString version = cell(shown, row, DeploymentModel::Version);
        if (version == kTarget) {
            QCOMPARE(status, u"No upgrade in progress"_s);
            ++upgraded;
            continue;
        }
        QCOMPARE(version, kOld);
        keptBack << node + u": "_s + status;
        // R4: the node kept back for its calls still holds them. Its status is
        // what its last turn reached when the 24-hour stop came (R5 leaves every
        // system as it is): the calls timeout, or a new turn still preparing or
        // waiting for them.
        if (!status.contains(u"Could not communicate"_s)) {
            const int calls = shown->index(row, DeploymentModel::Calls).data(DeploymentModel::RawRole).toInt();
            QVERIFY2(calls > 0, qPrintable(node + u" was kept back with no calls"_s));
            const QString code = shown->index(row, DeploymentModel::Status).data(DeploymentModel::StatusCodeRole).toString();
            const QStringList callsTurn{u"PREPARING"_s, u"WAITING_FOR_CALLS"_s, u"CALLS_TIMEOUT"_s};
            QVERIFY2(callsTurn.contains(code), qPrintable(node + u": "_s + code));
            ++keptForCalls;
        }
        // Back of the queue after each failed turn, tried again (R4, R8).
        const int attempts = shown->index(row, DeploymentModel::Attempts).data(DeploymentModel::RawRole).toInt();
        QVERIFY2(attempts >= 2, qPrintable(node + u" was tried %1 times"_s.arg(attempts)));
    }
    QCOMPARE(upgraded, 10);
    QCOMPARE(keptBack.size(), 2);
    // Each row left behind says why.
    const QString why = keptBack.join(u"; "_s);
    QVERIFY2(why.contains(u"Could not communicate with conferencing node"_s), qPrintable(why)); // R8
    QCOMPARE(keptForCalls, 1);                                                                 // R4
    // The run panel explains the mixed state and offers the continuation (R5, R6).
    QVERIFY(window.runPanel()->offersContinuation());
    QVERIFY(window.action(MainWindow::Action::ContinuationRun)->isEnabled());
    const QString progress = window.runPanel()->findChild<QLabel *>(u"runProgress"_s)->text();
    QVERIFY2(progress.startsWith(u"11 of 13"_s), qPrintable(progress));
    QCOMPARE(resets.count(), 0);
    // The explanation is readable in full: its wrapped lines are not cut
    // (once the layout has settled, as the admin sees it).
    QTest::qWait(100);
    auto *stopped = window.runPanel()->findChild<QWidget *>(u"stoppedNotice"_s);
    QVERIFY(stopped && stopped->isVisible());
    const auto texts = stopped->findChildren<QLabel *>();
    for (const QLabel *text : texts) {
        if (!text->wordWrap())
            continue;
        QVERIFY2(text->height() >= text->heightForWidth(text->width()), qPrintable(text->text()));
        const int bottom = text->mapTo(window.runPanel(), QPoint(0, text->height())).y();
        QVERIFY2(bottom <= window.runPanel()->contentsRect().bottom() + 1, qPrintable(text->text()));
    }
    screenshot(window, u"screenshot-console-demo-stopped.png"_s);
}

// Issue 12: `upgrade-console --demo` imitates a real Management Node by
// default, which serves no administrator log in its API: the demo receives it
// by syslog (the console's receiver, added to the twin's syslog servers), and
// R13 marks the errors expected during the run. Nothing is asked of the admin.
void TestConsoleDemo::R13_defaultDemoIsARealNodesShapeWithItsLogBySyslog()
{
    ProfileStore profiles(m_home.filePath(u"profiles-pexip.ini"_s));
    SecretStore secrets(u"Infinity Upgrade Console (tests)"_s);
    demo::DemoOptions options; // the defaults, as `--demo` has them
    options.nodes = 4;
    options.timeScale = 600;
    QCOMPARE(options.api, sim::ApiProfile::Pexip);
    ConsoleController controller(profiles, secrets, [options] { return demo::startDemo(options); });
    MainWindow &window = controller.window();
    window.resize(1440, 940);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const Result<void> opened = controller.openDemo();
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
    DeploymentSession *session = controller.session();
    QVERIFY(session);
    QVERIFY(session->displayName().contains(u"API of a real Management Node (pexip)"_s)); // which profile it is
    QTRY_VERIFY_WITH_TIMEOUT(session->syslog().onNode().has_value(), 30000);
    QVERIFY(session->syslog().isListening());
    QTRY_VERIFY_WITH_TIMEOUT(session->poller().capabilities().lacks(api::Resource::Log), 30000);

    QVERIFY(demo::startDemoRun(*controller.demo()));
    const auto expectedErrors = [&] {
        int n = 0;
        for (int row = 0; row < session->log().rowCount(); ++row)
            n += session->log().severityAt(row) == LogSeverity::ExpectedError ? 1 : 0;
        return n;
    };
    QTRY_VERIFY_WITH_TIMEOUT(expectedErrors() >= 3, 120000);
    QVERIFY(window.logPanel()->view()->isEnabled());
    auto *source = window.findChild<QLabel *>(u"logSource"_s);
    QVERIFY(source);
    QVERIFY2(source->text().contains(u"in the Management Node's syslog servers"_s), qPrintable(source->text()));
    QVERIFY(!anyMessageBox());
    screenshot(window, u"screenshot-console-demo-syslog.png"_s);
    // Closing asks nothing: the twin ends with the console.
    window.close();
    QVERIFY(!anyMessageBox());
    QVERIFY(!window.isVisible());
}

QTEST_MAIN(TestConsoleDemo)

#include "tst_consoledemo.moc"
