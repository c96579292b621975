#pragma once

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QLabel;

namespace iuc {
class DeploymentSession;
} // namespace iuc

namespace iuc::ui {
// The status bar's connection state and the age of the data, always in view
// and updated every second, with a warning look when the data is stale.
class ConnectionIndicator final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionIndicator)

public:
    explicit ConnectionIndicator(QWidget *parent = nullptr);
    ~ConnectionIndicator() override;

    void setSession(DeploymentSession *session);
    [[nodiscard]] QString text() const;
    [[nodiscard]] bool isStale() const { return m_stale; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    QPointer<DeploymentSession> m_session;
    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    QTimer m_clock;
    bool m_stale = false;
    bool m_styled = false;
    QString m_iconName;
};

} // namespace iuc::ui
