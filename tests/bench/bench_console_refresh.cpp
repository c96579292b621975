// The console's event loop while it shows 1,000 Conferencing Nodes refreshed
// every second during a rolling upgrade, and its memory (upgrade-console
// issue, "Measured"; goal: the GUI thread never stalls more than 50 ms).
//
// Each phase is a process of its own (this program with --child), with an
// empty HOME, Qt's offscreen platform unless a display was chosen: the real
// iuc::ui::MainWindow, shown, and for the session phases a real
// iuc::DeploymentSession (refresh interval 1 s) to an infinity-sim started
// for the phase in its own process, with an upgrade run started on it (the
// package uploaded with the console's Uploader, then
// the performing finish/) so that statuses change under the console.
// In the GUI thread a 10 ms Qt::PreciseTimer ticks for the whole phase; a
// gap between two ticks is time the event loop could not answer.
//
// Phases, alternating their order from round to round, same duration each:
//   no session       the window without a deployment (reference), while a
//                    1,000-node emulator runs the same upgrade unwatched
//   1 node           a session to a 1-node deployment (reference)
//   1000 nodes       a session to the 1,000-node deployment (measured)
// Reported per phase: the longest gap, the 99th percentile gap, gaps over
// 50 ms, refreshes done, status changes seen, and VmRSS / VmHWM at the end.
//
//   scripts/bench console
//   build/release/bench/bench_console_refresh [--duration 60] [--rounds 3] [--nodes 1000]
//                                             [--time-scale 600] [--max-parallel 10]

#include "tests/bench/benchsupport.h"

#include "core/api/managementclient.h"
#include "core/api/uploader.h"
#include "core/session/deploymentsession.h"
#include "emulator/support/packagewriter.h"
#include "ui/main/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include <QCoro/QCoroTask>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using iuc::bench::fail;

namespace {

constexpr const char *kBench = "bench_console_refresh";
constexpr int kTickMs = 10;
constexpr double kStallGoalMs = 50;
// The window is shown at 0; the empty dashboard of a session at 0.5 s; the
// ticker and the session's refreshes start at 1.5 s, when both are painted.
constexpr int kDashboardAtMs = 500;
constexpr int kMeasureFromMs = 1500;

// ---------------------------------------------------------------- the measured process

struct Interval
{
    qint64 from = 0; // ns since the measurement started
    qint64 to = 0;
};

double toMs(qint64 ns)
{
    return double(ns) / 1e6;
}

int runChild(QApplication &app, bool withSession, const QUrl &url, const QByteArray &fingerprint, int durationS)
{
    QCoreApplication::setOrganizationName(u"iuc-bench"_s);
    QCoreApplication::setApplicationName(QString::fromLatin1(kBench));

    iuc::ui::MainWindow window;
    window.show();

    std::unique_ptr<iuc::DeploymentSession> session;
    if (withSession) {
        iuc::api::ConnectionSettings settings;
        settings.baseUrl = url;
        settings.user = u"admin"_s;
        settings.password = u"secret"_s;
        settings.trust = iuc::api::TlsTrust::pinned(fingerprint);
        session = std::make_unique<iuc::DeploymentSession>(settings, u"bench"_s);
    }

    QElapsedTimer clock;
    std::vector<Interval> gaps;
    gaps.reserve(size_t(durationS) * (1000 / kTickMs) + 16);
    qint64 lastTick = 0;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(kTickMs);
    QObject::connect(&ticker, &QTimer::timeout, &app, [&] {
        const qint64 now = clock.nsecsElapsed();
        gaps.push_back({lastTick, now});
        lastTick = now;
    });

    // A snapshot's handling in the GUI thread, from the first slot of
    // updated() (the models already updated) to the end of the session's own
    // handling: the panels' reactions to the refresh.
    std::vector<Interval> handled;
    qint64 handlingFrom = 0;
    int failures = 0;
    int statusChanges = 0;
    int upgraded = -1;
    QHash<int, QString> lastStatus;
    if (session) {
        // Connected before the window connects its panels: runs first.
        QObject::connect(session.get(), &iuc::DeploymentSession::updated, &app,
                         [&] { handlingFrom = clock.nsecsElapsed(); });
        // Connected after the session's own slot: runs once it is done.
        QObject::connect(&session->poller(), &iuc::api::DeploymentPoller::snapshotReady, &app,
                         [&](const iuc::api::Snapshot &snapshot) {
                             handled.push_back({handlingFrom, clock.nsecsElapsed()});
                             for (const iuc::api::WorkerVmStatus &n : snapshot.nodes) {
                                 QString &status = lastStatus[n.id];
                                 if (!status.isEmpty() && status != n.upgradeStatus.apiCode())
                                     ++statusChanges;
                                 status = n.upgradeStatus.apiCode();
                             }
                             if (snapshot.run)
                                 upgraded = snapshot.run->systemsUpgraded;
                         });
        QObject::connect(session.get(), &iuc::DeploymentSession::failed, &app, [&] { ++failures; });
        QTimer::singleShot(kDashboardAtMs, &app, [&] {
            window.setSession(session.get());
            session->setRefreshInterval(1s);
        });
    }
    QTimer::singleShot(kMeasureFromMs, &app, [&] {
        clock.start();
        lastTick = 0;
        ticker.start();
        if (session)
            session->start();
    });
    QTimer::singleShot(kMeasureFromMs + durationS * 1000, &app, [&] {
        ticker.stop();
        if (session)
            session->stop();
        QCoreApplication::exit(0);
    });
    app.exec();

    std::vector<double> all;
    std::vector<double> steady; // without the gap(s) of the first snapshot: 1,000 rows arriving
    all.reserve(gaps.size());
    int over = 0;
    int overWithRefresh = 0;
    const auto containsRefresh = [&](const Interval &gap, size_t from, size_t to) {
        for (size_t i = from; i < std::min(to, handled.size()); ++i) {
            if (handled[i].from < gap.to && handled[i].to > gap.from)
                return true;
        }
        return false;
    };
    for (const Interval &gap : gaps) {
        const double ms = toMs(gap.to - gap.from);
        all.push_back(ms);
        if (!containsRefresh(gap, 0, 1))
            steady.push_back(ms);
        if (ms > kStallGoalMs) {
            ++over;
            if (containsRefresh(gap, 0, handled.size()))
                ++overWithRefresh;
        }
    }
    std::vector<double> handling;
    for (const Interval &h : handled)
        handling.push_back(toMs(h.to - h.from));
    // The longest gap, and how much of it the panels' handling of a refresh took.
    Interval longest;
    for (const Interval &gap : gaps) {
        if (gap.to - gap.from > longest.to - longest.from)
            longest = gap;
    }
    qint64 longestInHandling = 0;
    for (const Interval &h : handled)
        longestInHandling += std::max<qint64>(0, std::min(h.to, longest.to) - std::max(h.from, longest.from));

    QJsonObject result{
        {u"ticks"_s, qint64(gaps.size())},
        {u"max_gap_ms"_s, all.empty() ? 0.0 : *std::max_element(all.begin(), all.end())},
        {u"p99_gap_ms"_s, iuc::bench::percentile(all, 0.99)},
        {u"median_gap_ms"_s, iuc::bench::median(all)},
        {u"max_gap_after_first_ms"_s, steady.empty() ? 0.0 : *std::max_element(steady.begin(), steady.end())},
        {u"gaps_over_50"_s, over},
        {u"gaps_over_50_with_refresh"_s, overWithRefresh},
        {u"refreshes"_s, qint64(handled.size())},
        {u"failures"_s, failures},
        {u"handling_median_ms"_s, iuc::bench::median(handling)},
        {u"handling_max_ms"_s, handling.empty() ? 0.0 : *std::max_element(handling.begin(), handling.end())},
        {u"first_handling_ms"_s, handling.empty() ? 0.0 : handling.front()},
        {u"longest_gap_at_s"_s, double(longest.from) / 1e9},
        {u"longest_gap_in_handling_ms"_s, toMs(longestInHandling)},
        {u"status_changes"_s, statusChanges},
        {u"upgraded"_s, upgraded},
        {u"rows"_s, session ? session->nodes().rowCount() : 0},
        {u"vm_rss_mib"_s, iuc::bench::residentMiB()},
        {u"vm_hwm_mib"_s, iuc::bench::peakResidentMiB()},
    };
    window.setSession(nullptr);
    std::printf("result %s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
    return 0;
}

// ---------------------------------------------------------------- the driver

using iuc::bench::await;

struct Options
{
    int durationS = 60;
    int rounds = 3;
    int nodes = 1000;
    double timeScale = 600;
    int maxParallel = 10;
};

enum class Phase { NoSession, OneNode, AllNodes };

struct PhaseResult
{
    std::vector<QJsonObject> rounds;
};

QString phaseLabel(Phase phase, int nodes)
{
    switch (phase) {
    case Phase::NoSession:
        return u"no session (reference)"_s;
    case Phase::OneNode:
        return u"session, 1 node (reference)"_s;
    case Phase::AllNodes:
        return u"session, %1 nodes"_s.arg(nodes);
    }
    return {};
}

// The package goes up with the console's own Uploader; then the performing
// finish/ starts the run.
void startRun(const iuc::bench::Simulator &sim, const QString &package)
{
    iuc::api::ConnectionSettings settings;
    settings.baseUrl = sim.url;
    settings.user = u"admin"_s;
    settings.password = u"secret"_s;
    settings.trust = iuc::api::TlsTrust::pinned(sim.fingerprint);
    iuc::api::ManagementClient client(settings);
    iuc::api::Uploader uploader(client, package);
    const iuc::Result<iuc::api::ConfirmData> confirmed = await(uploader.run());
    if (!confirmed)
        fail(kBench, u"upload: "_s + confirmed.error().message);
    const iuc::Result<iuc::api::PerformedUpgrade> run = await(client.performUpgrade(confirmed->uploadId));
    if (!run)
        fail(kBench, u"starting the run: "_s + run.error().message);
}

QJsonObject runPhase(Phase phase, const Options &options, const QString &simulator, const QString &package,
                     const QString &work, int round)
{
    const int nodes = phase == Phase::OneNode ? 1 : options.nodes;
    iuc::bench::Simulator sim;
    iuc::bench::startSimulator(sim, simulator,
                               {u"--nodes"_s, QString::number(nodes), u"--time-scale"_s,
                                QString::number(options.timeScale), u"--max-parallel"_s,
                                QString::number(options.maxParallel)},
                               work + u"/sim-%1"_s.arg(nodes));
    startRun(sim, package);

    QProcess child;
    child.setProcessEnvironment(iuc::bench::isolatedEnvironment(work + u"/home-%1-%2"_s.arg(round).arg(int(phase))));
    QStringList arguments{u"--child"_s, phase == Phase::NoSession ? u"none"_s : u"session"_s, u"--duration"_s,
                          QString::number(options.durationS)};
    if (phase != Phase::NoSession)
        arguments << u"--url"_s << sim.url.toString() << u"--fingerprint"_s << QString::fromLatin1(sim.fingerprint);
    child.start(QCoreApplication::applicationFilePath(), arguments);
    const bool finished = child.waitForFinished((options.durationS + 120) * 1000);
    // What the phase said on stderr, but the offscreen platform's notes on
    // window size hints (it has no window manager to give them to).
    for (const QByteArray &line : child.readAllStandardError().split('\n')) {
        if (!line.isEmpty() && !line.contains("does not support propagateSizeHints"))
            std::fprintf(stderr, "  [%s] %s\n", qPrintable(phaseLabel(phase, options.nodes)), line.constData());
    }
    if (!finished || child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0)
        fail(kBench, u"the %1 phase failed"_s.arg(phaseLabel(phase, options.nodes)));
    iuc::bench::stopSimulator(sim);
    for (const QByteArray &line : child.readAllStandardOutput().split('\n')) {
        if (line.startsWith("result "))
            return QJsonDocument::fromJson(line.mid(7)).object();
    }
    fail(kBench, u"the %1 phase gave no result"_s.arg(phaseLabel(phase, options.nodes)));
}

double medianOf(const PhaseResult &phase, const QString &key)
{
    std::vector<double> values;
    for (const QJsonObject &round : phase.rounds)
        values.push_back(round.value(key).toDouble());
    return iuc::bench::median(values);
}

void printRow(const QString &label, const std::function<double(const QString &)> &value)
{
    std::printf("%-30s %8.1f %8.1f %8.1f %6.0f (%3.0f) %6.0f %7.0f %6.0f %7.1f %7.1f\n", qPrintable(label),
                value(u"max_gap_ms"_s), value(u"max_gap_after_first_ms"_s), value(u"p99_gap_ms"_s),
                value(u"gaps_over_50"_s), value(u"gaps_over_50_with_refresh"_s), value(u"refreshes"_s),
                value(u"status_changes"_s), value(u"handling_max_ms"_s), value(u"vm_rss_mib"_s),
                value(u"vm_hwm_mib"_s));
}

int runDriver(const Options &options)
{
    const QString simulator = iuc::bench::findBuilt(u"../bin/infinity-sim"_s, u"infinity-sim"_s);
    if (simulator.isEmpty()) {
        std::fprintf(stderr, "bench_console_refresh: needs infinity-sim (build it)\n");
        return 2;
    }
    QTemporaryDir work;
    if (!work.isValid())
        fail(kBench, u"no temporary directory"_s);
    const QString package = work.filePath(u"package.tar"_s);
    iuc::PackageManifest manifest;
    manifest.product = iuc::PackageManifest::expectedProduct();
    manifest.version = iuc::Version::fromString(u"11 (71234.0.0)");
    manifest.buildDate = u"2026-03-01"_s;
    manifest.minSourceVersion = iuc::Version::fromString(u"4");
    if (const iuc::Result<qint64> written = iuc::sim::writePackage(package, manifest, 4LL << 20); !written)
        fail(kBench, written.error().message);

    std::printf("Console event loop and memory: %d s per phase, %d round(s); infinity-sim with %d nodes, "
                "time scale %g, max_parallel %d, an upgrade run started at each phase's start; refresh every 1 s; "
                "a %d ms PreciseTimer in the GUI thread; platform %s\n\n",
                options.durationS, options.rounds, options.nodes, options.timeScale, options.maxParallel, kTickMs,
                qPrintable(iuc::bench::platformName()));
    std::fflush(stdout);

    const Phase order[] = {Phase::NoSession, Phase::OneNode, Phase::AllNodes};
    PhaseResult results[3];
    std::printf("%-30s %8s %8s %8s %12s %6s %7s %6s %7s %7s\n", "phase (ms; MiB)", "max gap", "w/o 1st", "p99 gap",
                ">50 (refr.)", "refr.", "changes", "handle", "VmRSS", "VmHWM");
    for (int round = 0; round < options.rounds; ++round) {
        for (int i = 0; i < 3; ++i) {
            // Alternate the order, so no phase always follows another.
            const Phase phase = round % 2 == 0 ? order[i] : order[2 - i];
            const QJsonObject r = runPhase(phase, options, simulator, package, work.path(), round);
            results[int(phase)].rounds.push_back(r);
            printRow(u"%1 #%2"_s.arg(phaseLabel(phase, options.nodes)).arg(round + 1),
                     [&r](const QString &key) { return r.value(key).toDouble(); });
            std::fflush(stdout);
        }
    }
    std::printf("\nmedians\n");
    for (const Phase phase : order) {
        printRow(phaseLabel(phase, options.nodes),
                 [&](const QString &key) { return medianOf(results[int(phase)], key); });
    }
    const PhaseResult &none = results[int(Phase::NoSession)];
    const PhaseResult &all = results[int(Phase::AllNodes)];
    const double maxAll = medianOf(all, u"max_gap_ms"_s);
    const double maxNone = medianOf(none, u"max_gap_ms"_s);
    const double p99All = medianOf(all, u"p99_gap_ms"_s);
    const double p99None = medianOf(none, u"p99_gap_ms"_s);
    std::printf("\n%d nodes / no session: longest gap %.2f, p99 gap %.2f; VmRSS +%.1f MiB, VmHWM +%.1f MiB\n",
                options.nodes, maxNone > 0 ? maxAll / maxNone : 0, p99None > 0 ? p99All / p99None : 0,
                medianOf(all, u"vm_rss_mib"_s) - medianOf(none, u"vm_rss_mib"_s),
                medianOf(all, u"vm_hwm_mib"_s) - medianOf(none, u"vm_hwm_mib"_s));
    for (size_t i = 0; i < all.rounds.size(); ++i) {
        const QJsonObject &r = all.rounds[i];
        std::printf("round %zu, %d nodes: longest gap %.1f ms at %.1f s, of which %.1f ms in the panels' handling of "
                    "a refresh; the first refresh (%d rows arriving) handled in %.1f ms\n",
                    i + 1, options.nodes, r.value(u"max_gap_ms"_s).toDouble(), r.value(u"longest_gap_at_s"_s).toDouble(),
                    r.value(u"longest_gap_in_handling_ms"_s).toDouble(), r.value(u"rows"_s).toInt(),
                    r.value(u"first_handling_ms"_s).toDouble());
    }
    std::printf("goal: no gap over %.0f ms\n", kStallGoalMs);
    std::printf("columns: longest gap; longest without the first refresh; 99th percentile; gaps over 50 ms (of which "
                "during a refresh's handling); refreshes; status changes seen; longest handling of a refresh "
                "(panels' slots); VmRSS and VmHWM at the end\n");
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    // The measured process is a GUI application; the driver is not.
    bool child = false;
    for (int i = 1; i < argc; ++i)
        child = child || qstrcmp(argv[i], "--child") == 0;
    std::unique_ptr<QCoreApplication> app;
    if (child)
        app = std::make_unique<QApplication>(argc, argv);
    else
        app = std::make_unique<QCoreApplication>(argc, argv);

    QCommandLineParser parser;
    parser.setApplicationDescription(u"The console's event loop and memory with 1,000 nodes refreshed every second."_s);
    parser.addHelpOption();
    const QCommandLineOption duration(u"duration"_s, u"Seconds per phase (default 60)."_s, u"S"_s, u"60"_s);
    const QCommandLineOption rounds(u"rounds"_s, u"Rounds of the three phases (default 3)."_s, u"N"_s, u"3"_s);
    const QCommandLineOption nodes(u"nodes"_s, u"Conferencing Nodes of the measured deployment (default 1000)."_s,
                                   u"N"_s, u"1000"_s);
    const QCommandLineOption timeScale(u"time-scale"_s, u"The emulator's simulated seconds per second (default 600)."_s,
                                       u"S"_s, u"600"_s);
    const QCommandLineOption maxParallel(u"max-parallel"_s, u"Nodes upgraded at once, 1-10 (default 10)."_s, u"N"_s,
                                         u"10"_s);
    QCommandLineOption childMode(u"child"_s, u"(internal) run one phase: none or session."_s, u"MODE"_s);
    QCommandLineOption url(u"url"_s, u"(internal) the emulator's URL."_s, u"URL"_s);
    QCommandLineOption fingerprint(u"fingerprint"_s, u"(internal) its certificate's SHA-256."_s, u"SHA256"_s);
    for (QCommandLineOption *hidden : {&childMode, &url, &fingerprint})
        hidden->setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({duration, rounds, nodes, timeScale, maxParallel, childMode, url, fingerprint});
    parser.process(*app);

    Options options;
    bool ok[5] = {};
    options.durationS = parser.value(duration).toInt(&ok[0]);
    options.rounds = parser.value(rounds).toInt(&ok[1]);
    options.nodes = parser.value(nodes).toInt(&ok[2]);
    options.timeScale = parser.value(timeScale).toDouble(&ok[3]);
    options.maxParallel = parser.value(maxParallel).toInt(&ok[4]);
    if (!std::all_of(std::begin(ok), std::end(ok), [](bool b) { return b; }) || options.durationS < 1
        || options.rounds < 1 || options.nodes < 1 || options.nodes > 1000 || options.timeScale <= 0
        || options.maxParallel < 1 || options.maxParallel > 10) {
        std::fprintf(stderr, "bench_console_refresh: see --help for the options and their ranges\n");
        return 2;
    }
    if (child) {
        return runChild(static_cast<QApplication &>(*app), parser.value(childMode) == u"session"_s,
                        QUrl(parser.value(url)), parser.value(fingerprint).toLatin1(), options.durationS);
    }
    return runDriver(options);
}
