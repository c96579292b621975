#pragma once

#include "core/domain/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace iuc::sim {

// The emulator's TLS identity on disk. The fingerprint is what the console
// shows on first contact and pins (DESIGN §6), so it stays the same across
// restarts for as long as the files do.
struct CertificateFiles
{
    QString certPath;
    QString keyPath;
    QByteArray sha256Fingerprint; // "AB:CD:…": SHA-256 over the certificate's DER
    QDateTime notAfter;           // UTC; for the startup banner
};

// Reuses <dataDir>/tls/server.crt + server.key when both load, belong
// together, are valid now and for at least another day, and cover every
// requested name; otherwise generates a fresh self-signed EC P-256
// certificate (CN "infinity-sim", 825 days) and writes both files
// atomically, the key with mode 0600 in a 0700 directory.
// A regenerated certificate has a new fingerprint: consoles that pinned the
// old one will (rightly) refuse it.
Result<CertificateFiles> ensureSelfSignedCertificate(
    const QString &dataDir,
    const QStringList &dnsNames = {QStringLiteral("localhost")},
    const QStringList &ipAddresses = {QStringLiteral("127.0.0.1"), QStringLiteral("::1")});

// A certificate and key the user supplied (--cert/--key), PEM. Checks that
// both load and that the key belongs to the certificate. An expired
// certificate is accepted (testing the console against one is legitimate);
// notAfter tells the caller.
Result<CertificateFiles> loadCertificate(const QString &certPath, const QString &keyPath);

// "AB:CD:…" (upper-case hex pairs joined by ':'), as `openssl x509
// -fingerprint -sha256` and browsers print it.
QByteArray sha256Fingerprint(const QByteArray &der);

// The fingerprint of the first certificate in a PEM file.
Result<QByteArray> fingerprintOfPemFile(const QString &path);

} // namespace iuc::sim
