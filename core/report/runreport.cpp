#include "core/report/runreport.h"

#include "core/domain/naturalorder.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace iuc {

namespace {

QString stamp(const std::optional<QDateTime> &t)
{
    return t ? t->toTimeZone(QTimeZone::utc()).toString(u"yyyy-MM-dd HH:mm:ss"_s) : QString();
}

QString csvField(QString value)
{
    // RFC 4180, and a leading = + - @ cannot start a formula in a spreadsheet.
    if (!value.isEmpty() && u"=+-@"_s.contains(value.front()))
        value.prepend(QLatin1Char('\''));
    if (value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"')) || value.contains(QLatin1Char('\n'))) {
        value.replace(u"\""_s, u"\"\""_s);
        value = QLatin1Char('"') + value + QLatin1Char('"');
    }
    return value;
}

QString attemptsText(const api::RunNode &node)
{
    QStringList parts;
    for (const api::RunAttempt &a : node.attempts)
        parts << u"%1 %2"_s.arg(stamp(a.startedAt), a.result);
    return parts.join(u"; "_s);
}

QString outcome(const api::RunNode &node)
{
    if (!node.included)
        return QCoreApplication::translate("RunReport", "not included (already on the version)");
    if (node.upgradedAt)
        return QCoreApplication::translate("RunReport", "upgraded");
    return QCoreApplication::translate("RunReport", "left behind");
}

QString minutesBetween(const api::RunNode &node)
{
    if (!node.upgradedAt || node.attempts.isEmpty())
        return {};
    const qint64 seconds = node.attempts.constFirst().startedAt.secsTo(*node.upgradedAt);
    return QString::number(static_cast<double>(seconds) / 60.0, 'f', 1);
}

// The admin's actions on `node` during `run`, and the console's health
// checks of it, the last ones decided after the run's end.
QList<AdminAction> adminActionsOn(const api::UpgradeRun &run, const api::RunNode &node, const ReportContext &context)
{
    const std::optional<QDateTime> checksUntil =
        run.endedAt ? std::optional<QDateTime>(run.endedAt->addSecs(std::chrono::seconds(kHealthCheckAfterRun).count()))
                    : std::nullopt;
    QList<AdminAction> actions;
    for (const AdminAction &a : actionsDuring(context.adminActions, node.id, run.startedAt, checksUntil)) {
        const bool check = a.kind == AdminAction::Kind::HealthCheckPassed || a.kind == AdminAction::Kind::HealthCheckFailed;
        if (check || !run.endedAt || a.at <= *run.endedAt)
            actions.append(a);
    }
    return actions;
}

int callsDisconnectedByAdmin(const QList<AdminAction> &actions)
{
    int calls = 0;
    for (const AdminAction &a : actions) {
        if (a.kind == AdminAction::Kind::CallsDisconnected)
            calls += a.calls;
    }
    return calls;
}

bool isHealthCheck(const AdminAction &a)
{
    return a.kind == AdminAction::Kind::HealthCheckPassed || a.kind == AdminAction::Kind::HealthCheckFailed;
}

QString adminActionsText(const QList<AdminAction> &actions)
{
    QStringList parts;
    for (const AdminAction &a : actions) {
        if (isHealthCheck(a))
            continue;
        const QString what =
            a.kind == AdminAction::Kind::NodeRebooted
                ? QCoreApplication::translate("RunReport", "rebooted by %1 (%2 calls dropped)").arg(a.by).arg(a.calls)
                : QCoreApplication::translate("RunReport", "calls disconnected by %1: %2").arg(a.by).arg(a.calls);
        parts << stamp(a.at) + u" "_s + what;
    }
    return parts.join(u"; "_s);
}

// The console's health checks of the node after its upgrade during the run (HealthChecks).
QString healthCheckText(const QList<AdminAction> &actions)
{
    QStringList parts;
    for (const AdminAction &a : actions) {
        if (!isHealthCheck(a))
            continue;
        const QString what = a.kind == AdminAction::Kind::HealthCheckPassed
                                 ? QCoreApplication::translate("RunReport", "passed")
                                 : QCoreApplication::translate("RunReport", "failed: %1").arg(a.detail);
        parts << stamp(a.at) + u" "_s + what;
    }
    return parts.join(u"; "_s);
}

// A run's nodes in natural order of their names (lon-conf2 before lon-conf10).
QList<api::RunNode> inNaturalOrder(QList<api::RunNode> nodes)
{
    std::stable_sort(nodes.begin(), nodes.end(),
                     [](const api::RunNode &a, const api::RunNode &b) { return naturalLess(a.name, b.name); });
    return nodes;
}

} // namespace

QString runReportCsv(const QList<api::UpgradeRun> &runs, const ReportContext &context)
{
    QStringList lines{u"run,target_version,run_state,run_started,run_ended,package_sha256,node_id,node,"
                                     u"included,from_version,attempts,attempt_history,upgraded_at,minutes_to_upgrade,outcome,step,"
                                     u"exported_by,calls_disconnected_by_admin,admin_actions,health_check"_s};
    for (const api::UpgradeRun &run : runs) {
        for (const api::RunNode &node : inNaturalOrder(run.nodes)) {
            const QList<AdminAction> actions = adminActionsOn(run, node, context);
            const QStringList fields{QString::number(run.id),
                                     run.targetVersion.text,
                                     run.state,
                                     stamp(run.startedAt),
                                     stamp(run.endedAt),
                                     run.packageSha256,
                                     QString::number(node.id),
                                     node.name,
                                     node.included ? u"yes"_s : u"no"_s,
                                     node.fromVersion,
                                     QString::number(node.attempts.size()),
                                     attemptsText(node),
                                     stamp(node.upgradedAt),
                                     minutesBetween(node),
                                     outcome(node),
                                     context.runSteps.value(run.id),
                                     context.generatedBy,
                                     QString::number(callsDisconnectedByAdmin(actions)),
                                     adminActionsText(actions),
                                     healthCheckText(actions)};
            QStringList escaped;
            for (const QString &f : fields)
                escaped << csvField(f);
            lines << escaped.join(QLatin1Char(','));
        }
    }
    return lines.join(u"\r\n"_s) + u"\r\n"_s;
}

QString runReportHtml(const QList<api::UpgradeRun> &runs, const ReportContext &context)
{
    auto e = [](const QString &s) { return s.toHtmlEscaped(); };
    QString html = u"<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                                  u"<title>%1</title><style>"
                                  u"body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;margin-bottom:2em}"
                                  u"td,th{border:1px solid #999;padding:.25em .5em;text-align:left}"
                                  u".left{background:#fdd}.done{background:#dfd}</style></head><body>\n"_s
                       .arg(e(QCoreApplication::translate("RunReport", "Upgrade report")));
    html += u"<h1>%1</h1>\n<p>%2</p>\n"_s
                .arg(e(QCoreApplication::translate("RunReport", "Upgrade report: %1").arg(context.deployment)),
                     e(QCoreApplication::translate("RunReport", "Exported by %1 at %2 UTC (Management Node clock).")
                           .arg(context.generatedBy, stamp(context.generatedAt))));
    for (const api::UpgradeRun &run : runs) {
        const QString heading = QCoreApplication::translate("RunReport", "Run %1: to %2 (%3)")
                                    .arg(run.id)
                                    .arg(run.targetVersion.text, run.outcome.isEmpty() ? run.state : run.outcome);
        const QString step = context.runSteps.value(run.id);
        html += u"<h2>%1</h2>\n<p>%2</p>\n"_s
                    .arg(e(step.isEmpty() ? heading : step + u" — "_s + heading),
                         e(QCoreApplication::translate("RunReport",
                                                       "Started %1, ended %2; %3 of %4 systems upgraded; package SHA-256 %5.")
                               .arg(stamp(run.startedAt), run.endedAt ? stamp(run.endedAt) : u"—"_s)
                               .arg(run.systemsUpgraded)
                               .arg(run.systemsIncluded)
                               .arg(run.packageSha256.isEmpty() ? u"—"_s : run.packageSha256)));
        if (run.observed) {
            html += u"<p>%1</p>\n"_s.arg(e(QCoreApplication::translate(
                "RunReport", "Recorded by the console from what it saw: this Management Node does not report upgrade "
                             "runs. The start is when the console first saw the run; attempts are inferred.")));
        }
        html += u"<table><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th><th>%6</th><th>%7</th><th>%8</th></tr>\n"_s
                    .arg(e(QCoreApplication::translate("RunReport", "Node")),
                         e(QCoreApplication::translate("RunReport", "From version")),
                         e(QCoreApplication::translate("RunReport", "Attempts")),
                         e(QCoreApplication::translate("RunReport", "Upgraded at (UTC)")),
                         e(QCoreApplication::translate("RunReport", "Minutes")),
                         e(QCoreApplication::translate("RunReport", "Outcome")),
                         e(QCoreApplication::translate("RunReport", "Admin actions")),
                         e(QCoreApplication::translate("RunReport", "Health check")));
        for (const api::RunNode &node : inNaturalOrder(run.nodes)) {
            const QString cls = !node.included ? QString() : (node.upgradedAt ? u"done"_s : u"left"_s);
            const QList<AdminAction> actions = adminActionsOn(run, node, context);
            html += u"<tr class=\"%1\"><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td>%6</td><td>%7</td><td>%8</td>"
                    u"<td>%9</td></tr>\n"_s
                        .arg(cls, e(node.name), e(node.fromVersion), e(attemptsText(node)), e(stamp(node.upgradedAt)),
                             e(minutesBetween(node)), e(outcome(node)), e(adminActionsText(actions)))
                        .arg(e(healthCheckText(actions)));
        }
        html += u"</table>\n"_s;
    }
    html += u"</body></html>\n"_s;
    return html;
}

ReportFormat reportFormatFor(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == u"html"_s || suffix == u"htm"_s ? ReportFormat::Html : ReportFormat::Csv;
}

QString runReport(ReportFormat format, const QList<api::UpgradeRun> &runs, const ReportContext &context)
{
    return format == ReportFormat::Html ? runReportHtml(runs, context) : runReportCsv(runs, context);
}

std::optional<QString> saveRunReport(const QString &path, ReportFormat format, const QList<api::UpgradeRun> &runs,
                                     const ReportContext &context)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(runReport(format, runs, context).toUtf8()) < 0 || !file.commit())
        return file.errorString();
    return std::nullopt;
}

} // namespace iuc
