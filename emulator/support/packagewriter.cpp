#include "emulator/support/packagewriter.h"

#include "core/package/packageerrors.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QSaveFile>

#include <archive.h>
#include <archive_entry.h>

#include <algorithm>
#include <cmath>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace iuc::sim {

namespace {

constexpr qint64 ChunkSize = 1024 * 1024;
const char *const PayloadName = "payload/infinity-upgrade.bin";
const char *const ManifestName = "manifest.json";

struct ArchiveWriteFree
{
    void operator()(archive *a) const { archive_write_free(a); }
};
using ArchiveWritePtr = std::unique_ptr<archive, ArchiveWriteFree>;

struct EntryFree
{
    void operator()(archive_entry *e) const { archive_entry_free(e); }
};
using EntryPtr = std::unique_ptr<archive_entry, EntryFree>;

Error writeFailed(const QString &path, const QString &reason)
{
    return Error{PackageError::WriteFailed,
                 QCoreApplication::translate("PackageWriter",
                                             "The file \"%1\" could not be written (%2). Check the "
                                             "free disk space and the folder's permissions.")
                     .arg(QDir::toNativeSeparators(path), reason)};
}

// One megabyte of cheap pseudo-random bytes (splitmix64), made once: a
// 2 GiB package takes seconds to write, and its bytes are not zeros.
std::vector<quint64> randomChunk(quint64 seed)
{
    std::vector<quint64> chunk(ChunkSize / sizeof(quint64));
    quint64 state = seed;
    for (quint64 &word : chunk) {
        quint64 z = (state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        word = z ^ (z >> 31);
    }
    return chunk;
}

// The base chunk XORed with a key per chunk index: every megabyte of the
// payload differs from every other, so neither deduplication nor a
// long-range compressor can shrink an upload, at the cost of one cheap pass
// over a megabyte that stays in cache.
void varyChunk(const std::vector<quint64> &base, std::vector<quint64> &out, qint64 index)
{
    const quint64 key = (quint64(index) + 1) * 0xd1b54a32d192ed03ULL;
    for (size_t i = 0; i < base.size(); ++i)
        out[i] = base[i] ^ key;
}

la_ssize_t writeToSaveFile(archive *, void *client, const void *buffer, size_t length)
{
    auto *file = static_cast<QSaveFile *>(client);
    const qint64 written = file->write(static_cast<const char *>(buffer), qint64(length));
    return written < 0 ? -1 : static_cast<la_ssize_t>(written);
}

// archive_write_data() may take less than offered; loops until all is in.
bool writeAll(archive *a, const char *data, qint64 size)
{
    while (size > 0) {
        const la_ssize_t n = archive_write_data(a, data, size_t(size));
        if (n <= 0)
            return false;
        data += n;
        size -= n;
    }
    return true;
}

EntryPtr regularFile(const char *name, qint64 size, time_t mtime)
{
    EntryPtr entry(archive_entry_new());
    if (!entry)
        return entry;
    archive_entry_set_pathname(entry.get(), name);
    archive_entry_set_filetype(entry.get(), AE_IFREG);
    archive_entry_set_perm(entry.get(), 0644);
    archive_entry_set_size(entry.get(), size);
    archive_entry_set_mtime(entry.get(), mtime, 0);
    archive_entry_set_uname(entry.get(), "root");
    archive_entry_set_gname(entry.get(), "root");
    return entry;
}

QString archiveError(archive *a)
{
    const char *text = archive_error_string(a);
    return text ? QString::fromLocal8Bit(text) : u"libarchive error"_s;
}

} // namespace

Result<qint64> writePackage(const QString &path, const PackageManifest &manifest, qint64 payloadSize)
{
    if (payloadSize < 0) {
        return writeFailed(path, QCoreApplication::translate("PackageWriter",
                                                             "the payload size is negative"));
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return writeFailed(path, file.errorString());

    ArchiveWritePtr a(archive_write_new());
    if (!a)
        return writeFailed(path, QCoreApplication::translate("PackageWriter", "out of memory"));
    // pax_restricted writes plain ustar headers and adds pax records only
    // where ustar falls short (payloads of 8 GiB and more).
    if (archive_write_set_format_pax_restricted(a.get()) != ARCHIVE_OK
        || archive_write_add_filter_none(a.get()) != ARCHIVE_OK
        || archive_write_open(a.get(), &file, nullptr, &writeToSaveFile, nullptr) != ARCHIVE_OK) {
        return writeFailed(path, archiveError(a.get()));
    }

    // Entry times are the build date, so the same manifest and size give
    // the same bytes.
    const QDate buildDate = QDate::fromString(manifest.buildDate, Qt::ISODate);
    const time_t mtime = buildDate.isValid()
                             ? time_t(buildDate.startOfDay(Qt::UTC).toSecsSinceEpoch())
                             : 0;

    const QByteArray json = manifest.toJson();
    EntryPtr manifestEntry = regularFile(ManifestName, json.size(), mtime);
    if (!manifestEntry || archive_write_header(a.get(), manifestEntry.get()) != ARCHIVE_OK
        || !writeAll(a.get(), json.constData(), json.size())) {
        return writeFailed(path, archiveError(a.get()));
    }

    EntryPtr payloadEntry = regularFile(PayloadName, payloadSize, mtime);
    if (!payloadEntry || archive_write_header(a.get(), payloadEntry.get()) != ARCHIVE_OK)
        return writeFailed(path, archiveError(a.get()));
    const std::vector<quint64> base = randomChunk(quint64(payloadSize) ^ 0x1f2e3d4c5b6a7988ULL);
    std::vector<quint64> chunk(base.size());
    for (qint64 written = 0, index = 0; written < payloadSize; written += ChunkSize, ++index) {
        varyChunk(base, chunk, index);
        const auto *bytes = reinterpret_cast<const char *>(chunk.data());
        if (!writeAll(a.get(), bytes, std::min(ChunkSize, payloadSize - written)))
            return writeFailed(path, archiveError(a.get()));
    }

    if (archive_write_close(a.get()) != ARCHIVE_OK)
        return writeFailed(path, archiveError(a.get()));
    const qint64 size = file.size();
    if (!file.commit())
        return writeFailed(path, file.errorString());
    return size;
}

Result<qint64> writeNotAPackage(const QString &path, qint64 size)
{
    if (size < 0) {
        return writeFailed(path,
                           QCoreApplication::translate("PackageWriter", "the size is negative"));
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return writeFailed(path, file.errorString());

    // The signature a PDF reader (and a file-type sniffer) looks for.
    const QByteArray header = "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"_ba;
    const qint64 headerBytes = std::min<qint64>(size, header.size());
    if (file.write(header.constData(), headerBytes) != headerBytes)
        return writeFailed(path, file.errorString());
    const std::vector<quint64> chunk = randomChunk(quint64(size) ^ 0x5044465044465044ULL);
    const auto *bytes = reinterpret_cast<const char *>(chunk.data());
    for (qint64 written = headerBytes; written < size;) {
        const qint64 n = std::min(ChunkSize, size - written);
        if (file.write(bytes, n) != n)
            return writeFailed(path, file.errorString());
        written += n;
    }
    if (!file.commit())
        return writeFailed(path, file.errorString());
    return size;
}

std::optional<qint64> parseSize(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    qsizetype end = 0;
    while (end < trimmed.size() && ((trimmed.at(end) >= u'0' && trimmed.at(end) <= u'9')
                                    || trimmed.at(end) == u'.'))
        ++end;
    const QStringView number = trimmed.left(end);
    const QString unit = trimmed.mid(end).trimmed().toString().toLower();
    if (number.isEmpty() || number.count(u'.') > 1 || number == u".")
        return std::nullopt;

    int shift = 0;
    if (unit.isEmpty() || unit == u"b")
        shift = 0;
    else if (unit == u"k" || unit == u"kb" || unit == u"kib")
        shift = 10;
    else if (unit == u"m" || unit == u"mb" || unit == u"mib")
        shift = 20;
    else if (unit == u"g" || unit == u"gb" || unit == u"gib")
        shift = 30;
    else if (unit == u"t" || unit == u"tb" || unit == u"tib")
        shift = 40;
    else
        return std::nullopt;

    // Far beyond any package; keeps the arithmetic clear of overflow.
    constexpr qint64 Limit = qint64(1) << 52;
    bool ok = false;
    if (!number.contains(u'.')) {
        // Whole numbers exactly, without a detour through floating point.
        const qint64 value = number.toLongLong(&ok);
        if (!ok || value > (Limit >> shift))
            return std::nullopt;
        return value << shift;
    }
    if (shift == 0)
        return std::nullopt; // "1.5" bytes
    const double value = number.toDouble(&ok); // QStringView::toDouble ignores the locale
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    const double bytes = std::ldexp(value, shift);
    if (bytes > double(Limit))
        return std::nullopt;
    return static_cast<qint64>(std::llround(bytes));
}

} // namespace iuc::sim
