#include "core/model/logmodel.h"

#include <algorithm>

namespace iuc {

LogModel::LogModel(QObject *parent) : QAbstractListModel(parent) {}

LogModel::~LogModel() = default;

int LogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant LogModel::data(const QModelIndex &index, int role) const
{
    // Not checkIndex(): it logs a warning for the invalid indexes views ask about.
    if (!index.isValid() || index.model() != this || index.column() != 0 || index.row() < 0
        || static_cast<size_t>(index.row()) >= m_rows.size())
        return {};
    const Row &row = m_rows[static_cast<size_t>(index.row())];
    const LogLine &line = row.line;
    switch (role) {
    case Qt::DisplayRole:
        return line.message.isEmpty() ? line.raw : line.message;
    case Qt::ToolTipRole:
    case RawRole:
        return line.raw;
    case TimeRole:
        return line.time;
    case LevelRole:
        return line.level;
    case NameRole:
        return line.name;
    case NodeRole:
        return line.node;
    case SeverityRole:
        return static_cast<int>(row.severity);
    case ExpectedRole:
        return row.severity == LogSeverity::ExpectedError;
    case MessageRole:
        return line.message;
    case ResourceRole:
        return line.resource;
    case IdRole:
        return row.id;
    case WellFormedRole:
        return line.wellFormed;
    case NoteRole:
        return note(row);
    default:
        return {};
    }
}

QVariant LogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (section == 0 && orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return tr("Administrator log");
    return QAbstractListModel::headerData(section, orientation, role);
}

QHash<int, QByteArray> LogModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(TimeRole, "time");
    names.insert(LevelRole, "level");
    names.insert(NameRole, "name");
    names.insert(NodeRole, "node");
    names.insert(SeverityRole, "severity");
    names.insert(ExpectedRole, "expected");
    names.insert(RawRole, "raw");
    names.insert(MessageRole, "message");
    names.insert(ResourceRole, "resource");
    names.insert(IdRole, "entryId");
    names.insert(WellFormedRole, "wellFormed");
    names.insert(NoteRole, "note");
    return names;
}

void LogModel::append(const QList<api::LogEntry> &entries)
{
    // Parse before telling views anything: between begin and end the model
    // must not change in other ways.
    std::vector<Row> fresh;
    fresh.reserve(static_cast<size_t>(entries.size()));
    bool seen = m_seenAny;
    qint64 last = m_lastId;
    for (const api::LogEntry &entry : entries) {
        // Lines from syslog or a file have no id on the server: each is new.
        const qint64 id = entry.id == 0 ? last + 1 : entry.id;
        if (seen && id <= last)
            continue; // already shown: the poller's batches may overlap
        seen = true;
        last = id;
        Row row;
        row.id = id;
        row.line = parseLogLine(entry.line);
        // The server's own fields stand in for what a messy line lacks.
        if (!row.line.time.isValid())
            row.line.time = entry.time;
        if (row.line.level.isEmpty())
            row.line.level = entry.level;
        row.severity = classify(row.line, duringUpgrade(row.line));
        fresh.push_back(std::move(row));
    }
    if (fresh.empty())
        return;
    m_seenAny = true;
    m_lastId = last;

    // More than fit: only the newest are kept.
    const auto capacity = static_cast<size_t>(m_capacity);
    auto first = fresh.begin();
    if (fresh.size() > capacity)
        first += static_cast<std::ptrdiff_t>(fresh.size() - capacity);
    const auto count = static_cast<size_t>(fresh.end() - first);
    int errors = m_unexpectedErrors;
    if (m_rows.size() + count > capacity)
        errors -= removeOldest(static_cast<int>(m_rows.size() + count - capacity));

    const int begin = static_cast<int>(m_rows.size());
    beginInsertRows(QModelIndex(), begin, begin + static_cast<int>(count) - 1);
    for (auto it = first; it != fresh.end(); ++it) {
        if (it->severity == LogSeverity::Error)
            ++errors;
        m_rows.push_back(std::move(*it));
    }
    endInsertRows();
    setUnexpectedErrorCount(errors);
}

void LogModel::clear()
{
    m_seenAny = false;
    m_lastId = 0;
    removeOldest(static_cast<int>(m_rows.size()));
    setUnexpectedErrorCount(0);
}

void LogModel::setCapacity(int capacity)
{
    m_capacity = std::max(capacity, 1);
    if (m_rows.size() > static_cast<size_t>(m_capacity))
        setUnexpectedErrorCount(m_unexpectedErrors - removeOldest(static_cast<int>(m_rows.size()) - m_capacity));
}

void LogModel::setUpgradeInProgress(bool inProgress)
{
    if (inProgress == m_upgradeInProgress)
        return;
    m_upgradeInProgress = inProgress;
    reclassify();
}

void LogModel::noteRun(int runId, const QDateTime &start, const QDateTime &end)
{
    const std::pair<QDateTime, QDateTime> span{start, end};
    const auto it = m_runs.constFind(runId);
    if (it != m_runs.constEnd() && *it == span)
        return;
    m_runs.insert(runId, span);
    reclassify();
}

bool LogModel::duringUpgrade(const LogLine &line) const
{
    if (m_upgradeInProgress)
        return true;
    if (!line.time.isValid())
        return false;
    for (const auto &[start, end] : m_runs) {
        if (start.isValid() && line.time >= start && (!end.isValid() || line.time <= end))
            return true;
    }
    return false;
}

void LogModel::reclassify()
{
    bool changed = false;
    int errors = 0;
    for (Row &row : m_rows) {
        const LogSeverity severity = classify(row.line, duringUpgrade(row.line));
        changed = changed || severity != row.severity;
        row.severity = severity;
        if (severity == LogSeverity::Error)
            ++errors;
    }
    if (changed) {
        // One signal for the whole log: cheaper for a view than one per row.
        Q_EMIT dataChanged(index(0), index(static_cast<int>(m_rows.size()) - 1),
                           {SeverityRole, ExpectedRole, NoteRole});
    }
    setUnexpectedErrorCount(errors);
}

qint64 LogModel::lastId() const
{
    return m_seenAny ? m_lastId : 0;
}

const LogLine &LogModel::lineAt(int row) const
{
    Q_ASSERT(row >= 0 && static_cast<size_t>(row) < m_rows.size());
    return m_rows[static_cast<size_t>(row)].line;
}

LogSeverity LogModel::severityAt(int row) const
{
    Q_ASSERT(row >= 0 && static_cast<size_t>(row) < m_rows.size());
    return m_rows[static_cast<size_t>(row)].severity;
}

int LogModel::removeOldest(int count)
{
    count = std::min(count, static_cast<int>(m_rows.size()));
    if (count <= 0)
        return 0;
    int errors = 0;
    beginRemoveRows(QModelIndex(), 0, count - 1);
    for (int i = 0; i < count; ++i) {
        if (m_rows.front().severity == LogSeverity::Error)
            ++errors;
        m_rows.pop_front();
    }
    endRemoveRows();
    return errors;
}

void LogModel::setUnexpectedErrorCount(int count)
{
    if (count == m_unexpectedErrors)
        return;
    m_unexpectedErrors = count;
    Q_EMIT unexpectedErrorCountChanged(count);
}

QString LogModel::note(const Row &row) const
{
    switch (row.severity) {
    case LogSeverity::ExpectedError:
        return tr("Expected while an upgrade runs: the node is being reconfigured or restarted. "
                  "No action is needed.");
    case LogSeverity::Error:
        if (m_upgradeInProgress)
            return tr("Not one of the errors an upgrade causes: look into it.");
        return {};
    case LogSeverity::Info:
    case LogSeverity::Warning:
    case LogSeverity::Other:
        break;
    }
    if (!row.line.wellFormed)
        return tr("This line is not in the usual log format; it is shown as received.");
    return {};
}

} // namespace iuc
