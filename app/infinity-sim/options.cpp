#include "app/infinity-sim/options.h"

#include "core/package/vendorname.h"
#include "emulator/support/packagewriter.h"

#include <QCommandLineParser>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace iuc::sim {

std::variant<MakePackageOptions, QString> parseMakePackageOptions(const QStringList &arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(u"Writes an upgrade package of any size, quickly: a tar file with the manifest infinity-sim reads."_s);
    p.addHelpOption();
    p.addPositionalArgument(u"OUT"_s, u"The package file to write, or a folder: then the file gets the vendor's name "
                                      u"(Pexip_Infinity_v11_UPGRADE_71234.tar)."_s);
    const QCommandLineOption version(u"version"_s, u"Package version, e.g. \"11 (71234.0.0)\"."_s, u"V"_s);
    const QCommandLineOption size(u"size"_s, u"Payload size: 12345, 100k, 512M, 2G (default 64M)."_s, u"SIZE"_s,
                                  u"64M"_s);
    const QCommandLineOption minSource(u"min-source"_s, u"Oldest installed version it upgrades from (default 3)."_s,
                                       u"V"_s, u"3"_s);
    const QCommandLineOption buildDate(u"build-date"_s, u"ISO date (default today)."_s, u"DATE"_s);
    const QCommandLineOption product(u"product"_s, u"Product name in the manifest (to make a wrong package)."_s,
                                     u"NAME"_s);
    const QCommandLineOption wrong(u"not-a-package"_s,
                                   u"Write a file that is not a package at all (for demos and tests)."_s);
    p.addOptions({version, size, minSource, buildDate, product, wrong});
    p.process(arguments);

    if (p.positionalArguments().size() != 1)
        return u"make-package needs exactly one output file; see make-package --help."_s;
    MakePackageOptions o;
    o.out = p.positionalArguments().constFirst();
    const auto bytes = parseSize(p.value(size));
    if (!bytes)
        return u"\"%1\" is not a size (examples: 12345, 100k, 512M, 2G)."_s.arg(p.value(size));
    o.bytes = *bytes;
    o.notAPackage = p.isSet(wrong);
    if (o.notAPackage)
        return o;
    if (!p.isSet(version))
        return u"make-package needs --version, e.g. --version \"11 (71234.0.0)\"."_s;
    const auto v = Version::parse(p.value(version));
    if (!v)
        return v.error().message;
    const auto min = Version::parse(p.value(minSource));
    if (!min)
        return min.error().message;
    o.manifest.product = p.isSet(product) ? p.value(product) : PackageManifest::expectedProduct();
    o.manifest.version = v.value();
    o.manifest.minSourceVersion = min.value();
    o.manifest.buildDate = p.isSet(buildDate) ? p.value(buildDate) : QDate::currentDate().toString(Qt::ISODate);
    if (QFileInfo(o.out).isDir())
        o.out = QDir(o.out).filePath(vendorPackageName(o.manifest.version));
    return o;
}

std::variant<ServeOptions, QString> parseServeOptions(const QStringList &arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(u"Serves a simulated Pexip Infinity deployment over the Management Node API until Ctrl-C.\n"
                                "Exit codes: 0 stopped cleanly, 1 wrong options, 2 could not start, 3 the port is in use."_s);
    p.addHelpOption();
    const QCommandLineOption host(u"host"_s, u"Address to listen on (default 127.0.0.1)."_s, u"ADDR"_s, u"127.0.0.1"_s);
    const QCommandLineOption port(u"port"_s, u"Port (default 8443; 0 picks a free one)."_s, u"P"_s, u"8443"_s);
    const QCommandLineOption http(u"http"_s, u"Serve plain HTTP (loopback addresses only)."_s);
    const QCommandLineOption nodes(u"nodes"_s, u"Conferencing Nodes (default 12, up to 1000)."_s, u"N"_s, u"12"_s);
    const QCommandLineOption version(u"version"_s, u"Installed version (default \"10.2 (40234.0.0)\")."_s, u"V"_s,
                                     u"10.2 (40234.0.0)"_s);
    const QCommandLineOption timeScale(u"time-scale"_s, u"Simulated seconds per real second (default 1)."_s, u"S"_s,
                                       u"1"_s);
    const QCommandLineOption scenario(u"scenario"_s, u"A scenario file (docs/api.md)."_s, u"FILE"_s);
    const QCommandLineOption dataDir(u"data-dir"_s, u"Certificate and uploads (default: the user's data directory)."_s,
                                     u"DIR"_s);
    const QCommandLineOption user(u"user"_s,
                                  u"NAME:PASSWORD or NAME:PASSWORD:readonly; repeatable. Default: admin with a random "
                                  "password, printed at start."_s,
                                  u"SPEC"_s);
    const QCommandLineOption cert(u"cert"_s, u"TLS certificate (PEM) instead of a self-signed one."_s, u"FILE"_s);
    const QCommandLineOption key(u"key"_s, u"TLS private key (PEM) for --cert."_s, u"FILE"_s);
    const QCommandLineOption maxParallel(u"max-parallel"_s,
                                         u"Conferencing Nodes upgraded at once, 1-10 (default: as a real Management "
                                         "Node does for the version it installs, resources/upgrade-behaviour.json: 1 "
                                         "up to v11, 10 from v24)."_s,
                                         u"N"_s);
    const QCommandLineOption seed(u"seed"_s, u"Random seed of the simulation (default 1)."_s, u"N"_s, u"1"_s);
    const QCommandLineOption api(u"api"_s,
                                 u"Which Management Node to imitate: pexip (default: only what real nodes serve), "
                                 "pexip-v24 (the older field set) or extended (pexip plus this project's extensions: "
                                 "upgrade_run, log, the reboot command: the console's administrator log and reboot buttons)."_s,
                                 u"PROFILE"_s, u"pexip"_s);
    const QCommandLineOption statusSpellings(
        u"status-spellings"_s,
        u"A file saying how upgrade_status is spelt for each of the eight statuses (the layout of the built-in "
        "one: docs/api.md). Default: the vendor's words in the pexip profiles, this project's codes in extended."_s,
        u"FILE"_s);
    const QCommandLineOption syslogFormat(
        u"syslog-format"_s,
        u"How the administrator log is written to the syslog servers added in configuration/v1/syslog_server/: "
        "rfc5424 (default; over TCP with octet counting) or rfc3164 (over TCP one message per line)."_s,
        u"FORMAT"_s, u"rfc5424"_s);
    p.addOptions({host, port, http, nodes, version, timeScale, scenario, dataDir, user, cert, key, maxParallel, seed,
                  api, statusSpellings, syslogFormat});
    p.process(arguments);

    ServeOptions o;
    EmulatorSettings &s = o.settings;
    bool ok = false;
    const int nodeCount = p.value(nodes).toInt(&ok);
    if (!ok || nodeCount < 1 || nodeCount > DeploymentConfig::kMaxNodes)
        return u"--nodes takes a number from 1 to %1."_s.arg(DeploymentConfig::kMaxNodes);
    const auto installed = Version::parse(p.value(version));
    if (!installed)
        return installed.error().message;
    s.deployment = DeploymentConfig::standard(nodeCount, installed.value());
    s.deployment.timeScale = p.value(timeScale).toDouble(&ok);
    if (!ok || s.deployment.timeScale < 0)
        return u"--time-scale takes a number of 0 or more."_s;
    const int parallel = p.isSet(maxParallel) ? p.value(maxParallel).toInt(&ok) : 0;
    if (p.isSet(maxParallel) && (!ok || parallel < 1 || parallel > EngineSettings::kMaxParallelLimit))
        return u"--max-parallel takes a number from 1 to %1."_s.arg(EngineSettings::kMaxParallelLimit);
    s.deployment.seed = p.value(seed).toULongLong(&ok);
    if (!ok)
        return u"--seed takes a whole number."_s;
    if (p.isSet(scenario)) {
        QFile file(p.value(scenario));
        if (!file.open(QIODevice::ReadOnly))
            return u"Cannot read the scenario %1: %2"_s.arg(file.fileName(), file.errorString());
        auto config = DeploymentConfig::fromJson(file.read(16 << 20), s.deployment);
        if (!config)
            return config.error().message;
        s.deployment = config.value();
        if (p.isSet(timeScale))
            s.deployment.timeScale = p.value(timeScale).toDouble();
    }
    if (parallel > 0) { // over the version's, and over the scenario's
        s.deployment.engine.maxParallel = parallel;
        s.deployment.engine.parallelismByVersion = false;
    }
    const std::optional<ApiProfile> profile = parseApiProfile(p.value(api));
    if (!profile)
        return u"--api takes one of %1, not \"%2\"."_s.arg(apiProfileNames(), p.value(api));
    s.api = *profile;
    if (p.isSet(statusSpellings)) {
        auto words = StatusWords::fromFile(p.value(statusSpellings));
        if (!words)
            return words.error().message;
        s.statusWords = std::move(words).value();
    }
    if (p.value(syslogFormat) == u"rfc5424"_s)
        s.syslogFormat = SyslogFormat::Rfc5424;
    else if (p.value(syslogFormat) == u"rfc3164"_s)
        s.syslogFormat = SyslogFormat::Rfc3164;
    else
        return u"--syslog-format takes rfc5424 or rfc3164, not \"%1\"."_s.arg(p.value(syslogFormat));
    s.host = p.value(host);
    s.port = p.value(port).toInt(&ok);
    if (!ok || s.port < 0 || s.port > 65535)
        return u"--port takes a number from 0 to 65535."_s;
    s.plainHttp = p.isSet(http);
    s.dataDir = p.isSet(dataDir) ? p.value(dataDir) : QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    s.certPath = p.value(cert);
    s.keyPath = p.value(key);
    if (s.certPath.isEmpty() != s.keyPath.isEmpty())
        return u"--cert and --key go together."_s;
    for (const QString &spec : p.values(user)) {
        auto parsed = parseUserSpec(spec);
        if (!parsed)
            return parsed.error().message;
        s.users.push_back(parsed.value());
    }
    if (s.users.empty()) {
        for (int i = 0; i < 4; ++i)
            o.generatedPassword += QString::number(QRandomGenerator::system()->generate(), 36);
        s.users.push_back(ApiUser{u"admin"_s, o.generatedPassword, false});
    }
    return o;
}

} // namespace iuc::sim
