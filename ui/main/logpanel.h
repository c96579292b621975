#pragma once

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace iuc {
class DeploymentSession;
} // namespace iuc

namespace iuc::ui {

class LogTableModel;

// The administrator log (R13): time, level, node and message of each line.
// Errors that are normal during an upgrade are shown quietly with the reason
// as a tooltip; every other error stands out, and their count is always in
// view. "Errors only" hides everything else.
class LogPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogPanel)

public:
    explicit LogPanel(QWidget *parent = nullptr);
    ~LogPanel() override;

    void setSession(DeploymentSession *session);
    void setErrorsOnly(bool on);

    [[nodiscard]] QTableView *view() const { return m_view; }

Q_SIGNALS:
    // The number of errors that are not expected during an upgrade (R13).
    void unexpectedErrorCountChanged(int count);
    void statusMessage(const QString &text);

private:
    void updateCount();
    void updateSource(); // where the lines come from: the API, syslog, nowhere
    void receiveOrStop();
    void openLogFile();
    void rowsAboutToArrive();
    void rowsArrived();

    QPointer<DeploymentSession> m_session;
    LogTableModel *m_table = nullptr;
    QSortFilterProxyModel *m_filter = nullptr;
    QTableView *m_view = nullptr;
    QCheckBox *m_errorsOnly = nullptr;
    QLabel *m_countIcon = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_source = nullptr;
    QPushButton *m_receive = nullptr;
    QPushButton *m_openFile = nullptr;
    bool m_follow = true; // the view was at the bottom: keep showing the newest lines
};

} // namespace iuc::ui
