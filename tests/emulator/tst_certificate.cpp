#include "emulator/support/certificate.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "tests/emulator/serverthread.h"

#include <httplib.h>

#include <optional>
#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <atomic>
#include <memory>
#include <thread>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace Qt::StringLiterals;
using iuc::sim::CertificateFiles;

namespace {

struct X509Deleter
{
    void operator()(X509 *p) const { X509_free(p); }
};
struct PKeyDeleter
{
    void operator()(EVP_PKEY *p) const { EVP_PKEY_free(p); }
};
struct BioDeleter
{
    void operator()(BIO *p) const { BIO_free(p); }
};
using X509Ptr = std::unique_ptr<X509, X509Deleter>;
using PKeyPtr = std::unique_ptr<EVP_PKEY, PKeyDeleter>;
using BioPtr = std::unique_ptr<BIO, BioDeleter>;

X509Ptr readCertificate(const QString &path)
{
    const BioPtr bio(BIO_new_file(QFile::encodeName(path).constData(), "r"));
    return X509Ptr(bio ? PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr) : nullptr);
}

PKeyPtr readKey(const QString &path)
{
    const BioPtr bio(BIO_new_file(QFile::encodeName(path).constData(), "r"));
    return PKeyPtr(bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr) : nullptr);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

// Records a failure and returns an empty value, so one broken call fails its
// own test with the library's message instead of crashing on value().
CertificateFiles ensured(const QString &dataDir,
                         const QStringList &dnsNames = {u"localhost"_s},
                         const QStringList &ips = {u"127.0.0.1"_s, u"::1"_s})
{
    const auto files = iuc::sim::ensureSelfSignedCertificate(dataDir, dnsNames, ips);
    if (!files) {
        QTest::qFail(qPrintable(files.error().code + u": "_s + files.error().message), __FILE__,
                     __LINE__);
        return {};
    }
    return files.value();
}

// Re-signs the certificate with its own key after moving its validity, as
// if it had been made long ago.
bool backdate(const CertificateFiles &files, long notAfterFromNowSeconds)
{
    const X509Ptr cert = readCertificate(files.certPath);
    const PKeyPtr key = readKey(files.keyPath);
    if (!cert || !key)
        return false;
    if (!X509_gmtime_adj(X509_getm_notBefore(cert.get()), notAfterFromNowSeconds - 86400)
        || !X509_gmtime_adj(X509_getm_notAfter(cert.get()), notAfterFromNowSeconds)
        || X509_sign(cert.get(), key.get(), EVP_sha256()) <= 0)
        return false;
    const BioPtr out(BIO_new_file(QFile::encodeName(files.certPath).constData(), "w"));
    return out && PEM_write_bio_X509(out.get(), cert.get()) == 1;
}

// An httplib HTTPS server on 127.0.0.1 (any port) answering GET / with "ok",
// in a thread of its own for the test's lifetime.
class TlsServer final
{
public:
    TlsServer(const QString &certPath, const QString &keyPath)
        : m_server(QFile::encodeName(certPath).constData(), QFile::encodeName(keyPath).constData())
    {
        if (!m_server.is_valid())
            return;
        m_server.Get("/", [](const httplib::Request &, httplib::Response &response) {
            response.set_content("ok", "text/plain");
        });
        m_thread.emplace(m_server);
    }

    [[nodiscard]] bool isValid() const { return m_server.is_valid() && port() > 0; }
    [[nodiscard]] int port() const { return m_thread ? m_thread->port() : 0; }

private:
    httplib::SSLServer m_server;
    std::optional<ServerThread> m_thread; // declared last: stopped before the server goes
};

httplib::Result verifiedGet(int port, const QString &caPath)
{
    httplib::SSLClient client("localhost", port);
    client.set_address_family(AF_INET); // the server listens on 127.0.0.1 only
    client.set_ca_cert_path(QFile::encodeName(caPath).toStdString());
    client.enable_server_certificate_verification(true);
    client.set_connection_timeout(10);
    client.set_read_timeout(10);
    return client.Get("/");
}

} // namespace

class TestCertificate final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstStartGeneratesCertificateAndKey();
    void generatedCertificateIsAServerCertificateForLoopback();
    void restartReusesCertificateSoFingerprintStaysTheSame();
    void regeneratesWhenStoredFilesAreUnusable_data();
    void regeneratesWhenStoredFilesAreUnusable();
    void regeneratesWhenCertificateHasExpiredOrIsAboutTo();
    void regeneratesWhenRequestedNamesChange();
    void keyFileIsReadableByOwnerOnly();
    void refusesNamesACertificateCannotCarry();
    void fingerprintMatchesOpensslCommandLine();
    void fingerprintIsUpperCaseHexPairsOfSha256();
    void fingerprintOfPemFileExplainsBadFiles();
    void loadCertificateAcceptsMatchingPair();
    void loadCertificateRejectsKeyOfAnotherCertificate();
    void loadCertificateExplainsMissingAndCorruptFiles();
    void loadCertificateRefusesEncryptedKeyWithoutPrompting();
    void verifyingTlsClientAcceptsGeneratedCertificate();
    void verifyingTlsClientRefusesAnUntrustedCertificate();
};

void TestCertificate::firstStartGeneratesCertificateAndKey()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString dataDir = dir.filePath(u"data/sim"_s); // does not exist yet
    const CertificateFiles files = ensured(dataDir);

    QCOMPARE(files.certPath, QDir(dataDir).filePath(u"tls/server.crt"_s));
    QCOMPARE(files.keyPath, QDir(dataDir).filePath(u"tls/server.key"_s));
    QVERIFY(readCertificate(files.certPath));
    QVERIFY(readKey(files.keyPath));
    QVERIFY(QRegularExpression(u"^([0-9A-F]{2}:){31}[0-9A-F]{2}$"_s)
                .match(QString::fromLatin1(files.sha256Fingerprint))
                .hasMatch());
    // No temporary files left behind by the atomic writes.
    QCOMPARE(QDir(QDir(dataDir).filePath(u"tls"_s)).entryList(QDir::Files | QDir::Hidden).size(), 2);
}

void TestCertificate::generatedCertificateIsAServerCertificateForLoopback()
{
    QTemporaryDir dir;
    const CertificateFiles files = ensured(dir.path());
    const X509Ptr cert = readCertificate(files.certPath);
    QVERIFY(cert);

    // SAN carries the loopback names, and nothing else is accepted.
    QCOMPARE(X509_check_host(cert.get(), "localhost", 0, 0, nullptr), 1);
    QCOMPARE(X509_check_ip_asc(cert.get(), "127.0.0.1", 0), 1);
    QCOMPARE(X509_check_ip_asc(cert.get(), "::1", 0), 1);
    QCOMPARE(X509_check_host(cert.get(), "example.com", 0, 0, nullptr), 0);
    QCOMPARE(X509_check_ip_asc(cert.get(), "10.0.0.1", 0), 0);

    char cn[64] = {};
    QVERIFY(X509_NAME_get_text_by_NID(X509_get_subject_name(cert.get()), NID_commonName, cn,
                                      sizeof cn)
            > 0);
    QCOMPARE(QByteArray(cn), QByteArray("infinity-sim"));
    QCOMPARE(X509_NAME_cmp(X509_get_subject_name(cert.get()), X509_get_issuer_name(cert.get())), 0);
    QCOMPARE(X509_get_version(cert.get()), long(X509_VERSION_3));

    QCOMPARE(X509_check_ca(cert.get()), 0); // CA:FALSE
    QVERIFY(X509_get_key_usage(cert.get()) & KU_DIGITAL_SIGNATURE);
    QVERIFY(!(X509_get_key_usage(cert.get()) & KU_KEY_CERT_SIGN));
    QVERIFY(X509_get_extended_key_usage(cert.get()) & XKU_SSL_SERVER);
    QCOMPARE(X509_get_signature_nid(cert.get()), NID_ecdsa_with_SHA256);

    EVP_PKEY *publicKey = X509_get0_pubkey(cert.get());
    QVERIFY(publicKey);
    char group[64] = {};
    QVERIFY(EVP_PKEY_get_group_name(publicKey, group, sizeof group, nullptr));
    QCOMPARE(QByteArray(group), QByteArray("prime256v1")); // P-256

    // Valid from an hour ago, for 825 days.
    int days = 0;
    int seconds = 0;
    QVERIFY(ASN1_TIME_diff(&days, &seconds, X509_get0_notBefore(cert.get()),
                           X509_get0_notAfter(cert.get())));
    QCOMPARE(days, 825);
    QCOMPARE(seconds, 0);
    QVERIFY(X509_cmp_current_time(X509_get0_notBefore(cert.get())) < 0);
    QVERIFY(files.notAfter > QDateTime::currentDateTimeUtc().addDays(824));
    QVERIFY(files.notAfter < QDateTime::currentDateTimeUtc().addDays(826));

    const ASN1_INTEGER *serial = X509_get0_serialNumber(cert.get());
    QVERIFY(ASN1_STRING_length(serial) >= 16);

    // The serial is random: a second certificate gets another.
    QTemporaryDir other;
    const X509Ptr second = readCertificate(ensured(other.path()).certPath);
    QVERIFY(second);
    QVERIFY(ASN1_INTEGER_cmp(serial, X509_get0_serialNumber(second.get())) != 0);
}

void TestCertificate::restartReusesCertificateSoFingerprintStaysTheSame()
{
    QTemporaryDir dir;
    const CertificateFiles first = ensured(dir.path());
    const QByteArray certBytes = readAll(first.certPath);
    const QByteArray keyBytes = readAll(first.keyPath);

    const CertificateFiles second = ensured(dir.path());
    QCOMPARE(second.sha256Fingerprint, first.sha256Fingerprint);
    QCOMPARE(readAll(second.certPath), certBytes);
    QCOMPARE(readAll(second.keyPath), keyBytes);
}

void TestCertificate::regeneratesWhenStoredFilesAreUnusable_data()
{
    QTest::addColumn<QString>("damage");
    QTest::newRow("certificate is garbage") << u"cert-garbage"_s;
    QTest::newRow("key is garbage") << u"key-garbage"_s;
    QTest::newRow("certificate is empty") << u"cert-empty"_s;
    QTest::newRow("certificate is missing") << u"cert-missing"_s;
    QTest::newRow("key is missing") << u"key-missing"_s;
    QTest::newRow("key of another certificate") << u"key-foreign"_s;
}

void TestCertificate::regeneratesWhenStoredFilesAreUnusable()
{
    QFETCH(QString, damage);
    QTemporaryDir dir;
    const CertificateFiles before = ensured(dir.path());

    if (damage == u"cert-garbage"_s) {
        QVERIFY(writeFile(before.certPath, "-----BEGIN CERTIFICATE-----\nnot base64\n"));
    } else if (damage == u"key-garbage"_s) {
        QVERIFY(writeFile(before.keyPath, "\x01\x02 nonsense"));
    } else if (damage == u"cert-empty"_s) {
        QVERIFY(writeFile(before.certPath, QByteArray()));
    } else if (damage == u"cert-missing"_s) {
        QVERIFY(QFile::remove(before.certPath));
    } else if (damage == u"key-missing"_s) {
        QVERIFY(QFile::remove(before.keyPath));
    } else if (damage == u"key-foreign"_s) {
        QTemporaryDir other;
        const CertificateFiles foreign = ensured(other.path());
        QVERIFY(QFile::remove(before.keyPath));
        QVERIFY(QFile::copy(foreign.keyPath, before.keyPath));
    }

    const CertificateFiles after = ensured(dir.path());
    QVERIFY(!after.sha256Fingerprint.isEmpty());
    QVERIFY(after.sha256Fingerprint != before.sha256Fingerprint);
    // The new pair is whole: both files load and belong together.
    const auto loaded = iuc::sim::loadCertificate(after.certPath, after.keyPath);
    QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().message));
    QCOMPARE(loaded->sha256Fingerprint, after.sha256Fingerprint);
}

void TestCertificate::regeneratesWhenCertificateHasExpiredOrIsAboutTo()
{
    QTemporaryDir dir;
    const CertificateFiles original = ensured(dir.path());

    QVERIFY(backdate(original, -3600)); // expired an hour ago
    const QByteArray expired = iuc::sim::fingerprintOfPemFile(original.certPath).value();
    const CertificateFiles renewed = ensured(dir.path());
    QVERIFY(renewed.sha256Fingerprint != expired);
    QVERIFY(renewed.notAfter > QDateTime::currentDateTimeUtc().addDays(800));

    QVERIFY(backdate(renewed, 600)); // expires in ten minutes: too soon to start serving it
    const QByteArray expiring = iuc::sim::fingerprintOfPemFile(renewed.certPath).value();
    QVERIFY(ensured(dir.path()).sha256Fingerprint != expiring);
}

void TestCertificate::regeneratesWhenRequestedNamesChange()
{
    QTemporaryDir dir;
    const CertificateFiles loopback = ensured(dir.path());
    const QStringList names{u"localhost"_s, u"sim.example.test"_s};
    const QStringList ips{u"127.0.0.1"_s, u"::1"_s, u"192.0.2.10"_s};

    const CertificateFiles wider = ensured(dir.path(), names, ips);
    QVERIFY(wider.sha256Fingerprint != loopback.sha256Fingerprint);
    const X509Ptr cert = readCertificate(wider.certPath);
    QCOMPARE(X509_check_host(cert.get(), "sim.example.test", 0, 0, nullptr), 1);
    QCOMPARE(X509_check_ip_asc(cert.get(), "192.0.2.10", 0), 1);

    // Same names again, or a subset of them: the certificate stays.
    QCOMPARE(ensured(dir.path(), names, ips).sha256Fingerprint, wider.sha256Fingerprint);
    QCOMPARE(ensured(dir.path()).sha256Fingerprint, wider.sha256Fingerprint);
}

void TestCertificate::keyFileIsReadableByOwnerOnly()
{
#ifdef Q_OS_UNIX
    // With a permissive umask, only an explicit mode keeps the key private.
    const mode_t previous = ::umask(0);
    const auto restore = qScopeGuard([previous] { ::umask(previous); });
    QTemporaryDir dir;
    const CertificateFiles files = ensured(dir.path());

    struct stat info = {};
    QCOMPARE(::stat(QFile::encodeName(files.keyPath).constData(), &info), 0);
    QCOMPARE(info.st_mode & 07777, mode_t(0600));
    QCOMPARE(::stat(QFile::encodeName(QFileInfo(files.keyPath).path()).constData(), &info), 0);
    QCOMPARE(info.st_mode & 07777, mode_t(0700));

    // Regeneration over an existing, too-open key tightens it again.
    QVERIFY(QFile::setPermissions(files.keyPath, QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                                     | QFileDevice::ReadOther));
    QVERIFY(writeFile(files.certPath, "garbage"));
    const CertificateFiles again = ensured(dir.path());
    QCOMPARE(::stat(QFile::encodeName(again.keyPath).constData(), &info), 0);
    QCOMPARE(info.st_mode & 07777, mode_t(0600));
#else
    QSKIP("POSIX file modes only");
#endif
}

void TestCertificate::refusesNamesACertificateCannotCarry()
{
    QTemporaryDir dir;
    const auto badHost = iuc::sim::ensureSelfSignedCertificate(dir.path(), {u"bad host"_s}, {});
    QVERIFY(!badHost);
    QCOMPARE(badHost.error().code, u"certificate.bad-name"_s);
    QVERIFY(badHost.error().message.contains(u"bad host"_s));

    const auto badIp = iuc::sim::ensureSelfSignedCertificate(dir.path(), {}, {u"300.1.1.1"_s});
    QVERIFY(!badIp);
    QCOMPARE(badIp.error().code, u"certificate.bad-name"_s);

    const auto none = iuc::sim::ensureSelfSignedCertificate(dir.path(), {}, {});
    QVERIFY(!none);
    QCOMPARE(none.error().code, u"certificate.bad-name"_s);
}

void TestCertificate::fingerprintMatchesOpensslCommandLine()
{
    const QString openssl = QStandardPaths::findExecutable(u"openssl"_s);
    if (openssl.isEmpty())
        QSKIP("the openssl command is not installed");
    QTemporaryDir dir;
    const CertificateFiles files = ensured(dir.path());

    QProcess process;
    process.start(openssl, {u"x509"_s, u"-in"_s, files.certPath, u"-noout"_s, u"-fingerprint"_s,
                            u"-sha256"_s});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
    // "sha256 Fingerprint=AB:CD:…" (OpenSSL 3) or "SHA256 Fingerprint=…" (1.1)
    const QByteArray output = process.readAllStandardOutput().trimmed();
    const qsizetype equals = output.indexOf('=');
    QVERIFY2(equals > 0, output.constData());
    QCOMPARE(output.mid(equals + 1), files.sha256Fingerprint);

    const auto fromFile = iuc::sim::fingerprintOfPemFile(files.certPath);
    QVERIFY(fromFile);
    QCOMPARE(fromFile.value(), files.sha256Fingerprint);
}

void TestCertificate::fingerprintIsUpperCaseHexPairsOfSha256()
{
    // SHA-256 of no bytes, a published value.
    QCOMPARE(iuc::sim::sha256Fingerprint(QByteArray()),
             QByteArray("E3:B0:C4:42:98:FC:1C:14:9A:FB:F4:C8:99:6F:B9:24:"
                        "27:AE:41:E4:64:9B:93:4C:A4:95:99:1B:78:52:B8:55"));
}

void TestCertificate::fingerprintOfPemFileExplainsBadFiles()
{
    QTemporaryDir dir;
    const auto missing = iuc::sim::fingerprintOfPemFile(dir.filePath(u"nope.crt"_s));
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, u"certificate.unreadable"_s);
    QVERIFY(missing.error().message.contains(u"nope.crt"_s));

    const QString garbage = dir.filePath(u"garbage.crt"_s);
    QVERIFY(writeFile(garbage, "hello"));
    const auto invalid = iuc::sim::fingerprintOfPemFile(garbage);
    QVERIFY(!invalid);
    QCOMPARE(invalid.error().code, u"certificate.invalid"_s);
}

void TestCertificate::loadCertificateAcceptsMatchingPair()
{
    QTemporaryDir dir;
    const CertificateFiles generated = ensured(dir.path());
    const auto loaded = iuc::sim::loadCertificate(generated.certPath, generated.keyPath);
    QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().message));
    QCOMPARE(loaded->certPath, generated.certPath);
    QCOMPARE(loaded->keyPath, generated.keyPath);
    QCOMPARE(loaded->sha256Fingerprint, generated.sha256Fingerprint);
    QCOMPARE(loaded->notAfter, generated.notAfter);
}

void TestCertificate::loadCertificateRejectsKeyOfAnotherCertificate()
{
    QTemporaryDir a;
    QTemporaryDir b;
    const CertificateFiles first = ensured(a.path());
    const CertificateFiles second = ensured(b.path());

    const auto mixed = iuc::sim::loadCertificate(first.certPath, second.keyPath);
    QVERIFY(!mixed);
    QCOMPARE(mixed.error().code, u"certificate.key-mismatch"_s);
    QVERIFY(mixed.error().message.contains(QDir::toNativeSeparators(first.certPath)));
    QVERIFY(mixed.error().message.contains(QDir::toNativeSeparators(second.keyPath)));
    // The key's contents never appear in a message.
    QVERIFY(!mixed.error().message.contains(u"PRIVATE KEY-----"_s));
}

void TestCertificate::loadCertificateExplainsMissingAndCorruptFiles()
{
    QTemporaryDir dir;
    const CertificateFiles good = ensured(dir.path());

    const auto noCert = iuc::sim::loadCertificate(dir.filePath(u"missing.crt"_s), good.keyPath);
    QVERIFY(!noCert);
    QCOMPARE(noCert.error().code, u"certificate.unreadable"_s);

    const auto noKey = iuc::sim::loadCertificate(good.certPath, dir.filePath(u"missing.key"_s));
    QVERIFY(!noKey);
    QCOMPARE(noKey.error().code, u"certificate.unreadable"_s);

    const QString garbage = dir.filePath(u"garbage.pem"_s);
    QVERIFY(writeFile(garbage, "not a pem file"));
    const auto badCert = iuc::sim::loadCertificate(garbage, good.keyPath);
    QVERIFY(!badCert);
    QCOMPARE(badCert.error().code, u"certificate.invalid"_s);

    const auto badKey = iuc::sim::loadCertificate(good.certPath, garbage);
    QVERIFY(!badKey);
    QCOMPARE(badKey.error().code, u"certificate.key-invalid"_s);

    // A certificate where the key should be is not a key either.
    const auto certAsKey = iuc::sim::loadCertificate(good.certPath, good.certPath);
    QVERIFY(!certAsKey);
    QCOMPARE(certAsKey.error().code, u"certificate.key-invalid"_s);
}

void TestCertificate::loadCertificateRefusesEncryptedKeyWithoutPrompting()
{
    QTemporaryDir dir;
    const CertificateFiles good = ensured(dir.path());
    const PKeyPtr key = readKey(good.keyPath);
    QVERIFY(key);
    const QString encryptedPath = dir.filePath(u"encrypted.key"_s);
    {
        const BioPtr out(BIO_new_file(QFile::encodeName(encryptedPath).constData(), "w"));
        static const char passphrase[] = "correct horse";
        QVERIFY(out);
        QCOMPARE(PEM_write_bio_PrivateKey(out.get(), key.get(), EVP_aes_256_cbc(),
                                          reinterpret_cast<const unsigned char *>(passphrase),
                                          int(sizeof passphrase - 1), nullptr, nullptr),
                 1);
    }
    const auto loaded = iuc::sim::loadCertificate(good.certPath, encryptedPath);
    QVERIFY(!loaded);
    QCOMPARE(loaded.error().code, u"certificate.key-encrypted"_s);
    QVERIFY(loaded.error().message.contains(u"passphrase"_s));
}

void TestCertificate::verifyingTlsClientAcceptsGeneratedCertificate()
{
    QTemporaryDir dir;
    const CertificateFiles files = ensured(dir.path());
    TlsServer server(files.certPath, files.keyPath);
    QVERIFY2(server.isValid(), "httplib refused the certificate or could not listen");

    const httplib::Result response = verifiedGet(server.port(), files.certPath);
    QVERIFY2(response, httplib::to_string(response.error()).c_str());
    QCOMPARE(response->status, 200);
    QCOMPARE(response->body, std::string("ok"));
}

void TestCertificate::verifyingTlsClientRefusesAnUntrustedCertificate()
{
    // Proves the accepting test above verifies at all: trusting another
    // certificate than the server's must fail the handshake.
    QTemporaryDir dir;
    QTemporaryDir other;
    const CertificateFiles files = ensured(dir.path());
    const CertificateFiles stranger = ensured(other.path());
    TlsServer server(files.certPath, files.keyPath);
    QVERIFY(server.isValid());

    const httplib::Result response = verifiedGet(server.port(), stranger.certPath);
    QVERIFY(!response);
    QCOMPARE(response.error(), httplib::Error::SSLServerVerification);
}

QTEST_GUILESS_MAIN(TestCertificate)
#include "tst_certificate.moc"
