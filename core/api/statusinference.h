#pragma once

#include "core/domain/nodestatus.h"

#include <QHash>
#include <QSet>
#include <QString>

namespace iuc::api {

struct Snapshot;
struct WorkerVmStatus;

// Classifies the upgrade statuses a Management Node sent in a spelling this
// console does not know (StatusSpellings), from what the node shows: its
// contact with the Management Node (sync_status, last update), maintenance
// mode, calls, and version against the Management Node's. The node's text
// is kept and shown; the status is marked inferred (NodeStatus::isInferred).
//
// A Conferencing Node with an unknown status is
// - out of contact: Rebooting if it was in its turn or is in maintenance
//   mode, else Unreachable;
// - in maintenance mode: Waiting for calls while it still has calls, else
//   Upgrading (Preparing cannot be told apart from it);
// - neither: Idle when it shows the deployment's idle text; else Calls
//   timeout if it was waiting for calls (or timed out) before; else Pending
//   when behind the Management Node's version, or on it while the idle text
//   is known and this is another; else Idle.
// The Management Node with an unknown status is Idle with the idle text,
// Upgrading with another one (it has no calls or maintenance mode: it is in
// its own upgrade), and with no idle text known Idle while Conferencing
// Nodes are in a run or behind it (it upgrades first), else left unknown.
//
// The idle text is learnt for sure from a known idle spelling, or from a
// system that has just come back on the Management Node's new version; until
// then it is guessed when every system in service shows one text. It is fed
// every snapshot of one deployment in order (DeploymentPoller does); a
// console first connected mid-run reads some statuses wrong until a system
// comes back on the new version.
class StatusInference final
{
public:
    void classify(Snapshot &snapshot);

private:
    struct Before
    {
        NodeStatus::Code code = NodeStatus::Code::Idle;
        QString version;
    };
    void learnIdleTexts(const Snapshot &s);
    NodeStatus::Code inferWorker(const WorkerVmStatus &n, NodeStatus::Code before, const Snapshot &s) const;

    QHash<int, Before> m_before; // each worker at the last snapshot, by id
    QString m_managementVersion; // at the last snapshot
    QSet<QString> m_idleTexts;   // what systems say when idle
    bool m_idleTextsSure = false;
    QSet<QString> m_logged;      // unknown texts already logged
};

} // namespace iuc::api
