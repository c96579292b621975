// disconnect-calls: a Conferencing Node's calls, shown and, on the admin's
// yes, ended with the documented participant disconnect command (R4, R9):
// a node whose calls do not clear goes on with its upgrade turn without a
// reboot.

#include "cli/commands/commands.h"

#include "core/api/capabilities.h"
#include "core/session/nodecalls.h"
#include "core/session/sessionerrors.h"

#include <QCoreApplication>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace iuc::cli {

int nodeNotFound(CliContext &context, const Error &error, const QString &target)
{
    if (!error.is(SessionError::UnknownNode))
        return context.fail(error);
    Terminal &t = context.terminal();
    t.error(t.red(QCoreApplication::translate("upgradectl",
                      "upgradectl: there is no Conferencing Node \"%1\"; `upgradectl status` lists them.").arg(target)));
    return Usage;
}

QCoro::Task<int> disconnectCallsCommand(CliContext &context, const QString &target, bool yes)
{
    Terminal &t = context.terminal();
    api::ManagementClient &client = context.client();
    const QString wanted = target;
    Result<NodeCalls> found = co_await callsOnNode(client, wanted);
    if (!found)
        co_return nodeNotFound(context, found.error(), target);
    const NodeCalls &calls = found.value();
    if (calls.calls.isEmpty()) {
        t.print(QCoreApplication::translate("upgradectl", "%1 has no calls.").arg(calls.node.name));
        co_return Ok;
    }
    const Result<api::Capabilities> capabilities = co_await api::detectCapabilities(client);
    t.print(QCoreApplication::translate("upgradectl", "Calls on %1: %2").arg(calls.node.name).arg(calls.calls.size()));
    for (const api::Participant &p : calls.calls) {
        const QString since = p.connectTime.isValid()
                                  ? p.connectTime.toTimeZone(QTimeZone::utc()).toString(u"yyyy-MM-dd HH:mm"_s)
                                  : QCoreApplication::translate("upgradectl", "unknown");
        t.print(QCoreApplication::translate("upgradectl", "  %1 in %2, connected since %3 UTC")
                    .arg(p.displayName.isEmpty() ? p.id : p.displayName, p.conference, since));
    }
    if (capabilities && capabilities->lacks(api::Resource::ParticipantDisconnect)) {
        t.print(t.yellow(QCoreApplication::translate("upgradectl",
                             "This Management Node's API has no participant disconnect command: end these calls from "
                             "its web interface, or reboot the node (`upgradectl reboot %1`).")
                             .arg(calls.node.name)));
        co_return Failed;
    }
    if (!yes && !t.isInteractive()) {
        t.error(QCoreApplication::translate("upgradectl",
                    "upgradectl: no call was disconnected without confirmation; add --yes to disconnect them from a "
                    "script."));
        co_return Declined;
    }
    if (!yes && !t.confirm(QCoreApplication::translate("upgradectl", "Disconnect these calls now?")))
        co_return Declined;
    const DisconnectedCalls done = co_await disconnectCalls(client, calls);
    if (done.disconnected > 0)
        context.recordAdminAction(AdminAction::Kind::CallsDisconnected, calls.node.id, calls.node.name, done.disconnected);
    for (const auto &[p, why] : done.refused) {
        t.error(t.red(QCoreApplication::translate("upgradectl", "upgradectl: %1 was not disconnected: %2")
                          .arg(p.displayName.isEmpty() ? p.id : p.displayName, why.message)));
    }
    t.print(QCoreApplication::translate("upgradectl", "Calls disconnected from %1: %2.").arg(calls.node.name).arg(done.disconnected));
    if (done.stillOnNode > 0) {
        t.print(t.yellow(QCoreApplication::translate("upgradectl",
                             "Calls still on %1: %2. Run this command again, or reboot the node.")
                             .arg(calls.node.name)
                             .arg(done.stillOnNode)));
        co_return Failed;
    }
    t.print(QCoreApplication::translate("upgradectl",
                "%1 has no calls now: if it was waiting for its calls to end in an upgrade, it goes on with its "
                "turn without a reboot.")
                .arg(calls.node.name));
    co_return Ok;
}

} // namespace iuc::cli
