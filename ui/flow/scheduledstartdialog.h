#pragma once

#include <QDateTime>
#include <QDialog>
#include <QTimer>

#include <functional>

class QLabel;
class QPushButton;

namespace iuc::ui {

// A confirmed upgrade waiting for its start window (issue 15, item 6): when
// it starts, a countdown on the Management Node's clock, and a button to
// cancel it. Not modal: the console stays usable meanwhile.
class ScheduledStartDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScheduledStartDialog)

public:
    // `serverNow` gives the Management Node's clock.
    ScheduledStartDialog(const QString &version, const QDateTime &at, std::function<QDateTime()> serverNow,
                         QWidget *parent = nullptr);

    [[nodiscard]] QString countdownText() const;

Q_SIGNALS:
    void cancelRequested();

private:
    void tick();

    QDateTime m_at;
    std::function<QDateTime()> m_serverNow;
    QLabel *m_countdown = nullptr;
    QPushButton *m_cancel = nullptr;
    QTimer m_clock;
};

} // namespace iuc::ui
