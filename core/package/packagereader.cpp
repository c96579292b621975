#include "core/package/packagereader.h"

#include "core/domain/logging.h"
#include "core/package/packageerrors.h"
#include "core/package/vendorname.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLatin1String>
#include <QLoggingCategory>

#include <archive.h>
#include <archive_entry.h>
#include <openssl/evp.h>

#include <algorithm>
#include <cerrno>
#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

namespace iuc {

namespace {


using Progress = std::function<void(qint64 done, qint64 total)>;

// Large enough that per-read costs (syscall, tar bookkeeping, callback)
// vanish next to hashing; 256 KiB to 4 MiB measured alike (bench_package).
constexpr qint64 InspectChunkSize = 1024 * 1024;
// readManifest() needs the first tar header and the manifest, nothing more.
constexpr qint64 ManifestChunkSize = 128 * 1024;
constexpr qint64 TarBlockSize = 512;

const QLatin1String ManifestName("manifest.json");

struct ArchiveFree
{
    void operator()(archive *a) const { archive_read_free(a); }
};
using ArchivePtr = std::unique_ptr<archive, ArchiveFree>;

struct DigestFree
{
    void operator()(EVP_MD_CTX *ctx) const { EVP_MD_CTX_free(ctx); }
};
using DigestPtr = std::unique_ptr<EVP_MD_CTX, DigestFree>;

// Feeds libarchive from a file, one chunk at a time through one reused
// buffer. When a digest is given, every byte handed to libarchive is hashed
// on the way, so the tar is parsed from the very bytes that are hashed, in
// one pass. Without a skip callback libarchive reads skipped entry data
// through read() too, which is what the hash needs; readManifest() installs
// skip() to seek over it instead.
class FileSource final
{
public:
    FileSource(QFile &file, qint64 chunkSize, EVP_MD_CTX *digest, const Progress &progress,
               const std::atomic_bool *cancel)
        : m_file(file)
        , m_chunkSize(chunkSize)
        , m_buffer(std::make_unique_for_overwrite<char[]>(static_cast<size_t>(chunkSize)))
        , m_digest(digest)
        , m_progress(progress)
        , m_cancel(cancel)
        , m_total(file.size())
    {
    }

    static la_ssize_t read(archive *a, void *self, const void **buffer)
    {
        auto *source = static_cast<FileSource *>(self);
        const qint64 n = source->nextChunk();
        if (n < 0) {
            archive_set_error(a, source->m_cancelled ? ECANCELED : EIO, "%s",
                              source->m_cancelled ? "cancelled" : "read error");
            return -1;
        }
        *buffer = source->m_buffer.get();
        return static_cast<la_ssize_t>(n);
    }

    static la_int64_t skip(archive *, void *self, la_int64_t request)
    {
        auto *source = static_cast<FileSource *>(self);
        QFile &file = source->m_file;
        // Never past the end: a short skip makes libarchive read the rest
        // and report the archive as truncated, which is the truth.
        const qint64 target = std::min(file.pos() + qint64(request), source->m_total);
        const qint64 skipped = target - file.pos();
        if (skipped <= 0 || !file.seek(target))
            return 0;
        source->m_done += skipped;
        return skipped;
    }

    // Reads (and hashes) what is left after the end of the tar: the record
    // padding, and anything appended. The hash covers the whole file.
    bool drain()
    {
        qint64 n = 0;
        while ((n = nextChunk()) > 0) {
        }
        return n == 0;
    }

    // The first bytes of the file, kept to say what a non-tar file is.
    [[nodiscard]] const QByteArray &head() const { return m_head; }
    [[nodiscard]] bool cancelled() const { return m_cancelled; }
    [[nodiscard]] bool reachedEnd() const { return m_reachedEnd; }
    [[nodiscard]] const QString &readError() const { return m_readError; }
    [[nodiscard]] qint64 bytesRead() const { return m_done; }

private:
    // Returns the bytes now in the buffer, 0 at the end of the file, -1 on
    // cancel or a read or hashing error (recorded for the caller).
    qint64 nextChunk()
    {
        if (m_cancel && m_cancel->load(std::memory_order_relaxed)) {
            m_cancelled = true;
            return -1;
        }
        const qint64 n = m_file.read(m_buffer.get(), m_chunkSize);
        if (n < 0) {
            m_readError = m_file.errorString();
            return -1;
        }
        if (n == 0) {
            m_reachedEnd = true;
            return 0;
        }
        if (m_head.isEmpty())
            m_head = QByteArray(m_buffer.get(), std::min<qint64>(n, TarBlockSize));
        if (m_digest && EVP_DigestUpdate(m_digest, m_buffer.get(), static_cast<size_t>(n)) != 1) {
            m_readError = QCoreApplication::translate("PackageReader", "SHA-256 computation failed");
            return -1;
        }
        m_done += n;
        if (m_progress)
            m_progress(m_done, m_total);
        return n;
    }

    QFile &m_file;
    const qint64 m_chunkSize;
    std::unique_ptr<char[]> m_buffer;
    EVP_MD_CTX *m_digest;
    const Progress &m_progress;
    const std::atomic_bool *m_cancel;
    const qint64 m_total;
    qint64 m_done = 0;
    QByteArray m_head;
    QString m_readError;
    bool m_cancelled = false;
    bool m_reachedEnd = false;
};

QString displayName(const QString &path)
{
    return QFileInfo(path).fileName();
}

Error unreadable(const QString &path, const QString &reason)
{
    return Error{PackageError::Unreadable,
                 QCoreApplication::translate(
                     "PackageReader",
                     "The file \"%1\" cannot be read (%2). Check that your account may read it and "
                     "that the disk or network share holding it is still available, then try again.")
                     .arg(QDir::toNativeSeparators(path), reason)};
}

Error notAPackage(const QString &message)
{
    return Error{PackageError::NotAPackage, message};
}

bool startsWith(const QByteArray &head, QByteArrayView magic)
{
    return head.startsWith(magic);
}

bool looksLikeTarHeader(const QByteArray &head)
{
    // POSIX and GNU tar headers carry "ustar" at offset 257.
    return head.mid(257, 5) == "ustar";
}

// Says what a file that is not a tar archive is, when it is something an
// admin could plausibly pick by mistake.
Error notATar(const QString &path, const QByteArray &head)
{
    const QString name = displayName(path);
    if (startsWith(head, "%PDF-")) {
        return notAPackage(QCoreApplication::translate(
                               "PackageReader",
                               "\"%1\" is a PDF document, not an upgrade package; perhaps the release "
                               "notes were picked instead of the package. Choose the upgrade package "
                               "file itself (a .tar file).")
                               .arg(name));
    }
    if (startsWith(head, "PK\x03\x04") || startsWith(head, "PK\x05\x06")) {
        return notAPackage(QCoreApplication::translate(
                               "PackageReader",
                               "\"%1\" is a ZIP archive, not an upgrade package. If the package was "
                               "sent zipped, extract it and choose the .tar file inside.")
                               .arg(name));
    }
    QString compression;
    if (startsWith(head, "\x1f\x8b"))
        compression = u"gzip"_s;
    else if (startsWith(head, "BZh"))
        compression = u"bzip2"_s;
    else if (startsWith(head, QByteArrayView("\xfd" "7zXZ\x00", 6)))
        compression = u"xz"_s;
    else if (startsWith(head, "\x28\xb5\x2f\xfd"))
        compression = u"zstd"_s;
    if (!compression.isEmpty()) {
        return notAPackage(QCoreApplication::translate(
                               "PackageReader",
                               "\"%1\" is compressed (%2), but upgrade packages are plain tar "
                               "archives. Decompress it first and choose the resulting .tar file.")
                               .arg(name, compression));
    }
    return notAPackage(QCoreApplication::translate(
                           "PackageReader",
                           "\"%1\" is not an upgrade package: every Pexip Infinity upgrade package "
                           "is a tar archive, and this file is not one. Choose the upgrade package "
                           "downloaded from Pexip (a .tar file).")
                           .arg(name));
}

Error anOva(const QString &path)
{
    return notAPackage(QCoreApplication::translate(
                           "PackageReader",
                           "\"%1\" is a virtual machine image (OVA), which deploys a new node; it "
                           "cannot upgrade one. Choose the upgrade package for the version you want "
                           "instead.")
                           .arg(displayName(path)));
}

Error truncated(const QString &path, qint64 bytesRead)
{
    return Error{PackageError::Truncated,
                 QCoreApplication::translate(
                     "PackageReader",
                     "\"%1\" is incomplete: the file stops after %2 bytes, before the end of the "
                     "archive. The download or copy was probably interrupted. Download the package "
                     "again and check that its size matches the one on the download page.")
                     .arg(displayName(path))
                     .arg(bytesRead)};
}

Error damaged(const QString &path, qint64 position, const char *detail)
{
    return Error{PackageError::Damaged,
                 QCoreApplication::translate(
                     "PackageReader",
                     "\"%1\" is damaged: its archive structure is broken near byte %2 (%3). Download "
                     "the package again.")
                     .arg(displayName(path))
                     .arg(position)
                     .arg(QString::fromLocal8Bit(detail ? detail : "unknown error"))};
}

Error cancelled(const QString &path)
{
    return Error{PackageError::Cancelled,
                 QCoreApplication::translate("PackageReader",
                                             "Checking \"%1\" was cancelled. Nothing was changed; "
                                             "check the package again to upload it.")
                     .arg(displayName(path))};
}

Error noManifest(const QString &path)
{
    return Error{PackageError::NoManifest,
                 QCoreApplication::translate(
                     "PackageReader",
                     "\"%1\" is a tar archive but not an upgrade package: its name is not the "
                     "vendor's (Pexip_Infinity_v<version>_UPGRADE_<build>.tar) and it holds no "
                     "manifest.json naming a product and version. Choose the Pexip Infinity upgrade "
                     "package under the name it was downloaded with.")
                     .arg(displayName(path))};
}

Error manifestEntryInvalid(const QString &detail)
{
    // The same sentence (and context) as PackageManifest's own errors, so it
    // is translated once.
    return Error{PackageError::BadManifest,
                 QCoreApplication::translate(
                     "PackageManifest",
                     "The package's manifest (manifest.json) is not valid: %1. The package is "
                     "damaged or was not made for this console; download it again from Pexip.")
                     .arg(detail)};
}

// Turns a libarchive failure into the error the admin should see: our own
// reasons (cancel, I/O) first, then "not a tar" before the first entry,
// then truncated when the file ran out, else damaged.
Error failure(archive *a, const FileSource &source, const QString &path, bool beforeFirstEntry)
{
    if (source.cancelled())
        return cancelled(path);
    if (!source.readError().isEmpty())
        return unreadable(path, source.readError());
    if (beforeFirstEntry && !looksLikeTarHeader(source.head()))
        return notATar(path, source.head());
    if (source.reachedEnd())
        return truncated(path, source.bytesRead());
    qCDebug(lcPackage) << "libarchive:" << archive_error_string(a);
    return damaged(path, archive_filter_bytes(a, -1), archive_error_string(a));
}

bool succeeded(int r)
{
    // A warning (an unknown pax keyword, say) does not make the entry unusable.
    return r == ARCHIVE_OK || r == ARCHIVE_WARN;
}

QString entryName(archive_entry *entry)
{
    const char *utf8 = archive_entry_pathname_utf8(entry);
    QString name = utf8 ? QString::fromUtf8(utf8)
                        : QString::fromLocal8Bit(archive_entry_pathname(entry));
    while (name.startsWith(u"./"))
        name.remove(0, 2);
    // Directories are stored as "name/"; strip it so a directory named
    // manifest.json is refused as such, not overlooked.
    while (name.endsWith(u'/'))
        name.chop(1);
    return name;
}

Result<ArchivePtr> openArchive(FileSource &source, bool canSkip, const QString &path)
{
    ArchivePtr a(archive_read_new());
    if (!a)
        return unreadable(path, QCoreApplication::translate("PackageReader", "out of memory"));
    // Plain tar only: a package is never compressed, and accepting other
    // formats would let a wrong file through to the upload.
    if (archive_read_support_format_tar(a.get()) != ARCHIVE_OK
        || archive_read_support_filter_none(a.get()) != ARCHIVE_OK) {
        return unreadable(path, QString::fromLocal8Bit(archive_error_string(a.get())));
    }
    const int r = archive_read_open2(a.get(), &source, nullptr, &FileSource::read,
                                     canSkip ? &FileSource::skip : nullptr, nullptr);
    if (r != ARCHIVE_OK)
        return failure(a.get(), source, path, true);
    return a;
}

Result<PackageManifest> readManifestEntry(archive *a, archive_entry *entry, const FileSource &source,
                                          const QString &path)
{
    if (archive_entry_filetype(entry) != AE_IFREG) {
        return manifestEntryInvalid(
            QCoreApplication::translate("PackageManifest", "it is not a regular file"));
    }
    if (archive_entry_size_is_set(entry) && archive_entry_size(entry) > PackageManifest::MaxSize) {
        return manifestEntryInvalid(QCoreApplication::translate(
                                        "PackageManifest",
                                        "it is %1 bytes long, more than the %2 bytes a manifest may have")
                                        .arg(archive_entry_size(entry))
                                        .arg(PackageManifest::MaxSize));
    }
    // One byte over the limit, so an entry without a recorded size that is
    // too long still reaches fromJson()'s size check.
    QByteArray json(PackageManifest::MaxSize + 1, Qt::Uninitialized);
    qsizetype used = 0;
    while (used < json.size()) {
        const la_ssize_t n = archive_read_data(a, json.data() + used, size_t(json.size() - used));
        if (n < 0)
            return failure(a, source, path, false);
        if (n == 0)
            break;
        used += n;
    }
    json.truncate(used);
    return PackageManifest::fromJson(json);
}

// Walks the tar's entries. With `wholeArchive`, it goes through every entry
// to the end-of-archive marker (inspection); without, it stops at the
// manifest (readManifest).
Result<PackageManifest> scanEntries(archive *a, const FileSource &source, const QString &path,
                                    bool wholeArchive)
{
    std::optional<PackageManifest> manifest;
    bool firstEntry = true;
    while (true) {
        const la_int64_t consumedBefore = archive_filter_bytes(a, -1);
        archive_entry *entry = nullptr;
        const int r = archive_read_next_header(a, &entry);
        if (r == ARCHIVE_EOF) {
            // libarchive accepts a tar that just stops between entries, but
            // a package always ends with the zero blocks of the end-of-archive
            // marker; without them, the file was cut at an entry boundary.
            if (archive_filter_bytes(a, -1) == consumedBefore)
                return truncated(path, source.bytesRead());
            break;
        }
        if (!succeeded(r))
            return failure(a, source, path, firstEntry);
        if (r == ARCHIVE_WARN)
            qCDebug(lcPackage) << "libarchive warning:" << archive_error_string(a);

        const QString name = entryName(entry);
        // An OVA's descriptor always comes first; say what the file is
        // without reading gigabytes of disk image.
        if (firstEntry && name.endsWith(u".ovf", Qt::CaseInsensitive))
            return anOva(path);
        firstEntry = false;

        if (name == ManifestName) {
            if (manifest) {
                // What the console checks must be what gets installed.
                return manifestEntryInvalid(QCoreApplication::translate(
                    "PackageManifest", "the package holds more than one manifest.json"));
            }
            Result<PackageManifest> parsed = readManifestEntry(a, entry, source, path);
            if (!parsed)
                return parsed.error();
            if (!wholeArchive)
                return parsed;
            manifest = std::move(parsed).value();
            continue; // libarchive skips any unread rest of the entry itself
        }
        const int skipped = archive_read_data_skip(a);
        if (!succeeded(skipped) && skipped != ARCHIVE_EOF)
            return failure(a, source, path, false);
    }
    if (!manifest)
        return noManifest(path);
    return std::move(*manifest);
}

// The checks every entry point makes before opening the file.
std::optional<Error> checkPath(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        return Error{PackageError::NotFound,
                     QCoreApplication::translate(
                         "PackageReader",
                         "There is no file \"%1\". It may have been moved, renamed or deleted; "
                         "choose the package again.")
                         .arg(QDir::toNativeSeparators(path))};
    }
    if (info.isDir()) {
        return notAPackage(QCoreApplication::translate(
                               "PackageReader",
                               "\"%1\" is a folder, not a file. Choose the upgrade package file "
                               "inside it.")
                               .arg(QDir::toNativeSeparators(path)));
    }
    if (!info.isFile()) {
        return notAPackage(QCoreApplication::translate(
                               "PackageReader",
                               "\"%1\" is not a regular file (it may be a device or a pipe). Choose "
                               "the upgrade package file.")
                               .arg(QDir::toNativeSeparators(path)));
    }
    return std::nullopt;
}

Error emptyFile(const QString &path)
{
    return notAPackage(QCoreApplication::translate(
                           "PackageReader",
                           "\"%1\" is empty (0 bytes), so it cannot be an upgrade package. The "
                           "download probably failed; download the package again.")
                           .arg(displayName(path)));
}

} // namespace

Result<PackageInspection> inspectPackage(const QString &path, const Progress &progress,
                                         const std::atomic_bool *cancel)
{
    if (auto error = checkPath(path))
        return *error;
    QFile file(path);
    // Unbuffered: QFile would otherwise copy every chunk once more.
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return unreadable(path, file.errorString());
    if (file.size() == 0)
        return emptyFile(path);

    DigestPtr digest(EVP_MD_CTX_new());
    if (!digest || EVP_DigestInit_ex(digest.get(), EVP_sha256(), nullptr) != 1) {
        return unreadable(path,
                          QCoreApplication::translate("PackageReader", "SHA-256 is not available"));
    }

    FileSource source(file, InspectChunkSize, digest.get(), progress, cancel);
    Result<ArchivePtr> opened = openArchive(source, false, path);
    if (!opened)
        return opened.error();
    archive *a = opened.value().get();

    Result<PackageManifest> manifest = scanEntries(a, source, path, true);
    // A complete tar without a manifest, named as the vendor names its
    // packages: a real package. Its name says the version.
    bool versionFromName = false;
    if (!manifest && manifest.error().is(PackageError::NoManifest)) {
        if (const std::optional<Version> named = versionFromVendorName(path)) {
            PackageManifest fromName;
            fromName.product = PackageManifest::expectedProduct();
            fromName.version = *named;
            manifest = fromName;
            versionFromName = true;
        }
    }
    if (!manifest)
        return manifest.error();
    if (!source.drain())
        return failure(a, source, path, false);

    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int mdLength = 0;
    if (EVP_DigestFinal_ex(digest.get(), md, &mdLength) != 1) {
        return unreadable(path,
                          QCoreApplication::translate("PackageReader", "SHA-256 computation failed"));
    }

    PackageInspection inspection;
    inspection.manifest = std::move(manifest).value();
    inspection.versionFromName = versionFromName;
    inspection.size = source.bytesRead();
    inspection.sha256Hex = QByteArray(reinterpret_cast<const char *>(md), int(mdLength)).toHex();
    inspection.path = path;
    if (progress)
        progress(inspection.size, inspection.size);
    return inspection;
}

Result<PackageManifest> readManifest(const QString &path)
{
    if (auto error = checkPath(path))
        return *error;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return unreadable(path, file.errorString());
    if (file.size() == 0)
        return emptyFile(path);

    const Progress noProgress;
    FileSource source(file, ManifestChunkSize, nullptr, noProgress, nullptr);
    Result<ArchivePtr> opened = openArchive(source, true, path);
    if (!opened)
        return opened.error();
    return scanEntries(opened.value().get(), source, path, false);
}

} // namespace iuc
