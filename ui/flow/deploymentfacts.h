#pragma once

// What the flows read of the deployment before they change it: the
// installed versions, and the facts of the confirmation drawn from them.

#include "core/api/resources.h"
#include "core/domain/result.h"
#include "ui/flow/confirmdialog.h"

#include <QHash>
#include <QList>

#include <QCoro/QCoroTask>

namespace iuc {
class DeploymentSession;
class Version;
} // namespace iuc

namespace iuc::ui {

struct InstalledVersions
{
    api::ManagementVm management;
    QList<api::WorkerVmStatus> nodes;
    QHash<int, api::WorkerVmConfiguration> configurations;
};

// The last refresh's (at most a few seconds old), or read now.
QCoro::Task<Result<InstalledVersions>> installedVersions(DeploymentSession &session);

// The confirmation's facts for an upgrade of `versions` to `target`: the
// systems it takes on (R6), the calls now (R11), the configuration-only
// nodes (R12), and the engine's forecast against the 24-hour stop (R5).
ConfirmFacts confirmFactsFor(DeploymentSession &session, const InstalledVersions &versions,
                             const Version &target);

} // namespace iuc::ui
