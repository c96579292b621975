#pragma once

// How the console decides to trust a Management Node's TLS certificate
// (DESIGN §6). A Management Node usually has a self-signed certificate, so
// the common case is a pinned fingerprint that the admin accepted on first
// contact. The client never pins by itself: an unknown certificate is an
// Error ("tls.untrusted") carrying the facts the admin needs to decide.
//
// Error codes:
//   tls.untrusted        not trusted and no pin; details: fingerprint,
//                        subject, issuer, notAfter, reasons
//   tls.changed          pinned, and the server shows another certificate;
//                        details: expected, actual, subject
//   tls.not-loopback     InsecureLoopback (or plain http://) for a host that
//                        is not this computer
//   tls.ca-file          the CA file holds no readable certificate
//   tls.bad-pin          the pin is not a SHA-256 fingerprint
//   tls.handshake        any other TLS failure

#include "core/domain/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <QCoro/QCoroTask>

#include <chrono>
#include <memory>
#include <optional>

class QNetworkReply;

namespace iuc::api {

// A certificate as the first-contact dialog shows it.
struct CertificateInfo
{
    QByteArray sha256Fingerprint; // "AB:CD:…" over the DER, as infinity-sim prints it
    QString subject;              // e.g. "CN=infinity-sim"
    QString issuer;
    QDateTime notBefore; // UTC
    QDateTime notAfter;  // UTC
    QStringList alternativeNames; // DNS names and IP addresses
    bool selfSigned = false;

    static CertificateInfo of(const QSslCertificate &certificate);
};

// What the console knows about a Management Node's certificate when it has
// to ask the admin: the certificate presented now and, when a pin was set,
// the fingerprint it trusts.
struct CertificateFacts
{
    QString server;                // "host port 8443", as the errors name it
    CertificateInfo presented;     // at least sha256Fingerprint and subject
    QByteArray trustedFingerprint; // empty: first contact
};

struct TlsTrust
{
    enum class Mode {
        System,           // the operating system's CA store (Qt's default verification)
        CaFile,           // the system store plus the CA certificate(s) in caFile
        Pinned,           // exactly the certificate whose SHA-256 is pinnedSha256
        InsecureLoopback, // any certificate, only for a Management Node on this computer
    };

    Mode mode = Mode::System;
    QString caFile;          // PEM (or DER) file, for Mode::CaFile
    QByteArray pinnedSha256; // "AB:CD:…" upper-case hex pairs over the DER, for Mode::Pinned

    static TlsTrust system() { return {}; }
    static TlsTrust withCaFile(const QString &path) { return {Mode::CaFile, path, {}}; }
    static TlsTrust pinned(const QByteArray &sha256) { return {Mode::Pinned, {}, normalizeFingerprint(sha256)}; }
    static TlsTrust insecureLoopback() { return {Mode::InsecureLoopback, {}, {}}; }

    // "AB:CD:…": SHA-256 over the certificate's DER.
    static QByteArray fingerprint(const QSslCertificate &certificate);
    // SHA-256 over the certificate's SubjectPublicKeyInfo (raw 32 bytes):
    // what libcurl pins (filerangepost.h). Empty for a null certificate.
    static QByteArray publicKeySha256(const QSslCertificate &certificate);
    // Accepts the forms people paste ("ab:cd…", "ABCD…", with spaces) and
    // gives "AB:CD:…"; empty when the text is not a SHA-256 fingerprint.
    static QByteArray normalizeFingerprint(QByteArrayView text);
    // 127.0.0.0/8, ::1 and "localhost".
    static bool isLoopbackHost(const QString &host);

    // The TLS configuration for requests to `url` under this trust, or why
    // none may be made (a CA file that cannot be read, a malformed pin,
    // insecure mode for a remote host).
    [[nodiscard]] Result<QSslConfiguration> sslConfiguration(const QUrl &url) const;

    // What one request's handshake concluded; filled in by the checks that
    // watch() connects, read after the reply finished.
    struct Verdict
    {
        std::optional<Error> refusal;
        std::optional<CertificateInfo> peer;
    };
    // Connects this trust's checks to a reply that has not started its
    // handshake yet (call it right after QNetworkAccessManager::get/post…).
    // Pinned: the peer certificate is accepted iff its fingerprint is the
    // pin, chain and host-name errors are ignored only then. Both checks run
    // before any request byte (and so the password) is sent.
    [[nodiscard]] std::shared_ptr<Verdict> watch(QNetworkReply *reply) const;

    // Fetches the certificate a server presents, without trusting it and
    // without sending any request (no credentials): for the first-contact
    // dialog. Errors: api.unreachable, tls.handshake, tls.not-https.
    static QCoro::Task<Result<CertificateInfo>> probeCertificate(QUrl url, std::chrono::milliseconds timeout = std::chrono::seconds(15));

    // The errors of this module, for the client's error mapping.
    static Error changedError(const QString &hostPort, const QByteArray &expected, const CertificateInfo &actual);
    static Error untrustedError(const QString &hostPort, const CertificateInfo &actual, const QList<QSslError> &errors);
};

} // namespace iuc::api
