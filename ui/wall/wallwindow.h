#pragma once

#include "ui/wall/wallnotices.h"

#include <QHash>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QVBoxLayout;

namespace iuc {
class DeploymentSession;
class SplitConferenceWatch;
} // namespace iuc

namespace iuc::ui {

class ChartsPanel;
class WallNodeMap;
class WallRunPanel;
class WallSplitPanel;
class WallCapacityPanel;

// The wall display (DESIGN §6): full screen, read only, readable from across
// the room. The run in large type, every node by location, the node(s) in
// maintenance with their calls draining, the conferences split across
// versions (R11), and banners for what went wrong and what to do. It offers
// no action that changes anything and never opens a dialog; Escape or F11
// asks to leave (leaveRequested), which the console answers by showing its
// window again and a kiosk ignores.
class WallWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WallWindow)

public:
    explicit WallWindow(QWidget *parent = nullptr);
    ~WallWindow() override;

    // Not owned; may be null. The split-conference watch comes with it.
    void setSession(DeploymentSession *session);
    [[nodiscard]] DeploymentSession *session() const;
    // The saved profile behind the session, named in the banners' advice.
    void setProfileName(const QString &profile);
    // A problem met before there is any session (no profile, no saved
    // password): a banner that says what happened and what to do.
    void setProblem(const QString &headline, const QString &detail);
    void clearProblem();

    [[nodiscard]] WallNodeMap *nodeMap() const { return m_nodes; }
    [[nodiscard]] WallSplitPanel *splitPanel() const { return m_split; }
    [[nodiscard]] WallCapacityPanel *capacityPanel() const { return m_capacity; }
    [[nodiscard]] SplitConferenceWatch *splitWatch() const { return m_watch.get(); }
    // The banners shown now (what tests and people read).
    [[nodiscard]] QList<WallNotice> notices() const { return m_shown; }

Q_SIGNALS:
    void leaveRequested();

private:
    void tick();
    void showNotices(const QList<WallNotice> &notices);
    QWidget *banner(const WallNotice &notice);

    QPointer<DeploymentSession> m_session;
    std::unique_ptr<SplitConferenceWatch> m_watch;
    QString m_profile;
    std::optional<WallNotice> m_problem;
    QList<WallNotice> m_shown;
    QHash<QString, QWidget *> m_banners; // by notice id
    QLabel *m_title = nullptr;
    QLabel *m_connection = nullptr;
    QLabel *m_clock = nullptr;
    QVBoxLayout *m_bannerColumn = nullptr;
    WallRunPanel *m_run = nullptr;
    WallNodeMap *m_nodes = nullptr;
    ChartsPanel *m_drain = nullptr;
    WallSplitPanel *m_split = nullptr;
    WallCapacityPanel *m_capacity = nullptr;
    QTimer m_tick;
};

} // namespace iuc::ui
