// The upgrade flows (DESIGN §6 "Upload → confirm → run") as an admin uses
// them: offscreen widgets driven with the keyboard, against the in-process
// emulator. Every dialog is found by its objectName, opened and closed with
// keys (Escape closes, Enter takes the default button).

#include "tests/common/clientfixture.h"
#include "tests/common/toplevels.h"
#include "tests/ui/flow/flowtesting.h"

#include "core/api/managementclient.h"
#include "core/api/uploader.h"
#include "core/session/unfinishedupload.h"
#include "core/session/deploymentsession.h"
#include "core/session/drainaheadrunner.h"
#include "emulator/sim/deployment.h"
#include "emulator/support/packagewriter.h"
#include "ui/flow/confirmdialog.h"
#include "ui/flow/scheduledstartdialog.h"
#include "ui/flow/upgradeflow.h"
#include "ui/flow/uploaddialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QLabel>
#include <QDir>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>
#include <QTreeWidget>

#include <memory>

using namespace Qt::StringLiterals;
using namespace iuc;
using namespace iuc::ui;
using namespace std::chrono_literals;
using iuc::test::visibleWindow;
using iuc::test::waitForWindow;
using iuc::test::flow::activate;
using iuc::test::flow::Console;
using iuc::test::flow::simPatch;
using iuc::test::flow::type;
using iuc::test::flow::waitUntilGone;

namespace {

const QString kV3 = u"3 (21000.0.0)"_s;

// Tab until `button` has the focus, then Space: pressing it with the keyboard.
bool pressWithKeyboard(QWidget *window, QAbstractButton *button)
{
    for (int i = 0; i < 20 && window->focusWidget() != button; ++i)
        type(window, Qt::Key_Tab);
    if (window->focusWidget() != button)
        return false;
    QTest::keyClick(button, Qt::Key_Space);
    return true;
}

QJsonObject firstRun(ClientFixture &sim)
{
    return runInProcess(sim.emulator()); // a real node's profile has no upgrade_run to ask
}

int uploadRequests(ClientFixture &sim)
{
    return sim.getRetried(kConfig + u"upgrade_request/"_s).object().value(u"meta"_s).toObject().value(u"total_count"_s).toInt(-1);
}

} // namespace

class TestUpgradeFlow final : public QObject
{
    Q_OBJECT

public:
    static void initMain()
    {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
    }

private Q_SLOTS:
    void confirmShowsBothVersionsAndUpgradeStartsTheRun();
    void confirmEnterTakesTheDefaultCancel();
    void singleShotNode_confirmsBeforeTheUploadThatStartsTheRun();
    void startAnswerLost_seenStartedOnTheNodeAndNotSentAgain();
    void uploadDialogShowsProgressResumeAndEscapeCancels();
    void uploadCutByARestartContinuesFromTheNodesOffset();
    void closingTheWindowMidUpload_asksStopsAndStartsNothing();
    void scheduledStart_countsDownStartsAtItsTimeOnTheNodesClock();
    void scheduledStart_quittingAsksAndCancelsIt();
    void R10_wrongFileRefusedAndNothingUploaded();
    void R10_v3DeploymentRefusesV11SayingV6First();
    void inspectionCancelledWithEscape();
    void R7_lockExplainedAndRebootManagementLiftsIt();
    void R9_rebootNodeListsItsCallsAndDropsThem();
    void R7_R9_realNodeWithoutRebootCommandSaysHowToRebootInstead();
    void R5_R6_continuationTakesOnlyTheSystemsLeftBehind();
    void reportExportedAsCsvAndHtml();
    void recoveryHelpOpensAndClosesWithTheKeyboard();
    void keyboard_everyOtherDialogClosesWithEscapeAndChangesNothing();
};

void TestUpgradeFlow::confirmShowsBothVersionsAndUpgradeStartsTheRun()
{
    ClientFixture sim;
    ClientFixture::Options options;
    options.deployment = SimFixture::config(9); // three per location: configuration-only nodes too (R12)
    QVERIFY2(sim.start(options), qPrintable(sim.startError()));
    const QString file = sim.writePackage(u"infinity-11.tar"_s, kTo, 2 * 1024 * 1024);
    Console console(sim);
    QVERIFY(console.refreshed());
    QSignalSpy started(console.flow, &UpgradeFlow::upgradeStarted);

    console.flow->uploadFile(file);
    auto *confirm = waitForWindow<ConfirmDialog>(u"confirmDialog"_s);
    QVERIFY(confirm);
    QCOMPARE(confirm->findChild<QLabel *>(u"installedVersionLabel"_s)->text(), kFrom);
    QCOMPARE(confirm->findChild<QLabel *>(u"upgradeVersionLabel"_s)->text(), kTo);
    QCOMPARE(confirm->facts().systemsToUpgrade, 10); // the Management Node and nine Conferencing Nodes
    QVERIFY(confirm->findChild<QLabel *>(u"systemsLabel"_s)->text().contains(u"10"_s));
    QVERIFY(confirm->findChild<QLabel *>(u"mixedVersionLabel"_s)); // R11
    QVERIFY(confirm->findChild<QLabel *>(u"configOnlyLabel"_s));   // R12
    QVERIFY(confirm->facts().forecastSeconds.has_value());
    QVERIFY(confirm->findChild<QLabel *>(u"forecastLabel"_s));
    // A real node reports no SHA-256 of its copy: it validated the package.
    QVERIFY2(confirm->findChild<QLabel *>(u"packageLabel"_s)->text().contains(u"validated"_s),
             qPrintable(confirm->findChild<QLabel *>(u"packageLabel"_s)->text()));
    QVERIFY(confirm->grab().save(u"screenshot-confirm.png"_s));
    // The confirmation comes before anything is performed.
    QCOMPARE(sim.emulator().server().performRequests(), 0);

    // Cancel holds the focus; the admin moves to Upgrade on purpose.
    QVERIFY(activate(confirm));
    QCOMPARE(confirm->focusWidget(), confirm->cancelButton());
    QVERIFY(pressWithKeyboard(confirm, confirm->upgradeButton()));
    QTRY_VERIFY_WITH_TIMEOUT(!started.isEmpty(), 30000);
    QCOMPARE(firstRun(sim).value(u"state"_s).toString(), u"running"_s);
    QCOMPARE(sim.emulator().server().performRequests(), 1); // one performing request, once
    QVERIFY(waitUntilGone(u"confirmDialog"_s));
    QVERIFY(!console.flow->isBusy());
}

// A v24-era node uploads in one shot, which is the start: the confirmation
// comes first, from this computer's reading, and says so; nothing reaches
// the node before Upgrade; then the upload dialog shows the upload.
void TestUpgradeFlow::singleShotNode_confirmsBeforeTheUploadThatStartsTheRun()
{
    ClientFixture sim;
    ClientFixture::Options options;
    options.api = iuc::sim::ApiProfile::PexipV24;
    QVERIFY2(sim.start(options), qPrintable(sim.startError()));
    const QString file = sim.writePackage(u"infinity-11.tar"_s, kTo, 8 * 1024 * 1024);
    Console console(sim);
    QVERIFY(console.refreshed());
    QSignalSpy started(console.flow, &UpgradeFlow::upgradeStarted);

    console.flow->uploadFile(file);
    auto *confirm = waitForWindow<ConfirmDialog>(u"confirmDialog"_s);
    QVERIFY(confirm);
    QVERIFY(confirm->facts().uploadStartsUpgrade);
    auto *oneStep = confirm->findChild<QLabel *>(u"singleShotLabel"_s);
    QVERIFY(oneStep);
    QVERIFY2(oneStep->text().contains(u"in one step"_s), qPrintable(oneStep->text()));
    QVERIFY(!confirm->findChild<QLabel *>(u"packageLabel"_s)); // no "validated" claim: nothing was sent
    QVERIFY(confirm->grab().save(u"screenshot-confirm-single-shot.png"_s));
    QCOMPARE(sim.emulator().server().uploadedBytes(), 0);
    QCOMPARE(sim.emulator().server().performRequests(), 0);

    confirm->upgradeButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!started.isEmpty(), 30000);
    QCOMPARE(sim.emulator().server().performRequests(), 1);
    QCOMPARE(firstRun(sim).value(u"state"_s).toString(), u"running"_s);
    QTRY_VERIFY(!console.flow->isBusy());
    QVERIFY(waitUntilGone(u"uploadDialog"_s));
}

// An upload cut short by the end of the program that ran it (an earlier
// console, upgradectl, a workstation that restarted): the console's next
// upload of the same file continues the node's partial upload.
void TestUpgradeFlow::uploadCutByARestartContinuesFromTheNodesOffset()
{
    ClientFixture sim;
    QVERIFY2(sim.start(), qPrintable(sim.startError()));
    const QString file = sim.writePackage(u"infinity-11.tar"_s, kTo, 24 << 20);
    const qint64 size = QFileInfo(file).size();
    {
        // The earlier program: its upload goes part of the way, then it is gone.
        api::ManagementClient client(sim.settings());
        auto *uploader = new api::Uploader(client, file);
        uploader->setChunkSize(1 << 20);
        UnfinishedUploads memory(UnfinishedUploads::defaultDirectory(), sim.settings().baseUrl);
        memory.follow(*uploader);
        QObject::connect(uploader, &api::Uploader::progress, uploader, [uploader](qint64 sent, qint64 total) {
            if (sent > total / 3)
                uploader->deleteLater(); // no cancel: as if the process ended
        });
        QPointer<api::Uploader> guard(uploader);
        uploader->run();
        QTRY_VERIFY_WITH_TIMEOUT(!guard, 30000);
    }
    const QJsonArray partial = sim.getRetried(kConfig + u"upgrade_request/"_s).object().value(u"objects"_s).toArray();
    QCOMPARE(partial.size(), 1);
    const qint64 held = partial.first().toObject().value(u"offset"_s).toInteger();
    QVERIFY2(held > 0 && held < size, qPrintable(QString::number(held)));
    const qint64 before = sim.emulator().server().uploadedBytes();

    Console console(sim);
    QVERIFY(console.refreshed());
    QSignalSpy messages(console.flow, &UpgradeFlow::statusMessage);
    console.flow->uploadFile(file);
    auto *confirm = waitForWindow<ConfirmDialog>(u"confirmDialog"_s);
    QVERIFY(confirm);
    bool said = false;
    for (const QList<QVariant> &m : messages)
        said = said || m.at(0).toString().startsWith(u"Continuing the earlier upload of infinity-11.tar"_s);
    QVERIFY(said);
    QCOMPARE(sim.emulator().server().uploadedBytes() - before, size - held); // the remainder only
    const QJsonArray after = sim.getRetried(kConfig + u"upgrade_request/"_s).object().value(u"objects"_s).toArray();
    QCOMPARE(after.size(), 1);
    QCOMPARE(after.first().toObject().value(u"uuid"_s), partial.first().toObject().value(u"uuid"_s));
    confirm->cancelButton()->click();
    QTRY_VERIFY(!console.flow->isBusy());
    QCOMPARE(sim.emulator().server().performRequests(), 0);
}

void TestUpgradeFlow::confirmEnterTakesTheDefaultCancel()
{
    ClientFixture sim;
    QVERIFY2(sim.start(), qPrintable(sim.startError()));
    const QString file = sim.writePackage(u"infinity-11.tar"_s, kTo, 256 * 1024);
    Console console(sim);
    QVERIFY(console.refreshed());

    console.flow->uploadFile(file);
    auto *confirm = waitForWindow<ConfirmDialog>(u"confirmDialog"_s);
    QVERIFY(confirm);
    QVERIFY(activate(confirm));
    type(confirm, Qt::Key_Return);
    QVERIFY(waitUntilGone(u"confirmDialog"_s));
    QTRY_VERIFY(!console.flow->isBusy());
    QVERIFY(firstRun(sim).isEmpty()); // no run
    QCOMPARE(sim.emulator().server().performRequests(), 0); // nothing performing reached the node
    QCOMPARE(sim.get(kStatus + u"management_vm/1/"_s).object().value(u"version"_s).toString(), kFrom);
}

void TestUpgradeFlow::startAnswerLost_seenStartedOnTheNodeAndNotSentAgain()
{
    ClientFixture sim;
    QVERIFY2(sim.start(), qPrintable(sim.startError()));
    const QString file = sim.writePackage(u"infinity-11.tar"_s, kTo, 256 * 1024);
    Console console(sim);
    QVERIFY(console.refreshed());
    console.flow->setStartObservation(api::StartObservation{100ms, 50, 3});
    QSignalSpy started(console.flow, &UpgradeFlow::upgradeStarted);
    QSignalSpy status(console.flow, &UpgradeFlow::statusMessage);

    console.flow->uploadFile(file);
    auto *confirm = waitForWindow<ConfirmDialog>(u"confirmDialog"_s);
    QVERIFY(confirm);
    // The connection breaks once the node has acted on the start.
    QVERIFY(simPatch(sim, u"/sim/v1/deployment/"_s, QJsonObject{{u"drop_perform"_s, u"after"_s}}));
    QVERIFY(activate(confirm));
    QVERIFY(pressWithKeyboard(confirm, confirm->upgradeButton()));
    QTRY_VERIFY_WITH_TIMEOUT(!started.isEmpty(), 30000);
    QVERIFY(started.constFirst().at(0).value<api::UpgradeRun>().observed);
    QTRY_VERIFY(!console.flow->isBusy());
    QCOMPARE(sim.emulator().server().performRequests(), 1);
    QCOMPARE(firstRun(sim).value(u"state"_s).toString(), u"running"_s);
    QVERIFY(!iuc::test::anyMessageBox()); // no error, no doubt: it started
    bool said = false;
    for (const QList<QVariant> &m : status)
        said = said || m.at(0).toString().contains(u"not sent again"_s);
    QVERIFY(said);
}

void TestUpgradeFlow::uploadDialogShowsProgressResumeAndEscapeCancels()
{
    ClientFixture sim;
    QVERIFY2(sim.start(), qPrintable(sim.startError()));
    const QString file = sim.writePackage(u"infinity-11-large.tar"_s, kTo, 160LL * 1024 * 1024);
    QVERIFY(!file.isEmpty());
    Console console(sim);
    QVERIFY(console.refreshed());
    QSignalSpy messages(console.flow, &UpgradeFlow::statusMessage);
    // The connection breaks 4 MiB into the first 8 MiB chunk: the upload
    // goes on from where the server stands, and the dialog says so.
    console.flow->setUploadTuning(8 * 1024 * 1024, 4 * 1024 * 1024);

    console.flow->uploadFile(file);
    auto *dialog = waitForWindow<UploadDialog>(u"uploadDialog"_s);
    QVERIFY(dialog);
    QElapsedTimer timer;
    timer.start();
    while (dialog && dialog->resumeText().isEmpty() && timer.elapsed() < 60000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 2);
    QVERIFY(dialog && !dialog->resumeText().isEmpty());
    QVERIFY(dialog->resumeText().contains(u"MB"_s) || dialog->resumeText().contains(u"MiB"_s));
    QVERIFY(dialog->bytesText().contains(u"of"_s));
    QVERIFY(dialog->grab().save(u"screenshot-upload.png"_s));

    // Escape: the upload stops, the server drops the partial file, no confirm.
    QVERIFY(activate(dialog));
    type(dialog, Qt::Key_Escape);
    QVERIFY(waitUntilGone(u"uploadDialog"_s));
    QTRY_VERIFY(!console.flow->isBusy());
    QVERIFY(!visibleWindow(u"confirmDialog"_s));
    QVERIFY(!visibleWindow(u"errorDialog"_s));
    QVERIFY(!messages.isEmpty());
    const QJsonArray uploads = sim.getRetried(kConfig + u"upgrade_request/"_s).object().value(u"objects"_s).toArray();
    QCOMPARE(uploads.size(), 1);
    QCOMPARE(uploads.first().toObject().value(u"state"_s).toString(), u"cancelled"_s);
}

// The window's close during an upload: the admin is asked; "Keep
// Uploading" changes nothing, "Stop and Close" stops the upload, the node
// drops the partial, nothing is started, and only then does the window close.
void TestUpgradeFlow::closingTheWindowMidUpload_asksStopsAndStartsNothing()
{
    ClientFixture sim;
    QVERIFY2(sim.start(), qPrintable(sim.startError()));
    const QString file = sim.writePackage(u"infinity-11-large.tar"_s, kTo, 96LL * 1024 * 1024);
    Console console(sim);
    QVERIFY(console.refreshed());
    console.flow->setUploadTuning(1024 * 1024);
    QVERIFY(!console.flow->holdClose([] {})); // nothing running: close at once

    console.flow->uploadFile(file);
    auto *dialog = waitForWindow<UploadDialog>(u"uploadDialog"_s);
    QVERIFY(dialog);
    int closes = 0;
    QVERIFY(console.flow->holdClose([&closes] { ++closes; }));
    auto *ask = waitForWindow<QMessageBox>(u"closeDuringUploadDialog"_s);
    QVERIFY(ask);
    QVERIFY(ask->grab().save(u"screenshot-close-during-upload.png"_s));
    QCOMPARE(ask->defaultButton()->objectName(), u"keepUploadingButton"_s); // Enter keeps the upload
    ask->findChild<QPushButton *>(u"keepUploadingButton"_s)->click();
    QTRY_VERIFY(!visibleWindow(u"closeDuringUploadDialog"_s));
    QVERIFY(console.flow->isBusy());
    QCOMPARE(closes, 0);

    QVERIFY(console.flow->holdClose([&closes] { ++closes; }));
    ask = waitForWindow<QMessageBox>(u"closeDuringUploadDialog"_s);
    QVERIFY(ask);
    ask->findChild<QPushButton *>(u"stopAndCloseButton"_s)->click();
    QTRY_COMPARE_WITH_TIMEOUT(closes, 1, 30000);
    QVERIFY(!console.flow->isBusy());
    QVERIFY(!visibleWindow(u"confirmDialog"_s));
    QCOMPARE(sim.emulator().server().performRequests(), 0);
    const QJsonArray uploads = sim.getRetried(kConfig + u"upgrade_request/"_s).object().value(u"objects"_s).toArray();
    QCOMPARE(uploads.size(), 1);
    QCOMPARE(uploads.first().toObject().value(u"state"_s).toString(), u"cancelled"_s);
    QVERIFY(firstRun(sim).isEmpty());
}

void TestUpgradeFlow::R10_wrongFileRefusedAndNothingUploaded()
{
    ClientFixture sim;
    QVERIFY2(sim.start(), qPrintable(sim.startError()));
    const QString wrong = sim.scratchPath(u"release-notes.pdf"_s);
    QVERIFY(sim::writeNotAPackage(wrong, 64 * 1024));
    Console console(sim);
    QVERIFY(console.refreshed());
    QSignalSpy errors(console.flow, &UpgradeFlow::errorShown);

    // Through the file dialog, with the keyboard: the name, then Enter.
    console.flow->uploadPackage(QFileInfo(wrong).absolutePath());
    auto *files = waitForWindow(u"packageFileDialog"_s);
    QVERIFY(files);
    QVERIFY(activate(files));
    auto *name = files->findChild<QLineEdit *>(u"fileNameEdit"_s);
    QVERIFY(name);
    name->setFocus();
    QTest::keyClicks(name, QFileInfo(wrong).fileName());
    QTest::keyClick(name, Qt::Key_Return);

    auto *box = waitForWindow<QMessageBox>(u"errorDialog"_s);
    QVERIFY(box);
    QVERIFY(box->text().contains(u"release-notes.pdf"_s));
    QVERIFY(!box->informativeText().isEmpty()); // why, and what to do
    QCOMPARE(errors.size(), 1);
    QVERIFY(errors.first().first().value<Error>().code.startsWith(u"package."_s));
    QCOMPARE(uploadRequests(sim), 0);
    QVERIFY(activate(box));
    type(box, Qt::Key_Return); // Close is the default
    QVERIFY(waitUntilGone(u"errorDialog"_s));
    QVERIFY(!console.flow->isBusy());
}

void TestUpgradeFlow::R10_v3DeploymentRefusesV11SayingV6First()
{
    ClientFixture sim;
    ClientFixture::Options options;
    options.deployment = SimFixture::config(3, kV3);
    QVERIFY2(sim.start(options), qPrintable(sim.startError()));
    const QString file = sim.writePackage(u"infinity-11.tar"_s, kTo, 128 * 1024);
    Console console(sim);
    QVERIFY(console.refreshed());
    QSignalSpy errors(console.flow, &UpgradeFlow::errorShown);

    console.flow->uploadFile(file);
    auto *box = waitForWindow<QMessageBox>(u"errorDialog"_s);
    QVERIFY(box);
    QVERIFY2(box->informativeText().contains(u"v6"_s), qPrintable(box->informativeText()));
    QCOMPARE(errors.first().first().value<Error>().code, u"package.needs_intermediate"_s);
    QCOMPARE(uploadRequests(sim), 0);
    QVERIFY(activate(box));
    type(box, Qt::Key_Escape);
    const bool gone = waitUntilGone(u"errorDialog"_s);
    if (!gone) {
        for (QWidget *w : QApplication::topLevelWidgets())
            qWarning() << w << w->isVisible() << (w == box) << QApplication::focusWidget() << QApplication::activeWindow();
    }
    QVERIFY(gone);
}

void TestUpgradeFlow::inspectionCancelledWithEscape()
{
    ClientFixture sim;
    QVERIFY2(sim.start(), qPrintable(sim.startError()));
    const QString file = sim.writePackage(u"infinity-11-huge.tar"_s, kTo, 512LL * 1024 * 1024);
    QVERIFY(!file.isEmpty());
    Console console(sim);
    QVERIFY(console.refreshed());
    QSignalSpy messages(console.flow, &UpgradeFlow::statusMessage);
    console.flow->setInspectionDialogDelay(std::chrono::milliseconds(0));

    console.flow->uploadFile(file);
    QWidget *progress = waitForWindow(u"inspectDialog"_s);
    QVERIFY(progress);
    QVERIFY(activate(progress));
    type(progress, Qt::Key_Escape);
    QTRY_VERIFY_WITH_TIMEOUT(!console.flow->isBusy(), 30000);
    QVERIFY(!visibleWindow(u"inspectDialog"_s));
    QVERIFY(!visibleWindow(u"errorDialog"_s)); // the admin's own cancel is no error
    QVERIFY(!visibleWindow(u"uploadDialog"_s));
    QVERIFY(!messages.isEmpty());
    QCOMPARE(uploadRequests(sim), 0);
}

void TestUpgradeFlow::R7_lockExplainedAndRebootManagementLiftsIt()
{
    ClientFixture sim;
    ClientFixture::Options options;
    options.api = iuc::sim::ApiProfile::Extended; // the reboot command; a real node: R7_R9_realNode…
    QVERIFY2(sim.start(options), qPrintable(sim.startError()));
    const QString first = sim.writePackage(u"first.tar"_s, kTo, 128 * 1024);
    const QString second = sim.writePackage(u"second.tar"_s, kTo, 160 * 1024);
    QVERIFY(!sim.startRunWith(first).isEmpty()); // another console's run holds the lock
    Console console(sim);
    QVERIFY(console.refreshed());
    QSignalSpy errors(console.flow, &UpgradeFlow::errorShown);
    QSignalSpy rebooting(console.flow, &UpgradeFlow::managementRebootStarted);

    console.flow->uploadFile(second);
    auto *confirm = waitForWindow<ConfirmDialog>(u"confirmDialog"_s);
    QVERIFY(confirm);
    QVERIFY(activate(confirm));
    QVERIFY(pressWithKeyboard(confirm, confirm->upgradeButton()));

    auto *locked = waitForWindow<QMessageBox>(u"runLockedDialog"_s);
    QVERIFY(locked);
    QCOMPARE(errors.first().first().value<Error>().details.value(u"code"_s).toString(), u"run.locked"_s);
    // Since when, until when (UTC, the Management Node's clock), and the way out.
    QVERIFY2(locked->informativeText().contains(u"2030-01-01 10:00 UTC"_s), qPrintable(locked->informativeText()));
    QVERIFY(locked->informativeText().contains(u"2030-01-02 10:00 UTC"_s));
    QVERIFY(locked->informativeText().contains(u"reboot"_s, Qt::CaseInsensitive));
    auto *offer = locked->findChild<QPushButton *>(u"rebootManagementButton"_s);
    QVERIFY(offer);
    QVERIFY(activate(locked));
    QVERIFY(pressWithKeyboard(locked, offer));

    // The reboot's own confirmation says what it abandons.
    auto *reboot = waitForWindow<QMessageBox>(u"rebootManagementDialog"_s);
    QVERIFY(reboot);
    QVERIFY2(reboot->informativeText().contains(u"abandons"_s), qPrintable(reboot->informativeText()));
    QVERIFY(reboot->informativeText().contains(u"few minutes"_s));
    QVERIFY(activate(reboot));
    QVERIFY(pressWithKeyboard(reboot, reboot->findChild<QPushButton *>(u"rebootButton"_s)));
    QTRY_VERIFY_WITH_TIMEOUT(!rebooting.isEmpty(), 30000);
    QCOMPARE(sim.getRetried(kStatus + u"management_vm/"_s).status, 503);
    QVERIFY(!visibleWindow(u"errorDialog"_s)); // no dialog while it is away (R1)
}

void TestUpgradeFlow::R7_R9_realNodeWithoutRebootCommandSaysHowToRebootInstead()
{
    ClientFixture sim;
    ClientFixture::Options options;
    options.api = iuc::sim::ApiProfile::Pexip; // a real node's API: no reboot command
    QVERIFY2(sim.start(options), qPrintable(sim.startError()));
    QVERIFY(simPatch(sim, u"/sim/v1/node/2/"_s, QJsonObject{{u"add_calls"_s, 2}, {u"conference"_s, u"meet.room042"_s}}));
    Console console(sim);
    QVERIFY(console.refreshed());
    QVERIFY(console.session.snapshot()->capabilities.schemasRead);
    const int writesBefore = sim.emulator().server().writeRequests();

    console.flow->rebootNode(2);
    auto *node = waitForWindow<QMessageBox>(u"manualRebootDialog"_s);
    QVERIFY(node);
    const QString address = console.session.snapshot()->configurations.value(2).address;
    QVERIFY(!address.isEmpty());
    QVERIFY2(node->informativeText().contains(address), qPrintable(node->informativeText()));
    QVERIFY(node->informativeText().contains(u"sudo reboot"_s));
    QVERIFY(node->informativeText().contains(u"hypervisor"_s));
    QVERIFY2(node->informativeText().contains(u"meet.room042"_s), qPrintable(node->informativeText())); // the calls it drops (R9)
    QVERIFY(node->grab().save(u"screenshot-manual-reboot.png"_s, "PNG")); // for a look by eye
    QVERIFY(activate(node));
    QTest::keyClick(node, Qt::Key_Escape);
    QTRY_VERIFY_WITH_TIMEOUT(!visibleWindow(u"manualRebootDialog"_s), 5000);
    // The console now watches for that reboot: the status bar says so.
    ManualReboots &reboots = console.session.manualReboots();
    const QString nodeName = console.session.nodeName(2);
    QVERIFY2(reboots.pendingText().contains(nodeName), qPrintable(reboots.pendingText()));
    QSignalSpy seen(&reboots, &ManualReboots::seen);

    console.flow->rebootManagement();
    auto *management = waitForWindow<QMessageBox>(u"manualRebootDialog"_s);
    QVERIFY(management);
    QVERIFY2(management->text().contains(u"the Management Node"_s), qPrintable(management->text()));
    QVERIFY(management->informativeText().contains(u"127.0.0.1"_s));
    QVERIFY(activate(management));
    QTest::keyClick(management, Qt::Key_Escape);
    QTRY_VERIFY_WITH_TIMEOUT(!visibleWindow(u"manualRebootDialog"_s), 5000);
    QVERIFY(!visibleWindow(u"errorDialog"_s)); // explained, not failed
    QCOMPARE(sim.emulator().server().writeRequests(), writesBefore); // nothing was asked of the node

    // The admin reboots the node in the hypervisor (here: the harness): its
    // new boot time is seen at the next refresh, after its minute or two away.
    QCOMPARE(sim.patch(u"/sim/v1/node/2/"_s, QJsonObject{{u"reboot"_s, true}}).status, 200);
    QCOMPARE(sim.advance(300).status, 200);
    QVERIFY(console.refreshed());
    QCOMPARE(seen.size(), 1);
    QCOMPARE(seen.first().at(0).toString(), nodeName);
    QVERIFY(seen.first().at(1).toDateTime() > console.session.snapshot()->serverTime.addSecs(-400));
    QVERIFY(!reboots.pendingText().contains(nodeName));

    // Then the Management Node (in-process: as over SSH). Its port refuses
    // connections while it is away: a reboot the admin was told of, shown
    // calmly, no error; then seen back.
    QVERIFY(sim.emulator().server().withDeployment([](iuc::sim::Deployment &d) { return d.rebootManagement().hasValue(); }));
    sim.emulator().server().followTheReboot();
    console.session.refreshNow();
    QTRY_COMPARE_WITH_TIMEOUT(console.session.poller().state(), api::DeploymentPoller::State::Rebooting, 30000);
    QVERIFY(!visibleWindow(u"errorDialog"_s));
    QCOMPARE(seen.size(), 1); // not back yet
    QCOMPARE(sim.advance(900).status, 200); // back, listening again
    QVERIFY(console.refreshed());
    QCOMPARE(seen.size(), 2);
    QVERIFY(reboots.pendingText().isEmpty());
    QCOMPARE(console.session.poller().state(), api::DeploymentPoller::State::Live);
}

void TestUpgradeFlow::R9_rebootNodeListsItsCallsAndDropsThem()
{
    ClientFixture sim;
    ClientFixture::Options options;
    options.api = iuc::sim::ApiProfile::Extended; // the reboot command; a real node: R7_R9_realNode…
    QVERIFY2(sim.start(options), qPrintable(sim.startError()));
    const int nodeId = 2;
    QVERIFY(simPatch(sim, u"/sim/v1/node/%1/"_s.arg(nodeId),
                     QJsonObject{{u"add_calls"_s, 3}, {u"conference"_s, u"meet.room007"_s}}));
    const QString address = sim.getRetried(kConfig + u"worker_vm/%1/"_s.arg(nodeId)).object().value(u"address"_s).toString();
    const auto callsOnNode = [&] {
        return sim.getRetried(kStatus + u"participant/?media_node=%1&limit=1"_s.arg(address))
            .object()
            .value(u"meta"_s)
            .toObject()
            .value(u"total_count"_s)
            .toInt(-1);
    };
    const int before = callsOnNode();
    QVERIFY(before >= 3);
    Console console(sim);
    QVERIFY(console.refreshed());

    // Escape first: nothing happens to the calls.
    console.flow->rebootNode(nodeId);
    QWidget *dialog = waitForWindow(u"rebootNodeDialog"_s);
    QVERIFY(dialog);
    auto *list = dialog->findChild<QTreeWidget *>(u"callList"_s);
    QVERIFY(list);
    QCOMPARE(list->topLevelItemCount(), before);
    bool meetingListed = false;
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        meetingListed = meetingListed || list->topLevelItem(i)->text(1) == u"meet.room007"_s;
    QVERIFY(meetingListed);
    QVERIFY(!list->topLevelItem(0)->text(0).isEmpty()); // who is in the call
    QVERIFY(activate(dialog));
    type(dialog, Qt::Key_Escape);
    QVERIFY(waitUntilGone(u"rebootNodeDialog"_s));
    QCOMPARE(callsOnNode(), before);

    // Then for real: the listed calls are dropped.
    QSignalSpy rebooted(console.flow, &UpgradeFlow::nodeRebootStarted);
    console.flow->rebootNode(nodeId);
    dialog = waitForWindow(u"rebootNodeDialog"_s);
    QVERIFY(dialog);
    QVERIFY(activate(dialog));
    QVERIFY(pressWithKeyboard(dialog, dialog->findChild<QPushButton *>(u"rebootButton"_s)));
    QTRY_VERIFY_WITH_TIMEOUT(!rebooted.isEmpty(), 30000);
    QCOMPARE(callsOnNode(), 0);
}

void TestUpgradeFlow::R5_R6_continuationTakesOnlyTheSystemsLeftBehind()
{
    ClientFixture sim;
    ClientFixture::Options options;
    // A one-hour run limit, no new calls, and a drain timeout longer than
    // the run: the stuck node is still waiting when the run stops.
    options.deployment = SimFixture::config(
        3, kFrom, R"({"call_load": 0, "engine": {"run_deadline_s": 3600, "drain_timeout_s": 7200}})");
    options.api = iuc::sim::ApiProfile::Extended; // a stopped run nobody watched: only a node that reports its runs shows it
    QVERIFY2(sim.start(options), qPrintable(sim.startError()));
    const int stuck = 2;
    QVERIFY(simPatch(sim, u"/sim/v1/node/%1/"_s.arg(stuck), QJsonObject{{u"stuck_calls"_s, true}}));
    const QString file = sim.writePackage(u"infinity-11.tar"_s, kTo, 128 * 1024);
    QVERIFY(!sim.startRunWith(file).isEmpty());
    for (int i = 0; i < 8 && firstRun(sim).value(u"state"_s).toString() == u"running"_s; ++i)
        sim.advance(600);
    const QJsonObject stopped = firstRun(sim);
    QCOMPARE(stopped.value(u"state"_s).toString(), u"stopped"_s);
    QList<int> leftBehind;
    for (const QJsonValue &id : stopped.value(u"left_behind"_s).toArray())
        leftBehind.append(id.toInt());
    QVERIFY(leftBehind.contains(stuck));
    QVERIFY2(leftBehind.size() < 3, "one node was upgraded before the stop");
    QVERIFY(simPatch(sim, u"/sim/v1/node/%1/"_s.arg(stuck), QJsonObject{{u"stuck_calls"_s, false}}));

    Console console(sim);
    QVERIFY(console.refreshed());
    QCOMPARE(console.session.run().state(), RunSummary::State::Stopped);
    QSignalSpy started(console.flow, &UpgradeFlow::upgradeStarted);

    console.flow->continuationRun();
    auto *confirm = waitForWindow<ConfirmDialog>(u"confirmDialog"_s);
    QVERIFY(confirm);
    QVERIFY(confirm->findChild<QLabel *>(u"stoppedRunLabel"_s)); // the mixed state explained
    QVERIFY(!confirm->facts().managementIncluded);
    QCOMPARE(confirm->facts().systemsToUpgrade, leftBehind.size());
    QCOMPARE(confirm->facts().laggingNodes.size(), leftBehind.size());
    QVERIFY(activate(confirm));
    QVERIFY(pressWithKeyboard(confirm, confirm->upgradeButton()));
    QTRY_VERIFY_WITH_TIMEOUT(!started.isEmpty(), 30000);

    const QJsonObject run = firstRun(sim);
    QCOMPARE(run.value(u"state"_s).toString(), u"running"_s);
    QCOMPARE(run.value(u"id"_s).toInt(), 2);
    QCOMPARE(run.value(u"systems_included"_s).toInt(), leftBehind.size());
    QVERIFY(!run.value(u"management"_s).toObject().value(u"included"_s).toBool());
    for (const QJsonValue &n : run.value(u"nodes"_s).toArray()) {
        const QJsonObject node = n.toObject();
        QCOMPARE(node.value(u"included"_s).toBool(), leftBehind.contains(node.value(u"id"_s).toInt()));
    }
}

void TestUpgradeFlow::reportExportedAsCsvAndHtml()
{
    ClientFixture sim;
    QVERIFY2(sim.start(), qPrintable(sim.startError()));
    const QString file = sim.writePackage(u"infinity-11.tar"_s, kTo, 128 * 1024);
    QVERIFY(!sim.startRunWith(file).isEmpty());
    sim.advance(900);
    Console console(sim);
    QVERIFY(console.refreshed());
    QSignalSpy exported(console.flow, &UpgradeFlow::reportExported);
    const QString nodeName = console.session.snapshot()->nodes.first().name;

    const QString csv = sim.scratchPath(u"report.csv"_s);
    console.flow->exportReportTo(csv);
    QTRY_VERIFY_WITH_TIMEOUT(!exported.isEmpty(), 30000);
    QFile csvFile(csv);
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    const QByteArray csvText = csvFile.readAll();
    QVERIFY(csvText.contains(nodeName.toUtf8()));
    QVERIFY(!csvText.contains("<html"));

    // Through the save dialog: Escape leaves it; a typed name and Enter save.
    console.flow->exportReport();
    QWidget *dialog = waitForWindow(u"reportFileDialog"_s);
    QVERIFY(dialog);
    QVERIFY(activate(dialog));
    type(dialog, Qt::Key_Escape);
    QVERIFY(waitUntilGone(u"reportFileDialog"_s));

    const QString html = sim.scratchPath(u"report.html"_s);
    console.flow->exportReport();
    dialog = waitForWindow(u"reportFileDialog"_s);
    QVERIFY(dialog);
    QVERIFY(activate(dialog));
    auto *name = dialog->findChild<QLineEdit *>(u"fileNameEdit"_s);
    QVERIFY(name);
    name->setFocus();
    name->clear();
    QTest::keyClicks(name, html);
    QTest::keyClick(name, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(exported.size(), 2, 30000);
    QCOMPARE(exported.last().first().toString(), html);
    QFile htmlFile(html);
    QVERIFY(htmlFile.open(QIODevice::ReadOnly));
    const QByteArray htmlText = htmlFile.readAll();
    QVERIFY(htmlText.contains("<html") || htmlText.contains("<!DOCTYPE"));
    QVERIFY(htmlText.contains(nodeName.toUtf8()));
}

void TestUpgradeFlow::recoveryHelpOpensAndClosesWithTheKeyboard()
{
    QWidget window;
    window.show();
    UpgradeFlow::showRecoveryHelp(&window);
    auto *box = waitForWindow<QMessageBox>(u"recoveryHelpDialog"_s);
    QVERIFY(box);
    QVERIFY(box->informativeText().contains(u"snapshot"_s));
    QVERIFY(box->informativeText().contains(u"non-quiescing"_s));
    QVERIFY(box->informativeText().contains(u"v8"_s));
    QVERIFY(activate(box));
    type(box, Qt::Key_Escape);
    QVERIFY(waitUntilGone(u"recoveryHelpDialog"_s));
}

// The dialogs not closed by a test of their own: the file dialog, both
// reboot questions and the continuation's notice. Escape closes each, and
// nothing happens on the Management Node.
void TestUpgradeFlow::keyboard_everyOtherDialogClosesWithEscapeAndChangesNothing()
{
    ClientFixture sim;
    ClientFixture::Options options;
    options.api = iuc::sim::ApiProfile::Extended; // both reboot questions need the reboot command
    QVERIFY2(sim.start(options), qPrintable(sim.startError()));
    Console console(sim);
    QVERIFY(console.refreshed());
    QSignalSpy rebooting(console.flow, &UpgradeFlow::managementRebootStarted);
    QSignalSpy nodeRebooting(console.flow, &UpgradeFlow::nodeRebootStarted);
    QSignalSpy started(console.flow, &UpgradeFlow::upgradeStarted);

    const auto escapeCloses = [](const QString &name) {
        QWidget *dialog = waitForWindow(name, 30000);
        if (!dialog) {
            qWarning("%s did not open", qPrintable(name));
            return false;
        }
        if (!activate(dialog))
            return false;
        type(dialog, Qt::Key_Escape);
        return waitUntilGone(name);
    };
    console.flow->uploadPackage(QDir::tempPath());
    QVERIFY(escapeCloses(u"packageFileDialog"_s));
    console.flow->rebootManagement();
    QVERIFY(escapeCloses(u"rebootManagementDialog"_s));
    console.flow->rebootNode(console.session.nodes().rows().first().id);
    QVERIFY(escapeCloses(u"rebootNodeDialog"_s));
    console.flow->continuationRun(); // no run stopped: a notice says there is nothing to continue
    QVERIFY(escapeCloses(u"continuationInfoDialog"_s));

    QVERIFY(!console.flow->isBusy());
    QVERIFY(rebooting.isEmpty());
    QVERIFY(nodeRebooting.isEmpty());
    QVERIFY(started.isEmpty());
    QCOMPARE(sim.getRetried(kStatus + u"management_vm/"_s).status, 200); // no reboot was asked for
    QCOMPARE(uploadRequests(sim), 0);
}

namespace {

// The confirmation's When set to start at `at` (local time, to the
// minute), with a window of `hours` after it (0: none).
void scheduleAt(ConfirmDialog *confirm, const QDateTime &at, int hours = 0)
{
    const QTime start(at.time().hour(), at.time().minute());
    confirm->findChild<QRadioButton *>(u"startAtRadio"_s)->setChecked(true);
    confirm->findChild<QTimeEdit *>(u"startAtTime"_s)->setTime(start);
    confirm->findChild<QCheckBox *>(u"untilCheck"_s)->setChecked(hours > 0);
    if (hours > 0)
        confirm->findChild<QTimeEdit *>(u"untilTime"_s)->setTime(start.addSecs(hours * 3600));
}

} // namespace

// Start at a time (issue 15, item 6): uploaded, validated and confirmed
// now; a countdown on the Management Node's clock; closing the console asks
// first (and here keeps it open); the start is performed at the time, not
// before; drain ahead chosen for the run is armed for it.
void TestUpgradeFlow::scheduledStart_countsDownStartsAtItsTimeOnTheNodesClock()
{
    ClientFixture sim;
    ClientFixture::Options options;
    options.api = iuc::sim::ApiProfile::Pexip;
    QVERIFY2(sim.start(options), qPrintable(sim.startError()));
    const QString file = sim.writePackage(u"infinity-11.tar"_s, kTo, 1024 * 1024);
    Console console(sim);
    QTemporaryDir records;
    console.session.keepDrainAhead(records.path());
    QVERIFY(console.refreshed());
    console.flow->setClockPoll(50ms);
    QSignalSpy started(console.flow, &UpgradeFlow::upgradeStarted);

    console.flow->uploadFile(file);
    auto *confirm = waitForWindow<ConfirmDialog>(u"confirmDialog"_s);
    QVERIFY(confirm);
    // Half an hour from the Management Node's now, in local time, until two hours later.
    const QDateTime at = console.session.client().serverNow().addSecs(30 * 60).toLocalTime();
    scheduleAt(confirm, at, 2);
    confirm->findChild<QCheckBox *>(u"drainInWindowCheck"_s)->setChecked(true);
    QCOMPARE(confirm->upgradeButton()->text(), u"&Schedule"_s);
    QVERIFY(confirm->grab().save(u"screenshot-confirm-scheduled.png"_s));
    confirm->upgradeButton()->click();

    auto *countdown = waitForWindow<ScheduledStartDialog>(u"scheduledStartDialog"_s);
    QVERIFY(countdown);
    QVERIFY(console.flow->scheduledStart().has_value());
    QVERIFY2(countdown->countdownText().startsWith(u"Starts in "_s), qPrintable(countdown->countdownText()));
    QVERIFY(console.session.drainAhead()->isArmed());
    QVERIFY(console.session.drainAhead()->window().has_value());
    QVERIFY(countdown->grab().save(u"screenshot-scheduled-start.png"_s));

    // Closing the window asks; keeping it open keeps the start.
    bool closed = false;
    QVERIFY(console.flow->holdClose([&closed] { closed = true; }));
    auto *question = waitForWindow<QMessageBox>(u"closeWhileScheduledDialog"_s);
    QVERIFY(question);
    question->findChild<QPushButton *>(u"keepOpenButton"_s)->click();
    QVERIFY(waitUntilGone(u"closeWhileScheduledDialog"_s));
    QVERIFY(!closed);

    QCOMPARE(advanceInProcess(sim.emulator(), 28 * 60).status, 200);
    QTest::qWait(400);
    QCOMPARE(sim.emulator().server().performRequests(), 0); // not before its time
    QVERIFY(started.isEmpty());
    QCOMPARE(advanceInProcess(sim.emulator(), 3 * 60).status, 200);
    QTRY_VERIFY_WITH_TIMEOUT(!started.isEmpty(), 30000);
    QCOMPARE(sim.emulator().server().performRequests(), 1);
    QVERIFY(waitUntilGone(u"scheduledStartDialog"_s));
    QTRY_VERIFY(!console.flow->isBusy());
}

void TestUpgradeFlow::scheduledStart_quittingAsksAndCancelsIt()
{
    ClientFixture sim;
    ClientFixture::Options options;
    options.api = iuc::sim::ApiProfile::Pexip;
    QVERIFY2(sim.start(options), qPrintable(sim.startError()));
    const QString file = sim.writePackage(u"infinity-11.tar"_s, kTo, 1024 * 1024);
    Console console(sim);
    QVERIFY(console.refreshed());
    QSignalSpy status(console.flow, &UpgradeFlow::statusMessage);
    console.flow->uploadFile(file);
    auto *confirm = waitForWindow<ConfirmDialog>(u"confirmDialog"_s);
    QVERIFY(confirm);
    const QDateTime at = console.session.client().serverNow().addSecs(3 * 3600).toLocalTime();
    scheduleAt(confirm, at);
    confirm->upgradeButton()->click();
    QVERIFY(waitForWindow<ScheduledStartDialog>(u"scheduledStartDialog"_s));

    bool closed = false;
    QVERIFY(console.flow->holdClose([&closed] { closed = true; }));
    auto *question = waitForWindow<QMessageBox>(u"closeWhileScheduledDialog"_s);
    QVERIFY(question);
    QVERIFY2(question->informativeText().contains(u"cancels the start"_s), qPrintable(question->informativeText()));
    question->findChild<QPushButton *>(u"cancelStartAndQuitButton"_s)->click();
    QTRY_VERIFY_WITH_TIMEOUT(closed, 30000);
    QCOMPARE(sim.emulator().server().performRequests(), 0);
    bool said = false;
    for (const QList<QVariant> &args : status)
        said = said || args.at(0).toString().contains(u"scheduled start was cancelled"_s);
    QVERIFY(said);
    QCOMPARE(advanceInProcess(sim.emulator(), 4 * 3600).status, 200);
    QCOMPARE(sim.emulator().server().performRequests(), 0); // nothing started later either
}

QTEST_MAIN(TestUpgradeFlow)
#include "tst_upgradeflow.moc"
