// Client benchmark (DESIGN §7), against a real infinity-sim process with
// 1,000 Conferencing Nodes on loopback HTTPS:
//  - the console's chunked, resumable upload (Uploader) against the
//    single-shot reference `curl -sk -u … -F package=@FILE …/upgrade/`, side
//    by side, alternating, median MB/s of each and their ratio (goal ≥ 1.0, issue 13),
//    and beside curl sending the whole file as one chunk to the Uploader's route;
//  - this process's peak RSS during the Uploader's runs (it must not grow
//    with the file size: try 1G and 4G);
//  - the CPU time of one full refresh of the 1,000 nodes (workerVms(): every
//    page fetched and parsed), median of 20 (goal < 10 ms).
// The emulator runs in its own process so that neither its memory nor its
// CPU is counted here.
//
//   scripts/bench                                   (every benchmark, release build)
//   build/release/bench/bench_client [size] [runs] [chunk] [extended|pexip]
//                                    e.g. 4G 3; default 1G 5 32M extended

#include "core/api/managementclient.h"
#include "core/api/resourceparser.h"
#include "core/api/uploader.h"
#include "emulator/support/packagewriter.h"
#include "tests/bench/benchsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <QCoro/QCoroTask>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <functional>
#include <optional>
#include <vector>

using namespace iuc;
using namespace iuc::api;
using namespace Qt::StringLiterals;
using iuc::bench::await;
using iuc::bench::median;
using iuc::bench::megabytesPerSecond;
using iuc::bench::processCpuMs;
using iuc::bench::seconds;
using iuc::bench::Simulator;

namespace {

// Linux: the peak resident set since the last reset ("VmHWM"), and the
// reset itself (writing 5 to clear_refs), so a peak belongs to one phase.
void resetPeakRss()
{
    QFile f(u"/proc/self/clear_refs"_s);
    if (f.open(QIODevice::WriteOnly))
        f.write("5");
}

[[noreturn]] void fail(const QString &what)
{
    std::fprintf(stderr, "bench_client: %s\n", qPrintable(what));
    std::exit(1);
}

// Finished uploads stay on the emulator's disk; the benchmark never starts
// them, so they go after each run instead of filling the disk.
void dropUploads(const QString &dataDir)
{
    QDir uploads(QDir(dataDir).filePath(u"uploads"_s));
    for (const QString &name : uploads.entryList(QDir::Files))
        uploads.remove(name);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const std::optional<qint64> size = sim::parseSize(args.value(1, u"1G"_s));
    const int runs = args.value(2, u"5"_s).toInt();
    const std::optional<qint64> chunk = sim::parseSize(args.value(3, u"32M"_s));
    // extended: its answers carry the SHA-256 of the server's copy, which
    // proves both uploads whole; pexip: the real node's shape, where the
    // node's acceptance (offset, HTTP status) is the proof.
    const QString api = args.value(4, u"extended"_s);
    if (!size || *size <= 0 || runs <= 0 || !chunk || *chunk <= 0 || (api != u"extended" && api != u"pexip")) {
        std::fprintf(stderr, "usage: bench_client [size, e.g. 1G or 512M] [runs] [chunk size, default 32M] "
                             "[extended|pexip]\n");
        return 2;
    }
    const QString simulator = iuc::bench::findBuilt(u"../bin/infinity-sim"_s, u"infinity-sim"_s);
    const QString curl = QStandardPaths::findExecutable(u"curl"_s);
    if (simulator.isEmpty() || curl.isEmpty()) {
        std::fprintf(stderr, "bench_client: needs infinity-sim (build it) and curl (the reference)\n");
        return 2;
    }

    QTemporaryDir dir;
    if (!dir.isValid())
        fail(u"no temporary directory"_s);
    const QString file = dir.filePath(u"bench-package.tar"_s);
    PackageManifest manifest;
    manifest.product = PackageManifest::expectedProduct();
    manifest.version = Version::fromString(u"11 (71234.0.0)");
    manifest.buildDate = u"2026-03-01"_s;
    manifest.minSourceVersion = Version::fromString(u"4");
    const Result<qint64> written = sim::writePackage(file, manifest, *size);
    if (!written)
        fail(written.error().message);
    const qint64 bytes = written.value();

    const QString dataDir = dir.filePath(u"sim"_s);
    Simulator sim;
    // The clock stands still: the single shot performs the upgrade, and the
    // run it starts must not move on.
    iuc::bench::startSimulator(sim, simulator, {u"--nodes"_s, u"1000"_s, u"--time-scale"_s, u"0"_s, u"--api"_s, api},
                               dataDir);

    ConnectionSettings settings;
    settings.baseUrl = sim.url;
    settings.user = u"admin"_s;
    settings.password = u"secret"_s;
    settings.trust = TlsTrust::pinned(sim.fingerprint);
    ManagementClient client(settings);
    if (const Result<ManagementVm> hello = await(client.managementVm()); !hello)
        fail(hello.error().message);

    std::printf("Client benchmark: %.0f MB package, %d alternating runs each; infinity-sim with 1000 nodes "
                "(--api %s), loopback HTTPS\n\n",
                double(bytes) / 1e6, runs, qPrintable(api));

    const QString endpoint = sim.url.toString() + u"/api/admin/configuration/v1/upgrade/"_s;
    std::vector<double> uploaderSecs;
    std::vector<double> curlSecs;
    std::vector<double> curlChunkSecs;
    double uploaderPeak = 0;
    QString uploaderSha;
    QString curlSha;
    const double rssBefore = iuc::bench::peakResidentMiB();
    for (int i = 0; i < runs; ++i) {
        const auto runUploader = [&] {
            resetPeakRss();
            Uploader uploader(client, file);
            uploader.setChunkSize(*chunk);
            std::optional<Result<ConfirmData>> confirmed;
            uploaderSecs.push_back(seconds([&] { confirmed.emplace(await(uploader.run())); }));
            uploaderPeak = std::max(uploaderPeak, iuc::bench::peakResidentMiB());
            if (!*confirmed)
                fail(confirmed->error().message);
            uploaderSha = confirmed->value().sha256;
            dropUploads(dataDir);
        };
        const auto runCurl = [&] {
            QProcess process;
            curlSecs.push_back(seconds([&] {
                process.start(curl, {u"-sk"_s, u"-u"_s, u"admin:secret"_s, u"-w"_s, u"\n%{http_code}"_s, u"-F"_s,
                                     u"package=@"_s + file, endpoint});
                process.waitForFinished(-1);
            }));
            // The single shot performs the upgrade: the first starts a run,
            // the later ones are refused by its lock (R7, 409) once the whole
            // file has arrived and been hashed — the same bytes moved.
            const QByteArray out = process.readAllStandardOutput();
            const int status = out.mid(out.lastIndexOf('\n') + 1).toInt();
            const QJsonObject answer = QJsonDocument::fromJson(out.left(out.lastIndexOf('\n'))).object();
            if (status >= 200 && status <= 299)
                curlSha = answer.value(u"sha256"_s).toString(); // extended only
            else if (status != 409)
                fail(u"curl failed: "_s + QString::fromUtf8(out + process.readAllStandardError()));
            dropUploads(dataDir);
        };
        // The second reference: curl sending the whole file as one chunk
        // of an upload request, to the route the Uploader uses.
        const auto runCurlChunk = [&] {
            const Result<UploadStatus> created = await(client.createUpload(bytes));
            if (!created)
                fail(created.error().message);
            const QString route = sim.url.toString() + u"/api/admin/configuration/v1/upgrade_request/%1/upload/?offset=0"_s
                                                          .arg(created->id);
            // Streamed from standard input with the length announced (curl
            // would read an @file body into memory, and -T FILE names the
            // file in a URL that ends in a slash).
            QProcess process;
            process.setStandardInputFile(file);
            curlChunkSecs.push_back(seconds([&] {
                process.start(curl, {u"-sk"_s, u"-u"_s, u"admin:secret"_s, u"-X"_s, u"POST"_s, u"-T"_s, u"-"_s,
                                     u"-H"_s, u"Content-Type: application/octet-stream"_s, u"-H"_s, u"Expect:"_s,
                                     u"-H"_s, u"Transfer-Encoding:"_s, u"-H"_s, u"Content-Length: "_s + QString::number(bytes),
                                     route});
                process.waitForFinished(-1);
            }));
            const QByteArray out = process.readAllStandardOutput();
            if (QJsonDocument::fromJson(out).object().value(u"offset"_s).toInteger() != bytes)
                fail(u"curl's chunk did not arrive whole: "_s + QString::fromUtf8(out + process.readAllStandardError()));
            dropUploads(dataDir);
        };
        // Alternate which goes first, so neither always follows the other.
        if (i % 2 == 0) {
            runUploader();
            runCurl();
            runCurlChunk();
        } else {
            runCurlChunk();
            runCurl();
            runUploader();
        }
        if (!curlSha.isEmpty() && uploaderSha != curlSha)
            fail(u"the two uploads' SHA-256 differ"_s);
    }

    // One refresh of the node table: every page of status/v1/worker_vm/,
    // fetched and parsed; this process's CPU (all its threads).
    const auto refreshCpu = [&](int pageSize, double *wallMs) {
        std::vector<double> cpu;
        std::vector<double> wall;
        for (int i = 0; i < 21; ++i) { // the first warms up the connection
            const double before = processCpuMs();
            std::optional<Result<QList<WorkerVmStatus>>> nodes;
            const double secs = seconds([&] { nodes.emplace(await(client.workerVms(pageSize))); });
            const double used = processCpuMs() - before;
            if (!*nodes || (*nodes)->size() != 1000)
                fail(u"the refresh failed"_s);
            if (i > 0) {
                cpu.push_back(used);
                wall.push_back(secs * 1e3);
            }
        }
        *wallMs = median(wall);
        return median(cpu);
    };
    // Of that, the parsing alone: the same five pages, already fetched.
    QList<QByteArray> pages;
    for (int offset = 0; offset < 1000; offset += ManagementClient::kDefaultPageSize) {
        const QByteArray verb = "GET";
        const QString path = u"/api/admin/status/v1/worker_vm/?limit=%1&offset=%2"_s.arg(
            QString::number(ManagementClient::kDefaultPageSize), QString::number(offset));
        const Result<ManagementClient::Answer> answer = await(client.request(verb, path, {}));
        if (!answer)
            fail(answer.error().message);
        pages.append(answer->body);
    }
    std::vector<double> parseCpu;
    for (int i = 0; i < 21; ++i) {
        const double before = processCpuMs();
        for (const QByteArray &body : std::as_const(pages)) {
            if (!parseWorkerVmStatusPage(body))
                fail(u"a page did not parse"_s);
        }
        parseCpu.push_back(processCpuMs() - before);
    }

    double wall200 = 0;
    double wall5000 = 0;
    const double cpu200 = refreshCpu(ManagementClient::kDefaultPageSize, &wall200);
    const double cpu5000 = refreshCpu(ManagementClient::kMaxPageSize, &wall5000);

    sim.process.terminate();
    sim.process.waitForFinished(10'000);

    const double uploaderRate = megabytesPerSecond(bytes, median(uploaderSecs));
    const double curlRate = megabytesPerSecond(bytes, median(curlSecs));
    const double curlChunkRate = megabytesPerSecond(bytes, median(curlChunkSecs));
    std::printf("%-56s %8.0f MB/s   (%.2f s)\n", "reference: curl -F package=@FILE (single shot)", curlRate,
                median(curlSecs));
    std::printf("%-56s %8.0f MB/s   (%.2f s)\n", "reference: curl, the file as one chunk (resumable route)",
                curlChunkRate, median(curlChunkSecs));
    const QByteArray uploaderLabel = u"Uploader (%1 MiB chunks, resumable)"_s.arg(double(*chunk) / (1 << 20)).toUtf8();
    std::printf("%-56s %8.0f MB/s   (%.2f s)\n", uploaderLabel.constData(), uploaderRate, median(uploaderSecs));
    std::printf("%-56s %8.1f MiB  (before the uploads: %.1f MiB)\n", "peak RSS of this process during the Uploader",
                uploaderPeak, rssBefore);
    std::printf("%-56s %8.2f ms CPU  (%.1f ms wall)\n", "refresh of 1000 nodes, 5 pages of 200", cpu200, wall200);
    std::printf("%-56s %8.2f ms CPU  (%.1f ms wall)\n", "refresh of 1000 nodes, 1 page of 5000", cpu5000, wall5000);
    std::printf("%-56s %8.2f ms CPU\n", "  of which parsing the 5 pages of 200", median(parseCpu));
    std::printf("\nUploader / curl -F: %.2f (goal >= 1.00); Uploader / curl on the same route: %.2f; refresh CPU "
                "goal < 10 ms\n",
                curlRate > 0 ? uploaderRate / curlRate : 0, curlChunkRate > 0 ? uploaderRate / curlChunkRate : 0);
    return 0;
}
