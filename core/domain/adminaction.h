#pragma once

// One thing the admin did to a Conferencing Node through this workstation
// (calls disconnected, the node rebooted), for the run's report (R4, R9):
// the Management Node keeps no record of it that its API can read.
// AdminActionLog (core/storage) keeps them on disk.

#include <QDateTime>
#include <QList>
#include <QString>

#include <chrono>
#include <optional>

namespace iuc {

struct AdminAction
{
    // The health checks after each node's upgrade (HealthChecks) are kept
    // with them: the console's own findings, for the same report.
    enum class Kind { CallsDisconnected, NodeRebooted, HealthCheckPassed, HealthCheckFailed };

    Kind kind = Kind::CallsDisconnected;
    QDateTime at; // on the Management Node's clock
    int nodeId = 0;
    QString node; // its name then
    int calls = 0; // the calls it ended
    QString by;    // the account
    QString detail; // a health check's findings

    friend bool operator==(const AdminAction &, const AdminAction &) = default;
};

// The console decides a node's health check (HealthChecks) up to this long
// after the node's upgrade, so after the run's end for the last nodes: a
// run's report counts the checks until then.
inline constexpr std::chrono::minutes kHealthCheckAfterRun{15};

// The actions on `nodeId` from `from` until `until` (none: still running).
inline QList<AdminAction> actionsDuring(const QList<AdminAction> &actions, int nodeId, const QDateTime &from,
                                        const std::optional<QDateTime> &until)
{
    QList<AdminAction> during;
    for (const AdminAction &a : actions) {
        if (a.nodeId == nodeId && a.at >= from && (!until || a.at <= *until))
            during.append(a);
    }
    return during;
}

} // namespace iuc
