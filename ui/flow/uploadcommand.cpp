#include "ui/flow/uploadcommand.h"

#include "core/api/apierrors.h"
#include "core/api/uploader.h"
#include "core/package/packageerrors.h"
#include "core/package/packageverdict.h"
#include "core/session/deploymentsession.h"
#include "core/session/unfinishedupload.h"
#include "ui/flow/deploymentfacts.h"
#include "ui/flow/uploaddialog.h"

#include <QFileInfo>
#include <QLocale>
#include <QProgressDialog>
#include <QPushButton>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <QCoro/QCoroFuture>

#include <atomic>

using namespace Qt::StringLiterals;

namespace iuc::ui {

// Shared between the GUI and the thread that reads the package: the
// progress dialog polls it, so no signal crosses threads into a dialog that
// may be gone.
struct UploadCommand::InspectionState
{
    std::atomic<qint64> done{0};
    std::atomic<qint64> total{0};
    std::atomic_bool cancel{false};
};

UploadCommand::UploadCommand(DeploymentSession &session, QWidget *window, QString path, QObject *parent)
    : FlowCommand(session, window, parent)
    , m_path(std::move(path))
{
}

UploadCommand::~UploadCommand()
{
    // The uploader (a child) reports to m_unfinished: it goes first.
    delete m_uploader;
    // A package still being read stops at its next chunk instead of
    // keeping a pool thread busy for a command that is gone.
    if (m_inspection)
        m_inspection->cancel = true;
}

void UploadCommand::setUploadTuning(qint64 chunkBytes, qint64 cutAfterBytes)
{
    m_chunkBytes = chunkBytes;
    m_cutAfterBytes = cutAfterBytes;
}

void UploadCommand::start()
{
    run(); // guards itself; ends with finish()
}

// inspectPackage() reads the whole file (a 2 GB package takes seconds):
// never on the GUI thread. Touches no QObject, so it needs no guard.
QCoro::Task<Result<PackageInspection>> UploadCommand::inspectOffThread(QString path,
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

QCoro::Task<> UploadCommand::run()
{
    QPointer<UploadCommand> self(this);
    const QString fileName = QFileInfo(m_path).fileName();

    // 1. Read the file here: a wrong file is refused before a byte is sent.
    auto state = std::make_shared<InspectionState>();
    m_inspection = state;
    auto *progress = new QProgressDialog(tr("Checking %1…").arg(fileName), QString(), 0, 1000, window());
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
    setActiveDialog(progress);
    QPointer<QProgressDialog> progressGuard(progress);

    Result<PackageInspection> inspected = co_await inspectOffThread(m_path, state);
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
        finish();
        co_return;
    }

    // 2. Does it fit the installed versions (R10)?
    const QString unread = tr("The console could not read the installed versions, so the package was not checked "
                              "against them. Nothing was uploaded.");
    Result<InstalledVersions> versions = co_await installedVersions(session());
    if (!self)
        co_return;
    if (!versions) {
        showError(unread, versions.error());
        finish();
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
        finish();
        co_return;
    }

    // 3. Upload, resuming by itself after a broken connection, and after a
    // restart from where the node's partial upload of this file stands.
    auto *uploader = new api::Uploader(session().client(), m_path, this);
    m_unfinished = std::make_unique<UnfinishedUploads>(UnfinishedUploads::defaultDirectory(),
                                                       session().client().settings().baseUrl);
    qint64 resumeAt = 0;
    const QString partial = co_await continuableUpload(session().client(), *m_unfinished, m_path, &resumeAt);
    if (!self)
        co_return;
    if (!partial.isEmpty()) {
        uploader->resumeUpload(partial);
        Q_EMIT statusMessage(resumeAt >= inspected->size
                                 ? tr("The Management Node holds %1 whole from an earlier upload: it is validated "
                                      "again, not sent again.")
                                       .arg(fileName)
                                 : tr("Continuing the earlier upload of %1 from %2 already on the Management Node.")
                                       .arg(fileName, QLocale().formattedDataSize(resumeAt)));
    }
    m_unfinished->follow(*uploader);
    if (m_chunkBytes > 0)
        uploader->setChunkSize(m_chunkBytes);
    uploader->setFaultInjection(m_cutAfterBytes);
    m_uploader = uploader;
    auto *dialog = new UploadDialog(m_path, inspected->size, window());
    connect(dialog, &QDialog::finished, dialog, &QObject::deleteLater);
    connect(uploader, &api::Uploader::progress, dialog, &UploadDialog::setProgress);
    connect(uploader, &api::Uploader::resumed, dialog, &UploadDialog::showResumed);
    connect(uploader, &api::Uploader::stateChanged, dialog, [dialog](api::Uploader::State s) {
        if (s == api::Uploader::State::Finishing)
            dialog->showVerifying();
    });
    connect(dialog, &UploadDialog::cancelRequested, uploader, &api::Uploader::cancel);
    setActiveDialog(dialog);
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
        finish();
        co_return;
    }

    // 4. The Management Node must hold exactly the file that was checked,
    // where it says what it holds (a real node validates the package itself
    // and reports no SHA-256).
    const QString localSha = QString::fromLatin1(inspected->sha256Hex);
    if (!confirm->sha256.isEmpty() && confirm->sha256.compare(localSha, Qt::CaseInsensitive) != 0) {
        showError(tr("The Management Node's copy of %1 is not the same as the file; the upgrade was not started.")
                      .arg(fileName),
                  Error{UploadError::Checksum,
                        tr("SHA-256 of the file: %1. SHA-256 of the copy on the Management Node: %2. The data "
                           "changed on the way or the file changed during the upload. Upload it again; if the "
                           "sums differ again, download the package again from the vendor.")
                            .arg(localSha, confirm->sha256)});
        finish();
        co_return;
    }

    // 5. The confirmation's facts, of this moment; what the node does not
    // say comes from this console's own reading (R6).
    Result<InstalledVersions> now = co_await installedVersions(session());
    if (!self)
        co_return;
    ConfirmFacts facts = confirmFactsFor(session(), now ? *now : *versions, inspected->manifest.version);
    facts.installedVersion = confirm->current.version;
    facts.upgradeVersion = confirm->upgrade.version;
    facts.systemsToUpgrade = confirm->verdict.isEmpty() ? verdict.systemsToUpgrade : confirm->systemsToUpgrade;
    facts.repeatRun = confirm->verdict.isEmpty() ? verdict.kind == PackageVerdict::Kind::RepeatRun
                                                 : confirm->verdict == u"repeat_run";
    facts.packageFile = fileName;
    facts.packageSize = confirm->size > 0 ? confirm->size : inspected->size;
    facts.sha256 = localSha;
    facts.validatedByNode = confirm->sha256.isEmpty();
    facts.versionFromName = inspected->versionFromName;
    Q_EMIT uploaded(facts, confirm->uploadId);
    finish();
}

} // namespace iuc::ui
