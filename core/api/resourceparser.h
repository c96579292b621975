#pragma once

// Strict parsers for the Management Node API's answers (docs/api.md): one per
// resource, from the HTTP body to the typed value of resources.h.
//
// Every failure is an Error with code "api.malformed" whose message names the
// resource, where in the answer, and the field, for example
//   status/v1/worker_vm/: objects[3]: "version" is missing
// Its details carry "resource", "path" and "field" for scripts and tests.
//
// What they accept, and why:
// - required fields are only those every documented version of a real
//   Management Node sends and the console cannot do without (a node's id,
//   name, version and upgrade status); every other field, and every one of
//   the project's extensions (docs/api.md, "Extension"), may be absent or
//   null, so the console reads v24-era and recent nodes alike;
// - whole numbers may come as their decimal text ("12"), as Tastypie sends
//   some; anything else of the wrong type is refused, naming the field;
// - unknown extra fields are ignored (a newer server may add some);
// - an unknown upgrade status is kept raw (NodeStatus::Code::Unknown), and a
//   version text that Version::parse rejects is kept as text: neither hides
//   the node.

#include "core/api/resources.h"
#include "core/domain/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QStringView>

namespace iuc::api {

// status/v1/management_vm/ and …/management_vm/1/
Result<Page<ManagementVm>> parseManagementVmPage(const QByteArray &body);
Result<ManagementVm> parseManagementVm(const QByteArray &body);

// status/v1/worker_vm/ and …/worker_vm/<id>/
Result<Page<WorkerVmStatus>> parseWorkerVmStatusPage(const QByteArray &body);
Result<WorkerVmStatus> parseWorkerVmStatus(const QByteArray &body);

// configuration/v1/worker_vm/ and …/worker_vm/<id>/
Result<Page<WorkerVmConfiguration>> parseWorkerVmConfigurationPage(const QByteArray &body);
Result<WorkerVmConfiguration> parseWorkerVmConfiguration(const QByteArray &body);

Result<Page<SystemLocation>> parseSystemLocationPage(const QByteArray &body); // configuration/v1/system_location/
Result<Page<SyslogServer>> parseSyslogServerPage(const QByteArray &body);     // configuration/v1/syslog_server/
Result<Page<Participant>> parseParticipantPage(const QByteArray &body); // status/v1/participant/
Result<Page<Conference>> parseConferencePage(const QByteArray &body);   // status/v1/conference/
Result<Page<Alarm>> parseAlarmPage(const QByteArray &body);             // status/v1/alarm/
Result<Page<LogEntry>> parseLogPage(const QByteArray &body);            // status/v1/log/ (extension)

// status/v1/upgrade_run/ (extension). parseUpgradeRun reads one run object,
// either bare or as the `run` member of the start command's 202 answer.
Result<Page<UpgradeRun>> parseUpgradeRunPage(const QByteArray &body);
Result<UpgradeRun> parseUpgradeRun(const QByteArray &body);

// configuration/v1/upgrade_request/ (create, GET, chunk answers, and the list)
Result<UploadStatus> parseUploadStatus(const QByteArray &body);
Result<Page<UploadStatus>> parseUploadStatusPage(const QByteArray &body);

// <resource>/schema/ (Tastypie): methods and fields. Only "fields" (an
// object) is required; what a field's description lacks is left empty.
Result<ResourceSchema> parseSchema(const QByteArray &body);

// The answer of …/upgrade_request/<id>/finish/ and of the single-shot upload.
Result<ConfirmData> parseConfirmData(const QByteArray &body);

// A timestamp as the server sends it: UTC, ISO 8601, no zone suffix
// ("2026-11-25T15:10:41.123"). Also accepted: no fraction, up to nine
// fraction digits (Pexip's "…:36.155000"; kept to the millisecond), and a
// "Z" or "±hh:mm" suffix (converted to UTC). The result is in UTC.
Result<QDateTime> parseTimestamp(QStringView text);

// The Date header (RFC 7231): "Wed, 25 Nov 2026 15:52:27 GMT", plus the two
// obsolete forms a recipient must accept (RFC 850 and asctime). In UTC.
Result<QDateTime> parseHttpDate(QByteArrayView text);

} // namespace iuc::api
