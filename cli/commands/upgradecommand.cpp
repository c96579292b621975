// upgrade and report: the command that changes things, and the record.

#include "cli/commands/commands.h"

#include "core/api/apierrors.h"
#include "core/jobs/upgradejob.h"
#include "core/model/deploymentmodel.h"
#include "core/report/runreport.h"
#include "core/session/runhistory.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QTimeZone>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace iuc::cli {

using namespace std::chrono_literals;

QCoro::Task<int> upgradeCommand(CliContext &context, const QString &file, bool yes, std::chrono::milliseconds interval)
{
    const StartOutcome started = co_await uploadAndStart(context, file, std::nullopt, yes);
    if (!started.run)
        co_return started.exitCode;
    // The run it started, by id: a fast run may have ended before the first
    // refresh, and waiting to see "a run" active would then never end. A
    // node without the run extension gives no id: the next run seen.
    co_return co_await watchRun(context, interval, started.run->observed ? kNextRun : started.run->id);
}

namespace {

// The confirmation's facts, as the console's dialog shows them.
void printFacts(Terminal &t, const jobs::ConfirmFacts &facts)
{
    if (facts.validatedByNode)
        t.print(QCoreApplication::translate("upgradectl", "The Management Node received the package whole and validated it."));
    t.print(t.bold(QCoreApplication::translate("upgradectl", "Installed version: %1").arg(facts.installedVersion)));
    t.print(t.bold(QCoreApplication::translate("upgradectl", "Upgrade version:   %1").arg(facts.upgradeVersion)));
    // The judgement names the systems to upgrade already.
    if (!facts.judgement.isEmpty()) {
        t.print(facts.judgement);
        t.print(QCoreApplication::translate("upgradectl", "Calls in progress now: %1.").arg(facts.callsNow));
    } else {
        t.print(QCoreApplication::translate("upgradectl", "Systems to upgrade: %1. Calls in progress now: %2.").arg(facts.systemsToUpgrade).arg(facts.callsNow));
    }
    t.print(QCoreApplication::translate("upgradectl", "While versions are mixed, two callers of the same meeting may land on nodes with different "
               "versions and end up in separate conferences: upgrade at a quiet time."));
    if (facts.configurationOnlyNodes > 0)
        t.print(QCoreApplication::translate("upgradectl", "%n node(s) exist only in the configuration (not deployed): the run does not upgrade them.", nullptr,
                   facts.configurationOnlyNodes));
    if (facts.uploadStartsUpgrade)
        t.print(t.bold(QCoreApplication::translate("upgradectl",
                    "This Management Node takes the package and starts the upgrade in one step: yes uploads %1 now, "
                    "and the upgrade begins as soon as the Management Node has all of it. Nothing has been sent "
                    "yet.")
                    .arg(facts.packageFile)));
    if (facts.forecastSeconds) {
        t.print(facts.cutByDeadline
                    ? t.red(QCoreApplication::translate("upgradectl", "Forecast: the 24-hour limit would stop this run with %1 Conferencing Nodes left behind.")
                                .arg(facts.forecastLeftBehind))
                    : (facts.nodesAtOnce > 1
                           ? QCoreApplication::translate("upgradectl", "Forecast: about %1 with up to %n nodes upgraded at a time (longer while calls last).",
                                                         nullptr, facts.nodesAtOnce)
                           : QCoreApplication::translate("upgradectl", "Forecast: about %1 with nodes upgraded one at a time (longer while calls last)."))
                          .arg(DeploymentModel::formatSeconds(*facts.forecastSeconds)));
    }
}

} // namespace

// A presenter of the upgrade job (core/jobs/upgradejob.h) in a terminal.
QCoro::Task<StartOutcome> uploadAndStart(CliContext &context, QString file, std::optional<PackageInspection> inspected,
                                         bool yes)
{
    using Stage = jobs::UpgradeJob::Stage;
    using Kind = jobs::UpgradeJob::Outcome::Kind;
    Terminal &t = context.terminal();
    api::ManagementClient &client = context.client();
    jobs::UpgradeJob job(client, file);
    if (inspected)
        job.setInspection(*inspected);
    job.setStartWindow(context.startWindow());
    bool interruptedAtQuestion = false;

    QObject::connect(&job, &jobs::UpgradeJob::stageChanged, &job, [&](Stage stage) {
        if (stage != Stage::Judging || !job.inspection())
            return;
        const PackageInspection &p = *job.inspection();
        t.print(QCoreApplication::translate("upgradectl", "Package %1: version %2, %3, SHA-256 %4")
                    .arg(file, p.manifest.version.toString(), QLocale::c().formattedDataSize(p.size),
                         QString::fromLatin1(p.sha256Hex)));
        if (p.versionFromName)
            t.print(QCoreApplication::translate("upgradectl", "The version comes from the file's name; the Management Node validates the inside."));
    });
    QObject::connect(&job, &jobs::UpgradeJob::continuingEarlierUpload, &job, [&](qint64 offset, qint64 total) {
        if (offset >= total)
            t.print(QCoreApplication::translate("upgradectl", "The Management Node holds this file whole from an earlier upload: it is validated again, "
                       "not sent again."));
        else
            t.print(QCoreApplication::translate("upgradectl", "Continuing the earlier upload of this file from byte %1 (%2 already on the Management Node).")
                        .arg(offset)
                        .arg(QLocale::c().formattedDataSize(offset)));
    });
    QObject::connect(&job, &jobs::UpgradeJob::uploadProgress, &job,
                     [&](qint64 sent, qint64 total, double rate, qint64 eta) {
                         if (!t.isInteractive())
                             return;
                         const double fraction = total > 0 ? static_cast<double>(sent) / static_cast<double>(total) : 1.0;
                         t.write(u"\r"_s + QCoreApplication::translate("upgradectl", "Uploading %1  %2/s  %3 left")
                                               .arg(Terminal::progressBar(fraction, 30),
                                                    QLocale::c().formattedDataSize(static_cast<qint64>(rate)),
                                                    DeploymentModel::formatSeconds(eta))
                                 + u"\x1b[K"_s);
                     });
    QObject::connect(&job, &jobs::UpgradeJob::uploadResumed, &job, [&](qint64 offset, int attempt) {
        t.error(t.yellow(QCoreApplication::translate("upgradectl", "\nThe connection broke; resuming at byte %1 (attempt %2).").arg(offset).arg(attempt)));
    });
    QObject::connect(&job, &jobs::UpgradeJob::stageChanged, &job, [&](Stage stage) {
        if (stage == Stage::Validating && t.isInteractive())
            t.write(u"\r\x1b[K"_s);
    });
    // The question, answered here and now (a terminal prompt, or --yes).
    QObject::connect(&job, &jobs::UpgradeJob::confirmationNeeded, &job, [&](const jobs::ConfirmFacts &facts) {
        if (t.isInteractive())
            t.write(u"\r\x1b[K"_s);
        printFacts(t, facts);
        if (yes) {
            job.answerConfirmation(!interrupted());
            return;
        }
        if (!t.isInteractive()) {
            t.error(QCoreApplication::translate("upgradectl", "upgradectl: not starting without confirmation; add --yes to start from a script."));
            job.answerConfirmation(false);
            return;
        }
        const bool answer = t.confirm(QCoreApplication::translate("upgradectl", "Start the upgrade?"));
        interruptedAtQuestion = interrupted();
        job.answerConfirmation(answer && !interrupted());
    });
    // A scheduled start: said once, then a countdown in a terminal.
    QTimer countdown;
    QObject::connect(&job, &jobs::UpgradeJob::waitingToStart, &job, [&](const QDateTime &at) {
        t.print(QCoreApplication::translate("upgradectl", "Confirmed. The upgrade starts at %1 (%2 UTC, Management Node "
                                                          "clock); Ctrl-C cancels it, the package staying on the "
                                                          "Management Node.")
                    .arg(at.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s),
                         at.toTimeZone(QTimeZone::utc()).toString(u"HH:mm"_s)));
        if (context.startWindow()->end && context.drainAhead())
            t.print(QCoreApplication::translate("upgradectl", "Drain ahead works only inside the window %1 (local time).")
                        .arg(context.startWindow()->text()));
        if (t.isInteractive())
            countdown.start(1000);
    });
    QObject::connect(&countdown, &QTimer::timeout, &job, [&] {
        if (!job.startAt() || job.stage() != Stage::Waiting) {
            countdown.stop();
            t.write(u"\r\x1b[K"_s);
            return;
        }
        const qint64 left = std::max<qint64>(0, client.serverNow().secsTo(*job.startAt()));
        t.write(u"\r"_s + QCoreApplication::translate("upgradectl", "Starting in %1…").arg(DeploymentModel::formatSeconds(left))
                + u"\x1b[K"_s);
    });
    // Ctrl-C or SIGTERM: before the start, the job stops at once (the node
    // drops a partial upload) and nothing is started.
    QTimer interruptCheck;
    QObject::connect(&interruptCheck, &QTimer::timeout, &job, [&job] {
        if (interrupted())
            job.cancel();
    });
    interruptCheck.start(100);

    const jobs::UpgradeJob::Outcome outcome = co_await job.startAndWait();
    interruptCheck.stop();
    if (t.isInteractive() && outcome.at == Stage::Uploading)
        t.write(u"\r\x1b[K"_s);

    const QString message = outcome.error ? outcome.error->message : QString();
    switch (outcome.kind) {
    case Kind::Started: {
        const api::UpgradeRun &run = *outcome.run;
        if (outcome.start.observed)
            t.print(t.yellow(outcome.start.summary()));
        t.print(QCoreApplication::translate("upgradectl", "Upgrade started at %1 UTC; it stops by itself at %2 UTC if not done.")
                    .arg(run.startedAt.toTimeZone(QTimeZone::utc()).toString(u"yyyy-MM-dd HH:mm"_s),
                         run.deadlineAt.toTimeZone(QTimeZone::utc()).toString(u"yyyy-MM-dd HH:mm"_s)));
        co_return StartOutcome{Ok, run, outcome.uploadId};
    }
    case Kind::StartUnknown:
        t.error(t.yellow(QCoreApplication::translate("upgradectl", "upgradectl: %1").arg(outcome.start.summary())));
        t.error(QCoreApplication::translate("upgradectl", "See what the deployment does with: upgradectl watch"));
        co_return StartOutcome{Failed, std::nullopt, {}};
    case Kind::NotStarted:
        if (!outcome.start.observed && outcome.start.failure)
            co_return StartOutcome{context.fail(*outcome.start.failure), std::nullopt, {}};
        t.error(t.red(QCoreApplication::translate("upgradectl", "upgradectl: %1").arg(outcome.start.summary())));
        co_return StartOutcome{Failed, std::nullopt, {}};
    case Kind::Declined:
        if (interruptedAtQuestion) {
            t.error(QCoreApplication::translate("upgradectl", "\nInterrupted: nothing was started. The package stays on the Management Node."));
            co_return StartOutcome{Interrupted, std::nullopt, {}};
        }
        co_return StartOutcome{Declined, std::nullopt, {}};
    case Kind::Cancelled:
        if (outcome.at == Stage::Inspecting || outcome.at == Stage::Judging)
            t.error(QCoreApplication::translate("upgradectl", "Interrupted: nothing was uploaded, nothing was started."));
        else if (outcome.at == Stage::AwaitingConfirmation)
            t.error(QCoreApplication::translate("upgradectl", "Interrupted: nothing was started. The package stays on the Management Node."));
        else if (outcome.at == Stage::Waiting)
            t.error(QCoreApplication::translate("upgradectl", "\nInterrupted: the scheduled start is cancelled and "
                                                              "nothing was started. The package stays on the "
                                                              "Management Node."));
        else
            t.error(QCoreApplication::translate("upgradectl", "Interrupted: the upload was stopped and nothing was started. %1").arg(message));
        co_return StartOutcome{Interrupted, std::nullopt, {}};
    case Kind::Refused:
        t.error(t.red(QCoreApplication::translate("upgradectl", "upgradectl: %1").arg(message)));
        co_return StartOutcome{Refused, std::nullopt, {}};
    case Kind::Failed:
        break;
    }
    if (outcome.error && outcome.error->is(UploadError::Checksum)) {
        t.error(t.red(QCoreApplication::translate("upgradectl", "upgradectl: %1").arg(message)));
        co_return StartOutcome{Failed, std::nullopt, {}};
    }
    co_return StartOutcome{context.fail(outcome.error.value_or(Error{})), std::nullopt, {}};
}

QCoro::Task<int> reportCommand(CliContext &context, const QString &format, const QString &output)
{
    Terminal &t = context.terminal();
    auto runs = co_await runHistory(context.client(), context.runRecord());
    if (!runs)
        co_return context.fail(runs.error());
    if (runs->isEmpty()) {
        t.error(QCoreApplication::translate("upgradectl",
                    "upgradectl: this Management Node has no upgrade runs to report."));
        t.error(QCoreApplication::translate("upgradectl",
                    "A Management Node that does not report its runs has only the runs this workstation saw: "
                    "keep upgradectl watch or the console open during an upgrade."));
        co_return Refused;
    }
    const ReportContext report{context.deploymentName(), context.client().settings().user,
                               context.client().serverNow(), {}, context.adminActions()};
    const ReportFormat chosen = format == u"html"_s ? ReportFormat::Html : ReportFormat::Csv;
    if (output.isEmpty() || output == u"-"_s) {
        t.write(runReport(chosen, runs.value(), report));
        co_return Ok;
    }
    if (const auto failed = saveRunReport(output, chosen, runs.value(), report)) {
        t.error(t.red(QCoreApplication::translate("upgradectl",
                          "upgradectl: cannot write %1: %2").arg(output, *failed)));
        co_return Failed;
    }
    t.print(QCoreApplication::translate("upgradectl", "Wrote %1 (%2 runs).").arg(output).arg(runs->size()));
    co_return Ok;
}

} // namespace iuc::cli
