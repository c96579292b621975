#pragma once

// What one Management Node offers, read from its own Tastypie schema/
// endpoints instead of guessed from its version (REAL-API.md §1): which
// resources it serves, with which fields, which upload protocol, which of
// this project's extensions. Every feature asks one Capabilities value; a
// feature the node lacks is hidden or explained, never a failing button.

#include "core/api/resources.h"
#include "core/domain/result.h"

#include <QAnyStringView>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace QCoro {
template <typename T>
class Task;
}

namespace iuc::api {

class ManagementClient;

// The resources detection asks about, as paths under /api/admin/.
namespace Resource {
inline constexpr QLatin1StringView ManagementVm{"status/v1/management_vm/"};
inline constexpr QLatin1StringView WorkerVm{"status/v1/worker_vm/"};
inline constexpr QLatin1StringView WorkerVmConfiguration{"configuration/v1/worker_vm/"};
inline constexpr QLatin1StringView SystemLocation{"configuration/v1/system_location/"};
inline constexpr QLatin1StringView Participant{"status/v1/participant/"};
inline constexpr QLatin1StringView Conference{"status/v1/conference/"};
inline constexpr QLatin1StringView Alarm{"status/v1/alarm/"};
inline constexpr QLatin1StringView Upgrade{"configuration/v1/upgrade/"};
inline constexpr QLatin1StringView UpgradeRequest{"configuration/v1/upgrade_request/"};
inline constexpr QLatin1StringView PlatformUpgrade{"command/v1/platform/upgrade/"};
inline constexpr QLatin1StringView ParticipantDisconnect{"command/v1/participant/disconnect/"};
inline constexpr QLatin1StringView ConferenceDisconnect{"command/v1/conference/disconnect/"};
inline constexpr QLatin1StringView BackupCreate{"command/v1/platform/backup_create/"};
inline constexpr QLatin1StringView SyslogServer{"configuration/v1/syslog_server/"};
// This project's extensions (docs/api.md, "Extension"): no real node has them.
inline constexpr QLatin1StringView UpgradeRun{"status/v1/upgrade_run/"};
inline constexpr QLatin1StringView Log{"status/v1/log/"};
inline constexpr QLatin1StringView Reboot{"command/v1/platform/reboot/"};
} // namespace Resource

enum class UploadProtocol {
    Unknown,    // no schema told (none served): tried as the node answers
    None,       // neither upload resource is served
    SingleShot, // configuration/v1/upgrade/ with the file (every version; the upload may start the upgrade)
    Resumable,  // configuration/v1/upgrade_request/: chunks, validate_only, then perform (recent versions)
};

enum class WorkerFieldSet {
    Unknown,
    Recent, // maintenance_mode_reason, sync_status, capacities
    V24,    // last_reported, deploy_progress; no maintenance_mode_reason
};

class Capabilities final
{
    Q_DECLARE_TR_FUNCTIONS(iuc::api::Capabilities)

public:
    // One of the console's features on this node.
    struct Feature
    {
        QString name;
        bool available = false;
        bool known = true;   // false: no schema told; tried when needed
        QString explanation; // what the admin does instead, when not available
    };

    // Schemas by resource path ("status/v1/worker_vm/"); only served ones.
    QMap<QString, ResourceSchema> resources;
    // The resources probed (served or not), in the order asked.
    QStringList probed;
    // No schema answered at all (an old version, or a proxy in the way):
    // nothing is known, so every feature is tried and degrades on a 404.
    bool schemasRead = false;
    ReportedVersion managementVersion; // the version the schemas were read at
    QDateTime detectedAt;              // by the Management Node's clock

    [[nodiscard]] bool has(QAnyStringView resource) const;
    // Known not to be served: the node's schemas were read and it is not
    // among them. (Nothing read: nothing is known to be missing.)
    [[nodiscard]] bool lacks(QAnyStringView resource) const { return schemasRead && !has(resource); }
    [[nodiscard]] bool hasField(QAnyStringView resource, const QString &field) const;

    [[nodiscard]] UploadProtocol upload() const;
    [[nodiscard]] WorkerFieldSet workerFieldSet() const;
    [[nodiscard]] bool upgradeRunExtension() const { return has(Resource::UpgradeRun); }
    [[nodiscard]] bool adminLogExtension() const { return has(Resource::Log); }
    [[nodiscard]] bool rebootCommand() const { return has(Resource::Reboot); }
    // upgrade_status_since, upgrade_attempts, upgrade_queue_position on worker_vm.
    [[nodiscard]] bool workerExtras() const;
    [[nodiscard]] bool participantDisconnect() const { return has(Resource::ParticipantDisconnect); }
    [[nodiscard]] bool systemLocations() const { return has(Resource::SystemLocation); }
    [[nodiscard]] bool syslogServer() const { return has(Resource::SyslogServer); }
    // The extensions found, by resource path.
    [[nodiscard]] QStringList extensions() const;

    // The console's features on this node, each available or explained.
    [[nodiscard]] QList<Feature> features() const;

    [[nodiscard]] static QString uploadLabel(UploadProtocol protocol);
    [[nodiscard]] static QString fieldSetLabel(WorkerFieldSet set);
};

// Every resource detection asks about, in order.
const QList<QLatin1StringView> &probedResources();

// Reads <resource>/schema/ for every probed resource. An error answer (404,
// 405, …) means "not served"; an unreadable schema still means "served".
// Fails only on what stops every request (unreachable, sign-in refused,
// rebooting, TLS). With `schemaBodies`, each served schema's answer as it
// came, by resource path (upgradectl probe --save keeps them).
QCoro::Task<Result<Capabilities>> detectCapabilities(ManagementClient &client,
                                                     QMap<QString, QByteArray> *schemaBodies = nullptr);

} // namespace iuc::api
