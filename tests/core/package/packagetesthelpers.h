#pragma once

#include "core/package/packagemanifest.h"

#include <QByteArray>
#include <QList>
#include <QString>

// Builders for package tests: tar files with any entries (libarchive's
// writer, as a real packager would use), and cut or patched copies.
namespace packagetest {

struct TarEntry
{
    QByteArray name;
    QByteArray data;
    bool directory = false;
};

// Writes a ustar file holding `entries` in order. Fails the test on error.
bool writeTar(const QString &path, const QList<TarEntry> &entries);

// The entry names of a tar file, in order, and their sizes.
struct ListedEntry
{
    QString name;
    qint64 size = 0;
};
QList<ListedEntry> listTar(const QString &path);

// A valid manifest for "11 (71234.0.0)" or the given version.
iuc::PackageManifest manifest(QStringView version = u"11 (71234.0.0)", QStringView minSource = u"4");

// Copies the first `size` bytes of `from` to `to`.
bool writePrefix(const QString &from, const QString &to, qint64 size);
// Overwrites `bytes` at `offset` in a copy of `from` written to `to`.
bool writePatched(const QString &from, const QString &to, qint64 offset, const QByteArray &bytes);

QByteArray sha256OfFile(const QString &path);

} // namespace packagetest
