#pragma once

// One HTTP POST whose body is a byte range of a file, sent by libcurl on a
// thread of its own: the resumable upload's chunks.
//
// Why not QNetworkAccessManager, which carries every other request: Qt runs
// HTTP on a thread of its own and asks the caller's thread for a body
// 16 KiB at a time, one round trip between the two threads per piece. On a
// two-core workstation that kept the upload at 0.6–0.7× the throughput of
// curl (docs/performance.md). Here the thread that writes the socket reads
// the file itself, in large pieces.
//
// Trust is the ManagementClient's, carried over: the connection must show
// the public key of the certificate the client accepted from this node
// moments before, under the admin's trust setting (system CAs, a CA file,
// a pinned fingerprint; chain, host name and pin all checked by Qt there).
// Holding that key's private half is what that check established, so the
// chain is not verified a second time here (libcurl's CA store may differ
// from Qt's). Proxies are not used, as for the client's other requests. ManagementClient::startFileRangePost fills the request and
// ManagementClient::finish(FileRangePost &) reads the answer like any other.

#include <QByteArray>
#include <QNetworkReply>
#include <QObject>
#include <QString>
#include <QTimer>
#include <QUrl>

#include <QCoro/QCoroTask>

#include <chrono>
#include <memory>
#include <mutex>


namespace iuc::api {

// The connection (and TLS session) kept alive from one chunk to the next,
// as Qt keeps its own: a new handshake per chunk cost a tenth of the
// upload's speed. It lives in one libcurl handle that the posts of a client
// use one after the other (a post that finds it busy makes its own);
// libcurl reuses a connection only for a request with the same TLS
// settings, the pinned key included.
class FileRangePostConnections
{
public:
    FileRangePostConnections() = default;
    ~FileRangePostConnections();
    FileRangePostConnections(const FileRangePostConnections &) = delete;
    FileRangePostConnections &operator=(const FileRangePostConnections &) = delete;

private:
    friend class FileRangePost;
    std::mutex m_inUse;
    void *m_handle = nullptr; // a CURL*, made on first use
};

struct FileRangePostRequest {
    QUrl url;
    QByteArray authorization; // the whole header value; never logged
    QString filePath;
    qint64 offset = 0;
    qint64 length = 0;
    QByteArray pinnedKeySha256; // SHA-256 of the SubjectPublicKeyInfo; empty only for http://
    // No byte moved for this long: the transfer has timed out.
    std::chrono::milliseconds stallTimeout{std::chrono::seconds(30)};
    qint64 cutAfter = -1; // setCut()
    std::chrono::milliseconds cutDelay{300};
    std::shared_ptr<FileRangePostConnections> connections; // may be null: a connection of its own
};

// What came back. transport == NoError: an HTTP answer arrived.
struct FileRangePostAnswer {
    QNetworkReply::NetworkError transport = QNetworkReply::NoError;
    QString transportMessage;
    bool timedOut = false;
    bool cancelled = false;   // cancel() stopped it
    bool cut = false;         // the fault injection cut it
    bool keyChanged = false;  // the server showed another public key
    QString fileError;        // the file could not be read
    int status = 0;
    QByteArray body;
    QByteArray location;
    QByteArray retryAfter;
    QByteArray date;
};

class FileRangePost : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FileRangePost)

public:
    explicit FileRangePost(FileRangePostRequest request, QObject *parent = nullptr);
    // Cancels a transfer still running and does not wait for it: its thread
    // ends by itself within a moment (libcurl looks at the cancel at least
    // once a second, also on a stalled link).
    ~FileRangePost() override;

    // Once per object.
    QCoro::Task<FileRangePostAnswer> run();
    // Stops the transfer within a moment; run() then answers cancelled.
    void cancel();
    // Fault injection (tests), before run(): send `bytes`, wait `delay` so
    // they reach the server, then cut the connection.
    void setCut(qint64 bytes, std::chrono::milliseconds delay);

    [[nodiscard]] const FileRangePostRequest &request() const;

    struct Transfer; // what the worker thread shares with this object (the .cpp)

Q_SIGNALS:
    // Bytes of the range sent so far (at most every 50 ms, and once at the end).
    void progress(qint64 bytesSent);
    void transferEnded(); // internal: the thread is done

private:
    void reportProgress();

    std::shared_ptr<Transfer> m_transfer;
    qint64 m_reported = -1;
    QTimer m_progressTimer;
};

} // namespace iuc::api
