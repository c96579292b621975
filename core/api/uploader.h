#pragma once

// The chunked, resumable package upload of REAL-API.md §4, as a job
// object (KJob-like: run, cancel, progress, a result; how it is shown is the
// UI's business).
//
// The file is sent in chunks (32 MiB by default), each streamed from disk
// through a FileRangeDevice: memory stays flat whatever the file size. When
// a chunk fails on the way (a broken connection, a timeout, a 5xx, the
// Management Node rebooting) the uploader asks the server how many bytes it
// holds and continues from there by itself, a bounded number of times with a
// growing pause; a 409 offset mismatch resumes at once from the offset the
// server names. Finishing validates only (finish/ with validate_only: true)
// and gives the confirmation's data, or the server's refusal with its own
// code (package.downgrade, …) and message. It never starts the upgrade:
// that is upgradestart.h's one request.

#include "core/api/resources.h"
#include "core/api/transferrate.h"
#include "core/domain/result.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <QCoro/QCoroTask>

#include <chrono>


namespace iuc::api {

class FileRangePost;
class ManagementClient;

class Uploader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Uploader)

public:
    enum class State {
        Idle,
        Creating,   // asking the server for an upload request
        Uploading,  // sending chunks
        Resuming,   // a chunk failed: waiting, then asking the server's offset
        Finishing,  // the server verifies and judges the package
        Cancelling, // telling the server to drop the partial file
        Finished,
        Cancelled,
        Failed,
    };
    Q_ENUM(State)

    static constexpr qint64 kDefaultChunkSize = 32LL * 1024 * 1024;
    static constexpr int kDefaultMaxAttempts = 5;

    Uploader(ManagementClient &client, QString filePath, QObject *parent = nullptr);
    ~Uploader() override;

    void setChunkSize(qint64 bytes);
    // Failed attempts in a row before giving up (a chunk that gets through
    // starts the count again).
    void setMaxAttempts(int attempts);
    // Continue an upload the server already holds (after the console
    // restarted) instead of creating a new one.
    void resumeUpload(const QString &uploadId);
    // Tests only: breaks the connection once, after `abortAfterBytes` bytes
    // of the first chunk longer than that, so a test can prove the resume.
    // Negative: off (the default).
    void setFaultInjection(qint64 abortAfterBytes);

    // Uploads the whole file and finishes. Errors: upload.file (cannot read
    // the file), upload.cancelled, the server's refusal (package.*,
    // upload.*), and the client's api.* / tls.* when retries ran out or
    // retrying cannot help (a wrong password, an untrusted certificate).
    QCoro::Task<Result<ConfirmData>> run();
    // Stops the upload: aborts the chunk in flight, and the server is told
    // to drop the partial file; run() then ends with upload.cancelled.
    void cancel();

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] QString uploadId() const { return m_uploadId; }
    [[nodiscard]] QString filePath() const { return m_filePath; }
    [[nodiscard]] qint64 totalBytes() const { return m_total; }
    [[nodiscard]] qint64 sentBytes() const { return m_progress.sent(); }

Q_SIGNALS:
    // `sent` never goes back, even when a resume sends bytes again; rate and
    // ETA are smoothed over the last few seconds (ETA -1 while unknown).
    void progress(qint64 sent, qint64 total, double bytesPerSecond, qint64 etaSeconds);
    // After a failed attempt: continuing from the server's `offset`.
    void resumed(qint64 offset, int attempt);
    void stateChanged(iuc::api::Uploader::State state);
    // The node named the upload (created, or continued): what a restart
    // needs to continue it (unfinishedupload.h).
    void uploadNamed(const QString &uploadId);

private:
    QCoro::Task<Result<ConfirmData>> upload();
    QCoro::Task<Result<UploadStatus>> sendChunk(qint64 offset, qint64 length);
    QCoro::Task<Result<ConfirmData>> cancelOnServer();
    QCoro::Task<void> pause(int attempt, Error error);
    void setState(State state);
    void advance(qint64 position);

    ManagementClient &m_client;
    QString m_filePath;
    QString m_uploadId;
    qint64 m_chunkSize = kDefaultChunkSize;
    int m_maxAttempts = kDefaultMaxAttempts;
    qint64 m_faultAfter = -1;
    bool m_faultFired = false;
    State m_state = State::Idle;
    bool m_running = false;
    bool m_cancelRequested = false;
    qint64 m_total = 0;
    UploadProgress m_progress;
    QPointer<FileRangePost> m_post; // the chunk in flight
    QTimer m_pause;                  // between attempts; cancel() cuts it short
};

} // namespace iuc::api
