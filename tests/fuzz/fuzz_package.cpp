// Fuzz target: the package reader (libarchive over a file an admin picked,
// which may be anything). Besides not crashing, a package it accepts must
// be whole: a valid version, the file's size and a SHA-256 of 64 hex
// digits, and the manifest-only reader must agree with it.

#include "core/package/packageerrors.h"
#include "core/package/packagereader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QString path =
        QDir::temp().filePath(u"iuc-fuzz-package-%1.tar"_s.arg(QCoreApplication::applicationPid()));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            std::abort();
        file.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    const iuc::Result<iuc::PackageInspection> inspected = iuc::inspectPackage(path);
    if (!inspected) {
        if (!inspected.error().isIn(iuc::PackageError::Domain) || inspected.error().message.isEmpty())
            std::abort();
        return 0;
    }
    const iuc::PackageInspection &p = inspected.value();
    if (!p.manifest.version.isValid() || p.size != qint64(size) || p.sha256Hex.size() != 64)
        std::abort();
    const iuc::Result<iuc::PackageManifest> manifest = iuc::readManifest(path);
    if (!manifest || !manifest->version.isSameBuild(p.manifest.version))
        std::abort();
    return 0;
}
