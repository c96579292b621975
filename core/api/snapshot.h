#pragma once

#include "core/api/capabilities.h"
#include "core/api/resources.h"

#include <QDateTime>
#include <QHash>
#include <QList>

#include <optional>

namespace iuc::api {

// Everything one refresh learned about the deployment, read in one request
// chain. Models update from it; nothing in it is partial: a refresh that
// failed half-way delivers no snapshot.
struct Snapshot
{
    QDateTime serverTime;    // the Management Node's clock (Date header) when the chain ended
    QDateTime receivedAt;    // the workstation's clock then: only for "data age" (never for durations)
    ManagementVm management;
    QList<WorkerVmStatus> nodes;
    QHash<int, WorkerVmConfiguration> configurations; // by node id; refreshed less often
    std::optional<UpgradeRun> run;                   // the current or last run (extension); without per-node history
    QList<Alarm> alarms;
    QList<LogEntry> newLogEntries; // log lines after the last refresh's
    // What the Management Node offers (read at connect, again after its
    // version changed); schemasRead false when nobody detected them.
    Capabilities capabilities;
};

} // namespace iuc::api
