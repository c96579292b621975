#include "emulator/support/certificate.h"

#include "emulator/support/supporterrors.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStringBuilder>
#include <QTime>

#include <openssl/asn1.h>
#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <ctime>
#include <memory>

using namespace Qt::StringLiterals;

namespace iuc::sim {

namespace {

template <auto Free>
struct OpenSslDeleter
{
    template <typename T>
    void operator()(T *p) const { Free(p); }
};
using X509Ptr = std::unique_ptr<X509, OpenSslDeleter<X509_free>>;
using PKeyPtr = std::unique_ptr<EVP_PKEY, OpenSslDeleter<EVP_PKEY_free>>;
using BioPtr = std::unique_ptr<BIO, OpenSslDeleter<BIO_free>>;
using BigNumPtr = std::unique_ptr<BIGNUM, OpenSslDeleter<BN_free>>;
using NamePtr = std::unique_ptr<X509_NAME, OpenSslDeleter<X509_NAME_free>>;
using ExtensionPtr = std::unique_ptr<X509_EXTENSION, OpenSslDeleter<X509_EXTENSION_free>>;
using GeneralNamesPtr = std::unique_ptr<GENERAL_NAMES, OpenSslDeleter<GENERAL_NAMES_free>>;
using GeneralNamePtr = std::unique_ptr<GENERAL_NAME, OpenSslDeleter<GENERAL_NAME_free>>;

constexpr auto CommonName = "infinity-sim";
constexpr int ValidityDays = 825; // the longest lifetime Apple platforms accept
constexpr long BackdateSeconds = 3600; // tolerate clients whose clock runs a little behind
constexpr time_t RenewMarginSeconds = 24 * 3600; // never start serving a certificate about to expire
// PEM certificates and keys are a few kB; the cap keeps a wrong path (a
// package, /dev/zero) from being read into memory.
constexpr qint64 MaxPemFileSize = 1 << 20;

const auto Owner0600 = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
const auto Owner0644 = Owner0600 | QFileDevice::ReadGroup | QFileDevice::ReadOther;
const auto Owner0700 = Owner0600 | QFileDevice::ExeOwner;

// Messages are translatable under the context "Certificate".
class Text final
{
    Q_DECLARE_TR_FUNCTIONS(Certificate)
};

// Everything OpenSSL queued on this thread, oldest first, then cleared, so
// a later error message does not carry stale reasons.
QString openSslErrors()
{
    QStringList reasons;
    while (const unsigned long code = ERR_get_error()) {
        char buffer[256];
        ERR_error_string_n(code, buffer, sizeof buffer);
        reasons.append(QString::fromLatin1(buffer));
    }
    return reasons.isEmpty() ? Text::tr("no further detail from OpenSSL") : reasons.join(u"; "_s);
}

// Wipes key material from memory once it is no longer needed.
void wipe(QByteArray &bytes)
{
    if (!bytes.isEmpty())
        OPENSSL_cleanse(bytes.data(), static_cast<size_t>(bytes.size()));
    bytes.clear();
}

Result<QByteArray> readPemFile(const QString &path, const QString &what)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{CertificateError::Unreadable,
                     Text::tr("Could not open the %1 \"%2\": %3. Check the path and that "
                        "infinity-sim may read the file.")
                         .arg(what, QDir::toNativeSeparators(path), file.errorString())};
    }
    if (file.size() > MaxPemFileSize) {
        return Error{CertificateError::Unreadable,
                     Text::tr("The %1 \"%2\" is %3 bytes, far too large for a PEM file. "
                        "Check that the path names the right file.")
                         .arg(what, QDir::toNativeSeparators(path))
                         .arg(file.size())};
    }
    QByteArray bytes = file.read(MaxPemFileSize + 1);
    if (bytes.size() > MaxPemFileSize) { // a device or pipe reports no size up front
        return Error{CertificateError::Unreadable,
                     Text::tr("The %1 \"%2\" is far too large for a PEM file. Check that the "
                              "path names the right file.")
                         .arg(what, QDir::toNativeSeparators(path))};
    }
    if (file.error() != QFileDevice::NoError) {
        return Error{CertificateError::Unreadable,
                     Text::tr("Could not read the %1 \"%2\": %3.")
                         .arg(what, QDir::toNativeSeparators(path), file.errorString())};
    }
    return bytes;
}

BioPtr memoryBio(const QByteArray &bytes)
{
    return BioPtr(BIO_new_mem_buf(bytes.constData(), static_cast<int>(bytes.size())));
}

Result<X509Ptr> parseCertificate(const QByteArray &pem, const QString &path)
{
    ERR_clear_error();
    const BioPtr bio = memoryBio(pem);
    X509Ptr cert(bio ? PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr) : nullptr);
    if (!cert) {
        return Error{CertificateError::Invalid,
                     Text::tr("\"%1\" does not hold a PEM certificate (%2). A certificate file "
                        "starts with \"-----BEGIN CERTIFICATE-----\".")
                         .arg(QDir::toNativeSeparators(path), openSslErrors())};
    }
    return cert;
}

// No passphrase prompt: a server started by a script must not block on the
// terminal. The flag lets the error say why the key did not load.
int refusePassphrase(char *, int, int, void *askedFlag)
{
    *static_cast<bool *>(askedFlag) = true;
    return -1;
}

Result<PKeyPtr> parsePrivateKey(QByteArray pem, const QString &path)
{
    ERR_clear_error();
    bool passphraseAsked = false;
    PKeyPtr key;
    if (const BioPtr bio = memoryBio(pem))
        key.reset(PEM_read_bio_PrivateKey(bio.get(), nullptr, refusePassphrase, &passphraseAsked));
    wipe(pem);
    if (!key && passphraseAsked) {
        ERR_clear_error();
        return Error{CertificateError::KeyEncrypted,
                     Text::tr("The private key \"%1\" is protected by a passphrase, which "
                        "infinity-sim cannot ask for. Give it an unencrypted key, for example "
                        "one written by \"openssl pkey -in <key> -out <new key>\".")
                         .arg(QDir::toNativeSeparators(path))};
    }
    if (!key) {
        return Error{CertificateError::KeyInvalid,
                     Text::tr("\"%1\" does not hold a PEM private key (%2). A key file starts with "
                        "\"-----BEGIN PRIVATE KEY-----\" or similar.")
                         .arg(QDir::toNativeSeparators(path), openSslErrors())};
    }
    return key;
}

QByteArray derOf(X509 *cert)
{
    const int length = i2d_X509(cert, nullptr);
    if (length <= 0)
        return {};
    QByteArray der(length, Qt::Uninitialized);
    auto *out = reinterpret_cast<unsigned char *>(der.data());
    if (i2d_X509(cert, &out) != length)
        return {};
    return der;
}

QDateTime toDateTime(const ASN1_TIME *time)
{
    std::tm tm{};
    if (!time || ASN1_TIME_to_tm(time, &tm) != 1)
        return {};
    return QDateTime(QDate(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday),
                     QTime(tm.tm_hour, tm.tm_min, tm.tm_sec), Qt::UTC);
}

Result<CertificateFiles> describe(X509 *cert, const QString &certPath, const QString &keyPath)
{
    const QByteArray der = derOf(cert);
    if (der.isEmpty()) {
        return Error{CertificateError::Invalid,
                     Text::tr("The certificate \"%1\" could not be encoded (%2).")
                         .arg(QDir::toNativeSeparators(certPath), openSslErrors())};
    }
    return CertificateFiles{certPath, keyPath, sha256Fingerprint(der),
                            toDateTime(X509_get0_notAfter(cert))};
}

struct KeyPair
{
    X509Ptr cert;
    PKeyPtr key;
};

Result<KeyPair> loadPair(const QString &certPath, const QString &keyPath)
{
    const auto certPem = readPemFile(certPath, Text::tr("certificate file"));
    if (!certPem)
        return certPem.error();
    auto cert = parseCertificate(*certPem, certPath);
    if (!cert)
        return cert.error();

    auto keyPem = readPemFile(keyPath, Text::tr("private key file"));
    if (!keyPem)
        return keyPem.error();
    auto key = parsePrivateKey(std::move(keyPem).value(), keyPath);
    if (!key)
        return key.error();

    ERR_clear_error();
    if (X509_check_private_key(cert.value().get(), key.value().get()) != 1) {
        return Error{CertificateError::KeyMismatch,
                     Text::tr("The private key \"%1\" does not belong to the certificate \"%2\" (%3). "
                        "Give the key that was created together with this certificate.")
                         .arg(QDir::toNativeSeparators(keyPath), QDir::toNativeSeparators(certPath),
                              openSslErrors())};
    }
    return KeyPair{std::move(cert).value(), std::move(key).value()};
}

// Whether a stored certificate can go on being served: valid now and for a
// while yet, and naming every host the caller wants to be reached by.
bool stillFits(X509 *cert, const QStringList &dnsNames, const QStringList &ipAddresses)
{
    time_t now = std::time(nullptr);
    time_t soon = now + RenewMarginSeconds;
    if (X509_cmp_time(X509_get0_notBefore(cert), &now) >= 0)
        return false; // not yet valid (or unparsable): the clock moved back
    if (X509_cmp_time(X509_get0_notAfter(cert), &soon) <= 0)
        return false;
    for (const QString &name : dnsNames) {
        const QByteArray ascii = name.toLatin1();
        if (X509_check_host(cert, ascii.constData(), static_cast<size_t>(ascii.size()),
                            X509_CHECK_FLAG_NO_WILDCARDS, nullptr)
            != 1)
            return false;
    }
    for (const QString &address : ipAddresses) {
        if (X509_check_ip_asc(cert, address.toLatin1().constData(), 0) != 1)
            return false;
    }
    return true;
}

bool isDnsName(const QString &name)
{
    if (name.isEmpty() || name.size() > 253 || name.startsWith(u'.') || name.startsWith(u'-'))
        return false;
    for (const QChar c : name) {
        const bool ok = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z')
                        || (c >= u'0' && c <= u'9') || c == u'-' || c == u'.';
        if (!ok)
            return false;
    }
    return true;
}

Result<void> addSubjectAltNames(X509 *cert, const QStringList &dnsNames,
                                const QStringList &ipAddresses)
{
    GeneralNamesPtr names(sk_GENERAL_NAME_new_null());
    if (!names)
        return Error{CertificateError::GenerateFailed, openSslErrors()};

    for (const QString &dns : dnsNames) {
        if (!isDnsName(dns)) {
            return Error{CertificateError::BadName,
                         Text::tr("\"%1\" is not a host name a certificate can carry. Use letters, "
                            "digits, '-' and '.' only (punycode for international names).")
                             .arg(dns)};
        }
        const QByteArray ascii = dns.toLatin1();
        GeneralNamePtr name(GENERAL_NAME_new());
        ASN1_IA5STRING *text = ASN1_IA5STRING_new();
        if (!name || !text || ASN1_STRING_set(text, ascii.constData(), static_cast<int>(ascii.size())) != 1) {
            ASN1_IA5STRING_free(text);
            return Error{CertificateError::GenerateFailed, openSslErrors()};
        }
        GENERAL_NAME_set0_value(name.get(), GEN_DNS, text);
        if (sk_GENERAL_NAME_push(names.get(), name.get()) <= 0)
            return Error{CertificateError::GenerateFailed, openSslErrors()};
        name.release(); // owned by the stack now
    }
    for (const QString &address : ipAddresses) {
        ASN1_OCTET_STRING *octets = a2i_IPADDRESS(address.toLatin1().constData());
        if (!octets) {
            ERR_clear_error();
            return Error{CertificateError::BadName,
                         Text::tr("\"%1\" is not an IPv4 or IPv6 address.").arg(address)};
        }
        GeneralNamePtr name(GENERAL_NAME_new());
        if (!name) {
            ASN1_OCTET_STRING_free(octets);
            return Error{CertificateError::GenerateFailed, openSslErrors()};
        }
        GENERAL_NAME_set0_value(name.get(), GEN_IPADD, octets);
        if (sk_GENERAL_NAME_push(names.get(), name.get()) <= 0)
            return Error{CertificateError::GenerateFailed, openSslErrors()};
        name.release();
    }
    if (sk_GENERAL_NAME_num(names.get()) == 0) {
        return Error{CertificateError::BadName,
                     Text::tr("A certificate needs at least one host name or IP address to be "
                        "verifiable; none was given.")};
    }
    if (X509_add1_ext_i2d(cert, NID_subject_alt_name, names.get(), 0, X509V3_ADD_REPLACE) != 1)
        return Error{CertificateError::GenerateFailed, openSslErrors()};
    return ResultOk;
}

bool addExtension(X509 *cert, X509V3_CTX *context, int nid, const char *value)
{
    const ExtensionPtr extension(X509V3_EXT_conf_nid(nullptr, context, nid, value));
    return extension && X509_add_ext(cert, extension.get(), -1) == 1;
}

Result<KeyPair> generate(const QStringList &dnsNames, const QStringList &ipAddresses)
{
    ERR_clear_error();
    const auto failed = [] {
        return Error{CertificateError::GenerateFailed,
                     Text::tr("Could not create the self-signed certificate (%1).").arg(openSslErrors())};
    };

    PKeyPtr key(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
    X509Ptr cert(X509_new());
    if (!key || !cert || X509_set_version(cert.get(), X509_VERSION_3) != 1)
        return failed();

    // RFC 5280: a positive serial of at most 20 octets, unpredictable so that
    // no two generated certificates share one.
    unsigned char serialBytes[16];
    if (RAND_bytes(serialBytes, sizeof serialBytes) != 1)
        return failed();
    serialBytes[0] = static_cast<unsigned char>((serialBytes[0] & 0x7f) | 0x40);
    const BigNumPtr serial(BN_bin2bn(serialBytes, sizeof serialBytes, nullptr));
    if (!serial || !BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(cert.get())))
        return failed();

    if (!X509_gmtime_adj(X509_getm_notBefore(cert.get()), -BackdateSeconds)
        || !X509_time_adj_ex(X509_getm_notAfter(cert.get()), ValidityDays, -BackdateSeconds, nullptr))
        return failed();

    const NamePtr name(X509_NAME_new());
    if (!name
        || X509_NAME_add_entry_by_txt(name.get(), "CN", MBSTRING_ASC,
                                      reinterpret_cast<const unsigned char *>(CommonName), -1, -1, 0)
               != 1
        || X509_set_subject_name(cert.get(), name.get()) != 1
        || X509_set_issuer_name(cert.get(), name.get()) != 1
        || X509_set_pubkey(cert.get(), key.get()) != 1)
        return failed();

    const auto names = addSubjectAltNames(cert.get(), dnsNames, ipAddresses);
    if (!names)
        return names.error();

    X509V3_CTX context;
    X509V3_set_ctx(&context, cert.get(), cert.get(), nullptr, nullptr, 0);
    if (!addExtension(cert.get(), &context, NID_basic_constraints, "critical,CA:FALSE")
        || !addExtension(cert.get(), &context, NID_key_usage, "critical,digitalSignature")
        || !addExtension(cert.get(), &context, NID_ext_key_usage, "serverAuth")
        || !addExtension(cert.get(), &context, NID_subject_key_identifier, "hash")
        || !addExtension(cert.get(), &context, NID_authority_key_identifier, "keyid:always"))
        return failed();

    if (X509_sign(cert.get(), key.get(), EVP_sha256()) <= 0)
        return failed();
    return KeyPair{std::move(cert), std::move(key)};
}

Result<void> writeAtomically(const QString &path, const QByteArray &bytes,
                             QFileDevice::Permissions permissions)
{
    const auto failed = [&path](const QString &reason) {
        return Error{CertificateError::WriteFailed,
                     Text::tr("Could not write \"%1\": %2. Check free space and that infinity-sim "
                        "may write to the data directory, or pass --cert and --key.")
                         .arg(QDir::toNativeSeparators(path), reason)};
    };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failed(file.errorString());
    // Before the first byte: a new temporary file starts with the umask's
    // mode, which may let others read a key.
    if (!file.setPermissions(permissions))
        return failed(file.errorString());
    if (file.write(bytes) != bytes.size() || !file.commit())
        return failed(file.errorString());
    QFile::setPermissions(path, permissions);
    return ResultOk;
}

Result<QByteArray> pemOf(const KeyPair &pair, bool privateKey)
{
    ERR_clear_error();
    const BioPtr bio(BIO_new(BIO_s_mem()));
    const int ok = !bio ? 0
                   : privateKey
                       ? PEM_write_bio_PrivateKey(bio.get(), pair.key.get(), nullptr, nullptr, 0,
                                                  nullptr, nullptr)
                       : PEM_write_bio_X509(bio.get(), pair.cert.get());
    char *data = nullptr;
    const long length = ok == 1 ? BIO_get_mem_data(bio.get(), &data) : 0;
    if (length <= 0) {
        return Error{CertificateError::GenerateFailed,
                     Text::tr("Could not encode the new certificate (%1).").arg(openSslErrors())};
    }
    QByteArray pem(data, length);
    // The memory BIO's buffer held the key too; BIO_free does not wipe it.
    OPENSSL_cleanse(data, static_cast<size_t>(length));
    return pem;
}

} // namespace

QByteArray sha256Fingerprint(const QByteArray &der)
{
    return QCryptographicHash::hash(der, QCryptographicHash::Sha256).toHex(':').toUpper();
}

Result<QByteArray> fingerprintOfPemFile(const QString &path)
{
    const auto pem = readPemFile(path, Text::tr("certificate file"));
    if (!pem)
        return pem.error();
    const auto cert = parseCertificate(*pem, path);
    if (!cert)
        return cert.error();
    const auto files = describe(cert.value().get(), path, QString());
    if (!files)
        return files.error();
    return files->sha256Fingerprint;
}

Result<CertificateFiles> loadCertificate(const QString &certPath, const QString &keyPath)
{
    const auto pair = loadPair(certPath, keyPath);
    if (!pair)
        return pair.error();
    return describe(pair->cert.get(), certPath, keyPath);
}

Result<CertificateFiles> ensureSelfSignedCertificate(const QString &dataDir,
                                                     const QStringList &dnsNames,
                                                     const QStringList &ipAddresses)
{
    const QString tlsDir = QDir(dataDir).filePath(u"tls"_s);
    const QString certPath = QDir(tlsDir).filePath(u"server.crt"_s);
    const QString keyPath = QDir(tlsDir).filePath(u"server.key"_s);

    // Reuse keeps the fingerprint consoles have pinned. Anything unusable
    // (missing, corrupt, mismatched, expiring, wrong names) is replaced
    // rather than reported: these files are ours, not the user's.
    if (QFileInfo::exists(certPath) && QFileInfo::exists(keyPath)) {
        const auto existing = loadPair(certPath, keyPath);
        if (existing && stillFits(existing->cert.get(), dnsNames, ipAddresses))
            return describe(existing->cert.get(), certPath, keyPath);
        ERR_clear_error();
    }

    if (!QDir().mkpath(tlsDir) || !QFile::setPermissions(tlsDir, Owner0700)) {
        return Error{CertificateError::WriteFailed,
                     Text::tr("Could not create the directory \"%1\" for the TLS certificate. Check "
                        "that infinity-sim may write to the data directory, or pass --cert and "
                        "--key.")
                         .arg(QDir::toNativeSeparators(tlsDir))};
    }

    const auto pair = generate(dnsNames, ipAddresses);
    if (!pair)
        return pair.error();
    auto keyPem = pemOf(pair.value(), true);
    if (!keyPem)
        return keyPem.error();
    const auto certPem = pemOf(pair.value(), false);
    if (!certPem)
        return certPem.error();

    // Key first: if we stop between the two writes, the old certificate no
    // longer matches the new key and the next start regenerates both.
    const auto keyWritten = writeAtomically(keyPath, keyPem.value(), Owner0600);
    wipe(keyPem.value());
    if (!keyWritten)
        return keyWritten.error();
    const auto certWritten = writeAtomically(certPath, certPem.value(), Owner0644);
    if (!certWritten)
        return certWritten.error();

    return describe(pair->cert.get(), certPath, keyPath);
}

} // namespace iuc::sim
