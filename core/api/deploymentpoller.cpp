#include "core/api/deploymentpoller.h"

#include "core/api/apierrors.h"
#include "core/api/deploymentjoin.h"
#include "core/api/managementclient.h"
#include "core/api/runobserver.h"
#include "core/domain/logging.h"

#include <QPointer>
#include <QRandomGenerator>

#include <QCoro/QCoroTask>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace iuc::api {

using namespace std::chrono_literals;

namespace {

// Errors the admin must fix: trying again would only repeat them (and, for
// a wrong password, could lock the account).
bool needsTheAdmin(const Error &e)
{
    return e.is(ApiError::Unauthorized) || e.is(ApiError::Forbidden) || e.isIn(TlsError::Domain);
}

constexpr int kConfigurationEvery = 12; // chains between configuration reads (addresses, deployment types)

} // namespace

DeploymentPoller::DeploymentPoller(ManagementClient &client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] { QCoro::connect(refresh(), this, [] {}); });
}

DeploymentPoller::~DeploymentPoller() = default;

QString DeploymentPoller::stateLabel(State state)
{
    switch (state) {
    case State::Idle:
        return tr("Not connected");
    case State::Connecting:
        return tr("Connecting…");
    case State::Live:
        return tr("Connected");
    case State::Rebooting:
        return tr("Management Node rebooting (expected during an upgrade); reconnecting…");
    case State::Retrying:
        return tr("Connection problem; retrying…");
    case State::Stopped:
        return tr("Stopped: action needed");
    }
    return {};
}

void DeploymentPoller::setCapabilities(Capabilities capabilities)
{
    m_capabilities = std::move(capabilities);
}

void DeploymentPoller::setInterval(std::chrono::milliseconds interval)
{
    m_interval = std::clamp<std::chrono::milliseconds>(interval, 500ms, 10min);
}

void DeploymentPoller::start()
{
    m_started = true;
    if (m_state == State::Idle || m_state == State::Stopped)
        setState(State::Connecting);
    scheduleNext(0ms);
}

void DeploymentPoller::stop()
{
    m_started = false;
    m_timer.stop();
    setState(State::Idle);
}

void DeploymentPoller::refreshNow()
{
    if (m_running) {
        m_again = true;
        return;
    }
    scheduleNext(0ms);
}

void DeploymentPoller::setState(State state)
{
    if (state == m_state)
        return;
    qCDebug(lcPoller) << "state" << m_state << "->" << state;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void DeploymentPoller::scheduleNext(std::chrono::milliseconds delay)
{
    if (!m_started)
        return;
    m_timer.start(delay);
}

std::chrono::milliseconds DeploymentPoller::backoffDelay(int failures, std::chrono::milliseconds interval, double unit)
{
    const int exponent = std::clamp(failures - 1, 0, 6);
    const auto base = std::min<std::chrono::milliseconds>(interval * (1 << exponent), 60s);
    const double jitter = 0.5 + std::clamp(unit, 0.0, 1.0);
    return std::chrono::milliseconds(static_cast<qint64>(static_cast<double>(base.count()) * jitter));
}

std::chrono::milliseconds DeploymentPoller::nextChainIn() const
{
    return m_timer.isActive() ? std::chrono::milliseconds(m_timer.remainingTime()) : -1ms;
}

bool DeploymentPoller::managementInItsUpgrade() const
{
    if (!m_last)
        return false;
    if (m_last->management.upgradeStatus.isInAnUpgrade())
        return true; // in one of its upgrade statuses, or in one this console cannot read
    const std::optional<UpgradeRun> &run = m_last->run;
    return run && run->state == u"running"_s && run->managementIncluded && !run->managementUpgradedAt;
}

Error DeploymentPoller::overdueReboot(const Error &error)
{
    if (!error.is(ApiError::Unreachable)) {
        m_silentSince = QDateTime();
        return error;
    }
    const bool rebootExpected = m_rebootExpectedUntil.isValid() && m_wallClock() < m_rebootExpectedUntil;
    if (m_silentSince.isNull() && !managementInItsUpgrade() && !rebootExpected)
        return error;
    const QDateTime now = m_wallClock();
    if (m_silentSince.isNull()) {
        m_silentSince = now;
        // Debug: the front ends say it in their own words ("rebooting, as
        // expected during an upgrade").
        qCDebug(lcPoller).noquote() << (rebootExpected ? u"the Management Node stopped answering after the admin was "
                                                        u"told how to reboot it: taken for that reboot"_s
                                                      : u"the Management Node stopped answering in its upgrade: "
                                                        u"taken for its reboot (R1)"_s);
    }
    if (m_silentSince.secsTo(now) < std::chrono::seconds(kRebootBudget).count())
        return error;
    QVariantMap details = error.details;
    details.insert(u"reboot_overdue"_s, true);
    return Error{ApiError::Unreachable,
                 tr("The Management Node has not answered for %1 min since it went down for its reboot, "
                    "longer than the vendor says a reboot takes. Look at its console in the hypervisor; this "
                    "console keeps trying. (%2)")
                     .arg(m_silentSince.secsTo(now) / 60)
                     .arg(error.message),
                 details};
}

void DeploymentPoller::expectManagementReboot()
{
    m_rebootExpectedUntil = m_wallClock().addSecs(std::chrono::seconds(kRebootBudget).count());
}

std::chrono::milliseconds DeploymentPoller::backoff() const
{
    return backoffDelay(m_failures, m_interval, QRandomGenerator::global()->generateDouble());
}

QCoro::Task<void> DeploymentPoller::refresh()
{
    if (m_running)
        co_return;
    m_running = true;
    QPointer<DeploymentPoller> self(this);
    Result<Snapshot> result = co_await fetch();
    if (!self)
        co_return; // the poller went away while the chain ran
    m_running = false;
    chainFinished(result);
}

QCoro::Task<Result<Snapshot>> DeploymentPoller::fetch()
{
    Snapshot s;
    auto management = co_await m_client.managementVm();
    if (!management)
        co_return management.error();
    s.management = std::move(management.value());

    auto nodes = co_await m_client.workerVms();
    if (!nodes)
        co_return nodes.error();
    s.nodes = std::move(nodes.value());

    // First contact, or the Management Node upgraded itself (R1): what it
    // offers may have changed.
    const bool first = m_detect && !m_detected;
    if (first || (m_capabilities.schemasRead && s.management.version.text != m_capabilities.managementVersion.text)) {
        Result<Capabilities> detected = co_await detectCapabilities(m_client);
        if (!detected)
            co_return detected.error(); // tried again with the next chain
        m_detected = true;
        m_capabilities = std::move(detected.value());
    }
    s.capabilities = m_capabilities;

    // Configurations change rarely: read them at first, every few chains,
    // and whenever the set of nodes changed.
    QSet<int> nodeIds;
    for (const WorkerVmStatus &n : std::as_const(s.nodes))
        nodeIds.insert(n.id);
    if (nodeIds != m_configuredNodes || m_chains % kConfigurationEvery == 0) {
        auto configurations = co_await m_client.workerVmConfigurations();
        if (!configurations)
            co_return configurations.error();
        // A real node names locations by URI: their names come from system_location/.
        if (needsLocationNames(configurations.value()) && m_capabilities.systemLocations()) {
            auto locations = co_await m_client.systemLocations();
            if (locations)
                resolveLocations(configurations.value(), locations.value());
            else if (!locations.error().is(ApiError::NotFound))
                co_return locations.error();
        }
        m_configurations = configurationsByNode(s.nodes, configurations.value());
        m_configuredNodes = nodeIds;
    } else {
        takeConfiguredLocations(s.nodes, m_configurations);
    }
    s.configurations = m_configurations;

    // Extensions: asked for unless the node's schemas say it has none.
    if (!m_capabilities.lacks(Resource::UpgradeRun)) {
        auto run = co_await m_client.currentRun(false);
        if (!run) {
            if (!run.error().is(ApiError::NotFound))
                co_return run.error();
        } else {
            s.run = std::move(run.value());
        }
    }

    auto alarms = co_await m_client.alarms();
    if (!alarms)
        co_return alarms.error();
    s.alarms = std::move(alarms.value());

    if (!m_capabilities.lacks(Resource::Log)) {
        auto log = co_await m_client.logAfter(m_lastLogId);
        if (log) {
            s.newLogEntries = std::move(log.value());
            if (!s.newLogEntries.isEmpty())
                m_lastLogId = s.newLogEntries.constLast().id;
        } else if (!log.error().is(ApiError::NotFound)) {
            co_return log.error();
        }
    }

    s.serverTime = m_client.serverNow();
    s.receivedAt = QDateTime::currentDateTimeUtc();
    co_return s;
}

void DeploymentPoller::chainFinished(const Result<Snapshot> &result)
{
    ++m_chains;
    if (result) {
        m_failures = 0;
        m_lastError.reset();
        if (!m_silentSince.isNull())
            m_rebootExpectedUntil = QDateTime(); // away and back: that reboot is over
        m_silentSince = QDateTime();
        m_last = result.value();
        m_lastSuccess = m_last->receivedAt;
        m_inference.classify(*m_last);
        const bool observed = m_observer && m_observer->observe(*m_last);
        setState(State::Live);
        qCDebug(lcPoller) << "chain" << m_chains << "read" << m_last->nodes.size() << "nodes";
        if (observed)
            Q_EMIT runObserved();
        Q_EMIT snapshotReady(*m_last);
        scheduleNext(m_again ? 0ms : m_interval);
        m_again = false;
        return;
    }
    const Error error = overdueReboot(result.error());
    ++m_failures;
    m_lastError = error;
    m_again = false;
    qCDebug(lcPoller).noquote() << "chain" << m_chains << "failed (" << m_failures << "in a row):" << error.code;
    Q_EMIT failed(error);
    if (needsTheAdmin(error)) {
        setState(State::Stopped);
        m_started = false;
        return;
    }
    if (!m_silentSince.isNull() && !error.details.contains(u"reboot_overdue"_s)) {
        // R1 on a real node: its reboot; tried calmly, not in a backoff race.
        setState(State::Rebooting);
        scheduleNext(kRebootRetry);
        return;
    }
    if (error.is(ApiError::Rebooting)) {
        // R1: expected; come back when the server says it will be up.
        setState(State::Rebooting);
        const qint64 retry = error.details.value(u"retry_after_seconds"_s).toLongLong();
        scheduleNext(std::clamp<std::chrono::milliseconds>(std::chrono::seconds(retry > 0 ? retry : 5), 1s, 30s));
        return;
    }
    setState(m_last ? State::Retrying : State::Connecting);
    scheduleNext(backoff());
}

} // namespace iuc::api
