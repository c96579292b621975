#include "core/api/filerangepost.h"

#include <QCoro/QCoroSignal>
#include <QFile>
#include <QLoggingCategory>

#include <curl/curl.h>

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <set>
#include <thread>

using namespace std::chrono_literals;
using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcRangePost, "iuc.upload.post", QtWarningMsg)

namespace iuc::api {

namespace {

constexpr auto kProgressEvery = 50ms;
constexpr long kUploadBuffer = 512 * 1024; // libcurl's piece per socket write round
constexpr qint64 kMostAnswerBytes = 4 * 1024 * 1024; // a chunk's answer is a small JSON

// Transfers whose thread still runs. At the process's end (this object is
// made with the first transfer, so it goes before the libraries' own
// statics) it cancels them and waits a moment: libcurl notices a cancel
// within a second.
class RunningTransfers
{
public:
    ~RunningTransfers()
    {
        std::unique_lock lock(m_mutex);
        for (std::atomic<bool> *cancel : m_running)
            *cancel = true;
        m_idle.wait_for(lock, 2s, [this] { return m_running.empty(); });
    }
    void started(std::atomic<bool> *cancel)
    {
        const std::lock_guard lock(m_mutex);
        m_running.insert(cancel);
    }
    void ended(std::atomic<bool> *cancel)
    {
        const std::lock_guard lock(m_mutex);
        m_running.erase(cancel);
        if (m_running.empty())
            m_idle.notify_all();
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_idle;
    std::set<std::atomic<bool> *> m_running; // each transfer's cancel flag
};

RunningTransfers &runningTransfers()
{
    static RunningTransfers running;
    return running;
}

void initialiseCurlOnce()
{
    // Thread-safe from libcurl 7.84 on; once is enough either way. Never
    // cleaned up: the process's end does that (see opensslexit.h).
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

} // namespace

// Everything the worker thread and the object share. Held by both, so the
// object may go while the thread still runs; `owner` (under `ownerMutex`)
// says whom to tell at the end.
struct FileRangePost::Transfer {
    FileRangePostRequest request;
    std::unique_ptr<QFile> file;
    std::atomic<bool> cancel{false};
    std::atomic<qint64> sent{0};
    FileRangePostAnswer answer; // the thread's, until it has told the owner
    // The thread's own bookkeeping.
    qint64 given = 0; // bytes handed to libcurl
    bool cut = false;
    QString readError;

    std::mutex ownerMutex;
    FileRangePost *owner = nullptr;

    void perform();
};

namespace {

size_t readBody(char *buffer, size_t size, size_t count, void *data)
{
    auto *t = static_cast<FileRangePost::Transfer *>(data);
    qint64 limit = t->request.length - t->given;
    if (t->request.cutAfter >= 0) {
        if (t->given >= t->request.cutAfter) {
            // What was handed over has been written by now; give the
            // server a moment to read it, then cut.
            std::this_thread::sleep_for(t->request.cutDelay);
            t->cut = true;
            return CURL_READFUNC_ABORT;
        }
        limit = std::min(limit, t->request.cutAfter - t->given);
    }
    const qint64 wanted = std::min(static_cast<qint64>(size * count), limit);
    if (wanted <= 0)
        return 0;
    const qint64 got = t->file->read(buffer, wanted);
    if (got <= 0) {
        t->readError = got < 0 ? t->file->errorString()
                               : FileRangePost::tr("the file ended early: it changed while being uploaded");
        return CURL_READFUNC_ABORT;
    }
    t->given += got;
    return static_cast<size_t>(got);
}

size_t readAnswerBody(char *buffer, size_t size, size_t count, void *data)
{
    auto *t = static_cast<FileRangePost::Transfer *>(data);
    const size_t bytes = size * count;
    if (t->answer.body.size() + static_cast<qint64>(bytes) > kMostAnswerBytes)
        return 0; // libcurl ends the transfer with an error
    t->answer.body.append(buffer, static_cast<qsizetype>(bytes));
    return bytes;
}

size_t readAnswerHeader(char *buffer, size_t size, size_t count, void *data)
{
    FileRangePostAnswer &answer = static_cast<FileRangePost::Transfer *>(data)->answer;
    const size_t bytes = size * count;
    const QByteArray line = QByteArray(buffer, static_cast<qsizetype>(bytes)).trimmed();
    if (line.startsWith("HTTP/")) {
        // A new status line (after a 100 Continue, say): its own headers follow.
        answer.location.clear();
        answer.retryAfter.clear();
        answer.date.clear();
        return bytes;
    }
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0)
        return bytes;
    const QByteArray name = line.left(colon).trimmed().toLower();
    const QByteArray value = line.mid(colon + 1).trimmed();
    if (name == "location")
        answer.location = value;
    else if (name == "retry-after")
        answer.retryAfter = value;
    else if (name == "date")
        answer.date = value;
    return bytes;
}

int onProgress(void *data, curl_off_t, curl_off_t, curl_off_t, curl_off_t uploaded)
{
    auto *t = static_cast<FileRangePost::Transfer *>(data);
    t->sent.store(std::min<qint64>(uploaded, t->request.length), std::memory_order_relaxed);
    return t->cancel.load(std::memory_order_relaxed) ? 1 : 0;
}

QNetworkReply::NetworkError networkErrorOf(CURLcode code)
{
    switch (code) {
    case CURLE_COULDNT_RESOLVE_HOST:
        return QNetworkReply::HostNotFoundError;
    case CURLE_COULDNT_CONNECT:
        return QNetworkReply::ConnectionRefusedError;
    case CURLE_OPERATION_TIMEDOUT:
        return QNetworkReply::TimeoutError;
    case CURLE_SEND_ERROR:
    case CURLE_RECV_ERROR:
    case CURLE_GOT_NOTHING:
    case CURLE_PARTIAL_FILE:
    case CURLE_WRITE_ERROR:
    case CURLE_SEND_FAIL_REWIND:
        return QNetworkReply::RemoteHostClosedError;
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
        return QNetworkReply::SslHandshakeFailedError;
    default:
        return QNetworkReply::UnknownNetworkError;
    }
}

} // namespace

FileRangePostConnections::~FileRangePostConnections()
{
    if (m_handle)
        curl_easy_cleanup(static_cast<CURL *>(m_handle));
}

void FileRangePost::Transfer::perform()
{
    // The client's kept-alive handle if it is free, else one of our own.
    std::unique_lock<std::mutex> shared;
    CURL *curl = nullptr;
    CURL *own = nullptr;
    if (request.connections) {
        shared = std::unique_lock(request.connections->m_inUse, std::try_to_lock);
        if (shared.owns_lock()) {
            if (!request.connections->m_handle)
                request.connections->m_handle = curl_easy_init();
            curl = static_cast<CURL *>(request.connections->m_handle);
            if (curl)
                curl_easy_reset(curl); // options only: its live connections stay
        }
    }
    if (!curl)
        curl = own = curl_easy_init();
    if (!curl) {
        answer.transport = QNetworkReply::UnknownNetworkError;
        answer.transportMessage = FileRangePost::tr("the HTTP library could not start");
        return;
    }
    const QByteArray url = request.url.toEncoded();
    const QByteArray pin = request.pinnedKeySha256.isEmpty() ? QByteArray()
                                                             : "sha256//"_ba + request.pinnedKeySha256.toBase64();
    curl_slist *headers = nullptr;
    const QByteArray authorization = "Authorization: "_ba + request.authorization;
    headers = curl_slist_append(headers, authorization.constData());
    headers = curl_slist_append(headers, "Accept: application/json");
    headers = curl_slist_append(headers, "Content-Type: application/octet-stream");
    headers = curl_slist_append(headers, "Expect:"); // no 100-continue round trip
    char why[CURL_ERROR_SIZE] = {};
    const long stallSeconds = std::max<long>(
        1, static_cast<long>(std::chrono::duration_cast<std::chrono::seconds>(request.stallTimeout).count()));

    curl_easy_setopt(curl, CURLOPT_URL, url.constData());
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_PROXY, ""); // none, as for the client's other requests
    curl_easy_setopt(curl, CURLOPT_POST, 1L);
    curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(request.length));
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
    curl_easy_setopt(curl, CURLOPT_READFUNCTION, readBody);
    curl_easy_setopt(curl, CURLOPT_READDATA, this);
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, readAnswerBody);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, this);
    curl_easy_setopt(curl, CURLOPT_HEADERFUNCTION, readAnswerHeader);
    curl_easy_setopt(curl, CURLOPT_HEADERDATA, this);
    curl_easy_setopt(curl, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(curl, CURLOPT_XFERINFOFUNCTION, onProgress);
    curl_easy_setopt(curl, CURLOPT_XFERINFODATA, this);
    curl_easy_setopt(curl, CURLOPT_UPLOAD_BUFFERSIZE, kUploadBuffer);
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, why);
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, static_cast<long>(request.stallTimeout.count()));
    curl_easy_setopt(curl, CURLOPT_LOW_SPEED_LIMIT, 1L);
    curl_easy_setopt(curl, CURLOPT_LOW_SPEED_TIME, stallSeconds);
    curl_easy_setopt(curl, CURLOPT_FOLLOWLOCATION, 0L);
    // The pin is the trust (see the header); libcurl checks it before any
    // request byte, and so the password, is sent.
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 0L);
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 0L);
    if (!pin.isEmpty())
        curl_easy_setopt(curl, CURLOPT_PINNEDPUBLICKEY, pin.constData());

    const CURLcode code = curl_easy_perform(curl);
    if (code == CURLE_OK) {
        long status = 0;
        curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
        answer.status = static_cast<int>(status);
    } else if (cut) {
        answer.cut = true;
        answer.transport = QNetworkReply::RemoteHostClosedError;
    } else if (!readError.isEmpty()) {
        answer.fileError = readError;
    } else if (code == CURLE_ABORTED_BY_CALLBACK && cancel) {
        answer.cancelled = true;
        answer.transport = QNetworkReply::OperationCanceledError;
    } else {
        answer.transport = networkErrorOf(code);
        answer.timedOut = code == CURLE_OPERATION_TIMEDOUT;
        answer.keyChanged = code == CURLE_SSL_PINNEDPUBKEYNOTMATCH;
        answer.transportMessage = QString::fromUtf8(why[0] ? why : curl_easy_strerror(code)).trimmed();
    }
    if (code != CURLE_OK)
        answer.body.clear(); // never half an answer
    qCDebug(lcRangePost).noquote() << "POST of bytes" << request.offset << "+" << given << "ended:" << code
                                   << answer.status;
    // The handle stays with the client (its connection kept alive), but
    // none of this transfer's pointers or callbacks may outlive it.
    if (own)
        curl_easy_cleanup(own);
    else
        curl_easy_reset(curl);
    curl_slist_free_all(headers);
}

FileRangePost::FileRangePost(FileRangePostRequest request, QObject *parent)
    : QObject(parent)
    , m_transfer(std::make_shared<Transfer>())
{
    m_transfer->request = std::move(request);
    m_progressTimer.setInterval(kProgressEvery);
    connect(&m_progressTimer, &QTimer::timeout, this, &FileRangePost::reportProgress);
}

FileRangePost::~FileRangePost()
{
    m_transfer->cancel = true;
    const std::lock_guard lock(m_transfer->ownerMutex);
    m_transfer->owner = nullptr; // a thread still running ends on its own
}

void FileRangePost::cancel()
{
    m_transfer->cancel = true;
}

void FileRangePost::setCut(qint64 bytes, std::chrono::milliseconds delay)
{
    m_transfer->request.cutAfter = bytes;
    m_transfer->request.cutDelay = delay;
}

const FileRangePostRequest &FileRangePost::request() const
{
    return m_transfer->request;
}

void FileRangePost::reportProgress()
{
    const qint64 sent = m_transfer->sent.load(std::memory_order_relaxed);
    if (sent == m_reported)
        return;
    m_reported = sent;
    Q_EMIT progress(sent);
}

QCoro::Task<FileRangePostAnswer> FileRangePost::run()
{
    const std::shared_ptr<Transfer> t = m_transfer;
    Q_ASSERT(!t->file);
    auto file = std::make_unique<QFile>(t->request.filePath);
    FileRangePostAnswer refused;
    // Unbuffered: libcurl asks for large pieces, another copy only costs.
    if (!file->open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        refused.fileError = file->errorString();
        co_return refused;
    }
    if (file->size() < t->request.offset + t->request.length) {
        refused.fileError = tr("the file is shorter than expected: it changed while being uploaded");
        co_return refused;
    }
    if (!file->seek(t->request.offset)) {
        refused.fileError = file->errorString();
        co_return refused;
    }
    if (t->cancel) {
        refused.cancelled = true;
        co_return refused;
    }
    t->file = std::move(file);
    t->owner = this;
    initialiseCurlOnce();
    RunningTransfers &running = runningTransfers();
    m_progressTimer.start();
    running.started(&t->cancel);
    std::thread([t, &running] {
        t->perform();
        {
            const std::lock_guard lock(t->ownerMutex);
            if (t->owner) // queued: the owner reads the answer in its own thread
                QMetaObject::invokeMethod(t->owner, &FileRangePost::transferEnded, Qt::QueuedConnection);
        }
        running.ended(&t->cancel);
    }).detach();
    co_await qCoro(this, &FileRangePost::transferEnded);
    m_progressTimer.stop();
    reportProgress();
    co_return t->answer;
}

} // namespace iuc::api
