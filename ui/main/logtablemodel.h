#pragma once

#include <QAbstractTableModel>
#include <QPointer>

namespace iuc {
class LogModel;
} // namespace iuc

namespace iuc::ui {
// The administrator log (a one-column LogModel) as a table: time, level,
// node, message. It forwards the log's row insertions and removals as they
// happen, so the view keeps its place while the log grows, and styles R13's
// expected errors quietly and every other error prominently.
class LogTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogTableModel)

public:
    enum Column { Time, Level, Node, Message, ColumnCount };
    Q_ENUM(Column)

    explicit LogTableModel(QObject *parent = nullptr);
    ~LogTableModel() override;

    // The log to show (not owned); nullptr: none.
    void setSourceLog(LogModel *log);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const QModelIndex &source, int column) const;
    QVariant decoration(const QModelIndex &source, int column) const;
    QVariant toolTip(const QModelIndex &source) const;

    QPointer<LogModel> m_log;
    QList<QMetaObject::Connection> m_connections;
};

} // namespace iuc::ui
