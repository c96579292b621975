#include "emulator/demo/consoledemo.h"

#include "core/package/packagereader.h"
#include "core/package/vendorname.h"
#include "core/session/sessionerrors.h"
#include "emulator/server/emulator.h"
#include "emulator/support/packagewriter.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <memory>

using namespace Qt::StringLiterals;

namespace iuc::demo {

namespace {

// Big enough that the upload shows its speed and time left, small enough
// to write in a moment the first time.
constexpr qint64 kPackagePayload = 64LL << 20;
constexpr qint64 kWrongFileSize = 3LL << 20;

const QString kTargetVersion = u"11 (71234.0.0)"_s;
const QString kFirstHopVersion = u"6 (24180.0.0)"_s; // a v3 deployment goes through v6 first (R10)


// What stays alive for as long as the console shows the demo.
struct DemoRuntime
{
    QTemporaryDir dataDir; // certificate and uploads; removed when the demo ends
    std::unique_ptr<sim::Emulator> emulator;
    QString packagePath;
    QStringList hopPackagePaths;
};

QString randomPassword()
{
    QByteArray bytes(24, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

// Writes the package unless an earlier demo left a complete one.
Result<void> ensurePackage(const QString &path, const QString &versionText, const QString &minSource)
{
    const Result<Version> version = Version::parse(versionText);
    const Result<Version> min = Version::parse(minSource);
    if (!version)
        return version.error();
    if (!min)
        return min.error();
    if (QFileInfo(path).size() > kPackagePayload) {
        const Result<PackageManifest> existing = readManifest(path);
        if (existing && existing->version == version.value())
            return ResultOk;
    }
    PackageManifest manifest;
    manifest.product = PackageManifest::expectedProduct();
    manifest.version = version.value();
    manifest.minSourceVersion = min.value();
    manifest.buildDate = QDate::currentDate().addDays(-30).toString(Qt::ISODate);
    const Result<qint64> written = sim::writePackage(path, manifest, kPackagePayload);
    if (!written)
        return written.error();
    return ResultOk;
}

Result<void> ensureWrongFile(const QString &path)
{
    if (QFileInfo(path).size() == kWrongFileSize)
        return ResultOk;
    const Result<qint64> written = sim::writeNotAPackage(path, kWrongFileSize);
    if (!written)
        return written.error();
    return ResultOk;
}

// The standard layout plus what makes every status show up within minutes
// at the demo's time scale. Faults go to different nodes, when there are enough.
sim::DeploymentConfig demoDeployment(const DemoOptions &options, const Version &version)
{
    sim::DeploymentConfig c = sim::DeploymentConfig::standard(options.nodes, version);
    c.timeScale = options.timeScale;
    c.seed = 7;
    c.timings.meanCall = std::chrono::minutes(4); // calls drain in minutes, not an hour
    c.callLoad = 4.0;                            // …and there are still plenty of them
    const int n = static_cast<int>(c.nodes.size());
    if (version.major() < 4) {
        // The guided upgrade's demo (v3 → v6 → v11): two whole runs to watch,
        // so no node that keeps a run from finishing; only the slow link.
        if (n > 2)
            c.nodes[2].linkMbps = 4.0;
        return c;
    }
    const int stuck = n / 3 + 1;       // London's second node: its calls never clear (R4)
    const int unreachable = n - 2;     // a New York node nobody can contact (R8)
    const int slow = 2;                // Oslo's third node, behind a slow link
    if (stuck < n)
        c.nodes[static_cast<size_t>(stuck)].stuckCalls = true;
    if (unreachable > stuck && unreachable < n)
        c.nodes[static_cast<size_t>(unreachable)].reachable = false;
    if (slow < n && slow != stuck && slow != unreachable)
        c.nodes[static_cast<size_t>(slow)].linkMbps = 4.0;
    return c;
}

} // namespace

Result<DemoDeployment> startDemo(const DemoOptions &options)
{
    const Result<Version> version = Version::parse(options.version);
    if (!version)
        return version.error();
    if (options.nodes < 1 || options.nodes > sim::DeploymentConfig::kMaxNodes) {
        return Error{DemoError::Nodes,
                     QCoreApplication::translate("Demo",
                         "A demo deployment has from 1 to %1 Conferencing Nodes.").arg(sim::DeploymentConfig::kMaxNodes)};
    }

    // The files an admin would pick: kept in the cache, written once.
    const QString cache = QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + u"/demo"_s;
    if (!QDir().mkpath(cache)) {
        return Error{DemoError::Cache, QCoreApplication::translate("Demo",
                                          "Could not create the folder %1 for the demo's files. Check that your "
                                          "cache folder exists and that you may write to it.")
                                          .arg(cache)};
    }
    const bool needsTwoHops = version->major() < 4;
    // Named as the vendor names its packages (the inside is the emulator's).
    const QString target = QDir(cache).filePath(vendorPackageName(Version::fromString(kTargetVersion)));
    if (auto written = ensurePackage(target, kTargetVersion, u"4"_s); !written)
        return written.error();
    QStringList hops{target};
    if (needsTwoHops) {
        const QString firstHop = QDir(cache).filePath(vendorPackageName(Version::fromString(kFirstHopVersion)));
        if (auto written = ensurePackage(firstHop, kFirstHopVersion, u"3"_s); !written)
            return written.error();
        hops.prepend(firstHop);
    }
    const QString package = hops.first();
    const QString wrongFile = QDir(cache).filePath(u"release-notes-11.pdf"_s);
    if (auto written = ensureWrongFile(wrongFile); !written)
        return written.error();

    auto runtime = std::make_shared<DemoRuntime>();
    if (!runtime->dataDir.isValid()) {
        return Error{DemoError::DataDir,
                     QCoreApplication::translate("Demo",
                         "Could not create a temporary folder for the demo: %1").arg(runtime->dataDir.errorString())};
    }
    runtime->packagePath = package;
    runtime->hopPackagePaths = hops;

    sim::EmulatorSettings settings;
    settings.deployment = demoDeployment(options, version.value());
    settings.dataDir = runtime->dataDir.path();
    settings.host = u"127.0.0.1"_s;
    settings.port = 0;
    settings.api = options.api;
    // A working morning, whatever the time here: the calls follow a day's curve.
    settings.start = fromDateTime(QDateTime(QDate::currentDate(), QTime(9, 30), Qt::UTC));
    const QString password = randomPassword();
    settings.users.push_back(sim::ApiUser{u"admin"_s, password, false});
    const QString wallPassword = randomPassword();
    settings.users.push_back(sim::ApiUser{u"noc"_s, wallPassword, true}); // read-only: the wall display's
    Result<std::unique_ptr<sim::Emulator>> started = sim::Emulator::start(std::move(settings));
    if (!started) {
        return Error{DemoError::Start, QCoreApplication::translate("Demo",
                                          "The demo deployment did not start: %1").arg(started.error().message),
                     started.error().details};
    }
    runtime->emulator = std::move(started).value();

    DemoDeployment demo;
    demo.settings.baseUrl = QUrl(runtime->emulator->url());
    demo.settings.user = u"admin"_s;
    demo.settings.password = password;
    demo.settings.trust = api::TlsTrust::pinned(runtime->emulator->fingerprint()); // ours: no first-contact question
    demo.name = QCoreApplication::translate("Demo",
                    "Demo deployment (%n simulated Conferencing Nodes)", nullptr, options.nodes);
    // Say which API it shows.
    if (options.api != sim::ApiProfile::Extended)
        demo.name += QCoreApplication::translate("Demo", ", API of a real Management Node (%1)").arg(sim::apiProfileName(options.api));
    else
        demo.name += QCoreApplication::translate("Demo", ", API with this project's extensions (extended)");
    demo.linkSyslog = !sim::servesExtensions(options.api);
    demo.readOnlySettings = demo.settings;
    demo.readOnlySettings.user = u"noc"_s;
    demo.readOnlySettings.password = wallPassword;
    demo.packagePath = package;
    demo.hopPackagePaths = hops;
    demo.wrongFilePath = wrongFile;
    demo.keepAlive = runtime;
    return demo;
}

Result<void> startDemoRun(const DemoDeployment &demo)
{
    const auto runtime = std::static_pointer_cast<DemoRuntime>(demo.keepAlive);
    if (!runtime || !runtime->emulator)
        return Error{DemoError::NotRunning, QCoreApplication::translate("Demo", "The demo deployment is not running.")};
    const Result<PackageInspection> inspected = inspectPackage(runtime->packagePath);
    if (!inspected)
        return inspected.error();
    return runtime->emulator->server().withDeployment([&](sim::Deployment &d) -> Result<void> {
        const QString id = u"demo-package"_s;
        d.stagePackage(sim::StagedPackage{id, inspected->manifest.version, inspected->size, inspected->sha256Hex, d.now()});
        return d.startUpgrade(id);
    });
}

} // namespace iuc::demo
