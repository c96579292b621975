// status and watch: the deployment as a table, once or live.

#include "cli/commands/commands.h"
#include "cli/commands/drainaheadwatch.h"

#include "core/api/deploymentpoller.h"
#include "core/domain/naturalorder.h"
#include "core/model/deploymentmodel.h"
#include "core/model/logmodel.h"
#include "core/session/alertmonitor.h"
#include "core/session/alertwebhook.h"
#include "core/session/healthchecks.h"
#include "core/session/runsummary.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

#include <QCoro/QCoroTimer>


using namespace Qt::StringLiterals;

namespace iuc::cli {

using namespace std::chrono_literals;

namespace {


QString utc(const QDateTime &t)
{
    return t.toTimeZone(QTimeZone::utc()).toString(u"yyyy-MM-dd HH:mm:ss 'UTC'"_s);
}

// Status as text and colour: colour is a help, never the only signal.
QString statusText(const Terminal &t, const NodeStatus &status)
{
    switch (status.code()) {
    case NodeStatus::Code::Unreachable:
    case NodeStatus::Code::CallsTimeout:
        return t.red(status.label());
    case NodeStatus::Code::WaitingForCalls:
    case NodeStatus::Code::Preparing:
    case NodeStatus::Code::Upgrading:
    case NodeStatus::Code::Rebooting:
        return t.yellow(status.label());
    case NodeStatus::Code::Unknown:
        return t.bold(status.label());
    default:
        return status.label();
    }
}

// The node table, rows in the order an admin reads a run: nodes in their
// turn, then the queue, then the rest; cut to `maxRows` with a count of what
// was left out.
QString nodeTable(const Terminal &t, const DeploymentModel &model, int maxRows)
{
    QList<int> order;
    for (int r = 0; r < model.rowCount(); ++r)
        order.append(r);
    auto rank = [&](int row) {
        const DeploymentModel::Row &n = model.row(row);
        if (n.status.isInTurn() || n.status.code() == NodeStatus::Code::Unreachable)
            return 0;
        if (n.queuePosition.value_or(0) > 0)
            return 1 + n.queuePosition.value_or(0);
        return 1'000'000;
    };
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const int ra = rank(a);
        const int rb = rank(b);
        return ra != rb ? ra < rb : naturalLess(model.row(a).name, model.row(b).name);
    });

    const QStringList headers{QCoreApplication::translate("upgradectl",
                                  "Name"), QCoreApplication::translate("upgradectl", "Location"), QCoreApplication::translate("upgradectl", "Status"), QCoreApplication::translate("upgradectl", "Version"), QCoreApplication::translate("upgradectl", "Calls"),
                              QCoreApplication::translate("upgradectl",
                                  "In status"), QCoreApplication::translate("upgradectl", "Queue"), QCoreApplication::translate("upgradectl", "Tries"), QCoreApplication::translate("upgradectl", "ETA")};
    QList<QStringList> rows;
    const int shown = std::min<int>(static_cast<int>(order.size()), std::max(1, maxRows));
    for (int i = 0; i < shown; ++i) {
        const int r = order[i];
        const DeploymentModel::Row &n = model.row(r);
        auto cell = [&](int column) { return model.data(model.index(r, column)).toString(); };
        rows.append({n.name + (n.configurationOnly ? u"*"_s : QString()), n.location,
                     statusText(t, n.status), n.version, cell(DeploymentModel::Calls), cell(DeploymentModel::TimeInStatus),
                     cell(DeploymentModel::QueuePosition), cell(DeploymentModel::Attempts), cell(DeploymentModel::Eta)});
    }
    QString table = renderTable(headers, rows, {false, false, false, false, true, true, true, true, false});
    if (shown < order.size())
        table += QLatin1Char('\n') + t.dim(QCoreApplication::translate("upgradectl",
                                               "… and %1 more nodes").arg(order.size() - shown));
    return table;
}

QString header(const Terminal &t, const QString &deployment, const api::Snapshot &s, const RunSummary &run)
{
    QStringList lines;
    lines << t.bold(QCoreApplication::translate("upgradectl", "%1 — Management Node %2: %3, %4")
                        .arg(deployment, s.management.name, s.management.version.text, s.management.upgradeStatus.label()));
    lines << run.summary();
    if (run.isActive() && run.total() > 0) {
        const double fraction = static_cast<double>(run.upgraded()) / run.total();
        QString bar = Terminal::progressBar(fraction, 40);
        if (run.forecastCutByDeadline())
            bar += u"  "_s + t.red(QCoreApplication::translate("upgradectl",
                                                    "the 24-hour stop will cut this run short"));
        lines << bar;
    }
    return lines.join(QLatin1Char('\n'));
}

QJsonObject statusJson(const api::Snapshot &s, const RunSummary &run)
{
    QJsonArray nodes;
    for (const api::WorkerVmStatus &n : s.nodes) {
        nodes.append(QJsonObject{{u"id"_s, n.id},
                                 {u"name"_s, n.name},
                                 {u"location"_s, n.systemLocation},
                                 {u"status"_s, n.upgradeStatus.apiCode()},
                                 {u"status_label"_s, n.upgradeStatus.label()},
                                 {u"status_reported"_s, n.upgradeStatus.reported()},
                                 {u"status_inferred"_s, n.upgradeStatus.isInferred()},
                                 {u"version"_s, n.version.text},
                                 {u"calls"_s, n.signalingCount},
                                 {u"maintenance_mode"_s, n.maintenanceMode}});
    }
    QJsonObject o{{u"server_time"_s, s.serverTime.toString(Qt::ISODate)},
                  {u"management"_s,
                   QJsonObject{{u"name"_s, s.management.name},
                               {u"version"_s, s.management.version.text},
                               {u"status"_s, s.management.upgradeStatus.apiCode()},
                               {u"status_reported"_s, s.management.upgradeStatus.reported()},
                               {u"status_inferred"_s, s.management.upgradeStatus.isInferred()}}},
                  {u"nodes"_s, nodes}};
    if (s.run) {
        QJsonObject r{{u"state"_s, s.run->state},
                      {u"target_version"_s, s.run->targetVersion.text},
                      {u"systems_upgraded"_s, s.run->systemsUpgraded},
                      {u"systems_included"_s, s.run->systemsIncluded},
                      {u"started_at"_s, s.run->startedAt.toString(Qt::ISODate)},
                      {u"deadline_at"_s, s.run->deadlineAt.toString(Qt::ISODate)},
                      {u"summary"_s, run.summary()}};
        if (run.forecastFinish())
            r.insert(u"forecast_finish"_s, run.forecastFinish()->toString(Qt::ISODate));
        r.insert(u"forecast_cut_by_deadline"_s, run.forecastCutByDeadline());
        o.insert(u"run"_s, r);
    }
    return o;
}

// The administrator log's verdict (R13), as `watch` ends.
QString logVerdict(const Terminal &t, const LogModel &log, const api::Capabilities &capabilities)
{
    if (capabilities.lacks(api::Resource::Log)) {
        return t.yellow(QCoreApplication::translate("upgradectl", "Administrator log: not available from this "
                                                                  "Management Node's API; read it in its web "
                                                                  "interface or on your syslog server before you "
                                                                  "call this upgrade done."));
    }
    if (log.unexpectedErrorCount() == 0)
        return t.green(QCoreApplication::translate("upgradectl", "Administrator log: no unexpected errors."));
    return t.red(QCoreApplication::translate("upgradectl", "Administrator log: unexpected errors: %1. Look at them "
                                                           "before you call this upgrade done.")
                     .arg(log.unexpectedErrorCount()));
}

int exitCodeForRun(RunSummary::State state)
{
    switch (state) {
    case RunSummary::State::Completed:
        return Ok;
    case RunSummary::State::Stopped:
        return StoppedAtDeadline;
    case RunSummary::State::Abandoned:
    case RunSummary::State::ManagementFailed:
        return Abandoned;
    default:
        return Failed;
    }
}

} // namespace

QCoro::Task<int> statusCommand(CliContext &context, bool json)
{
    api::DeploymentPoller poller(context.client());
    poller.setDetectCapabilities(true); // a real node lacks the run and log extensions: not asked for
    context.keepRunRecord(poller);      // there, the run is the console's own record
    std::optional<api::Snapshot> snapshot;
    std::optional<Error> error;
    QObject::connect(&poller, &api::DeploymentPoller::snapshotReady, &poller,
                     [&](const api::Snapshot &s) { snapshot = s; poller.stop(); });
    QObject::connect(&poller, &api::DeploymentPoller::failed, &poller, [&](const Error &e) {
        error = e;
        poller.stop();
    });
    poller.start();
    while (!snapshot && !error && !interrupted())
        co_await QCoro::sleepFor(20ms);
    if (interrupted())
        co_return Interrupted;
    if (!snapshot)
        co_return context.fail(*error);

    RunSummary run;
    run.update(*snapshot);
    Terminal &t = context.terminal();
    if (json) {
        t.print(QString::fromUtf8(QJsonDocument(statusJson(*snapshot, run)).toJson(QJsonDocument::Indented)));
        co_return Ok;
    }
    DeploymentModel model;
    model.update(snapshot->nodes, snapshot->configurations);
    model.setServerTime(snapshot->serverTime);
    model.setEtas(run.etas(), run.afterStop());
    t.print(header(t, context.deploymentName(), *snapshot, run));
    t.print(QString());
    t.print(nodeTable(t, model, 100'000));
    t.print(t.dim(QCoreApplication::translate("upgradectl",
                      "Server time %1. * configuration-only node.").arg(utc(snapshot->serverTime))));
    co_return Ok;
}

QCoro::Task<int> watchCommand(CliContext &context, std::chrono::milliseconds interval)
{
    // Started while the Management Node rebooted: the run it rebooted for may
    // have ended while upgradectl waited. Then that run is the one to show.
    co_return co_await watchRun(context, interval, context.waitedForReboot() ? kLatestRun : kNextRun);
}

QCoro::Task<int> watchRun(CliContext &context, std::chrono::milliseconds interval, int runId)
{
    Terminal &t = context.terminal();
    if (runId == 0)
        runId = kNextRun; // a run the console saw start but the node gave no id (no run extension)
    api::DeploymentPoller poller(context.client());
    poller.setDetectCapabilities(true); // a real node lacks the run and log extensions: not asked for
    context.keepRunRecord(poller);      // there, the run is the console's own record
    poller.setInterval(interval);
    DeploymentModel model;
    RunSummary run;
    LogModel log;
    std::optional<api::Snapshot> last;
    bool sawActiveRun = false;
    bool finished = false;
    QString printedKey;
    QDateTime printedAt;
    qint64 printedLogId = 0; // piped: the unexpected errors up to here are printed
    int printedErrors = 0;
    std::unique_ptr<DrainAheadWatch> drain;
    if (const std::optional<int> keep = context.drainAhead())
        drain = std::make_unique<DrainAheadWatch>(context, poller, run, *keep);
    HealthChecks health;
    AlertMonitor alerts;
    bool waitingForChecks = false;
    std::unique_ptr<AlertWebhook> webhook;
    if (const std::optional<QUrl> hook = co_await context.alertWebhookUrl()) {
        webhook = std::make_unique<AlertWebhook>(*hook, context.deploymentName());
        QObject::connect(&alerts, &AlertMonitor::raised, webhook.get(), &AlertWebhook::send);
        QObject::connect(webhook.get(), &AlertWebhook::failed, webhook.get(),
                         [&t](const Alert &, const Error &error) { t.error(t.yellow(error.message)); });
    }
    QStringList recentAlerts; // for the live screen
    QObject::connect(&alerts, &AlertMonitor::raised, &poller, [&](const Alert &alert) {
        const QString line = QCoreApplication::translate("upgradectl", "%1  ALERT  %2")
                                 .arg(utc(alert.at), alert.summary());
        recentAlerts.append(alert.isWarning() ? t.red(line) : t.green(line));
        if (recentAlerts.size() > 3)
            recentAlerts.removeFirst();
        if (!t.isInteractive())
            t.print(recentAlerts.constLast());
    });
    QObject::connect(&health, &HealthChecks::decided, &poller, [&](const HealthCheck &check) {
        const bool failed = check.verdict == HealthCheck::Verdict::Failed;
        context.recordAdminAction(check.recordedAs(), check.nodeId, check.node, 0, check.findings());
        if (!t.isInteractive()) {
            t.print(QCoreApplication::translate("upgradectl", "%1  health check of %2: %3")
                        .arg(utc(check.decidedAt), check.node, check.text()));
        }
        if (!failed)
            return;
        const bool stoppedDrain = drain && drain->stop();
        alerts.healthCheckFailed(check, stoppedDrain);
    });

    QObject::connect(&poller, &api::DeploymentPoller::snapshotReady, &poller, [&](const api::Snapshot &s) {
        last = s;
        if (drain)
            drain->tellForecast(run);
        run.update(s);
        health.update(s, run, drain ? drain->drained() : QList<int>());
        alerts.update(s, run);
        if (drain)
            drain->update(s);
        model.update(s.nodes, s.configurations);
        model.setServerTime(s.serverTime);
        model.setEtas(run.etas(), run.afterStop());
        if (s.run)
            log.noteRun(s.run->id, s.run->startedAt, s.run->endedAt.value_or(QDateTime()));
        log.setUpgradeInProgress(run.isActive());
        log.append(s.newLogEntries);
        sawActiveRun = sawActiveRun || run.isActive();
        // The id a node gave when it started the run means nothing to the
        // console's own record (a node without upgrade_run): the next run is
        // the one started.
        if (runId > 0 && last->run && last->run->observed)
            runId = kNextRun;
        if (runId == kLatestRun && !last->run)
            runId = kNextRun; // nothing ran: wait for the next run
        else if (runId == kLatestRun)
            runId = last->run->id;
        finished = runId == kNextRun ? sawActiveRun && !run.isActive()
                                     : run.run() && (run.run()->id > runId || (run.run()->id == runId && !run.isActive()));
    });
    poller.start();

    if (t.isInteractive())
        t.write(u"\x1b[2J"_s); // a clean screen to redraw in
    while (!interrupted() && poller.state() != api::DeploymentPoller::State::Stopped) {
        if (last) {
            QStringList screen{header(t, context.deploymentName(), *last, run)};
            const QDateTime age = poller.lastSuccess();
            QString connection = api::DeploymentPoller::stateLabel(poller.state());
            if (age.isValid())
                connection += QCoreApplication::translate("upgradectl",
                                  " — data %1 s old").arg(age.secsTo(QDateTime::currentDateTimeUtc()));
            screen << (poller.state() == api::DeploymentPoller::State::Live ? t.dim(connection) : t.yellow(connection));
            if (drain)
                screen << drain->screenLine();
            screen << recentAlerts;
            if (log.unexpectedErrorCount() > 0)
                screen << t.red(QCoreApplication::translate("upgradectl",
                                    "Unexpected errors in the administrator log: %1").arg(log.unexpectedErrorCount()));
            screen << QString();
            screen << nodeTable(t, model, t.isInteractive() ? std::max(3, t.height() - 9) : 100'000);
            if (t.isInteractive()) {
                t.redraw(screen.join(QLatin1Char('\n')));
            } else {
                // A log, not a screen: a line when the run or the connection
                // changes, else one a minute.
                const QString key = u"%1|%2|%3"_s
                                        .arg(RunSummary::stateLabel(run.state()))
                                        .arg(run.upgraded())
                                        .arg(api::DeploymentPoller::stateLabel(poller.state()));
                if (key != printedKey || !printedAt.isValid() || printedAt.secsTo(QDateTime::currentDateTimeUtc()) >= 60) {
                    t.print(u"%1  %2  %3"_s
                                .arg(utc(last->serverTime), run.summary(), api::DeploymentPoller::stateLabel(poller.state())));
                    printedKey = key;
                    printedAt = QDateTime::currentDateTimeUtc();
                }
                // Each unexpected error of the administrator log once, as it arrives (R13).
                for (int row = 0; row < log.rowCount(); ++row) {
                    const QModelIndex i = log.index(row);
                    const qint64 id = i.data(LogModel::IdRole).toLongLong();
                    if (id <= printedLogId)
                        continue;
                    printedLogId = id;
                    if (log.severityAt(row) != LogSeverity::Error)
                        continue;
                    t.print(t.red(QCoreApplication::translate("upgradectl", "%1  unexpected error in the administrator "
                                                                            "log (%2 so far): %3 %4")
                                      .arg(utc(i.data(LogModel::TimeRole).toDateTime()))
                                      .arg(++printedErrors)
                                      .arg(i.data(LogModel::NodeRole).toString(), i.data(LogModel::MessageRole).toString())));
                }
            }
        }
        if (finished && !health.checking().isEmpty() && !interrupted()) {
            // The last nodes' health checks decide within minutes: the run's report wants them.
            if (!waitingForChecks) {
                waitingForChecks = true;
                t.print(QCoreApplication::translate("upgradectl", "The run is over; waiting for the health check of "
                                                                  "%1 (at most %2 min).")
                            .arg(health.checking().join(u", "_s))
                            .arg(std::chrono::minutes(HealthChecks::kGrace).count()));
            }
        } else if (finished) {
            break;
        }
        alerts.watchConnection(poller, QDateTime::currentDateTimeUtc());
        co_await QCoro::sleepFor(t.isInteractive() ? 500ms : 200ms);
    }
    if (drain)
        co_await drain->returnNodes(60s); // the run is over, or the admin leaves: no one else tends them
    poller.stop();
    // The last alerts (the run's end) reach the webhook before upgradectl exits.
    for (int waited = 0; webhook && webhook->pending() > 0 && waited < 100 && !interrupted(); ++waited)
        co_await QCoro::sleepFor(200ms);
    if (interrupted())
        co_return Interrupted;
    if (poller.state() == api::DeploymentPoller::State::Stopped && poller.lastError())
        co_return context.fail(*poller.lastError());
    t.print(run.summary());
    t.print(logVerdict(t, log, poller.capabilities()));
    co_return exitCodeForRun(run.state());
}

} // namespace iuc::cli
