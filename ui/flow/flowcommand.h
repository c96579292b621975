#pragma once

#include "core/domain/result.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QWidget>

namespace iuc {
class DeploymentSession;
} // namespace iuc

namespace iuc::ui {

// One action of the console that changes the deployment, from the admin's
// choice to its outcome (the shape of Kleopatra's commands, STYLE.md):
// created with what it needs, start()ed once, finished() once at the end,
// whatever the end. UpgradeFlow starts them from the main window's actions.
// Every dialog is opened with open() and answers through signals: no nested
// event loop. Every coroutine re-checks that the command still exists after
// each await. A command deletes itself after finished().
class FlowCommand : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FlowCommand)

public:
    FlowCommand(DeploymentSession &session, QWidget *window, QObject *parent);
    ~FlowCommand() override;

    virtual void start() = 0;

    // The dialog it shows now, if any: raised when the admin asks for a
    // second flow while this one runs.
    [[nodiscard]] QWidget *activeDialog() const { return m_activeDialog.data(); }

Q_SIGNALS:
    // A short line for the status bar (cancelled, exported, …).
    void statusMessage(const QString &text);
    // An error was shown to the admin (tests read the code).
    void errorShown(const iuc::Error &error);
    void finished();

protected:
    [[nodiscard]] DeploymentSession &session() const { return m_session; }
    [[nodiscard]] QWidget *window() const { return m_window.data(); }
    void setActiveDialog(QWidget *dialog) { m_activeDialog = dialog; }
    // `what` did not happen, because of `error` (its message says why and
    // what to do): a message box, and errorShown.
    void showError(const QString &what, const Error &error);
    // Emits finished() (once) and deletes the command later.
    void finish();

private:
    DeploymentSession &m_session;
    QPointer<QWidget> m_window;
    QPointer<QWidget> m_activeDialog;
    bool m_finished = false;
};

} // namespace iuc::ui
