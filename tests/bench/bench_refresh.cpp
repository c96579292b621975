// A whole refresh of 1,000 Conferencing Nodes as the console does it (issue
// 12, "Measured"): the DeploymentPoller's chain (management_vm, worker_vm
// status and configuration, system locations; on a real node's profile the
// status inference and the console's own run record), then the session's
// models. CPU of this process per refresh, median of 20, on the `pexip`
// profile (the real shape: bigger objects, capacity fields, location URIs
// to resolve) side by side with `extended` (the earlier reference) in the
// same run; each emulator in its own process, clock frozen.
//
//   scripts/bench                                  (every benchmark, release build)
//   build/release/bench/bench_refresh [rounds]     default 20

#include "tests/bench/benchsupport.h"

#include "core/session/deploymentsession.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <cstdio>
#include <vector>

using namespace iuc;
using namespace Qt::StringLiterals;
using iuc::bench::median;
using iuc::bench::processCpuMs;
using iuc::bench::seconds;
using iuc::bench::Simulator;

namespace {

struct Figures
{
    double cpuMs = 0;
    double wallMs = 0;
    int nodes = 0;
};

Figures measure(const QString &program, const QString &profile, int rounds)
{
    QTemporaryDir dir;
    Simulator sim;
    iuc::bench::startSimulator(sim, program,
                               {u"--nodes"_s, u"1000"_s, u"--time-scale"_s, u"0"_s, u"--api"_s, profile},
                               dir.filePath(u"sim"_s));
    api::ConnectionSettings settings;
    settings.baseUrl = sim.url;
    settings.user = u"admin"_s;
    settings.password = u"secret"_s;
    settings.trust = api::TlsTrust::pinned(sim.fingerprint);
    DeploymentSession session(settings, profile);
    session.setRefreshInterval(std::chrono::hours(1));
    int updates = 0;
    QObject::connect(&session, &DeploymentSession::updated, &session, [&] { ++updates; });
    QObject::connect(&session, &DeploymentSession::failed, &session,
                     [](const Error &e) { iuc::bench::fail("bench_refresh", e.message); });
    const auto waitForUpdate = [&](int after) {
        while (updates <= after)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);
    };
    session.start();
    waitForUpdate(0); // the first: capabilities, the connection
    session.refreshNow();
    waitForUpdate(1); // a warm one
    std::vector<double> cpu;
    std::vector<double> wall;
    for (int i = 0; i < rounds; ++i) {
        const int before = updates;
        const double start = processCpuMs();
        wall.push_back(seconds([&] {
                           session.refreshNow();
                           waitForUpdate(before);
                       })
                       * 1e3);
        cpu.push_back(processCpuMs() - start);
    }
    Figures f{median(cpu), median(wall), session.nodes().rowCount()};
    iuc::bench::stopSimulator(sim);
    return f;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int rounds = std::max(3, app.arguments().value(1, u"20"_s).toInt());
    const QString program = QCoreApplication::applicationDirPath() + u"/../bin/infinity-sim"_s;
    // Alternated, twice each: the machine is shared.
    std::vector<double> pexip, extended, pexipWall, extendedWall;
    int nodes = 0;
    for (int pass = 0; pass < 2; ++pass) {
        for (const QString &profile : pass == 0 ? QStringList{u"pexip"_s, u"extended"_s}
                                                : QStringList{u"extended"_s, u"pexip"_s}) {
            const Figures f = measure(program, profile, rounds);
            nodes = f.nodes;
            (profile == u"pexip"_s ? pexip : extended).push_back(f.cpuMs);
            (profile == u"pexip"_s ? pexipWall : extendedWall).push_back(f.wallMs);
            std::printf("pass %d %-9s %8.2f ms CPU per refresh (%.1f ms wall), %d rows\n", pass + 1,
                        qPrintable(profile), f.cpuMs, f.wallMs, f.nodes);
        }
    }
    const double p = median(pexip);
    const double x = median(extended);
    std::printf("\nrefresh of %d nodes, fetch + parse + models, median of %d:\n", nodes, rounds);
    std::printf("  extended (reference) %8.2f ms CPU  (%.1f ms wall)\n", x, median(extendedWall));
    std::printf("  pexip                %8.2f ms CPU  (%.1f ms wall)\n", p, median(pexipWall));
    std::printf("  pexip / extended     %8.2f        goal: pexip under 10 ms CPU\n", x > 0 ? p / x : 0);
    return 0;
}
