#pragma once

#include "core/api/managementclient.h"
#include "core/guided/guidedplan.h"

#include <QCoro/QCoroTask>

#include <optional>

namespace iuc::api {
class RunObserver;
}

namespace iuc::guided {

// Reads what the guided upgrade decides from, in one go: the Management
// Node, every Conferencing Node's status and configuration, the current run.
// On a node without status/v1/upgrade_run/ (every real one) the run is the
// one `record` (this workstation's RunObserver) saw, or, when a system is
// in an upgrade status and the record has none, one marked observed with
// what the statuses show.
QCoro::Task<Result<Detection>> detect(api::ManagementClient &client, const api::RunObserver *record = nullptr);

// The current (or last) run: the node's own, else the record's last one.
QCoro::Task<Result<std::optional<api::UpgradeRun>>> lastRun(api::ManagementClient &client,
                                                            const api::RunObserver *record);

} // namespace iuc::guided
