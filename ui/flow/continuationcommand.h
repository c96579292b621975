#pragma once

#include "ui/flow/confirmdialog.h"
#include "ui/flow/flowcommand.h"

namespace iuc::ui {

// After a run stopped at its 24-hour limit (R5) or was abandoned: the same
// staged package again, which upgrades only the systems left behind (R6).
// Says so when there is nothing to continue; asks for the file again when
// nothing staged can be reused.
class ContinuationCommand final : public FlowCommand
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContinuationCommand)

public:
    ContinuationCommand(DeploymentSession &session, QWidget *window, QObject *parent);
    ~ContinuationCommand() override;

    void start() override;

Q_SIGNALS:
    // Ready for the confirmation of a run with the staged `packageId`.
    // Emitted before finished().
    void readyToConfirm(const iuc::ui::ConfirmFacts &facts, const QString &packageId);
    // Nothing staged to reuse: the admin picks the file again. Emitted
    // before finished().
    void packageNeeded();
};

} // namespace iuc::ui
