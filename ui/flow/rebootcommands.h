#pragma once

#include "ui/flow/flowcommand.h"

#include "core/api/resources.h"

#include <QCoro/QCoroTask>

namespace iuc::ui {

// Rebooting the Management Node (R7): what it abandons is said first — a
// running upgrade, the lock it lifts — and Cancel is the default.
class RebootManagementCommand final : public FlowCommand
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RebootManagementCommand)

public:
    RebootManagementCommand(DeploymentSession &session, QWidget *window, QObject *parent);
    ~RebootManagementCommand() override;

    void start() override;

Q_SIGNALS:
    // The Management Node restarts: its API is away for a few minutes (R1,
    // R7). Emitted before finished().
    void rebootStarted();

private:
    void confirm(const Result<std::optional<api::UpgradeRun>> &run);
};

// Rebooting a Conferencing Node (R9): the calls it drops are listed first,
// and what the reboot means for its turn in the run; Cancel is the default.
class RebootNodeCommand final : public FlowCommand
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RebootNodeCommand)

public:
    RebootNodeCommand(DeploymentSession &session, QWidget *window, int nodeId, QObject *parent);
    ~RebootNodeCommand() override;

    void start() override;

Q_SIGNALS:
    // Emitted before finished().
    void rebootStarted(int nodeId);

private:
    QCoro::Task<> prepare();

    int m_nodeId;
};

} // namespace iuc::ui
