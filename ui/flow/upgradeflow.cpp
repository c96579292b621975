// The flows that change the deployment: each action is a command of its
// own (flowcommand.h); this starts them, chains the upload or continuation
// to the confirmation, and says what a refused start means.

#include "ui/flow/upgradeflow.h"

#include "core/api/apierrors.h"
#include "core/session/deploymentsession.h"
#include "ui/flow/continuationcommand.h"
#include "ui/flow/flowmessages.h"
#include "ui/flow/callscommand.h"
#include "ui/flow/rebootcommands.h"
#include "ui/flow/reportcommand.h"
#include "ui/flow/startcommand.h"
#include "ui/flow/uploadcommand.h"

#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace iuc::ui {

UpgradeFlow::UpgradeFlow(DeploymentSession &session, QWidget *parentWindow)
    : QObject(&session) // a flow never outlives the deployment it talks to
    , m_session(session)
    , m_window(parentWindow)
{
}

UpgradeFlow::~UpgradeFlow() = default;

bool UpgradeFlow::isBusy() const
{
    return m_busy;
}

void UpgradeFlow::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

void UpgradeFlow::setInspectionDialogDelay(std::chrono::milliseconds delay)
{
    m_inspectionDelay = delay;
}

void UpgradeFlow::setUploadTuning(qint64 chunkBytes, qint64 cutAfterBytes)
{
    m_chunkBytes = chunkBytes;
    m_cutAfterBytes = cutAfterBytes;
}

void UpgradeFlow::run(FlowCommand *command, bool busy)
{
    connect(command, &FlowCommand::statusMessage, this, &UpgradeFlow::statusMessage);
    connect(command, &FlowCommand::errorShown, this, &UpgradeFlow::errorShown);
    if (busy) {
        m_current = command;
        setBusy(true);
        connect(command, &FlowCommand::finished, this, [this, command] {
            // A confirmation that follows the upload became current meanwhile.
            if (m_current == command || !m_current)
                setBusy(false);
        });
    }
    command->start();
}

bool UpgradeFlow::raiseActiveFlow()
{
    if (!m_busy)
        return false;
    if (m_current) {
        if (QWidget *dialog = m_current->activeDialog()) {
            dialog->raise();
            dialog->activateWindow();
        }
    }
    Q_EMIT statusMessage(tr("An upload is already in progress: finish or cancel it first."));
    return true;
}

void UpgradeFlow::uploadPackage(const QString &suggestedDirectory)
{
    if (raiseActiveFlow())
        return;
    auto *dialog = new QFileDialog(parentWindow(), tr("Choose the Upgrade Package"), suggestedDirectory);
    dialog->setObjectName(u"packageFileDialog"_s);
    // Non-native: the same dialog on every platform, and one tests can drive.
    dialog->setOption(QFileDialog::DontUseNativeDialog);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    // Every file is listed: the console checks whatever is picked and says
    // why a wrong one does not fit, rather than hiding it.
    dialog->setNameFilters({tr("All files (*)"), tr("Upgrade packages (*.tar)")});
    connect(dialog, &QFileDialog::fileSelected, this, &UpgradeFlow::uploadFile);
    connect(dialog, &QDialog::finished, dialog, &QObject::deleteLater);
    dialog->open();
}

void UpgradeFlow::uploadFile(const QString &path)
{
    if (raiseActiveFlow())
        return;
    auto *job = new jobs::UpgradeJob(m_session.client(), path, &m_session, this);
    job->setTuning(jobs::UpgradeJob::Tuning{m_chunkBytes, m_cutAfterBytes, m_startObservation, m_clockPoll});
    connect(job, &jobs::UpgradeJob::finished, job, &QObject::deleteLater);
    m_job = job;
    auto *upload = new UploadCommand(m_session, parentWindow(), job, this);
    upload->setInspectionDialogDelay(m_inspectionDelay);
    connect(upload, &UploadCommand::uploaded, this, &UpgradeFlow::confirmAndStart);
    run(upload, true);
}

void UpgradeFlow::continuationRun()
{
    if (raiseActiveFlow())
        return;
    auto *continuation = new ContinuationCommand(m_session, parentWindow(), this);
    connect(continuation, &ContinuationCommand::readyToConfirm, this,
            [this](const jobs::ConfirmFacts &facts, const QString &packageId) {
                auto *job = jobs::UpgradeJob::forStagedPackage(m_session.client(), packageId, facts, &m_session, this);
                job->setTuning(jobs::UpgradeJob::Tuning{0, -1, m_startObservation, m_clockPoll});
                connect(job, &jobs::UpgradeJob::finished, job, &QObject::deleteLater);
                confirmAndStart(facts, job);
            });
    // Nothing staged to reuse: the admin picks the file again, once this ends.
    connect(continuation, &ContinuationCommand::packageNeeded, this,
            [this] { QMetaObject::invokeMethod(this, [this] { uploadPackage(); }, Qt::QueuedConnection); });
    run(continuation, true);
}

void UpgradeFlow::confirmAndStart(const jobs::ConfirmFacts &facts, jobs::UpgradeJob *job)
{
    m_job = job; // a continuation's too: a scheduled start holds the close
    auto *start = new StartCommand(m_session, parentWindow(), facts, job, this);
    connect(start, &StartCommand::upgradeStarted, this, &UpgradeFlow::upgradeStarted);
    connect(start, &StartCommand::startRefused, this, &UpgradeFlow::showRefusedStart);
    connect(start, &StartCommand::startUnknown, this, [this](const QString &summary) {
        flow::showNotice(parentWindow(), QMessageBox::Warning, u"startUnknownDialog"_s,
                         tr("Did the Upgrade Start?"),
                         tr("The Management Node's answer to the start was lost."), summary);
    });
    run(start, true);
}

std::optional<QDateTime> UpgradeFlow::scheduledStart() const
{
    if (!m_job || m_job->stage() != jobs::UpgradeJob::Stage::Waiting)
        return std::nullopt;
    return m_job->startAt();
}

bool UpgradeFlow::holdClose(std::function<void()> close)
{
    using Stage = jobs::UpgradeJob::Stage;
    if (!m_job)
        return false;
    const Stage stage = m_job->stage();
    if (stage == Stage::Waiting)
        return holdCloseWhileScheduled(std::move(close));
    if (stage != Stage::Inspecting && stage != Stage::Judging && stage != Stage::Uploading
        && stage != Stage::Validating)
        return false; // the confirmation answers no by itself; a start cannot be taken back
    auto *box = new QMessageBox(QMessageBox::Question, tr("Stop the Upload?"),
                                tr("The upgrade package is still being uploaded."), QMessageBox::NoButton,
                                parentWindow());
    box->setObjectName(u"closeDuringUploadDialog"_s);
    box->setInformativeText(tr("Closing the console stops the upload: the Management Node drops the part it has "
                               "received and no upgrade is started. Upload the package again later."));
    QPushButton *stop = box->addButton(tr("Stop and Close"), QMessageBox::DestructiveRole);
    stop->setObjectName(u"stopAndCloseButton"_s);
    QPushButton *keep = box->addButton(tr("Keep Uploading"), QMessageBox::RejectRole);
    keep->setObjectName(u"keepUploadingButton"_s);
    box->setDefaultButton(keep);
    box->setEscapeButton(keep);
    box->setAttribute(Qt::WA_DeleteOnClose);
    const QPointer<jobs::UpgradeJob> job = m_job;
    connect(box, &QMessageBox::finished, this, [this, box, stop, job, close = std::move(close)] {
        if (box->clickedButton() != stop)
            return;
        if (!job || job->stage() == jobs::UpgradeJob::Stage::Done) {
            close();
            return;
        }
        Q_EMIT statusMessage(tr("Stopping the upload; nothing is started…"));
        connect(job, &jobs::UpgradeJob::finished, this, [close] { QTimer::singleShot(0, close); });
        job->cancel();
    });
    box->open();
    return true;
}

// A scheduled start is this console's to perform: quitting cancels it, said
// before it happens.
bool UpgradeFlow::holdCloseWhileScheduled(std::function<void()> close)
{
    const QDateTime at = m_job->startAt().value_or(QDateTime());
    auto *box = new QMessageBox(QMessageBox::Question, tr("Cancel the Scheduled Start?"),
                                tr("An upgrade is scheduled to start at %1.")
                                    .arg(at.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s)),
                                QMessageBox::NoButton, parentWindow());
    box->setObjectName(u"closeWhileScheduledDialog"_s);
    box->setInformativeText(tr("The console performs the start: quitting it cancels the start, and nothing is "
                               "started. The package stays on the Management Node; confirm it again later."));
    QPushButton *quit = box->addButton(tr("Cancel the Start and Quit"), QMessageBox::DestructiveRole);
    quit->setObjectName(u"cancelStartAndQuitButton"_s);
    QPushButton *keep = box->addButton(tr("Keep the Console Open"), QMessageBox::RejectRole);
    keep->setObjectName(u"keepOpenButton"_s);
    box->setDefaultButton(keep);
    box->setEscapeButton(keep);
    box->setAttribute(Qt::WA_DeleteOnClose);
    const QPointer<jobs::UpgradeJob> job = m_job;
    connect(box, &QMessageBox::finished, this, [this, box, quit, job, close = std::move(close)] {
        if (box->clickedButton() != quit)
            return;
        if (!job || job->stage() == jobs::UpgradeJob::Stage::Done) {
            close();
            return;
        }
        connect(job, &jobs::UpgradeJob::finished, this, [close] { QTimer::singleShot(0, close); });
        job->cancel();
    });
    box->open();
    return true;
}

void UpgradeFlow::rebootManagement()
{
    auto *reboot = new RebootManagementCommand(m_session, parentWindow(), this);
    connect(reboot, &RebootManagementCommand::rebootStarted, this, &UpgradeFlow::managementRebootStarted);
    run(reboot, false);
}

void UpgradeFlow::rebootNode(int nodeId)
{
    auto *reboot = new RebootNodeCommand(m_session, parentWindow(), nodeId, this);
    connect(reboot, &RebootNodeCommand::rebootStarted, this, &UpgradeFlow::nodeRebootStarted);
    run(reboot, false);
}

void UpgradeFlow::disconnectCalls(int nodeId)
{
    auto *calls = new DisconnectCallsCommand(m_session, parentWindow(), nodeId, this);
    connect(calls, &DisconnectCallsCommand::callsDisconnected, this, &UpgradeFlow::callsDisconnected);
    run(calls, false);
}

void UpgradeFlow::exportReport()
{
    exportReportTo({});
}

void UpgradeFlow::exportReportTo(const QString &path)
{
    auto *report = new ReportCommand(m_session, parentWindow(), path, this);
    connect(report, &ReportCommand::exported, this, &UpgradeFlow::reportExported);
    run(report, false);
}

// ---- a start the Management Node refused

void UpgradeFlow::showRefusedStart(const Error &error)
{
    if (flow::isRunLocked(error))
        showLocked(error);
    else if (serverCode(error) == UpgradeError::UnknownPackage)
        showPackageGone(error);
    else {
        flow::showError(parentWindow(), tr("The upgrade did not start."), error);
        Q_EMIT errorShown(error);
    }
}

void UpgradeFlow::showLocked(const Error &error)
{
    const QDateTime since = flow::apiTime(error.details.value(u"locked_since"_s));
    const QDateTime until = flow::apiTime(error.details.value(u"locked_until"_s));
    const QString why =
        since.isValid() && until.isValid()
            ? tr("Another upgrade, started at %1, still holds the upgrade lock. A new upgrade can start when that "
                 "run completes, or at the latest at %2, when it reaches its 24-hour stop.\n\n"
                 "To start sooner, reboot the Management Node. That abandons the run in progress: a node that is "
                 "installing finishes, a node waiting for its calls to end leaves maintenance mode, and the "
                 "other nodes are not upgraded by it.")
                  .arg(flow::utcText(since), flow::utcText(until))
            : error.message;
    QMessageBox *box = flow::makeMessage(parentWindow(), QMessageBox::Warning, u"runLockedDialog"_s,
                                         tr("An Upgrade Is Already Running"),
                                         tr("The Management Node did not start this upgrade."), why);
    QPushButton *reboot = box->addButton(tr("Reboot Management Node…"), QMessageBox::ActionRole);
    reboot->setObjectName(u"rebootManagementButton"_s);
    QPushButton *close = box->addButton(QMessageBox::Close);
    close->setObjectName(u"closeButton"_s);
    box->setDefaultButton(close);
    box->setEscapeButton(close);
    connect(box, &QMessageBox::buttonClicked, this, [this, reboot](QAbstractButton *clicked) {
        if (clicked == reboot)
            rebootManagement();
    });
    Q_EMIT errorShown(error);
    box->open();
}

void UpgradeFlow::showPackageGone(const Error &error)
{
    QMessageBox *box = flow::makeMessage(
        parentWindow(), QMessageBox::Warning, u"packageGoneDialog"_s, tr("Continue the Upgrade"),
        tr("The package of the last upgrade is no longer on the Management Node."),
        tr("The Management Node keeps an uploaded package only until it restarts. Choose the package file again: it "
           "is checked and uploaded, and the new run then takes on only the systems left behind."));
    QPushButton *choose = box->addButton(tr("Choose Package…"), QMessageBox::AcceptRole);
    choose->setObjectName(u"choosePackageButton"_s);
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    cancel->setObjectName(u"cancelButton"_s);
    box->setDefaultButton(choose);
    box->setEscapeButton(cancel);
    connect(box, &QMessageBox::buttonClicked, this, [this, choose](QAbstractButton *clicked) {
        if (clicked == choose)
            uploadPackage();
    });
    Q_EMIT errorShown(error);
    box->open();
}

// ---- recovery help

void UpgradeFlow::showRecoveryHelp(QWidget *parent)
{
    QMessageBox *box = flow::makeMessage(
        parent, QMessageBox::Information, u"recoveryHelpDialog"_s, tr("Downgrade and Recovery"),
        tr("An upgrade cannot be undone in place. Going back to the earlier version, or recovering from an "
           "upgrade that failed, means restoring the snapshots taken before the upgrade."));
    box->setInformativeText(
        tr("<ol>"
           "<li><b>Management Node first:</b> restore it from the hypervisor snapshot taken just before the "
           "upgrade started.</li>"
           "<li><b>Then each Conferencing Node:</b> restore it from its own snapshot if you took one, or deploy it "
           "again from the Management Node, which is often quicker on a large deployment.</li>"
           "</ol>"
           "<p><b>Coming from v8?</b> The Management Node's snapshot must be a non-quiescing one: v8 has an "
           "incompatibility with quiesced snapshots that v8.1 resolved.</p>"
           "<p>Before the next upgrade, take these snapshots first, so that this way back exists.</p>"));
    QPushButton *close = box->addButton(QMessageBox::Close);
    close->setObjectName(u"closeButton"_s);
    box->setDefaultButton(close);
    box->setEscapeButton(close);
    // Not modal: the admin may want to keep the steps open while working.
    box->setWindowModality(Qt::NonModal);
    box->show();
}

} // namespace iuc::ui
