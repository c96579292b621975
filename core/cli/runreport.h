#pragma once

#include "api/resources.h"

#include <QList>
#include <QString>

namespace iuc::cli {

// A run's history for change records: one row per node and run, with
// every attempt, in CSV (spreadsheets) or HTML (a page to attach).
struct ReportContext
{
    QString deployment;  // the Management Node's name or URL
    QString generatedBy; // the account that exported it
    QDateTime generatedAt; // on the Management Node's clock
};

QString runReportCsv(const QList<api::UpgradeRun> &runs);
QString runReportHtml(const QList<api::UpgradeRun> &runs, const ReportContext &context);

} // namespace iuc::cli
