#include "core/api/capabilities.h"

#include "core/api/apierrors.h"
#include "core/api/managementclient.h"
#include "core/api/resourceparser.h"
#include "core/domain/logging.h"

#include <QCoro/QCoroTask>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace iuc::api {

namespace {

const QList<QLatin1StringView> kExtensions{Resource::UpgradeRun, Resource::Log, Resource::Reboot};

bool isExtension(QAnyStringView resource)
{
    return std::any_of(kExtensions.cbegin(), kExtensions.cend(), [&](QLatin1StringView e) { return QAnyStringView::equal(resource, e); });
}

// Failures that would stop any request, not just this one: detection stops
// with them. Any other answer (404, 405, a 400 or 500 of a node that does not
// know the path) means "not served".
bool stopsEverything(const Error &error)
{
    return error.is(ApiError::Unreachable) || error.is(ApiError::Unauthorized) || error.is(ApiError::Forbidden)
           || error.is(ApiError::Rebooting) || error.is(ApiError::Cancelled) || error.isIn(TlsError::Domain);
}

} // namespace

const QList<QLatin1StringView> &probedResources()
{
    static const QList<QLatin1StringView> all{
        Resource::ManagementVm,   Resource::WorkerVm,         Resource::WorkerVmConfiguration,
        Resource::SystemLocation, Resource::Participant,      Resource::Conference,
        Resource::Alarm,          Resource::Upgrade,          Resource::UpgradeRequest,
        Resource::PlatformUpgrade, Resource::ParticipantDisconnect, Resource::ConferenceDisconnect,
        Resource::BackupCreate,   Resource::SyslogServer,     Resource::UpgradeRun,
        Resource::Log,            Resource::Reboot,
    };
    return all;
}

bool Capabilities::has(QAnyStringView resource) const
{
    // Nothing read: the documented resources are assumed and tried; an
    // extension only where it answers (the callers treat a 404 as absent).
    if (!schemasRead)
        return !isExtension(resource);
    return resources.contains(resource.toString());
}

bool Capabilities::hasField(QAnyStringView resource, const QString &field) const
{
    const auto it = resources.constFind(resource.toString());
    return it != resources.constEnd() && it->hasField(field);
}

UploadProtocol Capabilities::upload() const
{
    if (!schemasRead)
        return UploadProtocol::Unknown;
    if (has(Resource::UpgradeRequest))
        return UploadProtocol::Resumable;
    if (has(Resource::Upgrade))
        return UploadProtocol::SingleShot;
    return UploadProtocol::None;
}

WorkerFieldSet Capabilities::workerFieldSet() const
{
    if (hasField(Resource::WorkerVm, u"maintenance_mode_reason"_s))
        return WorkerFieldSet::Recent;
    if (hasField(Resource::WorkerVm, u"last_reported"_s) || hasField(Resource::WorkerVm, u"deploy_progress"_s))
        return WorkerFieldSet::V24;
    return WorkerFieldSet::Unknown;
}

bool Capabilities::workerExtras() const
{
    return hasField(Resource::WorkerVm, u"upgrade_status_since"_s);
}

QStringList Capabilities::extensions() const
{
    QStringList out;
    for (QLatin1StringView e : kExtensions) {
        if (resources.contains(QString(e)))
            out.append(QString(e));
    }
    if (workerExtras())
        out.append(u"status/v1/worker_vm/ upgrade_status_since, upgrade_attempts, upgrade_queue_position"_s);
    return out;
}

QString Capabilities::uploadLabel(UploadProtocol protocol)
{
    switch (protocol) {
    case UploadProtocol::Unknown:
        return tr("unknown (the Management Node served no schema)");
    case UploadProtocol::None:
        return tr("none found");
    case UploadProtocol::SingleShot:
        return tr("single upload (configuration/v1/upgrade/)");
    case UploadProtocol::Resumable:
        return tr("resumable upload request (configuration/v1/upgrade_request/)");
    }
    return {};
}

QString Capabilities::fieldSetLabel(WorkerFieldSet set)
{
    switch (set) {
    case WorkerFieldSet::Unknown:
        return tr("unknown");
    case WorkerFieldSet::Recent:
        return tr("recent versions");
    case WorkerFieldSet::V24:
        return tr("v24 era");
    }
    return {};
}

QList<Capabilities::Feature> Capabilities::features() const
{
    QList<Feature> out;
    out.append({tr("Node status table"), has(Resource::WorkerVm), true,
                tr("The Management Node serves no status/v1/worker_vm/: nothing can be shown.")});
    out.append({tr("Upgrade run panel from the Management Node's own record"), upgradeRunExtension(), true,
                tr("Real Management Nodes keep no upgrade-run record in their API; the console follows the run "
                   "from each node's status instead.")});
    out.append({tr("Administrator log in the console from the API"), adminLogExtension(), true,
                tr("Real Management Nodes serve their administrator log only as a download in their web interface "
                   "and to syslog servers: the console receives it as a syslog server, or opens the download.")});
    out.append({tr("The console added to the node's syslog servers"), syslogServer(), true,
                tr("This Management Node does not offer configuration/v1/syslog_server/: add the console as a syslog "
                   "server in its web interface (System > Syslog servers).")});
    out.append({tr("Reboot a node or the Management Node from the console"), rebootCommand(), true,
                tr("Real Management Nodes have no reboot command in their API: reboot the virtual machine in the "
                   "hypervisor, or sign in over SSH and run sudo reboot.")});
    out.append({tr("Disconnect a stuck node's calls"), participantDisconnect(), true,
                tr("This Management Node does not offer command/v1/participant/disconnect/.")});
    out.append({tr("Location names of configured nodes"), systemLocations(), true,
                tr("This Management Node does not serve configuration/v1/system_location/: locations are taken "
                   "from the node status instead.")});
    const UploadProtocol protocol = upload();
    out.append({tr("Upload an upgrade package"), protocol != UploadProtocol::None, true,
                tr("This Management Node offers neither upload resource: upload the package in its web interface.")});
    if (!schemasRead) {
        for (Feature &f : out) {
            f.known = false;
            f.explanation = tr("Not known: the Management Node served no schema/ page. The console tries it when "
                               "needed and says so if it is missing.");
        }
    }
    return out;
}

QCoro::Task<Result<Capabilities>> detectCapabilities(ManagementClient &client, QMap<QString, QByteArray> *schemaBodies)
{
    Capabilities caps;
    for (QLatin1StringView resource : probedResources()) {
        caps.probed.append(QString(resource));
        const QString path = u"/api/admin/"_s + resource + u"schema/"_s;
        Result<ManagementClient::Answer> answer = co_await client.request("GET"_ba, path, {});
        if (!answer) {
            if (stopsEverything(answer.error()))
                co_return answer.error();
            if (!answer.error().is(ApiError::NotFound))
                qCDebug(lcHttp).noquote() << resource << "schema: not served:" << answer.error().code;
            continue;
        }
        caps.schemasRead = true;
        if (schemaBodies)
            schemaBodies->insert(QString(resource), answer.value().body);
        Result<ResourceSchema> schema = parseSchema(answer.value().body);
        if (!schema)
            qCWarning(lcHttp).noquote() << resource << "schema unreadable:" << schema.error().message;
        caps.resources.insert(QString(resource), schema ? schema.value() : ResourceSchema{});
    }
    // The version these schemas belong to: read again when it changes.
    Result<ManagementVm> management = co_await client.managementVm();
    if (!management)
        co_return management.error();
    caps.managementVersion = management.value().version;
    caps.detectedAt = client.serverNow();
    qCDebug(lcHttp).noquote() << "capabilities:" << caps.resources.size() << "of" << caps.probed.size()
                            << "resources served; upload" << Capabilities::uploadLabel(caps.upload());
    co_return caps;
}

} // namespace iuc::api
