#include "ui/flow/uploadcommand.h"

#include "core/api/apierrors.h"
#include "core/package/packageerrors.h"

#include <QFileInfo>
#include <QLocale>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace iuc::ui {

using Stage = jobs::UpgradeJob::Stage;
using Kind = jobs::UpgradeJob::Outcome::Kind;

UploadCommand::UploadCommand(DeploymentSession &session, QWidget *window, jobs::UpgradeJob *job, QObject *parent)
    : FlowCommand(session, window, parent)
    , m_job(job)
{
}

UploadCommand::~UploadCommand()
{
    // Gone before the confirmation (the window closed): nothing may start.
    if (m_job && !m_handedOver)
        m_job->cancel();
}

void UploadCommand::start()
{
    if (!m_job) {
        finish();
        return;
    }
    connect(m_job, &jobs::UpgradeJob::stageChanged, this, &UploadCommand::onStage);
    connect(m_job, &jobs::UpgradeJob::finished, this, &UploadCommand::onFinished);
    connect(m_job, &jobs::UpgradeJob::continuingEarlierUpload, this, [this](qint64 offset, qint64 total) {
        const QString fileName = QFileInfo(m_job->path()).fileName();
        Q_EMIT statusMessage(offset >= total
                                 ? tr("The Management Node holds %1 whole from an earlier upload: it is validated "
                                      "again, not sent again.")
                                       .arg(fileName)
                                 : tr("Continuing the earlier upload of %1 from %2 already on the Management Node.")
                                       .arg(fileName, QLocale().formattedDataSize(offset)));
    });
    connect(m_job, &jobs::UpgradeJob::confirmationNeeded, this, [this](const jobs::ConfirmFacts &facts) {
        m_handedOver = true;
        if (m_uploadDialog)
            m_uploadDialog->finish(QDialog::Accepted);
        Q_EMIT uploaded(facts, m_job);
        finish();
    });
    m_job->start();
}

void UploadCommand::onStage(Stage stage)
{
    if (stage == Stage::Inspecting)
        showInspection();
    if (stage != Stage::Inspecting && m_inspectionDialog)
        m_inspectionDialog->deleteLater();
    if (stage == Stage::Uploading)
        showUpload();
}

void UploadCommand::showInspection()
{
    const QString fileName = QFileInfo(m_job->path()).fileName();
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
    const QPointer<jobs::UpgradeJob> job = m_job;
    connect(progress, &QProgressDialog::canceled, progress, [job] {
        if (job)
            job->cancel();
    });
    connect(progress, &QDialog::rejected, progress, [job] {
        if (job)
            job->cancel();
    });
    connect(m_job, &jobs::UpgradeJob::inspectionProgress, progress, [progress](qint64 done, qint64 total) {
        progress->setValue(static_cast<int>(done * 1000 / total));
    });
    m_inspectionDialog = progress;
    setActiveDialog(progress);
}

void UploadCommand::showUpload()
{
    auto *dialog = UploadDialog::forJob(m_job, window());
    m_uploadDialog = dialog;
    setActiveDialog(dialog);
    dialog->open();
}

// The job ended before its confirmation: why, in the console's words.
void UploadCommand::onFinished(const jobs::UpgradeJob::Outcome &outcome)
{
    if (m_inspectionDialog)
        m_inspectionDialog->deleteLater();
    if (m_uploadDialog)
        m_uploadDialog->finish(QDialog::Rejected);
    const QString fileName = QFileInfo(m_job ? m_job->path() : QString()).fileName();
    const Error error = outcome.error.value_or(Error{});
    switch (outcome.kind) {
    case Kind::Cancelled:
        Q_EMIT statusMessage(outcome.at == Stage::Inspecting
                                 ? tr("Checking %1 was cancelled; nothing was uploaded.").arg(fileName)
                                 : tr("Upload cancelled; the Management Node discarded what it had received."));
        break;
    case Kind::Refused:
        if (outcome.at == Stage::Inspecting)
            showError(tr("%1 cannot be used to upgrade; nothing was uploaded.").arg(fileName), error);
        else
            showError(tr("%1 is version %2, which does not fit this deployment; nothing was uploaded.")
                          .arg(fileName, m_job && m_job->inspection()
                                             ? m_job->inspection()->manifest.version.toString()
                                             : QString()),
                      error);
        break;
    case Kind::Failed:
        if (outcome.at == Stage::Judging)
            showError(tr("The console could not read the installed versions, so the package was not checked "
                         "against them. Nothing was uploaded."),
                      error);
        else if (error.is(UploadError::Checksum))
            showError(tr("The Management Node's copy of %1 is not the same as the file; the upgrade was not "
                         "started.")
                          .arg(fileName),
                      error);
        else
            showError(tr("The upload of %1 did not complete.").arg(fileName), error);
        break;
    default: // the confirmation's outcomes: StartCommand's
        break;
    }
    finish();
}

} // namespace iuc::ui
