#include "ui/flow/reportcommand.h"

#include "core/api/managementclient.h"
#include "core/report/reporterrors.h"
#include "core/report/runreport.h"
#include "core/session/deploymentsession.h"
#include "core/session/runhistory.h"
#include "ui/flow/flowmessages.h"

#include <QDir>
#include <QFileDialog>

#include <QCoro/QCoroTask>

using namespace Qt::StringLiterals;

namespace iuc::ui {

ReportCommand::ReportCommand(DeploymentSession &session, QWidget *window, QString path, QObject *parent)
    : FlowCommand(session, window, parent)
    , m_path(std::move(path))
{
}

ReportCommand::~ReportCommand() = default;

void ReportCommand::start()
{
    QCoro::connect(runHistory(session().client(), session().runObserver()), this, [this](const Result<QList<api::UpgradeRun>> &runs) {
        if (!runs) {
            showError(tr("The report was not exported: the console could not read the upgrade history."),
                      runs.error());
            finish();
            return;
        }
        if (!m_path.isEmpty()) {
            write(runs.value(), m_path);
            return;
        }
        if (runs->isEmpty()) {
            flow::showNotice(window(), QMessageBox::Information, u"reportEmptyDialog"_s, tr("Export Upgrade Report"),
                             tr("There is nothing to export yet."),
                             tr("This Management Node has no upgrade on record. Export the report once an upgrade "
                                "has started."));
            finish();
            return;
        }
        chooseFile(runs.value());
    });
}

void ReportCommand::chooseFile(const QList<api::UpgradeRun> &runs)
{
    const QString suggested = QDir::home().filePath(
        tr("upgrade-report-%1.csv").arg(session().client().serverNow().toString(u"yyyy-MM-dd"_s)));
    auto *dialog = new QFileDialog(window(), tr("Export Upgrade Report"), suggested);
    dialog->setObjectName(u"reportFileDialog"_s);
    dialog->setOption(QFileDialog::DontUseNativeDialog);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilters({tr("CSV for spreadsheets (*.csv)"), tr("HTML page (*.html)")});
    dialog->setDefaultSuffix(u"csv"_s);
    connect(dialog, &QFileDialog::filterSelected, dialog, [dialog](const QString &filter) {
        dialog->setDefaultSuffix(filter.contains(u"*.html"_s) ? u"html"_s : u"csv"_s);
    });
    connect(dialog, &QFileDialog::fileSelected, this, [this, runs](const QString &path) { write(runs, path); });
    connect(dialog, &QDialog::finished, dialog, &QObject::deleteLater);
    connect(dialog, &QDialog::rejected, this, &ReportCommand::finish);
    setActiveDialog(dialog);
    dialog->open();
}

void ReportCommand::write(const QList<api::UpgradeRun> &runs, const QString &path)
{
    QList<AdminAction> actions;
    if (const AdminActionLog *log = session().adminActions()) {
        Result<QList<AdminAction>> kept = log->load();
        if (kept)
            actions = std::move(kept.value());
        else
            Q_EMIT statusMessage(tr("The report goes without the admin's actions: %1").arg(kept.error().message));
    }
    const ReportContext context{session().displayName(), session().client().settings().user,
                                session().client().serverNow(), {}, actions};
    if (const auto failed = saveRunReport(path, reportFormatFor(path), runs, context)) {
        showError(tr("The report was not saved."),
                  Error{ReportError::Write,
                        tr("Writing %1 failed: %2. Choose a folder you can write to, or free some space, and "
                           "export again.")
                            .arg(QDir::toNativeSeparators(path), *failed)});
        finish();
        return;
    }
    Q_EMIT statusMessage(
        tr("Report of %1 upgrade runs saved to %2.").arg(runs.size()).arg(QDir::toNativeSeparators(path)));
    Q_EMIT exported(path);
    finish();
}

} // namespace iuc::ui
