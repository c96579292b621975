#include "core/session/alertmonitor.h"

#include "core/api/deploymentpoller.h"
#include "core/domain/logging.h"
#include "core/model/deploymentmodel.h"
#include "core/model/logline.h"

using namespace Qt::StringLiterals;

namespace iuc {

namespace {

bool ended(RunSummary::State state)
{
    switch (state) {
    case RunSummary::State::Completed:
    case RunSummary::State::Stopped:
    case RunSummary::State::Abandoned:
    case RunSummary::State::ManagementFailed:
    case RunSummary::State::Ended:
        return true;
    default:
        return false;
    }
}

} // namespace

QString Alert::summary() const
{
    QString line = title;
    if (!text.isEmpty())
        line += u": "_s + text;
    if (!action.isEmpty())
        line += u" "_s + action;
    return line;
}

QString Alert::kindName(Kind kind)
{
    switch (kind) {
    case Kind::NodeTimedOut:
        return u"node_timed_out"_s;
    case Kind::NodeUnreachable:
        return u"node_unreachable"_s;
    case Kind::HealthCheckFailed:
        return u"health_check_failed"_s;
    case Kind::ForecastCut:
        return u"forecast_cut"_s;
    case Kind::RunFinished:
        return u"run_finished"_s;
    case Kind::RunStopped:
        return u"run_stopped"_s;
    case Kind::ConnectionLost:
        return u"connection_lost"_s;
    case Kind::LogError:
        return u"log_error"_s;
    }
    return {};
}

AlertMonitor::AlertMonitor(QObject *parent)
    : QObject(parent)
{
}

void AlertMonitor::raise(Alert alert)
{
    if (m_raisedKeys.contains(alert.key))
        return;
    m_raisedKeys.insert(alert.key);
    qCDebug(lcSession).noquote() << "Alert:" << alert.summary();
    m_alerts.append(alert);
    if (m_alerts.size() > kKept)
        m_alerts.removeFirst();
    Q_EMIT raised(alert);
}

void AlertMonitor::update(const api::Snapshot &snapshot, const RunSummary &run)
{
    if (m_connectionAlerted) // a good refresh: the connection is back
        m_connectionAlerted = false;
    if (const std::optional<api::UpgradeRun> &r = run.run())
        m_runKey = r->startedAt.toString(Qt::ISODate);
    nodeAlerts(snapshot, run);
    runAlerts(snapshot, run);
    logAlerts(snapshot, run);
}

void AlertMonitor::nodeAlerts(const api::Snapshot &snapshot, const RunSummary &run)
{
    for (const api::WorkerVmStatus &node : snapshot.nodes) {
        const NodeStatus::Code code = node.upgradeStatus.code();
        const NodeStatus::Code before = m_lastStatus.value(node.id, code);
        m_lastStatus.insert(node.id, code);
        if (!run.isActive())
            continue;
        if (code == NodeStatus::Code::CallsTimeout && before != code) {
            raise(Alert{Alert::Kind::NodeTimedOut,
                        u"timeout/%1/%2/%3"_s.arg(m_runKey).arg(node.id).arg(node.upgradeAttempts.value_or(0)),
                        tr("%1 timed out").arg(node.name),
                        tr("its calls did not clear within the hour the Management Node waits; it goes to the back "
                           "of the queue."),
                        tr("Look at its calls: disconnect them if they may end, or let it retry later."),
                        snapshot.serverTime, node.id, node.name});
        } else if (code == NodeStatus::Code::Unreachable) {
            raise(Alert{Alert::Kind::NodeUnreachable, u"unreachable/%1/%2"_s.arg(m_runKey).arg(node.id),
                        tr("%1 unreachable").arg(node.name),
                        tr("the Management Node cannot reach it; the run goes on without it."),
                        tr("Check the node in its hypervisor and its network; once it answers, the Management Node "
                           "tries it again."),
                        snapshot.serverTime, node.id, node.name});
        }
    }
}

void AlertMonitor::runAlerts(const api::Snapshot &snapshot, const RunSummary &run)
{
    const RunSummary::State state = run.state();
    const bool wasActive =
        m_lastState == RunSummary::State::Running || m_lastState == RunSummary::State::ManagementUpgrading;
    if (run.isActive() && run.forecastCutByDeadline() && !m_lastCut) {
        raise(Alert{Alert::Kind::ForecastCut, u"cut/%1"_s.arg(m_runKey), tr("The run will be cut at 24 hours"),
                    tr("Conferencing Nodes the forecast leaves on the old version when the Management Node stops "
                       "the run: %1.")
                        .arg(run.forecastLeftBehind()),
                    tr("Turn on drain ahead, disconnect calls on waiting nodes, or plan a second run for the rest."),
                    snapshot.serverTime, -1, {}});
    }
    m_lastCut = run.isActive() && run.forecastCutByDeadline();
    if (wasActive && ended(state)) {
        if (state == RunSummary::State::Completed) {
            raise(Alert{Alert::Kind::RunFinished, u"end/%1"_s.arg(m_runKey), tr("The upgrade finished"),
                        tr("%1 of %2 systems are on %3.").arg(run.upgraded()).arg(run.total()).arg(run.targetLabel()),
                        tr("Export the report for the change record."), snapshot.serverTime, -1, {}});
        } else {
            raise(Alert{Alert::Kind::RunStopped, u"end/%1"_s.arg(m_runKey), tr("The upgrade stopped"),
                        tr("%1 (%2 of %3 systems upgraded).")
                            .arg(RunSummary::stateLabel(state))
                            .arg(run.upgraded())
                            .arg(run.total()),
                        tr("Look at the nodes left behind; upload the package again to upgrade only those."),
                        snapshot.serverTime, -1, {}});
        }
    }
    m_lastState = state;
}

void AlertMonitor::logAlerts(const api::Snapshot &snapshot, const RunSummary &run)
{
    QStringList errors;
    QString key;
    for (const api::LogEntry &entry : snapshot.newLogEntries) {
        const LogLine line = parseLogLine(entry.line);
        if (classify(line, run.isActive()) != LogSeverity::Error)
            continue;
        errors << (line.message.isEmpty() ? entry.line : line.message);
        if (key.isEmpty())
            key = u"log/%1/%2"_s.arg(entry.id).arg(qHash(entry.line));
    }
    if (errors.isEmpty())
        return;
    raise(Alert{Alert::Kind::LogError, key,
                errors.size() == 1 ? tr("An ERROR in the administrator log")
                                   : tr("%1 ERRORs in the administrator log").arg(errors.size()),
                errors.constFirst(),
                tr("Read the log panel; this is not one of the errors an upgrade is expected to log."),
                snapshot.serverTime, -1, {}});
}

void AlertMonitor::healthCheckFailed(const HealthCheck &check, bool drainAheadStopped)
{
    raise(Alert{Alert::Kind::HealthCheckFailed,
                u"health/%1/%2"_s.arg(m_runKey).arg(check.nodeId),
                tr("%1 failed its health check").arg(check.node),
                check.findings() + u"."_s,
                drainAheadStopped ? tr("Drain ahead is stopped. Look at the node before more nodes go down; the "
                                       "Management Node goes on with its run.")
                                  : tr("Look at the node before more nodes go down; the Management Node goes on with "
                                       "its run."),
                check.decidedAt, check.nodeId, check.node});
}

void AlertMonitor::watchConnection(const api::DeploymentPoller &poller, const QDateTime &now)
{
    const QDateTime lastGood = poller.lastSuccess();
    if (!lastGood.isValid())
        return; // never connected: the connection's own error says so
    connection(std::chrono::seconds(lastGood.secsTo(now)), poller.state() == api::DeploymentPoller::State::Rebooting,
               now, poller.lastError() ? poller.lastError()->message : QString());
}

void AlertMonitor::connection(std::optional<std::chrono::seconds> dataAge, bool rebooting, const QDateTime &now,
                              const QString &why)
{
    if (!dataAge || *dataAge < (rebooting ? 4 * m_connectionLimit : m_connectionLimit) || m_connectionAlerted)
        return;
    m_connectionAlerted = true;
    Alert alert{Alert::Kind::ConnectionLost,
                u"connection/%1"_s.arg(now.toString(Qt::ISODate)),
                tr("No contact with the Management Node"),
                tr("no good refresh for %1%2.")
                    .arg(DeploymentModel::formatSeconds(dataAge->count()),
                         why.isEmpty() ? QString() : tr(" (%1)").arg(why)),
                tr("The console keeps trying. Check the network to the Management Node; during its own upgrade "
                   "it reboots for a few minutes."),
                now, -1, {}};
    raise(std::move(alert));
}

} // namespace iuc
