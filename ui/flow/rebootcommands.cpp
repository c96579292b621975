#include "ui/flow/rebootcommands.h"

#include "core/api/apierrors.h"
#include "core/api/deploymentpoller.h"
#include "core/api/managementclient.h"
#include "core/session/deploymentsession.h"
#include "core/session/sessionerrors.h"
#include "ui/flow/calllist.h"
#include "ui/flow/flowmessages.h"

#include <QDialog>
#include <QPushButton>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace iuc::ui {

namespace {

// A question with one action and Cancel; Cancel is the default, so Enter
// never reboots anything by accident.
QPushButton *addActionAndCancel(QMessageBox *box, const QString &action)
{
    QPushButton *go = box->addButton(action, QMessageBox::AcceptRole);
    go->setObjectName(u"rebootButton"_s);
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    cancel->setObjectName(u"cancelButton"_s);
    box->setDefaultButton(cancel);
    box->setEscapeButton(cancel);
    return go;
}

QDialog *nodeRebootDialog(QWidget *parent, const QString &name, NodeStatus status,
                          const QList<api::Participant> &calls)
{
    QString note;
    switch (status.code()) {
    case NodeStatus::Code::WaitingForCalls:
    case NodeStatus::Code::CallsTimeout:
        note = RebootNodeCommand::tr("The node is waiting for these calls to end before it installs the upgrade. Once it "
                               "is back it goes on with its turn, and the run continues with the next node.");
        break;
    case NodeStatus::Code::Upgrading:
        note = RebootNodeCommand::tr("The node is installing the upgrade: a reboot now makes this attempt fail, and the "
                               "run tries the node again later.");
        break;
    default:
        note = RebootNodeCommand::tr("The node is unavailable for a minute or two while it restarts.");
        break;
    }
    const flow::CallsQuestion question{
        u"rebootNode"_s,
        RebootNodeCommand::tr("Reboot %1").arg(name),
        calls.isEmpty() ? RebootNodeCommand::tr("%1 has no calls right now: rebooting it disconnects nobody.").arg(name)
                        : RebootNodeCommand::tr("Rebooting %1 disconnects these calls at once (%2):")
                              .arg(name)
                              .arg(calls.size()),
        RebootNodeCommand::tr("Calls that the reboot disconnects"),
        note,
        RebootNodeCommand::tr("&Reboot Node"),
        u"rebootButton"_s,
        RebootNodeCommand::tr("Reboot node")};
    return flow::makeCallsQuestion(parent, question, calls);
}

// A Management Node without a reboot command in its API (every real one):
// the reboot is the admin's, in the hypervisor or over SSH. Says how, and
// returns true; false when the node has the command (or nothing is known:
// then it is tried).
bool lacksRebootCommand(DeploymentSession &session)
{
    return session.poller().capabilities().lacks(api::Resource::Reboot);
}

// What a reboot drops, for the notice: each call, or that there are none.
QString callsDropped(const QList<api::Participant> &calls)
{
    if (calls.isEmpty())
        return FlowCommand::tr("It has no calls right now: rebooting it disconnects nobody.");
    QStringList lines;
    for (const api::Participant &p : calls)
        lines << FlowCommand::tr("%1 in %2 (%3)").arg(p.displayName, p.conference, p.protocol);
    return FlowCommand::tr("Rebooting it disconnects these calls (%n):", nullptr, static_cast<int>(calls.size()))
           + u"\n"_s + lines.join(u"\n"_s);
}

bool explainManualReboot(DeploymentSession &session, QWidget *window, const QString &what, const QString &address,
                         const QString &consequence = {})
{
    if (!lacksRebootCommand(session))
        return false;
    const QString where = address.isEmpty() ? FlowCommand::tr("its address") : address;
    flow::showNotice(window, QMessageBox::Information, u"manualRebootDialog"_s, FlowCommand::tr("Reboot %1").arg(what),
                     FlowCommand::tr("This Management Node has no reboot command in its API, so the console cannot "
                                     "reboot %1 itself.")
                         .arg(what),
                     FlowCommand::tr("Reboot its virtual machine in the hypervisor, or sign in to %1 over SSH and run "
                                     "sudo reboot. The console keeps watching: it shows the restart and carries on "
                                     "when the system is back.")
                             .arg(where)
                         + (consequence.isEmpty() ? QString() : u"\n\n"_s + consequence));
    return true;
}

} // namespace

// ---- the Management Node (R7)

RebootManagementCommand::RebootManagementCommand(DeploymentSession &session, QWidget *window, QObject *parent)
    : FlowCommand(session, window, parent)
{
}

RebootManagementCommand::~RebootManagementCommand() = default;

void RebootManagementCommand::start()
{
    const QString abandons =
        session().run().isActive()
            ? tr("An upgrade is running: rebooting the Management Node abandons it. A node that is installing "
                 "finishes; a node waiting for its calls leaves maintenance mode; the nodes still queued are not "
                 "upgraded. The upgrade lock is lifted.")
            : QString();
    if (explainManualReboot(session(), window(), tr("the Management Node"),
                            session().client().settings().baseUrl.host(), abandons)) {
        session().manualReboots().watchManagement();
        finish();
        return;
    }
    QCoro::connect(session().client().currentRun(false), this,
                   [this](const Result<std::optional<api::UpgradeRun>> &run) { confirm(run); });
}

void RebootManagementCommand::confirm(const Result<std::optional<api::UpgradeRun>> &run)
{
    if (!run) {
        if (run.error().is(ApiError::Rebooting)) {
            // Already restarting: no dialog while it is away (R1).
            Q_EMIT statusMessage(tr("The Management Node is restarting already."));
        } else {
            showError(tr("The Management Node was not rebooted: the console could not check whether an upgrade "
                         "is running."),
                      run.error());
        }
        finish();
        return;
    }
    QString informative;
    if (run.value() && run.value()->isRunning()) {
        const api::UpgradeRun &r = *run.value();
        informative = tr("An upgrade to %1 is running: %2 of %3 systems upgraded. Rebooting abandons it. A node that "
                         "is installing finishes its installation; a node waiting for its calls to end leaves "
                         "maintenance mode; the nodes still queued are not upgraded. The upgrade lock is lifted, so "
                         "you can start a new upgrade once the Management Node is back.")
                          .arg(r.targetVersion.text)
                          .arg(r.systemsUpgraded)
                          .arg(r.systemsIncluded)
                      + u"\n\n"_s;
    }
    informative += tr("The Management Node's web pages and API are unavailable for a few minutes while it "
                      "restarts; calls on the Conferencing Nodes go on. The console reconnects by itself.");
    QMessageBox *box = flow::makeMessage(window(), QMessageBox::Question, u"rebootManagementDialog"_s,
                                         tr("Reboot the Management Node"), tr("Reboot the Management Node now?"),
                                         informative);
    QPushButton *reboot = addActionAndCancel(box, tr("Reboot Management Node"));
    setActiveDialog(box);
    connect(box, &QMessageBox::finished, this, [this, box, reboot] {
        if (box->clickedButton() != reboot) {
            finish();
            return;
        }
        QCoro::connect(session().client().rebootManagement(), this, [this](const Result<void> &done) {
            if (!done && !done.error().is(ApiError::Rebooting)) {
                showError(tr("The Management Node was not rebooted."), done.error());
                finish();
                return;
            }
            // From here the API answers 503 for a while: the main window shows
            // that, and the poller reconnects (R1, R7).
            session().refreshNow();
            Q_EMIT statusMessage(tr("The Management Node is restarting; the console reconnects when it is back."));
            Q_EMIT rebootStarted();
            finish();
        });
    });
    box->open();
}

// ---- a Conferencing Node (R9)

RebootNodeCommand::RebootNodeCommand(DeploymentSession &session, QWidget *window, int nodeId, QObject *parent)
    : FlowCommand(session, window, parent)
    , m_nodeId(nodeId)
{
}

RebootNodeCommand::~RebootNodeCommand() = default;

void RebootNodeCommand::start()
{
    prepare(); // guards itself; ends with finish()
}

QCoro::Task<> RebootNodeCommand::prepare()
{
    QPointer<RebootNodeCommand> self(this);
    const int nodeId = m_nodeId;
    std::optional<api::WorkerVmConfiguration> node;
    NodeStatus status;
    if (const auto &snapshot = session().snapshot()) {
        if (snapshot->configurations.contains(nodeId))
            node = snapshot->configurations.value(nodeId);
        for (const api::WorkerVmStatus &n : snapshot->nodes) {
            if (n.id == nodeId)
                status = n.upgradeStatus;
        }
    }
    if (!node) {
        auto configurations = co_await session().client().workerVmConfigurations();
        if (!self)
            co_return;
        if (!configurations) {
            showError(tr("The node was not rebooted: the console could not read the node's address."),
                      configurations.error());
            finish();
            co_return;
        }
        for (const api::WorkerVmConfiguration &c : configurations.value()) {
            if (c.id == nodeId)
                node = c;
        }
    }
    if (!node) {
        showError(tr("There is no Conferencing Node with id %1.").arg(nodeId),
                  Error{SessionError::UnknownNode,
                        tr("It may have been removed since the last refresh. Refresh the node table, then choose "
                           "the node again.")});
        finish();
        co_return;
    }
    // The calls it will drop: participants whose media run on its address.
    api::ParticipantFilter onNode;
    onNode.mediaNode = node->address;
    auto calls = co_await session().client().participants(onNode);
    if (!self)
        co_return;
    if (!calls) {
        showError(tr("%1 was not rebooted: the console could not list its calls.").arg(node->name), calls.error());
        finish();
        co_return;
    }
    if (explainManualReboot(session(), window(), node->name, node->address, callsDropped(calls.value()))) {
        session().manualReboots().watchNode(nodeId); // a real node: the admin reboots it
        finish();
        co_return;
    }
    QDialog *dialog = nodeRebootDialog(window(), node->name, status, calls.value());
    const QString name = node->name;
    const int dropped = static_cast<int>(calls.value().size());
    setActiveDialog(dialog);
    connect(dialog, &QDialog::finished, this, [this, nodeId, name, dropped](int result) {
        if (result != QDialog::Accepted) {
            finish();
            return;
        }
        QCoro::connect(session().client().rebootNode(nodeId), this, [this, nodeId, name, dropped](const Result<void> &done) {
            if (!done) {
                showError(tr("%1 was not rebooted.").arg(name), done.error());
                finish();
                return;
            }
            const Result<void> kept =
                session().recordAdminAction(AdminAction::Kind::NodeRebooted, nodeId, name, dropped);
            session().refreshNow();
            Q_EMIT statusMessage(kept ? tr("%1 is rebooting; its calls were disconnected.").arg(name)
                                      : tr("%1 is rebooting; its calls were disconnected. The run report will not "
                                           "show it: %2")
                                            .arg(name, kept.error().message));
            Q_EMIT rebootStarted(nodeId);
            finish();
        });
    });
    dialog->open();
}

} // namespace iuc::ui
