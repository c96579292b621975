#include "emulator/sim/deployment.h"

#include "core/api/apierrors.h"
#include "core/domain/logging.h"
#include "emulator/sim/simerrors.h"

#include <algorithm>
#include <set>

using namespace Qt::StringLiterals;

namespace iuc::sim {

namespace {

std::vector<NodeSpec> specsOf(const DeploymentConfig &config)
{
    std::vector<NodeSpec> specs;
    specs.reserve(config.nodes.size());
    for (const NodeConfig &n : config.nodes)
        specs.push_back(NodeSpec{n.id, n.name, n.version, 0, n.reachable});
    return specs;
}

const QString kNode = u"Node"_s;
const QString kInfo = u"INFO"_s;
const QString kWarning = u"WARNING"_s;
const QString kError = u"ERROR"_s;
const QString kUpgradeLog = u"administrator.system.upgrade"_s;
const QString kMaintenanceLog = u"administrator.system.maintenance"_s;

} // namespace

Deployment::Deployment(DeploymentConfig config, TimePoint start)
    : m_config(std::move(config))
    , m_engine(m_config.engine,
               ManagementState{m_config.managementName, m_config.managementVersion, NodeStatus::Code::Idle, start},
               specsOf(m_config), start)
    , m_rng(m_config.seed)
    , m_now(start)
    , m_calls(m_config, m_rng)
    , m_managementBoot(start - std::chrono::hours(24 * 9 + 7))
    , m_log(m_config.managementName)
{
    std::uniform_int_distribution<int> uptimeHours(24, 24 * 40);
    m_nodes.reserve(m_config.nodes.size());
    for (const NodeConfig &c : m_config.nodes) {
        SimNode n;
        n.config = c;
        n.version = c.version;
        n.reachable = c.reachable;
        n.stuckCalls = c.stuckCalls;
        n.failInstall = c.failInstall;
        n.linkMbps = c.linkMbps;
        n.bootTime = start - std::chrono::hours(uptimeHours(m_rng));
        n.lastUpdated = start;
        m_index.insert(c.id, m_nodes.size());
        m_nodes.push_back(n);
    }
    m_log.add(start, kInfo, u"administrator.system"_s,
              u"Management Node emulator started."_s,
              {{u"Version"_s, managementVersion().toString()},
               {u"Nodes"_s, QString::number(m_nodes.size())}});
    for (SimNode &n : m_nodes) {
        if (!n.reachable)
            raiseAlarm(AlarmKind::ConnectivityLost, n, u"The node does not answer."_s);
    }
    seedCalls();
    for (int loc = 0; loc < static_cast<int>(m_config.locations.size()); ++loc)
        schedule(m_now, CallArrival{loc, false});
    for (SimNode &n : m_nodes) {
        if (n.stuckCalls && n.calls == 0)
            startCall(n.config.id, m_calls.conferenceNames().front(), m_now + 4h);
    }
}

// ---------------------------------------------------------------- lookups --

const SimNode *Deployment::node(NodeId id) const
{
    const auto it = m_index.constFind(id);
    return it == m_index.constEnd() ? nullptr : &m_nodes[*it];
}

SimNode *Deployment::findNode(NodeId id)
{
    const auto it = m_index.constFind(id);
    return it == m_index.constEnd() ? nullptr : &m_nodes[*it];
}

const SimNode *Deployment::nodeByAddress(const QString &address) const
{
    for (const SimNode &n : m_nodes)
        if (n.config.address == address)
            return &n;
    return nullptr;
}

const StagedPackage *Deployment::stagedPackage(const QString &id) const
{
    for (const StagedPackage &p : m_packages)
        if (p.id == id)
            return &p;
    return nullptr;
}

std::vector<Deployment::SplitConference> Deployment::splitConferences() const
{
    std::map<QString, std::map<QString, int>> byConference;
    for (const auto &[id, p] : m_calls.participants()) {
        if (const SimNode *n = node(p.node))
            ++byConference[p.conference][n->version.toString()];
    }
    std::vector<SplitConference> split;
    for (auto &[name, versions] : byConference) {
        if (versions.size() > 1)
            split.push_back(SplitConference{name, std::move(versions)});
    }
    return split;
}

// ------------------------------------------------------------------- time --

void Deployment::schedule(TimePoint at, Action action)
{
    m_queue.emplace(std::max(at, m_now), std::move(action));
}

void Deployment::advanceTo(TimePoint now)
{
    constexpr TimePoint kNever = TimePoint::max();
    for (;;) {
        const auto wake = m_engine.nextWakeup();
        const TimePoint queued = m_queue.empty() ? kNever : m_queue.begin()->first;
        const TimePoint next = std::min(queued, wake.value_or(kNever));
        if (next > now)
            break;
        m_now = std::max(m_now, next);
        if (queued <= next) {
            const Action action = m_queue.begin()->second;
            m_queue.erase(m_queue.begin());
            perform(action);
        } else {
            carryOut(m_engine.advanceTo(m_now));
        }
    }
    m_now = std::max(m_now, now);
    carryOut(m_engine.advanceTo(m_now));
}

void Deployment::feed(const EngineEvent &event)
{
    carryOut(m_engine.handle(event, m_now));
}

// ------------------------------------------------- the engine's commands --

Duration Deployment::transferTime(const SimNode &n) const
{
    const double bytes = m_runPackage ? static_cast<double>(m_runPackage->size)
                                      : static_cast<double>(m_config.timings.defaultPackageSize);
    const double seconds = bytes * 8.0 / (std::max(0.1, n.linkMbps) * 1e6);
    return Duration(static_cast<Duration::rep>(seconds * 1000.0));
}

void Deployment::carryOut(const EngineCommands &commands)
{
    for (const EngineCommand &c : commands) {
        if (c.kind == EngineCommand::Kind::UpgradeManagement) {
            m_log.add(m_now, kInfo, kUpgradeLog, u"Installing the upgrade on the Management Node."_s,
                      {{u"Version"_s, m_runPackage ? m_runPackage->version.toString() : QString()}});
            schedule(m_now + m_config.timings.managementInstall, ManagementInstalled{m_managementGeneration});
            continue;
        }
        SimNode *n = findNode(c.node);
        if (!n)
            continue;
        const QString host = n->config.hostname;
        switch (c.kind) {
        case EngineCommand::Kind::EnterMaintenance:
            n->engineMaintenance = true;
            m_log.add(m_now, kInfo, kMaintenanceLog, u"Conferencing Node placed into maintenance mode for upgrade."_s,
                      {{kNode, host}, {u"Calls"_s, QString::number(n->calls)}});
            break;
        case EngineCommand::Kind::ExitMaintenance:
            n->engineMaintenance = false;
            m_log.add(m_now, kInfo, kMaintenanceLog, u"Conferencing Node taken out of maintenance mode."_s,
                      {{kNode, host}});
            break;
        case EngineCommand::Kind::StartInstall:
            m_log.add(m_now, kInfo, kUpgradeLog, u"Transferring the upgrade package to the node."_s,
                      {{kNode, host}, {u"LinkMbps"_s, QString::number(n->linkMbps)}});
            schedule(m_now + transferTime(*n) + m_config.timings.nodeInstall, InstallDone{n->config.id, n->generation});
            break;
        case EngineCommand::Kind::UpgradeManagement:
            break;
        }
    }
    // After every event the engine saw (feed() ends here): a node may have
    // left or rejoined service.
    noteCapacity();
}

void Deployment::perform(const Action &action)
{
    if (const auto *a = std::get_if<CallArrival>(&action)) {
        if (a->caller)
            arrive(a->location);
        const CallGenerator::Arrival next = m_calls.nextArrival(a->location, m_now);
        schedule(m_now + next.gap, CallArrival{a->location, next.caller});
    } else if (const auto *e = std::get_if<CallEnd>(&action)) {
        const Participant *p = m_calls.participant(e->participant);
        if (!p)
            return;
        const SimNode *n = node(p->node);
        if (n && n->stuckCalls) {
            schedule(m_now + 10min, CallEnd{e->participant}); // R4: these calls do not clear
            return;
        }
        endCall(e->participant, CallEndCause::CallerHungUp);
    } else if (const auto *mi = std::get_if<ManagementInstalled>(&action)) {
        if (mi->generation != m_managementGeneration)
            return;
        feed(event::ManagementInstallFinished{});
        m_managementDownUntil = m_now + m_config.timings.managementReboot;
        m_log.add(m_now, kInfo, kUpgradeLog, u"Management Node rebooting to complete its upgrade."_s);
        schedule(*m_managementDownUntil, ManagementUp{m_managementGeneration, m_runPackage->version});
    } else if (const auto *mu = std::get_if<ManagementUp>(&action)) {
        if (mu->generation != m_managementGeneration)
            return;
        m_managementDownUntil.reset();
        m_managementBoot = m_now;
        m_log.add(m_now, kInfo, u"administrator.system"_s, u"Management Node started."_s,
                  {{u"Version"_s, mu->version.toString()}});
        feed(event::ManagementBack{mu->version});
    } else if (const auto *d = std::get_if<InstallDone>(&action)) {
        SimNode *n = findNode(d->node);
        if (!n || d->generation != n->generation || !n->reachable)
            return; // interrupted by a reboot, or the transfer broke off
        if (n->failInstall) {
            const QString reason = u"The package could not be installed (verification failed)."_s;
            m_log.add(m_now, kError, kUpgradeLog, u"Software installation failed."_s,
                      {{kNode, n->config.hostname}, {u"Reason"_s, reason}});
            raiseAlarm(AlarmKind::InstallationFailed, *n, reason);
            feed(event::InstallFailed{n->config.id, reason});
            return;
        }
        clearAlarm(AlarmKind::InstallationFailed, *n);
        n->installed = m_runPackage ? m_runPackage->version : n->version;
        n->rebooting = true;
        // The engine installs only once a node's calls have cleared, so
        // this ends none: the score proves it.
        dropAllCalls(*n, CallEndCause::Upgrade);
        n->lastUpdated = m_now;
        m_log.add(m_now, kInfo, kUpgradeLog, u"Software installed; the node is rebooting."_s,
                  {{kNode, n->config.hostname}});
        m_log.addExpectedUpgradeErrors(m_now, n->config.hostname, n->config.address); // R13
        feed(event::InstallFinished{n->config.id});
        schedule(m_now + m_config.timings.nodeReboot, NodeUp{n->config.id, n->generation});
    } else if (const auto *u = std::get_if<NodeUp>(&action)) {
        SimNode *n = findNode(u->node);
        if (!n || u->generation != n->generation)
            return;
        n->rebooting = false;
        if (n->installed) {
            n->version = *n->installed;
            n->installed.reset();
        }
        n->bootTime = m_now;
        n->lastUpdated = m_now;
        m_log.add(m_now, kInfo, u"administrator.system"_s, u"Conferencing Node started."_s,
                  {{kNode, n->config.hostname}, {u"Version"_s, n->version.toString()}});
        if (n->reachable)
            feed(event::NodeRebootFinished{n->config.id, n->version});
        else
            n->bootUnreported = true;
    }
}

// ----------------------------------------------------- what an admin does --

void Deployment::stagePackage(StagedPackage package)
{
    m_log.add(m_now, kInfo, kUpgradeLog, u"Upgrade package uploaded and verified."_s,
              {{u"Version"_s, package.version.toString()}, {u"SHA256"_s, QString::fromLatin1(package.sha256Hex)}});
    m_packages.erase(std::remove_if(m_packages.begin(), m_packages.end(),
                                    [&](const StagedPackage &p) { return p.id == package.id; }),
                     m_packages.end());
    m_packages.push_back(std::move(package));
}

Result<void> Deployment::startUpgrade(const QString &packageId)
{
    const StagedPackage *package = stagedPackage(packageId);
    if (!package) {
        return Error{UpgradeError::UnknownPackage,
                     u"No uploaded package has the id \"%1\". Upload the package first."_s.arg(packageId)};
    }
    std::optional<RunRecord> previous = m_engine.run();
    const StagedPackage chosen = *package;
    auto started = m_engine.initiate(chosen.version, m_now);
    if (!started)
        return started.error();
    if (previous)
        m_pastRuns.push_back(std::move(*previous));
    m_runPackage = chosen;
    m_score.lowestInServiceShare.clear(); // this run's
    qCDebug(lcSim).noquote() << "upgrade to" << chosen.version.toString() << "initiated";
    m_log.add(m_now, kInfo, kUpgradeLog, u"Platform upgrade initiated."_s,
              {{u"Version"_s, chosen.version.toString()},
               {u"Systems"_s, QString::number(m_engine.run()->includedCount()
                                                           + (m_engine.run()->managementIncluded ? 1 : 0))}});
    carryOut(started.value());
    return ResultOk;
}

Result<void> Deployment::rebootManagement()
{
    if (m_managementDownUntil)
        return Error{ManagementError::Rebooting, u"The Management Node is already rebooting."_s};
    ++m_managementGeneration; // an install underway on it is interrupted
    const bool abandoning = m_engine.isRunActive();
    qCDebug(lcSim) << "the Management Node reboots" << (abandoning ? "(abandoning the run)" : "");
    m_log.add(m_now, kWarning, u"administrator.system"_s,
              abandoning ? u"Management Node rebooted by an administrator; the upgrade in progress is abandoned."_s
                         : u"Management Node rebooted by an administrator."_s);
    feed(event::AdminRebootedManagement{});
    m_managementDownUntil = m_now + m_config.timings.managementReboot;
    schedule(*m_managementDownUntil, ManagementUp{m_managementGeneration, managementVersion()});
    return ResultOk;
}

Result<void> Deployment::rebootNode(NodeId id)
{
    SimNode *n = findNode(id);
    if (!n)
        return Error{NodeError::Unknown, u"There is no Conferencing Node with id %1."_s.arg(id)};
    if (n->rebooting)
        return Error{NodeError::Rebooting, u"%1 is already rebooting."_s.arg(n->config.name)};
    const int dropped = n->calls;
    qCDebug(lcSim).noquote() << n->config.name << "reboots, dropping" << dropped << "calls";
    ++n->generation; // interrupts a transfer or install underway
    n->rebooting = true;
    if (n->reachable)
        n->lastUpdated = m_now;
    dropAllCalls(*n, CallEndCause::NodeReboot); // R9
    m_log.add(m_now, kWarning, u"administrator.system"_s, u"Conferencing Node rebooted by an administrator."_s,
              {{kNode, n->config.hostname}, {u"CallsDisconnected"_s, QString::number(dropped)}});
    feed(event::AdminRebootedNode{id});
    schedule(m_now + m_config.timings.nodeReboot, NodeUp{id, n->generation});
    return ResultOk;
}

Result<Deployment::RebootAll> Deployment::rebootAllNodes()
{
    if (m_engine.isRunActive()) {
        return Error{RebootError::RunActive,
                     u"An upgrade is running: rebooting every Conferencing Node now would drop its calls "
                                    u"and interrupt the node being upgraded. Reboot single nodes, or wait for the run to end."_s};
    }
    RebootAll result;
    for (SimNode &n : m_nodes) {
        if (!n.reachable)
            result.skipped.append({n.config.id, u"unreachable"_s});
        else if (n.rebooting)
            result.skipped.append({n.config.id, u"already_rebooting"_s});
        else if (rebootNode(n.config.id))
            result.rebooted.append(n.config.id);
    }
    return result;
}

Result<void> Deployment::setAdminMaintenance(NodeId id, bool on, const QString &reason)
{
    SimNode *n = findNode(id);
    if (!n)
        return Error{NodeError::Unknown, u"There is no Conferencing Node with id %1."_s.arg(id)};
    if (!on && n->engineMaintenance) {
        if (m_engine.isRunActive()) {
            return Error{NodeError::InUpgradeTurn,
                         u"%1 is in maintenance mode for its upgrade turn; the upgrade takes it out when "
                                        u"its turn ends. To end the turn now, reboot the node (its calls are dropped) or "
                                        u"the Management Node (the run is abandoned)."_s
                             .arg(n->config.name)};
        }
        // Left in maintenance by a run that stopped at its 24-hour limit (R5):
        // the admin may release it; a repeat run takes it again in its turn.
        n->engineMaintenance = false;
    }
    n->adminMaintenance = on;
    n->adminMaintenanceReason = on ? reason : QString();
    noteCapacity();
    m_log.add(m_now, kInfo, kMaintenanceLog,
              on ? u"Maintenance mode enabled by an administrator."_s
                 : u"Maintenance mode disabled by an administrator."_s,
              {{kNode, n->config.hostname}});
    return ResultOk;
}

// ------------------------------------------------------------------ faults --

Result<void> Deployment::setReachable(NodeId id, bool reachable)
{
    SimNode *n = findNode(id);
    if (!n)
        return Error{NodeError::Unknown, u"There is no Conferencing Node with id %1."_s.arg(id)};
    if (n->reachable == reachable)
        return ResultOk;
    n->reachable = reachable;
    if (!reachable) {
        if (!n->rebooting)
            n->lastUpdated = m_now; // the last moment the Management Node heard from it
        m_log.add(m_now, kError, u"administrator.system.connectivity"_s, u"Unable to contact node."_s,
                  {{kNode, n->config.address}});
        raiseAlarm(AlarmKind::ConnectivityLost, *n, u"The node does not answer."_s);
        feed(event::NodeUnreachable{id}); // R8
        return ResultOk;
    }
    clearAlarm(AlarmKind::ConnectivityLost, *n);
    n->lastUpdated = m_now;
    feed(event::NodeReachable{id});
    if (n->bootUnreported) {
        // It finished booting while out of contact: the Management Node
        // learns its version now.
        n->bootUnreported = false;
        feed(event::NodeRebootFinished{id, n->version});
    }
    return ResultOk;
}

Result<void> Deployment::setStuckCalls(NodeId id, bool stuck)
{
    SimNode *n = findNode(id);
    if (!n)
        return Error{NodeError::Unknown, u"There is no Conferencing Node with id %1."_s.arg(id)};
    n->stuckCalls = stuck;
    if (stuck && n->calls == 0)
        startCall(id, m_calls.conferenceNames().front(), m_now + 4h);
    return ResultOk;
}

Result<void> Deployment::setFailInstall(NodeId id, bool fail)
{
    SimNode *n = findNode(id);
    if (!n)
        return Error{NodeError::Unknown, u"There is no Conferencing Node with id %1."_s.arg(id)};
    n->failInstall = fail;
    return ResultOk;
}

Result<void> Deployment::setLinkMbps(NodeId id, double mbps)
{
    SimNode *n = findNode(id);
    if (!n)
        return Error{NodeError::Unknown, u"There is no Conferencing Node with id %1."_s.arg(id)};
    if (!(mbps >= 0.1 && mbps <= 100'000))
        return Error{NodeError::BadLink, u"The link speed must be between 0.1 and 100000 Mbit/s."_s};
    n->linkMbps = mbps;
    return ResultOk;
}


// ------------------------------------------------------------------ alarms --

namespace {

struct AlarmText
{
    int identifier;
    QString name;
};

// Names in the identifier style real Management Nodes use; the numbers are
// this emulator's own.
AlarmText alarmText(Deployment::AlarmKind kind)
{
    switch (kind) {
    case Deployment::AlarmKind::ConnectivityLost:
        return AlarmText{1001, u"connectivity_lost"_s};
    case Deployment::AlarmKind::InstallationFailed:
        return AlarmText{1002, u"software_installation_failed"_s};
    }
    return {};
}

} // namespace

void Deployment::raiseAlarm(AlarmKind kind, const SimNode &n, const QString &details)
{
    const AlarmText text = alarmText(kind);
    for (const Alarm &a : m_alarms)
        if (a.name == text.name && a.node == n.config.address)
            return;
    m_alarms.push_back(
        Alarm{m_nextAlarm++, text.identifier, u"error"_s, text.name, n.config.address, n.config.name, details, m_now});
}

void Deployment::clearAlarm(AlarmKind kind, const SimNode &n)
{
    const QString name = alarmText(kind).name;
    m_alarms.erase(std::remove_if(m_alarms.begin(), m_alarms.end(),
                                  [&](const Alarm &a) { return a.name == name && a.node == n.config.address; }),
                   m_alarms.end());
}

} // namespace iuc::sim
