#include "ui/flow/continuationcommand.h"

#include "core/session/deploymentsession.h"
#include "core/session/sessionerrors.h"
#include "core/jobs/upgradefacts.h"
#include "ui/flow/flowmessages.h"

using namespace Qt::StringLiterals;

namespace iuc::ui {

namespace {

// Why a continuation is needed, for the top of the confirmation.
QString stoppedRunNote(const api::UpgradeRun &run)
{
    const QString target = run.targetVersion.text.toHtmlEscaped();
    const QString started = flow::utcText(run.startedAt);
    QString what;
    if (run.state == u"stopped") {
        what = ContinuationCommand::tr("<b>The upgrade to %1 that started at %2 stopped at its 24-hour limit</b> "
                                       "with %3 of %4 systems upgraded.");
    } else if (run.state == u"abandoned") {
        what = ContinuationCommand::tr("<b>The upgrade to %1 that started at %2 was abandoned</b> when the "
                                       "Management Node was rebooted, with %3 of %4 systems upgraded.");
    } else {
        what = ContinuationCommand::tr("<b>The upgrade to %1 that started at %2 ended</b> with %3 of %4 systems "
                                       "upgraded.");
    }
    return what.arg(target, started).arg(run.systemsUpgraded).arg(run.systemsIncluded) + u' '
           + ContinuationCommand::tr("Each system stayed as it was, so versions are mixed now. Continuing installs "
                                     "the same package, which the Management Node still holds, on the systems left "
                                     "behind only.");
}

} // namespace

ContinuationCommand::ContinuationCommand(DeploymentSession &session, QWidget *window, QObject *parent)
    : FlowCommand(session, window, parent)
{
}

ContinuationCommand::~ContinuationCommand() = default;

void ContinuationCommand::start()
{
    const auto &snapshot = session().snapshot();
    const auto &run = session().run().run();
    const QString title = tr("Continue the Upgrade");
    if (!snapshot) {
        showError(tr("The console has not read the deployment yet."),
                  Error{SessionError::NoData,
                        tr("Wait until the status bar shows the connection as live, then try again.")});
        finish();
        return;
    }
    if (!run) {
        flow::showNotice(window(), QMessageBox::Information, u"continuationInfoDialog"_s, title,
                         tr("There is no earlier upgrade to continue."),
                         tr("To start an upgrade, upload a package (File ▸ Upload package)."));
        finish();
        return;
    }
    if (session().run().isActive()) {
        flow::showNotice(window(), QMessageBox::Information, u"continuationInfoDialog"_s, title,
                         tr("The upgrade to %1 is still running.").arg(run->targetVersion.text),
                         tr("It goes on by itself with the systems it has not reached yet. Continue it only after "
                            "it has stopped."));
        finish();
        return;
    }
    const Version target = run->targetVersion.version;
    int lagging = snapshot->management.version.version.isSameBuild(target) ? 0 : 1;
    for (const api::WorkerVmStatus &n : snapshot->nodes)
        lagging += n.version.version.isSameBuild(target) ? 0 : 1;
    if (target.isValid() && lagging == 0) {
        flow::showNotice(window(), QMessageBox::Information, u"continuationInfoDialog"_s, title,
                         tr("Every system already runs %1.").arg(run->targetVersion.text),
                         tr("Nothing was left behind, so there is nothing to continue."));
        finish();
        return;
    }
    if (run->packageId.isEmpty() || !target.isValid()) {
        Q_EMIT packageNeeded();
        finish();
        return;
    }
    ConfirmFacts facts = jobs::confirmFactsFor(
        jobs::InstalledVersions{snapshot->management, snapshot->nodes, snapshot->configurations}, target,
        session().client().serverNow(), session().run().estimates());
    facts.upgradeVersion = run->targetVersion.text;
    facts.stoppedRunNote = stoppedRunNote(*run);
    Q_EMIT readyToConfirm(facts, run->packageId);
    finish();
}

} // namespace iuc::ui
