#include "core/session/newrunforecast.h"

#include "core/engine/upgradeengine.h"

#include <vector>

namespace iuc {

std::optional<ForecastResult> forecastNewRunFromStatus(const api::ManagementVm &management,
                                                       const QList<api::WorkerVmStatus> &nodes, const Version &target,
                                                       const QDateTime &serverNow, const ForecastEstimates &estimates)
{
    if (!serverNow.isValid() || !management.version.version.isValid())
        return std::nullopt;
    const TimePoint now = fromDateTime(serverNow);
    std::vector<ObservedNode> observed;
    observed.reserve(static_cast<size_t>(nodes.size()));
    for (const api::WorkerVmStatus &n : nodes) {
        ObservedNode o;
        o.spec = NodeSpec{n.id, n.name, n.version.version, n.signalingCount,
                          n.upgradeStatus.code() != NodeStatus::Code::Unreachable};
        o.status = n.upgradeStatus.isKnown() ? n.upgradeStatus.code() : NodeStatus::Code::Idle;
        o.statusSince = now;
        observed.push_back(o);
    }
    const ManagementState m{management.name, management.version.version, NodeStatus::Code::Idle, now};
    // As a real Management Node: the run's parallelism follows the version
    // it installs (R2), up to ten at once from v24 on.
    EngineSettings settings;
    settings.parallelismByVersion = true;
    const UpgradeEngine engine = UpgradeEngine::fromObserved(settings, m, observed, std::nullopt, now);
    return forecastNewRun(engine, target, estimates);
}

} // namespace iuc
