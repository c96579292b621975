#pragma once

#include "core/api/resources.h"

#include <QDialog>
#include <QList>

class QCheckBox;
class QLabel;

namespace iuc {
class LogModel;
} // namespace iuc

namespace iuc::ui {

class LogTableModel;

// A downloaded administrator log (or a syslog server's file of it) with the
// marks of R13 (issue 12): lines logged during a run the console knows are
// judged as during an upgrade; "during an upgrade" can be asserted for every
// line when the run is not known here.
class LogFileWindow final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogFileWindow)

public:
    // `known`: the session's log, whose runs' spans are copied (may be null).
    LogFileWindow(const QString &path, const QList<api::LogEntry> &entries, const LogModel *known,
                  QWidget *parent = nullptr);
    ~LogFileWindow() override;

    [[nodiscard]] LogModel &log() { return *m_log; }

private:
    void updateCount();

    LogModel *m_log = nullptr;
    LogTableModel *m_table = nullptr;
    QCheckBox *m_duringUpgrade = nullptr;
    QLabel *m_count = nullptr;
};

} // namespace iuc::ui
