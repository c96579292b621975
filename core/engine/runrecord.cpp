#include "core/engine/runrecord.h"

#include <QCoreApplication>

namespace iuc {

int RunRecord::includedCount() const
{
    int n = 0;
    for (const NodeRecord &node : nodes)
        n += node.included ? 1 : 0;
    return n;
}

int RunRecord::upgradedCount() const
{
    int n = 0;
    for (const NodeRecord &node : nodes)
        n += (node.included && node.isUpgraded()) ? 1 : 0;
    return n;
}

std::vector<NodeId> RunRecord::leftBehind() const
{
    std::vector<NodeId> ids;
    for (const NodeRecord &node : nodes) {
        if (node.included && !node.isUpgraded())
            ids.push_back(node.id);
    }
    return ids;
}

bool RunRecord::managementLeftBehind() const
{
    return managementIncluded && !managementUpgradedAt.has_value();
}

QString describe(RunOutcome outcome)
{
    switch (outcome) {
    case RunOutcome::Running:
        return QCoreApplication::translate("RunOutcome", "running");
    case RunOutcome::Completed:
        return QCoreApplication::translate("RunOutcome", "completed");
    case RunOutcome::StoppedAtDeadline:
        return QCoreApplication::translate("RunOutcome", "stopped at the 24-hour limit");
    case RunOutcome::Abandoned:
        return QCoreApplication::translate("RunOutcome", "abandoned (Management Node rebooted)");
    case RunOutcome::ManagementFailed:
        return QCoreApplication::translate("RunOutcome", "Management Node upgrade failed");
    }
    return {};
}

QString describe(Attempt::Result result)
{
    switch (result) {
    case Attempt::Result::InProgress:
        return QCoreApplication::translate("Attempt", "in progress");
    case Attempt::Result::Upgraded:
        return QCoreApplication::translate("Attempt", "upgraded");
    case Attempt::Result::CallsTimeout:
        return QCoreApplication::translate("Attempt", "calls did not clear within the limit");
    case Attempt::Result::Unreachable:
        return QCoreApplication::translate("Attempt", "node could not be contacted");
    case Attempt::Result::InstallFailed:
        return QCoreApplication::translate("Attempt", "installation failed");
    case Attempt::Result::Abandoned:
        return QCoreApplication::translate("Attempt", "abandoned by a Management Node reboot");
    case Attempt::Result::Stopped:
        return QCoreApplication::translate("Attempt", "stopped at the 24-hour limit");
    }
    return {};
}

} // namespace iuc
