#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;

namespace iuc {
class DeploymentSession;
} // namespace iuc

namespace iuc::ui {
// The run as the room reads it: N of M upgraded in the largest type on the
// wall, a progress bar, elapsed time, the countdown to the 24-hour stop
// (R5) and the forecast finish, and a warning nobody can miss when the
// forecast says the stop will cut the run.
class WallRunPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WallRunPanel)

public:
    explicit WallRunPanel(QWidget *parent = nullptr);
    ~WallRunPanel() override;

    void setSession(DeploymentSession *session);
    // Shown in place of the run while there is no data at all.
    void refresh();

private:
    QLabel *stat(const QString &objectName, const QString &caption, int column);

    QPointer<DeploymentSession> m_session;
    QLabel *m_figure = nullptr;
    QLabel *m_caption = nullptr; // "systems upgraded to 11"
    QLabel *m_state = nullptr;   // "Upgrading Conferencing Nodes"
    QProgressBar *m_progress = nullptr;
    QLabel *m_elapsed = nullptr;
    QLabel *m_deadline = nullptr;
    QLabel *m_finish = nullptr;
    QWidget *m_cut = nullptr;
    QLabel *m_cutText = nullptr;
    QWidget *m_stats = nullptr;
};

} // namespace iuc::ui
