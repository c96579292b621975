// infinity-sim: a simulated Pexip Infinity deployment serving the Management
// Node API (docs/api.md), and a maker of upgrade packages for tests and demos.

#include "emulator/server/emulator.h"
#include "emulator/support/packagewriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QRandomGenerator>
#include <QStandardPaths>

#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <thread>

using namespace iuc;
using namespace iuc::sim;

namespace {

std::atomic_bool g_stop = false;

void onSignal(int)
{
    g_stop = true;
}

int fail(const QString &message)
{
    std::fprintf(stderr, "infinity-sim: %s\n", qPrintable(message));
    return 2;
}

void print(const QString &text)
{
    std::fputs(qPrintable(text + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

int makePackage(const QStringList &arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Writes an upgrade package (DESIGN §5) of any size, quickly."));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("OUT"), QStringLiteral("The package file to write (e.g. pexip-11.tar)."));
    const QCommandLineOption version({QStringLiteral("version")}, QStringLiteral("Package version, e.g. \"11 (71234.0.0)\"."),
                                     QStringLiteral("V"));
    const QCommandLineOption size({QStringLiteral("size")}, QStringLiteral("Payload size: 12345, 100k, 512M, 2G (default 64M)."),
                                  QStringLiteral("SIZE"), QStringLiteral("64M"));
    const QCommandLineOption minSource({QStringLiteral("min-source")},
                                       QStringLiteral("Oldest installed version it upgrades from (default 3)."),
                                       QStringLiteral("V"), QStringLiteral("3"));
    const QCommandLineOption buildDate({QStringLiteral("build-date")}, QStringLiteral("ISO date (default today)."),
                                       QStringLiteral("DATE"));
    const QCommandLineOption product({QStringLiteral("product")},
                                     QStringLiteral("Product name in the manifest (to make a wrong package)."),
                                     QStringLiteral("NAME"));
    const QCommandLineOption wrong({QStringLiteral("not-a-package")},
                                   QStringLiteral("Write a file that is not a package at all (for demos and tests)."));
    p.addOptions({version, size, minSource, buildDate, product, wrong});
    p.process(arguments);
    if (p.positionalArguments().size() != 1)
        return fail(QStringLiteral("make-package needs exactly one output file; see make-package --help."));
    const QString out = p.positionalArguments().constFirst();
    const auto bytes = parseSize(p.value(size));
    if (!bytes)
        return fail(QStringLiteral("\"%1\" is not a size (examples: 12345, 100k, 512M, 2G).").arg(p.value(size)));
    if (p.isSet(wrong)) {
        const auto written = writeNotAPackage(out, *bytes);
        if (!written)
            return fail(written.error().message);
        print(QStringLiteral("Wrote %1 (%2 bytes), which is not an upgrade package.").arg(out).arg(written.value()));
        return 0;
    }
    if (!p.isSet(version))
        return fail(QStringLiteral("make-package needs --version, e.g. --version \"11 (71234.0.0)\"."));
    PackageManifest manifest;
    manifest.product = p.isSet(product) ? p.value(product) : PackageManifest::expectedProduct();
    auto v = Version::parse(p.value(version));
    auto min = Version::parse(p.value(minSource));
    if (!v)
        return fail(v.error().message);
    if (!min)
        return fail(min.error().message);
    manifest.version = v.value();
    manifest.minSourceVersion = min.value();
    manifest.buildDate = p.isSet(buildDate) ? p.value(buildDate) : QDate::currentDate().toString(Qt::ISODate);
    const auto written = writePackage(out, manifest, *bytes);
    if (!written)
        return fail(written.error().message);
    print(QStringLiteral("Wrote %1: version %2, %3 bytes.").arg(out, manifest.version.toString()).arg(written.value()));
    return 0;
}

int serve(const QStringList &arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Serves a simulated Pexip Infinity deployment over the Management Node API until Ctrl-C."));
    p.addHelpOption();
    const QCommandLineOption host({QStringLiteral("host")}, QStringLiteral("Address to listen on (default 127.0.0.1)."),
                                  QStringLiteral("ADDR"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption port({QStringLiteral("port")}, QStringLiteral("Port (default 8443; 0 picks a free one)."),
                                  QStringLiteral("P"), QStringLiteral("8443"));
    const QCommandLineOption http({QStringLiteral("http")}, QStringLiteral("Serve plain HTTP (loopback addresses only)."));
    const QCommandLineOption nodes({QStringLiteral("nodes")}, QStringLiteral("Conferencing Nodes (default 12, up to 1000)."),
                                   QStringLiteral("N"), QStringLiteral("12"));
    const QCommandLineOption version({QStringLiteral("version")},
                                     QStringLiteral("Installed version (default \"10.2 (40234.0.0)\")."),
                                     QStringLiteral("V"), QStringLiteral("10.2 (40234.0.0)"));
    const QCommandLineOption timeScale({QStringLiteral("time-scale")},
                                       QStringLiteral("Simulated seconds per real second (default 1)."), QStringLiteral("S"),
                                       QStringLiteral("1"));
    const QCommandLineOption scenario({QStringLiteral("scenario")}, QStringLiteral("A scenario file (docs/api.md)."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption dataDir({QStringLiteral("data-dir")},
                                     QStringLiteral("Certificate and uploads (default: the user's data directory)."),
                                     QStringLiteral("DIR"));
    const QCommandLineOption user({QStringLiteral("user")},
                                  QStringLiteral("NAME:PASSWORD or NAME:PASSWORD:readonly; repeatable. Default: admin with a "
                                                 "random password, printed at start."),
                                  QStringLiteral("SPEC"));
    const QCommandLineOption cert({QStringLiteral("cert")}, QStringLiteral("TLS certificate (PEM) instead of a self-signed one."),
                                  QStringLiteral("FILE"));
    const QCommandLineOption key({QStringLiteral("key")}, QStringLiteral("TLS private key (PEM) for --cert."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption maxParallel({QStringLiteral("max-parallel")},
                                         QStringLiteral("Conferencing Nodes upgraded at once, 1-10 (default 1)."),
                                         QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption seed({QStringLiteral("seed")}, QStringLiteral("Random seed of the simulation (default 1)."),
                                  QStringLiteral("N"), QStringLiteral("1"));
    p.addOptions({host, port, http, nodes, version, timeScale, scenario, dataDir, user, cert, key, maxParallel, seed});
    p.process(arguments);

    bool ok = false;
    const int nodeCount = p.value(nodes).toInt(&ok);
    if (!ok || nodeCount < 1 || nodeCount > DeploymentConfig::kMaxNodes)
        return fail(QStringLiteral("--nodes takes a number from 1 to %1.").arg(DeploymentConfig::kMaxNodes));
    const auto installed = Version::parse(p.value(version));
    if (!installed)
        return fail(installed.error().message);
    EmulatorSettings s;
    s.deployment = DeploymentConfig::standard(nodeCount, installed.value());
    s.deployment.timeScale = p.value(timeScale).toDouble(&ok);
    if (!ok || s.deployment.timeScale < 0)
        return fail(QStringLiteral("--time-scale takes a number of 0 or more."));
    s.deployment.engine.maxParallel = p.value(maxParallel).toInt(&ok);
    if (!ok || s.deployment.engine.maxParallel < 1 || s.deployment.engine.maxParallel > EngineSettings::kMaxParallelLimit)
        return fail(QStringLiteral("--max-parallel takes a number from 1 to 10."));
    s.deployment.seed = p.value(seed).toULongLong(&ok);
    if (!ok)
        return fail(QStringLiteral("--seed takes a whole number."));
    if (p.isSet(scenario)) {
        QFile file(p.value(scenario));
        if (!file.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("Cannot read the scenario %1: %2").arg(file.fileName(), file.errorString()));
        auto config = DeploymentConfig::fromJson(file.read(16 << 20), s.deployment);
        if (!config)
            return fail(config.error().message);
        s.deployment = config.value();
        if (p.isSet(timeScale))
            s.deployment.timeScale = p.value(timeScale).toDouble();
    }
    s.host = p.value(host);
    s.port = p.value(port).toInt(&ok);
    if (!ok || s.port < 0 || s.port > 65535)
        return fail(QStringLiteral("--port takes a number from 0 to 65535."));
    s.plainHttp = p.isSet(http);
    s.dataDir = p.isSet(dataDir) ? p.value(dataDir)
                                 : QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    s.certPath = p.value(cert);
    s.keyPath = p.value(key);
    if (s.certPath.isEmpty() != s.keyPath.isEmpty())
        return fail(QStringLiteral("--cert and --key go together."));
    QString generated;
    for (const QString &spec : p.values(user)) {
        auto parsed = parseUserSpec(spec);
        if (!parsed)
            return fail(parsed.error().message);
        s.users.push_back(parsed.value());
    }
    if (s.users.empty()) {
        for (int i = 0; i < 4; ++i)
            generated += QString::number(QRandomGenerator::system()->generate(), 36);
        s.users.push_back(ApiUser{QStringLiteral("admin"), generated, false});
    }

    auto emulator = Emulator::start(std::move(s));
    if (!emulator)
        return fail(emulator.error().message);
    Emulator &e = *emulator.value();
    print(QStringLiteral("infinity-sim: serving %1 Conferencing Nodes at %2/api/admin/")
              .arg(e.server().withDeployment([](Deployment &d) { return d.nodes().size(); }))
              .arg(e.url()));
    if (!e.fingerprint().isEmpty())
        print(QStringLiteral("certificate SHA-256 fingerprint: %1").arg(QString::fromLatin1(e.fingerprint())));
    if (!generated.isEmpty())
        print(QStringLiteral("user: admin  password: %1  (set your own with --user NAME:PASSWORD)").arg(generated));
    print(QStringLiteral("time scale: %1x; press Ctrl-C to stop").arg(e.clock().scale()));

    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    while (!g_stop)
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    e.stop();
    print(QStringLiteral("infinity-sim: stopped"));
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("infinity-sim"));
    QCoreApplication::setOrganizationName(QStringLiteral("InfinityUpgradeConsole"));
    QStringList args = QCoreApplication::arguments();
    const QString command = args.size() > 1 ? args.at(1) : QString();
    if (command == QStringLiteral("serve") || command == QStringLiteral("make-package")) {
        args.removeAt(1);
        args[0] += QLatin1Char(' ') + command;
        return command == QStringLiteral("serve") ? serve(args) : makePackage(args);
    }
    std::fputs("Usage: infinity-sim serve [options]        simulated Management Node (serve --help)\n"
               "       infinity-sim make-package [options] OUT   write an upgrade package (make-package --help)\n",
               command.isEmpty() || command == QStringLiteral("--help") || command == QStringLiteral("-h") ? stdout : stderr);
    return command.isEmpty() || command == QStringLiteral("--help") || command == QStringLiteral("-h") ? 0 : 2;
}
