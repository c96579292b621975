#pragma once

#include "core/api/resources.h"
#include "core/domain/result.h"
#include "core/package/packagereader.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QWidget>

#include <QCoro/QCoroTask>

#include <chrono>
#include <memory>
#include <optional>

namespace iuc {
class DeploymentSession;
class Version;
} // namespace iuc

namespace iuc::api {
class Uploader;
} // namespace iuc::api

namespace iuc::ui {

struct ConfirmFacts;

// The console's flows that change the deployment (DESIGN §6), started from
// the main window's actions:
//
//   upload  — choose a file, inspect it here (R10; a wrong file is refused
//             before a byte is sent), upload with progress and resume,
//             compare the server's SHA-256 with the file's, confirm, start;
//             a 409 (R7) explained with the way out;
//   reboots — the Management Node (lifts the R7 lock, abandons a run) and a
//             Conferencing Node (R9: drops the calls it lists first);
//   continuation — after the 24-hour stop (R5) the same staged package again,
//             which upgrades only the systems left behind (R6);
//   report, recovery help.
//
// The same checks as upgradectl (cli/commands/upgradecommand.cpp). Every dialog
// is opened with open() and answers through signals: no nested event loop.
// Every dialog and button has an objectName for tests. Every coroutine
// re-checks that the flow still exists after each await. The flows never
// poll the Management Node: while it reboots (R1) the main window shows that
// state, and no dialog of a flow is up.
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

    // The recovery steps: restore the snapshots (downgrade, failed upgrade).
    static void showRecoveryHelp(QWidget *parent);

public Q_SLOTS:
    // A file dialog in `suggestedDirectory`, then uploadFile().
    void uploadPackage(const QString &suggestedDirectory = {});
    // The flow for a chosen file: inspect → verdict → upload → confirm → start.
    void uploadFile(const QString &path);
    void rebootManagement();
    void rebootNode(int nodeId);
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
    void reportExported(const QString &path);
    // A short line for the status bar (cancelled, exported, …).
    void statusMessage(const QString &text);
    // An error was shown to the admin (tests read the code).
    void errorShown(const iuc::Error &error);

private:
    struct Versions
    {
        api::ManagementVm management;
        QList<api::WorkerVmStatus> nodes;
        QHash<int, api::WorkerVmConfiguration> configurations;
    };
    struct InspectionState; // shared with the thread that reads a package

    // The upload flow (upgradeflow.cpp).
    static QCoro::Task<Result<PackageInspection>> inspectOffThread(QString path,
                                                                   std::shared_ptr<InspectionState> state);
    QCoro::Task<> runUpload(QString path);
    QCoro::Task<std::optional<Versions>> currentVersions();
    [[nodiscard]] ConfirmFacts confirmFacts(const Versions &versions, const Version &target) const;
    void openConfirm(const ConfirmFacts &facts, const QString &packageId);
    void startRun(const QString &packageId);
    void onStarted(const Result<api::UpgradeRun> &run);
    void showLocked(const Error &error);

    // The other flows (upgradeflowcommands.cpp).
    void confirmManagementReboot(const Result<std::optional<api::UpgradeRun>> &run);
    QCoro::Task<> prepareNodeReboot(int nodeId);
    void showPackageGone(const Error &error);
    void writeReport(const QList<api::UpgradeRun> &runs, const QString &path);

    // Shared.
    bool raiseActiveFlow(); // true (and the open dialog raised) while a flow runs
    void showError(const QString &what, const Error &error);
    void setBusy(bool busy);
    [[nodiscard]] QWidget *parentWindow() const { return m_window.data(); }

    DeploymentSession &m_session;
    QPointer<QWidget> m_window;
    QPointer<QWidget> m_activeDialog; // raised when a second flow is asked for
    QPointer<api::Uploader> m_uploader;
    std::shared_ptr<InspectionState> m_inspection;
    bool m_busy = false;
    std::chrono::milliseconds m_inspectionDelay{400};
    qint64 m_chunkBytes = 0; // 0: the uploader's default
    qint64 m_cutAfterBytes = -1;
};

} // namespace iuc::ui
