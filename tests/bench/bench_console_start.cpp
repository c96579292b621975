// Cold start of the desktop console to its first painted main window
// (upgrade-console issue, "Measured"; goal < 400 ms), against a reference
// measured exactly the same way, side by side, alternating: bench_minimal_window,
// a QMainWindow with a label.
//
// The clock is this process's: it starts just before the program is started
// (QProcess: fork + exec) and stops when the program prints "first-paint",
// which it does (with IUC_EXIT_AFTER_FIRST_PAINT=1) once its main window's
// first paint and flush are done; then the program quits. The console runs
// without --demo, so its Connect dialog opens as it does for an admin.
// Every start gets an empty HOME/XDG_CONFIG_HOME (no saved profile, setting
// or window geometry: a first start) and a session bus that does not exist
// (no keychain of the person running the benchmark is asked).
//
//   scripts/bench console                                   (offscreen, then under xvfb-run)
//   QT_QPA_PLATFORM=offscreen build/release/bench/bench_console_start [runs, default 15]
//   xvfb-run -a build/release/bench/bench_console_start [runs]

#include "tests/bench/benchsupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Qt::StringLiterals;
using iuc::bench::fail;

namespace {

constexpr const char *kBench = "bench_console_start";
constexpr int kMarkerTimeoutMs = 30'000;

struct Program
{
    QString label;
    QString path;
    QStringList arguments;
    std::vector<double> ms;
};

// One start: milliseconds from just before the start to the marker.
double startOnce(const Program &program, const QString &home)
{
    QProcess process;
    process.setProcessEnvironment([&] {
        QProcessEnvironment env = iuc::bench::isolatedEnvironment(home);
        env.insert(u"IUC_EXIT_AFTER_FIRST_PAINT"_s, u"1"_s);
        return env;
    }());
    QElapsedTimer clock;
    clock.start();
    process.start(program.path, program.arguments);
    QByteArray said;
    double ms = -1;
    while (ms < 0) {
        if (!process.waitForReadyRead(kMarkerTimeoutMs)) {
            process.kill();
            process.waitForFinished();
            fail(kBench, u"%1 never said it painted its window; it said: %2 %3"_s.arg(
                             program.label, QString::fromUtf8(said),
                             QString::fromUtf8(process.readAllStandardError())));
        }
        said += process.readAllStandardOutput();
        if (said.contains("first-paint\n"))
            ms = double(clock.nsecsElapsed()) / 1e6;
    }
    if (!process.waitForFinished(kMarkerTimeoutMs) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        fail(kBench, u"%1 did not quit cleanly after its first paint: %2"_s.arg(
                         program.label, QString::fromUtf8(process.readAllStandardError())));
    }
    return ms;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    bool ok = false;
    const int runs = app.arguments().value(1, u"15"_s).toInt(&ok);
    if (!ok || runs < 1) {
        std::fprintf(stderr, "usage: bench_console_start [runs, default 15]\n");
        return 2;
    }
    Program console{u"upgrade-console"_s, iuc::bench::findBuilt(u"../bin/upgrade-console"_s, u"upgrade-console"_s), {}, {}};
    Program minimal{u"bench_minimal_window"_s,
                    iuc::bench::findBuilt(u"bench_minimal_window"_s, u"bench_minimal_window"_s), {}, {}};
    if (console.path.isEmpty() || minimal.path.isEmpty()) {
        std::fprintf(stderr, "bench_console_start: needs upgrade-console and bench_minimal_window (build them)\n");
        return 2;
    }

    QTemporaryDir homes;
    if (!homes.isValid())
        fail(kBench, u"no temporary directory"_s);
    int started = 0;
    // A fresh, empty home for every start: each one is a first start.
    const auto nextHome = [&] { return homes.filePath(u"home-%1"_s.arg(++started)); };

    std::printf("Cold start to the first painted main window: %d alternating starts of each (after one unmeasured "
                "start of each), platform %s, empty HOME per start\n\n",
                runs, qPrintable(iuc::bench::platformName()));
    startOnce(minimal, nextHome()); // the libraries into the page cache, for both
    startOnce(console, nextHome());

    std::printf("%4s %22s %18s\n", "run", "bench_minimal_window", "upgrade-console");
    for (int i = 0; i < runs; ++i) {
        // Alternate which goes first, so neither always follows the other.
        Program &first = i % 2 == 0 ? minimal : console;
        Program &second = i % 2 == 0 ? console : minimal;
        first.ms.push_back(startOnce(first, nextHome()));
        second.ms.push_back(startOnce(second, nextHome()));
        std::printf("%4d %19.1f ms %15.1f ms\n", i + 1, minimal.ms.back(), console.ms.back());
        std::fflush(stdout);
    }
    const double reference = iuc::bench::median(minimal.ms);
    const double measured = iuc::bench::median(console.ms);
    std::printf("\n%-40s %8.1f ms  (min %.1f, max %.1f)\n", "median, reference bench_minimal_window", reference,
                *std::min_element(minimal.ms.begin(), minimal.ms.end()),
                *std::max_element(minimal.ms.begin(), minimal.ms.end()));
    std::printf("%-40s %8.1f ms  (min %.1f, max %.1f)\n", "median, upgrade-console (no --demo)", measured,
                *std::min_element(console.ms.begin(), console.ms.end()),
                *std::max_element(console.ms.begin(), console.ms.end()));
    std::printf("\nupgrade-console / reference: %.2f; upgrade-console - reference: %.1f ms; goal < 400 ms\n",
                reference > 0 ? measured / reference : 0, measured - reference);
    return 0;
}
