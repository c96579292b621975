#pragma once

#include <QPointer>
#include <QSystemTrayIcon>
#include <QWidget>

class QLabel;
class QPushButton;

namespace iuc {
class DeploymentSession;
struct Alert;
} // namespace iuc

namespace iuc::ui {

// The session's alerts (AlertMonitor) where the admin sees them: a
// notification of the desktop's own (through the system tray, where the
// desktop has one), the window's taskbar entry asking for attention, and a
// bar across the top of the main window with the newest alert and what to
// do, until it is dismissed.
class AlertBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertBar)

public:
    explicit AlertBar(QWidget *parent = nullptr);
    ~AlertBar() override;

    void setSession(DeploymentSession *session);
    // Desktop notifications on or off (the bar shows alerts either way).
    void setDesktopNotifications(bool on) { m_desktop = on; }
    [[nodiscard]] bool desktopNotificationsShown() const;
    [[nodiscard]] QString text() const;
    // How many alerts were shown since the session was set.
    [[nodiscard]] int shownCount() const { return m_shown; }

    // Every alert of the session, newest first, one line each (All alerts…).
    [[nodiscard]] QString allAlertsText() const;

private:
    void show(const Alert &alert);
    void showAll();

    QPointer<DeploymentSession> m_session;
    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    QPushButton *m_all = nullptr;
    QPushButton *m_dismiss = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    bool m_desktop = true;
    int m_shown = 0;
};

} // namespace iuc::ui
