// upgrade-path: the guided multi-hop upgrade without a window (v3 → v6 → v11).
// The same plan, checks and saved progress as the console's wizard
// (core/guided/); the same upload, start and watch as `upgrade`.

#include "cli/commands/commands.h"
#include "core/api/apierrors.h"
#include "core/api/capabilities.h"
#include "core/api/upgradestart.h"
#include "core/jobs/upgradejob.h"

#include "core/guided/guideddetect.h"
#include "core/guided/guidedplan.h"
#include "core/guided/guidedstate.h"
#include "core/guided/guidedstore.h"
#include "core/report/runreport.h"
#include "core/session/runhistory.h"

#include <QCoreApplication>
#include <QDir>
#include <QTimeZone>

#include <QCoro/QCoroTimer>

using namespace Qt::StringLiterals;

namespace iuc::cli {

using namespace std::chrono_literals;

namespace {

// How many repeat runs (R6) one hop may take before it asks for a person.
constexpr int kMaxContinuations = 3;

// The package among `files` for `hop`, or nothing.
std::optional<PackageInspection> packageFor(const QList<PackageInspection> &files, const guided::Hop &hop)
{
    for (const PackageInspection &p : files) {
        if (guided::checkHopPackage(p.manifest, hop))
            return p;
    }
    return std::nullopt;
}

bool save(CliContext &context, const guided::GuidedStore &store, const guided::State &state)
{
    if (const Result<void> saved = store.save(state); !saved) {
        context.terminal().error(context.terminal().red(u"upgradectl: "_s + saved.error().message));
        return false;
    }
    return true;
}

QCoro::Task<std::optional<guided::Detection>> detectOrFail(CliContext &context, int &exitCode)
{
    Result<guided::Detection> d = co_await guided::detect(context.client(), &context.runRecord());
    if (!d) {
        exitCode = context.fail(d.error());
        co_return std::nullopt;
    }
    co_return d.value();
}

// The checklist, each item confirmed (--yes confirms) or verified.
QCoro::Task<int> runChecklist(CliContext &context, const guided::GuidedStore &store, guided::State &state, bool yes,
                              std::chrono::milliseconds interval)
{
    Terminal &t = context.terminal();
    auto ask = [&](const QString &question) {
        if (yes) {
            t.print(question + QLatin1Char(' ') + QCoreApplication::translate("upgradectl", "yes (--yes)"));
            return true;
        }
        return t.isInteractive() && t.confirm(question);
    };
    int code = Ok;
    auto detection = co_await detectOrFail(context, code);
    if (!detection)
        co_return code;

    t.print(t.bold(QCoreApplication::translate("upgradectl", "Pre-flight checklist")));
    guided::Checklist &c = state.checklist;
    if (!c.managementSnapshot) {
        t.print(QCoreApplication::translate("upgradectl", "1. Take a snapshot of the Management Node in your hypervisor: you need it to go back if an upgrade "
                   "fails or to downgrade."));
        if (guided::needsNonQuiescingSnapshot(*detection))
            t.print(t.yellow(QCoreApplication::translate("upgradectl", "   The Management Node runs v8: take a non-quiescing snapshot (v8.1 fixed the "
                                "incompatibility).")));
        if (!ask(QCoreApplication::translate("upgradectl", "Is the Management Node snapshot taken?")))
            co_return Declined;
        c.managementSnapshot = true;
        if (!save(context, store, state))
            co_return Failed;
    }
    if (c.nodeSnapshots.isEmpty()) {
        t.print(QCoreApplication::translate("upgradectl", "2. Snapshots of the Conferencing Nodes are optional: you can redeploy them from the Management Node "
                   "instead."));
        c.nodeSnapshots = ask(QCoreApplication::translate("upgradectl", "Are Conferencing Node snapshots taken (no: redeploy them if ever needed)?"))
                              ? u"taken"_s
                              : u"redeploy"_s;
        if (!save(context, store, state))
            co_return Failed;
    }
    if (!c.rebootsVerifiedAt) {
        t.print(QCoreApplication::translate("upgradectl", "3. Reboot every Conferencing Node. Verified from each node's boot time."));
        if (!c.rebootSince) {
            c.rebootSince = detection->serverTime;
            if (!save(context, store, state))
                co_return Failed;
        }
        // A real Management Node has no reboot command: the admin reboots the
        // nodes, and this check sees each one's new boot time.
        const Result<api::Capabilities> capabilities = co_await api::detectCapabilities(context.client());
        const bool manual = capabilities && capabilities->lacks(api::Resource::Reboot);
        // Rebooting by hand takes a while: up to an hour before --yes gives up.
        const int quietLimit = manual ? std::max(3, static_cast<int>(std::chrono::milliseconds(std::chrono::hours(1)) / interval)) : 3;
        bool asked = false;
        bool toldUnreachable = false;
        int quietChecks = 0;
        while (!interrupted()) {
            const guided::RebootCheck check = guided::checkReboots(*detection, *c.rebootSince);
            // No Conferencing Nodes: nothing to reboot, nothing to wait for.
            if (check.passed() || check.total == 0) {
                t.print(check.summary());
                c.rebootsVerifiedAt = detection->serverTime;
                break;
            }
            if (!asked && !check.notRebooted.isEmpty()) {
                asked = true;
                int calls = 0;
                for (const api::WorkerVmStatus &n : std::as_const(detection->nodes))
                    calls += n.signalingCount;
                t.print(check.summary());
                if (manual) {
                    t.print(t.yellow(QCoreApplication::translate("upgradectl", "This Management Node has no reboot command in its API: reboot each of "
                                         "these in the hypervisor, or sign in to it over SSH and run `sudo reboot`: %1. "
                                         "Their calls (%2 in progress) are dropped. This check goes on until every "
                                         "node has booted since the checklist began (Ctrl-C to stop; run the command "
                                         "again to resume).")
                                         .arg(guided::withAddresses(*detection, check.notRebooted).join(u", "_s))
                                         .arg(calls)));
                } else if (ask(QCoreApplication::translate("upgradectl", "Reboot the %1 Conferencing Nodes not rebooted yet through the Management Node now? Their "
                           "calls (%2 in progress) are dropped.")
                            .arg(check.notRebooted.size())
                            .arg(calls))) {
                    Result<api::RebootAllAnswer> answer = co_await context.client().rebootAllConferencingNodes();
                    if (!answer)
                        co_return context.fail(answer.error());
                    t.print(QCoreApplication::translate("upgradectl", "%1 Conferencing Nodes are rebooting.").arg(answer->rebooted.size()));
                } else {
                    t.print(QCoreApplication::translate("upgradectl", "Reboot them from the hypervisor or with `sudo reboot` over SSH; this check goes on "
                               "until every node has booted since the checklist began (Ctrl-C to stop; run the "
                               "command again to resume)."));
                }
            } else if (!asked && !toldUnreachable && !check.unreachable.isEmpty()) {
                // Only lost nodes keep the check back (the others rebooted, on an
                // earlier run): say so, or the wait is silent.
                toldUnreachable = true;
                t.print(check.summary());
            }
            // Nothing on its way any more and still not all rebooted: a person
            // must act. Not only after asking: when the other nodes rebooted on an
            // earlier run, nothing is asked and a lost node must still stop it.
            quietChecks = check.rebooting.isEmpty() ? quietChecks + 1 : 0;
            const int limit = check.unreachable.isEmpty() ? quietLimit : 3;
            if (yes && quietChecks > limit && (!check.unreachable.isEmpty() || !check.notRebooted.isEmpty())) {
                t.error(t.red(u"upgradectl: "_s + check.summary()));
                co_return Failed;
            }
            co_await QCoro::sleepFor(interval);
            detection = co_await detectOrFail(context, code);
            if (!detection)
                co_return code;
        }
        if (interrupted())
            co_return Interrupted;
        if (!save(context, store, state))
            co_return Failed;
    }
    if (!c.backup) {
        if (!ask(QCoreApplication::translate("upgradectl", "4. Is there a recent backup of the configuration? (If not, "
                                                           "answer no and make one with: upgradectl backup)")))
            co_return Declined;
        c.backup = true;
    }
    state.step = guided::Step::Hops;
    co_return save(context, store, state) ? Ok : Failed;
}

// One hop: upload and start (unless running already), watch, verify,
// repeat for the systems left behind (R6).
QCoro::Task<int> runHop(CliContext &context, const guided::GuidedStore &store, guided::State &state,
                        const QList<PackageInspection> &files, bool yes, std::chrono::milliseconds interval)
{
    Terminal &t = context.terminal();
    guided::HopRecord &hop = state.hops[state.currentHop];
    t.print(t.bold(state.hopLabel(state.currentHop)));
    int continuations = 0;
    while (hop.stage != guided::HopStage::Verified) {
        if (hop.stage == guided::HopStage::ChooseFile) {
            // Started already, and stopped before it was saved? Then watch that run.
            Result<std::optional<api::UpgradeRun>> current = co_await guided::lastRun(context.client(), &context.runRecord());
            if (!current)
                co_return context.fail(current.error());
            if (current.value() && guided::isUnrecordedRunOfHop(state, state.currentHop, *current.value())) {
                const api::UpgradeRun &run = *current.value();
                t.print(QCoreApplication::translate("upgradectl", "The run to %1 started at %2 UTC is this step's: watching it.")
                            .arg(run.targetVersion.text,
                                 run.startedAt.toTimeZone(QTimeZone::utc()).toString(u"yyyy-MM-dd HH:mm"_s)));
                guided::recordRun(hop, run);
                if (!save(context, store, state))
                    co_return Failed;
                continue;
            }
            const std::optional<PackageInspection> package = packageFor(files, hop.hop);
            if (!package) {
                t.error(t.red(QCoreApplication::translate("upgradectl", "upgradectl: none of the files given is the package for this step (%1). Add it to "
                                 "the command line and run it again: the guided upgrade resumes here.")
                                  .arg(state.hopLabel(state.currentHop))));
                co_return Refused;
            }
            const StartOutcome started = co_await uploadAndStart(context, package->path, *package, yes);
            if (!started.run)
                co_return started.exitCode;
            hop.packagePath = package->path;
            hop.packageVersion = package->manifest.version.toString();
            hop.packageSha256 = QString::fromLatin1(package->sha256Hex);
            hop.uploadId = started.uploadId;
            guided::recordRun(hop, *started.run);
            if (!save(context, store, state))
                co_return Failed;
        }

        // Running: until the run ends (it survives the Management Node's reboot, R1).
        const int watched = co_await watchRun(context, interval, hop.runIds.constLast());
        if (watched == Interrupted || watched == Connection || watched == SignInRefused)
            co_return watched;
        int code = Ok;
        const auto detection = co_await detectOrFail(context, code);
        if (!detection)
            co_return code;
        const guided::HopVerification verified =
            guided::verifyHop(*detection, Version::fromString(hop.packageVersion));
        t.print(verified.summary());
        if (verified.passed()) {
            hop.stage = guided::HopStage::Verified;
            hop.verifiedAt = detection->serverTime;
            break;
        }
        if (!verified.notIdle.isEmpty() && verified.behind.isEmpty()) {
            co_await QCoro::sleepFor(interval); // settling after the last reboot
            continue;
        }
        // Systems left behind (24-hour stop, a node that could not be
        // contacted): the same package again upgrades only those (R6).
        if (++continuations > kMaxContinuations) {
            t.error(t.red(QCoreApplication::translate("upgradectl", "upgradectl: this step still has systems left behind after %1 repeat runs. Look at them "
                             "(upgradectl status), fix what keeps them back (reboot a stuck node, bring back one that "
                             "cannot be contacted), then run this command again.")
                              .arg(kMaxContinuations)));
            co_return StoppedAtDeadline;
        }
        if (!yes && !(t.isInteractive() && t.confirm(QCoreApplication::translate("upgradectl", "Run the upgrade again for the systems left behind?"))))
            co_return Declined;
        // The upgrade job for the package the node holds, already confirmed.
        jobs::ConfirmFacts facts;
        facts.upgradeVersion = hop.packageVersion;
        jobs::UpgradeJob *job = jobs::UpgradeJob::forStagedPackage(context.client(), hop.uploadId, facts);
        const std::unique_ptr<jobs::UpgradeJob> owner(job);
        QObject::connect(job, &jobs::UpgradeJob::confirmationNeeded, job, [job] { job->answerConfirmation(true); });
        const jobs::UpgradeJob::Outcome ended = co_await job->startAndWait();
        const api::UpgradeStart &again = ended.start;
        if (!ended.started()) {
            const bool gone = again.failure && !again.observed
                              && (serverCode(*again.failure) == UpgradeError::UnknownPackage
                                  || again.failure->is(ApiError::NotFound));
            if (gone) {
                t.print(QCoreApplication::translate("upgradectl", "The Management Node no longer has this step's package: uploading it again."));
                hop.stage = guided::HopStage::ChooseFile;
                continue;
            }
            if (!again.observed && again.failure)
                co_return context.fail(*again.failure);
            t.error(t.yellow(QCoreApplication::translate("upgradectl", "upgradectl: %1").arg(again.summary())));
            co_return Failed;
        }
        t.print(QCoreApplication::translate("upgradectl", "Repeat run started for the systems left behind."));
        guided::recordRun(hop, *ended.run);
        if (!save(context, store, state))
            co_return Failed;
    }
    ++state.currentHop;
    if (state.currentHop >= state.hops.size())
        state.step = guided::Step::Finish;
    co_return save(context, store, state) ? Ok : Failed;
}

QCoro::Task<int> finish(CliContext &context, const guided::GuidedStore &store, guided::State &state)
{
    Terminal &t = context.terminal();
    int code = Ok;
    const auto detection = co_await detectOrFail(context, code);
    if (!detection)
        co_return code;
    t.print(t.green(QCoreApplication::translate("upgradectl", "The guided upgrade is done: every system runs %1.").arg(detection->management.version.text)));
    t.print(QCoreApplication::translate("upgradectl", "Take a fresh backup of the configuration now: upgradectl backup."));
    const QStringList configOnly = guided::configurationOnlyNodes(*detection);
    t.print(QCoreApplication::translate("upgradectl", "New configuration-only Conferencing Nodes must be deployed from the VM template of version %1; a "
               "template of another version does not work.")
                .arg(detection->management.version.text));
    if (!configOnly.isEmpty())
        t.print(QCoreApplication::translate("upgradectl", "Configuration-only nodes in this deployment (upgraded like the others): %1.")
                    .arg(configOnly.join(u", "_s)));

    // The report of every hop's runs, next to the saved progress.
    Result<QList<api::UpgradeRun>> runs = co_await runHistory(context.client(), context.runRecord());
    if (!runs)
        co_return context.fail(runs.error());
    const guided::GuidedReport report = guided::guidedReport(state, runs.value(), detection->serverTime);
    const QString base = QDir(store.directory()).filePath(
        state.key + u"-report-"_s + detection->serverTime.toString(u"yyyyMMdd-HHmmss"_s));
    for (const QString &path : QStringList{base + u".csv"_s, base + u".html"_s}) {
        if (const auto failed = saveRunReport(path, reportFormatFor(path), report.runs, report.context)) {
            t.error(t.red(QCoreApplication::translate("upgradectl", "upgradectl: cannot write %1: %2").arg(path, *failed)));
            co_return Failed;
        }
        t.print(QCoreApplication::translate("upgradectl", "Report: %1").arg(path));
    }
    if (const Result<void> removed = store.remove(state.key); !removed)
        t.error(removed.error().message);
    co_return Ok;
}

} // namespace

QCoro::Task<int> upgradePathCommand(CliContext &context, const QStringList &files, bool yes,
                                    std::chrono::milliseconds interval)
{
    Terminal &t = context.terminal();
    // Every file is read before anything else: a wrong one is refused now.
    QList<PackageInspection> packages;
    for (const QString &f : files) {
        const Result<PackageInspection> inspected = inspectPackage(f);
        if (!inspected) {
            t.error(t.red(u"upgradectl: %1"_s.arg(inspected.error().message)));
            co_return Refused;
        }
        packages.append(inspected.value());
    }

    const guided::GuidedStore store;
    const QString key = guided::GuidedStore::keyFor(context.client().settings().baseUrl);
    const Result<std::shared_ptr<DeploymentLock>> lock = store.lock(key);
    if (!lock) {
        t.error(t.red(u"upgradectl: "_s + lock.error().message));
        co_return Refused;
    }
    const Result<std::optional<guided::State>> saved = store.load(key);
    if (!saved) {
        t.error(t.red(u"upgradectl: "_s + saved.error().message));
        co_return Failed;
    }

    guided::State state;
    if (saved.value()) {
        state = *saved.value();
        t.print(QCoreApplication::translate("upgradectl", "Resuming the guided upgrade begun %1 UTC by %2: %3.")
                    .arg(state.createdAt.toTimeZone(QTimeZone::utc()).toString(u"yyyy-MM-dd HH:mm"_s),
                         state.user, state.whereText()));
    } else {
        int code = Ok;
        const auto detection = co_await detectOrFail(context, code);
        if (!detection)
            co_return code;
        for (const guided::VersionGroup &g : guided::versionGroups(*detection)) {
            t.print(QCoreApplication::translate("upgradectl", "%1: %2%3 Conferencing Nodes")
                        .arg(g.version, g.management ? QCoreApplication::translate("upgradectl", "the Management Node and ") : QString())
                        .arg(g.nodes.size()));
        }
        const guided::Plan plan = guided::planHops(*detection);
        if (plan.kind != guided::Plan::Kind::Hops) {
            (plan.kind == guided::Plan::Kind::NothingToDo ? t.print(plan.message)
                                                          : t.error(t.red(u"upgradectl: "_s + plan.message)));
            co_return plan.kind == guided::Plan::Kind::NothingToDo ? Ok
                   : plan.kind == guided::Plan::Kind::RunActive   ? Locked
                                                                  : Refused;
        }
        t.print(t.bold(QCoreApplication::translate("upgradectl", "Plan: %1. %2").arg(guided::hopChain(plan), plan.message)));
        // Each hop's package must be among the files, and each file must be a hop's.
        for (const PackageInspection &p : std::as_const(packages)) {
            bool fits = false;
            for (const guided::Hop &h : plan.hops)
                fits = fits || guided::checkHopPackage(p.manifest, h);
            if (!fits) {
                t.error(t.red(QCoreApplication::translate("upgradectl", "upgradectl: %1 is version %2, which is no step of this plan (%3).")
                                  .arg(p.path, p.manifest.version.toString(), guided::hopChain(plan))));
                co_return Refused;
            }
        }
        for (qsizetype i = 0; i < plan.hops.size(); ++i) {
            const guided::Hop &h = plan.hops.at(i);
            if (!packageFor(packages, h)) {
                // Not checkHopPackage's refusal: that one is about a file given
                // ("This file is the package for …"), and here none was.
                const QString needed = h.finishesInterrupted ? h.finishVersion : QString::number(h.major);
                t.error(t.red(QCoreApplication::translate("upgradectl", "upgradectl: none of the files given is the package for step %1 of %2 "
                                 "(version %3). Add the version %3 package to the command line.")
                                  .arg(i + 1)
                                  .arg(plan.hops.size())
                                  .arg(needed)));
                co_return Refused;
            }
        }
        if (!yes && !(t.isInteractive() && t.confirm(QCoreApplication::translate("upgradectl", "Begin the guided upgrade?")))) {
            if (!t.isInteractive())
                t.error(QCoreApplication::translate("upgradectl", "upgradectl: not starting without confirmation; add --yes to start from a script."));
            co_return Declined;
        }
        state = guided::newState(key, context.deploymentName(), context.client().settings().user, plan,
                                 detection->serverTime);
        if (!save(context, store, state))
            co_return Failed;
    }

    if (state.step == guided::Step::Checklist) {
        if (const int code = co_await runChecklist(context, store, state, yes, interval); code != Ok)
            co_return code;
    }
    while (state.step == guided::Step::Hops) {
        if (const int code = co_await runHop(context, store, state, packages, yes, interval); code != Ok)
            co_return code;
    }
    co_return co_await finish(context, store, state);
}

} // namespace iuc::cli
