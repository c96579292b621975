#pragma once

#include "core/api/resources.h"
#include "core/engine/forecast.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace iuc {

class Version;

// What a run to `target` started now would take, by the engine's own rules:
// the estimate the confirmation shows (upgradectl and the console) before
// the admin starts. The deployment as the Management Node reports it is
// rebuilt as an idle engine (unreachable nodes stay unreachable); empty
// when the server's clock or the installed version is unknown.
std::optional<ForecastResult> forecastNewRunFromStatus(const api::ManagementVm &management,
                                                       const QList<api::WorkerVmStatus> &nodes, const Version &target,
                                                       const QDateTime &serverNow,
                                                       const ForecastEstimates &estimates = {});

} // namespace iuc
