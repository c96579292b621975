#pragma once

#include "core/api/resources.h"
#include "core/domain/adminaction.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace iuc {

// A run's history for change records: one row per node and run, with
// every attempt, in CSV (spreadsheets) or HTML (a page to attach).
struct ReportContext
{
    QString deployment;  // the Management Node's name or URL
    QString generatedBy; // the account that exported it
    QDateTime generatedAt; // on the Management Node's clock
    // The guided upgrade's name for a run (run id → "Step 1 of 2: to 6"); runs
    // without one are reported without a step.
    QHash<int, QString> runSteps;
    // What the admin did to the nodes (AdminActionLog): each run's rows say
    // which calls the admin disconnected and which nodes the admin rebooted
    // during that run.
    QList<AdminAction> adminActions;
};

QString runReportCsv(const QList<api::UpgradeRun> &runs, const ReportContext &context = {});
QString runReportHtml(const QList<api::UpgradeRun> &runs, const ReportContext &context);

enum class ReportFormat { Csv, Html };
// Html for a file name ending in .html or .htm, else Csv.
ReportFormat reportFormatFor(const QString &path);
QString runReport(ReportFormat format, const QList<api::UpgradeRun> &runs, const ReportContext &context);
// Writes the report to `path` atomically (a failure leaves what was there).
// Nothing on success, else the reason (QSaveFile's), for the caller's message.
std::optional<QString> saveRunReport(const QString &path, ReportFormat format, const QList<api::UpgradeRun> &runs,
                                     const ReportContext &context);

} // namespace iuc
