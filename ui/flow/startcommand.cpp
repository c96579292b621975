#include "ui/flow/startcommand.h"

#include "core/api/apierrors.h"
#include "core/api/managementclient.h"
#include "core/api/upgradestart.h"
#include "core/session/deploymentsession.h"
#include "core/session/unfinishedupload.h"
#include "ui/flow/flowmessages.h"

#include <QPointer>

#include <QCoro/QCoroTask>

namespace iuc::ui {

StartCommand::StartCommand(DeploymentSession &session, QWidget *window, ConfirmFacts facts, QString packageId,
                           QObject *parent)
    : FlowCommand(session, window, parent)
    , m_facts(std::move(facts))
    , m_packageId(std::move(packageId))
{
}

StartCommand::~StartCommand() = default;

void StartCommand::start()
{
    auto *dialog = new ConfirmDialog(m_facts, window());
    connect(dialog, &QDialog::finished, dialog, &QObject::deleteLater);
    connect(dialog, &QDialog::finished, this, [this](int result) {
        if (result != QDialog::Accepted) {
            Q_EMIT statusMessage(tr("The upgrade was not started. The package stays on the Management Node."));
            finish();
            return;
        }
        perform();
    });
    setActiveDialog(dialog);
    dialog->open();
}

// The one performing request (upgradestart.h): never sent twice; a lost
// answer is settled by looking at the node.
QCoro::Task<> StartCommand::perform()
{
    QPointer<StartCommand> self(this);
    Q_EMIT statusMessage(tr("Starting the upgrade to %1…").arg(m_facts.upgradeVersion));
    const Version target = Version::fromString(m_facts.upgradeVersion);
    api::UpgradeStart started =
        co_await api::performUpgradeOnce(session().client(), m_packageId, target, m_observation);
    if (!self)
        co_return;
    if (!started.started()) {
        if (started.verdict == api::UpgradeStart::Verdict::Unknown) {
            // Perhaps started: the main window watches; nothing is sent again.
            session().refreshNow();
            Q_EMIT statusMessage(started.summary());
            Q_EMIT startUnknown(started.summary());
        } else if (started.observed || !started.failure) {
            Q_EMIT startRefused(Error{UpgradeError::NotStarted, started.summary()});
        } else {
            // R7: a 409 while another run holds the lock; the flow explains it.
            Q_EMIT startRefused(*started.failure);
        }
        finish();
        co_return;
    }
    UnfinishedUploads(UnfinishedUploads::defaultDirectory(), session().client().settings().baseUrl)
        .forgetStarted(m_packageId);
    const api::UpgradeRun run =
        started.run(api::ReportedVersion{m_facts.upgradeVersion, target}, session().client().serverNow());
    // No dialog from here on: the Management Node upgrades first and its API
    // goes away while it restarts (R1); the main window shows that.
    session().refreshNow();
    Q_EMIT statusMessage(started.observed ? started.summary()
                                          : tr("Upgrade to %1 started; it stops by itself at %2 if not done by then.")
                                                .arg(run.targetVersion.text, flow::utcText(run.deadlineAt)));
    Q_EMIT upgradeStarted(run);
    finish();
}

} // namespace iuc::ui
