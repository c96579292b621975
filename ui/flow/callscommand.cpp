#include "ui/flow/callscommand.h"

#include "core/api/capabilities.h"
#include "core/api/deploymentpoller.h"
#include "core/session/deploymentsession.h"
#include "ui/flow/calllist.h"
#include "ui/flow/flowmessages.h"

#include <QDialog>
#include <QPointer>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace iuc::ui {

namespace {

QDialog *disconnectDialog(QWidget *parent, const QString &name, NodeStatus status, const QList<api::Participant> &calls)
{
    QString note;
    switch (status.code()) {
    case NodeStatus::Code::Preparing:
    case NodeStatus::Code::WaitingForCalls:
        note = DisconnectCallsCommand::tr("The node is waiting for these calls to end before it installs the upgrade. "
                                          "Once they are gone it goes on with its turn, without a reboot.");
        break;
    case NodeStatus::Code::CallsTimeout:
        note = DisconnectCallsCommand::tr("The node's turn timed out waiting for these calls and it went to the back "
                                          "of the queue. Without them, its next turn need not wait.");
        break;
    default:
        note = DisconnectCallsCommand::tr("The node keeps running; only these calls end. The participants can dial "
                                          "in again.");
        break;
    }
    const flow::CallsQuestion question{
        u"disconnectCalls"_s,
        DisconnectCallsCommand::tr("Disconnect the calls on %1").arg(name),
        DisconnectCallsCommand::tr("Disconnect these calls on %1 (%2)? Each participant is cut off at once.")
            .arg(name)
            .arg(calls.size()),
        DisconnectCallsCommand::tr("Calls to disconnect"),
        note,
        DisconnectCallsCommand::tr("&Disconnect Calls"),
        u"disconnectButton"_s,
        {}};
    return flow::makeCallsQuestion(parent, question, calls);
}

QString participantName(const api::Participant &p)
{
    return p.displayName.isEmpty() ? p.id : p.displayName;
}

} // namespace

DisconnectCallsCommand::DisconnectCallsCommand(DeploymentSession &session, QWidget *window, int nodeId, QObject *parent)
    : FlowCommand(session, window, parent)
    , m_nodeId(nodeId)
{
}

DisconnectCallsCommand::~DisconnectCallsCommand() = default;

void DisconnectCallsCommand::start()
{
    prepare(); // guards itself; ends with finish()
}

QCoro::Task<> DisconnectCallsCommand::prepare()
{
    QPointer<DisconnectCallsCommand> self(this);
    const QString wanted = QString::number(m_nodeId);
    Result<NodeCalls> found = co_await callsOnNode(session().client(), wanted);
    if (!self)
        co_return;
    if (!found) {
        showError(tr("No call was disconnected: the console could not list the node's calls."), found.error());
        finish();
        co_return;
    }
    const NodeCalls &calls = found.value();
    if (calls.calls.isEmpty()) {
        flow::showNotice(window(), QMessageBox::Information, u"noCallsDialog"_s,
                         tr("Disconnect the calls on %1").arg(calls.node.name),
                         tr("%1 has no calls right now.").arg(calls.node.name),
                         tr("There is nothing to disconnect. A node that was waiting for its calls to end goes on "
                            "with its turn by itself."));
        finish();
        co_return;
    }
    if (session().poller().capabilities().lacks(api::Resource::ParticipantDisconnect)) {
        QStringList lines;
        for (const api::Participant &p : calls.calls)
            lines << tr("%1 in %2").arg(participantName(p), p.conference);
        flow::showNotice(window(), QMessageBox::Information, u"noDisconnectCommandDialog"_s,
                         tr("Disconnect the calls on %1").arg(calls.node.name),
                         tr("This Management Node's API has no command to disconnect a participant, so the console "
                            "cannot end these calls itself.")
                             + u"\n\n"_s + lines.join(u"\n"_s),
                         tr("End them from the Management Node's web interface, where each participant can be "
                            "disconnected, or reboot the node, which drops them."));
        finish();
        co_return;
    }
    NodeStatus status;
    if (const auto &snapshot = session().snapshot()) {
        for (const api::WorkerVmStatus &n : snapshot->nodes) {
            if (n.id == calls.node.id)
                status = n.upgradeStatus;
        }
    }
    QDialog *dialog = disconnectDialog(window(), calls.node.name, status, calls.calls);
    setActiveDialog(dialog);
    connect(dialog, &QDialog::finished, this, [this, calls](int result) {
        if (result != QDialog::Accepted) {
            finish();
            return;
        }
        disconnect(calls);
    });
    dialog->open();
}

QCoro::Task<> DisconnectCallsCommand::disconnect(NodeCalls calls)
{
    QPointer<DisconnectCallsCommand> self(this);
    Q_EMIT statusMessage(tr("Disconnecting the calls on %1…").arg(calls.node.name));
    const DisconnectedCalls done = co_await disconnectCalls(session().client(), calls);
    if (!self)
        co_return;
    const QString name = calls.node.name;
    QString unrecorded;
    if (done.disconnected > 0) {
        if (const Result<void> kept = session().recordAdminAction(AdminAction::Kind::CallsDisconnected,
                                                                  calls.node.id, name, done.disconnected);
            !kept) {
            unrecorded = tr("The run report will not show them: %1").arg(kept.error().message);
        }
    }
    session().refreshNow();
    if (!done.refused.isEmpty() || done.stillOnNode > 0) {
        QStringList why;
        for (const auto &[p, error] : done.refused)
            why << tr("%1: %2").arg(participantName(p), error.message);
        if (done.stillOnNode > 0)
            why << tr("Calls still on %1: %2. Try again, or reboot the node.").arg(name).arg(done.stillOnNode);
        if (!unrecorded.isEmpty())
            why << unrecorded;
        flow::showNotice(window(), QMessageBox::Warning, u"callsLeftDialog"_s,
                         tr("Disconnect the calls on %1").arg(name),
                         tr("Calls disconnected from %1: %2 of %3.").arg(name).arg(done.disconnected).arg(calls.calls.size()),
                         why.join(u"\n"_s));
    } else {
        Q_EMIT statusMessage(tr("Calls disconnected from %1: %2. If it was waiting for them, it goes on with its turn.")
                                 .arg(name)
                                 .arg(done.disconnected)
                             + (unrecorded.isEmpty() ? QString() : u" "_s + unrecorded));
    }
    if (done.disconnected > 0)
        Q_EMIT callsDisconnected(calls.node.id, done.disconnected);
    finish();
}

} // namespace iuc::ui
