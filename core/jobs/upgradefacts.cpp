#include "core/jobs/upgradefacts.h"

#include "core/api/managementclient.h"
#include "core/session/deploymentsession.h"
#include "core/session/newrunforecast.h"
#include "core/domain/upgradebehaviour.h"

namespace iuc::jobs {

QCoro::Task<Result<InstalledVersions>> installedVersions(api::ManagementClient &client,
                                                         const DeploymentSession *session)
{
    if (session) {
        if (const auto &snapshot = session->snapshot())
            co_return InstalledVersions{snapshot->management, snapshot->nodes, snapshot->configurations};
    }
    auto management = co_await client.managementVm();
    if (!management)
        co_return management.error();
    auto nodes = co_await client.workerVms();
    if (!nodes)
        co_return nodes.error();
    auto configurations = co_await client.workerVmConfigurations();
    if (!configurations)
        co_return configurations.error();
    InstalledVersions versions{management.value(), nodes.value(), {}};
    for (const api::WorkerVmConfiguration &c : configurations.value())
        versions.configurations.insert(c.id, c);
    co_return versions;
}

ConfirmFacts confirmFactsFor(const InstalledVersions &versions, const Version &target, const QDateTime &serverNow,
                             const ForecastEstimates &estimates)
{
    ConfirmFacts facts;
    facts.installedVersion = versions.management.version.text;
    facts.upgradeVersion = target.toString();
    facts.managementIncluded = !versions.management.version.version.isSameBuild(target);
    for (const api::WorkerVmStatus &n : versions.nodes) {
        facts.callsNow += n.signalingCount;
        if (!n.version.version.isSameBuild(target))
            facts.laggingNodes.append(n.name);
    }
    facts.systemsToUpgrade = static_cast<int>(facts.laggingNodes.size()) + (facts.managementIncluded ? 1 : 0);
    facts.repeatRun = !facts.managementIncluded;
    for (const api::WorkerVmConfiguration &c : versions.configurations) {
        if (c.isConfigurationOnly())
            ++facts.configurationOnlyNodes;
    }
    facts.nodesAtOnce = UpgradeBehaviour::builtIn().parallelismFor(target);
    if (const auto f = forecastNewRunFromStatus(versions.management, versions.nodes, target, serverNow, estimates);
        f && f->finishAt) {
        facts.forecastSeconds =
            std::chrono::duration_cast<std::chrono::seconds>(*f->finishAt - fromDateTime(serverNow)).count();
        facts.cutByDeadline = f->cutByDeadline;
        facts.forecastLeftBehind = static_cast<int>(f->leftBehind.size());
    }
    return facts;
}

} // namespace iuc::jobs
