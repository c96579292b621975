#pragma once

#include "core/api/resources.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>

namespace iuc {

// R11 made concrete: while versions are mixed, callers of one meeting who
// sit on nodes of different versions are in different conferences. A
// conference is split when its participants' media nodes run more than one
// version right now.
struct SplitConference
{
    QString name;
    QMap<QString, int> participantsByVersion; // version text → participants on nodes of that version

    [[nodiscard]] int participants() const;
    friend bool operator==(const SplitConference &, const SplitConference &) = default;
};

// Node address (configuration/v1/worker_vm/ "address", what participants
// name as media_node) → the version that node runs now (status/v1/worker_vm/).
// Nodes whose configuration is not known yet are left out.
[[nodiscard]] QHash<QString, QString> nodeVersionsByAddress(const QList<api::WorkerVmStatus> &nodes,
                                                            const QHash<int, api::WorkerVmConfiguration> &configurations);

// The split conferences among `participants`, most participants first (then
// by name). Participants on an address with no known version do not count:
// their side of the split cannot be told.
[[nodiscard]] QList<SplitConference> splitConferences(const QList<api::Participant> &participants,
                                                      const QHash<QString, QString> &versionByAddress);

// Whether the nodes run more than one version: only then can a conference be split.
[[nodiscard]] bool versionsMixed(const QList<api::WorkerVmStatus> &nodes);

} // namespace iuc
