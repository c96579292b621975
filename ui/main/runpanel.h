#pragma once

#include <QFrame>
#include <QPointer>

class QLabel;
class QProgressBar;
class QPushButton;
class QVBoxLayout;

namespace iuc {
class DeploymentSession;
} // namespace iuc

namespace iuc::ui {
// The run summary (DESIGN §6): N of M systems upgraded, time elapsed, time
// left to the 24-hour stop (R5), the forecast finish, and a warning when the
// forecast says the stop will cut the run short. After a stop with systems
// left behind it explains the mixed versions and offers the repeat run (R6);
// while the run holds the lock on new upgrades (R7) it says so.
class RunPanel final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunPanel)

public:
    explicit RunPanel(QWidget *parent = nullptr);
    ~RunPanel() override;

    void setSession(DeploymentSession *session);

    // True when the last run stopped at its deadline with systems left behind.
    [[nodiscard]] bool offersContinuation() const;

Q_SIGNALS:
    void continuationRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void showNoRun();
    QString leftBehindNames() const;
    void applyPalette();
    QFrame *notice(const QString &objectName, const QString &iconName, QLabel **text, QVBoxLayout **column);

    QPointer<DeploymentSession> m_session;
    QLabel *m_title = nullptr;
    QLabel *m_progressText = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_elapsed = nullptr;
    QLabel *m_left = nullptr;
    QLabel *m_finishCaption = nullptr;
    QLabel *m_finish = nullptr;
    QFrame *m_deadlineWarning = nullptr;
    QLabel *m_deadlineText = nullptr;
    QFrame *m_stopped = nullptr;
    QLabel *m_stoppedText = nullptr;
    QPushButton *m_continue = nullptr;
    QLabel *m_lock = nullptr;
};

} // namespace iuc::ui
