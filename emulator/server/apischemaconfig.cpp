// The configuration/v1/ and command/v1/ resources: what each profile serves
// (REAL-API.md §2 and §4; docs/api.md marks the extensions). The upload
// resources follow the real protocol; command/v1/platform/upgrade/, whose
// role on a real node is unclear, is not served.

#include "emulator/server/apischema.h"

using namespace Qt::StringLiterals;

namespace iuc::sim::api {

namespace {

using T = FieldType;

const QStringList kGet{u"get"_s};
const QStringList kPost{u"post"_s};

std::vector<FieldSpec> workerVmConfigurationFields()
{
    return {
        {u"address"_s, T::String, u"IPv4 address of the node; participants' media_node refers to it."_s,
         kEveryProfile, false, false, true, true},
        {u"cloud_bursting"_s, T::Boolean, u"Whether the node is a cloud overflow node, started on demand."_s,
         kEveryProfile, false, false, true, false, false},
        {u"deployment_type"_s, T::String, u"How the node is deployed; MANUAL-PROVISION-ONLY for a node deployed from "
                                          u"a configuration file."_s,
         kEveryProfile, false, false, true, false, u"MANUAL-PROVISION-ONLY"_s},
        {u"description"_s, T::String, u"Free text about the node."_s, kEveryProfile, false, true, true, false,
         QString()},
        {u"domain"_s, T::String, u"DNS domain of the node."_s, kEveryProfile, false, true},
        {u"enable_ssh"_s, T::String, u"Whether the node accepts SSH logins: GLOBAL follows the platform setting."_s,
         kEveryProfile, false, false, true, false, u"GLOBAL"_s},
        {u"gateway"_s, T::String, u"IPv4 gateway of the node."_s},
        {u"hostname"_s, T::String, u"Host name of the node, without the domain."_s},
        {u"id"_s, T::Integer, u"Id of the node's configuration."_s, kEveryProfile, false, false, true, true},
        {u"ipv6_address"_s, T::String, u"IPv6 address of the node, if it has one."_s, kEveryProfile, true, true},
        {u"ipv6_gateway"_s, T::String, u"IPv6 gateway of the node, if it has one."_s, kEveryProfile, true, true},
        {u"maintenance_mode"_s, T::Boolean, u"Set by an administrator: the node takes no new calls. PATCH it."_s,
         kEveryProfile, false, false, false, false, false},
        {u"maintenance_mode_reason"_s, T::String, u"Why an administrator set maintenance mode."_s, kEveryProfile,
         false, true, true, false, QString()},
        {u"media_priority_weight"_s, T::Integer, u"Preference for this node when media is placed; null: the "
                                                u"default."_s,
         kEveryProfile, true, false, true, false, QJsonValue(QJsonValue::Null)},
        {u"name"_s, T::String, u"Name of the node."_s, kEveryProfile, false, false, true, true},
        {u"netmask"_s, T::String, u"IPv4 netmask of the node."_s},
        {u"node_type"_s, T::String, u"The node's role: CONFERENCING or PROXYING."_s, kEveryProfile, false, false,
         true, false, u"CONFERENCING"_s},
        {u"resource_uri"_s, T::String, u"Path of this object."_s},
        {u"secondary_address"_s, T::String, u"Address of a second network interface, if any."_s, kEveryProfile, true,
         true},
        {u"secondary_netmask"_s, T::String, u"Netmask of a second network interface, if any."_s, kEveryProfile, true,
         true},
        {u"snmp_mode"_s, T::String, u"SNMP on the node: DISABLED, STANDARD or AUTHPRIV."_s, kEveryProfile, false,
         false, true, false, u"DISABLED"_s},
        {u"system_location"_s, T::Related, u"The node's system location, as a path to configuration/v1/"
                                           u"system_location/<id>/."_s},
        {u"transcoding"_s, T::Boolean, u"Whether the node transcodes media."_s, kEveryProfile, false, false, true,
         false, true},
    };
}

std::vector<FieldSpec> systemLocationFields()
{
    return {
        {u"description"_s, T::String, u"Free text about the location."_s, kEveryProfile, false, true, true, false,
         QString()},
        {u"dns_servers"_s, T::List, u"DNS servers the location's nodes use."_s},
        {u"id"_s, T::Integer, u"Id of the location."_s, kEveryProfile, false, false, true, true},
        {u"mtu"_s, T::Integer, u"Largest packet the location's network carries, in bytes."_s, kEveryProfile, false,
         false, true, false, 1500},
        {u"name"_s, T::String, u"Name of the location, as status objects show it."_s, kEveryProfile, false, false,
         true, true},
        {u"ntp_servers"_s, T::List, u"NTP servers the location's nodes use."_s},
        {u"resource_uri"_s, T::String, u"Path of this object."_s},
    };
}

std::vector<FieldSpec> uploadRequestFields()
{
    return {
        {u"current"_s, T::Dict, u"The installed version: version, pseudo_version, major, build_date."_s},
        {u"offset"_s, T::Integer, u"Bytes stored so far: the next chunk starts here."_s},
        {u"resource_uri"_s, T::String, u"Path of this upload request."_s},
        {u"state"_s, T::String, u"uploading, uploaded, validated, performed or cancelled (this emulator's words)."_s},
        {u"total_size"_s, T::Integer, u"Extension: size of the package in bytes, given when the upload was "
                                      u"requested."_s,
         InExtended, false, false, false},
        {u"upgrade"_s, T::Dict, u"The package's version once validated: version, pseudo_version, major, "
                                u"build_date."_s,
         kEveryProfile, true},
        {u"uuid"_s, T::String, u"Id of the upload request."_s, kEveryProfile, false, false, true, true},
    };
}

// The vendor's System > Syslog servers page, field by field.
std::vector<FieldSpec> syslogServerFields()
{
    return {
        {u"address"_s, T::String, u"IP address or FQDN of the remote syslog server."_s, kEveryProfile, false, false,
         false},
        {u"audit_log"_s, T::Boolean, u"Whether the Linux audit log is sent to this server."_s, kEveryProfile, false,
         false, false, false, false},
        {u"description"_s, T::String, u"Free text about the syslog server."_s, kEveryProfile, false, true, false,
         false, QString()},
        {u"id"_s, T::Integer, u"Id of the syslog server."_s, kEveryProfile, false, false, true, true},
        {u"port"_s, T::Integer, u"Port on the syslog server."_s, kEveryProfile, false, false, false, false, 514},
        {u"resource_uri"_s, T::String, u"Path of this object."_s},
        {u"support_log"_s, T::Boolean, u"Whether the support log, which holds the administrator log, is sent to "
                                       u"this server."_s,
         kEveryProfile, false, false, false, false, true},
        {u"transport"_s, T::String, u"IP transport to the syslog server: udp, tcp or tls."_s, kEveryProfile, false,
         false, false, false, u"udp"_s},
        {u"web_log"_s, T::Boolean, u"Whether the web server log is sent to this server."_s, kEveryProfile, false,
         false, false, false, false},
    };
}

} // namespace

std::vector<ResourceSpec> configurationResourceSpecs()
{
    return {
        {Resource::WorkerVmConfiguration, u"configuration/v1/worker_vm/"_s, kEveryProfile, kGet,
         QStringList{u"get"_s, u"patch"_s}, {}, workerVmConfigurationFields()},
        {Resource::SystemLocation, u"configuration/v1/system_location/"_s, kEveryProfile, kGet, kGet, {},
         systemLocationFields()},
        // v24-era nodes upload in one shot only (REAL-API.md §4).
        {Resource::UpgradeRequest, u"configuration/v1/upgrade_request/"_s, InPexip | InExtended,
         QStringList{u"get"_s, u"delete"_s}, QStringList{u"get"_s, u"delete"_s},
         QStringList{u"upload"_s, u"finish"_s, u"cancel"_s},
         uploadRequestFields()},
        {Resource::SyslogServer, u"configuration/v1/syslog_server/"_s, kEveryProfile,
         QStringList{u"get"_s, u"post"_s}, QStringList{u"get"_s, u"put"_s, u"patch"_s, u"delete"_s}, {},
         syslogServerFields()},
        {Resource::Upgrade, u"configuration/v1/upgrade/"_s, kEveryProfile, kPost, {}, {},
         {{u"package"_s, T::String, u"The package file, sent as the multipart form field of this name: uploads "
                                    u"and performs the upgrade in one request."_s,
           kEveryProfile, false, true, false},
          {u"request"_s, T::Boolean, u"true: create an upload request (configuration/v1/upgrade_request/) "
                                     u"instead of sending the file here."_s,
           InPexip | InExtended, false, true, false},
          {u"total_size"_s, T::Integer, u"Size of the package in bytes, with request."_s, InPexip | InExtended, false,
           true, false}}},
    };
}

std::vector<ResourceSpec> commandResourceSpecs()
{
    return {
        {Resource::ParticipantDisconnect, u"command/v1/participant/disconnect/"_s, kEveryProfile, kPost, {}, {},
         {{u"participant_id"_s, T::String, u"The id of the participant to disconnect (status/v1/participant/)."_s,
           kEveryProfile, false, false, false}}},
        {Resource::ConferenceDisconnect, u"command/v1/conference/disconnect/"_s, kEveryProfile, kPost, {}, {},
         {{u"conference_id"_s, T::String,
           u"The id of the conference whose participants are all disconnected (status/v1/conference/)."_s,
           kEveryProfile, false, false, false}}},
        // Documented; its field is this emulator's guess (REAL-API.md §5: read its schema).
        {Resource::BackupCreate, u"command/v1/platform/backup_create/"_s, kEveryProfile, kPost, {}, {},
         {{u"passphrase"_s, T::String, u"Passphrase that encrypts the backup file (at least 8 characters)."_s,
           kEveryProfile, false, false, false}}},
        {Resource::PlatformReboot, u"command/v1/platform/reboot/"_s, InExtended, kPost, {}, {},
         {{u"node"_s, T::String, u"Extension: \"management\", \"all\" or a Conferencing Node's id."_s, InExtended,
           false, false, false}}},
    };
}

} // namespace iuc::sim::api
