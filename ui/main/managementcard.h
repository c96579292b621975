#pragma once

#include <QFrame>
#include <QPointer>

class QLabel;

namespace iuc {
class DeploymentSession;
} // namespace iuc

namespace iuc::ui {
// The Management Node at a glance: name, installed version and upgrade
// status. Its own upgrade reboot (R1) is expected, and the card says so
// calmly while the console reconnects by itself; it is never shown as an error.
class ManagementCard final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ManagementCard)

public:
    explicit ManagementCard(QWidget *parent = nullptr);
    ~ManagementCard() override;

    void setSession(DeploymentSession *session);
    // The status line as shown (for tests and accessibility).
    [[nodiscard]] QString statusText() const;
    // True while the card shows the expected reboot of R1.
    [[nodiscard]] bool showsExpectedReboot() const { return m_expectedReboot; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    QPointer<DeploymentSession> m_session;
    QLabel *m_name = nullptr;
    QLabel *m_version = nullptr;
    QLabel *m_icon = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_detail = nullptr;
    QString m_iconName;
    bool m_expectedReboot = false;
};

} // namespace iuc::ui
