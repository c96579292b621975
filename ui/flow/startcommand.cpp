#include "ui/flow/startcommand.h"

#include "core/api/upgradestart.h"
#include "core/session/deploymentsession.h"
#include "core/session/drainaheadrunner.h"
#include "ui/flow/flowmessages.h"
#include "ui/flow/scheduledstartdialog.h"
#include "ui/flow/startwindowpicker.h"

using namespace Qt::StringLiterals;

namespace iuc::ui {

using Kind = jobs::UpgradeJob::Outcome::Kind;

StartCommand::StartCommand(DeploymentSession &session, QWidget *window, jobs::ConfirmFacts facts,
                           jobs::UpgradeJob *job, QObject *parent)
    : FlowCommand(session, window, parent)
    , m_facts(std::move(facts))
    , m_job(job)
{
}

StartCommand::~StartCommand()
{
    // Gone before the admin answered (the window closed): nothing starts.
    if (m_job && m_job->stage() == jobs::UpgradeJob::Stage::AwaitingConfirmation)
        m_job->answerConfirmation(false);
}

void StartCommand::start()
{
    if (!m_job) {
        finish();
        return;
    }
    connect(m_job, &jobs::UpgradeJob::finished, this, &StartCommand::onFinished);
    connect(m_job, &jobs::UpgradeJob::waitingToStart, this, &StartCommand::onWaiting);
    connect(m_job, &jobs::UpgradeJob::stageChanged, this, [this](jobs::UpgradeJob::Stage stage) {
        if (stage == jobs::UpgradeJob::Stage::Starting)
            Q_EMIT statusMessage(tr("Starting the upgrade to %1…").arg(m_facts.upgradeVersion));
        // Single shot: the upload after the yes is the start.
        if (stage == jobs::UpgradeJob::Stage::Uploading) {
            auto *upload = UploadDialog::forJob(m_job, window());
            m_uploadDialog = upload;
            setActiveDialog(upload);
            upload->open();
        }
    });
    auto *dialog = new ConfirmDialog(m_facts, window());
    connect(dialog, &QDialog::finished, dialog, &QObject::deleteLater);
    const QPointer<jobs::UpgradeJob> job = m_job;
    connect(dialog, &QDialog::finished, this, [this, job, dialog](int result) {
        if (!job)
            return;
        if (result == QDialog::Accepted && dialog->startWindowPicker()) {
            const std::optional<StartWindow> window = dialog->startWindowPicker()->window();
            job->setStartWindow(window);
            m_drainInWindow = window && dialog->startWindowPicker()->drainAhead();
        }
        job->answerConfirmation(result == QDialog::Accepted);
    });
    setActiveDialog(dialog);
    dialog->open();
    m_job->start(); // a staged package's job begins here; an upload's runs already
}

void StartCommand::onWaiting(const QDateTime &at)
{
    if (m_drainInWindow && session().drainAhead()) {
        // Drain ahead turns on by itself when the run reaches the Conferencing
        // Nodes, inside the window when it has an end.
        DrainAheadRunner &drain = *session().drainAhead();
        const std::optional<StartWindow> &window = m_job->startWindow();
        drain.setWindow(window && window->end ? window : std::nullopt);
        drain.armForNextRun(true);
    }
    api::ManagementClient *client = &session().client();
    auto *dialog = new ScheduledStartDialog(m_facts.upgradeVersion, at, [client] { return client->serverNow(); },
                                            window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QPointer<jobs::UpgradeJob> job = m_job;
    connect(dialog, &ScheduledStartDialog::cancelRequested, this, [job] {
        if (job)
            job->cancel();
    });
    m_scheduled = dialog;
    setActiveDialog(dialog);
    dialog->show();
    Q_EMIT statusMessage(tr("Upgrade to %1 scheduled at %2; leave the console open.")
                             .arg(m_facts.upgradeVersion, at.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s)));
}

void StartCommand::onFinished(const jobs::UpgradeJob::Outcome &outcome)
{
    if (m_scheduled)
        m_scheduled->close();
    if (m_uploadDialog)
        m_uploadDialog->finish(outcome.started() ? QDialog::Accepted : QDialog::Rejected);
    switch (outcome.kind) {
    case Kind::Started:
        // No dialog from here on: the Management Node upgrades first and its
        // API goes away while it restarts (R1); the main window shows that.
        session().refreshNow();
        Q_EMIT statusMessage(outcome.start.observed
                                 ? outcome.start.summary()
                                 : tr("Upgrade to %1 started; it stops by itself at %2 if not done by then.")
                                       .arg(outcome.run->targetVersion.text, flow::utcText(outcome.run->deadlineAt)));
        Q_EMIT upgradeStarted(*outcome.run);
        break;
    case Kind::StartUnknown:
        // Perhaps started: the main window watches; nothing is sent again.
        session().refreshNow();
        Q_EMIT statusMessage(outcome.start.summary());
        Q_EMIT startUnknown(outcome.start.summary());
        break;
    case Kind::NotStarted:
        Q_EMIT startRefused(outcome.error.value_or(Error{}));
        break;
    case Kind::Cancelled:
        if (outcome.at == jobs::UpgradeJob::Stage::Waiting) {
            if (session().drainAhead())
                session().drainAhead()->armForNextRun(false);
            Q_EMIT statusMessage(tr("The scheduled start was cancelled: nothing was started. The package stays on "
                                    "the Management Node."));
            break;
        }
        Q_EMIT statusMessage(outcome.start.observed ? outcome.start.summary()
                                                    : tr("Upload cancelled; the upgrade was not started."));
        break;
    default: // declined, or the window closed
        Q_EMIT statusMessage(m_facts.uploadStartsUpgrade
                                 ? tr("The upgrade was not started; nothing was uploaded.")
                                 : tr("The upgrade was not started. The package stays on the Management Node."));
        break;
    }
    finish();
}

} // namespace iuc::ui
