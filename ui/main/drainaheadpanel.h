#pragma once

#include <QFrame>
#include <QHash>
#include <QPointer>

class QCheckBox;
class QLabel;
class QProgressBar;
class QSpinBox;
class QVBoxLayout;

namespace iuc {
class DeploymentSession;
class DrainAheadRunner;
} // namespace iuc

namespace iuc::ui {

// Drain ahead (issue 15): the switch for the run in progress, the share of
// each location the admin wants kept in service (the guardrail), and a bar
// per location with the capacity in service now — red below the line. Says
// how many nodes the console drained and how many the guardrail holds back,
// and any node that refused a change.
class DrainAheadPanel final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DrainAheadPanel)

public:
    explicit DrainAheadPanel(QWidget *parent = nullptr);
    ~DrainAheadPanel() override;

    void setSession(DeploymentSession *session);

private:
    void refresh();
    void toggled(bool on);
    [[nodiscard]] DrainAheadRunner *runner() const;

    QPointer<DeploymentSession> m_session;
    QCheckBox *m_enabled = nullptr;
    QSpinBox *m_keep = nullptr;
    QLabel *m_state = nullptr;
    QVBoxLayout *m_bars = nullptr;
    QHash<QString, QProgressBar *> m_byLocation;
    QString m_error;
};

} // namespace iuc::ui
