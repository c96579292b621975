#pragma once

#include "core/api/managementclient.h"
#include "core/guided/guidedplan.h"

#include <QCoro/QCoroTask>

namespace iuc::guided {

// Reads what the guided upgrade decides from, in one go: the Management
// Node, every Conferencing Node's status and configuration, the current run.
QCoro::Task<Result<Detection>> detect(api::ManagementClient &client);

} // namespace iuc::guided
