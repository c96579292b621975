#include "core/api/deploymentjoin.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace iuc::api {

namespace {

// ".../system_location/3/" → 3; 0 when the URI ends otherwise.
int idOfUri(const QString &uri)
{
    static const QRegularExpression trailingId(u"/(\\d+)/$"_s);
    const QRegularExpressionMatch m = trailingId.match(uri);
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

} // namespace

void resolveLocations(QList<WorkerVmConfiguration> &configurations, const QList<SystemLocation> &locations)
{
    QHash<QString, QString> byUri;
    QHash<int, QString> byId;
    for (const SystemLocation &l : locations) {
        if (!l.resourceUri.isEmpty())
            byUri.insert(l.resourceUri, l.name);
        byId.insert(l.id, l.name);
    }
    for (WorkerVmConfiguration &c : configurations) {
        if (c.systemLocationUri.isEmpty() || !c.systemLocation.isEmpty())
            continue;
        c.systemLocation = byUri.value(c.systemLocationUri, byId.value(idOfUri(c.systemLocationUri)));
    }
}

QHash<int, WorkerVmConfiguration> configurationsByNode(QList<WorkerVmStatus> &nodes,
                                                      const QList<WorkerVmConfiguration> &configurations)
{
    QHash<int, const WorkerVmConfiguration *> byConfigurationId;
    for (const WorkerVmConfiguration &c : configurations)
        byConfigurationId.insert(c.id, &c);
    QHash<int, WorkerVmConfiguration> out;
    for (const WorkerVmStatus &n : std::as_const(nodes)) {
        if (const WorkerVmConfiguration *c = byConfigurationId.value(n.configurationId))
            out.insert(n.id, *c);
    }
    takeConfiguredLocations(nodes, out);
    return out;
}

void takeConfiguredLocations(QList<WorkerVmStatus> &nodes, const QHash<int, WorkerVmConfiguration> &byNode)
{
    for (WorkerVmStatus &n : nodes) {
        if (n.systemLocation.isEmpty())
            n.systemLocation = byNode.value(n.id).systemLocation;
    }
}

bool needsLocationNames(const QList<WorkerVmConfiguration> &configurations)
{
    return std::any_of(configurations.cbegin(), configurations.cend(), [](const WorkerVmConfiguration &c) {
        return !c.systemLocationUri.isEmpty() && c.systemLocation.isEmpty();
    });
}

} // namespace iuc::api
