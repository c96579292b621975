// The call generator half of Deployment: callers arriving per location on a
// daily load curve, joining meetings, routed to nodes that take calls, and
// hanging up after a lognormal call length.

#include "emulator/sim/deployment.h"
#include "emulator/sim/simerrors.h"

#include <QUuid>

#include <array>
#include <cmath>

using namespace Qt::StringLiterals;

namespace iuc::sim {

namespace {

constexpr std::array<const char *, 24> kNames = {
    "Aino Berg",   "Ben Okafor",  "Carla Diaz",  "Dev Patel",     "Emma Lund",   "Farid Haddad",
    "Grete Nilsen", "Hiro Sato",  "Ines Costa",  "Jonas Vik",     "Kari Moen",   "Liam Walsh",
    "Mona Aziz",   "Nils Dahl",   "Olga Ivanova", "Per Strand",   "Quinn Reyes", "Rita Gomes",
    "Sven Holm",   "Tara Singh",  "Uma Rao",     "Viktor Lind",   "Wen Li",      "Yusuf Kaya"};
constexpr std::array<const char *, 4> kProtocols = {"SIP", "H323", "WebRTC", "MSSIP"};

} // namespace

double Deployment::ratePerHour(int location) const
{
    // A working-day curve: quiet nights, a plateau from morning to late
    // afternoon (UTC; good enough for a simulation).
    const auto sinceMidnight = m_now.time_since_epoch() % std::chrono::hours(24);
    const double hour = std::chrono::duration<double, std::ratio<3600>>(sinceMidnight).count();
    double curve = 0.3;
    if (hour > 6.0 && hour < 20.0)
        curve += 0.7 * std::sin(M_PI * (hour - 6.0) / 14.0);
    return m_config.locations[static_cast<size_t>(location)].callsPerHour * m_callLoad * curve;
}

Duration Deployment::drawCallDuration()
{
    const double median = std::chrono::duration<double>(m_config.timings.meanCall).count();
    std::lognormal_distribution<double> length(std::log(std::max(1.0, median)), 0.8);
    const double seconds = std::clamp(length(m_rng), 20.0, 4 * 3600.0);
    return Duration(static_cast<Duration::rep>(seconds * 1000.0));
}

bool Deployment::acceptsCalls(const SimNode &n) const
{
    if (n.inMaintenance() || n.rebooting)
        return false;
    const NodeState *state = m_engine.node(n.config.id);
    return !state || state->status != NodeStatus::Code::Upgrading;
}

void Deployment::arrive(int location)
{
    if (m_conferenceNames.empty())
        return;
    // A few popular meetings and a long tail.
    std::uniform_real_distribution<double> u(0.0, 1.0);
    const double skew = u(m_rng);
    const auto pick = static_cast<size_t>(skew * skew * static_cast<double>(m_conferenceNames.size()));
    const QString &conference = m_conferenceNames[std::min(pick, m_conferenceNames.size() - 1)];

    // Route to the least busy node in the caller's location that takes
    // calls; overflow to any other location when none does.
    const QString &where = m_config.locations[static_cast<size_t>(location)].name;
    SimNode *best = nullptr;
    SimNode *overflow = nullptr;
    for (SimNode &n : m_nodes) {
        if (!acceptsCalls(n))
            continue;
        if (n.config.location == where) {
            if (!best || n.calls < best->calls)
                best = &n;
        } else if (!overflow || n.calls < overflow->calls) {
            overflow = &n;
        }
    }
    SimNode *target = best ? best : overflow;
    if (!target)
        return; // nowhere to go: the caller hears a rejection
    startCall(target->config.id, conference, m_now + drawCallDuration());
}

void Deployment::startCall(NodeId nodeId, const QString &conference, TimePoint endsAt)
{
    SimNode *n = findNode(nodeId);
    if (!n)
        return;
    std::uniform_int_distribution<quint64> bits;
    const quint64 hi = bits(m_rng), lo = bits(m_rng);
    QByteArray raw(16, '\0');
    for (int i = 0; i < 8; ++i) {
        raw[i] = static_cast<char>(hi >> (8 * i));
        raw[8 + i] = static_cast<char>(lo >> (8 * i));
    }
    Participant p;
    p.id = QUuid::fromRfc4122(raw).toString(QUuid::WithoutBraces);
    p.conference = conference;
    p.node = nodeId;
    p.connectTime = m_now;
    p.displayName = QString::fromLatin1(kNames[m_nextParticipant % kNames.size()]);
    p.remoteAddress = u"192.0.2.%1"_s.arg(m_nextParticipant % 250 + 1);
    p.protocol = QString::fromLatin1(kProtocols[(m_nextParticipant / 3) % kProtocols.size()]);
    p.endsAt = endsAt;
    ++m_nextParticipant;

    auto [it, created] = m_conferences.try_emplace(conference);
    if (created) {
        it->second.id = u"%1"_s.arg(m_nextConference++);
        it->second.name = conference;
        it->second.startTime = m_now;
    }
    ++it->second.participants;

    schedule(endsAt, CallEnd{p.id});
    m_participants.emplace(p.id, std::move(p));
    ++n->calls;
    callsChanged(*n);
}

void Deployment::endCall(const QString &participantId)
{
    const auto it = m_participants.find(participantId);
    if (it == m_participants.end())
        return;
    const Participant p = it->second;
    m_participants.erase(it);
    if (auto c = m_conferences.find(p.conference); c != m_conferences.end() && --c->second.participants <= 0)
        m_conferences.erase(c);
    if (SimNode *n = findNode(p.node)) {
        n->calls = std::max(0, n->calls - 1);
        callsChanged(*n);
    }
}

void Deployment::dropAllCalls(SimNode &n)
{
    std::vector<QString> ids;
    for (const auto &[id, p] : m_participants)
        if (p.node == n.config.id)
            ids.push_back(id);
    for (const QString &id : ids) {
        const Participant p = m_participants.at(id);
        m_participants.erase(id);
        if (auto c = m_conferences.find(p.conference); c != m_conferences.end() && --c->second.participants <= 0)
            m_conferences.erase(c);
    }
    n.calls = 0;
    // The engine learns of the dropped calls from the reboot event itself.
}

void Deployment::callsChanged(SimNode &n)
{
    feed(event::CallsChanged{n.config.id, n.calls});
}

void Deployment::seedCalls()
{
    // Start in a steady state: as many calls as the load curve sustains,
    // already running for a while.
    const double meanHours = std::chrono::duration<double, std::ratio<3600>>(m_config.timings.meanCall).count() * 1.37;
    for (int loc = 0; loc < static_cast<int>(m_config.locations.size()); ++loc) {
        std::poisson_distribution<int> count(std::max(0.0, ratePerHour(loc) * meanHours));
        const int calls = count(m_rng);
        for (int i = 0; i < calls; ++i)
            arrive(loc);
    }
}

Result<void> Deployment::addCalls(NodeId id, int count, const QString &conference)
{
    SimNode *n = findNode(id);
    if (!n)
        return Error{NodeError::Unknown, u"There is no Conferencing Node with id %1."_s.arg(id)};
    if (count < 1 || count > 10'000)
        return Error{NodeError::BadCount, u"Add between 1 and 10000 calls."_s};
    if (m_conferenceNames.empty())
        return Error{NodeError::NoConferences, u"The scenario has no meetings to call into."_s};
    for (int i = 0; i < count; ++i) {
        const QString &name = conference.isEmpty() ? m_conferenceNames[static_cast<size_t>(i) % m_conferenceNames.size()]
                                                   : conference;
        startCall(id, name, m_now + drawCallDuration());
    }
    return ResultOk;
}

} // namespace iuc::sim
