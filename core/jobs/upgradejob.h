#pragma once

#include "core/api/capabilities.h"
#include "core/api/upgradestart.h"
#include "core/domain/result.h"
#include "core/domain/startwindow.h"
#include "core/jobs/upgradefacts.h"
#include "core/package/packagereader.h"
#include "core/package/packageverdict.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <QCoro/QCoroTask>

#include <atomic>
#include <memory>
#include <optional>

namespace iuc {
class DeploymentSession;
class UnfinishedUploads;
} // namespace iuc

namespace iuc::api {
class ManagementClient;
class SingleShotUpload;
class Uploader;
} // namespace iuc::api

namespace iuc::jobs {

// One upgrade, from a package file to a started run, shared by the console,
// the guided wizard and upgradectl (their dialogs, hop page and terminal
// only present it):
//
//   Inspecting  the file, read off the calling thread (R10: a wrong file is
//               refused before a byte is sent);
//   Judging     against the installed versions (R10);
//   Uploading   resumable, continuing a partial the node holds of this very
//               file from an earlier program (unfinishedupload.h);
//   Validating  finish/ with validate_only; the node's SHA-256 compared with
//               the file's where the node reports one;
//   AwaitingConfirmation  confirmationNeeded(facts): nothing happens until
//               answerConfirmation();
//   Waiting     with a start window (setStartWindow()), until its start on
//               the Management Node's clock: waitingToStart(at); cancel()
//               ends it, the package staying on the node;
//   Starting    the one performing request (upgradestart.h): never sent
//               twice; a lost answer is settled by observing the node.
//
// A node with the single-shot upload only (v24-era, REAL-API.md §4: the
// upload is the start) is asked AwaitingConfirmation right after Judging,
// from the local reading of the file and the deployment; then Uploading is
// the start: cancel() aborts it, and a cut upload is "not started" only
// once the node was seen idle. The protocol comes from the node's schema/
// (the session's detection, or the job's own).
//
// A job for a package the node already holds (a continuation, R6) begins
// at AwaitingConfirmation. cancel() before Starting stops at once and
// starts nothing; after it, the upgrade runs on the node whatever the
// console does, and cancel() changes nothing.
class UpgradeJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UpgradeJob)

public:
    enum class Stage { Idle, Inspecting, Judging, Uploading, Validating, AwaitingConfirmation, Waiting, Starting, Done };
    Q_ENUM(Stage)

    struct Outcome
    {
        enum class Kind {
            Started,      // the node accepted the start (or shows the run): `run`
            StartUnknown, // the performing request was sent; whether it started is unknown: `start`
            NotStarted,   // the performing request was refused or never arrived: `error`
            Declined,     // the admin said no at the confirmation
            Cancelled,    // cancel() before the start
            Refused,      // the file does not fit or is not a package: `error`
            Failed,       // reading the deployment, the upload or the validation failed: `error`
        };
        Kind kind = Kind::Failed;
        Stage at = Stage::Idle; // the stage it ended in
        std::optional<Error> error;
        std::optional<api::UpgradeRun> run;
        api::UpgradeStart start; // from Starting on
        QString uploadId;        // the staged package on the node, when there is one

        [[nodiscard]] bool started() const { return kind == Kind::Started; }
        [[nodiscard]] bool startedNothing() const { return kind != Kind::Started && kind != Kind::StartUnknown; }
    };

    struct Tuning // tests
    {
        qint64 chunkBytes = 0;      // 0: the uploader's default
        qint64 cutAfterBytes = -1;  // a connection cut in the first chunk (negative: none)
        api::StartObservation startObservation;
        // While Waiting: how often the Management Node's clock is read again.
        std::chrono::milliseconds clockPoll{30'000};
    };

    // Upgrade with the package file at `path`. `session` (optional) lends
    // its last refresh and its forecast estimates.
    UpgradeJob(api::ManagementClient &client, QString path, DeploymentSession *session = nullptr,
               QObject *parent = nullptr);
    ~UpgradeJob() override;

    // A package the node already holds as `uploadId` (a continuation): the
    // job asks for confirmation of `facts` at once, then starts.
    static UpgradeJob *forStagedPackage(api::ManagementClient &client, QString uploadId, ConfirmFacts facts,
                                        DeploymentSession *session = nullptr, QObject *parent = nullptr);

    // Skip Inspecting: the file was read already (upgrade-path reads every
    // package before planning its hops).
    void setInspection(PackageInspection inspection);
    void setTuning(const Tuning &tuning) { m_tuning = tuning; }
    // Start at the window's start rather than on the yes (issue 15): the
    // upload and the validation happen now, the question is asked now.
    // Set before the answer.
    void setStartWindow(std::optional<StartWindow> window) { m_window = std::move(window); }
    [[nodiscard]] const std::optional<StartWindow> &startWindow() const { return m_window; }
    // While Waiting: when it starts (the Management Node's clock).
    [[nodiscard]] const std::optional<QDateTime> &startAt() const { return m_startAt; }
    // How to upload; Unknown (the default): the session's detection, else
    // the job reads the node's schema/ itself.
    void setUploadProtocol(api::UploadProtocol protocol) { m_protocol = protocol; }
    [[nodiscard]] api::UploadProtocol uploadProtocol() const { return m_protocol; }

    void start();
    // start(), then the outcome once finished() was emitted (for a caller
    // that is itself a coroutine; the job must outlive the wait).
    QCoro::Task<Outcome> startAndWait();
    // Before Starting: stops what is in flight (the node drops a partial
    // upload; a resumable one is kept for next time only if the connection,
    // not the admin, stopped it) and ends Cancelled. From Starting on: nothing.
    void cancel();
    // The admin's answer to confirmationNeeded().
    void answerConfirmation(bool start);

    [[nodiscard]] Stage stage() const { return m_stage; }
    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] const std::optional<PackageInspection> &inspection() const { return m_inspection; }
    [[nodiscard]] const std::optional<PackageVerdict> &verdict() const { return m_verdict; }
    [[nodiscard]] bool cancelRequested() const { return m_cancelled; }

Q_SIGNALS:
    void stageChanged(iuc::jobs::UpgradeJob::Stage stage);
    void inspectionProgress(qint64 done, qint64 total);
    // The upload's progress; rate and ETA as api::Uploader gives them.
    void uploadProgress(qint64 sent, qint64 total, double bytesPerSecond, qint64 etaSeconds);
    // The connection broke and the upload goes on from `offset`.
    void uploadResumed(qint64 offset, int attempt);
    // Continuing a partial the node holds of this file from an earlier
    // program: `offset` bytes are there already (the whole file: it is
    // validated again, not sent again).
    void continuingEarlierUpload(qint64 offset, qint64 total);
    // The question: start the upgrade these facts describe?
    void confirmationNeeded(const iuc::jobs::ConfirmFacts &facts);
    void confirmationAnswered(bool start);
    // Confirmed, with a start window: the start is performed at `at`.
    void waitingToStart(const QDateTime &at);
    void finished(const iuc::jobs::UpgradeJob::Outcome &outcome);

private:
    QCoro::Task<> run();
    QCoro::Task<bool> inspect();
    QCoro::Task<bool> judge();
    QCoro::Task<bool> upload();
    QCoro::Task<bool> confirm();
    QCoro::Task<bool> waitForStart();
    QCoro::Task<> perform();
    QCoro::Task<bool> chooseProtocol();
    QCoro::Task<> uploadAsTheStart();
    [[nodiscard]] ConfirmFacts localFacts(const InstalledVersions &versions) const;
    void setStage(Stage stage);
    void end(Outcome::Kind kind, std::optional<Error> error = std::nullopt);

    struct Reading; // shared with the thread that reads the file
    api::ManagementClient &m_client;
    QString m_path;
    DeploymentSession *m_session;
    Tuning m_tuning;
    Stage m_stage = Stage::Idle;
    bool m_started = false;
    bool m_ended = false;
    bool m_cancelled = false;
    std::optional<bool> m_answer;
    std::shared_ptr<Reading> m_reading;
    QTimer m_readingPoll;
    std::optional<PackageInspection> m_inspection;
    std::optional<PackageVerdict> m_verdict;
    std::optional<InstalledVersions> m_versions;
    ConfirmFacts m_facts;
    QString m_uploadId;
    QPointer<api::Uploader> m_uploader;
    QPointer<api::SingleShotUpload> m_singleShot;
    api::UploadProtocol m_protocol = api::UploadProtocol::Unknown;
    std::unique_ptr<UnfinishedUploads> m_unfinished;
    Outcome m_outcome;
    std::optional<StartWindow> m_window;
    std::optional<QDateTime> m_startAt;
};

} // namespace iuc::jobs
