#pragma once

#include "core/api/resources.h"
#include "core/model/logline.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QHash>
#include <QList>

#include <deque>

namespace iuc {

// The administrator log as the console shows it (R13): one row per line,
// newest last. Lines arrive from the poller in batches that may overlap;
// each is parsed and classified once. Rows are only ever inserted at the end
// and removed at the front (bounded capacity), never reset, so a view keeps
// its scroll position and selection while the log grows.
class LogModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogModel)
    Q_PROPERTY(int unexpectedErrorCount READ unexpectedErrorCount NOTIFY unexpectedErrorCountChanged)

public:
    enum Role {
        TimeRole = Qt::UserRole + 1, // QDateTime (UTC)
        LevelRole,                   // QString, as written ("ERROR")
        NameRole,                    // QString, e.g. administrator.system.configuration
        NodeRole,                    // QString
        SeverityRole,                // int: LogSeverity
        ExpectedRole,                // bool: an error that is normal during an upgrade (R13)
        RawRole,                     // QString: the line as received
        MessageRole,                 // QString: the Message field
        ResourceRole,                // QString: the Resource field
        IdRole,                      // qint64: the entry's id on the server
        WellFormedRole,              // bool
        NoteRole,                    // QString: why a line is marked as it is, for people; may be empty
    };
    Q_ENUM(Role)

    static constexpr int DefaultCapacity = 5000;

    explicit LogModel(QObject *parent = nullptr);
    ~LogModel() override;

    [[nodiscard]] int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    // Appends the entries whose id is above the last one seen, in the order
    // given; overlaps with earlier batches are skipped. An entry with id 0
    // (syslog, a file) is always new and numbered after the last one. Oldest
    // rows go when the capacity is reached.
    void append(const QList<api::LogEntry> &entries);
    // Empties the model and forgets the last id (another Management Node, or
    // one whose log restarted).
    void clear();

    [[nodiscard]] int capacity() const { return m_capacity; }
    void setCapacity(int capacity); // at least 1; trims at once

    [[nodiscard]] bool upgradeInProgress() const { return m_upgradeInProgress; }
    // Reclassifies every row: R13's expected errors are only expected while
    // an upgrade runs, or when they were logged during one (noteRun).
    void setUpgradeInProgress(bool inProgress);
    // A run's time span (Management Node clock; `end` invalid while it runs):
    // the errors R13 expects stay expected once it has ended. Reclassifies
    // every row when the span is new or changed.
    void noteRun(int runId, const QDateTime &start, const QDateTime &end);

    // The runs' spans given to noteRun(), by run id.
    [[nodiscard]] const QHash<int, std::pair<QDateTime, QDateTime>> &runs() const { return m_runs; }

    // The highest id seen, 0 before any: what the next poll asks for with ?after_id=.
    [[nodiscard]] qint64 lastId() const;
    // ERROR lines in the model that are not expected (R13).
    [[nodiscard]] int unexpectedErrorCount() const { return m_unexpectedErrors; }

    [[nodiscard]] const LogLine &lineAt(int row) const;
    [[nodiscard]] LogSeverity severityAt(int row) const;

Q_SIGNALS:
    void unexpectedErrorCountChanged(int count);

private:
    struct Row
    {
        qint64 id = 0;
        LogLine line;
        LogSeverity severity = LogSeverity::Other;
    };

    // Removes the oldest rows; returns how many of them were unexpected errors.
    int removeOldest(int count);
    void setUnexpectedErrorCount(int count);
    QString note(const Row &row) const;
    [[nodiscard]] bool duringUpgrade(const LogLine &line) const;
    void reclassify();

    std::deque<Row> m_rows;
    int m_capacity = DefaultCapacity;
    bool m_upgradeInProgress = false;
    QHash<int, std::pair<QDateTime, QDateTime>> m_runs; // run id → start, end (invalid: running)
    bool m_seenAny = false;
    qint64 m_lastId = 0;
    int m_unexpectedErrors = 0;
};

} // namespace iuc
