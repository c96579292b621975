// upgrade and report: the command that changes things, and the record.

#include "cli/commands/commands.h"

#include "core/api/upgradestart.h"
#include "core/api/uploader.h"
#include "core/engine/forecast.h"
#include "core/engine/upgradeengine.h"
#include "core/model/deploymentmodel.h"
#include "core/package/packagereader.h"
#include "core/package/packageverdict.h"
#include "core/report/runreport.h"
#include "core/session/newrunforecast.h"
#include "core/session/runhistory.h"
#include "core/session/unfinishedupload.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QPointer>
#include <QTimeZone>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace iuc::cli {

using namespace std::chrono_literals;

QCoro::Task<int> upgradeCommand(CliContext &context, const QString &file, bool yes, std::chrono::milliseconds interval)
{
    Terminal &t = context.terminal();

    // 1. The file, checked here before a byte is uploaded (R10); Ctrl-C
    // stops the reading.
    const auto inspected = inspectPackage(file, {}, interruptFlag());
    if (interrupted()) {
        t.error(QCoreApplication::translate("upgradectl", "Interrupted: nothing was uploaded, nothing was started."));
        co_return Interrupted;
    }
    if (!inspected) {
        t.error(t.red(QCoreApplication::translate("upgradectl", "upgradectl: %1").arg(inspected.error().message)));
        co_return Refused;
    }
    const StartOutcome started = co_await uploadAndStart(context, inspected.value(), yes);
    if (!started.run)
        co_return started.exitCode;
    // The run it started, by id: a fast run may have ended before the first
    // refresh, and waiting to see "a run" active would then never end. A
    // node without the run extension gives no id: the next run seen.
    co_return co_await watchRun(context, interval, started.run->observed ? kNextRun : started.run->id);
}

QCoro::Task<StartOutcome> uploadAndStart(CliContext &context, PackageInspection inspected, bool yes)
{
    Terminal &t = context.terminal();
    api::ManagementClient &client = context.client();
    const QString file = inspected.path;
    auto management = co_await client.managementVm();
    if (!management)
        co_return StartOutcome{context.fail(management.error()), std::nullopt, {}};
    auto nodes = co_await client.workerVms();
    if (!nodes)
        co_return StartOutcome{context.fail(nodes.error()), std::nullopt, {}};
    QList<Version> versions;
    int calls = 0;
    for (const api::WorkerVmStatus &n : std::as_const(nodes.value())) {
        versions.append(n.version.version);
        calls += n.signalingCount;
    }
    const PackageVerdict verdict = judgePackage(inspected.manifest, management->version.version, versions);
    t.print(QCoreApplication::translate("upgradectl", "Package %1: version %2, %3, SHA-256 %4")
                .arg(file, inspected.manifest.version.toString(), QLocale::c().formattedDataSize(inspected.size),
                     QString::fromLatin1(inspected.sha256Hex)));
    if (inspected.versionFromName)
        t.print(QCoreApplication::translate("upgradectl", "The version comes from the file's name; the Management "
                                                          "Node validates the inside."));
    if (!verdict.isAcceptable()) {
        t.error(t.red(QCoreApplication::translate("upgradectl", "upgradectl: %1").arg(verdict.message)));
        co_return StartOutcome{Refused, std::nullopt, {}};
    }

    // 2. Upload, resuming by itself after a broken connection, and after a
    // restart from where the node's partial upload of this file stands.
    api::Uploader uploader(client, file);
    UnfinishedUploads unfinished(UnfinishedUploads::defaultDirectory(), client.settings().baseUrl);
    qint64 resumeAt = 0;
    if (const QString partial = co_await continuableUpload(client, unfinished, file, &resumeAt); !partial.isEmpty()) {
        uploader.resumeUpload(partial);
        if (resumeAt >= inspected.size)
            t.print(QCoreApplication::translate("upgradectl", "The Management Node holds this file whole from an "
                                                              "earlier upload: it is validated again, not sent again."));
        else
            t.print(QCoreApplication::translate("upgradectl",
                        "Continuing the earlier upload of this file from byte %1 (%2 already on the Management Node).")
                        .arg(resumeAt)
                        .arg(QLocale::c().formattedDataSize(resumeAt)));
    }
    unfinished.follow(uploader);
    QObject::connect(&uploader, &api::Uploader::progress, &uploader,
                     [&](qint64 sent, qint64 total, double rate, qint64 eta) {
                         const double fraction = total > 0 ? static_cast<double>(sent) / static_cast<double>(total) : 1.0;
                         const QString line = QCoreApplication::translate("upgradectl", "Uploading %1  %2/s  %3 left")
                                                  .arg(Terminal::progressBar(fraction, 30),
                                                       QLocale::c().formattedDataSize(static_cast<qint64>(rate)),
                                                       DeploymentModel::formatSeconds(eta));
                         if (t.isInteractive())
                             t.write(u"\r"_s + line + u"\x1b[K"_s);
                     });
    QObject::connect(&uploader, &api::Uploader::resumed, &uploader, [&](qint64 offset, int attempt) {
        t.error(t.yellow(QCoreApplication::translate("upgradectl",
                             "\nThe connection broke; resuming at byte %1 (attempt %2).").arg(offset).arg(attempt)));
    });
    // Ctrl-C or SIGTERM stops the upload at once (the node drops the part
    // it has) and nothing is started.
    QTimer interruptCheck;
    QObject::connect(&interruptCheck, &QTimer::timeout, &uploader, [&uploader] {
        if (interrupted())
            uploader.cancel();
    });
    interruptCheck.start(100);
    const auto confirm = co_await uploader.run();
    interruptCheck.stop();
    if (t.isInteractive())
        t.write(u"\r\x1b[K"_s);
    if (interrupted()) {
        t.error(QCoreApplication::translate("upgradectl", "Interrupted: the upload was stopped and nothing was started. %1")
                    .arg(confirm ? QString() : confirm.error().message));
        co_return StartOutcome{Interrupted, std::nullopt, {}};
    }
    if (!confirm)
        co_return StartOutcome{context.fail(confirm.error()), std::nullopt, {}};
    // The node's copy is compared where the node reports its SHA-256; a
    // real node validates the package itself and says so by accepting it.
    const QString localSha = QString::fromLatin1(inspected.sha256Hex);
    if (!confirm->sha256.isEmpty() && confirm->sha256.compare(localSha, Qt::CaseInsensitive) != 0) {
        t.error(t.red(QCoreApplication::translate("upgradectl",
                          "upgradectl: the Management Node received a file whose SHA-256 (%1) differs from the "
                          "package's (%2). Upload it again.")
                          .arg(confirm->sha256, localSha)));
        co_return StartOutcome{Failed, std::nullopt, {}};
    }
    if (confirm->sha256.isEmpty())
        t.print(QCoreApplication::translate("upgradectl", "The Management Node received the package whole and validated it."));

    // 3. The confirmation: both versions, how many systems, the risks. What
    // the node does not say comes from this reading of the deployment (R6).
    const bool nodeJudged = !confirm->verdict.isEmpty();
    t.print(t.bold(QCoreApplication::translate("upgradectl", "Installed version: %1").arg(confirm->current.version)));
    t.print(t.bold(QCoreApplication::translate("upgradectl", "Upgrade version:   %1").arg(confirm->upgrade.version)));
    t.print(nodeJudged ? confirm->message : verdict.message);
    t.print(QCoreApplication::translate("upgradectl", "Systems to upgrade: %1. Calls in progress now: %2.")
                .arg(nodeJudged ? confirm->systemsToUpgrade : verdict.systemsToUpgrade)
                .arg(calls));
    t.print(QCoreApplication::translate("upgradectl",
                "While versions are mixed, two callers of the same meeting may land on nodes with different "
                "versions and end up in separate conferences: upgrade at a quiet time."));
    if (const auto f = forecastNewRunFromStatus(*management, nodes.value(), inspected.manifest.version, client.serverNow());
        f && f->finishAt) {
        const QString duration = DeploymentModel::formatSeconds(
            std::chrono::duration_cast<std::chrono::seconds>(*f->finishAt - fromDateTime(client.serverNow())).count());
        t.print(f->cutByDeadline
                    ? t.red(QCoreApplication::translate("upgradectl",
                                "Forecast: the 24-hour limit would stop this run with %1 Conferencing Nodes left behind.")
                                .arg(f->leftBehind.size()))
                    : QCoreApplication::translate("upgradectl",
                          "Forecast: about %1 with nodes upgraded one at a time (longer while calls last).").arg(duration));
    }
    if (!yes) {
        if (!t.isInteractive()) {
            t.error(QCoreApplication::translate("upgradectl",
                        "upgradectl: not starting without confirmation; add --yes to start from a script."));
            co_return StartOutcome{Declined, std::nullopt, {}};
        }
        if (!t.confirm(QCoreApplication::translate("upgradectl", "Start the upgrade?"))) {
            if (interrupted())
                t.error(QCoreApplication::translate("upgradectl", "\nInterrupted: nothing was started. The package "
                                                                  "stays on the Management Node."));
            co_return StartOutcome{interrupted() ? Interrupted : Declined, std::nullopt, {}};
        }
    }

    if (interrupted()) { // while the admin was asked, or before
        t.error(QCoreApplication::translate("upgradectl", "Interrupted: nothing was started. The package stays on the "
                                                          "Management Node."));
        co_return StartOutcome{Interrupted, std::nullopt, {}};
    }

    // 4. Start: one request, never sent twice (R7: 409 while another run
    // holds the lock); a lost answer is settled by looking at the node.
    const Version target = Version::fromString(confirm->upgrade.version);
    const api::UpgradeStart started =
        co_await api::performUpgradeOnce(client, confirm->uploadId, target);
    if (!started.started()) {
        if (started.verdict == api::UpgradeStart::Verdict::Unknown) {
            t.error(t.yellow(QCoreApplication::translate("upgradectl", "upgradectl: %1").arg(started.summary())));
            t.error(QCoreApplication::translate("upgradectl", "See what the deployment does with: upgradectl watch"));
            co_return StartOutcome{Failed, std::nullopt, {}};
        }
        if (!started.observed && started.failure)
            co_return StartOutcome{context.fail(*started.failure), std::nullopt, {}};
        t.error(t.red(QCoreApplication::translate("upgradectl", "upgradectl: %1").arg(started.summary())));
        co_return StartOutcome{Failed, std::nullopt, {}};
    }
    unfinished.forgetStarted(confirm->uploadId);
    const api::UpgradeRun run = started.run(api::ReportedVersion{confirm->upgrade.version, target}, client.serverNow());
    if (started.observed)
        t.print(t.yellow(started.summary()));
    t.print(QCoreApplication::translate("upgradectl",
                "Upgrade started at %1 UTC; it stops by itself at %2 UTC if not done.")
                .arg(run.startedAt.toTimeZone(QTimeZone::utc()).toString(u"yyyy-MM-dd HH:mm"_s),
                     run.deadlineAt.toTimeZone(QTimeZone::utc()).toString(u"yyyy-MM-dd HH:mm"_s)));
    co_return StartOutcome{Ok, run, confirm->uploadId};
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
                               context.client().serverNow(), {}};
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
