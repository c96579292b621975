// The status/v1/ resources: what each profile serves (REAL-API.md §2 for
// pexip and pexip-v24; docs/api.md marks the extensions).

#include "emulator/server/apischema.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace iuc::sim::api {

namespace {

using T = FieldType;

const QStringList kGet{u"get"_s};

std::vector<FieldSpec> managementVmFields()
{
    return {
        {u"address"_s, T::String, u"Extension: the Management Node's IP address."_s, InExtended},
        {u"boot_time"_s, T::DateTime, u"Extension: when the Management Node last started (UTC)."_s, InExtended, true},
        {u"configuration_id"_s, T::Integer, u"Id of the Management Node's configuration object."_s},
        {u"id"_s, T::Integer, u"Id of this status object."_s, kEveryProfile, false, false, true, true},
        {u"last_attempted_contact"_s, T::DateTime, u"When contact was last attempted (UTC)."_s, kEveryProfile, true},
        {u"last_updated"_s, T::DateTime, u"When this status was last refreshed (UTC)."_s, kEveryProfile, true},
        {u"name"_s, T::String, u"Name of the Management Node."_s},
        {u"primary"_s, T::Boolean, u"Whether this is the primary Management Node."_s, kEveryProfile, false, false, true,
         false, false},
        {u"resource_uri"_s, T::String, u"Path of this object."_s},
        {u"sync_status"_s, T::String, u"Whether its configuration is in step."_s, kEveryProfile, false, false, true,
         false, u"UNREACHABLE"_s},
        {u"upgrade_status"_s, T::String, u"Where the Management Node is in a software upgrade."_s, kEveryProfile, false,
         false, true, false, u"IDLE"_s},
        {u"upgrade_status_since"_s, T::DateTime, u"Extension: when upgrade_status last changed (UTC)."_s, InExtended},
        {u"version"_s, T::String, u"Installed software version, release then build: \"24 (55691.0.0)\"."_s},
    };
}

std::vector<FieldSpec> workerVmStatusFields()
{
    const QString capacity = u"Calls of this kind the node can host at once (from its CPUs)."_s;
    return {
        {u"boot_time"_s, T::DateTime, u"When the node last started (UTC); a newer value means it rebooted."_s,
         kEveryProfile, true},
        {u"configuration_id"_s, T::Integer, u"Id of the node's configuration/v1/worker_vm/ object: join on this."_s},
        {u"cpu_capabilities"_s, T::String, u"Instruction set extensions of the node's CPU."_s},
        {u"cpu_count"_s, T::Integer, u"Virtual CPUs of the node."_s},
        {u"cpu_model"_s, T::String, u"The CPU model the node runs on."_s},
        {u"deploy_error"_s, T::String, u"Why deploying the node failed; empty when it did not."_s, InPexipV24, false,
         true},
        {u"deploy_progress"_s, T::Integer, u"Deployment progress in percent."_s, InPexipV24},
        {u"deploy_status"_s, T::String, u"Whether the node was deployed."_s},
        {u"hypervisor"_s, T::String, u"The hypervisor the node runs on."_s},
        {u"id"_s, T::Integer, u"Id of this status object."_s, kEveryProfile, false, false, true, true},
        {u"last_attempted_contact"_s, T::DateTime, u"When the Management Node last tried to reach the node (UTC)."_s,
         kRecentProfiles, true},
        {u"last_reported"_s, T::DateTime, u"When the node last reported to the Management Node (UTC)."_s, InPexipV24,
         true},
        {u"last_updated"_s, T::DateTime, u"When the Management Node last heard from the node (UTC)."_s, kEveryProfile,
         true},
        {u"maintenance_mode"_s, T::Boolean, u"True while the node takes no new calls."_s, kEveryProfile, false, false,
         true, false, false},
        {u"maintenance_mode_reason"_s, T::String, u"Why the node is in maintenance mode."_s, kRecentProfiles, false,
         true},
        {u"max_audio_calls"_s, T::Integer, capacity},
        {u"max_direct_participants"_s, T::Integer, capacity},
        {u"max_full_hd_calls"_s, T::Integer, capacity},
        {u"max_hd_calls"_s, T::Integer, capacity},
        {u"max_media_tokens"_s, T::Integer, u"Media capacity of the node, in tokens."_s},
        {u"max_sd_calls"_s, T::Integer, capacity},
        {u"media_load"_s, T::Integer, u"Media load in percent; 100 while the node is in maintenance mode."_s},
        {u"media_tokens_used"_s, T::Integer, u"Media tokens its calls use now."_s},
        {u"name"_s, T::String, u"Name of the node."_s},
        {u"node_type"_s, T::String, u"The node's role."_s, kEveryProfile, false, false, true, false,
         u"CONFERENCING"_s},
        {u"resource_uri"_s, T::String, u"Path of this object."_s},
        {u"signaling_count"_s, T::Integer, u"Calls the node signals now."_s},
        {u"sync_status"_s, T::String, u"Whether the node's configuration is in step."_s, kRecentProfiles, false, false,
         true, false, u"UNREACHABLE"_s},
        {u"system_location"_s, T::String, u"Name of the node's system location."_s},
        {u"total_ram"_s, T::Integer, u"Memory of the node, in kB."_s},
        {u"upgrade_attempts"_s, T::Integer, u"Extension: turns the node has had in the current or last upgrade run."_s,
         InExtended},
        {u"upgrade_queue_position"_s, T::Integer,
         u"Extension: the node's place in the upgrade queue, from 1; 0 when it is not waiting."_s, InExtended},
        {u"upgrade_status"_s, T::String, u"Where the node is in a software upgrade."_s, kEveryProfile, false, false,
         true, false, u"IDLE"_s},
        {u"upgrade_status_since"_s, T::DateTime, u"Extension: when upgrade_status last changed (UTC)."_s, InExtended},
        {u"version"_s, T::String, u"Installed software version, release then build: \"24 (55691.0.0)\"."_s},
    };
}

std::vector<FieldSpec> participantFields()
{
    return {
        {u"call_direction"_s, T::String, u"Whether the call came in or went out."_s},
        {u"conference"_s, T::String, u"The meeting the participant is in."_s},
        {u"connect_time"_s, T::DateTime, u"When the participant joined (UTC)."_s},
        {u"display_name"_s, T::String, u"Name the participant shows."_s, kEveryProfile, false, true},
        {u"id"_s, T::String, u"Participant id (a UUID)."_s, kEveryProfile, false, false, true, true},
        {u"media_node"_s, T::String, u"IP address of the node carrying the media."_s},
        {u"protocol"_s, T::String, u"Call protocol: SIP, H323, WebRTC, MSSIP."_s},
        {u"remote_address"_s, T::String, u"The caller's address."_s},
        {u"role"_s, T::String, u"The participant's role in the meeting."_s},
        {u"service_type"_s, T::String, u"Kind of service the participant called."_s},
        {u"signalling_node"_s, T::String, u"IP address of the node handling the signalling."_s},
        {u"system_location"_s, T::String, u"Name of the media node's system location."_s},
    };
}

std::vector<FieldSpec> conferenceFields()
{
    return {
        {u"guests_muted"_s, T::Boolean, u"Whether guests are muted."_s},
        {u"id"_s, T::String, u"Conference id."_s, kEveryProfile, false, false, true, true},
        {u"is_locked"_s, T::Boolean, u"Whether the meeting is locked."_s},
        {u"is_started"_s, T::Boolean, u"Whether the meeting has started."_s},
        {u"name"_s, T::String, u"The meeting's name (its alias)."_s},
        {u"service_type"_s, T::String, u"Kind of service."_s},
        {u"start_time"_s, T::DateTime, u"When the meeting started (UTC)."_s},
        {u"tag"_s, T::String, u"A tag set on the service."_s, kEveryProfile, false, true},
    };
}

std::vector<FieldSpec> alarmFields()
{
    return {
        {u"acknowledged"_s, T::Boolean, u"Whether an administrator acknowledged the alarm."_s, kEveryProfile, false,
         false, true, false, false},
        {u"details"_s, T::String, u"What the alarm is about, in words."_s, kEveryProfile, false, true},
        {u"id"_s, T::Integer, u"Id of this alarm."_s, kEveryProfile, false, false, true, true},
        {u"identifier"_s, T::Integer, u"Number of the kind of alarm."_s},
        {u"instance"_s, T::String, u"Which instance of the subject the alarm is about."_s, kEveryProfile, false, true},
        {u"level"_s, T::String, u"Severity: info, warning, error, critical."_s, kEveryProfile, false, false, true,
         false, u"info"_s},
        {u"name"_s, T::String, u"Kind of alarm, as an identifier: connectivity_lost."_s},
        {u"node"_s, T::String, u"IP address of the node that raised the alarm."_s},
        {u"time_raised"_s, T::DateTime, u"When the alarm was raised (UTC)."_s},
    };
}

std::vector<FieldSpec> logFields()
{
    return {
        {u"id"_s, T::Integer, u"Consecutive line number; ask ?after_id=<last seen> for newer lines."_s,
         InExtended, false, false, true, true},
        {u"level"_s, T::String, u"INFO, WARNING or ERROR."_s, InExtended},
        {u"line"_s, T::String, u"The whole line in the administrator log's format."_s, InExtended},
        {u"time"_s, T::DateTime, u"Time of the line (UTC)."_s, InExtended},
    };
}

std::vector<FieldSpec> upgradeRunFields()
{
    const unsigned x = InExtended;
    return {
        {u"deadline_at"_s, T::DateTime, u"When the run stops if it has not completed (24 hours)."_s, x},
        {u"drain_timeout_s"_s, T::Integer, u"Seconds a node waits for its calls to clear."_s, x},
        {u"ended_at"_s, T::DateTime, u"When the run ended; null while it runs."_s, x, true},
        {u"id"_s, T::Integer, u"Run number, 1 for the first."_s, x, false, false, true, true},
        {u"left_behind"_s, T::List, u"Ids of the nodes an ended run did not bring to its version."_s, x},
        {u"lock_until"_s, T::DateTime, u"Latest end of the lock on new upgrades."_s, x},
        {u"locked"_s, T::Boolean, u"Whether a new upgrade would be refused now."_s, x},
        {u"management"_s, T::Dict, u"The Management Node's part: included, from_version, upgraded_at, history."_s, x},
        {u"max_parallel"_s, T::Integer, u"Nodes upgraded at once."_s, x},
        {u"nodes"_s, T::List, u"Per node: included, from_version, upgraded_at, attempts, history (?nodes=false leaves "
                              u"it out)."_s, x},
        {u"outcome"_s, T::String, u"The state in words."_s, x},
        {u"package_id"_s, T::String, u"The package being installed (current run only)."_s, x},
        {u"package_sha256"_s, T::String, u"SHA-256 of that package (current run only)."_s, x},
        {u"queue"_s, T::List, u"Ids of the nodes waiting for their turn, front first."_s, x},
        {u"started_at"_s, T::DateTime, u"When the run was started."_s, x},
        {u"state"_s, T::String, u"running, completed, stopped, abandoned or management_failed."_s, x},
        {u"systems_included"_s, T::Integer, u"Systems the run upgrades."_s, x},
        {u"systems_upgraded"_s, T::Integer, u"Of those, the ones on the target version now."_s, x},
        {u"target_version"_s, T::String, u"The version being installed."_s, x},
    };
}

} // namespace

std::vector<ResourceSpec> statusResourceSpecs()
{
    const QJsonArray exact{u"exact"_s};
    return {
        {Resource::ManagementVm, u"status/v1/management_vm/"_s, kEveryProfile, kGet, kGet, {}, managementVmFields()},
        {Resource::WorkerVmStatus, u"status/v1/worker_vm/"_s, kEveryProfile, kGet, kGet, {}, workerVmStatusFields()},
        {Resource::Participant, u"status/v1/participant/"_s, kEveryProfile, kGet, kGet, {}, participantFields(),
         QJsonObject{{u"conference"_s, exact}, {u"media_node"_s, exact}}},
        {Resource::Conference, u"status/v1/conference/"_s, kEveryProfile, kGet, kGet, {}, conferenceFields()},
        {Resource::Alarm, u"status/v1/alarm/"_s, kEveryProfile, kGet, kGet, {}, alarmFields()},
        {Resource::Log, u"status/v1/log/"_s, InExtended, kGet, {}, {}, logFields()},
        {Resource::UpgradeRun, u"status/v1/upgrade_run/"_s, InExtended, kGet, {}, {}, upgradeRunFields()},
    };
}

} // namespace iuc::sim::api
