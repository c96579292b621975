#include "ui/flow/flowcommand.h"

#include "core/session/deploymentsession.h"
#include "ui/flow/flowmessages.h"

namespace iuc::ui {

FlowCommand::FlowCommand(DeploymentSession &session, QWidget *window, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_window(window)
{
}

FlowCommand::~FlowCommand() = default;

void FlowCommand::showError(const QString &what, const Error &error)
{
    flow::showError(window(), what, error);
    Q_EMIT errorShown(error);
}

void FlowCommand::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished();
    deleteLater();
}

} // namespace iuc::ui
