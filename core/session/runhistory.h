#pragma once

// The runs a report covers: the Management Node's own (status/v1/upgrade_run/,
// where it offers them), else the console's record of what it observed
// (RunObserver), marked as such.

#include "core/api/resources.h"
#include "core/domain/result.h"

#include <QList>

namespace QCoro {
template <typename T>
class Task;
}

namespace iuc::api {
class ManagementClient;
class RunObserver;
} // namespace iuc::api

namespace iuc {

QCoro::Task<Result<QList<api::UpgradeRun>>> runHistory(api::ManagementClient &client, const api::RunObserver &record);

} // namespace iuc
