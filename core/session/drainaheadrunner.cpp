#include "core/session/drainaheadrunner.h"

#include "core/api/managementclient.h"
#include "core/domain/logging.h"
#include "core/domain/naturalorder.h"
#include "core/api/snapshot.h"
#include "core/session/runsummary.h"
#include "core/session/sessionerrors.h"

#include <QCoreApplication>
#include <QPointer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace iuc {

namespace {

// The Management Node has the node in its turn: it is in maintenance for
// the upgrade, not for the console.
bool inTurn(NodeStatus::Code code)
{
    using Code = NodeStatus::Code;
    return code == Code::Preparing || code == Code::WaitingForCalls || code == Code::Upgrading
           || code == Code::Rebooting;
}

bool upgradedTo(const api::WorkerVmStatus &n, const api::UpgradeRun &run)
{
    for (const api::RunNode &r : run.nodes) {
        if (r.id == n.id && r.upgradedAt)
            return true;
    }
    if (n.version.version.isValid() && run.targetVersion.version.isValid())
        return n.version.version == run.targetVersion.version;
    return !run.targetVersion.text.isEmpty() && n.version.text == run.targetVersion.text;
}

} // namespace

DrainAheadRunner::DrainAheadRunner(api::ManagementClient &client, const RunSummary &run, const QString &directory,
                                   QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_run(run)
    , m_record(directory, client.settings().baseUrl)
{
    Result<DrainState> loaded = m_record.load();
    if (loaded)
        m_state = loaded.value();
    else
        m_recordError = loaded.error();
}

DrainAheadRunner::~DrainAheadRunner() = default;

QString DrainAheadRunner::reasonText()
{
    return QCoreApplication::translate("DrainAheadRunner",
                                       "Drained ahead of its upgrade turn by Infinity Upgrade Console; it takes the "
                                       "node out again once it is upgraded");
}

DrainSettings DrainAheadRunner::settings() const
{
    const auto &run = m_run.run();
    DrainSettings s;
    s.guardrail = m_state.guardrail;
    s.lookahead = m_state.lookahead.value_or(s.lookahead);
    s.managementParallel = run ? std::max(1, run->maxParallel) : 1;
    return s;
}

void DrainAheadRunner::setSettings(const DrainSettings &settings)
{
    if (m_recordError)
        return; // the unreadable record is left as it is for the admin to look at
    m_state.guardrail = std::clamp(settings.guardrail, 0.0, 1.0);
    m_state.lookahead = settings.lookahead == DrainSettings{}.lookahead ? std::nullopt
                                                                         : std::optional<int>(std::max(1, settings.lookahead));
    save();
    Q_EMIT changed();
}

void DrainAheadRunner::setWindow(std::optional<StartWindow> window)
{
    if (m_recordError)
        return;
    m_state.window = std::move(window);
    save();
    plan();
    Q_EMIT changed();
}

bool DrainAheadRunner::insideWindow() const
{
    return !m_state.window || !m_serverTime.isValid() || m_state.window->contains(m_serverTime);
}

Result<void> DrainAheadRunner::setEnabled(bool on)
{
    if (m_recordError)
        return *m_recordError;
    if (on) {
        const auto &run = m_run.run();
        if (m_run.state() != RunSummary::State::Running || !run) {
            return Error{SessionError::NoRunToDrain,
                         tr("Drain ahead works while an upgrade is running on the Conferencing Nodes; there is no "
                            "such run now. Turn it on once the Management Node has upgraded and the Conferencing "
                            "Nodes' turns have begun.")};
        }
        m_state.runStartedAt = run->startedAt;
    }
    m_state.enabled = on;
    if (const Result<void> saved = m_record.save(m_state); !saved)
        return saved.error();
    plan(); // at once, from the last refresh
    Q_EMIT changed();
    return ResultOk;
}

bool DrainAheadRunner::save()
{
    if (const Result<void> saved = m_record.save(m_state); !saved) {
        fail(saved.error());
        return false;
    }
    return true;
}

void DrainAheadRunner::fail(const Error &error)
{
    qCWarning(lcSession).noquote() << "drain ahead:" << error.message;
    if (m_failing)
        return;
    m_failing = true;
    Q_EMIT failed(error);
}

std::vector<DrainNode> DrainAheadRunner::nodesFrom(const api::Snapshot &snapshot) const
{
    const auto &run = m_run.run();
    // Media tokens where every node reports them, else one node one share.
    const bool tokens = std::all_of(snapshot.nodes.cbegin(), snapshot.nodes.cend(),
                                    [](const api::WorkerVmStatus &n) { return n.maxMediaTokens.has_value(); });
    std::vector<DrainNode> nodes;
    for (const api::WorkerVmStatus &n : snapshot.nodes) {
        if (snapshot.configurations.value(n.id).isConfigurationOnly())
            continue; // not deployed: in no run (R12)
        DrainNode d;
        d.id = n.id;
        d.location = n.systemLocation;
        d.capacity = tokens ? std::max(1, *n.maxMediaTokens) : 1;
        d.drainedByConsole = m_state.nodes.contains(n.id);
        d.inTurn = inTurn(n.upgradeStatus.code());
        d.upgraded = run && upgradedTo(n, *run);
        d.reachable = n.upgradeStatus.code() != NodeStatus::Code::Unreachable;
        // A node installing, rebooting or out of contact takes no calls
        // either, whatever its maintenance flag says.
        d.inMaintenance = n.maintenanceMode || d.inTurn || !d.reachable;
        nodes.push_back(d);
    }
    return nodes;
}

std::vector<NodeId> DrainAheadRunner::predictedOrder(const api::Snapshot &snapshot) const
{
    // The forecast's order where it has one; else the queue the node
    // reports (an extension); else the names in natural order.
    const QHash<int, QDateTime> &etas = m_run.etas();
    QList<api::WorkerVmStatus> nodes = snapshot.nodes;
    std::stable_sort(nodes.begin(), nodes.end(), [&etas](const api::WorkerVmStatus &a, const api::WorkerVmStatus &b) {
        const QDateTime ea = etas.value(a.id);
        const QDateTime eb = etas.value(b.id);
        if (ea.isValid() != eb.isValid())
            return ea.isValid();
        if (ea.isValid() && ea != eb)
            return ea < eb;
        const int qa = a.upgradeQueuePosition.value_or(0);
        const int qb = b.upgradeQueuePosition.value_or(0);
        if ((qa > 0) != (qb > 0))
            return qa > 0;
        if (qa != qb)
            return qa < qb;
        return naturalLess(a.name, b.name);
    });
    std::vector<NodeId> order;
    for (const api::WorkerVmStatus &n : nodes)
        order.push_back(n.id);
    return order;
}

void DrainAheadRunner::update(const api::Snapshot &snapshot)
{
    if (m_recordError)
        return;
    m_nodes = nodesFrom(snapshot);
    m_order = predictedOrder(snapshot);
    m_serverTime = snapshot.serverTime;
    for (const api::WorkerVmStatus &n : snapshot.nodes)
        m_names.insert(n.id, n.name);
    plan();
}

void DrainAheadRunner::plan()
{
    if (m_recordError)
        return;
    m_locations = locationCapacity(m_nodes);
    const RunSummary::State state = m_run.state();
    const auto &run = m_run.run();
    // The run it was on for has ended, or another one runs: off.
    const bool sameRun = run && run->startedAt == m_state.runStartedAt;
    if (m_state.enabled && (!sameRun || !(state == RunSummary::State::Running
                                          || state == RunSummary::State::ManagementUpgrading))) {
        m_state.enabled = false;
        m_state.window.reset(); // it was that run's
        save();
        Q_EMIT changed();
    }
    if (m_armed && state == RunSummary::State::Running && run && run->startedAt != m_state.runStartedAt) {
        m_armed = false; // the scheduled run reached its Conferencing Nodes
        m_state.runStartedAt = run->startedAt;
        m_state.enabled = true;
        save();
        Q_EMIT changed();
    }
    if (m_applying)
        return; // the next refresh plans again
    DrainPlan next;
    if (m_state.enabled && state == RunSummary::State::Running && insideWindow())
        next = planDrainAhead(m_nodes, m_order, settings());
    else if (!m_state.nodes.isEmpty() && state != RunSummary::State::ManagementUpgrading
             && state != RunSummary::State::Unknown && !m_nodes.empty())
        next = planReturnToService(m_nodes); // the Management Node away or unknown: later
    else {
        Q_EMIT changed();
        return;
    }
    m_held = next.heldByGuardrail;
    if (next.drain.empty() && next.release.empty() && next.forget.empty()) {
        m_locations = next.locations;
        Q_EMIT changed();
        return;
    }
    apply(std::move(next));
}

QCoro::Task<> DrainAheadRunner::apply(DrainPlan plan)
{
    QPointer<DrainAheadRunner> self(this);
    m_applying = true;
    m_locations = plan.locations;
    for (const NodeId id : plan.forget)
        m_state.nodes.removeAll(id); // someone took it out of maintenance already
    if (!plan.forget.empty())
        save();
    api::ManagementClient &client = m_client;
    bool ok = true;
    bool asked = false; // a change the node took: a refresh shows it
    for (const NodeId id : plan.release) {
        Result<void> done = co_await client.setMaintenance(id, false);
        if (!self)
            co_return;
        if (!done) {
            fail(done.error());
            ok = false;
            continue; // the others still go back; this one at the next refresh
        }
        qCDebug(lcSession).noquote() << "drain ahead: returned" << m_names.value(id) << "to service";
        asked = true;
        m_state.nodes.removeAll(id);
        save();
    }
    const QString reason = reasonText();
    for (const NodeId id : plan.drain) {
        // In the record before the node is asked: whatever happens next, the
        // next console finds it.
        m_state.nodes.append(id);
        if (!save()) {
            m_state.nodes.removeAll(id);
            ok = false;
            break;
        }
        Result<void> done = co_await client.setMaintenance(id, true, reason);
        if (!self)
            co_return;
        if (!done) {
            m_state.nodes.removeAll(id);
            save();
            fail(done.error());
            ok = false;
            break;
        }
        qCDebug(lcSession).noquote() << "drain ahead: put" << m_names.value(id) << "into maintenance";
        asked = true;
    }
    if (ok)
        m_failing = false;
    m_applying = false;
    Q_EMIT changed();
    if (asked)
        Q_EMIT refreshWanted(); // not after a refusal only: the next regular refresh tries again
}

} // namespace iuc
