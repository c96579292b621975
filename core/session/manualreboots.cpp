#include "core/session/manualreboots.h"

#include "core/api/apierrors.h"
#include "core/domain/nodestatus.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace iuc {

namespace {

bool inContact(const api::WorkerVmStatus &n)
{
    return n.upgradeStatus.code() != NodeStatus::Code::Unreachable
           && n.upgradeStatus.code() != NodeStatus::Code::Rebooting;
}

const api::WorkerVmStatus *findNode(const api::Snapshot &s, int id)
{
    for (const api::WorkerVmStatus &n : s.nodes) {
        if (n.id == id)
            return &n;
    }
    return nullptr;
}

} // namespace

ManualReboots::ManualReboots(api::DeploymentPoller &poller, QObject *parent)
    : QObject(parent), m_poller(poller), m_wallClock([] { return QDateTime::currentDateTimeUtc(); })
{
    connect(&m_poller, &api::DeploymentPoller::snapshotReady, this, &ManualReboots::onSnapshot);
    connect(&m_poller, &api::DeploymentPoller::failed, this, &ManualReboots::onFailed);
}

ManualReboots::~ManualReboots() = default;

void ManualReboots::watchNode(int nodeId)
{
    const std::optional<api::Snapshot> &last = m_poller.lastSnapshot();
    const api::WorkerVmStatus *node = last ? findNode(*last, nodeId) : nullptr;
    if (!node)
        return;
    m_nodes.insert(nodeId, RebootWatch(node->name, last->serverTime, node->bootTime, RebootWatch::kConferencingNodeLimit));
    Q_EMIT changed();
}

void ManualReboots::watchManagement()
{
    const std::optional<api::Snapshot> &last = m_poller.lastSnapshot();
    const QString name = last && !last->management.name.isEmpty() ? last->management.name
                                                                   : tr("the Management Node");
    m_management.emplace(name, m_wallClock(), QDateTime(), RebootWatch::kManagementLimit);
    m_poller.expectManagementReboot();
    Q_EMIT changed();
}

QString ManualReboots::pendingText() const
{
    QStringList names;
    if (m_management)
        names << m_management->name();
    for (const RebootWatch &w : m_nodes)
        names << w.name();
    if (names.isEmpty())
        return {};
    names.sort();
    return tr("Waiting for %1 to restart (you reboot it in the hypervisor or over SSH).").arg(names.join(u", "_s));
}

void ManualReboots::settle(RebootWatch &watch, RebootWatch::Outcome before)
{
    if (watch.outcome() == RebootWatch::Outcome::Rebooted)
        Q_EMIT seen(watch.name(), watch.rebootedAt());
    else if (watch.outcome() == RebootWatch::Outcome::Overdue && before != RebootWatch::Outcome::Overdue)
        Q_EMIT overdue(watch.name());
}

void ManualReboots::onSnapshot(const api::Snapshot &snapshot)
{
    bool any = false;
    if (m_management) {
        const RebootWatch::Outcome before = m_management->outcome();
        m_management->observe(true, QDateTime(), m_wallClock());
        settle(*m_management, before);
        if (m_management->outcome() == RebootWatch::Outcome::Rebooted) {
            m_management.reset();
            any = true;
        }
    }
    for (auto it = m_nodes.begin(); it != m_nodes.end();) {
        const RebootWatch::Outcome before = it->outcome();
        const api::WorkerVmStatus *node = findNode(snapshot, it.key());
        if (!node) { // removed from the deployment meanwhile
            it = m_nodes.erase(it);
            any = true;
            continue;
        }
        it->observe(inContact(*node), node->bootTime, snapshot.serverTime);
        settle(*it, before);
        if (it->outcome() == RebootWatch::Outcome::Rebooted) {
            it = m_nodes.erase(it);
            any = true;
        } else {
            ++it;
        }
    }
    if (any)
        Q_EMIT changed();
}

void ManualReboots::onFailed(const Error &error)
{
    if (!m_management || !(error.is(ApiError::Unreachable) || error.is(ApiError::Rebooting)))
        return;
    const RebootWatch::Outcome before = m_management->outcome();
    m_management->observe(false, QDateTime(), m_wallClock());
    settle(*m_management, before);
}

} // namespace iuc
