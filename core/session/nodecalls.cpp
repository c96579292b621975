#include "core/session/nodecalls.h"

#include "core/api/managementclient.h"
#include "core/session/sessionerrors.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace iuc {

QCoro::Task<Result<NodeCalls>> callsOnNode(api::ManagementClient &client, QString idOrName)
{
    auto configurations = co_await client.workerVmConfigurations();
    if (!configurations)
        co_return configurations.error();
    bool isNumber = false;
    const int id = idOrName.toInt(&isNumber);
    const auto &all = configurations.value();
    const auto node = std::find_if(all.cbegin(), all.cend(), [&](const api::WorkerVmConfiguration &c) {
        return (isNumber && c.id == id) || c.name == idOrName;
    });
    if (node == all.cend()) {
        co_return Error{SessionError::UnknownNode,
                        QCoreApplication::translate("iuc::NodeCalls",
                                                    "There is no Conferencing Node \"%1\" in this deployment.")
                            .arg(idOrName),
                        {{u"node"_s, idOrName}}};
    }
    NodeCalls result;
    result.node = *node;
    // Named, not a temporary in the co_await expression (GCC 12).
    const api::ParticipantFilter onNode{node->address, {}};
    auto participants = co_await client.participants(onNode);
    if (!participants)
        co_return participants.error();
    result.calls = participants.value();
    std::stable_sort(result.calls.begin(), result.calls.end(),
                     [](const api::Participant &a, const api::Participant &b) { return a.connectTime < b.connectTime; });
    co_return result;
}

QCoro::Task<DisconnectedCalls> disconnectCalls(api::ManagementClient &client, NodeCalls calls)
{
    DisconnectedCalls outcome;
    for (const api::Participant &p : std::as_const(calls.calls)) {
        const QString id = p.id;
        Result<void> done = co_await client.disconnectParticipant(id);
        if (done)
            ++outcome.disconnected;
        else
            outcome.refused.append({p, done.error()});
    }
    // What the node says now: a call that ended by itself meanwhile is gone
    // either way; a new one would have to be a caller who was let in.
    const api::ParticipantFilter onNode{calls.node.address, {}};
    auto left = co_await client.participants(onNode);
    outcome.stillOnNode = left ? static_cast<int>(left->size()) : static_cast<int>(outcome.refused.size());
    co_return outcome;
}

} // namespace iuc
