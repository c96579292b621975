#pragma once

#include "core/domain/result.h"
#include "core/package/packagemanifest.h"

#include <QByteArray>
#include <QString>
#include <QtGlobal>

#include <atomic>
#include <functional>

namespace iuc {

// What the console learns about a package file before uploading it.
struct PackageInspection final
{
    // A vendor-named tar without this project's manifest.json (a real
    // package: vendorname.h) has a manifest made from its name — product
    // and version only — and `versionFromName` set: the Management Node
    // validates the inside.
    PackageManifest manifest;
    bool versionFromName = false;
    qint64 size = 0;       // bytes in the file
    QByteArray sha256Hex;  // lower-case hex digest of the whole file
    QString path;
};

// Reads the whole file once, in large chunks: every chunk goes both to
// SHA-256 and to the tar parser, so a 2 GB package is read from disk once and
// memory use does not grow with its size. Checks that the file is a tar
// archive, that it holds a valid manifest.json (at any position) or has the
// vendor's name (vendorname.h), and that the archive is complete.
//
// `progress` is called after each chunk with the bytes read so far, and once
// more with done == total at the end. Setting `*cancel` stops the pass at the
// next chunk with "package.cancelled".
//
// Error codes: package.not-found, package.unreadable, package.not-a-package,
// package.no-manifest, package.bad-manifest, package.wrong-product,
// package.truncated, package.damaged, package.cancelled.
Result<PackageInspection> inspectPackage(const QString &path,
                                         const std::function<void(qint64 done, qint64 total)> &progress = {},
                                         const std::atomic_bool *cancel = nullptr);

// Reads only as far as manifest.json, seeking over anything before it, and
// computes no hash: for a caller that already verified the bytes (the
// emulator hashes an upload as it arrives). It does not notice a file cut
// short after the manifest; inspectPackage() does.
Result<PackageManifest> readManifest(const QString &path);

} // namespace iuc
