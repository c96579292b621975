#include "core/guided/guideddetect.h"

#include "core/api/apierrors.h"
#include "core/api/runobserver.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace iuc::guided {

namespace {

// A run this workstation did not see start: what the statuses say of it.
api::UpgradeRun runFromStatuses(const Detection &d)
{
    api::UpgradeRun run;
    run.state = u"running"_s;
    run.observed = true;
    run.managementIncluded = d.management.upgradeStatus.isInAnUpgrade();
    run.systemsIncluded = static_cast<int>(d.nodes.size()) + 1;
    // The Management Node is upgraded first: once it has rebooted, its
    // version is the target; before that the target is not known here.
    if (run.managementIncluded)
        run.targetVersion.text = QCoreApplication::translate("GuidedUpgrade", "a new version");
    else
        run.targetVersion = d.management.version;
    run.systemsUpgraded = static_cast<int>(std::count_if(d.nodes.cbegin(), d.nodes.cend(), [&](const api::WorkerVmStatus &n) {
        return n.version.version.isSameBuild(d.management.version.version) && !n.upgradeStatus.isInAnUpgrade();
    }));
    return run;
}

} // namespace

QCoro::Task<Result<std::optional<api::UpgradeRun>>> lastRun(api::ManagementClient &client,
                                                            const api::RunObserver *record)
{
    Result<std::optional<api::UpgradeRun>> reported = co_await client.currentRun(false);
    if (reported || !reported.error().is(ApiError::NotFound))
        co_return reported;
    if (!record || record->runs().isEmpty())
        co_return std::optional<api::UpgradeRun>();
    co_return std::optional<api::UpgradeRun>(record->runs().constLast());
}

QCoro::Task<Result<Detection>> detect(api::ManagementClient &client, const api::RunObserver *record)
{
    Result<api::ManagementVm> management = co_await client.managementVm();
    if (!management)
        co_return management.error();
    Result<QList<api::WorkerVmStatus>> nodes = co_await client.workerVms();
    if (!nodes)
        co_return nodes.error();
    Result<QList<api::WorkerVmConfiguration>> configurations = co_await client.workerVmConfigurations();
    if (!configurations)
        co_return configurations.error();
    Result<std::optional<api::UpgradeRun>> run = co_await lastRun(client, record);
    if (!run)
        co_return run.error();
    Detection d;
    d.management = management.value();
    d.nodes = nodes.value();
    for (const api::WorkerVmConfiguration &c : std::as_const(configurations.value()))
        d.configurations.insert(c.id, c);
    d.run = run.value();
    d.serverTime = client.serverNow();
    // Without the node's own record: the statuses say whether a run is on.
    if (!d.run || d.run->observed) {
        const bool active = d.management.upgradeStatus.isInAnUpgrade()
                            || std::any_of(d.nodes.cbegin(), d.nodes.cend(),
                                           [](const api::WorkerVmStatus &n) { return n.upgradeStatus.isInAnUpgrade(); });
        const bool seenRunning = d.run && d.run->isRunning();
        if (seenRunning && !active)
            d.run.reset(); // it ended unseen: what is installed tells the rest
        else if (active && !seenRunning)
            d.run = runFromStatuses(d);
    }
    co_return d;
}

} // namespace iuc::guided
