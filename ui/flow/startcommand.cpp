#include "ui/flow/startcommand.h"

#include "core/api/managementclient.h"
#include "core/session/deploymentsession.h"
#include "ui/flow/flowmessages.h"

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
        // R7: a 409 while another run holds the lock; the flow explains it.
        QCoro::connect(session().client().startUpgrade(m_packageId), this, [this](const Result<api::UpgradeRun> &run) {
            if (!run) {
                Q_EMIT startRefused(run.error());
                finish();
                return;
            }
            // No dialog from here on: the Management Node upgrades first and
            // its API goes away while it restarts (R1); the main window shows that.
            session().refreshNow();
            Q_EMIT statusMessage(tr("Upgrade to %1 started; it stops by itself at %2 if not done by then.")
                                     .arg(run->targetVersion.text, flow::utcText(run->deadlineAt)));
            Q_EMIT upgradeStarted(run.value());
            finish();
        });
    });
    setActiveDialog(dialog);
    dialog->open();
}

} // namespace iuc::ui
