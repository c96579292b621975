#include "core/api/uploader.h"

#include "core/api/apierrors.h"
#include "core/api/filerangepost.h"
#include "core/api/managementclient.h"
#include "core/api/resourceparser.h"
#include "core/domain/logging.h"

#include <QFileInfo>

#include <QCoro/QCoroTimer>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace iuc::api {

using namespace std::chrono_literals;

namespace {

constexpr auto kFirstPause = 250ms;
constexpr auto kLongestPause = 8s;
constexpr auto kFaultCutDelay = 300ms;

// The uploader was deleted while a request ran: nobody is waiting for the
// answer, and none of its members may be touched.
Error gone()
{
    return Error{UploadError::Cancelled, Uploader::tr("The upload was abandoned.")};
}

// Worth another attempt: the failure says nothing about the upload itself.
bool isTransient(const Error &e)
{
    if (e.is(ApiError::Unreachable) || e.is(ApiError::Rebooting))
        return true;
    const int status = e.details.value(u"status"_s).toInt();
    if (e.is(ApiError::Http) && status >= 500 && status != 507)
        return true;
    // Another request (the broken one) is still writing: it lets go soon.
    return e.is(ApiError::Conflict) && serverCode(e) == UploadError::Busy;
}

} // namespace

Uploader::Uploader(ManagementClient &client, QString filePath, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_filePath(std::move(filePath))
{
    m_pause.setSingleShot(true);
}

Uploader::~Uploader()
{
    if (m_post)
        m_post->cancel();
}

void Uploader::setChunkSize(qint64 bytes)
{
    m_chunkSize = std::max<qint64>(1, bytes);
}

void Uploader::setMaxAttempts(int attempts)
{
    m_maxAttempts = std::max(1, attempts);
}

void Uploader::resumeUpload(const QString &uploadId)
{
    if (!m_running)
        m_uploadId = uploadId;
}

void Uploader::setFaultInjection(qint64 abortAfterBytes)
{
    m_faultAfter = abortAfterBytes;
    m_faultFired = false;
}

void Uploader::setState(State state)
{
    if (m_state == state)
        return;
    qCDebug(lcUpload) << "state" << m_state << "->" << state;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void Uploader::advance(qint64 position)
{
    if (const auto report = m_progress.advance(position))
        Q_EMIT progress(report->sent, report->total, report->bytesPerSecond, report->etaSeconds);
}

void Uploader::cancel()
{
    if (!m_running || m_cancelRequested)
        return;
    m_cancelRequested = true;
    if (m_post)
        m_post->cancel();
    if (m_pause.isActive())
        m_pause.start(0); // end the pause now; the run notices the cancel
}

QCoro::Task<Result<ConfirmData>> Uploader::run()
{
    if (m_running) {
        co_return Error{UploadError::Running, tr("This upload is already running.")};
    }
    QPointer<Uploader> self(this);
    // Run again after a failure: the same upload goes on from the server's
    // offset. After a cancel, the server dropped it: start afresh.
    if (m_state == State::Cancelled)
        m_uploadId.clear();
    m_running = true;
    m_cancelRequested = false;
    Result<ConfirmData> result = co_await upload();
    if (!self)
        co_return result;
    m_running = false;
    m_post.clear();
    if (result)
        setState(State::Finished);
    else
        setState(result.error().is(UploadError::Cancelled) ? State::Cancelled : State::Failed);
    co_return result;
}

QCoro::Task<Result<ConfirmData>> Uploader::upload()
{
    QPointer<Uploader> self(this);
    const QFileInfo info(m_filePath);
    if (!info.isFile() || !info.isReadable() || info.size() <= 0) {
        co_return Error{UploadError::File,
                        tr("The package %1 cannot be read, or it is empty. Choose the upgrade package file again.")
                            .arg(m_filePath),
                        {{u"file"_s, m_filePath}}};
    }
    m_total = info.size();
    m_progress.start(m_total);
    Q_EMIT progress(0, m_total, 0.0, -1);

    qint64 offset = 0;
    setState(State::Creating);
    if (m_uploadId.isEmpty()) {
        const qint64 total = m_total;
        Result<UploadStatus> created = co_await m_client.createUpload(total);
        if (!self)
            co_return gone();
        if (!created)
            co_return created.error();
        m_uploadId = created.value().id;
        offset = created.value().offset;
        Q_EMIT uploadNamed(m_uploadId);
    } else {
        const QString id = m_uploadId;
        Result<UploadStatus> known = co_await m_client.upload(id);
        if (!self)
            co_return gone();
        if (!known)
            co_return known.error();
        if (known.value().totalSize >= 0 && known.value().totalSize != m_total) {
            co_return Error{UploadError::OtherFile,
                            tr("The upload on the Management Node is for a file of %1 bytes, but %2 has %3 bytes: it "
                               "is another file. Start a new upload.")
                                .arg(QString::number(known.value().totalSize), m_filePath, QString::number(m_total))};
        }
        offset = known.value().offset;
        m_progress.restartRate(offset);
        advance(offset);
        Q_EMIT uploadNamed(m_uploadId);
    }

    setState(State::Uploading);
    int failures = 0;
    while (offset < m_total && !m_cancelRequested) {
        const qint64 length = std::min(m_chunkSize, m_total - offset);
        Result<UploadStatus> sent = co_await sendChunk(offset, length);
        if (!self)
            co_return gone();
        if (m_cancelRequested)
            break;
        if (sent) {
            offset = sent.value().offset;
            failures = 0;
            advance(offset);
            continue;
        }
        const Error error = sent.error();
        const QString code = serverCode(error);
        if (++failures > m_maxAttempts || (!isTransient(error) && code != UploadError::OffsetMismatch))
            co_return error;
        if (code == UploadError::OffsetMismatch && error.details.contains(u"offset"_s)) {
            // The server said where it stands: no need to ask.
            offset = error.details.value(u"offset"_s).toLongLong();
            qCDebug(lcUpload) << "the Management Node has" << offset << "bytes: going on from there";
            Q_EMIT resumed(offset, failures);
            continue;
        }
        setState(State::Resuming);
        co_await pause(failures, error);
        if (!self)
            co_return gone();
        if (m_cancelRequested)
            break;
        const QString id = m_uploadId;
        Result<UploadStatus> status = co_await m_client.upload(id);
        if (!self)
            co_return gone();
        // Without an answer the chunk goes again from our offset: a wrong
        // guess costs one 409 that names the right one.
        if (status) {
            if (status.value().state == u"cancelled") {
                co_return Error{UploadError::Cancelled,
                                tr("The upload was cancelled on the Management Node (by another console or an "
                                   "administrator).")};
            }
            offset = status.value().offset;
        }
        qCDebug(lcUpload).noquote() << "resuming at byte" << offset << "after" << error.code << "(attempt" << failures
                                   << "of" << m_maxAttempts << ")";
        Q_EMIT resumed(offset, failures);
        setState(State::Uploading);
    }
    if (m_cancelRequested) {
        Result<ConfirmData> cancelled = co_await cancelOnServer();
        co_return cancelled;
    }

    setState(State::Finishing);
    // Validating only (validate_only: true) changes nothing on the node, so
    // a lost answer is simply asked for again. Performing is not done here.
    for (int attempt = 1;; ++attempt) {
        const QString id = m_uploadId;
        Result<ConfirmData> confirmed = co_await m_client.finishUpload(id);
        if (!self)
            co_return gone();
        if (m_cancelRequested && !confirmed) {
            Result<ConfirmData> cancelled = co_await cancelOnServer();
            co_return cancelled;
        }
        if (confirmed || !isTransient(confirmed.error()) || attempt >= m_maxAttempts)
            co_return confirmed;
        co_await pause(attempt, confirmed.error());
        if (!self)
            co_return gone();
    }
}

QCoro::Task<Result<UploadStatus>> Uploader::sendChunk(qint64 offset, qint64 length)
{
    QPointer<Uploader> self(this);
    // Where the chunk's offset travels is not documented for real nodes
    // (inferred: a query parameter; docs/api.md). This is the one place.
    const QString path = u"/api/admin/configuration/v1/upgrade_request/%1/upload/?offset=%2"_s
                             .arg(m_uploadId, QString::number(offset));
    Result<std::unique_ptr<FileRangePost>> started = m_client.startFileRangePost(path, m_filePath, offset, length);
    if (!started)
        co_return started.error();
    const std::unique_ptr<FileRangePost> post = std::move(started.value());
    const bool cutHere = m_faultAfter >= 0 && !m_faultFired && m_faultAfter < length;
    if (cutHere) {
        m_faultFired = true;
        post->setCut(m_faultAfter, kFaultCutDelay); // the cut comes at a known byte
    }
    m_post = post.get();
    connect(post.get(), &FileRangePost::progress, this, [this, offset](qint64 bytes) { advance(offset + bytes); });
    Result<ManagementClient::Answer> answer = co_await m_client.finish(*post);
    if (!self)
        co_return gone();
    m_post.clear();
    if (!answer) {
        if (cutHere && !m_cancelRequested) {
            co_return Error{ApiError::Unreachable,
                            tr("The connection was cut on purpose after %1 bytes of the chunk (fault injection).")
                                .arg(QString::number(m_faultAfter))};
        }
        co_return answer.error();
    }
    co_return parseUploadStatus(answer.value().body);
}

QCoro::Task<void> Uploader::pause(int attempt, Error error)
{
    auto wait = std::min<std::chrono::milliseconds>(kFirstPause * (1 << std::min(attempt - 1, 10)), kLongestPause);
    // A rebooting Management Node says when to come back (real seconds).
    const qint64 retryAfter = error.details.value(u"retry_after_seconds"_s).toLongLong();
    if (retryAfter > 0)
        wait = std::max<std::chrono::milliseconds>(wait, std::chrono::seconds(std::min<qint64>(retryAfter, 60)));
    m_pause.start(wait);
    QTimer *timer = &m_pause;
    co_await timer;
}

QCoro::Task<Result<ConfirmData>> Uploader::cancelOnServer()
{
    QPointer<Uploader> self(this);
    setState(State::Cancelling);
    if (m_uploadId.isEmpty()) {
        co_return Error{UploadError::Cancelled, tr("The upload was cancelled before it started.")};
    }
    const QString id = m_uploadId;
    Result<void> dropped = co_await m_client.cancelUpload(id);
    if (!self)
        co_return gone();
    if (!dropped) {
        co_return Error{UploadError::Cancelled,
                        tr("The upload was cancelled here, but the Management Node could not be told (%1). It gives up "
                           "the partial upload by itself after an hour without data.")
                            .arg(dropped.error().message),
                        {{u"uploadId"_s, id}}};
    }
    co_return Error{UploadError::Cancelled,
                    tr("The upload was cancelled; the Management Node discarded the part it had received."),
                    {{u"uploadId"_s, id}}};
}

} // namespace iuc::api
