#pragma once

#include "ui/flow/confirmdialog.h"
#include "ui/flow/flowcommand.h"
#include "ui/flow/uploaddialog.h"

#include "core/api/resources.h"
#include "core/jobs/upgradejob.h"

#include <QPointer>

namespace iuc::ui {

// Presents an UpgradeJob's last step (core/jobs/upgradejob.h): the
// confirmation (both versions, what the run takes on, the split-conference
// risk, the forecast), the admin's answer to the job, and how the start
// went. Cancel is the default: Enter never starts an upgrade by accident.
class StartCommand final : public FlowCommand
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StartCommand)

public:
    StartCommand(DeploymentSession &session, QWidget *window, jobs::ConfirmFacts facts, jobs::UpgradeJob *job,
                 QObject *parent);
    ~StartCommand() override;

    void start() override;

Q_SIGNALS:
    // The Management Node accepted the start. Emitted before finished().
    void upgradeStarted(const iuc::api::UpgradeRun &run);
    // The Management Node refused the start (R7's lock, a package it no
    // longer holds, …): shown by the flow, which knows the ways out.
    // Emitted before finished().
    void startRefused(const iuc::Error &error);
    // The answer to the start was lost and the node could not be seen to
    // start or not: the text says what to do. Emitted before finished().
    void startUnknown(const QString &summary);

private:
    void onFinished(const jobs::UpgradeJob::Outcome &outcome);

    void onWaiting(const QDateTime &at);

    jobs::ConfirmFacts m_facts;
    bool m_drainInWindow = false;
    QPointer<QDialog> m_scheduled;
    QPointer<jobs::UpgradeJob> m_job;
    QPointer<UploadDialog> m_uploadDialog; // single shot: the upload that is the start
};

} // namespace iuc::ui
