#pragma once

#include "ui/flow/confirmdialog.h"
#include "ui/flow/flowcommand.h"

#include "core/api/resources.h"
#include "core/api/upgradestart.h"

#include <QCoro/QCoroTask>

namespace iuc::ui {

// The last step: the confirmation (both versions, what the run takes on, the
// split-conference risk, the forecast), and on the admin's yes the start of
// the run with a staged package. Cancel is the default: Enter never starts
// an upgrade by accident.
class StartCommand final : public FlowCommand
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StartCommand)

public:
    StartCommand(DeploymentSession &session, QWidget *window, ConfirmFacts facts, QString packageId, QObject *parent);
    ~StartCommand() override;

    void start() override;
    // Tests: how the node is observed when the start's answer is lost.
    void setStartObservation(api::StartObservation observation) { m_observation = observation; }

Q_SIGNALS:
    // The Management Node accepted the start. Emitted before finished().
    void upgradeStarted(const iuc::api::UpgradeRun &run);
    // The Management Node refused the start (R7's lock, a package it no
    // longer holds, …): shown by the flow, which knows the ways out.
    // Emitted before finished().
    void startRefused(const iuc::Error &error);
    // The answer to the start was lost and the node could not be seen to
    // start or not: the text says what to do. Emitted before finished().
    void startUnknown(const QString &summary);

private:
    QCoro::Task<> perform();

    ConfirmFacts m_facts;
    api::StartObservation m_observation;
    QString m_packageId;
};

} // namespace iuc::ui
