#include "tests/core/package/packagetesthelpers.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTest>

#include <archive.h>
#include <archive_entry.h>

using namespace Qt::StringLiterals;

namespace packagetest {

bool writeTar(const QString &path, const QList<TarEntry> &entries)
{
    archive *a = archive_write_new();
    bool ok = a && archive_write_set_format_pax_restricted(a) == ARCHIVE_OK
              && archive_write_add_filter_none(a) == ARCHIVE_OK
              && archive_write_open_filename(a, QFile::encodeName(path).constData()) == ARCHIVE_OK;
    for (const TarEntry &e : entries) {
        if (!ok)
            break;
        archive_entry *entry = archive_entry_new();
        archive_entry_set_pathname(entry, e.name.constData());
        archive_entry_set_filetype(entry, e.directory ? AE_IFDIR : AE_IFREG);
        archive_entry_set_perm(entry, e.directory ? 0755 : 0644);
        archive_entry_set_size(entry, e.directory ? 0 : e.data.size());
        ok = archive_write_header(a, entry) == ARCHIVE_OK;
        if (ok && !e.directory && !e.data.isEmpty())
            ok = archive_write_data(a, e.data.constData(), size_t(e.data.size())) == e.data.size();
        archive_entry_free(entry);
    }
    if (ok)
        ok = archive_write_close(a) == ARCHIVE_OK;
    if (!ok)
        QTest::qFail(a ? archive_error_string(a) : "archive_write_new", __FILE__, __LINE__);
    archive_write_free(a);
    return ok;
}

QList<ListedEntry> listTar(const QString &path)
{
    QList<ListedEntry> listed;
    archive *a = archive_read_new();
    archive_read_support_format_tar(a);
    archive_read_support_filter_none(a);
    if (archive_read_open_filename(a, QFile::encodeName(path).constData(), 64 * 1024) != ARCHIVE_OK) {
        QTest::qFail(archive_error_string(a), __FILE__, __LINE__);
        archive_read_free(a);
        return listed;
    }
    archive_entry *entry = nullptr;
    int r = ARCHIVE_OK;
    while ((r = archive_read_next_header(a, &entry)) == ARCHIVE_OK) {
        listed.append({QString::fromUtf8(archive_entry_pathname(entry)), archive_entry_size(entry)});
        archive_read_data_skip(a);
    }
    if (r != ARCHIVE_EOF)
        QTest::qFail(archive_error_string(a), __FILE__, __LINE__);
    archive_read_free(a);
    return listed;
}

iuc::PackageManifest manifest(QStringView version, QStringView minSource)
{
    iuc::PackageManifest m;
    m.product = iuc::PackageManifest::expectedProduct();
    m.version = iuc::Version::fromString(version);
    m.buildDate = u"2026-03-01"_s;
    m.minSourceVersion = iuc::Version::fromString(minSource);
    return m;
}

bool writePrefix(const QString &from, const QString &to, qint64 size)
{
    QFile in(from);
    QFile out(to);
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly))
        return false;
    const QByteArray bytes = in.read(size);
    return bytes.size() == size && out.write(bytes) == size;
}

bool writePatched(const QString &from, const QString &to, qint64 offset, const QByteArray &bytes)
{
    QFile in(from);
    if (!in.open(QIODevice::ReadOnly))
        return false;
    QByteArray all = in.readAll();
    if (offset + bytes.size() > all.size())
        return false;
    all.replace(offset, bytes.size(), bytes);
    QFile out(to);
    return out.open(QIODevice::WriteOnly) && out.write(all) == all.size();
}

QByteArray sha256OfFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

} // namespace packagetest
