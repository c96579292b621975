#pragma once

#include "emulator/sim/scenario.h"

#include <QString>

#include <functional>
#include <map>
#include <optional>
#include <random>
#include <vector>

namespace iuc::sim {

struct SimNode;

struct Participant
{
    QString id;
    QString conference;
    NodeId node = -1;
    TimePoint connectTime;
    QString displayName;
    QString remoteAddress;
    QString protocol;
    TimePoint endsAt;
};

struct Conference
{
    QString id;
    QString name;
    TimePoint startTime;
    int participants = 0;
};

// The callers of the simulated deployment: they arrive per location on a
// working-day load curve, join meetings (a few popular ones and a long
// tail), are routed to the least busy node of their location that takes
// calls (another location's when none does), and hang up after a lognormal
// call length. It keeps who is in which meeting; the Deployment keeps the
// nodes, says which of them take calls, and schedules what happens when.
class CallGenerator final
{
public:
    // `rng` is the deployment's: one seed makes the whole simulation repeatable.
    CallGenerator(const DeploymentConfig &config, std::mt19937_64 &rng);

    // A multiplier of every location's call rate (the /sim/v1/ knob).
    void setLoad(double multiplier);
    [[nodiscard]] double load() const { return m_load; }

    // Callers per hour of `location` at `now`.
    [[nodiscard]] double ratePerHour(int location, TimePoint now) const;
    // The calls the load curve sustains at `now`, drawn for a steady start.
    [[nodiscard]] int steadyStateCalls(int location, TimePoint now);
    // The wait for `location`'s next caller. A wait longer than 10 minutes is
    // cut there and drawn again (waits are memoryless), so the rate can
    // follow the time of day: `caller` says whether one arrives at the end.
    struct Arrival
    {
        Duration gap;
        bool caller = false;
    };
    [[nodiscard]] Arrival nextArrival(int location, TimePoint now);
    [[nodiscard]] Duration drawCallDuration();

    // The meeting a new caller joins; empty when the scenario has none.
    [[nodiscard]] QString pickConference();
    [[nodiscard]] const std::vector<QString> &conferenceNames() const { return m_conferenceNames; }
    // The node a new caller of `location` lands on; -1 when none takes calls.
    [[nodiscard]] NodeId route(int location, const std::vector<SimNode> &nodes,
                               const std::function<bool(const SimNode &)> &acceptsCalls) const;

    // A call on `node` in `conference` from `now` until `endsAt`.
    const Participant &start(NodeId node, const QString &conference, TimePoint now, TimePoint endsAt);
    // The call hangs up: what it was, or nothing when it had ended already.
    std::optional<Participant> end(const QString &participantId);
    // Every call on `node` is dropped (a reboot): how many.
    int dropAll(NodeId node);

    [[nodiscard]] const Participant *participant(const QString &id) const;
    [[nodiscard]] const std::map<QString, Participant> &participants() const { return m_participants; }
    [[nodiscard]] const std::map<QString, Conference> &conferences() const { return m_conferences; }

private:
    void leave(const Participant &p);

    const DeploymentConfig &m_config;
    std::mt19937_64 &m_rng;
    double m_load;
    std::vector<QString> m_conferenceNames;
    std::map<QString, Participant> m_participants;
    std::map<QString, Conference> m_conferences;
    quint64 m_nextParticipant = 1;
    int m_nextConference = 1;
};

} // namespace iuc::sim
