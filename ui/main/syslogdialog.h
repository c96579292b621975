#pragma once

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace iuc {
class DeploymentSession;
} // namespace iuc

namespace iuc::ui {

// "Receive by syslog…" (issue 12): the port and transport the console listens
// on, the address the Management Node should send to, and whether to add
// that to the node's syslog servers (asked again before anything changes on
// the node). A node without configuration/v1/syslog_server/ gets the words
// to add it by hand instead.
class SyslogDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyslogDialog)

public:
    static constexpr int DefaultPort = 5514; // 514 needs administrator rights on the workstation

    explicit SyslogDialog(DeploymentSession &session, QWidget *parent = nullptr);
    ~SyslogDialog() override;

    void accept() override;

Q_SIGNALS:
    void statusMessage(const QString &text);

private:
    [[nodiscard]] QString transport() const; // what the node is told: "udp" or "tcp"
    void updateHint();
    void addToNode();

    QPointer<DeploymentSession> m_session;
    QSpinBox *m_port = nullptr;
    QComboBox *m_transport = nullptr;
    QLineEdit *m_address = nullptr;
    QCheckBox *m_addToNode = nullptr;
    QLabel *m_hint = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

// Asks whether to remove the console from the node's syslog servers, and
// does it. `then` runs when the admin chose (true: go on, false: cancelled),
// after the removal when one was asked for.
void offerSyslogRemoval(QWidget *parent, DeploymentSession &session, const std::function<void(bool)> &then);

} // namespace iuc::ui
