#include "core/guided/guideddetect.h"

namespace iuc::guided {

QCoro::Task<Result<Detection>> detect(api::ManagementClient &client)
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
    Result<std::optional<api::UpgradeRun>> run = co_await client.currentRun(false);
    if (!run)
        co_return run.error();
    Detection d;
    d.management = management.value();
    d.nodes = nodes.value();
    for (const api::WorkerVmConfiguration &c : std::as_const(configurations.value()))
        d.configurations.insert(c.id, c);
    d.run = run.value();
    d.serverTime = client.serverNow();
    co_return d;
}

} // namespace iuc::guided
