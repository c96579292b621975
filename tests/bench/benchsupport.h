#pragma once

// What the benchmarks share: statistics, the programs they start, a
// throwaway home for the processes they measure, infinity-sim run as a
// separate process, and coroutines awaited.

#include "tests/common/awaittask.h"

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QUrl>

#include <chrono>
#include <functional>
#include <vector>

namespace iuc::bench {

[[noreturn]] void fail(const char *bench, const QString &what);

double median(std::vector<double> values);
// How long `fn` takes, in seconds of wall time.
double seconds(const std::function<void()> &fn);
// CPU time this process has used so far, in ms.
double processCpuMs();
double megabytesPerSecond(qint64 bytes, double secs);
// The value below which `fraction` (0…1) of the values lie (nearest rank).
double percentile(std::vector<double> values, double fraction);

// A program of this build: `relativePath` from this benchmark's directory
// (e.g. "../bin/upgrade-console"), else `name` on PATH; empty when neither.
QString findBuilt(const QString &relativePath, const QString &name);

// The environment of a measured process: HOME and the XDG directories
// (runtime directory included) point into `home` (created), so no saved profile, setting or window geometry of
// the person running the benchmark is read or written; Qt's offscreen
// platform unless the caller chose one (QT_QPA_PLATFORM, or a DISPLAY such
// as xvfb-run's). The session bus is replaced by one that does not exist:
// the keychain of the person running the benchmark is never asked (the
// console asks its keychain at start). IUC_BENCH_KEEP_SESSION_BUS=1 keeps
// the bus, for a run inside scripts/keyring-session (a private keychain).
QProcessEnvironment isolatedEnvironment(const QString &home);
// The Qt platform a process started with isolatedEnvironment() gets.
QString platformName();

// /proc/self/status, in MiB: the resident set now, and its peak (VmHWM).
double residentMiB();
double peakResidentMiB();

// infinity-sim serve in its own process, on a free loopback port.
struct Simulator
{
    QProcess process;
    QUrl url;
    QByteArray fingerprint;
};
void startSimulator(Simulator &sim, const QString &program, const QStringList &extraArguments, const QString &dataDir);
void stopSimulator(Simulator &sim);

// The result of a coroutine, with an event loop turning until it is there
// (tests/common/awaittask.h; a step still running after half an hour is a
// hung benchmark).
template <typename T>
T await(QCoro::Task<T> &&task)
{
    return iuc::test::awaitTask(std::move(task), std::chrono::minutes(30), "a benchmark step");
}

} // namespace iuc::bench
