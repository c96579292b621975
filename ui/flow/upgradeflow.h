#pragma once

#include "core/api/resources.h"
#include "core/api/upgradestart.h"
#include "core/domain/result.h"
#include "core/jobs/upgradejob.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QWidget>

#include <chrono>
#include <functional>

namespace iuc {
class DeploymentSession;
} // namespace iuc

namespace iuc::ui {

class FlowCommand;

// The console's flows that change the deployment (DESIGN §6), started from
// the main window's actions, one command each (flowcommand.h):
//
//   upload  — UploadCommand, then StartCommand: choose a file, inspect it
//             here (R10; a wrong file is refused before a byte is sent),
//             upload with progress and resume, compare the server's SHA-256
//             with the file's, confirm, start; a 409 (R7) explained with the
//             way out;
//   reboots — RebootManagementCommand (lifts the R7 lock, abandons a run) and
//             RebootNodeCommand (R9: drops the calls it lists first);
//   calls   — DisconnectCallsCommand (R4, R9: a stuck node's calls ended
//             without a reboot, with the documented participant command);
//   continuation — ContinuationCommand, then StartCommand: after the 24-hour
//             stop (R5) the same staged package again, which upgrades only
//             the systems left behind (R6);
//   report  — ReportCommand; and the recovery help.
//
// One upload or confirmation at a time (isBusy); asked for a second, the
// flow raises the dialog of the one in progress. The flows never poll the
// Management Node: while it reboots (R1) the main window shows that state,
// and no dialog of a flow is up.
class UpgradeFlow final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UpgradeFlow)

public:
    UpgradeFlow(DeploymentSession &session, QWidget *parentWindow);
    ~UpgradeFlow() override;

    // True from choosing a file until the run started or the flow ended.
    [[nodiscard]] bool isBusy() const;

    // Tests: the inspection's progress dialog shows only when reading the
    // file takes longer than this (default 400 ms: no flash for small files).
    void setInspectionDialogDelay(std::chrono::milliseconds delay);
    // Tests: the uploader's chunk size, and a connection cut after this many
    // bytes of the first chunk larger than that (negative: none).
    void setUploadTuning(qint64 chunkBytes, qint64 cutAfterBytes = -1);
    // Tests: how the node is observed when the start's answer is lost.
    void setStartObservation(api::StartObservation observation) { m_startObservation = observation; }
    // Tests: how often a scheduled start reads the Management Node's clock.
    void setClockPoll(std::chrono::milliseconds poll) { m_clockPoll = poll; }

    // The window is about to close. While an upload runs (before the start)
    // the admin is asked: keep uploading, or stop — the upload stops, the
    // node drops what it received, nothing is started — and `close` is
    // called once it has stopped. True: the flow took the close over (ignore
    // the close event); false: nothing to stop, close now.
    bool holdClose(std::function<void()> close);
    // The upgrade confirmed and waiting for its start window: its start time.
    [[nodiscard]] std::optional<QDateTime> scheduledStart() const;

    // The recovery steps: restore the snapshots (downgrade, failed upgrade).
    static void showRecoveryHelp(QWidget *parent);

public Q_SLOTS:
    // A file dialog in `suggestedDirectory`, then uploadFile().
    void uploadPackage(const QString &suggestedDirectory = {});
    // The flow for a chosen file: inspect → verdict → upload → confirm → start.
    void uploadFile(const QString &path);
    void rebootManagement();
    void rebootNode(int nodeId);
    // A node's calls listed, and on the admin's yes disconnected (R4, R9).
    void disconnectCalls(int nodeId);
    void continuationRun();
    // Every run's history (runs(true)) into a CSV or HTML file the admin picks.
    void exportReport();
    // The same without the file dialog (tests, scripts): CSV unless the name
    // ends in .html or .htm.
    void exportReportTo(const QString &path);

Q_SIGNALS:
    void busyChanged(bool busy);
    // The Management Node accepted the start; the main window shows the run.
    // Emitted before busyChanged(false).
    void upgradeStarted(const iuc::api::UpgradeRun &run);
    // The admin rebooted the Management Node: its API answers 503 for a few
    // minutes (R7). The main window shows that state; the flows stay quiet.
    void managementRebootStarted();
    void nodeRebootStarted(int nodeId);
    void callsDisconnected(int nodeId, int disconnected);
    void reportExported(const QString &path);
    // A short line for the status bar (cancelled, exported, …).
    void statusMessage(const QString &text);
    // An error was shown to the admin (tests read the code).
    void errorShown(const iuc::Error &error);

private:
    // Starts `command`; a busy one (upload, confirmation) is the flow's
    // current one until it finishes.
    void run(FlowCommand *command, bool busy);
    void confirmAndStart(const jobs::ConfirmFacts &facts, jobs::UpgradeJob *job);
    void showRefusedStart(const Error &error);
    void showLocked(const Error &error);
    void showPackageGone(const Error &error);
    bool raiseActiveFlow(); // true (and the open dialog raised) while a flow runs
    bool holdCloseWhileScheduled(std::function<void()> close);
    void setBusy(bool busy);
    [[nodiscard]] QWidget *parentWindow() const { return m_window.data(); }

    DeploymentSession &m_session;
    QPointer<QWidget> m_window;
    QPointer<FlowCommand> m_current; // the busy one
    QPointer<jobs::UpgradeJob> m_job; // the upgrade in progress, if any
    bool m_busy = false;
    std::chrono::milliseconds m_inspectionDelay{400};
    qint64 m_chunkBytes = 0; // 0: the uploader's default
    qint64 m_cutAfterBytes = -1;
    api::StartObservation m_startObservation;
    std::chrono::milliseconds m_clockPoll = jobs::UpgradeJob::Tuning{}.clockPoll;
};

} // namespace iuc::ui
