// The flows besides the upload: rebooting the Management Node (R7) or a
// Conferencing Node (R9), the continuation run after the 24-hour stop (R5,
// R6), the run report, and the recovery help.

#include "ui/flow/upgradeflow.h"

#include "core/api/apierrors.h"
#include "core/api/managementclient.h"
#include "core/report/reporterrors.h"
#include "core/report/runreport.h"
#include "core/session/deploymentsession.h"
#include "core/session/sessionerrors.h"
#include "ui/flow/confirmdialog.h"
#include "ui/flow/flowmessages.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace iuc::ui {

namespace {


// A question with one action and Cancel; Cancel is the default, so Enter
// never reboots anything by accident.
QPushButton *addActionAndCancel(QMessageBox *box, const QString &action)
{
    QPushButton *go = box->addButton(action, QMessageBox::AcceptRole);
    go->setObjectName(u"rebootButton"_s);
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    cancel->setObjectName(u"cancelButton"_s);
    box->setDefaultButton(cancel);
    box->setEscapeButton(cancel);
    return go;
}

QDialog *nodeRebootDialog(QWidget *parent, const QString &name, NodeStatus status,
                          const QList<api::Participant> &calls)
{
    auto *dialog = new QDialog(parent);
    dialog->setObjectName(u"rebootNodeDialog"_s);
    dialog->setWindowTitle(UpgradeFlow::tr("Reboot %1").arg(name));
    dialog->setAccessibleName(dialog->windowTitle());
    dialog->setMinimumWidth(520);
    QObject::connect(dialog, &QDialog::finished, dialog, &QObject::deleteLater);

    auto *heading = new QLabel(calls.isEmpty()
                                   ? UpgradeFlow::tr("%1 has no calls right now: rebooting it disconnects nobody.").arg(name)
                                   : UpgradeFlow::tr("Rebooting %1 disconnects these calls at once (%2):")
                                         .arg(name)
                                         .arg(calls.size()),
                               dialog);
    heading->setObjectName(u"rebootNodeHeading"_s);
    heading->setWordWrap(true);
    heading->setAccessibleName(heading->text());

    auto *list = new QTreeWidget(dialog);
    list->setObjectName(u"callList"_s);
    list->setAccessibleName(UpgradeFlow::tr("Calls that the reboot disconnects"));
    list->setRootIsDecorated(false);
    list->setHeaderLabels({UpgradeFlow::tr("Participant"), UpgradeFlow::tr("Meeting"), UpgradeFlow::tr("Protocol"),
                           UpgradeFlow::tr("Connected since")});
    for (const api::Participant &p : calls) {
        list->addTopLevelItem(new QTreeWidgetItem(
            {p.displayName, p.conference, p.protocol, flow::utcText(p.connectTime)}));
    }
    list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    list->setVisible(!calls.isEmpty());

    QString note;
    switch (status.code()) {
    case NodeStatus::Code::WaitingForCalls:
    case NodeStatus::Code::CallsTimeout:
        note = UpgradeFlow::tr("The node is waiting for these calls to end before it installs the upgrade. Once it "
                               "is back it goes on with its turn, and the run continues with the next node.");
        break;
    case NodeStatus::Code::Upgrading:
        note = UpgradeFlow::tr("The node is installing the upgrade: a reboot now makes this attempt fail, and the "
                               "run tries the node again later.");
        break;
    default:
        note = UpgradeFlow::tr("The node is unavailable for a minute or two while it restarts.");
        break;
    }
    auto *noteLabel = new QLabel(note, dialog);
    noteLabel->setObjectName(u"rebootNodeNote"_s);
    noteLabel->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(dialog);
    QPushButton *reboot = buttons->addButton(UpgradeFlow::tr("&Reboot Node"), QDialogButtonBox::AcceptRole);
    reboot->setObjectName(u"rebootButton"_s);
    reboot->setAccessibleName(UpgradeFlow::tr("Reboot node"));
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(u"cancelButton"_s);
    cancel->setDefault(true);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);

    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(heading);
    layout->addWidget(list, 1);
    layout->addWidget(noteLabel);
    layout->addWidget(buttons);
    cancel->setFocus(Qt::OtherFocusReason);
    return dialog;
}

// Why a continuation is needed, for the top of the confirmation.
QString stoppedRunNote(const api::UpgradeRun &run)
{
    const QString target = run.targetVersion.text.toHtmlEscaped();
    const QString started = flow::utcText(run.startedAt);
    QString what;
    if (run.state == u"stopped") {
        what = UpgradeFlow::tr("<b>The upgrade to %1 that started at %2 stopped at its 24-hour limit</b> with %3 of "
                               "%4 systems upgraded.");
    } else if (run.state == u"abandoned") {
        what = UpgradeFlow::tr("<b>The upgrade to %1 that started at %2 was abandoned</b> when the Management Node "
                               "was rebooted, with %3 of %4 systems upgraded.");
    } else {
        what = UpgradeFlow::tr("<b>The upgrade to %1 that started at %2 ended</b> with %3 of %4 systems upgraded.");
    }
    return what.arg(target, started).arg(run.systemsUpgraded).arg(run.systemsIncluded) + QLatin1Char(' ')
           + UpgradeFlow::tr("Each system stayed as it was, so versions are mixed now. Continuing installs the same "
                             "package, which the Management Node still holds, on the systems left behind only.");
}

} // namespace

// ---- the Management Node (R7)

void UpgradeFlow::rebootManagement()
{
    QCoro::connect(m_session.client().currentRun(false), this,
                   [this](const Result<std::optional<api::UpgradeRun>> &run) { confirmManagementReboot(run); });
}

void UpgradeFlow::confirmManagementReboot(const Result<std::optional<api::UpgradeRun>> &run)
{
    if (!run) {
        if (run.error().is(ApiError::Rebooting)) {
            // Already restarting: no dialog while it is away (R1).
            Q_EMIT statusMessage(tr("The Management Node is restarting already."));
            return;
        }
        showError(tr("The Management Node was not rebooted: the console could not check whether an upgrade "
                     "is running."),
                  run.error());
        return;
    }
    QString informative;
    if (run.value() && run.value()->isRunning()) {
        const api::UpgradeRun &r = *run.value();
        informative = tr("An upgrade to %1 is running: %2 of %3 systems upgraded. Rebooting abandons it. A node that "
                         "is installing finishes its installation; a node waiting for its calls to end leaves "
                         "maintenance mode; the nodes still queued are not upgraded. The upgrade lock is lifted, so "
                         "you can start a new upgrade once the Management Node is back.")
                          .arg(r.targetVersion.text)
                          .arg(r.systemsUpgraded)
                          .arg(r.systemsIncluded)
                      + u"\n\n"_s;
    }
    informative += tr("The Management Node's web pages and API are unavailable for a few minutes while it "
                      "restarts; calls on the Conferencing Nodes go on. The console reconnects by itself.");
    QMessageBox *box = flow::makeMessage(parentWindow(), QMessageBox::Question, u"rebootManagementDialog"_s,
                                         tr("Reboot the Management Node"), tr("Reboot the Management Node now?"),
                                         informative);
    QPushButton *reboot = addActionAndCancel(box, tr("Reboot Management Node"));
    connect(box, &QMessageBox::buttonClicked, this, [this, reboot](QAbstractButton *clicked) {
        if (clicked != reboot)
            return;
        QCoro::connect(m_session.client().rebootManagement(), this, [this](const Result<void> &done) {
            if (!done && !done.error().is(ApiError::Rebooting)) {
                showError(tr("The Management Node was not rebooted."), done.error());
                return;
            }
            // From here the API answers 503 for a while: the main window shows
            // that, and the poller reconnects (R1, R7).
            m_session.refreshNow();
            Q_EMIT statusMessage(tr("The Management Node is restarting; the console reconnects when it is back."));
            Q_EMIT managementRebootStarted();
        });
    });
    box->open();
}

// ---- a Conferencing Node (R9)

void UpgradeFlow::rebootNode(int nodeId)
{
    prepareNodeReboot(nodeId); // guards itself
}

QCoro::Task<> UpgradeFlow::prepareNodeReboot(int nodeId)
{
    QPointer<UpgradeFlow> self(this);
    std::optional<api::WorkerVmConfiguration> node;
    NodeStatus status;
    if (const auto &snapshot = m_session.snapshot()) {
        if (snapshot->configurations.contains(nodeId))
            node = snapshot->configurations.value(nodeId);
        for (const api::WorkerVmStatus &n : snapshot->nodes) {
            if (n.id == nodeId)
                status = n.upgradeStatus;
        }
    }
    if (!node) {
        auto configurations = co_await m_session.client().workerVmConfigurations();
        if (!self)
            co_return;
        if (!configurations) {
            showError(tr("The node was not rebooted: the console could not read the node's address."),
                      configurations.error());
            co_return;
        }
        for (const api::WorkerVmConfiguration &c : configurations.value()) {
            if (c.id == nodeId)
                node = c;
        }
    }
    if (!node) {
        showError(tr("There is no Conferencing Node with id %1.").arg(nodeId),
                  Error{SessionError::UnknownNode,
                        tr("It may have been removed since the last refresh. Refresh the node table, then choose "
                           "the node again.")});
        co_return;
    }
    // The calls it will drop: participants whose media run on its address.
    api::ParticipantFilter onNode;
    onNode.mediaNode = node->address;
    auto calls = co_await m_session.client().participants(onNode);
    if (!self)
        co_return;
    if (!calls) {
        showError(tr("%1 was not rebooted: the console could not list its calls.").arg(node->name), calls.error());
        co_return;
    }
    QDialog *dialog = nodeRebootDialog(parentWindow(), node->name, status, calls.value());
    const QString name = node->name;
    connect(dialog, &QDialog::accepted, this, [this, nodeId, name] {
        QCoro::connect(m_session.client().rebootNode(nodeId), this, [this, nodeId, name](const Result<void> &done) {
            if (!done) {
                showError(tr("%1 was not rebooted.").arg(name), done.error());
                return;
            }
            m_session.refreshNow();
            Q_EMIT statusMessage(tr("%1 is rebooting; its calls were disconnected.").arg(name));
            Q_EMIT nodeRebootStarted(nodeId);
        });
    });
    dialog->open();
}

// ---- the continuation run after the 24-hour stop (R5, R6)

void UpgradeFlow::continuationRun()
{
    if (raiseActiveFlow())
        return;
    const auto &snapshot = m_session.snapshot();
    const auto &run = m_session.run().run();
    const QString title = tr("Continue the Upgrade");
    if (!snapshot) {
        showError(tr("The console has not read the deployment yet."),
                  Error{SessionError::NoData,
                        tr("Wait until the status bar shows the connection as live, then try again.")});
        return;
    }
    if (!run) {
        flow::showNotice(parentWindow(), QMessageBox::Information, u"continuationInfoDialog"_s, title,
                   tr("There is no earlier upgrade to continue."),
                   tr("To start an upgrade, upload a package (File ▸ Upload package)."));
        return;
    }
    if (m_session.run().isActive()) {
        flow::showNotice(parentWindow(), QMessageBox::Information, u"continuationInfoDialog"_s, title,
                   tr("The upgrade to %1 is still running.").arg(run->targetVersion.text),
                   tr("It goes on by itself with the systems it has not reached yet. Continue it only after it "
                      "has stopped."));
        return;
    }
    const Version target = run->targetVersion.version;
    int lagging = snapshot->management.version.version.isSameBuild(target) ? 0 : 1;
    for (const api::WorkerVmStatus &n : snapshot->nodes)
        lagging += n.version.version.isSameBuild(target) ? 0 : 1;
    if (target.isValid() && lagging == 0) {
        flow::showNotice(parentWindow(), QMessageBox::Information, u"continuationInfoDialog"_s, title,
                   tr("Every system already runs %1.").arg(run->targetVersion.text),
                   tr("Nothing was left behind, so there is nothing to continue."));
        return;
    }
    if (run->packageId.isEmpty() || !target.isValid()) {
        uploadPackage(); // nothing staged to reuse: the admin picks the file again
        return;
    }
    ConfirmFacts facts = confirmFacts(Versions{snapshot->management, snapshot->nodes, snapshot->configurations}, target);
    facts.upgradeVersion = run->targetVersion.text;
    facts.stoppedRunNote = stoppedRunNote(*run);
    openConfirm(facts, run->packageId);
}

void UpgradeFlow::showPackageGone(const Error &error)
{
    QMessageBox *box = flow::makeMessage(
        parentWindow(), QMessageBox::Warning, u"packageGoneDialog"_s, tr("Continue the Upgrade"),
        tr("The package of the last upgrade is no longer on the Management Node."),
        tr("The Management Node keeps an uploaded package only until it restarts. Choose the package file again: it "
           "is checked and uploaded, and the new run then takes on only the systems left behind."));
    QPushButton *choose = box->addButton(tr("Choose Package…"), QMessageBox::AcceptRole);
    choose->setObjectName(u"choosePackageButton"_s);
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    cancel->setObjectName(u"cancelButton"_s);
    box->setDefaultButton(choose);
    box->setEscapeButton(cancel);
    connect(box, &QMessageBox::buttonClicked, this, [this, choose](QAbstractButton *clicked) {
        if (clicked == choose)
            uploadPackage();
    });
    Q_EMIT errorShown(error);
    box->open();
}

// ---- the report

void UpgradeFlow::exportReport()
{
    QCoro::connect(m_session.client().runs(true), this, [this](const Result<QList<api::UpgradeRun>> &runs) {
        if (!runs) {
            showError(tr("The report was not exported: the console could not read the upgrade history."), runs.error());
            return;
        }
        if (runs->isEmpty()) {
            flow::showNotice(parentWindow(), QMessageBox::Information, u"reportEmptyDialog"_s, tr("Export Upgrade Report"),
                       tr("There is nothing to export yet."),
                       tr("This Management Node has no upgrade on record. Export the report once an upgrade has "
                          "started."));
            return;
        }
        const QString suggested = QDir::home().filePath(
            tr("upgrade-report-%1.csv").arg(m_session.client().serverNow().toString(u"yyyy-MM-dd"_s)));
        auto *dialog = new QFileDialog(parentWindow(), tr("Export Upgrade Report"), suggested);
        dialog->setObjectName(u"reportFileDialog"_s);
        dialog->setOption(QFileDialog::DontUseNativeDialog);
        dialog->setAcceptMode(QFileDialog::AcceptSave);
        dialog->setNameFilters({tr("CSV for spreadsheets (*.csv)"), tr("HTML page (*.html)")});
        dialog->setDefaultSuffix(u"csv"_s);
        connect(dialog, &QFileDialog::filterSelected, dialog, [dialog](const QString &filter) {
            dialog->setDefaultSuffix(filter.contains(u"*.html"_s) ? u"html"_s
                                                                                 : u"csv"_s);
        });
        const QList<api::UpgradeRun> history = runs.value();
        connect(dialog, &QFileDialog::fileSelected, this, [this, history](const QString &path) {
            writeReport(history, path);
        });
        connect(dialog, &QDialog::finished, dialog, &QObject::deleteLater);
        dialog->open();
    });
}

void UpgradeFlow::exportReportTo(const QString &path)
{
    QCoro::connect(m_session.client().runs(true), this, [this, path](const Result<QList<api::UpgradeRun>> &runs) {
        if (!runs) {
            showError(tr("The report was not exported: the console could not read the upgrade history."), runs.error());
            return;
        }
        writeReport(runs.value(), path);
    });
}

void UpgradeFlow::writeReport(const QList<api::UpgradeRun> &runs, const QString &path)
{
    const ReportContext context{m_session.displayName(), m_session.client().settings().user,
                                m_session.client().serverNow(), {}};
    if (const auto failed = saveRunReport(path, reportFormatFor(path), runs, context)) {
        showError(tr("The report was not saved."),
                  Error{ReportError::Write,
                        tr("Writing %1 failed: %2. Choose a folder you can write to, or free some space, and "
                           "export again.")
                            .arg(QDir::toNativeSeparators(path), *failed)});
        return;
    }
    Q_EMIT statusMessage(tr("Report of %1 upgrade runs saved to %2.").arg(runs.size()).arg(QDir::toNativeSeparators(path)));
    Q_EMIT reportExported(path);
}

// ---- recovery help

void UpgradeFlow::showRecoveryHelp(QWidget *parent)
{
    QMessageBox *box = flow::makeMessage(
        parent, QMessageBox::Information, u"recoveryHelpDialog"_s, tr("Downgrade and Recovery"),
        tr("An upgrade cannot be undone in place. Going back to the earlier version, or recovering from an "
           "upgrade that failed, means restoring the snapshots taken before the upgrade."));
    box->setInformativeText(
        tr("<ol>"
           "<li><b>Management Node first:</b> restore it from the hypervisor snapshot taken just before the "
           "upgrade started.</li>"
           "<li><b>Then each Conferencing Node:</b> restore it from its own snapshot if you took one, or deploy it "
           "again from the Management Node, which is often quicker on a large deployment.</li>"
           "</ol>"
           "<p><b>Coming from v8?</b> The Management Node's snapshot must be a non-quiescing one: v8 has an "
           "incompatibility with quiesced snapshots that v8.1 resolved.</p>"
           "<p>Before the next upgrade, take these snapshots first, so that this way back exists.</p>"));
    QPushButton *close = box->addButton(QMessageBox::Close);
    close->setObjectName(u"closeButton"_s);
    box->setDefaultButton(close);
    box->setEscapeButton(close);
    // Not modal: the admin may want to keep the steps open while working.
    box->setWindowModality(Qt::NonModal);
    box->show();
}

} // namespace iuc::ui
