#include "core/session/deploymentsession.h"

#include "core/domain/logging.h"
#include "core/session/drainaheadrunner.h"

namespace iuc {

namespace {

constexpr int kMaxSamples = 2000; // a day at a refresh every ~45 s; older points are thinned

void append(QList<DeploymentSession::Sample> &series, const DeploymentSession::Sample &sample)
{
    if (!series.isEmpty() && series.constLast().at == sample.at)
        return;
    series.append(sample);
    if (series.size() > kMaxSamples) {
        // Keep the shape: drop every other point of the older half.
        QList<DeploymentSession::Sample> thinned;
        thinned.reserve(kMaxSamples);
        for (qsizetype i = 0; i < series.size(); ++i) {
            if (i >= series.size() / 2 || i % 2 == 0)
                thinned.append(series.at(i));
        }
        series = std::move(thinned);
    }
}

} // namespace

DeploymentSession::DeploymentSession(api::ConnectionSettings settings, QString displayName, QObject *parent)
    : QObject(parent)
    , m_name(std::move(displayName))
    , m_client(std::make_unique<api::ManagementClient>(std::move(settings)))
    , m_poller(std::make_unique<api::DeploymentPoller>(*m_client))
    , m_reboots(std::make_unique<ManualReboots>(*m_poller))
    , m_syslog(std::make_unique<SyslogLink>(*m_client, m_log))
{
    m_poller->setDetectCapabilities(true);
    m_poller->setRunObserver(&m_observer);
    connect(m_poller.get(), &api::DeploymentPoller::snapshotReady, this, &DeploymentSession::onSnapshot);
    connect(m_poller.get(), &api::DeploymentPoller::stateChanged, this, &DeploymentSession::connectionChanged);
    connect(m_poller.get(), &api::DeploymentPoller::failed, this, [this](const Error &e) {
        Q_EMIT failed(e);
        Q_EMIT connectionChanged();
    });
    connect(&m_health, &HealthChecks::decided, this, &DeploymentSession::onHealthCheck);
    m_connectionTimer.setInterval(std::chrono::seconds(5));
    connect(&m_connectionTimer, &QTimer::timeout, this, &DeploymentSession::checkConnection);
}

DeploymentSession::~DeploymentSession()
{
    m_poller->stop();
}

void DeploymentSession::start()
{
    m_poller->start();
    m_connectionTimer.start();
}

void DeploymentSession::stop()
{
    m_poller->stop();
    m_connectionTimer.stop();
}

void DeploymentSession::setAlertWebhook(std::unique_ptr<AlertWebhook> webhook)
{
    m_webhook = std::move(webhook);
    if (m_webhook)
        connect(&m_alerts, &AlertMonitor::raised, m_webhook.get(), &AlertWebhook::send);
}

void DeploymentSession::checkConnection()
{
    m_alerts.watchConnection(*m_poller, QDateTime::currentDateTimeUtc());
}

void DeploymentSession::onHealthCheck(const HealthCheck &check)
{
    const bool failed = check.verdict == HealthCheck::Verdict::Failed;
    if (const Result<void> kept = recordAdminAction(check.recordedAs(), check.nodeId, check.node, 0, check.findings());
        !kept) {
        qCWarning(lcSession).noquote() << kept.error().message;
    }
    if (!failed)
        return;
    qCWarning(lcSession).noquote() << "Health check failed:" << check.node << check.text();
    const bool stopDrain = m_drainAhead && m_drainAhead->isEnabled();
    if (stopDrain)
        (void)m_drainAhead->setEnabled(false); // its nodes go back into service
    m_alerts.healthCheckFailed(check, stopDrain);
}

Result<void> DeploymentSession::keepRunRecord(const QString &directory)
{
    m_runStore = std::make_unique<ObservedRunStore>(m_observer, directory, m_client->settings().baseUrl);
    m_runStore->keepWritten(*m_poller, [this](const Error &error) {
        qCWarning(lcSession).noquote() << error.message;
        Q_EMIT failed(error);
    });
    return m_runStore->load();
}

void DeploymentSession::keepAdminActions(const QString &directory)
{
    m_adminActions = std::make_unique<AdminActionLog>(directory, m_client->settings().baseUrl);
}

Result<void> DeploymentSession::recordAdminAction(AdminAction::Kind kind, int nodeId, const QString &node, int calls,
                                                  const QString &detail)
{
    if (!m_adminActions)
        return ResultOk;
    return m_adminActions->append(
        AdminAction{kind, m_client->serverNow(), nodeId, node, calls, m_client->settings().user, detail});
}

void DeploymentSession::keepDrainAhead(const QString &directory)
{
    m_drainAhead = std::make_unique<DrainAheadRunner>(*m_client, m_run, directory);
    connect(m_drainAhead.get(), &DrainAheadRunner::refreshWanted, this, &DeploymentSession::refreshNow);
    if (const auto &last = snapshot())
        m_drainAhead->update(*last);
}

void DeploymentSession::setRefreshInterval(std::chrono::milliseconds interval)
{
    m_poller->setInterval(interval);
}

void DeploymentSession::refreshNow()
{
    m_poller->refreshNow();
}

qint64 DeploymentSession::dataAgeSeconds() const
{
    const QDateTime last = m_poller->lastSuccess();
    return last.isValid() ? last.secsTo(QDateTime::currentDateTimeUtc()) : -1;
}

bool DeploymentSession::isStale() const
{
    const qint64 age = dataAgeSeconds();
    const qint64 limit = 3 * std::max<qint64>(1, m_poller->interval().count() / 1000);
    return age < 0 || age > limit;
}

QString DeploymentSession::connectionText() const
{
    QString text = api::DeploymentPoller::stateLabel(m_poller->state());
    const qint64 age = dataAgeSeconds();
    if (age >= 0)
        text = tr("%1 — data %2 old").arg(text, DeploymentModel::formatSeconds(age));
    if (m_poller->state() == api::DeploymentPoller::State::Stopped && m_poller->lastError())
        text = tr("%1: %2").arg(text, m_poller->lastError()->message);
    return text;
}

QString DeploymentSession::nodeName(int id) const
{
    const int row = m_nodes.rowForId(id);
    return row >= 0 ? m_nodes.row(row).name : QString::number(id);
}

// Out of line on purpose: inlined into callers, GCC 12 takes the poller for a
// possible null and warns (-Wnull-dereference, an error in CI).
const std::optional<api::Snapshot> &DeploymentSession::snapshot() const
{
    return m_poller->lastSnapshot();
}

void DeploymentSession::onSnapshot(const api::Snapshot &snapshot)
{
    if (m_drainAhead) { // the forecast counts on drain ahead while it is on
        m_run.setDrainAhead(m_drainAhead->isEnabled() && m_drainAhead->insideWindow()
                                ? std::optional<DrainSettings>(m_drainAhead->settings())
                                                      : std::nullopt,
                            m_drainAhead->drained());
    }
    m_run.update(snapshot);
    m_health.update(snapshot, m_run, m_drainAhead ? m_drainAhead->drained() : QList<int>());
    m_alerts.update(snapshot, m_run);
    m_nodes.update(snapshot.nodes, snapshot.configurations);
    m_nodes.setServerTime(snapshot.serverTime);
    m_nodes.setEtas(m_run.etas(), m_run.afterStop());
    m_nodes.setHealth(healthByNode(m_health));
    if (snapshot.run)
        m_log.noteRun(snapshot.run->id, snapshot.run->startedAt, snapshot.run->endedAt.value_or(QDateTime()));
    m_log.setUpgradeInProgress(m_run.isActive());
    m_log.append(snapshot.newLogEntries);
    record(snapshot);
    if (m_drainAhead)
        m_drainAhead->update(snapshot);
    Q_EMIT updated();
    Q_EMIT connectionChanged();
}

void DeploymentSession::record(const api::Snapshot &snapshot)
{
    if (!snapshot.run || !snapshot.serverTime.isValid())
        return;
    if (snapshot.run->startedAt != m_runStartedAt) { // a new run: new charts
        m_runStartedAt = snapshot.run->startedAt;
        m_upgraded.clear();
        m_drain.clear();
        append(m_upgraded, Sample{snapshot.run->startedAt, 0});
    }
    if (!m_run.isActive() && !m_upgraded.isEmpty() && m_upgraded.constLast().value == snapshot.run->systemsUpgraded)
        return;
    append(m_upgraded, Sample{snapshot.serverTime, static_cast<double>(snapshot.run->systemsUpgraded)});
    QSet<int> inMaintenance;
    for (const api::WorkerVmStatus &n : snapshot.nodes) {
        if (!n.maintenanceMode || !m_run.isActive())
            continue;
        inMaintenance.insert(n.id);
        append(m_drain[n.id], Sample{snapshot.serverTime, static_cast<double>(n.signalingCount)});
    }
    for (auto it = m_drain.begin(); it != m_drain.end();) {
        it = inMaintenance.contains(it.key()) ? std::next(it) : m_drain.erase(it);
    }
}

} // namespace iuc
