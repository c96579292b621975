#pragma once

#include "core/domain/startwindow.h"
#include "cli/exitcodes.h"
#include "cli/terminal.h"
#include "core/api/managementclient.h"
#include "core/domain/result.h"
#include "core/storage/adminactionlog.h"
#include "core/storage/profile.h"

#include <QString>

#include <memory>
#include <optional>

namespace iuc {
class ObservedRunStore;
class ProfileStore;
class SecretStore;
} // namespace iuc

namespace iuc::api {
class DeploymentPoller;
class RunObserver;
} // namespace iuc::api

namespace iuc::cli {

// How upgradectl reaches a Management Node: the global options.
struct ConnectOptions
{
    QString url;
    QString user;
    QString passwordEnv; // name of an environment variable holding the password
    QString profile;
    QString pin;         // SHA-256 fingerprint to pin
    QString caFile;
    bool insecureLoopback = false;
};

// What every command shares: the terminal, and the client once connected.
// Connecting resolves the options against the saved profile, finds the
// password (environment variable, keychain, or a prompt), and handles the
// first contact with a self-signed certificate (trust on first use: shown,
// and pinned only when the admin says yes).
class CliContext final
{
public:
    CliContext(Terminal &terminal, ConnectOptions options, ProfileStore &profiles, SecretStore &secrets);
    ~CliContext();

    // Connects and proves it with a first request. On failure the error is
    // already printed; the exit code is returned.
    QCoro::Task<std::optional<int>> connect();

    [[nodiscard]] Terminal &terminal() { return m_terminal; }
    [[nodiscard]] api::ManagementClient &client() { return *m_client; }
    [[nodiscard]] bool isConnected() const { return m_client != nullptr; }
    [[nodiscard]] QString deploymentName() const;
    [[nodiscard]] const ConnectOptions &options() const { return m_options; }
    // Whether connect() found the Management Node rebooting and waited for it:
    // whatever ran before may have ended while it waited.
    [[nodiscard]] bool waitedForReboot() const { return m_waitedForReboot; }

    // The console's own record of the runs, on a node that does not report
    // them (ObservedRunStore, shared with upgrade-console): read from disk
    // at the first call. An unreadable record is said and set aside.
    api::RunObserver &runRecord();
    // Gives `poller` the record and keeps it written whenever it changes.
    void keepRunRecord(api::DeploymentPoller &poller);
    // The profile's alert webhook URL, from the keychain (issue 15); none
    // without a profile or webhook, or when the keychain does not give it
    // (then said).
    QCoro::Task<std::optional<QUrl>> alertWebhookUrl();
    // Whether the record's current run has the Management Node still to
    // upgrade: then its silence is its reboot (R1).
    bool managementLastSeenInItsUpgrade();

    // Adds what the admin just did to a node to the record the run report
    // reads (AdminActionLog, shared with upgrade-console); a record that
    // cannot be written is said, and the action stands.
    void recordAdminAction(AdminAction::Kind kind, int nodeId, const QString &node, int calls,
                           const QString &detail = {});
    // The record's actions for a report; an unreadable record is said, and
    // the report goes without them.
    QList<AdminAction> adminActions();

    // --drain-ahead: the share of each location's capacity to keep in
    // service (percent) while the run's watch drains nodes ahead of their
    // turn; none without the option.
    void setDrainAhead(std::optional<int> keepPercent) { m_drainAheadKeep = keepPercent; }
    [[nodiscard]] std::optional<int> drainAhead() const { return m_drainAheadKeep; }
    // upgrade --at HH:MM [--until HH:MM] (issue 15): when to start, and the
    // window drain ahead keeps to.
    void setStartWindow(std::optional<StartWindow> window) { m_startWindow = std::move(window); }
    [[nodiscard]] const std::optional<StartWindow> &startWindow() const { return m_startWindow; }

    // Prints what went wrong, why and what to do; returns the exit code for it.
    int fail(const Error &error);
    static int exitCodeFor(const Error &error);
    // Says `error` the way the command line asked: words on stderr, or with
    // --json {"error": {"code", "message", "details"}} on stdout (English,
    // stable codes). Returns `exitCode`.
    static int report(Terminal &terminal, const Error &error, int exitCode);

    // A keychain problem, in upgradectl's words (not the console's): what it
    // means for the password of `profile`, and what to do instead.
    static QString keychainProblem(const Error &error, const QString &profile);

private:
    QCoro::Task<Result<api::ConnectionSettings>> resolve();
    // Says a keychain problem once per run, however often it is met.
    void sayKeychainProblem(const Error &error);

    Terminal &m_terminal;
    ConnectOptions m_options;
    ProfileStore &m_profiles;
    SecretStore &m_secrets;
    std::optional<Profile> m_profile;
    std::unique_ptr<api::ManagementClient> m_client;
    bool m_keychainProblemSaid = false;
    bool m_waitedForReboot = false;
    std::unique_ptr<api::RunObserver> m_runRecord;
    std::unique_ptr<ObservedRunStore> m_runStore;
    std::unique_ptr<AdminActionLog> m_adminActions;
    AdminActionLog &adminActionLog();
    std::optional<int> m_drainAheadKeep;
    std::optional<StartWindow> m_startWindow;
};

} // namespace iuc::cli
