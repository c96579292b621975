#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;

namespace iuc {
class DeploymentSession;
} // namespace iuc

namespace iuc::ui {

// "Create a backup now…" (issue 15, item 7), where the Management Node
// offers command/v1/platform/backup_create/: the passphrase asked twice
// (never kept), the node asked, and what it answered said beside the button.
// Hidden on a node whose schema lacks the command.
class BackupControl final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupControl)

public:
    explicit BackupControl(DeploymentSession &session, QWidget *parent = nullptr);

    [[nodiscard]] QString statusText() const;
    // Runs the backup with `passphrase` (the dialog's path, for tests too).
    void create(const QString &passphrase);

Q_SIGNALS:
    void created(); // the node made it, or took the request

private:
    void askPassphrase();
    void updateOffered();

    DeploymentSession &m_session;
    QPushButton *m_button = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace iuc::ui
