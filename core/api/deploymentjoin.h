#pragma once

// Joins what the Management Node serves in separate resources: a node's
// status (status/v1/worker_vm/) to its configuration
// (configuration/v1/worker_vm/) by the status's configuration_id — not by
// its id, the two may differ — and configurations' location URIs to the
// names of configuration/v1/system_location/.

#include "core/api/resources.h"

#include <QHash>
#include <QList>

namespace iuc::api {

// Fills each configuration's systemLocation from its systemLocationUri
// where `locations` has that URI (or its id).
void resolveLocations(QList<WorkerVmConfiguration> &configurations, const QList<SystemLocation> &locations);

// The configuration of each status node, keyed by the status node's id.
// A node without a location of its own takes its configuration's.
QHash<int, WorkerVmConfiguration> configurationsByNode(QList<WorkerVmStatus> &nodes,
                                                      const QList<WorkerVmConfiguration> &configurations);

// Gives each node without a location of its own its configuration's
// (`byNode` as configurationsByNode() made it).
void takeConfiguredLocations(QList<WorkerVmStatus> &nodes, const QHash<int, WorkerVmConfiguration> &byNode);

// Whether any configuration names its location by URI only.
bool needsLocationNames(const QList<WorkerVmConfiguration> &configurations);

} // namespace iuc::api
