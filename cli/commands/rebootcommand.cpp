// reboot: a Conferencing Node (R9) or the Management Node (R7). Where the
// Management Node has the reboot command (an extension) it is asked to; a
// real one has none, so the command says how (hypervisor, or SSH and
// `sudo reboot`) and then watches until the reboot is seen.

#include "cli/commands/commands.h"

#include "cli/interrupt.h"
#include "core/api/capabilities.h"
#include "core/api/deploymentpoller.h"
#include "core/guided/guideddetect.h"
#include "core/session/manualreboots.h"
#include "core/session/nodecalls.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <QCoro/QCoroTimer>

#include <optional>

using namespace Qt::StringLiterals;

namespace iuc::cli {

using namespace std::chrono_literals;

namespace {

// Watches for the admin's reboot of the node configured as
// `configurationId` (the Management Node when none) on every refresh: Ok
// once seen, Failed when it is later than a reboot takes, Interrupted on Ctrl-C.
// `capabilities`: as the command read them (not read a second time).
QCoro::Task<int> watchManualReboot(CliContext &context, api::Capabilities capabilities,
                                   std::optional<int> configurationId)
{
    Terminal &t = context.terminal();
    api::DeploymentPoller poller(context.client());
    poller.setCapabilities(std::move(capabilities));
    poller.setInterval(5s);
    ManualReboots reboots(poller);
    std::optional<QString> seen;
    QDateTime seenAt;
    bool overdue = false;
    QObject::connect(&reboots, &ManualReboots::seen, &reboots, [&](const QString &name, const QDateTime &at) {
        seen = name;
        seenAt = at;
    });
    QObject::connect(&reboots, &ManualReboots::overdue, &reboots, [&] { overdue = true; });
    QObject::connect(&poller, &api::DeploymentPoller::stateChanged, &reboots, [&](api::DeploymentPoller::State state) {
        if (!configurationId && state == api::DeploymentPoller::State::Rebooting)
            t.print(QCoreApplication::translate("upgradectl",
                        "The Management Node stopped answering: it is restarting. Waiting for it to answer again…"));
    });
    poller.start();
    while (!poller.lastSnapshot() && !interrupted() && poller.state() != api::DeploymentPoller::State::Stopped)
        co_await QCoro::sleepFor(50ms);
    if (interrupted())
        co_return Interrupted;
    if (!poller.lastSnapshot())
        co_return context.fail(poller.lastError().value_or(Error{}));
    if (configurationId) {
        // Status and configuration are joined by configuration_id: their ids may differ.
        for (const api::WorkerVmStatus &n : poller.lastSnapshot()->nodes) {
            if (n.configurationId == *configurationId)
                reboots.watchNode(n.id);
        }
    } else {
        reboots.watchManagement();
    }
    if (!reboots.isWatching()) {
        t.error(t.red(QCoreApplication::translate("upgradectl",
                          "upgradectl: the Management Node reports no status for this node, so its reboot cannot be "
                          "seen from here. Check it in the hypervisor.")));
        co_return Failed;
    }
    t.print(reboots.pendingText() + u" "_s + QCoreApplication::translate("upgradectl", "(Ctrl-C stops watching.)"));
    while (!seen && !overdue && !interrupted())
        co_await QCoro::sleepFor(100ms);
    if (interrupted())
        co_return Interrupted;
    if (overdue) {
        t.error(t.red(QCoreApplication::translate("upgradectl",
                          "upgradectl: no restart seen within %1 min. Check the system's console in the hypervisor; "
                          "run this command again to go on watching.")
                          .arg(configurationId ? RebootWatch::kConferencingNodeLimit.count() : RebootWatch::kManagementLimit.count())));
        co_return Failed;
    }
    t.print(t.green(QCoreApplication::translate("upgradectl", "%1 restarted at %2 UTC.")
                        .arg(*seen, seenAt.toTimeZone(QTimeZone::utc()).toString(u"yyyy-MM-dd HH:mm:ss"_s))));
    co_return Ok;
}

} // namespace

QCoro::Task<int> rebootCommand(CliContext &context, const QString &target, bool yes)
{
    Terminal &t = context.terminal();
    api::ManagementClient &client = context.client();
    // A real Management Node has no reboot command: the admin reboots, and
    // this command says how and watches for it.
    const Result<api::Capabilities> capabilities = co_await api::detectCapabilities(client);
    const bool manual = capabilities && capabilities->lacks(api::Resource::Reboot);
    if (target == u"management"_s) {
        auto run = co_await guided::lastRun(client, &context.runRecord());
        if (!run)
            co_return context.fail(run.error());
        if (run.value() && run.value()->isRunning()) {
            t.print(t.yellow(QCoreApplication::translate("upgradectl",
                                 "An upgrade to %1 is running (%2 of %3 systems upgraded). Rebooting the Management Node "
                                 "abandons it: a node installing now finishes, a node waiting for its calls leaves "
                                 "maintenance mode, the others are not upgraded. The 24-hour lock is lifted.")
                                 .arg(run.value()->targetVersion.text)
                                 .arg(run.value()->systemsUpgraded)
                                 .arg(run.value()->systemsIncluded)));
        }
        t.print(QCoreApplication::translate("upgradectl",
                    "The Management Node's API is unavailable while it reboots (a few minutes)."));
        if (manual) {
            t.print(t.yellow(QCoreApplication::translate("upgradectl",
                                 "This Management Node has no reboot command in its API: reboot its virtual machine in "
                                 "the hypervisor, or sign in to %1 over SSH and run `sudo reboot`.")
                                 .arg(client.settings().baseUrl.host())));
            co_return co_await watchManualReboot(context, capabilities.value(), std::nullopt);
        }
        if (!yes && !t.confirm(QCoreApplication::translate("upgradectl", "Reboot the Management Node?")))
            co_return Declined;
        auto done = co_await client.rebootManagement();
        if (!done)
            co_return context.fail(done.error());
        t.print(QCoreApplication::translate("upgradectl", "The Management Node is rebooting."));
        co_return Ok;
    }

    // A Conferencing Node, by id or name: show the calls it will drop (R9).
    const QString wanted = target;
    Result<NodeCalls> found = co_await callsOnNode(client, wanted);
    if (!found)
        co_return nodeNotFound(context, found.error(), target);
    const api::WorkerVmConfiguration *node = &found->node;
    if (found->calls.isEmpty()) {
        t.print(QCoreApplication::translate("upgradectl", "%1 has no calls.").arg(node->name));
    } else {
        t.print(t.yellow(QCoreApplication::translate("upgradectl",
                             "Rebooting %1 disconnects these calls:").arg(node->name)));
        for (const api::Participant &p : std::as_const(found->calls))
            t.print(QCoreApplication::translate("upgradectl",
                        "  %1 in %2 (%3)").arg(p.displayName, p.conference, p.protocol));
        t.print(QCoreApplication::translate("upgradectl",
                    "To end only the calls and keep the node running: `upgradectl disconnect-calls %1`.")
                    .arg(node->name));
    }
    if (manual) {
        t.print(t.yellow(QCoreApplication::translate("upgradectl",
                             "This Management Node has no reboot command in its API: reboot %1 in the hypervisor, or "
                             "sign in to %2 over SSH and run `sudo reboot`.")
                             .arg(node->name, node->address)));
        co_return co_await watchManualReboot(context, capabilities.value(), node->id);
    }
    if (!yes && !t.confirm(QCoreApplication::translate("upgradectl", "Reboot %1?").arg(node->name)))
        co_return Declined;
    auto done = co_await client.rebootNode(node->id);
    if (!done)
        co_return context.fail(done.error());
    context.recordAdminAction(AdminAction::Kind::NodeRebooted, node->id, node->name,
                              static_cast<int>(found->calls.size()));
    t.print(QCoreApplication::translate("upgradectl", "%1 is rebooting.").arg(node->name));
    co_return Ok;
}

} // namespace iuc::cli
