#pragma once

// A small, explicit driver for UpgradeEngine tests: virtual time, a list of
// every command the engine gave, and shortcuts for what a deployment does
// (a node finishing its install, the Management Node coming back).

#include "core/engine/upgradeengine.h"

#include <QString>

#include <algorithm>
#include <functional>
#include <map>
#include <vector>

// QCOMPARE's failure messages for the engine's types (found by ADL).
namespace iuc {

inline char *toString(NodeStatus::Code code)
{
    return qstrdup(NodeStatus::apiCode(code).toUtf8().constData());
}
inline char *toString(RunOutcome outcome)
{
    return qstrdup(describe(outcome).toUtf8().constData());
}
inline char *toString(Attempt::Result result)
{
    return qstrdup(describe(result).toUtf8().constData());
}
inline char *toString(EngineCommand::Kind kind)
{
    static const char *names[] = {"UpgradeManagement", "EnterMaintenance", "StartInstall", "ExitMaintenance"};
    return qstrdup(names[static_cast<int>(kind)]);
}
inline char *toString(TimePoint t)
{
    return qstrdup(toDateTime(t).toString(Qt::ISODateWithMs).toUtf8().constData());
}
inline char *toString(const std::optional<TimePoint> &t)
{
    return t ? toString(*t) : qstrdup("(none)");
}
inline char *toString(Duration d)
{
    return qstrdup(formatDuration(d).toUtf8().constData());
}
template <typename T>
char *toString(const std::vector<T> &values)
{
    QByteArray text = "[";
    for (const T &value : values) {
        if (text.size() > 1)
            text += ", ";
        if constexpr (std::is_integral_v<T>) {
            text += QByteArray::number(value);
        } else {
            char *item = toString(value);
            text += item;
            delete[] item;
        }
    }
    text += "]";
    return qstrdup(text.constData());
}

} // namespace iuc

namespace iuc::test {

using namespace std::chrono_literals;
using Code = NodeStatus::Code;
using Kind = EngineCommand::Kind;

inline const TimePoint kStart = TimePoint(Duration(1'767'225'600'000)); // 2026-01-01T00:00:00Z

inline Version v(const char *text)
{
    return Version::fromString(QString::fromLatin1(text));
}

inline const char *kOld = "10.2 (12345.0.0)";
inline const char *kTarget = "11 (71234.0.0)";

struct TimedCommand
{
    TimePoint at;
    EngineCommand command;
};

class Harness
{
public:
    explicit Harness(int nodeCount, EngineSettings settings = {}, const char *from = kOld,
                     std::vector<int> calls = {})
        : engine(settings, ManagementState{QStringLiteral("mgr"), v(from), Code::Idle, kStart},
                 makeNodes(nodeCount, from, calls), kStart)
    {
    }

    static std::vector<NodeSpec> makeNodes(int n, const char *from, const std::vector<int> &calls)
    {
        std::vector<NodeSpec> nodes;
        for (int i = 1; i <= n; ++i) {
            const int c = i - 1 < static_cast<int>(calls.size()) ? calls[static_cast<size_t>(i - 1)] : 0;
            nodes.push_back(NodeSpec{i, QStringLiteral("conf%1").arg(i), v(from), c, true});
        }
        return nodes;
    }

    Result<EngineCommands> initiate(const char *target = kTarget)
    {
        auto r = engine.initiate(v(target), now);
        if (r)
            record(r.value());
        return r;
    }

    void advance(Duration d)
    {
        now += d;
        record(engine.advanceTo(now));
    }

    void send(const EngineEvent &e) { record(engine.handle(e, now)); }

    // R1: the Management Node installs, reboots and comes back on the target.
    void completeManagement(const char *target = kTarget)
    {
        advance(5min);
        send(event::ManagementInstallFinished{});
        advance(3min);
        send(event::ManagementBack{v(target)});
    }

    // A node in its turn with no calls: preparing done, installed, rebooted.
    void upgradeNode(NodeId id, const char *target = kTarget)
    {
        advance(engine.settings().preparingDuration);
        send(event::InstallFinished{id});
        advance(1min);
        send(event::NodeRebootFinished{id, v(target)});
    }

    Code status(NodeId id) const { return engine.node(id)->status; }

    std::vector<NodeId> nodesGiven(Kind kind) const
    {
        std::vector<NodeId> ids;
        for (const TimedCommand &c : commands)
            if (c.command.kind == kind)
                ids.push_back(c.command.node);
        return ids;
    }

    int count(Kind kind, NodeId id = -1) const
    {
        return static_cast<int>(std::count_if(commands.begin(), commands.end(), [&](const TimedCommand &c) {
            return c.command.kind == kind && (id < 0 || c.command.node == id);
        }));
    }

    std::vector<Code> history(NodeId id) const
    {
        std::vector<Code> codes;
        for (const NodeRecord &rec : engine.run()->nodes)
            if (rec.id == id)
                for (const StatusChange &s : rec.history)
                    codes.push_back(s.status);
        return codes;
    }

    void record(const EngineCommands &cmds)
    {
        for (const EngineCommand &c : cmds) {
            commands.push_back({now, c});
            if (c.kind == Kind::EnterMaintenance)
                maxInMaintenance = std::max(maxInMaintenance, engine.inMaintenanceCount());
        }
    }

    UpgradeEngine engine;
    TimePoint now = kStart;
    std::vector<TimedCommand> commands;
    int maxInMaintenance = 0;
};

// Plays the deployment's part for whole runs: installs take `install`,
// reboots `reboot`, a node's calls clear at the instant in `clearAt` (never,
// when absent and the node has calls).
class Autopilot
{
public:
    explicit Autopilot(Harness &h) : m_h(h) {}

    Duration install = 2min;
    Duration reboot = 1min;
    Duration managementInstall = 5min;
    Duration managementReboot = 3min;
    Version target = v(kTarget);
    std::map<NodeId, Duration> clearAfterMaintenance; // calls clear this long after maintenance starts

    // Runs until the run ends and nothing physical is left, or `limit` passes.
    void runUntilDone(Duration limit = 48h)
    {
        const TimePoint end = m_h.now + limit;
        for (;;) {
            for (; m_seen < m_h.commands.size(); ++m_seen)
                react(m_h.commands[m_seen]);
            const auto wake = m_h.engine.nextWakeup();
            const bool have = !m_pending.empty();
            if (!wake && !have)
                return;
            TimePoint next = wake.value_or(TimePoint::max());
            if (have)
                next = std::min(next, m_pending.begin()->first);
            if (next > end)
                return;
            if (have && m_pending.begin()->first <= next) {
                auto it = m_pending.begin();
                const EngineEvent e = it->second;
                m_pending.erase(it);
                m_h.now = std::max(m_h.now, next);
                m_h.send(e);
                followUp(e);
            } else {
                m_h.advance(next - m_h.now);
            }
        }
    }

private:
    void at(Duration after, EngineEvent e) { m_pending.emplace(m_h.now + after, std::move(e)); }

    void react(const TimedCommand &c)
    {
        switch (c.command.kind) {
        case Kind::UpgradeManagement:
            at(managementInstall, event::ManagementInstallFinished{});
            break;
        case Kind::StartInstall:
            at(install, event::InstallFinished{c.command.node});
            break;
        case Kind::EnterMaintenance:
            if (auto it = clearAfterMaintenance.find(c.command.node); it != clearAfterMaintenance.end())
                at(it->second, event::CallsChanged{c.command.node, 0});
            break;
        case Kind::ExitMaintenance:
            break;
        }
    }

    void followUp(const EngineEvent &e)
    {
        if (std::holds_alternative<event::ManagementInstallFinished>(e))
            at(managementReboot, event::ManagementBack{target});
        else if (const auto *f = std::get_if<event::InstallFinished>(&e))
            at(reboot, event::NodeRebootFinished{f->node, target});
    }

    Harness &m_h;
    size_t m_seen = 0; // commands already acted on
    std::multimap<TimePoint, EngineEvent> m_pending;
};

} // namespace iuc::test
