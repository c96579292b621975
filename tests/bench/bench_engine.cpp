// Engine benchmarks (issue: foundation): a whole 24 h run of 1,000 nodes in
// virtual time, and forecast() of 1,000 nodes, which the console recomputes
// at every refresh (budget: 20 ms). Reported as medians of repeated runs,
// side by side with a reference measured in the same process: a plain copy
// of the engine state, the least any forecast has to do.
//
//   scripts/bench            (builds the release preset and runs every benchmark)

#include "core/engine/forecast.h"
#include "core/engine/upgradeengine.h"

#include <QCoreApplication>
#include <QRandomGenerator>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <functional>
#include <map>
#include <vector>

using namespace Qt::StringLiterals;

using namespace iuc;
using namespace std::chrono_literals;

namespace {

const TimePoint kStart = TimePoint(Duration(1'767'225'600'000));

double cpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

struct Sample
{
    double wallMs;
    double cpuMs;
};

Sample measure(const std::function<void()> &fn)
{
    const auto w0 = std::chrono::steady_clock::now();
    const double c0 = cpuMs();
    fn();
    const double c1 = cpuMs();
    const auto w1 = std::chrono::steady_clock::now();
    return {std::chrono::duration<double, std::milli>(w1 - w0).count(), c1 - c0};
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

// A 1,000-node deployment; about one in three nodes has calls, and a few
// have calls that never clear, so a whole run meets R4 and the 24 h stop.
UpgradeEngine makeDeployment(int nodes, int maxParallel)
{
    QRandomGenerator rng(7);
    EngineSettings s;
    s.maxParallel = maxParallel;
    std::vector<NodeSpec> specs;
    for (int i = 1; i <= nodes; ++i) {
        const bool stuck = i % 97 == 1; // their calls never clear (see estimates and fullRun)
        const int calls = (stuck || rng.bounded(3) == 0) ? static_cast<int>(rng.bounded(1, 8)) : 0;
        specs.push_back(NodeSpec{i, u"conf%1"_s.arg(i), Version::fromString(u"29.1 (73152.10.0)"),
                                 calls, rng.bounded(200) != 0});
    }
    return UpgradeEngine(s, ManagementState{u"mgr"_s, Version::fromString(u"29.1 (73152.10.0)"),
                                            NodeStatus::Code::Idle, kStart},
                         specs, kStart);
}

ForecastEstimates estimates(int nodes)
{
    ForecastEstimates est;
    est.drain = 3min;
    for (int i = 1; i <= nodes; i += 97)
        est.drainPerNode.insert(i, ForecastEstimates::kNever);
    return est;
}

struct RunSummary
{
    long events = 0;
    int upgraded = 0;
};

RunSummary fullRun(const UpgradeEngine &start, const Version &target)
{
    QRandomGenerator rng(11);
    UpgradeEngine engine = start;
    std::multimap<TimePoint, EngineEvent> pending;
    long handled = 0;
    auto carryOut = [&](const EngineCommands &cmds, TimePoint now) {
        for (const EngineCommand &c : cmds) {
            const Duration jitter = std::chrono::seconds(rng.bounded(60, 240));
            switch (c.kind) {
            case EngineCommand::Kind::UpgradeManagement:
                pending.emplace(now + 8min, event::ManagementInstallFinished{});
                break;
            case EngineCommand::Kind::StartInstall:
                pending.emplace(now + jitter, event::InstallFinished{c.node});
                break;
            case EngineCommand::Kind::EnterMaintenance: {
                const int calls = engine.node(c.node)->calls;
                if (c.node % 97 == 1)
                    break; // stuck calls (R4)
                TimePoint t = now;
                for (int left = calls - 1; left >= 0; --left) {
                    t += std::chrono::seconds(rng.bounded(10, 600));
                    pending.emplace(t, event::CallsChanged{c.node, left});
                }
                break;
            }
            case EngineCommand::Kind::ExitMaintenance:
                break;
            }
        }
    };
    auto started = engine.initiate(target, kStart);
    if (!started)
        std::abort();
    carryOut(started.value(), kStart);
    for (;;) {
        const auto wake = engine.nextWakeup();
        if (!wake && pending.empty())
            break;
        if (!pending.empty() && (!wake || pending.begin()->first <= *wake)) {
            const auto it = pending.begin();
            const TimePoint at = it->first;
            const EngineEvent e = it->second;
            pending.erase(it);
            carryOut(engine.handle(e, at), at);
            ++handled;
            if (std::holds_alternative<event::ManagementInstallFinished>(e))
                pending.emplace(at + 4min, event::ManagementBack{target});
            else if (const auto *f = std::get_if<event::InstallFinished>(&e))
                pending.emplace(at + 90s, event::NodeRebootFinished{f->node, target});
        } else {
            carryOut(engine.advanceTo(*wake), *wake);
        }
    }
    if (engine.run()->outcome != RunOutcome::StoppedAtDeadline)
        std::abort(); // the stuck nodes must keep it going to the 24 h stop
    return RunSummary{handled, engine.run()->upgradedCount()};
}

void report(const char *name, const std::vector<Sample> &samples, const char *note)
{
    std::vector<double> wall, cpu;
    for (const Sample &s : samples) {
        wall.push_back(s.wallMs);
        cpu.push_back(s.cpuMs);
    }
    std::printf("%-44s %10.3f %10.3f %6zu   %s\n", name, median(wall), median(cpu), samples.size(), note);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int nodes = 1000;
    const int repeats = 31;
    const Version target = Version::fromString(u"30 (75000.0.0)");

    std::printf("Engine benchmarks, %d nodes, median of %d runs (wall and CPU milliseconds)\n\n", nodes, repeats);
    std::printf("%-44s %10s %10s %6s   %s\n", "benchmark", "wall ms", "cpu ms", "runs", "notes");

    const UpgradeEngine fresh = makeDeployment(nodes, 1);

    // Reference: copying the engine, which every forecast starts with.
    std::vector<Sample> copySamples;
    for (int i = 0; i < repeats; ++i) {
        copySamples.push_back(measure([&] {
            UpgradeEngine copy = fresh;
            if (copy.nodes().size() != static_cast<size_t>(nodes))
                std::abort();
        }));
    }
    report("reference: copy 1,000-node engine state", copySamples, "");

    // Forecast of a whole run from its start: the heaviest forecast there is.
    UpgradeEngine running = fresh;
    if (!running.initiate(target, kStart))
        return 1;
    ForecastResult last;
    std::vector<Sample> forecastSamples;
    for (int i = 0; i < repeats; ++i)
        forecastSamples.push_back(measure([&] { last = forecast(running, estimates(nodes)); }));
    report("forecast: 1,000 nodes from the run's start", forecastSamples, "");
    std::printf("    -> %d simulated steps, outcome: %s, %zu left behind\n", last.steps,
                qPrintable(describe(last.outcome)), last.leftBehind.size());

    std::vector<Sample> parallelSamples;
    UpgradeEngine parallel = makeDeployment(nodes, 10);
    if (!parallel.initiate(target, kStart))
        return 1;
    for (int i = 0; i < repeats; ++i)
        parallelSamples.push_back(measure([&] { last = forecast(parallel, estimates(nodes)); }));
    report("forecast: 1,000 nodes, max_parallel 10", parallelSamples, "");

    // With drain ahead on (issue 15): the forecast plans it every five
    // minutes of its time under a 25 % guardrail, three locations.
    std::vector<Sample> drainSamples;
    ForecastEstimates withDrain = estimates(nodes);
    ForecastEstimates::DrainAhead drain;
    drain.settings.guardrail = 0.25;
    for (int i = 1; i <= nodes; ++i)
        drain.locations.insert(i, u"site%1"_s.arg(i % 3));
    withDrain.drainAhead = drain;
    for (int i = 0; i < repeats; ++i)
        drainSamples.push_back(measure([&] { last = forecast(running, withDrain); }));
    report("forecast: 1,000 nodes, drain ahead 25 %", drainSamples, "");
    std::printf("    -> %d simulated steps, outcome: %s, %zu left behind\n", last.steps,
                qPrintable(describe(last.outcome)), last.leftBehind.size());

    // A whole 24 h run, driven event by event the way the emulator drives it:
    // every call ends on its own, installs and reboots take random times.
    for (const int slots : {1, 10}) {
        const UpgradeEngine start = makeDeployment(nodes, slots);
        std::vector<Sample> runSamples;
        RunSummary summary;
        for (int i = 0; i < 11; ++i)
            runSamples.push_back(measure([&] { summary = fullRun(start, target); }));
        const QByteArray name = QByteArray("full run: 24 h virtual, max_parallel ") + QByteArray::number(slots);
        report(name.constData(), runSamples, "");
        std::printf("    -> %ld events handled, %d of %d nodes upgraded before the 24 h stop\n", summary.events,
                    summary.upgraded, nodes);
    }

    auto cpuMedian = [](const std::vector<Sample> &samples) {
        std::vector<double> v;
        for (const Sample &x : samples)
            v.push_back(x.cpuMs);
        return median(v);
    };
    const double budget = 20.0;
    const double copyMs = cpuMedian(copySamples);
    const double heaviest =
        std::max({cpuMedian(forecastSamples), cpuMedian(parallelSamples), cpuMedian(drainSamples)});
    std::printf("\nheaviest forecast / 20 ms budget: %.3f   heaviest forecast / state copy: %.0fx\n",
                heaviest / budget, copyMs > 0 ? heaviest / copyMs : 0.0);
    return 0;
}
