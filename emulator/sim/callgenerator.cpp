#include "emulator/sim/callgenerator.h"

#include "emulator/sim/deployment.h"

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
constexpr Duration kLongestGap = std::chrono::minutes(10);

} // namespace

CallGenerator::CallGenerator(const DeploymentConfig &config, std::mt19937_64 &rng)
    : m_config(config)
    , m_rng(rng)
    , m_load(config.callLoad)
{
    for (int i = 0; i < m_config.conferenceCount; ++i)
        m_conferenceNames.push_back(u"meet.room%1"_s.arg(i + 1, 3, 10, QLatin1Char('0')));
}

void CallGenerator::setLoad(double multiplier)
{
    m_load = std::clamp(multiplier, 0.0, 1000.0);
}

double CallGenerator::ratePerHour(int location, TimePoint now) const
{
    // A working-day curve: quiet nights, a plateau from morning to late
    // afternoon (UTC; good enough for a simulation).
    const auto sinceMidnight = now.time_since_epoch() % std::chrono::hours(24);
    const double hour = std::chrono::duration<double, std::ratio<3600>>(sinceMidnight).count();
    double curve = 0.3;
    if (hour > 6.0 && hour < 20.0)
        curve += 0.7 * std::sin(M_PI * (hour - 6.0) / 14.0);
    return m_config.locations[static_cast<size_t>(location)].callsPerHour * m_load * curve;
}

int CallGenerator::steadyStateCalls(int location, TimePoint now)
{
    const double meanHours = std::chrono::duration<double, std::ratio<3600>>(m_config.timings.meanCall).count() * 1.37;
    std::poisson_distribution<int> count(std::max(0.0, ratePerHour(location, now) * meanHours));
    return count(m_rng);
}

CallGenerator::Arrival CallGenerator::nextArrival(int location, TimePoint now)
{
    const double rate = ratePerHour(location, now);
    Arrival next{kLongestGap, false};
    if (rate > 0) {
        std::exponential_distribution<double> exp(rate / 3600.0);
        const Duration drawn(std::max<Duration::rep>(1, static_cast<Duration::rep>(exp(m_rng) * 1000.0)));
        next.caller = drawn <= kLongestGap;
        next.gap = std::min(drawn, kLongestGap);
    }
    return next;
}

Duration CallGenerator::drawCallDuration()
{
    const double median = std::chrono::duration<double>(m_config.timings.meanCall).count();
    std::lognormal_distribution<double> length(std::log(std::max(1.0, median)), 0.8);
    const double seconds = std::clamp(length(m_rng), 20.0, 4 * 3600.0);
    return Duration(static_cast<Duration::rep>(seconds * 1000.0));
}

QString CallGenerator::pickConference()
{
    if (m_conferenceNames.empty())
        return {};
    // A few popular meetings and a long tail.
    std::uniform_real_distribution<double> u(0.0, 1.0);
    const double skew = u(m_rng);
    const auto pick = static_cast<size_t>(skew * skew * static_cast<double>(m_conferenceNames.size()));
    return m_conferenceNames[std::min(pick, m_conferenceNames.size() - 1)];
}

NodeId CallGenerator::route(int location, const std::vector<SimNode> &nodes,
                            const std::function<bool(const SimNode &)> &acceptsCalls) const
{
    const QString &where = m_config.locations[static_cast<size_t>(location)].name;
    const SimNode *best = nullptr;
    const SimNode *overflow = nullptr;
    for (const SimNode &n : nodes) {
        if (!acceptsCalls(n))
            continue;
        if (n.config.location == where) {
            if (!best || n.calls < best->calls)
                best = &n;
        } else if (!overflow || n.calls < overflow->calls) {
            overflow = &n;
        }
    }
    const SimNode *target = best ? best : overflow;
    return target ? target->config.id : NodeId(-1);
}

const Participant &CallGenerator::start(NodeId node, const QString &conference, TimePoint now, TimePoint endsAt)
{
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
    p.node = node;
    p.connectTime = now;
    p.displayName = QString::fromLatin1(kNames[m_nextParticipant % kNames.size()]);
    p.remoteAddress = u"192.0.2.%1"_s.arg(m_nextParticipant % 250 + 1);
    p.protocol = QString::fromLatin1(kProtocols[(m_nextParticipant / 3) % kProtocols.size()]);
    p.endsAt = endsAt;
    ++m_nextParticipant;

    auto [it, created] = m_conferences.try_emplace(conference);
    if (created) {
        it->second.id = u"%1"_s.arg(m_nextConference++);
        it->second.name = conference;
        it->second.startTime = now;
    }
    ++it->second.participants;
    const QString id = p.id;
    return m_participants.emplace(id, std::move(p)).first->second;
}

void CallGenerator::leave(const Participant &p)
{
    if (auto c = m_conferences.find(p.conference); c != m_conferences.end() && --c->second.participants <= 0)
        m_conferences.erase(c);
}

std::optional<Participant> CallGenerator::end(const QString &participantId)
{
    const auto it = m_participants.find(participantId);
    if (it == m_participants.end())
        return std::nullopt;
    Participant p = std::move(it->second);
    m_participants.erase(it);
    leave(p);
    return p;
}

int CallGenerator::dropAll(NodeId node)
{
    std::vector<QString> ids;
    for (const auto &[id, p] : m_participants)
        if (p.node == node)
            ids.push_back(id);
    for (const QString &id : ids)
        end(id);
    return static_cast<int>(ids.size());
}

const Participant *CallGenerator::participant(const QString &id) const
{
    const auto it = m_participants.find(id);
    return it == m_participants.end() ? nullptr : &it->second;
}

} // namespace iuc::sim
