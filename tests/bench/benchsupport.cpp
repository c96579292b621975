#include "tests/bench/benchsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <ctime>
#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace iuc::bench {

void fail(const char *bench, const QString &what)
{
    std::fprintf(stderr, "%s: %s\n", bench, qPrintable(what));
    std::exit(1);
}

double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t middle = values.size() / 2;
    return values.size() % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
}

double seconds(const std::function<void()> &fn)
{
    const auto start = std::chrono::steady_clock::now();
    fn();
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

double processCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

double megabytesPerSecond(qint64 bytes, double secs)
{
    return secs > 0 ? double(bytes) / 1e6 / secs : 0;
}

double percentile(std::vector<double> values, double fraction)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const double rank = std::ceil(std::clamp(fraction, 0.0, 1.0) * double(values.size()));
    const size_t at = std::clamp<size_t>(static_cast<size_t>(rank), 1, values.size()) - 1;
    return values[at];
}

QString findBuilt(const QString &relativePath, const QString &name)
{
    const QString built = QDir(QCoreApplication::applicationDirPath()).filePath(relativePath);
    if (QFile::exists(built))
        return QDir::cleanPath(built);
    return QStandardPaths::findExecutable(name);
}

QProcessEnvironment isolatedEnvironment(const QString &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    QDir(home).mkpath(u"."_s);
    env.insert(u"HOME"_s, home);
    env.insert(u"XDG_CONFIG_HOME"_s, home + u"/.config"_s);
    env.insert(u"XDG_DATA_HOME"_s, home + u"/.local/share"_s);
    env.insert(u"XDG_CACHE_HOME"_s, home + u"/.cache"_s);
    env.insert(u"XDG_STATE_HOME"_s, home + u"/.local/state"_s);
    const QString runtime = home + u"/run"_s; // Qt wants it private
    QDir(home).mkpath(u"run"_s);
    QFile::setPermissions(runtime, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    env.insert(u"XDG_RUNTIME_DIR"_s, runtime);
    if (!qEnvironmentVariableIsSet("IUC_BENCH_KEEP_SESSION_BUS"))
        env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path="_s + home + u"/no-session-bus"_s);
    if (!env.contains(u"QT_QPA_PLATFORM"_s) && !env.contains(u"DISPLAY"_s))
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    return env;
}

QString platformName()
{
    const QString chosen = qEnvironmentVariable("QT_QPA_PLATFORM");
    if (!chosen.isEmpty())
        return chosen;
    if (!qEnvironmentVariableIsEmpty("DISPLAY"))
        return u"xcb (DISPLAY=%1)"_s.arg(qEnvironmentVariable("DISPLAY"));
    return u"offscreen"_s;
}

namespace {

double statusMiB(const QByteArray &field)
{
    QFile f(u"/proc/self/status"_s);
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(field.size()).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0;
}

} // namespace

double residentMiB()
{
    return statusMiB("VmRSS:");
}

double peakResidentMiB()
{
    return statusMiB("VmHWM:");
}

void startSimulator(Simulator &sim, const QString &program, const QStringList &extraArguments, const QString &dataDir)
{
    sim.process.setProgram(program);
    // The console and upgradectl still read the extensions (issue 12).
    sim.process.setArguments(QStringList{u"serve"_s, u"--port"_s, u"0"_s, u"--data-dir"_s, dataDir, u"--user"_s,
                                         u"admin:secret"_s, u"--api"_s, u"extended"_s}
                             + extraArguments);
    sim.process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    sim.process.start();
    if (!sim.process.waitForStarted(10'000))
        fail("bench", u"infinity-sim did not start: "_s + sim.process.errorString());
    static const QRegularExpression urlLine(u"at (https://[^ ]+)/api/admin/"_s);
    static const QRegularExpression fingerprintLine(u"fingerprint: ([0-9A-F:]+)"_s);
    QByteArray said;
    while (sim.fingerprint.isEmpty() || sim.url.isEmpty()) {
        if (!sim.process.waitForReadyRead(30'000))
            fail("bench", u"infinity-sim said nothing: "_s + QString::fromUtf8(said));
        said += sim.process.readAllStandardOutput();
        const QString text = QString::fromUtf8(said);
        if (const auto m = urlLine.match(text); m.hasMatch())
            sim.url = QUrl(m.captured(1));
        if (const auto m = fingerprintLine.match(text); m.hasMatch())
            sim.fingerprint = m.captured(1).toLatin1();
    }
}

void stopSimulator(Simulator &sim)
{
    if (sim.process.state() == QProcess::NotRunning)
        return;
    sim.process.terminate();
    if (!sim.process.waitForFinished(10'000))
        sim.process.kill();
    sim.process.waitForFinished(5'000);
}

} // namespace iuc::bench
