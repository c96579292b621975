#pragma once

#include "core/domain/result.h"
#include "core/package/packagemanifest.h"

#include <QString>
#include <QStringView>
#include <QtGlobal>

#include <optional>

namespace iuc::sim {

// Makes upgrade packages of any size for demos, tests and benchmarks
// (DESIGN §5): a tar file (pax) with manifest.json first, then
// "payload/infinity-upgrade.bin" of exactly `payloadSize` bytes of
// pseudo-random data. Written to a temporary file and renamed at the end, so
// a half-written package never carries the final name. Returns the size of
// the file written; errors have the code "package.write-failed".
Result<qint64> writePackage(const QString &path, const PackageManifest &manifest, qint64 payloadSize);

// A wrong file for demos and tests: `size` bytes that start like a PDF
// document (what an admin might pick by mistake: the release notes) and are
// random after that. Same temporary-file rule and error code.
Result<qint64> writeNotAPackage(const QString &path, qint64 size);

// Reads a size as people type it: "12345", "100k", "512M", "2G", "1.5G",
// "2GiB". Units are binary (K = 1024). Nothing for anything else, for a
// negative size, or for a fraction of a byte.
std::optional<qint64> parseSize(QStringView text);

} // namespace iuc::sim
