#include "core/session/runhistory.h"

#include "core/api/apierrors.h"
#include "core/api/managementclient.h"
#include "core/api/runobserver.h"

#include <QCoro/QCoroTask>

namespace iuc {

QCoro::Task<Result<QList<api::UpgradeRun>>> runHistory(api::ManagementClient &client, const api::RunObserver &record)
{
    Result<QList<api::UpgradeRun>> reported = co_await client.runs(true);
    if (reported || !reported.error().is(ApiError::NotFound))
        co_return reported;
    co_return record.runs(); // a node without upgrade_run: what the console saw
}

} // namespace iuc
