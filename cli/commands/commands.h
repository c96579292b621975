#pragma once

#include "cli/clicontext.h"
#include "cli/interrupt.h"
#include "core/package/packagereader.h"

#include <QString>

#include <chrono>
#include <optional>

namespace iuc::cli {

// The upgradectl commands. Each returns the process's exit code (exitcodes.h)
// and has printed what the admin needs to know.

QCoro::Task<int> statusCommand(CliContext &context, bool json);
// What the Management Node offers (its schema/ pages) and which console
// features work on it; with `saveDir`, its schemas and one page of each
// resource, credentials removed, for a bug report.
QCoro::Task<int> probeCommand(CliContext &context, const QString &saveDir, bool json);
// Until the run in progress ends (exit code by its outcome) or Ctrl-C.
QCoro::Task<int> watchCommand(CliContext &context, std::chrono::milliseconds interval);
// Until run `runId` is no longer active (at once when it has ended already).
// kNextRun: until the next run that is seen active ends; kLatestRun: the
// latest run, whatever its id.
inline constexpr int kNextRun = -1;
inline constexpr int kLatestRun = -2;
QCoro::Task<int> watchRun(CliContext &context, std::chrono::milliseconds interval, int runId);
// Without a connection (context == nullptr) the verdict against the
// installed version is left out.
QCoro::Task<int> inspectCommand(Terminal &terminal, CliContext *context, const QString &file, bool json);
QCoro::Task<int> planCommand(Terminal &terminal, CliContext *context, const QString &to, const QString &from);
QCoro::Task<int> upgradeCommand(CliContext &context, const QString &file, bool yes, std::chrono::milliseconds interval);
// upgrade's middle: the verdict against what is installed (R10), the upload
// (resumed after a broken connection), the confirmation and the start (R7).
struct StartOutcome
{
    int exitCode = Ok;                // not Ok: printed already, nothing started
    std::optional<api::UpgradeRun> run; // the run started
    QString uploadId;                 // the staged package, for a continuation (R6)
};
// A presenter of the upgrade job (core/jobs/upgradejob.h); `inspected`:
// the file was read already.
QCoro::Task<StartOutcome> uploadAndStart(CliContext &context, QString file, std::optional<PackageInspection> inspected,
                                         bool yes);
// The guided upgrade without a window: every hop from the installed version
// to the newest one the upgrade paths know, each package among `files`.
// Progress is saved after each step; run again, it resumes where it stopped.
QCoro::Task<int> upgradePathCommand(CliContext &context, const QStringList &files, bool yes,
                                    std::chrono::milliseconds interval);
QCoro::Task<int> rebootCommand(CliContext &context, const QString &target, bool yes);
// A node's calls listed and, on yes, disconnected (core/session/nodecalls.h).
// nodeNotFound: the exit code for callsOnNode's error (Usage for a name
// that is no node of the deployment).
int nodeNotFound(CliContext &context, const Error &error, const QString &target);
QCoro::Task<int> disconnectCallsCommand(CliContext &context, const QString &target, bool yes);
QCoro::Task<int> reportCommand(CliContext &context, const QString &format, const QString &output);
// backup: a configuration backup by the Management Node; the passphrase from
// the environment variable `passphraseEnv`, else typed twice.
QCoro::Task<int> backupCommand(CliContext &context, const QString &passphraseEnv);
// profile list | save NAME | remove NAME, from the global connection options;
// `webhook`: the profile's alert webhook URL to keep in the keychain (empty:
// remove it; none: leave it).
QCoro::Task<int> profileCommand(Terminal &terminal, ProfileStore &profiles, SecretStore &secrets, const QStringList &args,
                                const ConnectOptions &options, const std::optional<QString> &webhook);


} // namespace iuc::cli
