#include "core/session/runsummary.h"

#include "core/engine/upgradeengine.h"
#include "core/model/deploymentmodel.h"

#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace iuc {

using Code = NodeStatus::Code;

namespace {

RunSummary::State stateOf(const api::UpgradeRun &run, const api::ManagementVm &management)
{
    if (run.state == u"running"_s) {
        const bool managementDone = management.upgradeStatus.code() == Code::Idle && run.targetVersion.version.isValid()
                                    && management.version.version.isSameBuild(run.targetVersion.version);
        return managementDone ? RunSummary::State::Running : RunSummary::State::ManagementUpgrading;
    }
    if (run.state == u"completed"_s)
        return RunSummary::State::Completed;
    if (run.state == u"stopped"_s)
        return RunSummary::State::Stopped;
    if (run.state == u"abandoned"_s)
        return RunSummary::State::Abandoned;
    if (run.state == u"management_failed"_s)
        return RunSummary::State::ManagementFailed;
    if (run.state == u"ended"_s)
        return RunSummary::State::Ended;
    return RunSummary::State::Unknown;
}

Duration between(const QDateTime &from, const QDateTime &to)
{
    return Duration(from.msecsTo(to));
}

} // namespace

RunSummary::RunSummary(QObject *parent)
    : QObject(parent)
{
}

QString RunSummary::stateLabel(State state)
{
    switch (state) {
    case State::NoRun:
        return tr("No upgrade has run");
    case State::ManagementUpgrading:
        return tr("Upgrading the Management Node");
    case State::Running:
        return tr("Upgrading Conferencing Nodes");
    case State::Completed:
        return tr("Completed");
    case State::Stopped:
        return tr("Stopped at the 24-hour limit");
    case State::Abandoned:
        return tr("Abandoned (Management Node rebooted)");
    case State::ManagementFailed:
        return tr("Management Node upgrade failed");
    case State::Ended:
        return tr("Ended with systems not upgraded");
    case State::Unknown:
        break;
    }
    return tr("Unknown state");
}

QString RunSummary::targetVersion() const
{
    return m_run ? m_run->targetVersion.text : QString();
}

QString RunSummary::targetLabel() const
{
    const QString target = targetVersion();
    return target.isEmpty() ? tr("the new version") : target;
}

int RunSummary::upgraded() const
{
    return m_run ? m_run->systemsUpgraded : 0;
}

int RunSummary::total() const
{
    return m_run ? m_run->systemsIncluded : 0;
}

bool RunSummary::isLocked() const
{
    return m_run && m_run->locked;
}

std::optional<qint64> RunSummary::elapsedSeconds() const
{
    if (!m_run || !m_serverTime.isValid())
        return std::nullopt;
    const QDateTime end = m_run->endedAt.value_or(m_serverTime);
    return std::max<qint64>(0, m_run->startedAt.secsTo(end));
}

std::optional<qint64> RunSummary::secondsToDeadline() const
{
    if (!m_run || !isActive() || !m_serverTime.isValid())
        return std::nullopt;
    return std::max<qint64>(0, m_serverTime.secsTo(m_run->deadlineAt));
}

void RunSummary::update(const api::Snapshot &snapshot)
{
    m_serverTime = snapshot.serverTime;
    m_run = snapshot.run;
    m_state = m_run ? stateOf(*m_run, snapshot.management) : State::NoRun;
    learnDurations(snapshot);
    computeForecast(snapshot);
    Q_EMIT changed();
}

void RunSummary::addSample(std::deque<Duration> &samples, Duration d)
{
    if (d <= Duration::zero() || d > std::chrono::hours(6))
        return; // not a plausible step duration: a clock jump or a missed refresh
    samples.push_back(d);
    if (samples.size() > 64)
        samples.pop_front();
}

Duration RunSummary::median(const std::deque<Duration> &samples, Duration fallback)
{
    if (samples.empty())
        return fallback;
    std::vector<Duration> sorted(samples.begin(), samples.end());
    std::nth_element(sorted.begin(), sorted.begin() + static_cast<std::ptrdiff_t>(sorted.size() / 2), sorted.end());
    return sorted[sorted.size() / 2];
}

void RunSummary::learnDurations(const api::Snapshot &snapshot)
{
    // A node seen entering a new status tells how long the previous one
    // lasted, on the Management Node's clock.
    QHash<int, Seen> now;
    for (const api::WorkerVmStatus &n : snapshot.nodes) {
        const QDateTime since = n.upgradeStatusSince.value_or(QDateTime());
        now.insert(n.id, Seen{n.upgradeStatus.code(), since});
        const auto before = m_seen.constFind(n.id);
        if (before == m_seen.constEnd() || !since.isValid() || !before->since.isValid() || before->status == n.upgradeStatus.code())
            continue;
        const Duration lasted = between(before->since, since);
        if (before->status == Code::Upgrading && n.upgradeStatus.code() == Code::Rebooting)
            addSample(m_installSamples, lasted);
        else if (before->status == Code::Rebooting && n.upgradeStatus.code() == Code::Idle)
            addSample(m_rebootSamples, lasted);
        else if (before->status == Code::WaitingForCalls && n.upgradeStatus.code() == Code::Upgrading)
            addSample(m_drainSamples, lasted);
    }
    m_seen = std::move(now);
    const ForecastEstimates defaults;
    m_estimates.install = median(m_installSamples, defaults.install);
    m_estimates.reboot = median(m_rebootSamples, defaults.reboot);
    m_estimates.drain = median(m_drainSamples, defaults.drain);
}

void RunSummary::setDrainAhead(std::optional<DrainSettings> settings, const QList<int> &drained)
{
    m_drainAhead = settings;
    m_drainedAhead = drained;
}

ForecastEstimates::DrainAhead RunSummary::drainAheadEstimates(const api::Snapshot &snapshot, TimePoint now) const
{
    ForecastEstimates::DrainAhead d;
    d.settings = *m_drainAhead;
    // Media tokens where every node reports them, else one node one share
    // (as DrainAheadRunner weighs them).
    const bool tokens = std::all_of(snapshot.nodes.cbegin(), snapshot.nodes.cend(),
                                    [](const api::WorkerVmStatus &n) { return n.maxMediaTokens.has_value(); });
    for (const api::WorkerVmStatus &n : snapshot.nodes) {
        d.locations.insert(n.id, n.systemLocation);
        if (tokens)
            d.capacity.insert(n.id, std::max(1, *n.maxMediaTokens));
    }
    for (const int id : m_drainedAhead)
        d.drainedSince.insert(id, now); // since when is not known: from now, the later
    return d;
}

void RunSummary::computeForecast(const api::Snapshot &snapshot)
{
    m_finish.reset();
    m_cut = false;
    m_leftBehindForecast = 0;
    m_etas.clear();
    m_afterStop.clear();
    if (!m_run || !isActive() || !snapshot.serverTime.isValid() || !m_run->targetVersion.version.isValid())
        return;

    const TimePoint now = fromDateTime(snapshot.serverTime);
    const Version &target = m_run->targetVersion.version;
    std::vector<ObservedNode> observed;
    observed.reserve(static_cast<size_t>(snapshot.nodes.size()));
    for (const api::WorkerVmStatus &n : snapshot.nodes) {
        ObservedNode o;
        const Code code = n.upgradeStatus.isKnown() ? n.upgradeStatus.code() : Code::Idle;
        o.spec = NodeSpec{n.id, n.name, n.version.version, n.signalingCount, code != Code::Unreachable};
        o.status = code;
        o.statusSince = n.upgradeStatusSince ? fromDateTime(*n.upgradeStatusSince) : now;
        o.maintenance = n.maintenanceMode;
        // Without per-node history a node on the target counts as done,
        // whether this run upgraded it or it was there before: the same
        // for what is left to forecast.
        const bool onTarget = n.version.version.isValid() && n.version.version.isSameBuild(target);
        o.included = !onTarget;
        o.upgraded = false;
        o.attempts = n.upgradeAttempts.value_or(0);
        observed.push_back(o);
    }
    ObservedRun run;
    run.target = target;
    run.initiatedAt = fromDateTime(m_run->startedAt);
    run.deadlineAt = fromDateTime(m_run->deadlineAt);
    run.lockUntil = fromDateTime(m_run->lockUntil);
    run.managementPhase = m_state == State::ManagementUpgrading;
    run.queue.assign(m_run->queue.begin(), m_run->queue.end());

    EngineSettings settings;
    settings.maxParallel = std::clamp(m_run->maxParallel, 1, EngineSettings::kMaxParallelLimit);
    if (m_run->drainTimeoutSeconds > 0)
        settings.drainTimeout = std::chrono::seconds(m_run->drainTimeoutSeconds);
    settings.runDeadline = between(m_run->startedAt, m_run->deadlineAt);

    ManagementState management;
    management.name = snapshot.management.name;
    management.version = snapshot.management.version.version;
    const Code mgmt = snapshot.management.upgradeStatus.code();
    management.status = (mgmt == Code::Upgrading || mgmt == Code::Rebooting) ? mgmt : Code::Idle;
    management.statusSince = snapshot.management.upgradeStatusSince ? fromDateTime(*snapshot.management.upgradeStatusSince) : now;

    const UpgradeEngine engine = UpgradeEngine::fromObserved(settings, management, observed, run, now);
    ForecastEstimates estimates = m_estimates;
    if (m_drainAhead && m_state == State::Running)
        estimates.drainAhead = drainAheadEstimates(snapshot, now);
    const ForecastResult f = forecast(engine, estimates);
    m_finish = f.finishAt ? std::optional<QDateTime>(toDateTime(*f.finishAt)) : std::nullopt;
    m_cut = f.cutByDeadline;
    m_leftBehindForecast = static_cast<int>(f.leftBehind.size());
    for (const NodeId id : f.leftBehind)
        m_afterStop.insert(id);
    for (const NodeForecast &nf : f.nodes) {
        if (nf.eta)
            m_etas.insert(nf.id, toDateTime(*nf.eta));
    }
}

QString RunSummary::summary() const
{
    if (!m_run)
        return stateLabel(State::NoRun);
    const QString elapsed = elapsedSeconds() ? DeploymentModel::formatSeconds(*elapsedSeconds()) : QString();
    if (!isActive()) {
        return tr("%1: upgrade to %2; %3 of %4 systems upgraded in %5.")
            .arg(stateLabel(m_state), targetLabel())
            .arg(upgraded())
            .arg(total())
            .arg(elapsed);
    }
    QString text = tr("%1 to %2: %3 of %4 systems upgraded, %5 elapsed, %6 to the 24-hour stop.")
                       .arg(stateLabel(m_state), targetLabel())
                       .arg(upgraded())
                       .arg(total())
                       .arg(elapsed, DeploymentModel::formatSeconds(secondsToDeadline().value_or(0)));
    if (m_cut) {
        text += QLatin1Char(' ')
                + tr("Forecast: the 24-hour stop will cut the run short; %1 Conferencing Nodes would be left behind.")
                      .arg(m_leftBehindForecast);
    } else if (m_finish) {
        text += QLatin1Char(' ')
                + tr("Forecast finish: %1.").arg(m_finish->toTimeZone(QTimeZone::utc()).toString(u"yyyy-MM-dd HH:mm 'UTC'"_s));
    }
    return text;
}

} // namespace iuc
