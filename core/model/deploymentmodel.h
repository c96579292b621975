#pragma once

#include "core/api/resources.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QList>

#include <optional>

namespace iuc {

// One row per Conferencing Node: the upgrade status page's table.
//
// Refreshes never reset the model: rows are found through an id→row hash,
// changed rows are announced as contiguous ranges (one dataChanged per
// range, one for the whole table when most rows changed), and the columns
// that follow the clock (time in status, ETA) change in one signal.
// Sorting and delegates use RawRole, never the display text.
class DeploymentModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeploymentModel)

public:
    enum Column {
        Name,
        Location,
        Status,
        Version,
        Calls,
        TimeInStatus,
        QueuePosition,
        Attempts,
        Eta,
        Health, // the health check after its upgrade (HealthChecks)
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        RawRole = Qt::UserRole + 1, // sortable value of the cell: int, qint64 seconds, QDateTime, QString
        NodeIdRole,
        StatusCodeRole,      // the API code, e.g. "WAITING_FOR_CALLS" (raw for unknown codes)
        StatusKnownRole,     // false for a code this build does not know
        StatusIconRole,      // icon name for the UI, e.g. "status-waiting" (core has no icons)
        ConfigurationOnlyRole, // R12
        MaintenanceRole,
        AddressRole,
        HealthFailedRole, // the health check after its upgrade failed
    };
    Q_ENUM(Role)

    struct Row
    {
        int id = 0;
        QString name;
        QString location;
        NodeStatus status;
        QString version;
        int calls = 0;
        bool maintenance = false;
        std::optional<QDateTime> statusSince;
        std::optional<int> queuePosition;
        std::optional<int> attempts;
        bool inferred = false; // queue, attempts and time in status: the console's inference (RunObserver)
        bool configurationOnly = false;
        QString address;
        std::optional<QDateTime> eta;
        bool afterStop = false; // the forecast puts it after the run's 24-hour stop
        QString health;         // its health check in words; empty: none this run
        bool healthFailed = false;

        friend bool operator==(const Row &, const Row &) = default;
    };

    explicit DeploymentModel(QObject *parent = nullptr);
    ~DeploymentModel() override;

    // A refresh: statuses from status/v1/worker_vm/, configurations (address,
    // deployment type) from configuration/v1/worker_vm/ when known.
    void update(const QList<api::WorkerVmStatus> &nodes, const QHash<int, api::WorkerVmConfiguration> &configurations);
    // The Management Node's clock: time in status is measured against it.
    void setServerTime(const QDateTime &serverTime);
    // The forecast's per-node ETA (empty: none, e.g. not in the run), and
    // the nodes it puts after the run's 24-hour stop (R5): shown as such,
    // sorted after every time.
    void setEtas(const QHash<int, QDateTime> &etas, const QSet<int> &afterStop = {});

    // The health checks of this run (node id → in words, and whether it
    // failed); nodes not in it show none.
    void setHealth(const QHash<int, std::pair<QString, bool>> &health);

    [[nodiscard]] int rowForId(int id) const { return m_rowOf.value(id, -1); }
    [[nodiscard]] const Row &row(int row) const { return m_rows.at(row); }
    [[nodiscard]] const QList<Row> &rows() const { return m_rows; }
    [[nodiscard]] QDateTime serverTime() const { return m_serverTime; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    static QString iconName(const NodeStatus &status);
    // "1 h 05 min", "42 s"
    static QString formatSeconds(qint64 seconds);

private:
    [[nodiscard]] QVariant display(const Row &r, int column) const;
    [[nodiscard]] QVariant raw(const Row &r, int column) const;
    [[nodiscard]] std::optional<qint64> secondsInStatus(const Row &r) const;
    void emitChangedRanges(const QList<int> &changedRows);
    void rebuildIndex();

    QList<Row> m_rows;
    QHash<int, int> m_rowOf; // node id → row
    QDateTime m_serverTime;
};

} // namespace iuc
