// The upload flow: inspect → verdict → upload → SHA-256 → confirm → start
// (DESIGN §6), with the R7 lock explained. The other flows are in
// upgradeflowcommands.cpp.

#include "ui/flow/upgradeflow.h"

#include "core/api/apierrors.h"
#include "core/api/managementclient.h"
#include "core/api/uploader.h"
#include "core/engine/forecast.h"
#include "core/engine/upgradeengine.h"
#include "core/package/packageerrors.h"
#include "core/package/packageverdict.h"
#include "core/session/deploymentsession.h"
#include "core/session/newrunforecast.h"
#include "ui/flow/confirmdialog.h"
#include "ui/flow/flowmessages.h"
#include "ui/flow/uploaddialog.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QProgressDialog>
#include <QPushButton>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <QCoro/QCoroFuture>

#include <atomic>
#include <memory>

using namespace Qt::StringLiterals;

namespace iuc::ui {

// Shared between the GUI and the thread that reads the package: the
// progress dialog polls it, so no signal crosses threads into a dialog that
// may be gone.
struct UpgradeFlow::InspectionState
{
    std::atomic<qint64> done{0};
    std::atomic<qint64> total{0};
    std::atomic_bool cancel{false};
};

// inspectPackage() reads the whole file (a 2 GB package takes seconds):
// never on the GUI thread. Touches no QObject, so it needs no guard.
QCoro::Task<Result<PackageInspection>> UpgradeFlow::inspectOffThread(QString path,
                                                                     std::shared_ptr<InspectionState> state)
{
    QFuture<Result<PackageInspection>> future = QtConcurrent::run([path, state] {
        const auto progress = [state](qint64 done, qint64 total) {
            state->total = total;
            state->done = done;
        };
        return inspectPackage(path, progress, &state->cancel);
    });
    QCoro::Task<Result<PackageInspection>> finished = qCoro(future).waitForFinished();
    Result<PackageInspection> result = co_await finished;
    co_return result;
}


UpgradeFlow::UpgradeFlow(DeploymentSession &session, QWidget *parentWindow)
    : QObject(&session) // a flow never outlives the deployment it talks to
    , m_session(session)
    , m_window(parentWindow)
{
}

UpgradeFlow::~UpgradeFlow()
{
    // A package still being read stops at its next chunk instead of
    // keeping a pool thread busy for a flow that is gone.
    if (m_inspection)
        m_inspection->cancel = true;
}

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

bool UpgradeFlow::raiseActiveFlow()
{
    if (!m_busy)
        return false;
    if (m_activeDialog) {
        m_activeDialog->raise();
        m_activeDialog->activateWindow();
    }
    Q_EMIT statusMessage(tr("An upload is already in progress: finish or cancel it first."));
    return true;
}

void UpgradeFlow::showError(const QString &what, const Error &error)
{
    flow::showError(parentWindow(), what, error);
    Q_EMIT errorShown(error);
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
    runUpload(path); // guards itself; ends on its own
}

QCoro::Task<std::optional<UpgradeFlow::Versions>> UpgradeFlow::currentVersions()
{
    // The last refresh is at most a few seconds old: judge against it.
    if (const auto &snapshot = m_session.snapshot())
        co_return Versions{snapshot->management, snapshot->nodes, snapshot->configurations};
    QPointer<UpgradeFlow> self(this);
    api::ManagementClient &client = m_session.client();
    const QString what = tr("The console could not read the installed versions, so the package was not checked "
                            "against them. Nothing was uploaded.");
    auto management = co_await client.managementVm();
    if (!self)
        co_return std::nullopt;
    if (!management) {
        showError(what, management.error());
        co_return std::nullopt;
    }
    auto nodes = co_await client.workerVms();
    if (!self)
        co_return std::nullopt;
    if (!nodes) {
        showError(what, nodes.error());
        co_return std::nullopt;
    }
    auto configurations = co_await client.workerVmConfigurations();
    if (!self)
        co_return std::nullopt;
    if (!configurations) {
        showError(what, configurations.error());
        co_return std::nullopt;
    }
    Versions versions{management.value(), nodes.value(), {}};
    for (const api::WorkerVmConfiguration &c : configurations.value())
        versions.configurations.insert(c.id, c);
    co_return versions;
}

QCoro::Task<> UpgradeFlow::runUpload(QString path)
{
    QPointer<UpgradeFlow> self(this);
    setBusy(true);
    const QString fileName = QFileInfo(path).fileName();

    // 1. Read the file here: a wrong file is refused before a byte is sent.
    auto state = std::make_shared<InspectionState>();
    m_inspection = state;
    auto *progress = new QProgressDialog(tr("Checking %1…").arg(fileName), QString(), 0, 1000, parentWindow());
    progress->setObjectName(u"inspectDialog"_s);
    progress->setWindowTitle(tr("Checking the Package"));
    progress->setAccessibleName(progress->windowTitle());
    auto *cancel = new QPushButton(tr("Cancel"), progress);
    cancel->setObjectName(u"cancelInspectButton"_s);
    progress->setCancelButton(cancel);
    progress->setWindowModality(Qt::WindowModal);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    progress->setMinimumDuration(static_cast<int>(m_inspectionDelay.count()));
    connect(progress, &QProgressDialog::canceled, progress, [state] { state->cancel = true; });
    connect(progress, &QDialog::rejected, progress, [state] { state->cancel = true; });
    auto *poll = new QTimer(progress);
    connect(poll, &QTimer::timeout, progress, [progress, state] {
        const qint64 total = state->total;
        if (total > 0)
            progress->setValue(static_cast<int>(state->done * 1000 / total));
    });
    poll->start(100);
    m_activeDialog = progress;
    QPointer<QProgressDialog> progressGuard(progress);

    Result<PackageInspection> inspected = co_await inspectOffThread(path, state);
    if (!self)
        co_return;
    m_inspection.reset();
    if (progressGuard)
        progressGuard->deleteLater();
    if (!inspected) {
        if (inspected.error().is(PackageError::Cancelled))
            Q_EMIT statusMessage(tr("Checking %1 was cancelled; nothing was uploaded.").arg(fileName));
        else
            showError(tr("%1 cannot be used to upgrade; nothing was uploaded.").arg(fileName), inspected.error());
        setBusy(false);
        co_return;
    }

    // 2. Does it fit the installed versions (R10)?
    std::optional<Versions> versions = co_await currentVersions();
    if (!self)
        co_return;
    if (!versions) {
        setBusy(false);
        co_return;
    }
    QList<Version> nodeVersions;
    for (const api::WorkerVmStatus &n : std::as_const(versions->nodes))
        nodeVersions.append(n.version.version);
    const PackageVerdict verdict =
        judgePackage(inspected->manifest, versions->management.version.version, nodeVersions);
    if (!verdict.isAcceptable()) {
        showError(tr("%1 is version %2, which does not fit this deployment; nothing was uploaded.")
                      .arg(fileName, inspected->manifest.version.toString()),
                  Error{u"package."_s + PackageVerdict::code(verdict.kind), verdict.message});
        setBusy(false);
        co_return;
    }

    // 3. Upload, resuming by itself after a broken connection.
    auto *uploader = new api::Uploader(m_session.client(), path, this);
    if (m_chunkBytes > 0)
        uploader->setChunkSize(m_chunkBytes);
    uploader->setFaultInjection(m_cutAfterBytes);
    m_uploader = uploader;
    auto *dialog = new UploadDialog(path, inspected->size, parentWindow());
    connect(dialog, &QDialog::finished, dialog, &QObject::deleteLater);
    connect(uploader, &api::Uploader::progress, dialog, &UploadDialog::setProgress);
    connect(uploader, &api::Uploader::resumed, dialog, &UploadDialog::showResumed);
    connect(uploader, &api::Uploader::stateChanged, dialog, [dialog](api::Uploader::State s) {
        if (s == api::Uploader::State::Finishing)
            dialog->showVerifying();
    });
    connect(dialog, &UploadDialog::cancelRequested, uploader, &api::Uploader::cancel);
    m_activeDialog = dialog;
    QPointer<UploadDialog> dialogGuard(dialog);
    dialog->open();

    Result<api::ConfirmData> confirm = co_await uploader->run();
    if (!self)
        co_return;
    uploader->deleteLater();
    if (dialogGuard)
        dialogGuard->finish(confirm ? QDialog::Accepted : QDialog::Rejected);
    if (!confirm) {
        if (confirm.error().is(UploadError::Cancelled))
            Q_EMIT statusMessage(tr("Upload cancelled; the Management Node discarded what it had received."));
        else
            showError(tr("The upload of %1 did not complete.").arg(fileName), confirm.error());
        setBusy(false);
        co_return;
    }

    // 4. The Management Node must hold exactly the file that was checked.
    const QString localSha = QString::fromLatin1(inspected->sha256Hex);
    if (confirm->sha256.compare(localSha, Qt::CaseInsensitive) != 0) {
        showError(tr("The Management Node's copy of %1 is not the same as the file; the upgrade was not started.")
                      .arg(fileName),
                  Error{UploadError::Checksum,
                        tr("SHA-256 of the file: %1. SHA-256 of the copy on the Management Node: %2. The data "
                           "changed on the way or the file changed during the upload. Upload it again; if the "
                           "sums differ again, download the package again from the vendor.")
                            .arg(localSha, confirm->sha256)});
        setBusy(false);
        co_return;
    }

    // 5. The confirmation, with the facts of this moment.
    std::optional<Versions> now = co_await currentVersions();
    if (!self)
        co_return;
    ConfirmFacts facts = confirmFacts(now ? *now : *versions, inspected->manifest.version);
    facts.installedVersion = confirm->current.version;
    facts.upgradeVersion = confirm->upgrade.version;
    facts.systemsToUpgrade = confirm->systemsToUpgrade;
    facts.repeatRun = confirm->verdict == u"repeat_run";
    facts.packageFile = fileName;
    facts.packageSize = confirm->size;
    facts.sha256 = confirm->sha256;
    openConfirm(facts, confirm->uploadId);
}

ConfirmFacts UpgradeFlow::confirmFacts(const Versions &versions, const Version &target) const
{
    ConfirmFacts facts;
    facts.installedVersion = versions.management.version.text;
    facts.upgradeVersion = target.toString();
    facts.managementIncluded = !versions.management.version.version.isSameBuild(target);
    for (const api::WorkerVmStatus &n : versions.nodes) {
        facts.callsNow += n.signalingCount;
        if (!n.version.version.isSameBuild(target))
            facts.laggingNodes.append(n.name);
    }
    facts.systemsToUpgrade = static_cast<int>(facts.laggingNodes.size()) + (facts.managementIncluded ? 1 : 0);
    facts.repeatRun = !facts.managementIncluded;
    for (const api::WorkerVmConfiguration &c : versions.configurations) {
        if (c.isConfigurationOnly())
            ++facts.configurationOnlyNodes;
    }
    const QDateTime serverNow = m_session.client().serverNow();
    if (const auto f = forecastNewRunFromStatus(versions.management, versions.nodes, target, serverNow,
                                      m_session.run().estimates());
        f && f->finishAt) {
        facts.forecastSeconds =
            std::chrono::duration_cast<std::chrono::seconds>(*f->finishAt - fromDateTime(serverNow)).count();
        facts.cutByDeadline = f->cutByDeadline;
        facts.forecastLeftBehind = static_cast<int>(f->leftBehind.size());
    }
    return facts;
}

void UpgradeFlow::openConfirm(const ConfirmFacts &facts, const QString &packageId)
{
    auto *dialog = new ConfirmDialog(facts, parentWindow());
    connect(dialog, &QDialog::finished, dialog, &QObject::deleteLater);
    connect(dialog, &QDialog::finished, this, [this, packageId](int result) {
        if (result != QDialog::Accepted) {
            Q_EMIT statusMessage(tr("The upgrade was not started. The package stays on the Management Node."));
            setBusy(false);
            return;
        }
        startRun(packageId);
    });
    m_activeDialog = dialog;
    setBusy(true);
    dialog->open();
}

void UpgradeFlow::startRun(const QString &packageId)
{
    // R7: a 409 while another run holds the lock; onStarted() explains it.
    setBusy(true);
    QCoro::connect(m_session.client().startUpgrade(packageId), this,
                   [this](const Result<api::UpgradeRun> &run) { onStarted(run); });
}

void UpgradeFlow::onStarted(const Result<api::UpgradeRun> &run)
{
    if (run) {
        // No dialog from here on: the Management Node upgrades first and its
        // API goes away while it restarts (R1); the main window shows that.
        m_session.refreshNow();
        Q_EMIT statusMessage(tr("Upgrade to %1 started; it stops by itself at %2 if not done by then.")
                                 .arg(run->targetVersion.text, flow::utcText(run->deadlineAt)));
        // Announced while still busy: whoever waits for the flow to end
        // knows by then whether it started a run.
        Q_EMIT upgradeStarted(run.value());
        setBusy(false);
        return;
    }
    setBusy(false);
    if (flow::isRunLocked(run.error())) {
        showLocked(run.error());
        return;
    }
    if (serverCode(run.error()) == UpgradeError::UnknownPackage) {
        showPackageGone(run.error());
        return;
    }
    showError(tr("The upgrade did not start."), run.error());
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

} // namespace iuc::ui
