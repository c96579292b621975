#include "core/api/tlstrust.h"

#include "core/api/apierrors.h"
#include "core/api/replyerror.h"
#include "core/domain/logging.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslSocket>

#include <QCoro/QCoroNetworkReply>

#include <openssl/x509.h>

using namespace Qt::StringLiterals;

namespace iuc::api {

namespace {


// "CN=infinity-sim, O=…": the distinguished name as people read it.
QString distinguishedName(const QSslCertificate &certificate, bool issuer)
{
    const QList<QByteArray> attributes = issuer ? certificate.issuerInfoAttributes() : certificate.subjectInfoAttributes();
    QStringList parts;
    for (const QByteArray &attribute : attributes) {
        const QStringList values = issuer ? certificate.issuerInfo(attribute) : certificate.subjectInfo(attribute);
        for (const QString &value : values)
            parts.append(QString::fromLatin1(attribute) + QLatin1Char('=') + value);
    }
    return parts.join(u", "_s);
}

// The certificate the server presented. During sslErrors the reply's
// configuration may not carry it yet; the errors name it then.
QSslCertificate peerOf(QNetworkReply *reply, const QList<QSslError> &errors)
{
    const QSslCertificate peer = reply->sslConfiguration().peerCertificate();
    if (!peer.isNull())
        return peer;
    for (const QSslError &e : errors) {
        if (!e.certificate().isNull())
            return e.certificate();
    }
    return QSslCertificate();
}

} // namespace

CertificateInfo CertificateInfo::of(const QSslCertificate &certificate)
{
    CertificateInfo info;
    if (certificate.isNull())
        return info;
    info.sha256Fingerprint = TlsTrust::fingerprint(certificate);
    info.subject = distinguishedName(certificate, false);
    info.issuer = distinguishedName(certificate, true);
    info.notBefore = certificate.effectiveDate().toUTC();
    info.notAfter = certificate.expiryDate().toUTC();
    const auto names = certificate.subjectAlternativeNames();
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        info.alternativeNames.append(it.value());
    // OpenSSL's own test also wants the key usage of a CA; people mean
    // "issued by itself".
    info.selfSigned = certificate.isSelfSigned() || (!info.subject.isEmpty() && info.subject == info.issuer);
    return info;
}

QByteArray TlsTrust::fingerprint(const QSslCertificate &certificate)
{
    if (certificate.isNull())
        return {};
    return certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper();
}

QByteArray TlsTrust::publicKeySha256(const QSslCertificate &certificate)
{
    const QByteArray der = certificate.toDer();
    if (der.isEmpty())
        return {};
    const auto *in = reinterpret_cast<const unsigned char *>(der.constData());
    X509 *x509 = d2i_X509(nullptr, &in, der.size());
    if (!x509)
        return {};
    unsigned char *spki = nullptr;
    const int length = i2d_X509_PUBKEY(X509_get_X509_PUBKEY(x509), &spki);
    QByteArray digest;
    if (length > 0) {
        digest = QCryptographicHash::hash(QByteArrayView(spki, length), QCryptographicHash::Sha256);
        OPENSSL_free(spki);
    }
    X509_free(x509);
    return digest;
}

QByteArray TlsTrust::normalizeFingerprint(QByteArrayView text)
{
    QByteArray hex;
    hex.reserve(64);
    for (const char c : text) {
        if (c == ':' || c == ' ' || c == '\t' || c == '\n' || c == '\r')
            continue;
        const bool isHex = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
        if (!isHex)
            return {};
        hex.append(c);
    }
    if (hex.size() != 64)
        return {};
    return QByteArray::fromHex(hex).toHex(':').toUpper();
}

bool TlsTrust::isLoopbackHost(const QString &host)
{
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

Result<QSslConfiguration> TlsTrust::sslConfiguration(const QUrl &url) const
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    switch (mode) {
    case Mode::System:
        break;
    case Mode::CaFile: {
        QList<QSslCertificate> certificates = QSslCertificate::fromPath(caFile, QSsl::Pem);
        if (certificates.isEmpty())
            certificates = QSslCertificate::fromPath(caFile, QSsl::Der);
        if (certificates.isEmpty()) {
            return Error{TlsError::CaFile,
                         QCoreApplication::translate("iuc::api::TlsTrust",
                             "The CA file %1 holds no certificate that could be read. Choose the PEM file of the "
                             "certificate authority that signed the Management Node's certificate.")
                             .arg(caFile),
                         {{u"caFile"_s, caFile}}};
        }
        configuration.addCaCertificates(certificates);
        break;
    }
    case Mode::Pinned:
        if (normalizeFingerprint(pinnedSha256).isEmpty()) {
            return Error{TlsError::BadPin,
                         QCoreApplication::translate("iuc::api::TlsTrust",
                             "The trusted fingerprint saved in the profile is not a SHA-256 fingerprint (64 hexadecimal "
                             "digits). Connect again and compare the certificate's fingerprint with the one on the "
                             "Management Node's console.")};
        }
        // Verification stays on: the chain and host-name errors of a
        // self-signed certificate are ignored in watch(), for the pinned
        // certificate only.
        break;
    case Mode::InsecureLoopback:
        if (!isLoopbackHost(url.host())) {
            return Error{TlsError::NotLoopback,
                         QCoreApplication::translate("iuc::api::TlsTrust",
                             "Accepting any certificate is only allowed for a Management Node on this computer, not "
                             "for %1. Trust its certificate by its fingerprint, or with the CA file that signed it.")
                             .arg(url.host()),
                         {{u"host"_s, url.host()}}};
        }
        configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
        break;
    }
    return configuration;
}

std::shared_ptr<TlsTrust::Verdict> TlsTrust::watch(QNetworkReply *reply) const
{
    auto verdict = std::make_shared<Verdict>();
    const QString where = hostAndPort(reply->url());
    const Mode watchedMode = mode;
    const QByteArray pin = normalizeFingerprint(pinnedSha256);

    // Both signals reach us through a blocking connection from Qt's network
    // thread, during the handshake: what we decide here happens before a
    // single request byte leaves.
    QObject::connect(reply, &QNetworkReply::sslErrors, reply,
                     [reply, verdict, where, watchedMode, pin](const QList<QSslError> &errors) {
                         const CertificateInfo peer = CertificateInfo::of(peerOf(reply, errors));
                         verdict->peer = peer;
                         switch (watchedMode) {
                         case Mode::Pinned:
                             if (!peer.sha256Fingerprint.isEmpty() && peer.sha256Fingerprint == pin) {
                                 reply->ignoreSslErrors(errors);
                                 return;
                             }
                             verdict->refusal = changedError(where, pin, peer);
                             qCDebug(lcTls).noquote() << where << "presented" << peer.sha256Fingerprint
                                                        << "instead of the pinned certificate";
                             return; // not ignored: the handshake fails
                         case Mode::InsecureLoopback:
                             reply->ignoreSslErrors(errors); // checked for loopback in sslConfiguration()
                             return;
                         case Mode::System:
                         case Mode::CaFile:
                             verdict->refusal = untrustedError(where, peer, errors);
                             qCDebug(lcTls).noquote() << where << "presented a certificate this computer does not trust:"
                                                     << peer.sha256Fingerprint;
                             return;
                         }
                     });
    if (watchedMode == Mode::Pinned) {
        // A certificate the system trusts raises no sslErrors: the pin is
        // checked on every handshake all the same.
        QObject::connect(reply, &QNetworkReply::encrypted, reply, [reply, verdict, where, pin] {
            const CertificateInfo peer = CertificateInfo::of(reply->sslConfiguration().peerCertificate());
            verdict->peer = peer;
            if (peer.sha256Fingerprint == pin)
                return;
            verdict->refusal = changedError(where, pin, peer);
            reply->abort();
        });
    }
    return verdict;
}

Error TlsTrust::changedError(const QString &hostPort, const QByteArray &expected, const CertificateInfo &actual)
{
    return Error{TlsError::Changed,
                 QCoreApplication::translate("iuc::api::TlsTrust",
                     "The Management Node at %1 presented a different certificate from the one this profile trusts, so "
                     "the console did not connect. Trusted fingerprint: %2. Presented fingerprint: %3 (%4). Someone may "
                     "be intercepting the connection, or the Management Node got a new certificate: verify the new "
                     "fingerprint on the Management Node's console before you trust it.")
                     .arg(hostPort, QString::fromLatin1(expected), QString::fromLatin1(actual.sha256Fingerprint),
                          actual.subject),
                 {{u"expected"_s, QString::fromLatin1(expected)},
                  {u"actual"_s, QString::fromLatin1(actual.sha256Fingerprint)},
                  {u"subject"_s, actual.subject}}};
}

Error TlsTrust::untrustedError(const QString &hostPort, const CertificateInfo &actual, const QList<QSslError> &errors)
{
    QStringList reasons;
    for (const QSslError &e : errors)
        reasons.append(e.errorString());
    reasons.removeDuplicates();
    return Error{TlsError::Untrusted,
                 QCoreApplication::translate("iuc::api::TlsTrust",
                     "This computer does not trust the certificate of %1 (%2). Its SHA-256 fingerprint is %3; subject "
                     "%4, issued by %5, valid until %6. Compare the fingerprint with the one shown on the Management "
                     "Node's console, and trust the certificate only if they match.")
                     .arg(hostPort, reasons.join(u"; "_s), QString::fromLatin1(actual.sha256Fingerprint),
                          actual.subject, actual.issuer, actual.notAfter.toString(Qt::ISODate)),
                 {{u"fingerprint"_s, QString::fromLatin1(actual.sha256Fingerprint)},
                  {u"subject"_s, actual.subject},
                  {u"issuer"_s, actual.issuer},
                  {u"notAfter"_s, actual.notAfter},
                  {u"reasons"_s, reasons}}};
}

QCoro::Task<Result<CertificateInfo>> TlsTrust::probeCertificate(QUrl url, std::chrono::milliseconds timeout)
{
    if (url.scheme() != u"https") {
        co_return Error{TlsError::NotHttps,
                        QCoreApplication::translate("iuc::api::TlsTrust",
                            "%1 is not an https:// address, so it has no certificate to check.")
                            .arg(url.toDisplayString(QUrl::RemoveUserInfo))};
    }
    QUrl target = url.adjusted(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment);
    target.setPath(u"/"_s);

    // Its own manager: a probe's connection must never be reused for a
    // request that carries the password. Deleted later, never here in the
    // continuation (DESIGN §8).
    auto *manager = new QNetworkAccessManager;
    QNetworkRequest request(target);
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setPeerVerifyMode(QSslSocket::QueryPeer); // show the certificate, trust nothing
    request.setSslConfiguration(configuration);
    request.setTransferTimeout(static_cast<int>(timeout.count()));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = manager->get(request);
    auto seen = std::make_shared<QSslCertificate>();
    // After the handshake, before the request goes out: take the
    // certificate and stop.
    QObject::connect(reply, &QNetworkReply::encrypted, reply, [reply, seen] {
        *seen = reply->sslConfiguration().peerCertificate();
        reply->abort();
    });
    co_await reply;

    if (seen->isNull())
        *seen = reply->sslConfiguration().peerCertificate();
    const QNetworkReply::NetworkError error = reply->error();
    const QString qtMessage = reply->errorString();
    reply->deleteLater();
    manager->deleteLater();
    if (!seen->isNull())
        co_return CertificateInfo::of(*seen);
    co_return transportError(target, error, qtMessage, timeout, error == QNetworkReply::OperationCanceledError);
}

} // namespace iuc::api
