#include "core/session/splitconferences.h"

#include <QSet>

#include <algorithm>

namespace iuc {

int SplitConference::participants() const
{
    int total = 0;
    for (const int n : participantsByVersion)
        total += n;
    return total;
}

QHash<QString, QString> nodeVersionsByAddress(const QList<api::WorkerVmStatus> &nodes,
                                              const QHash<int, api::WorkerVmConfiguration> &configurations)
{
    QHash<QString, QString> versions;
    versions.reserve(nodes.size());
    for (const api::WorkerVmStatus &n : nodes) {
        const auto c = configurations.constFind(n.id);
        if (c == configurations.constEnd() || c->address.isEmpty())
            continue;
        versions.insert(c->address, n.version.text);
    }
    return versions;
}

QList<SplitConference> splitConferences(const QList<api::Participant> &participants,
                                        const QHash<QString, QString> &versionByAddress)
{
    QHash<QString, QMap<QString, int>> byConference;
    for (const api::Participant &p : participants) {
        const auto version = versionByAddress.constFind(p.mediaNode);
        if (version == versionByAddress.constEnd())
            continue;
        ++byConference[p.conference][*version];
    }
    QList<SplitConference> split;
    for (auto it = byConference.cbegin(); it != byConference.cend(); ++it) {
        if (it->size() > 1)
            split.append(SplitConference{it.key(), *it});
    }
    std::sort(split.begin(), split.end(), [](const SplitConference &a, const SplitConference &b) {
        const int pa = a.participants(), pb = b.participants();
        return pa != pb ? pa > pb : a.name < b.name;
    });
    return split;
}

bool versionsMixed(const QList<api::WorkerVmStatus> &nodes)
{
    QSet<QString> seen;
    for (const api::WorkerVmStatus &n : nodes) {
        seen.insert(n.version.text);
        if (seen.size() > 1)
            return true;
    }
    return false;
}

} // namespace iuc
