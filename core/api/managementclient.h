#pragma once

// The console's connection to one Management Node (docs/api.md): typed
// resources over HTTPS with Basic auth, pagination followed to the end, the
// server's clock, and every failure as an Error that says what to check
// (codes in replyerror.h and tlstrust.h; malformed answers are the parsers'
// "api.malformed").
//
// One long-lived QNetworkAccessManager serves every request. Each request
// carries the Authorization header itself (no QAuthenticator prompts), a
// transfer timeout, and the TLS trust of the profile. Coroutines resume
// inside QNetworkReply::finished: replies are released with deleteLater(),
// never deleted in the continuation (DESIGN §8).

#include "core/api/filerangepost.h"
#include "core/api/resources.h"
#include "core/api/tlstrust.h"
#include "core/domain/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <QCoro/QCoroTask>

#include <chrono>
#include <memory>
#include <optional>

class QNetworkReply;

class QHttpMultiPart;

namespace iuc::api {

struct ConnectionSettings
{
    QUrl baseUrl; // https://host:port; a path is ignored (the API's paths are absolute)
    QString user;
    QString password; // only ever sent in the Authorization header
    TlsTrust trust;
    std::chrono::milliseconds timeout{30000}; // a request fails when nothing moves for this long
};

// What rebooting every Conferencing Node answered: the nodes rebooting now,
// and the ones left out with the server's reason ("unreachable", …).
struct RebootAllAnswer
{
    QList<int> rebooted;
    QList<std::pair<int, QString>> skipped;
};

// status/v1/participant/ filters; empty fields are left out.
struct ParticipantFilter
{
    QString mediaNode;  // a node's address (configuration/v1/worker_vm/ "address")
    QString conference; // a meeting alias
};

class ManagementClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ManagementClient)

public:
    // What a successful (2xx) exchange gave.
    struct Answer
    {
        int status = 0;
        QByteArray body;
        QByteArray location; // the Location header, for 201
    };

    static constexpr int kDefaultPageSize = 200;
    static constexpr int kMaxPageSize = 5000; // the server's cap (docs/api.md §1.4)

    explicit ManagementClient(ConnectionSettings settings, QObject *parent = nullptr);
    ~ManagementClient() override;

    [[nodiscard]] const ConnectionSettings &settings() const { return m_settings; }
    // Also drops kept-alive connections: a new trust or account must be
    // checked on a fresh handshake.
    void setSettings(ConnectionSettings settings);

    // The Management Node's clock: the last reply's Date header plus the
    // time elapsed since it arrived. Invalid before the first reply. Durations
    // of the upgrade are measured against this, never the workstation clock.
    [[nodiscard]] QDateTime serverNow() const;

    // ---- status and configuration (GET; read-only accounts may)
    QCoro::Task<Result<ManagementVm>> managementVm();
    // Every page, following `next` to the end; pageSize is clamped to 1…5000.
    QCoro::Task<Result<QList<WorkerVmStatus>>> workerVms(int pageSize = kDefaultPageSize);
    QCoro::Task<Result<QList<WorkerVmConfiguration>>> workerVmConfigurations(int pageSize = kDefaultPageSize);
    // configuration/v1/system_location/: the names behind the location URIs
    // of configured nodes.
    QCoro::Task<Result<QList<SystemLocation>>> systemLocations();
    // configuration/v1/syslog_server/: where the Management Node sends its log.
    QCoro::Task<Result<QList<SyslogServer>>> syslogServers();
    // Adds one (support log only); the answer carries its id.
    QCoro::Task<Result<SyslogServer>> addSyslogServer(SyslogServer server);
    QCoro::Task<Result<void>> removeSyslogServer(int id);
    // The calls on one node: participant/?media_node=<address>&limit=1 → meta.total_count.
    QCoro::Task<Result<int>> callCount(QString mediaNodeAddress);
    QCoro::Task<Result<QList<Participant>>> participants(ParticipantFilter filter = {});
    QCoro::Task<Result<QList<Conference>>> conferences();
    QCoro::Task<Result<QList<Alarm>>> alarms();
    // Log entries with an id above lastId (extension), oldest first.
    QCoro::Task<Result<QList<LogEntry>>> logAfter(qint64 lastId);
    // The current or last run (extension); nothing before the first run.
    QCoro::Task<Result<std::optional<UpgradeRun>>> currentRun(bool withNodes);
    QCoro::Task<Result<QList<UpgradeRun>>> runs(bool withNodes);
    // The uploads the server knows (extension), oldest first.
    QCoro::Task<Result<QList<UploadStatus>>> uploads();
    QCoro::Task<Result<UploadStatus>> upload(QString uploadId);

    // ---- commands (admin accounts)
    // PATCH of the node's maintenance_mode; `reason` (if any) goes into its
    // maintenance_mode_reason, shown on the Management Node.
    QCoro::Task<Result<void>> setMaintenance(int nodeId, bool on, QString reason = {});
    QCoro::Task<Result<void>> rebootNode(int nodeId);
    // command/v1/participant/disconnect/ (documented): ends one call now.
    QCoro::Task<Result<void>> disconnectParticipant(QString participantId);
    // Every Conferencing Node that can be contacted (extension; before an
    // upgrade from v3). A Management Node without it answers api.not-found.
    QCoro::Task<Result<RebootAllAnswer>> rebootAllConferencingNodes();
    // Lifts the R7 lock and abandons a run in progress; the API answers 503
    // (api.rebooting) until the Management Node is back.
    QCoro::Task<Result<void>> rebootManagement();

    // ---- the upload request's steps (REAL-API.md §4; the Uploader drives them)
    // POST configuration/v1/upgrade/ {"request": true, "total_size": N}.
    QCoro::Task<Result<UploadStatus>> createUpload(qint64 totalSize);
    // finish/ with validate_only: true: the confirmation's data; safe to ask again.
    QCoro::Task<Result<ConfirmData>> finishUpload(QString uploadId);
    // finish/ without validate_only: performs the upgrade. Sent once; a
    // failure on the way is ambiguous (UpgradeStart observes the node).
    QCoro::Task<Result<PerformedUpgrade>> performUpgrade(QString uploadId);
    // A performing request's 2xx answer (finish/, or the single-shot upload).
    [[nodiscard]] PerformedUpgrade performedFrom(const QByteArray &body) const;
    QCoro::Task<Result<void>> cancelUpload(QString uploadId);

    // ---- one request, for the Uploader and tools
    // Starts a POST of a multipart/form-data body (the single-shot upload)
    // to `pathAndQuery` (absolute, "/api/admin/…") with the account, the
    // trust and the timeout of the settings, or says why the request may not
    // be made (tls.*: a CA file, an insecure remote host); parent `multiPart`
    // to the reply.
    Result<QNetworkReply *> startMultipartRequest(const QString &pathAndQuery, QHttpMultiPart *multiPart);
    // Awaits `reply`, maps every failure, releases the reply (deleteLater).
    QCoro::Task<Result<Answer>> finish(QNetworkReply *reply);
    // A POST of `length` bytes of `filePath` from `offset` (the upload's
    // chunks), sent by libcurl on a thread of its own (filerangepost.h says
    // why), with the account and timeout of the settings; over https the
    // connection must show the key of the certificate this client last
    // accepted from the node, so an https request must have been answered
    // before (tls.handshake otherwise). run() it through finish(post), which
    // maps every failure as for any other request.
    Result<std::unique_ptr<FileRangePost>> startFileRangePost(const QString &pathAndQuery, const QString &filePath,
                                                              qint64 offset, qint64 length);
    QCoro::Task<Result<Answer>> finish(FileRangePost &post);
    // One request with a small JSON (or empty) body, started and finished.
    QCoro::Task<Result<Answer>> request(QByteArray verb, QString pathAndQuery, QByteArray jsonBody = {});

    // Cancellation: aborts the reply (or every reply in flight); its finish()
    // gives api.cancelled. Queued, so that no coroutine resumes inside the
    // caller.
    void cancel(QNetworkReply *reply);
    void cancelAll();

    // "status/v1/worker_vm/" for a path: how messages and parsers name a resource.
    static QString resourceName(const QString &pathAndQuery);

Q_SIGNALS:
    // The server's clock was read from a reply's Date header and moved.
    void serverTimeChanged(const QDateTime &serverNow);

private:
    template <typename T>
    using PageParser = Result<Page<T>> (*)(const QByteArray &);
    template <typename T>
    QCoro::Task<Result<QList<T>>> allPages(QString firstPath, PageParser<T> parse);
    template <typename T>
    QCoro::Task<Result<Page<T>>> onePage(QString path, PageParser<T> parse);

    QCoro::Task<Result<void>> command(QByteArray verb, QString path, QByteArray jsonBody);
    enum class FinishMode { ValidateOnly, Perform };
    QCoro::Task<Result<Answer>> finishRequest(QString uploadId, FinishMode mode);
    // `bytes` (may be null) or `multiPart` (may be null) is the body.
    Result<QNetworkReply *> send(const QByteArray &verb, const QString &pathAndQuery, const QByteArray *bytes,
                                 const QByteArray &contentType, QHttpMultiPart *multiPart = nullptr);
    void readServerDate(QNetworkReply *reply);
    void readServerDate(const QByteArray &header);
    [[nodiscard]] QUrl urlFor(const QString &pathAndQuery) const;
    // Why no request may go to `url` (not http(s), or http:// to another computer).
    [[nodiscard]] std::optional<Error> refusedUrl(const QUrl &url) const;

    ConnectionSettings m_settings;
    QUrl m_origin;
    QByteArray m_authorization;
    // Per reply in flight: the TLS verdict of its handshake, and why it was
    // aborted (user cancel or not).
    struct InFlight
    {
        QByteArray verb;
        std::shared_ptr<TlsTrust::Verdict> tls;
        bool cancelled = false;
        QElapsedTimer started; // for the request log (iuc.api.http)
    };
    QHash<QNetworkReply *, InFlight> m_inFlight;
    QDateTime m_serverDate; // the last Date header
    QSslCertificate m_acceptedPeer; // of the last https answer that passed the trust checks
    std::shared_ptr<FileRangePostConnections> m_postConnections; // the chunks' kept-alive connections
    QElapsedTimer m_sinceServerDate;
    // Last: destroyed first, while the replies it deletes can still be
    // looked up in m_inFlight.
    QNetworkAccessManager m_manager;
};

} // namespace iuc::api
