#pragma once

#include "ui/flow/flowcommand.h"
#include "ui/flow/uploaddialog.h"

#include "core/jobs/upgradejob.h"

#include <QPointer>
#include <QProgressDialog>

#include <chrono>

namespace iuc::ui {

// Presents an UpgradeJob (core/jobs/upgradejob.h) from the chosen file up to
// its confirmation question: the progress of reading the file (shown only
// when reading takes a while), the upload dialog with its Cancel, and why
// the job stopped when it did. Ends with uploaded() — the job now asks for
// the confirmation, which StartCommand presents — or with a message. Closing
// the window or cancelling stops the job; nothing is started.
class UploadCommand final : public FlowCommand
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UploadCommand)

public:
    UploadCommand(DeploymentSession &session, QWidget *window, jobs::UpgradeJob *job, QObject *parent);
    ~UploadCommand() override;

    // Tests: the inspection's progress dialog shows only when reading takes
    // longer than this (default 400 ms: no flash for small files).
    void setInspectionDialogDelay(std::chrono::milliseconds delay) { m_inspectionDelay = delay; }

    void start() override;

Q_SIGNALS:
    // The job waits for the admin's answer to `facts`. Emitted before finished().
    void uploaded(const iuc::jobs::ConfirmFacts &facts, iuc::jobs::UpgradeJob *job);

private:
    void onStage(jobs::UpgradeJob::Stage stage);
    void onFinished(const jobs::UpgradeJob::Outcome &outcome);
    void showInspection();
    void showUpload();

    QPointer<jobs::UpgradeJob> m_job;
    std::chrono::milliseconds m_inspectionDelay{400};
    QPointer<QProgressDialog> m_inspectionDialog;
    QPointer<UploadDialog> m_uploadDialog;
    bool m_handedOver = false; // the job went on to its confirmation
};

} // namespace iuc::ui
