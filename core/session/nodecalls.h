#pragma once

// The calls on one Conferencing Node, and ending them without a reboot
// (R4, R9): a node whose calls do not clear holds its upgrade turn; an
// admin who has looked at the calls may disconnect them with the real
// command/v1/participant/disconnect/, and the node goes on with its turn.
// Shared by upgradectl and the console; the caller asks the admin first.

#include "core/api/resources.h"
#include "core/domain/result.h"

#include <QList>
#include <QString>

#include <QCoro/QCoroTask>

#include <utility>

namespace iuc::api {
class ManagementClient;
} // namespace iuc::api

namespace iuc {

struct NodeCalls
{
    api::WorkerVmConfiguration node;
    QList<api::Participant> calls; // oldest first
};

// The node named `idOrName` (its configuration id, or its name) and its
// calls now. session.unknown-node when there is none.
QCoro::Task<Result<NodeCalls>> callsOnNode(api::ManagementClient &client, QString idOrName);

struct DisconnectedCalls
{
    int disconnected = 0;
    QList<std::pair<api::Participant, Error>> refused; // the node's answer for each
    int stillOnNode = 0; // read again afterwards: new calls, or ones it refused to end
};

// One disconnect command per call, then the node's calls read again.
QCoro::Task<DisconnectedCalls> disconnectCalls(api::ManagementClient &client, NodeCalls calls);

} // namespace iuc
