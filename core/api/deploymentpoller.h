#pragma once

#include "core/api/capabilities.h"
#include "core/api/snapshot.h"
#include "core/api/statusinference.h"
#include "core/domain/result.h"

#include <QDateTime>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <chrono>
#include <functional>
#include <optional>

namespace QCoro {
template <typename T>
class Task;
}

namespace iuc::api {

class ManagementClient;
class RunObserver;

// Keeps the deployment's picture fresh: one request chain at a time (a slow
// Management Node never gets requests piled up), every 5 s by default, with
// exponential backoff and jitter after a failure. The Management Node's
// reboot during an upgrade (R1) is expected: the poller says so, waits as
// the server asks (Retry-After), and carries on; the last snapshot stays.
// A real Management Node does not answer at all while it reboots (refused,
// timed out, cut off): when it was last seen in its own upgrade, that too is
// its reboot, retried calmly every kRebootRetry for up to kRebootBudget (the
// vendor's "up to an hour") before it is called a connection problem.
class DeploymentPoller final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeploymentPoller)

public:
    enum class State {
        Idle,       // not started
        Connecting, // no snapshot yet
        Live,       // the last chain succeeded
        Rebooting,  // the Management Node is rebooting: expected during an upgrade (R1)
        Retrying,   // the last chain failed; trying again after a backoff
        Stopped,    // an error only the admin can fix (password, certificate): polling stopped
    };
    Q_ENUM(State)

    explicit DeploymentPoller(ManagementClient &client, QObject *parent = nullptr);
    ~DeploymentPoller() override;

    // What the Management Node offers (detectCapabilities()): resources it
    // lacks are not asked for. Read again when its version changes. Without,
    // every resource is tried and a 404 read as "not offered".
    void setCapabilities(Capabilities capabilities);
    // Detect them on the first chain (detectCapabilities(), once), instead of
    // being given them.
    void setDetectCapabilities(bool detect) { m_detect = detect; }
    [[nodiscard]] const Capabilities &capabilities() const { return m_capabilities; }

    // On a node that does not report its runs, every snapshot goes through
    // `observer` (not owned; may be null) before it is handed on, and gets
    // the console's own record of the run (RunObserver); runObserved() says
    // the record changed, for the owner to keep it.
    void setRunObserver(RunObserver *observer) { m_observer = observer; }

    void setInterval(std::chrono::milliseconds interval);
    [[nodiscard]] std::chrono::milliseconds interval() const { return m_interval; }
    void start();
    void stop();
    // Starts a chain now unless one is running (then the next comes at once after it).
    void refreshNow();

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] const std::optional<Error> &lastError() const { return m_lastError; }
    [[nodiscard]] const std::optional<Snapshot> &lastSnapshot() const { return m_last; }
    // When the last good snapshot arrived, by the workstation's clock: for the
    // age of the data shown, never for durations of the upgrade.
    [[nodiscard]] QDateTime lastSuccess() const { return m_lastSuccess; }
    [[nodiscard]] int consecutiveFailures() const { return m_failures; }
    [[nodiscard]] static QString stateLabel(State state);
    // R1 on a real node: how long a Management Node last seen in its own
    // upgrade may not answer before it is no longer taken for its reboot,
    // and how often it is tried meanwhile.
    static constexpr std::chrono::minutes kRebootBudget{60};
    static constexpr std::chrono::seconds kRebootRetry{10};
    // The admin is rebooting the Management Node by hand (no reboot command):
    // for the next kRebootBudget, its silence is that reboot, shown as
    // Rebooting and tried calmly, as in its upgrade (R1, R7).
    void expectManagementReboot();
    // The workstation's clock, for kRebootBudget only (tests move it).
    void setWallClock(std::function<QDateTime()> now) { m_wallClock = std::move(now); }
    // When the next chain starts by itself; negative when none is due.
    [[nodiscard]] std::chrono::milliseconds nextChainIn() const;
    // The wait after `failures` failed chains in a row: the interval doubled
    // per failure up to a minute, times a jitter factor from [0.5, 1.5)
    // (`unit` in [0, 1) picks it) so that several consoles do not return in step.
    static std::chrono::milliseconds backoffDelay(int failures, std::chrono::milliseconds interval, double unit);

Q_SIGNALS:
    void snapshotReady(const iuc::api::Snapshot &snapshot);
    void stateChanged(iuc::api::DeploymentPoller::State state);
    void failed(const iuc::Error &error);
    void runObserved();

private:
    QCoro::Task<void> refresh();
    QCoro::Task<Result<Snapshot>> fetch();
    void chainFinished(const Result<Snapshot> &result);
    void setState(State state);
    void scheduleNext(std::chrono::milliseconds delay);
    [[nodiscard]] std::chrono::milliseconds backoff() const;
    // The last snapshot shows the Management Node in its own upgrade (R1).
    [[nodiscard]] bool managementInItsUpgrade() const;
    // R1 on a real node: no answer at all from a Management Node last seen
    // in its own upgrade starts (or continues) its reboot (m_silentSince);
    // past kRebootBudget the error says so (details: reboot_overdue).
    Error overdueReboot(const Error &error);

    ManagementClient &m_client;
    QTimer m_timer;
    std::chrono::milliseconds m_interval{5000};
    State m_state = State::Idle;
    bool m_running = false;      // a chain is in flight
    bool m_again = false;        // refreshNow() during a chain
    bool m_started = false;
    int m_failures = 0;
    int m_chains = 0;
    qint64 m_lastLogId = 0;
    std::optional<Error> m_lastError;
    std::optional<Snapshot> m_last;
    QDateTime m_lastSuccess;
    QHash<int, WorkerVmConfiguration> m_configurations; // by status node id
    QSet<int> m_configuredNodes; // the status node ids at the last configuration read
    Capabilities m_capabilities;
    bool m_detect = false;
    bool m_detected = false; // detection ran (whatever it found)
    StatusInference m_inference; // unknown status spellings, classified before the observer sees them
    RunObserver *m_observer = nullptr;
    std::function<QDateTime()> m_wallClock = &QDateTime::currentDateTimeUtc;
    QDateTime m_silentSince; // the Management Node stopped answering in its upgrade (R1)
    QDateTime m_rebootExpectedUntil; // expectManagementReboot(), by the workstation's clock
};

} // namespace iuc::api
