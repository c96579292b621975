#pragma once

// The Management Node API's resources (docs/api.md) as typed values. The
// parsers (resourceparser.h) turn JSON into these, checking every field;
// nothing else in the console reads API JSON.

#include "core/domain/nodestatus.h"
#include "core/domain/version.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace iuc::api {

struct PageMeta
{
    int limit = 0;
    int offset = 0;
    QString next;     // relative URL, empty when this is the last page
    QString previous; // empty on the first page
    int totalCount = 0;
};

template <typename T>
struct Page
{
    PageMeta meta;
    QList<T> objects;
};

// A version as reported: the text is kept, the parsed value may be invalid
// when a Management Node reports something this build cannot read.
struct ReportedVersion
{
    QString text;
    Version version; // !isValid() when `text` could not be parsed
};

// Required of every resource: what every documented version sends and the
// console cannot work without (resourceparser.h). Everything else may be
// absent: an absent field changes what is shown, never whether it works.

struct ManagementVm
{
    int id = 0;
    int configurationId = 0; // 0 when absent
    QString name;
    ReportedVersion version;
    NodeStatus upgradeStatus;
    std::optional<QDateTime> upgradeStatusSince; // extension
    QString syncStatus;
    QDateTime bootTime;
    QDateTime lastUpdated;
    QDateTime lastAttemptedContact;
    bool primary = true;
    QString address; // extension; empty when absent
};

struct WorkerVmStatus
{
    int id = 0;
    int configurationId = 0;
    QString name;
    QString nodeType;       // CONFERENCING | PROXYING
    QString systemLocation;
    ReportedVersion version;
    NodeStatus upgradeStatus;
    bool maintenanceMode = false;
    QString maintenanceModeReason;
    QString syncStatus;
    QDateTime bootTime;
    QDateTime lastUpdated;
    QDateTime lastAttemptedContact;
    int mediaLoad = 0;
    int signalingCount = 0;
    QString deployStatus;
    // Capacity, on recent versions (absent on older ones):
    std::optional<int> maxAudioCalls;
    std::optional<int> maxSdCalls;
    std::optional<int> maxHdCalls;
    std::optional<int> maxFullHdCalls;
    std::optional<int> maxMediaTokens;
    std::optional<int> mediaTokensUsed;
    // v24-era fields (absent on recent versions):
    QDateTime lastReported;
    std::optional<int> deployProgress;
    QString deployError;
    // Extensions (absent on a real Management Node):
    std::optional<QDateTime> upgradeStatusSince;
    std::optional<int> upgradeAttempts;
    std::optional<int> upgradeQueuePosition; // 0: not queued
    // The three above were filled in by the console's own record of the run
    // (RunObserver) from what it saw, not reported by the node.
    bool runFiguresInferred = false;
};

struct WorkerVmConfiguration
{
    int id = 0;
    QString name;
    QString hostname;
    QString domain;
    QString address; // the node's IP: participants' media_node
    QString nodeType;
    // The location's name: a real Management Node sends a URI
    // (systemLocationUri); its name is filled in from system_location/.
    QString systemLocation;
    QString systemLocationUri;
    QString deploymentType; // MANUAL-PROVISION-ONLY marks configuration-only nodes (R12)
    bool maintenanceMode = false;

    [[nodiscard]] bool isConfigurationOnly() const { return deploymentType == QStringLiteral("MANUAL-PROVISION-ONLY"); }
};

// configuration/v1/system_location/
struct SystemLocation
{
    int id = 0;
    QString name;
    QString resourceUri;
};

// configuration/v1/syslog_server/: where a Management Node sends its own
// log (the administrator log is in its support log).
struct SyslogServer
{
    int id = 0;
    QString address;
    int port = 514;
    QString transport = QStringLiteral("udp"); // "udp", "tcp" or "tls"
    QString description;
    bool supportLog = true;
    QString resourceUri;
};

struct Participant
{
    QString id;
    QString conference;
    QString mediaNode;
    QString systemLocation;
    QString displayName;
    QString protocol;
    QDateTime connectTime;
};

struct Conference
{
    QString id;
    QString name;
    QString serviceType;
    QDateTime startTime;
};

struct Alarm
{
    int id = 0;
    QString level;
    QString name;       // a snake_case identifier on a real node (connectivity_lost)
    QString identifier; // absent on some versions
    QString instance;
    QString node;       // the node's IP address on a real node
    QString details;
    bool acknowledged = false;
    QDateTime timeRaised;
};

struct LogEntry
{
    qint64 id = 0;
    QDateTime time;
    QString level;
    QString line; // the raw administrator-log line
};

struct RunStatusChange
{
    NodeStatus status;
    QDateTime at;
};

struct RunAttempt
{
    QDateTime startedAt;
    std::optional<QDateTime> endedAt;
    QString result; // in_progress, upgraded, calls_timeout, unreachable, install_failed, abandoned, stopped (raw if unknown)
    QString detail;
};

struct RunNode
{
    int id = 0;
    QString name;
    bool included = false;
    QString fromVersion;
    std::optional<QDateTime> upgradedAt;
    QList<RunAttempt> attempts;
    QList<RunStatusChange> history;
};

// Extension: status/v1/upgrade_run/.
struct UpgradeRun
{
    int id = 0;
    QString state; // running, completed, stopped, abandoned, management_failed (raw if unknown)
    QString outcome;
    ReportedVersion targetVersion;
    QDateTime startedAt;
    QDateTime deadlineAt;
    QDateTime lockUntil;
    std::optional<QDateTime> endedAt;
    bool locked = false;
    int systemsIncluded = 0;
    int systemsUpgraded = 0;
    int maxParallel = 1;
    qint64 drainTimeoutSeconds = 3600;
    QString packageId;
    QString packageSha256;
    QList<int> queue;
    QList<int> leftBehind;
    bool managementIncluded = false;
    QString managementFromVersion;
    std::optional<QDateTime> managementUpgradedAt;
    QList<RunStatusChange> managementHistory;
    QList<RunNode> nodes; // empty when asked with ?nodes=false
    // Not reported by the Management Node but the console's own record of
    // what it saw (RunObserver): the start is "first observed", the queue
    // order and the attempts are inferred.
    bool observed = false;

    [[nodiscard]] bool isRunning() const { return state == QStringLiteral("running"); }
};

// configuration/v1/upgrade_request/<uuid>/: one upload request.
struct UploadStatus
{
    QString id;            // the request's uuid
    qint64 totalSize = -1; // extension; -1: not reported (real nodes)
    qint64 offset = 0;
    QString state; // the node's own words (cancelled, …): not documented
};

struct VersionInfo
{
    QString version;
    QString pseudoVersion;
    int major = 0;
    QString buildDate; // may be empty
};

// What finish/ answers (REAL-API.md §4): the confirmation's data when
// validating, the start when performing. The size, the SHA-256, the verdict
// and the systems to upgrade are extensions: empty or 0 from a real node,
// where the console's own reading of the file and the deployment says them.
struct ConfirmData
{
    QString uploadId;
    qint64 size = 0;
    QString sha256;
    VersionInfo current;
    VersionInfo upgrade;
    QString verdict; // upgrade, repeat_run
    QString message;
    int systemsToUpgrade = 0;
    QDateTime timestamp; // the node's time of the answer, when given
};

// The answer to the performing finish/: the upgrade was started.
struct PerformedUpgrade
{
    ConfirmData answer; // empty when the node answered in another shape
    QDateTime at;       // by the Management Node's clock
    std::optional<UpgradeRun> run; // extension
};

// One field as a resource's Tastypie schema/ describes it.
struct SchemaField
{
    QString type; // string, integer, boolean, datetime, related, …
    bool nullable = false;
    bool readonly = false;
    QString helpText;
};

// GET <resource>/schema/: what a Management Node says a resource holds and
// allows. Read to detect what a node offers (capabilities.h).
struct ResourceSchema
{
    QStringList listMethods;   // lower case: get, post, …
    QStringList detailMethods;
    QMap<QString, SchemaField> fields;

    [[nodiscard]] bool hasField(const QString &name) const { return fields.contains(name); }
};

} // namespace iuc::api
