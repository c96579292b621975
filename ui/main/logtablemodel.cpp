#include "ui/main/logtablemodel.h"

#include "ui/common/statusstyle.h"

#include "core/model/logmodel.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace iuc::ui {

namespace {

LogSeverity severityOf(const QModelIndex &source)
{
    return static_cast<LogSeverity>(source.data(LogModel::SeverityRole).toInt());
}

} // namespace

LogTableModel::LogTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

LogTableModel::~LogTableModel() = default;

void LogTableModel::setSourceLog(LogModel *log)
{
    beginResetModel();
    for (const QMetaObject::Connection &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_log = log;
    if (log) {
        // Row changes pass through as they are, never as a reset.
        m_connections = {
            connect(log, &QAbstractItemModel::rowsAboutToBeInserted, this,
                    [this](const QModelIndex &, int first, int last) { beginInsertRows({}, first, last); }),
            connect(log, &QAbstractItemModel::rowsInserted, this, [this] { endInsertRows(); }),
            connect(log, &QAbstractItemModel::rowsAboutToBeRemoved, this,
                    [this](const QModelIndex &, int first, int last) { beginRemoveRows({}, first, last); }),
            connect(log, &QAbstractItemModel::rowsRemoved, this, [this] { endRemoveRows(); }),
            connect(log, &QAbstractItemModel::modelAboutToBeReset, this, [this] { beginResetModel(); }),
            connect(log, &QAbstractItemModel::modelReset, this, [this] { endResetModel(); }),
            connect(log, &QAbstractItemModel::dataChanged, this,
                    [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                        Q_EMIT dataChanged(index(topLeft.row(), 0), index(bottomRight.row(), ColumnCount - 1));
                    }),
            connect(log, &QObject::destroyed, this, [this] { setSourceLog(nullptr); }),
        };
    }
    endResetModel();
}

int LogTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_log ? 0 : m_log->rowCount();
}

int LogTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LogTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time (UTC)");
    case Level:
        return tr("Level");
    case Node:
        return tr("Node");
    case Message:
        return tr("Message");
    default:
        return {};
    }
}

QVariant LogTableModel::display(const QModelIndex &source, int column) const
{
    switch (column) {
    case Time: {
        const QDateTime time = source.data(LogModel::TimeRole).toDateTime();
        return time.isValid() ? time.toTimeZone(QTimeZone::utc()).toString(u"yyyy-MM-dd HH:mm:ss"_s) : QString();
    }
    case Level:
        return severityOf(source) == LogSeverity::ExpectedError ? tr("%1 (expected)").arg(source.data(LogModel::LevelRole).toString())
                                                                : source.data(LogModel::LevelRole);
    case Node:
        return source.data(LogModel::NodeRole);
    case Message:
        return source.data(Qt::DisplayRole);
    default:
        return {};
    }
}

QVariant LogTableModel::decoration(const QModelIndex &source, int column) const
{
    if (column != Level)
        return {};
    const QPalette palette = QGuiApplication::palette();
    switch (severityOf(source)) {
    case LogSeverity::Error:
        return statusstyle::icon(u"log-error"_s, palette);
    case LogSeverity::ExpectedError:
        return statusstyle::icon(u"log-expected"_s, palette);
    case LogSeverity::Warning:
        return statusstyle::icon(u"log-warning"_s, palette);
    case LogSeverity::Info:
    case LogSeverity::Other:
        break;
    }
    return {};
}

QVariant LogTableModel::toolTip(const QModelIndex &source) const
{
    const QString note = source.data(LogModel::NoteRole).toString();
    const QString raw = source.data(LogModel::RawRole).toString();
    return note.isEmpty() ? raw : tr("%1\n\n%2").arg(note, raw);
}

QVariant LogTableModel::data(const QModelIndex &index, int role) const
{
    if (!m_log || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QModelIndex source = m_log->index(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(source, index.column());
    case Qt::DecorationRole:
        return decoration(source, index.column());
    case Qt::ToolTipRole:
        return toolTip(source);
    case Qt::FontRole:
        if (severityOf(source) == LogSeverity::Error) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ForegroundRole:
        // Expected errors (R13) step back; real errors keep the full text colour and go bold.
        if (severityOf(source) == LogSeverity::ExpectedError)
            return QGuiApplication::palette().brush(QPalette::PlaceholderText);
        return {};
    default:
        // Every LogModel role reads through, whatever the column.
        return role >= Qt::UserRole ? source.data(role) : QVariant();
    }
}

} // namespace iuc::ui
