#include "core/model/deploymentmodel.h"

#include <QSet>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace iuc {

namespace {

constexpr int kLastColumn = DeploymentModel::ColumnCount - 1;

} // namespace

DeploymentModel::DeploymentModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

DeploymentModel::~DeploymentModel() = default;

int DeploymentModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int DeploymentModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DeploymentModel::iconName(const NodeStatus &status)
{
    switch (status.code()) {
    case NodeStatus::Code::Idle:
        return u"status-idle"_s;
    case NodeStatus::Code::Pending:
        return u"status-pending"_s;
    case NodeStatus::Code::Preparing:
        return u"status-preparing"_s;
    case NodeStatus::Code::WaitingForCalls:
        return u"status-waiting"_s;
    case NodeStatus::Code::CallsTimeout:
        return u"status-timeout"_s;
    case NodeStatus::Code::Upgrading:
        return u"status-upgrading"_s;
    case NodeStatus::Code::Rebooting:
        return u"status-rebooting"_s;
    case NodeStatus::Code::Unreachable:
        return u"status-unreachable"_s;
    case NodeStatus::Code::Unknown:
        break;
    }
    return u"status-unknown"_s;
}

QString DeploymentModel::formatSeconds(qint64 seconds)
{
    seconds = std::max<qint64>(0, seconds);
    const qint64 h = seconds / 3600, m = (seconds % 3600) / 60, s = seconds % 60;
    if (h > 0)
        return tr("%1 h %2 min").arg(h).arg(m, 2, 10, QLatin1Char('0'));
    if (m > 0)
        return tr("%1 min %2 s").arg(m).arg(s, 2, 10, QLatin1Char('0'));
    return tr("%1 s").arg(s);
}

std::optional<qint64> DeploymentModel::secondsInStatus(const Row &r) const
{
    if (!r.statusSince || !m_serverTime.isValid())
        return std::nullopt;
    return std::max<qint64>(0, r.statusSince->secsTo(m_serverTime));
}

QVariant DeploymentModel::raw(const Row &r, int column) const
{
    switch (column) {
    case Name:
        return r.name;
    case Location:
        return r.location;
    case Status:
        return static_cast<int>(r.status.code());
    case Version:
        return r.version;
    case Calls:
        return r.calls;
    case TimeInStatus:
        if (const auto s = secondsInStatus(r))
            return *s;
        return QVariant();
    case QueuePosition:
        return r.queuePosition.value_or(0);
    case Attempts:
        return r.attempts.value_or(0);
    case Health:
        return r.healthFailed ? 2 : (r.health.isEmpty() ? 0 : 1);
    case Eta:
        if (r.eta)
            return *r.eta;
        // After the stop sorts after every time.
        return r.afterStop ? QVariant(QDateTime(QDate(9999, 12, 31), QTime(0, 0), QTimeZone::utc())) : QVariant();
    default:
        return QVariant();
    }
}

QVariant DeploymentModel::display(const Row &r, int column) const
{
    switch (column) {
    case Status:
        return r.status.label();
    case TimeInStatus:
        if (const auto s = secondsInStatus(r))
            return formatSeconds(*s);
        return QString();
    case QueuePosition:
    case Attempts: {
        const std::optional<int> &value = column == QueuePosition ? r.queuePosition : r.attempts;
        if (value.value_or(0) <= 0)
            return QString();
        return r.inferred ? QVariant(tr("≈%1").arg(*value)) : QVariant(*value); // inferred: marked
    }
    case Health:
        return r.health;
    case Eta: {
        if (!r.eta)
            return r.afterStop ? tr("after the 24-hour stop") : QString();
        // Server time, in UTC: the Management Node's clock is the reference.
        const QDateTime eta = r.eta->toTimeZone(QTimeZone::utc());
        const bool sameDay = m_serverTime.isValid() && m_serverTime.toTimeZone(QTimeZone::utc()).date() == eta.date();
        return eta.toString(sameDay ? u"HH:mm 'UTC'"_s : u"yyyy-MM-dd HH:mm 'UTC'"_s);
    }
    default:
        return raw(r, column);
    }
}

QVariant DeploymentModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(r, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Status)
            return r.status.description();
        if (index.column() == Name) {
            return r.configurationOnly ? tr("%1 (configuration-only node)").arg(r.address) : r.address;
        }
        if (r.inferred && (index.column() == QueuePosition || index.column() == Attempts || index.column() == TimeInStatus)) {
            return tr("Inferred by this console from what it saw during the run: this Management Node does not "
                      "report it.");
        }
        if (index.column() == Health && !r.health.isEmpty())
            return tr("The console's check after the node's upgrade: %1").arg(r.health);
        if (index.column() == Eta && !r.eta && r.afterStop) {
            return tr("The forecast puts this node after the run's 24-hour stop: this run will not reach it. "
                      "Once the run stops, a repeat run upgrades the systems left behind.");
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Calls || index.column() == QueuePosition || index.column() == Attempts)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case RawRole:
        return raw(r, index.column());
    case NodeIdRole:
        return r.id;
    case StatusCodeRole:
        return r.status.apiCode();
    case StatusKnownRole:
        return r.status.isKnown();
    case StatusIconRole:
        return iconName(r.status);
    case ConfigurationOnlyRole:
        return r.configurationOnly;
    case MaintenanceRole:
        return r.maintenance;
    case AddressRole:
        return r.address;
    case HealthFailedRole:
        return r.healthFailed;
    default:
        return {};
    }
}

QVariant DeploymentModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Location:
        return tr("Location");
    case Status:
        return tr("Status");
    case Version:
        return tr("Installed version");
    case Calls:
        return tr("Calls");
    case TimeInStatus:
        return tr("Time in status");
    case QueuePosition:
        return tr("Queue");
    case Attempts:
        return tr("Attempts");
    case Eta:
        return tr("ETA");
    case Health:
        return tr("Health check");
    default:
        return {};
    }
}

QHash<int, QByteArray> DeploymentModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(RawRole, "raw");
    names.insert(NodeIdRole, "nodeId");
    names.insert(StatusCodeRole, "statusCode");
    names.insert(StatusKnownRole, "statusKnown");
    names.insert(StatusIconRole, "statusIcon");
    names.insert(ConfigurationOnlyRole, "configurationOnly");
    names.insert(MaintenanceRole, "maintenance");
    names.insert(AddressRole, "address");
    names.insert(HealthFailedRole, "healthFailed");
    return names;
}

void DeploymentModel::rebuildIndex()
{
    m_rowOf.clear();
    m_rowOf.reserve(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i)
        m_rowOf.insert(m_rows.at(i).id, i);
}

void DeploymentModel::update(const QList<api::WorkerVmStatus> &nodes,
                             const QHash<int, api::WorkerVmConfiguration> &configurations)
{
    QSet<int> present;
    present.reserve(nodes.size());
    for (const api::WorkerVmStatus &n : nodes)
        present.insert(n.id);

    // Nodes gone from the deployment: remove their rows, bottom up, range by range.
    for (int i = static_cast<int>(m_rows.size()) - 1; i >= 0;) {
        if (present.contains(m_rows.at(i).id)) {
            --i;
            continue;
        }
        int first = i;
        while (first > 0 && !present.contains(m_rows.at(first - 1).id))
            --first;
        beginRemoveRows({}, first, i);
        m_rows.remove(first, i - first + 1);
        endRemoveRows();
        i = first - 1;
    }
    rebuildIndex();

    QList<Row> added;
    QList<int> changed;
    for (const api::WorkerVmStatus &n : nodes) {
        Row r;
        r.id = n.id;
        r.name = n.name;
        r.location = n.systemLocation;
        r.status = n.upgradeStatus;
        r.version = n.version.text;
        r.calls = n.signalingCount;
        r.maintenance = n.maintenanceMode;
        r.statusSince = n.upgradeStatusSince;
        r.queuePosition = n.upgradeQueuePosition;
        r.attempts = n.upgradeAttempts;
        r.inferred = n.runFiguresInferred;
        if (const auto c = configurations.constFind(n.id); c != configurations.constEnd()) {
            r.configurationOnly = c->isConfigurationOnly();
            r.address = c->address;
        }
        const int at = m_rowOf.value(n.id, -1);
        if (at < 0) {
            added.append(r);
            continue;
        }
        Row &old = m_rows[at];
        if (!configurations.contains(n.id)) { // configurations are refreshed less often: keep what we knew
            r.configurationOnly = old.configurationOnly;
            r.address = old.address;
        }
        r.eta = old.eta;
        r.afterStop = old.afterStop;
        r.health = old.health;
        r.healthFailed = old.healthFailed;
        if (!(r == old)) {
            old = r;
            changed.append(at);
        }
    }
    if (!added.isEmpty()) {
        const int first = static_cast<int>(m_rows.size());
        beginInsertRows({}, first, first + static_cast<int>(added.size()) - 1);
        m_rows.append(added);
        for (int i = first; i < m_rows.size(); ++i)
            m_rowOf.insert(m_rows.at(i).id, i);
        endInsertRows();
    }
    emitChangedRanges(changed);
}

void DeploymentModel::emitChangedRanges(const QList<int> &changedRows)
{
    if (changedRows.isEmpty())
        return;
    if (changedRows.size() * 2 > m_rows.size()) {
        Q_EMIT dataChanged(index(0, 0), index(static_cast<int>(m_rows.size()) - 1, kLastColumn));
        return;
    }
    QList<int> sorted = changedRows;
    std::sort(sorted.begin(), sorted.end());
    int first = sorted.front(), last = first;
    for (int i = 1; i <= sorted.size(); ++i) {
        if (i < sorted.size() && sorted.at(i) == last + 1) {
            last = sorted.at(i);
            continue;
        }
        Q_EMIT dataChanged(index(first, 0), index(last, kLastColumn));
        if (i < sorted.size())
            first = last = sorted.at(i);
    }
}

void DeploymentModel::setServerTime(const QDateTime &serverTime)
{
    if (serverTime == m_serverTime)
        return;
    m_serverTime = serverTime;
    if (m_rows.isEmpty())
        return;
    // Every row's time in status moves with the clock: one signal for the column.
    Q_EMIT dataChanged(index(0, TimeInStatus), index(static_cast<int>(m_rows.size()) - 1, TimeInStatus),
                       {Qt::DisplayRole, RawRole});
}

void DeploymentModel::setEtas(const QHash<int, QDateTime> &etas, const QSet<int> &afterStop)
{
    QList<int> changed;
    for (int i = 0; i < m_rows.size(); ++i) {
        Row &r = m_rows[i];
        const auto it = etas.constFind(r.id);
        const std::optional<QDateTime> eta = it == etas.constEnd() ? std::nullopt : std::optional<QDateTime>(*it);
        const bool after = !eta && afterStop.contains(r.id);
        if (eta != r.eta || after != r.afterStop) {
            r.eta = eta;
            r.afterStop = after;
            changed.append(i);
        }
    }
    if (changed.isEmpty())
        return;
    if (changed.size() * 2 > m_rows.size()) {
        Q_EMIT dataChanged(index(0, Eta), index(static_cast<int>(m_rows.size()) - 1, Eta), {Qt::DisplayRole, RawRole});
        return;
    }
    for (int row : changed)
        Q_EMIT dataChanged(index(row, Eta), index(row, Eta), {Qt::DisplayRole, RawRole});
}

void DeploymentModel::setHealth(const QHash<int, std::pair<QString, bool>> &health)
{
    for (int i = 0; i < m_rows.size(); ++i) {
        Row &r = m_rows[i];
        const std::pair<QString, bool> h = health.value(r.id);
        if (h.first == r.health && h.second == r.healthFailed)
            continue;
        r.health = h.first;
        r.healthFailed = h.second;
        Q_EMIT dataChanged(index(i, Health), index(i, Health), {Qt::DisplayRole, Qt::ToolTipRole, RawRole, HealthFailedRole});
    }
}

} // namespace iuc
