// What the engine makes of each observed fact (EngineEvent).
// Part of UpgradeEngine (upgradeengine.h); the sequencing is in upgradeengine.cpp.

#include "core/engine/upgradeengine.h"

#include <QCoreApplication>

#include <algorithm>

namespace iuc {

using Code = NodeStatus::Code;

void UpgradeEngine::applyEvent(const EngineEvent &event)
{
    if (std::holds_alternative<event::ManagementInstallFinished>(event)) {
        if (m_management.status == Code::Upgrading)
            setManagementStatus(Code::Rebooting); // R1: it reboots by itself
        return;
    }
    if (const auto *e = std::get_if<event::ManagementBack>(&event)) {
        m_management.version = e->version;
        setManagementStatus(Code::Idle);
        if (m_phase == Phase::Management) {
            if (e->version.isSameBuild(m_run->target)) {
                m_run->managementUpgradedAt = m_now;
                m_phase = Phase::Conferencing; // R1 done, the run survived the reboot
            } else {
                abandonRun();
                m_run->outcome = RunOutcome::ManagementFailed;
            }
        }
        return;
    }
    if (std::holds_alternative<event::AdminRebootedManagement>(event)) {
        setManagementStatus(Code::Rebooting);
        if (m_phase != Phase::None)
            abandonRun(); // R7
        return;
    }

    NodeId id = -1;
    std::visit(
        [&id](const auto &ev) {
            if constexpr (requires { ev.node; })
                id = ev.node;
        },
        event);
    NodeState *found = find(id);
    if (!found)
        return;
    NodeState &n = *found;

    if (const auto *calls = std::get_if<event::CallsChanged>(&event)) {
        n.calls = std::max(0, calls->calls);
        if (n.status == Code::WaitingForCalls)
            tryStartInstall(n);
    } else if (std::holds_alternative<event::InstallFinished>(event)) {
        if (n.status == Code::Upgrading) {
            n.online = false;
            setStatus(n, Code::Rebooting);
        }
    } else if (const auto *failed = std::get_if<event::InstallFailed>(&event)) {
        if (n.status == Code::Upgrading)
            failTurn(n, Attempt::Result::InstallFailed, Code::Pending, failed->reason);
    } else if (const auto *back = std::get_if<event::NodeRebootFinished>(&event)) {
        n.online = true;
        n.reachable = true;
        n.version = back->version;
        const bool onTarget = m_run && n.included && !n.upgraded && back->version.isSameBuild(m_run->target);
        if (onTarget && n.status != Code::Rebooting) {
            // Already on the target by other means (an install that completed
            // after all): it must not be taken into a turn again.
            m_queue.erase(std::remove(m_queue.begin(), m_queue.end(), n.id), m_queue.end());
            finishTurnUpgraded(n);
        } else if (n.status == Code::Rebooting) {
            if (onTarget) {
                finishTurnUpgraded(n);
            } else {
                failTurn(n, Attempt::Result::InstallFailed, Code::Pending,
                         QCoreApplication::translate("UpgradeEngine",
                             "The node came back on version %1.").arg(back->version.toString()));
            }
        } else if (n.status == Code::Unreachable) {
            applyEvent(event::NodeReachable{n.id});
        } else if (n.status == Code::WaitingForCalls) {
            tryStartInstall(n); // R9: the reboot dropped its calls
        }
    } else if (std::holds_alternative<event::NodeUnreachable>(event)) {
        if (!n.reachable)
            return;
        n.reachable = false;
        switch (n.status) {
        case Code::Rebooting:
        case Code::Unreachable:
            break; // a rebooting node is out of contact anyway; its reboot timeout covers it
        case Code::Preparing:
        case Code::WaitingForCalls:
        case Code::Upgrading:
            if (n.inTurn) {
                failTurn(n, Attempt::Result::Unreachable, Code::Unreachable,
                         QCoreApplication::translate("UpgradeEngine",
                             "Contact with the node was lost during its turn.")); // R8
                break;
            }
            [[fallthrough]];
        default:
            n.statusBeforeUnreachable = n.status;
            setStatus(n, Code::Unreachable);
            break;
        }
    } else if (std::holds_alternative<event::NodeReachable>(event)) {
        if (n.reachable && n.status != Code::Unreachable)
            return;
        n.reachable = true;
        if (n.status != Code::Unreachable)
            return;
        if (n.inTurn) {
            if (m_phase == Phase::Conferencing)
                beginPreparing(n);
        } else {
            setStatus(n, n.statusBeforeUnreachable);
        }
    } else if (std::holds_alternative<event::AdminRebootedNode>(event)) {
        n.calls = 0; // R9: a reboot drops every call
        n.online = false;
        if (n.status == Code::Upgrading && n.inTurn) {
            failTurn(n, Attempt::Result::InstallFailed, Code::Pending,
                     QCoreApplication::translate("UpgradeEngine", "The node was rebooted while installing."));
        }
    }
}

} // namespace iuc
