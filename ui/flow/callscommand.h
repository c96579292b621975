#pragma once

#include "ui/flow/flowcommand.h"

#include "core/session/nodecalls.h"

#include <QCoro/QCoroTask>

namespace iuc::ui {

// Ending a Conferencing Node's calls without a reboot (R4, R9): a node whose
// calls do not clear holds its upgrade turn. Its calls are listed first
// (participant, meeting, connected since), Cancel is the default; on the
// admin's yes each is ended with the documented participant disconnect
// command, the node's calls are read again and what happened is said. The
// action goes into the record the run report reads.
class DisconnectCallsCommand final : public FlowCommand
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DisconnectCallsCommand)

public:
    DisconnectCallsCommand(DeploymentSession &session, QWidget *window, int nodeId, QObject *parent);
    ~DisconnectCallsCommand() override;

    void start() override;

Q_SIGNALS:
    // The node's calls were ended (`disconnected` of them). Emitted before finished().
    void callsDisconnected(int nodeId, int disconnected);

private:
    QCoro::Task<> prepare();
    QCoro::Task<> disconnect(NodeCalls calls);

    int m_nodeId;
};

} // namespace iuc::ui
