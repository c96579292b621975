#pragma once

#include "core/domain/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringView>

#include <chrono>
#include <cstddef>
#include <functional>
#include <memory>

namespace iuc::sim {

// The server side of the chunked, resumable upload (DESIGN §4, Pexip's
// upgrade-request shape). Thread-safe: cpp-httplib serves requests from a
// thread pool. Bytes go straight to <directory>/<id>.part and into a
// per-upload SHA-256 state as they arrive, so memory does not grow with the
// package and the hash never needs a second pass over the file.
//
// Error codes: upload.bad-id, upload.unknown, upload.bad-size,
// upload.too-many-open, upload.offset-mismatch, upload.too-large,
// upload.busy, upload.incomplete, upload.cancelled, upload.finished,
// upload.write-failed.
class UploadStore final
{
    struct Upload; // defined in the .cpp; declared first so Writer can name them
    struct State;

public:
    struct Limits
    {
        qint64 maxTotalSize = 64LL << 30;
        int maxOpenUploads = 8; // created, neither finished nor cancelled
        // An open upload with no chunk for this long (real time) is given up
        // when a new one needs its place: clients that vanish cannot block
        // uploads for good.
        std::chrono::seconds abandonAfter{3600};
    };

    struct Status
    {
        QString id;
        qint64 totalSize = 0;
        qint64 offset = 0; // bytes stored; where the next chunk must start
        bool finished = false;
        bool cancelled = false;
        QDateTime created;
    };

    struct Finished
    {
        QString id;
        QString path; // <directory>/<id>.pkg
        qint64 size = 0;
        QByteArray sha256Hex; // lower-case, 64 characters
    };

    enum class FinishMode {
        RequireComplete, // resumable upload: offset must equal the announced total
        TakeWrittenSize, // single-shot upload whose size was not known up front
    };

    // Where `created` comes from: the emulator's (possibly accelerated) clock.
    using Clock = std::function<QDateTime()>;

    // Appends one chunk. Bytes count as soon as they reach the file: if the
    // writer is dropped without commit() (the connection broke), everything
    // it wrote stays, and the client resumes from status().offset.
    // Not thread-safe itself; one request thread owns it.
    class Writer final
    {
    public:
        Writer(Writer &&other) noexcept;
        Writer &operator=(Writer &&other) noexcept;
        Writer(const Writer &) = delete;
        Writer &operator=(const Writer &) = delete;
        ~Writer();

        // Matches httplib's ContentReceiver. False means stop reading the
        // body: error() says why (upload.too-large, upload.write-failed,
        // upload.cancelled). Bytes from earlier calls stay counted.
        bool write(const char *data, size_t length);
        // Flushes and releases the upload; the new offset, or the error
        // that stopped the chunk (the upload is still resumable from
        // status().offset).
        Result<qint64> commit();

        [[nodiscard]] bool hasError() const { return m_failed; }
        [[nodiscard]] const Error &error() const { return m_error; }

    private:
        friend class UploadStore;
        Writer(std::shared_ptr<State> state, std::shared_ptr<Upload> upload, qint64 offset,
               qint64 totalSize);
        bool flushBuffer();
        bool writeThrough(const char *data, qint64 length);
        void fail(Error error);
        void release();

        std::shared_ptr<State> m_state;   // outlives the store if a request still runs
        std::shared_ptr<Upload> m_upload; // null once released
        QByteArray m_buffer;
        qint64 m_offset = 0; // bytes of the upload on disk and hashed
        qint64 m_totalSize = 0;
        bool m_failed = false;
        Error m_error;
    };

    explicit UploadStore(QString directory);
    UploadStore(QString directory, Limits limits, Clock clock = {});
    ~UploadStore();
    UploadStore(const UploadStore &) = delete;
    UploadStore &operator=(const UploadStore &) = delete;

    // Exactly 32 lower-case hex digits. Everything else (dots, slashes,
    // percent-escapes, NUL, look-alike digits) is refused before any path
    // is built from it.
    [[nodiscard]] static bool isValidId(QStringView id);

    [[nodiscard]] QString directory() const;

    // A new upload of `totalSize` bytes; returns its id (128 bits from the
    // OpenSSL CSPRNG, so ids cannot be guessed).
    Result<QString> create(qint64 totalSize);
    Result<Status> status(const QString &id) const;
    [[nodiscard]] QList<Status> list() const; // oldest first

    // Starts a chunk at `offset`, which must equal the stored offset.
    // `declaredLength` (the request's Content-Length, if known) lets an
    // oversized chunk be refused before a byte of it is read.
    Result<Writer> beginChunk(const QString &id, qint64 offset, qint64 declaredLength = -1);

    // Completes the upload: hash finalised, <id>.part renamed to <id>.pkg.
    // Idempotent: finishing a finished upload returns the same answer, so
    // a client whose finish response was lost can simply ask again.
    Result<Finished> finish(const QString &id, FinishMode mode = FinishMode::RequireComplete);
    // A finished upload (for the start command's {"package": id}).
    Result<Finished> finished(const QString &id) const;

    // Deletes the partial file (at once, or when the chunk being written
    // ends). Cancelling a cancelled upload succeeds; a finished one is
    // refused (use removeFinished).
    Result<void> cancel(const QString &id);
    // Forgets a finished or cancelled upload and deletes its file.
    void removeFinished(const QString &id);

    // Bytes stored by every upload since the store was made: a resumed
    // upload's tests prove with it that only the remainder was sent again.
    [[nodiscard]] qint64 bytesStored() const;
    // Uploads a request is writing to right now (a broken connection's
    // request ends once the server has read what reached it).
    [[nodiscard]] int beingWritten() const;

    // Deletes <id>.part / <id>.pkg files this store does not know: leftovers
    // of an earlier run, whose ids died with it. Returns how many.
    int removeStaleFiles();

private:
    // Under the state's mutex: the upload called `id`, or why there is none.
    static Result<std::shared_ptr<Upload>> lookup(const State &state, const QString &id);

    std::shared_ptr<State> m_state;
};

} // namespace iuc::sim
