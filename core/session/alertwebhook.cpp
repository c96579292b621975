#include "core/session/alertwebhook.h"

#include "core/domain/logging.h"
#include "core/session/sessionerrors.h"

#include <QCoreApplication>
#include <QDir>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaEnum>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace iuc {

namespace {

bool isLoopback(const QString &host)
{
    return host == u"localhost"_s || QHostAddress(host).isLoopback();
}

Error badWebhook(const QString &why)
{
    return Error{AlertError::BadWebhook,
                 QCoreApplication::translate("AlertWebhook", "The alert webhook's address is not usable: %1").arg(why)};
}

} // namespace

Result<QUrl> AlertWebhook::validate(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return badWebhook(QCoreApplication::translate("AlertWebhook", "give the whole URL the receiving tool "
                                                                      "gave you, starting with https://."));
    const QString scheme = url.scheme().toLower();
    if (scheme != u"https"_s && !(scheme == u"http"_s && isLoopback(url.host()))) {
        return badWebhook(QCoreApplication::translate("AlertWebhook", "it must start with https:// (the URL is a "
                                                                      "secret: it is never sent unencrypted)."));
    }
    return url;
}

QString AlertWebhook::displayForm(const QUrl &url)
{
    QString shown = url.toString(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment);
    if (url.path().size() > 1 || url.hasQuery())
        shown += u"/…"_s;
    return shown;
}

QByteArray AlertWebhook::payload(const Alert &alert, const QString &deployment)
{
    QJsonObject o{{u"text"_s, u"[%1] %2"_s.arg(deployment, alert.summary())},
                  {u"title"_s, alert.title},
                  {u"what_happened"_s, alert.text},
                  {u"what_to_do"_s, alert.action},
                  {u"kind"_s, Alert::kindName(alert.kind)},
                  {u"severity"_s, alert.isWarning() ? u"warning"_s : u"info"_s},
                  {u"deployment"_s, deployment},
                  {u"at"_s, alert.at.toUTC().toString(Qt::ISODate)}};
    if (!alert.node.isEmpty())
        o.insert(u"node"_s, alert.node);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

AlertWebhook::AlertWebhook(QUrl url, QString deployment, QObject *parent)
    : QObject(parent)
    , m_url(std::move(url))
    , m_deployment(std::move(deployment))
{
}

AlertWebhook::~AlertWebhook() = default;

Result<void> AlertWebhook::trustCaFile(const QString &path)
{
    const QList<QSslCertificate> cas = QSslCertificate::fromPath(path, QSsl::Pem);
    if (cas.isEmpty()) {
        return Error{AlertError::BadWebhook,
                     QCoreApplication::translate("AlertWebhook", "No PEM certificate could be read from %1.")
                         .arg(QDir::toNativeSeparators(path))};
    }
    m_extraCas = cas;
    return ResultOk;
}

void AlertWebhook::send(const Alert &alert)
{
    m_queue.append(Item{alert, 0});
    next();
}

void AlertWebhook::next()
{
    if (m_busy || m_queue.isEmpty())
        return;
    m_busy = true;
    Item &item = m_queue.first();
    ++item.tries;
    QNetworkRequest request(m_url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    request.setTransferTimeout(static_cast<int>(std::chrono::milliseconds(kTimeout).count()));
    if (!m_extraCas.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(m_extraCas);
        request.setSslConfiguration(tls);
    }
    QNetworkReply *reply = m_network.post(request, payload(item.alert, m_deployment));
    connect(reply, &QNetworkReply::finished, this, [this, reply] { finished(reply); });
}

void AlertWebhook::finished(QNetworkReply *reply)
{
    reply->deleteLater();
    m_busy = false;
    if (m_queue.isEmpty())
        return;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const bool ok = reply->error() == QNetworkReply::NoError && status >= 200 && status < 300;
    Item item = m_queue.takeFirst();
    if (ok) {
        qCDebug(lcSession).noquote() << "Alert delivered to" << displayName();
        Q_EMIT delivered(item.alert);
        next();
        return;
    }
    // The reply's own words may carry the URL (and so its secret): say the status or the kind of failure.
    QString why;
    if (status > 0)
        why = QCoreApplication::translate("AlertWebhook", "it answered HTTP %1").arg(status);
    else if (reply->error() == QNetworkReply::SslHandshakeFailedError)
        why = QCoreApplication::translate("AlertWebhook", "its certificate is not trusted");
    else if (reply->error() == QNetworkReply::OperationCanceledError || reply->error() == QNetworkReply::TimeoutError)
        why = QCoreApplication::translate("AlertWebhook", "it did not answer within %1 s").arg(kTimeout.count());
    else
        why = QCoreApplication::translate("AlertWebhook", "it could not be reached (%1)")
                  .arg(QString::fromLatin1(QMetaEnum::fromType<QNetworkReply::NetworkError>().valueToKey(reply->error())));
    if (item.tries < 2) {
        qCInfo(lcSession).noquote() << "Alert webhook" << displayName() << "failed:" << why << "- trying again";
        m_queue.prepend(item);
        m_busy = true; // nothing else goes first
        QTimer::singleShot(m_retryAfter, this, [this] {
            m_busy = false;
            next();
        });
        return;
    }
    const Error error{AlertError::WebhookFailed,
                      QCoreApplication::translate("AlertWebhook", "The alert webhook at %1 did not take the alert "
                                                                  "\"%2\": %3. The console still shows it; check the "
                                                                  "webhook in the profile.")
                          .arg(displayName(), item.alert.title, why)};
    qCWarning(lcSession).noquote() << error.message;
    Q_EMIT failed(item.alert, error);
    next();
}

} // namespace iuc
