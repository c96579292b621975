// ManagementClient: settings, one request, error mapping, the server clock.
// The resources are in managementclientresources.cpp.

#include "core/api/managementclient.h"

#include "core/api/apierrors.h"
#include "core/api/replyerror.h"
#include "core/api/resourceparser.h"
#include "core/domain/logging.h"

#include <QMetaObject>
#include <QHttpMultiPart>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <QCoro/QCoroNetworkReply>

using namespace Qt::StringLiterals;

namespace iuc::api {

namespace {

const QString kApiPrefix = u"/api/admin/"_s;

QUrl originOf(const QUrl &base)
{
    return base.adjusted(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment);
}

QByteArray basicAuthorization(const QString &user, const QString &password)
{
    return "Basic "_ba + (user + QLatin1Char(':') + password).toUtf8().toBase64();
}

// Network and proxy codes (1–199) say the exchange itself failed, even when
// a status line had arrived before it broke; Qt's other codes only restate
// the HTTP status (400 is a "protocol" code, 404 a "content" one).
bool isTransportFailure(QNetworkReply::NetworkError error)
{
    const int code = static_cast<int>(error);
    return code >= 1 && code <= 199;
}

} // namespace

ManagementClient::ManagementClient(ConnectionSettings settings, QObject *parent)
    : QObject(parent)
{
    setSettings(std::move(settings));
}

ManagementClient::~ManagementClient() = default;

void ManagementClient::setSettings(ConnectionSettings settings)
{
    m_settings = std::move(settings);
    m_origin = originOf(m_settings.baseUrl);
    m_authorization = basicAuthorization(m_settings.user, m_settings.password);
    // A connection kept alive (or a key the chunks pin) was accepted under
    // the old trust.
    m_acceptedPeer = QSslCertificate();
    m_postConnections = std::make_shared<FileRangePostConnections>();
    m_manager.clearConnectionCache();
    m_manager.clearAccessCache();
}

QDateTime ManagementClient::serverNow() const
{
    if (!m_serverDate.isValid())
        return {};
    return m_serverDate.addMSecs(m_sinceServerDate.elapsed());
}

QString ManagementClient::resourceName(const QString &pathAndQuery)
{
    QString path = pathAndQuery.section(QLatin1Char('?'), 0, 0);
    if (path.startsWith(kApiPrefix))
        path.remove(0, kApiPrefix.size());
    return path;
}

QUrl ManagementClient::urlFor(const QString &pathAndQuery) const
{
    return m_origin.resolved(QUrl(pathAndQuery));
}

std::optional<Error> ManagementClient::refusedUrl(const QUrl &url) const
{
    const QString scheme = url.scheme();
    if (!url.isValid() || url.host().isEmpty() || (scheme != u"https" && scheme != u"http")) {
        return Error{ApiError::BadUrl,
                     tr("The Management Node's address \"%1\" is not usable: give it as https://host or "
                        "https://host:port.")
                         .arg(m_settings.baseUrl.toDisplayString(QUrl::RemoveUserInfo))};
    }
    if (scheme == u"http" && !TlsTrust::isLoopbackHost(url.host())) {
        // The password would cross the network in the clear.
        return Error{TlsError::NotLoopback,
                     tr("Plain http:// is only allowed for a Management Node on this computer, not for %1: the "
                        "password would cross the network unencrypted. Use https://.")
                         .arg(url.host()),
                     {{u"host"_s, url.host()}}};
    }
    return std::nullopt;
}

Result<QNetworkReply *> ManagementClient::startMultipartRequest(const QString &pathAndQuery,
                                                                QHttpMultiPart *multiPart)
{
    return send("POST"_ba, pathAndQuery, nullptr, {}, multiPart);
}

Result<QNetworkReply *> ManagementClient::send(const QByteArray &verb, const QString &pathAndQuery,
                                               const QByteArray *bytes, const QByteArray &contentType,
                                               QHttpMultiPart *multiPart)
{
    const QUrl url = urlFor(pathAndQuery);
    const QString scheme = url.scheme();
    if (std::optional<Error> refused = refusedUrl(url))
        return *refused;
    QNetworkRequest request(url);
    if (scheme == u"https") {
        const Result<QSslConfiguration> ssl = m_settings.trust.sslConfiguration(url);
        if (!ssl)
            return ssl.error();
        request.setSslConfiguration(ssl.value());
    }
    request.setRawHeader("Authorization"_ba, m_authorization);
    request.setRawHeader("Accept"_ba, "application/json"_ba);
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    request.setTransferTimeout(static_cast<int>(m_settings.timeout.count()));
    // The header above is the only authentication: no cached credentials,
    // no prompts, and no redirect that could carry it elsewhere.
    request.setAttribute(QNetworkRequest::AuthenticationReuseAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);

    QNetworkReply *reply = nullptr;
    if (multiPart)
        reply = m_manager.post(request, multiPart); // its own Content-Type, with the boundary
    else if (verb == "GET")
        reply = m_manager.get(request);
    else if (verb == "POST")
        reply = m_manager.post(request, bytes ? *bytes : QByteArray());
    else
        reply = m_manager.sendCustomRequest(request, verb, bytes ? *bytes : QByteArray());

    InFlight flight;
    flight.verb = verb;
    flight.started.start();
    // Method and path only: the Authorization header is never logged.
    qCDebug(lcHttp).noquote() << verb << url.path(QUrl::FullyEncoded) << "sent";
    if (scheme == u"https")
        flight.tls = m_settings.trust.watch(reply);
    m_inFlight.insert(reply, flight);
    // A reply nobody finishes must not leave its entry behind.
    connect(reply, &QObject::destroyed, this, [this, reply] { m_inFlight.remove(reply); });
    return reply;
}

QCoro::Task<Result<ManagementClient::Answer>> ManagementClient::request(QByteArray verb, QString pathAndQuery,
                                                                        QByteArray jsonBody)
{
    const bool hasBody = verb != "GET";
    const QByteArray contentType = hasBody ? "application/json"_ba : QByteArray();
    Result<QNetworkReply *> started = send(verb, pathAndQuery, hasBody ? &jsonBody : nullptr, contentType);
    if (!started)
        co_return started.error();
    QNetworkReply *reply = started.value();
    Result<Answer> answer = co_await finish(reply);
    co_return answer;
}

QCoro::Task<Result<ManagementClient::Answer>> ManagementClient::finish(QNetworkReply *reply)
{
    co_await reply;

    // Resumed inside QNetworkReply::finished: the reply is released with
    // deleteLater() below, never deleted here (DESIGN §8).
    const InFlight flight = m_inFlight.take(reply);
    readServerDate(reply);
    const QUrl url = reply->url();
    const QString what = QString::fromLatin1(flight.verb) + QLatin1Char(' ') + resourceName(url.path());
    const QNetworkReply::NetworkError error = reply->error();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray(); // an aborted reply is closed
    const QByteArray location = reply->rawHeader("Location"_ba);
    const QByteArray retryAfter = reply->rawHeader("Retry-After"_ba);
    const QString qtMessage = reply->errorString();
    reply->deleteLater();
    qCDebug(lcHttp).noquote() << what << "answered" << status << "in" << flight.started.elapsed() << "ms,"
                              << body.size() << "bytes" << (error != QNetworkReply::NoError ? qtMessage : QString());

    if (flight.tls && flight.tls->refusal)
        co_return *flight.tls->refusal;
    if (flight.tls && status != 0) {
        // An answer came over a connection that passed the trust checks:
        // the chunks' connections must show this key (startFileRangePost).
        const QSslCertificate peer = reply->sslConfiguration().peerCertificate();
        if (!peer.isNull() && peer != m_acceptedPeer)
            m_acceptedPeer = peer;
    }
    if (flight.cancelled)
        co_return cancelledError(what);
    if (status == 0 || isTransportFailure(error)) {
        // Qt reports a transfer timeout as a cancel: any abort we did not
        // ask for is one.
        const bool timedOut = error == QNetworkReply::OperationCanceledError;
        co_return transportError(url, error, qtMessage, m_settings.timeout, timedOut);
    }
    if (status < 200 || status > 299)
        co_return httpError(status, body, retryAfter, what, m_settings.user, url);
    co_return Answer{status, body, location};
}

void ManagementClient::readServerDate(QNetworkReply *reply)
{
    readServerDate(reply->rawHeader("Date"_ba));
}

void ManagementClient::readServerDate(const QByteArray &header)
{
    if (header.isEmpty())
        return;
    const Result<QDateTime> date = parseHttpDate(header);
    if (!date)
        return;
    const bool moved = date.value() != m_serverDate;
    m_serverDate = date.value();
    m_sinceServerDate.start();
    if (moved)
        Q_EMIT serverTimeChanged(serverNow());
}

Result<std::unique_ptr<FileRangePost>> ManagementClient::startFileRangePost(const QString &pathAndQuery,
                                                                          const QString &filePath, qint64 offset,
                                                                          qint64 length)
{
    const QUrl url = urlFor(pathAndQuery);
    if (std::optional<Error> refused = refusedUrl(url))
        return *refused;
    FileRangePostRequest request;
    request.url = url;
    request.authorization = m_authorization;
    request.filePath = filePath;
    request.offset = offset;
    request.length = length;
    request.stallTimeout = m_settings.timeout;
    request.connections = m_postConnections;
    if (url.scheme() == u"https") {
        request.pinnedKeySha256 = TlsTrust::publicKeySha256(m_acceptedPeer);
        if (request.pinnedKeySha256.isEmpty()) {
            return Error{TlsError::Handshake,
                         tr("The upload to %1 was not sent: no certificate of the Management Node has been accepted "
                            "on this connection yet. Connect again, then retry.")
                             .arg(hostAndPort(url))};
        }
    }
    // Method and path only: the Authorization header is never logged.
    qCDebug(lcHttp).noquote() << "POST" << url.path(QUrl::FullyEncoded) << "sent (" << length << "bytes of the file)";
    return std::make_unique<FileRangePost>(std::move(request));
}

QCoro::Task<Result<ManagementClient::Answer>> ManagementClient::finish(FileRangePost &post)
{
    QElapsedTimer started;
    started.start();
    const FileRangePostAnswer answer = co_await post.run();
    const QUrl url = post.request().url;
    const QString what = u"POST "_s + resourceName(url.path());
    readServerDate(answer.date);
    qCDebug(lcHttp).noquote() << what << "answered" << answer.status << "in" << started.elapsed() << "ms,"
                              << answer.body.size() << "bytes" << answer.transportMessage;
    if (!answer.fileError.isEmpty()) {
        co_return Error{UploadError::File,
                        tr("Could not read the package %1: %2").arg(post.request().filePath, answer.fileError),
                        {{u"file"_s, post.request().filePath}}};
    }
    if (answer.cancelled)
        co_return cancelledError(what);
    if (answer.keyChanged) {
        co_return Error{TlsError::Changed,
                        tr("The Management Node at %1 showed another certificate during the upload than the one "
                           "accepted moments before, so nothing more was sent. If the certificate was replaced on "
                           "purpose, connect again and check the new one; otherwise someone may be intercepting the "
                           "connection.")
                            .arg(hostAndPort(url)),
                        {{u"host"_s, url.host()}}};
    }
    if (answer.transport != QNetworkReply::NoError) {
        co_return transportError(url, answer.transport, answer.transportMessage, m_settings.timeout,
                                 answer.timedOut);
    }
    if (answer.status < 200 || answer.status > 299)
        co_return httpError(answer.status, answer.body, answer.retryAfter, what, m_settings.user, url);
    co_return Answer{answer.status, answer.body, answer.location};
}

void ManagementClient::cancel(QNetworkReply *reply)
{
    const auto it = m_inFlight.find(reply);
    if (it == m_inFlight.end())
        return;
    it->cancelled = true;
    // Queued: the awaiting coroutine resumes from the event loop, not
    // inside our caller.
    QMetaObject::invokeMethod(reply, &QNetworkReply::abort, Qt::QueuedConnection);
}

void ManagementClient::cancelAll()
{
    const QList<QNetworkReply *> replies = m_inFlight.keys();
    for (QNetworkReply *reply : replies)
        cancel(reply);
}

} // namespace iuc::api
