// Package inspection benchmark (DESIGN §7): inspectPackage() reads a package
// once, hashing it with SHA-256 and parsing its tar from the same bytes.
// Goal: at least 0.9x the throughput of `openssl dgst -sha256` on the same
// file, measured side by side, alternating, in the same run. Also: how long
// readManifest() takes (it reads only the front of the file), and the
// process's peak memory, which must not grow with the package size.
//
//   scripts/bench                          (every benchmark, release build)
//   build/release/bench/bench_package [size] [runs]    e.g. 2G 5; default 1G 5

#include "core/package/packagereader.h"
#include "emulator/support/packagewriter.h"
#include "tests/bench/benchsupport.h"

#include <QCoreApplication>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <vector>

using namespace iuc;
using namespace Qt::StringLiterals;
using iuc::bench::median;
using iuc::bench::megabytesPerSecond;
using iuc::bench::seconds;

namespace {

long peakRssKiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss; // KiB on Linux
}

// The reference: what an admin would type to hash the file.
QByteArray opensslDigest(const QString &openssl, const QString &file)
{
    QProcess process;
    process.start(openssl, {u"dgst"_s, u"-sha256"_s, u"-r"_s, file});
    if (!process.waitForFinished(-1) || process.exitCode() != 0)
        return {};
    return process.readAllStandardOutput().split(' ').value(0);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const std::optional<qint64> size = sim::parseSize(args.value(1, u"1G"_s));
    const int runs = args.value(2, u"5"_s).toInt();
    if (!size || *size <= 0 || runs <= 0) {
        std::fprintf(stderr, "usage: bench_package [size, e.g. 1G or 512M] [runs]\n");
        return 2;
    }
    const QString openssl = QStandardPaths::findExecutable(u"openssl"_s);
    if (openssl.isEmpty()) {
        std::fprintf(stderr, "bench_package: the openssl command is needed as the reference\n");
        return 2;
    }

    QTemporaryDir dir;
    if (!dir.isValid())
        return 1;
    const QString file = dir.filePath(u"bench-package.tar"_s);
    PackageManifest manifest;
    manifest.product = PackageManifest::expectedProduct();
    manifest.version = Version::fromString(u"11 (71234.0.0)");
    manifest.buildDate = u"2026-03-01"_s;
    manifest.minSourceVersion = Version::fromString(u"4");

    Result<qint64> written = Error{};
    const double writeSecs = seconds([&] { written = sim::writePackage(file, manifest, *size); });
    if (!written) {
        std::fprintf(stderr, "%s\n", qPrintable(written.error().message));
        return 1;
    }
    const qint64 bytes = *written;
    std::printf("Package inspection, %.0f MB file (payload %lld bytes), median of %d alternating runs\n\n",
                double(bytes) / 1e6, static_cast<long long>(*size), runs);
    std::printf("%-40s %10.0f MB/s   (%.2f s)\n", "writePackage", megabytesPerSecond(bytes, writeSecs),
                writeSecs);

    // Both sides read from the page cache: one untimed pass first.
    const QByteArray reference = opensslDigest(openssl, file);
    const Result<PackageInspection> warm = inspectPackage(file);
    if (!warm || warm->sha256Hex != reference) {
        std::fprintf(stderr, "bench_package: digests differ or inspection failed: %s\n",
                     warm ? "digest mismatch" : qPrintable(warm.error().message));
        return 1;
    }

    std::vector<double> inspectSecs;
    std::vector<double> opensslSecs;
    for (int i = 0; i < runs; ++i) {
        // Alternate which goes first, so neither always follows the other.
        const auto runInspect = [&] {
            inspectSecs.push_back(seconds([&] {
                if (!inspectPackage(file))
                    std::abort();
            }));
        };
        const auto runOpenssl = [&] {
            opensslSecs.push_back(seconds([&] {
                if (opensslDigest(openssl, file) != reference)
                    std::abort();
            }));
        };
        if (i % 2 == 0) {
            runInspect();
            runOpenssl();
        } else {
            runOpenssl();
            runInspect();
        }
    }

    std::vector<double> manifestSecs;
    for (int i = 0; i < std::max(runs, 21); ++i) {
        manifestSecs.push_back(seconds([&] {
            if (!readManifest(file))
                std::abort();
        }));
    }

    const double inspectRate = megabytesPerSecond(bytes, median(inspectSecs));
    const double opensslRate = megabytesPerSecond(bytes, median(opensslSecs));
    std::printf("%-40s %10.0f MB/s   (%.3f s)\n", "reference: openssl dgst -sha256", opensslRate,
                median(opensslSecs));
    std::printf("%-40s %10.0f MB/s   (%.3f s)\n", "inspectPackage (hash + tar, one pass)", inspectRate,
                median(inspectSecs));
    std::printf("%-40s %10.3f ms\n", "readManifest", median(manifestSecs) * 1e3);
    std::printf("%-40s %10.1f MiB\n", "peak RSS of this process", double(peakRssKiB()) / 1024);
    std::printf("\ninspectPackage / openssl: %.2f (goal >= 0.90)\n", opensslRate > 0 ? inspectRate / opensslRate : 0);
    return 0;
}
