#include "emulator/server/apiresources.h"

#include "emulator/server/apischema.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace iuc::sim::api {

namespace {

QString pseudo(const Version &v)
{
    QStringList parts;
    for (int p : v.pseudoVersion())
        parts << QString::number(p);
    return parts.join(QLatin1Char('.'));
}

} // namespace

QString timestamp(TimePoint t)
{
    return toDateTime(t).toString(u"yyyy-MM-ddTHH:mm:ss.zzz"_s);
}

QJsonValue timestampOrNull(const std::optional<TimePoint> &t)
{
    return t ? QJsonValue(timestamp(*t)) : QJsonValue(QJsonValue::Null);
}

QByteArray httpDate(TimePoint t)
{
    return QLocale::c().toString(toDateTime(t), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s).toLatin1();
}

QJsonObject versionInfo(const Version &v, const QString &buildDate)
{
    QJsonObject o{{u"version"_s, v.toString()},
                  {u"pseudo_version"_s, pseudo(v)},
                  {u"major"_s, v.major()}};
    o.insert(u"build_date"_s, buildDate.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(buildDate));
    return o;
}

QJsonObject managementVm(const Deployment &d, ApiProfile profile, const StatusWords &words)
{
    const TimePoint now = d.now();
    const QJsonObject full{
        {u"id"_s, 1},
        {u"configuration_id"_s, 1},
        {u"name"_s, d.config().managementName},
        {u"primary"_s, true},
        {u"version"_s, d.managementVersion().toString()},
        {u"upgrade_status"_s, words.spell(d.engine().management().status)},
        {u"sync_status"_s, u"SYNCED"_s},
        {u"last_updated"_s, timestamp(now)},
        {u"last_attempted_contact"_s, timestamp(now)},
        {u"resource_uri"_s, u"/api/admin/status/v1/management_vm/1/"_s},
        // Extensions
        {u"address"_s, d.config().managementAddress},
        {u"boot_time"_s, timestamp(d.managementBootTime())},
        {u"upgrade_status_since"_s, timestamp(d.engine().management().statusSince)},
    };
    return spec(Resource::ManagementVm).project(full, profile);
}

QJsonObject workerStatus(const Deployment &d, const SimNode &n, ApiProfile profile, const StatusWords &words)
{
    const NodeState &s = *d.engine().node(n.config.id);
    const TimePoint now = d.now();
    const bool inContact = n.reachable && !n.rebooting;
    QString reason;
    if (n.engineMaintenance)
        reason = u"Upgrade in progress"_s;
    else if (n.adminMaintenance)
        reason = n.adminMaintenanceReason.isEmpty() ? u"Set by administrator"_s : n.adminMaintenanceReason;
    QString sync = u"SYNCED"_s;
    if (!inContact)
        sync = u"NOT_SYNCED"_s;
    else if (s.status == NodeStatus::Code::Upgrading)
        sync = u"SYNC_PAUSED"_s;

    // Capacities follow the node's CPUs: an SD call takes 1 media token,
    // an HD call 2, a Full HD call 4. Every simulated call is an HD call.
    const int cpus = n.config.id % 5 == 0 ? 16 : 8;
    const int maxTokens = 4 * cpus;
    const int tokensUsed = std::min(maxTokens, 2 * n.calls);
    const int load = n.inMaintenance() ? 100 : (100 * tokensUsed + maxTokens / 2) / maxTokens;
    const QString lastUpdated = timestamp(inContact ? now : n.lastUpdated);
    const QJsonObject full{
        {u"id"_s, n.config.id},
        {u"configuration_id"_s, n.config.id},
        {u"name"_s, n.config.name},
        {u"node_type"_s, u"CONFERENCING"_s},
        {u"system_location"_s, n.config.location},
        {u"version"_s, n.version.toString()},
        {u"upgrade_status"_s, words.spell(s.status)},
        {u"maintenance_mode"_s, n.inMaintenance()},
        {u"maintenance_mode_reason"_s, reason},
        {u"sync_status"_s, sync},
        {u"boot_time"_s, timestamp(n.bootTime)},
        {u"last_updated"_s, lastUpdated},
        {u"last_attempted_contact"_s, timestamp(now)},
        {u"last_reported"_s, lastUpdated},
        {u"media_load"_s, load},
        {u"media_tokens_used"_s, tokensUsed},
        {u"max_media_tokens"_s, maxTokens},
        {u"max_sd_calls"_s, 4 * cpus},
        {u"max_hd_calls"_s, 2 * cpus},
        {u"max_full_hd_calls"_s, cpus},
        {u"max_audio_calls"_s, 25 * cpus},
        {u"max_direct_participants"_s, 10 * cpus},
        {u"signaling_count"_s, n.calls},
        {u"cpu_count"_s, cpus},
        {u"cpu_model"_s, u"Intel(R) Xeon(R) Gold 6248 CPU @ 2.50GHz"_s},
        {u"cpu_capabilities"_s, u"AVX512"_s},
        {u"total_ram"_s, cpus * 1024 * 1024},
        {u"hypervisor"_s, u"VMware"_s},
        {u"deploy_status"_s, profile == ApiProfile::PexipV24 ? u"deploy_succeeded"_s : u"DEPLOYED"_s},
        {u"deploy_progress"_s, 100},
        {u"deploy_error"_s, QString()},
        {u"resource_uri"_s, u"/api/admin/status/v1/worker_vm/%1/"_s.arg(n.config.id)},
        // Extensions: what the upgrade status page needs per node.
        {u"upgrade_status_since"_s, timestamp(s.statusSince)},
        {u"upgrade_attempts"_s, s.attempts},
        {u"upgrade_queue_position"_s, d.engine().queuePosition(n.config.id)},
    };
    return spec(Resource::WorkerVmStatus).project(full, profile);
}

QString systemLocationUri(const Deployment &d, const QString &name)
{
    const auto &locations = d.config().locations;
    const auto it = std::find_if(locations.begin(), locations.end(),
                                 [&](const LocationConfig &l) { return l.name == name; });
    // Every node's location is in the list (DeploymentConfig fills it in).
    const auto id = it == locations.end() ? 0 : std::distance(locations.begin(), it) + 1;
    return u"/api/admin/configuration/v1/system_location/%1/"_s.arg(id);
}

QJsonObject workerConfiguration(const Deployment &d, const SimNode &n, ApiProfile profile)
{
    const QString &address = n.config.address;
    const QString gateway = address.section(QLatin1Char('.'), 0, 2) + u".254"_s;
    const QJsonObject full{
        {u"id"_s, n.config.id},
        {u"name"_s, n.config.name},
        {u"description"_s, QString()},
        {u"hostname"_s, n.config.hostname.section(QLatin1Char('.'), 0, 0)},
        {u"domain"_s, n.config.hostname.section(QLatin1Char('.'), 1)},
        {u"address"_s, address},
        {u"netmask"_s, u"255.255.255.0"_s},
        {u"gateway"_s, gateway},
        {u"ipv6_address"_s, QJsonValue(QJsonValue::Null)},
        {u"ipv6_gateway"_s, QJsonValue(QJsonValue::Null)},
        {u"secondary_address"_s, QJsonValue(QJsonValue::Null)},
        {u"secondary_netmask"_s, QJsonValue(QJsonValue::Null)},
        {u"node_type"_s, u"CONFERENCING"_s},
        {u"system_location"_s, systemLocationUri(d, n.config.location)},
        {u"deployment_type"_s, n.config.configOnly ? u"MANUAL-PROVISION-ONLY"_s : u"VMWARE"_s},
        {u"maintenance_mode"_s, n.adminMaintenance},
        {u"maintenance_mode_reason"_s, !n.adminMaintenance ? QString()
                                       : n.adminMaintenanceReason.isEmpty() ? u"Set by administrator"_s
                                                                            : n.adminMaintenanceReason},
        {u"cloud_bursting"_s, false},
        {u"media_priority_weight"_s, QJsonValue(QJsonValue::Null)},
        {u"transcoding"_s, true},
        {u"enable_ssh"_s, u"GLOBAL"_s},
        {u"snmp_mode"_s, u"DISABLED"_s},
        {u"resource_uri"_s, u"/api/admin/configuration/v1/worker_vm/%1/"_s.arg(n.config.id)},
    };
    return spec(Resource::WorkerVmConfiguration).project(full, profile);
}

QJsonObject systemLocation(const Deployment &d, int index, ApiProfile profile)
{
    const LocationConfig &l = d.config().locations[static_cast<size_t>(index)];
    const int id = index + 1;
    const QJsonObject full{
        {u"id"_s, id},
        {u"name"_s, l.name},
        {u"description"_s, QString()},
        {u"dns_servers"_s, QJsonArray{u"/api/admin/configuration/v1/dns_server/1/"_s}},
        {u"ntp_servers"_s, QJsonArray{u"/api/admin/configuration/v1/ntp_server/1/"_s}},
        {u"mtu"_s, 1500},
        {u"resource_uri"_s, u"/api/admin/configuration/v1/system_location/%1/"_s.arg(id)},
    };
    return spec(Resource::SystemLocation).project(full, profile);
}

QJsonObject participant(const Deployment &d, const Participant &p, ApiProfile profile)
{
    const SimNode *n = d.node(p.node);
    const QJsonObject full{
        {u"id"_s, p.id},
        {u"conference"_s, p.conference},
        {u"media_node"_s, n ? n->config.address : QString()},
        {u"signalling_node"_s, n ? n->config.address : QString()},
        {u"system_location"_s, n ? n->config.location : QString()},
        {u"connect_time"_s, timestamp(p.connectTime)},
        {u"display_name"_s, p.displayName},
        {u"remote_address"_s, p.remoteAddress},
        {u"protocol"_s, p.protocol},
        {u"role"_s, u"guest"_s},
        {u"call_direction"_s, u"in"_s},
        {u"service_type"_s, u"conference"_s},
    };
    return spec(Resource::Participant).project(full, profile);
}

QJsonObject conference(const Conference &c, ApiProfile profile)
{
    const QJsonObject full{
        {u"id"_s, c.id},
        {u"name"_s, c.name},
        {u"service_type"_s, u"conference"_s},
        {u"start_time"_s, timestamp(c.startTime)},
        {u"is_started"_s, true},
        {u"is_locked"_s, false},
        {u"guests_muted"_s, false},
        {u"tag"_s, QString()},
    };
    return spec(Resource::Conference).project(full, profile);
}

QJsonObject alarm(const Alarm &a, ApiProfile profile)
{
    const QJsonObject full{
        {u"id"_s, a.id},
        {u"identifier"_s, a.identifier},
        {u"level"_s, a.level},
        {u"name"_s, a.name},
        {u"details"_s, a.details},
        {u"instance"_s, a.instance},
        {u"node"_s, a.node},
        {u"acknowledged"_s, false},
        {u"time_raised"_s, timestamp(a.raisedAt)},
    };
    return spec(Resource::Alarm).project(full, profile);
}

QJsonObject list(const QString &path, const QString &query, Page page, int total,
                 const std::function<QJsonObject(int)> &render)
{
    QJsonArray objects;
    const int end = std::min(total, page.offset + page.limit);
    for (int i = page.offset; i < end; ++i)
        objects.append(render(i));
    const QString extra = query.isEmpty() ? QString() : QLatin1Char('&') + query;
    auto link = [&](int offset) {
        return QJsonValue(u"%1?limit=%2&offset=%3%4"_s.arg(path).arg(page.limit).arg(offset).arg(extra));
    };
    const QJsonValue next = end < total ? link(end) : QJsonValue(QJsonValue::Null);
    const QJsonValue previous = page.offset > 0 ? link(std::max(0, page.offset - page.limit)) : QJsonValue(QJsonValue::Null);
    return QJsonObject{{u"meta"_s,
                        QJsonObject{{u"limit"_s, page.limit},
                                    {u"offset"_s, page.offset},
                                    {u"next"_s, next},
                                    {u"previous"_s, previous},
                                    {u"total_count"_s, total}}},
                       {u"objects"_s, objects}};
}

} // namespace iuc::sim::api
