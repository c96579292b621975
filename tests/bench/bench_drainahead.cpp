// Drain ahead's benchmark (issue 15, "Measured"): 1,000 Conferencing Nodes
// in the emulator's deployment (callers arriving and hanging up per
// location, the Management Node's rolling upgrade sequenced by the core
// engine), run in virtual time to the end of the run or the 24-hour stop,
// for max-parallel 1 and 10: nodes upgraded before the stop without drain
// ahead and with it at guardrails of 10, 25 and 50 %, side by side with the
// physical limit (24 h over the per-node transfer + install + reboot, times
// the parallelism). Drain ahead here is planDrainAhead() itself, applied
// every simulated minute (a refresh) through the deployment's maintenance
// mode, as the console's DrainAheadRunner applies it over the API.
//
//   scripts/bench                      (all benchmarks)
//   build/release/bench/bench_drainahead [demo] [--lookahead N]

#include "core/engine/drainahead.h"
#include "emulator/sim/deployment.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <set>

using namespace Qt::StringLiterals;
using namespace iuc;
using namespace iuc::sim;
using namespace std::chrono_literals;

namespace {

const TimePoint kStart = TimePoint(Duration(1'767'258'000'000)); // 2026-01-01 09:00 UTC: the busy part of the day
const Version kOld = Version::fromString(u"29.1 (73152.10.0)");
const Version kNew = Version::fromString(u"30 (75000.0.0)");
constexpr qint64 kPackageBytes = 500'000'000; // 40 s over a node's 100 Mbit/s link

struct Outcome
{
    int upgraded = 0;
    double lowestShare = 1;   // the lowest in-service share of any location while the run was active
    int endedByUpgrade = 0;   // calls the upgrade itself ended (must be 0)
    int drainedAhead = 0;     // nodes drained ahead over the run
    double hours = 0;         // how long the run took (24: stopped)
    double cpuSeconds = 0;
};

double cpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) / 1e9;
}

DeploymentConfig deployment(int parallel, bool demoCalls)
{
    DeploymentConfig c = DeploymentConfig::standard(1000, kOld);
    c.engine.parallelismByVersion = false;
    c.engine.maxParallel = parallel;
    if (demoCalls) { // the console demo's: short calls, many of them
        c.timings.meanCall = 4min;
        c.callLoad = 4.0;
    }
    return c;
}

// What the console sees of a node on a refresh, as DrainAheadRunner reads it.
std::vector<DrainNode> drainNodes(const Deployment &d, const std::set<NodeId> &drained)
{
    std::vector<DrainNode> out;
    out.reserve(d.nodes().size());
    for (const SimNode &n : d.nodes()) {
        const NodeState *s = d.engine().node(n.config.id);
        DrainNode x;
        x.id = n.config.id;
        x.location = n.config.location;
        x.drainedByConsole = drained.count(x.id) > 0;
        x.inTurn = s && s->inTurn;
        x.upgraded = n.version == kNew;
        x.reachable = n.reachable;
        x.inMaintenance = n.inMaintenance() || x.inTurn || n.rebooting || !n.reachable;
        out.push_back(x);
    }
    return out;
}

// --lookahead N: at most N nodes drained ahead at once (default: the
// console's, as many as the guardrail allows).
int lookahead()
{
    const QStringList args = QCoreApplication::arguments();
    const qsizetype i = args.indexOf(u"--lookahead"_s);
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1).toInt() : 0;
}

Outcome run(int parallel, std::optional<double> guardrail, bool demoCalls)
{
    const double cpu0 = cpuSeconds();
    Deployment d(deployment(parallel, demoCalls), kStart);
    d.stagePackage(StagedPackage{u"p"_s, kNew, kPackageBytes, "00", kStart});
    if (!d.startUpgrade(u"p"_s))
        std::abort();
    std::set<NodeId> drained;
    std::set<NodeId> everDrained;
    DrainSettings settings; // the console's defaults: as many ahead as the guardrail allows
    settings.guardrail = guardrail.value_or(0);
    settings.managementParallel = parallel;
    if (const int ahead = lookahead(); ahead > 0)
        settings.lookahead = ahead;
    TimePoint t = kStart;
    while (d.engine().isRunActive() && t < kStart + 25h) {
        t += 1min; // a refresh
        d.advanceTo(t);
        if (!guardrail || !d.engine().isRunActive())
            continue;
        // The forecast's order: the Management Node's queue.
        const std::deque<NodeId> &queue = d.engine().queue();
        const std::vector<NodeId> order(queue.begin(), queue.end());
        const DrainPlan plan = planDrainAhead(drainNodes(d, drained), order, settings);
        for (const NodeId id : plan.release) {
            if (d.setAdminMaintenance(id, false))
                drained.erase(id);
        }
        for (const NodeId id : plan.forget)
            drained.erase(id);
        for (const NodeId id : plan.drain) {
            if (d.setAdminMaintenance(id, true, u"drained ahead"_s)) {
                drained.insert(id);
                everDrained.insert(id);
            }
        }
    }
    Outcome o;
    o.upgraded = d.engine().run() ? d.engine().run()->upgradedCount() : 0;
    for (const auto &[location, share] : d.score().lowestInServiceShare)
        o.lowestShare = std::min(o.lowestShare, share);
    const auto ended = d.score().callsEnded.find(Deployment::CallEndCause::Upgrade);
    o.endedByUpgrade = ended == d.score().callsEnded.end() ? 0 : ended->second;
    o.drainedAhead = static_cast<int>(everDrained.size());
    o.hours = std::chrono::duration<double, std::ratio<3600>>(t - kStart).count();
    o.cpuSeconds = cpuSeconds() - cpu0;
    return o;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const bool demoCalls = app.arguments().contains(u"demo"_s);
    const DeploymentConfig probe = deployment(1, demoCalls);
    const double perNodeSeconds =
        static_cast<double>(kPackageBytes) * 8.0 / 100e6
        + std::chrono::duration<double>(probe.timings.nodeInstall + probe.timings.nodeReboot).count();
    std::printf("Drain ahead, 1,000 Conferencing Nodes in 3 locations, %s calls, virtual time\n",
                demoCalls ? "the console demo's (4 min median, load 4)" : "standard (25 min median, load 1)");
    std::printf("per node: transfer + install + reboot = %.0f s; refresh every simulated minute; lookahead: %s\n\n",
                perNodeSeconds, lookahead() > 0 ? qPrintable(QString::number(lookahead())) : "the guardrail's");
    std::printf("%-9s %-11s %9s %9s %8s %10s %8s %8s %7s\n", "parallel", "drain", "upgraded", "limit", "of limit",
                "lowest in", "by upgr.", "drained", "cpu s");
    std::printf("%-9s %-11s %9s %9s %8s %10s %8s %8s %7s\n", "", "", "by 24 h", "", "", "service", "calls", "ahead",
                "");
    for (const int parallel : {1, 10}) {
        // The physical limit, less the Management Node's own upgrade.
        const double window = 24 * 3600.0
                              - std::chrono::duration<double>(probe.timings.managementInstall
                                                              + probe.timings.managementReboot)
                                    .count();
        const int limit = std::min(1000, static_cast<int>(window / perNodeSeconds) * parallel);
        for (const std::optional<double> guardrail : {std::optional<double>{}, std::optional<double>{0.10},
                                                      std::optional<double>{0.25}, std::optional<double>{0.50}}) {
            const Outcome o = run(parallel, guardrail, demoCalls);
            const QString drain = guardrail ? u"on, %1 %"_s.arg(qRound(*guardrail * 100)) : u"off"_s;
            std::printf("%-9d %-11s %9d %9d %7.0f%% %9.0f%% %8d %8d %7.1f%s\n", parallel, qPrintable(drain),
                        o.upgraded, limit, 100.0 * o.upgraded / limit, 100 * o.lowestShare,
                        o.endedByUpgrade, o.drainedAhead, o.cpuSeconds,
                        o.hours < 24 ? qPrintable(u"  (done in %1 h)"_s.arg(o.hours, 0, 'f', 1)) : "");
            std::fflush(stdout);
        }
    }
    std::printf("\nupgraded and limit: Conferencing Nodes (the Management Node's own upgrade comes first); lowest in\n"
                "service: the lowest share of any location's nodes in service (not in maintenance, installing or\n"
                "rebooting) while the run was active.\n");
    return 0;
}
