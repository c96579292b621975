// Where the CallGenerator's callers meet the Deployment's nodes: a caller
// lands on a node that takes calls, a node's call count feeds the engine
// (a node drains before its turn, R2/R4), a reboot drops its calls (R9), and
// an admin may disconnect a call or a whole conference.

#include "emulator/sim/deployment.h"

#include "emulator/sim/simerrors.h"

#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace iuc::sim {

bool Deployment::acceptsCalls(const SimNode &n) const
{
    if (n.inMaintenance() || n.rebooting)
        return false;
    const NodeState *state = m_engine.node(n.config.id);
    return !state || state->status != NodeStatus::Code::Upgrading;
}

void Deployment::arrive(int location)
{
    const QString conference = m_calls.pickConference();
    if (conference.isEmpty())
        return;
    const NodeId target = m_calls.route(location, m_nodes, [this](const SimNode &n) { return acceptsCalls(n); });
    if (target < 0)
        return; // nowhere to go: the caller hears a rejection
    startCall(target, conference, m_now + m_calls.drawCallDuration());
}

void Deployment::startCall(NodeId nodeId, const QString &conference, TimePoint endsAt)
{
    SimNode *n = findNode(nodeId);
    if (!n)
        return;
    const Participant &p = m_calls.start(nodeId, conference, m_now, endsAt);
    schedule(endsAt, CallEnd{p.id});
    ++n->calls;
    callsChanged(*n);
}

void Deployment::endCall(const QString &participantId, CallEndCause cause)
{
    const std::optional<Participant> p = m_calls.end(participantId);
    if (!p)
        return;
    ++m_score.callsEnded[cause];
    if (SimNode *n = findNode(p->node)) {
        n->calls = std::max(0, n->calls - 1);
        callsChanged(*n);
    }
}

Result<void> Deployment::disconnectParticipant(const QString &participantId)
{
    if (!participants().contains(participantId)) {
        return Error{CallError::UnknownParticipant,
                     u"There is no participant with id %1 (it may have left already)."_s.arg(participantId)};
    }
    endCall(participantId, CallEndCause::AdminDisconnect);
    return ResultOk;
}

Result<int> Deployment::disconnectConference(const QString &conferenceId)
{
    const auto &all = conferences();
    const auto conference = std::find_if(all.begin(), all.end(),
                                         [&](const auto &entry) { return entry.second.id == conferenceId; });
    if (conference == all.end()) {
        return Error{CallError::UnknownConference,
                     u"There is no conference with id %1 in progress."_s.arg(conferenceId)};
    }
    const QString name = conference->second.name;
    QStringList inIt;
    for (const auto &[id, p] : participants()) {
        if (p.conference == name)
            inIt.append(id);
    }
    for (const QString &id : inIt)
        endCall(id, CallEndCause::AdminDisconnect);
    return int(inIt.size());
}

Result<QDateTime> Deployment::createBackup(const QString &passphrase)
{
    if (passphrase.size() < 8) {
        return Error{CommandError::BadPassphrase,
                     u"The passphrase must have at least 8 characters: it encrypts the backup file."_s};
    }
    const QDateTime at = toDateTime(m_now);
    m_backups.push_back(at);
    m_log.add(m_now, u"INFO"_s, u"administrator.system.backup"_s, u"Configuration backup created."_s);
    return at;
}

void Deployment::dropAllCalls(SimNode &n, CallEndCause cause)
{
    m_score.callsEnded[cause] += n.calls;
    m_calls.dropAll(n.config.id);
    n.calls = 0;
    // The engine learns of the dropped calls from the reboot event itself.
}

void Deployment::noteCapacity()
{
    if (!m_engine.isRunActive())
        return;
    std::map<QString, std::pair<int, int>> byLocation; // in service, all
    for (const SimNode &n : m_nodes) {
        const NodeState *state = m_engine.node(n.config.id);
        const bool upgrading = state && state->status == NodeStatus::Code::Upgrading;
        auto &[inService, all] = byLocation[n.config.location];
        ++all;
        if (n.reachable && !n.rebooting && !n.inMaintenance() && !upgrading)
            ++inService;
    }
    for (const auto &[location, counts] : byLocation) {
        const double share = double(counts.first) / double(counts.second);
        auto [it, added] = m_score.lowestInServiceShare.try_emplace(location, share);
        if (!added)
            it->second = std::min(it->second, share);
    }
}

void Deployment::callsChanged(SimNode &n)
{
    feed(event::CallsChanged{n.config.id, n.calls});
}

void Deployment::seedCalls()
{
    // Start in a steady state: as many calls as the load curve sustains,
    // already running for a while.
    for (int loc = 0; loc < static_cast<int>(m_config.locations.size()); ++loc) {
        const int calls = m_calls.steadyStateCalls(loc, m_now);
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
    const std::vector<QString> &names = m_calls.conferenceNames();
    if (names.empty())
        return Error{NodeError::NoConferences, u"The scenario has no meetings to call into."_s};
    for (int i = 0; i < count; ++i) {
        const QString &name = conference.isEmpty() ? names[static_cast<size_t>(i) % names.size()] : conference;
        startCall(id, name, m_now + m_calls.drawCallDuration());
    }
    return ResultOk;
}

} // namespace iuc::sim
