#pragma once

#include "emulator/server/apiprofile.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <array>
#include <vector>

namespace iuc::sim::api {

// One description per resource says which profiles serve it, with which
// methods and which fields; the JSON of an object and the resource's
// Tastypie schema/ are both derived from it, so they cannot drift apart.

// Which profiles serve a resource or a field, as bits.
enum ProfileBit : unsigned { InPexip = 1U, InPexipV24 = 2U, InExtended = 4U };
inline constexpr unsigned kEveryProfile = InPexip | InPexipV24 | InExtended;
inline constexpr unsigned kRecentProfiles = InPexip | InExtended; // what v24 nodes lack
[[nodiscard]] unsigned bitOf(ApiProfile profile);

enum class FieldType { String, Integer, Boolean, DateTime, Related, List, Dict, Float };

struct FieldSpec
{
    QString name;
    FieldType type = FieldType::String;
    QString help = {};
    unsigned profiles = kEveryProfile;
    bool nullable = false;
    bool blank = false;
    bool readonly = true;
    bool unique = false;
    QJsonValue defaultValue = QJsonValue(QJsonValue::Undefined); // undefined: none
};

enum class Resource {
    ManagementVm,
    WorkerVmStatus,
    Participant,
    Conference,
    Alarm,
    Log,
    UpgradeRun,
    WorkerVmConfiguration,
    SystemLocation,
    UpgradeRequest,
    Upgrade,
    PlatformReboot,
    ParticipantDisconnect,
    ConferenceDisconnect,
    BackupCreate,
    SyslogServer,
};

struct ResourceSpec
{
    Resource id;
    QString path = {}; // under /api/admin/, ending in '/': "status/v1/worker_vm/"
    unsigned profiles = kEveryProfile;
    QStringList listMethods = {};   // lower case, as Tastypie writes them: "get", "post"
    QStringList detailMethods = {}; // on "<path><id>/"
    QStringList detailActions = {}; // POST-only sub-paths of an object: "<path><id>/<action>/"
    std::vector<FieldSpec> fields = {};
    QJsonObject filtering = {};     // field → allowed filters, for what the list filters
    QStringList ordering = {};

    [[nodiscard]] bool servedIn(ApiProfile profile) const { return (profiles & bitOf(profile)) != 0; }
    // The fields an object of this resource has in `profile`, in order.
    [[nodiscard]] const QStringList &fieldNames(ApiProfile profile) const;
    // GET <path>schema/ in `profile`.
    [[nodiscard]] QJsonObject schema(ApiProfile profile) const;
    // Exactly the fields of `profile`, taken from `full`, a rendering that
    // holds every field any profile has.
    [[nodiscard]] QJsonObject project(const QJsonObject &full, ApiProfile profile) const;

    std::array<QStringList, 3> namesByProfile = {}; // filled once by resources()
};

// Every resource of the Management Node API that some profile serves.
const std::vector<ResourceSpec> &resources();
const ResourceSpec &spec(Resource id);

// The descriptions, by part of the API (apischemastatus.cpp, apischemaconfig.cpp).
std::vector<ResourceSpec> statusResourceSpecs();
std::vector<ResourceSpec> configurationResourceSpecs();
std::vector<ResourceSpec> commandResourceSpecs();

} // namespace iuc::sim::api
