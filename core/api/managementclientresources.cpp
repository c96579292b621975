// ManagementClient: the resources and commands of docs/api.md.

#include "core/api/managementclient.h"

#include "core/api/apierrors.h"
#include "core/api/resourceparser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace iuc::api {

namespace {

const QString kStatus = u"/api/admin/status/v1/"_s;
const QString kConfiguration = u"/api/admin/configuration/v1/"_s;
const QString kCommand = u"/api/admin/command/v1/platform/"_s;

// A sanity bound on one list: 10 times the largest deployment at the
// smallest page.
constexpr int kMaxPages = 100'000;

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString withQuery(const QString &path, const QUrlQuery &query)
{
    return path + QLatin1Char('?') + query.toString(QUrl::FullyEncoded);
}

QUrlQuery limitQuery(int pageSize)
{
    QUrlQuery query;
    query.addQueryItem(u"limit"_s,
                       QString::number(std::clamp(pageSize, 1, ManagementClient::kMaxPageSize)));
    return query;
}

Error malformed(const QString &resource, const QString &message)
{
    return Error{ApiError::Malformed, message, {{u"resource"_s, resource}}};
}

// An upload request's uuid goes into paths: letters, digits and dashes only
// (a real node's format is not documented; a UUID or hex digits fit).
bool isUploadId(const QString &id)
{
    static const QRegularExpression pattern(u"^[0-9A-Za-z][0-9A-Za-z-]{0,127}$"_s);
    return pattern.match(id).hasMatch();
}

Error badUploadId(const QString &id)
{
    return Error{UploadError::BadId,
                 ManagementClient::tr("\"%1\" is not an upload id (letters, digits and dashes).").arg(id.left(80))};
}

// The id of a new upload request: in the answer's uuid (or id), else the
// last part of its Location (REAL-API.md §4: either may carry it).
QString createdUploadId(const QByteArray &body, const QByteArray &location)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    for (const QLatin1StringView key : {"uuid"_L1, "id"_L1}) {
        const QJsonValue v = o.value(key);
        if (v.isString() && !v.toString().isEmpty())
            return v.toString();
    }
    const QStringList parts = QUrl(QString::fromUtf8(location)).path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    return parts.isEmpty() ? QString() : parts.constLast();
}

} // namespace

template <typename T>
QCoro::Task<Result<Page<T>>> ManagementClient::onePage(QString path, PageParser<T> parse)
{
    const QByteArray verb = "GET"_ba;
    const QByteArray noBody;
    Result<Answer> answer = co_await request(verb, path, noBody);
    if (!answer)
        co_return answer.error();
    co_return parse(answer.value().body);
}

template <typename T>
QCoro::Task<Result<QList<T>>> ManagementClient::allPages(QString firstPath, PageParser<T> parse)
{
    QList<T> all;
    QString next = firstPath;
    QSet<QString> asked;
    const QString resource = resourceName(firstPath);
    const QByteArray verb = "GET"_ba;
    const QByteArray noBody;
    while (!next.isEmpty()) {
        // A server whose `next` repeats itself would keep us here forever.
        if (asked.contains(next) || asked.size() >= kMaxPages) {
            co_return malformed(resource, tr("%1: the pages' \"next\" links go round in a circle (%2).")
                                              .arg(resource, next.left(200)));
        }
        asked.insert(next);
        Result<Answer> answer = co_await request(verb, next, noBody);
        if (!answer)
            co_return answer.error();
        Result<Page<T>> page = parse(answer.value().body);
        if (!page)
            co_return page.error();
        if (all.isEmpty())
            all.reserve(std::clamp(page.value().meta.totalCount, 0, 100'000));
        all.append(std::move(page.value().objects));
        next = page.value().meta.next;
        if (!next.isEmpty()) {
            // `next` is relative (docs/api.md §1.4); one that names another
            // server is not followed, with the account's password.
            const QUrl link(next);
            if (!link.isValid() || (!link.host().isEmpty() && urlFor(next).authority() != m_origin.authority())) {
                co_return malformed(resource, tr("%1: the \"next\" link %2 leads away from this Management Node.")
                                                  .arg(resource, next.left(200)));
            }
        }
    }
    co_return all;
}

QCoro::Task<Result<ManagementVm>> ManagementClient::managementVm()
{
    const QByteArray verb = "GET"_ba;
    const QString path = kStatus + u"management_vm/1/"_s;
    const QByteArray noBody;
    Result<Answer> answer = co_await request(verb, path, noBody);
    if (!answer)
        co_return answer.error();
    co_return parseManagementVm(answer.value().body);
}

QCoro::Task<Result<QList<WorkerVmStatus>>> ManagementClient::workerVms(int pageSize)
{
    const QString path = withQuery(kStatus + u"worker_vm/"_s, limitQuery(pageSize));
    PageParser<WorkerVmStatus> parse = &parseWorkerVmStatusPage;
    Result<QList<WorkerVmStatus>> all = co_await allPages(path, parse);
    co_return all;
}

QCoro::Task<Result<QList<WorkerVmConfiguration>>> ManagementClient::workerVmConfigurations(int pageSize)
{
    const QString path = withQuery(kConfiguration + u"worker_vm/"_s, limitQuery(pageSize));
    PageParser<WorkerVmConfiguration> parse = &parseWorkerVmConfigurationPage;
    Result<QList<WorkerVmConfiguration>> all = co_await allPages(path, parse);
    co_return all;
}

QCoro::Task<Result<QList<SystemLocation>>> ManagementClient::systemLocations()
{
    const QString path = withQuery(kConfiguration + u"system_location/"_s, limitQuery(kDefaultPageSize));
    PageParser<SystemLocation> parse = &parseSystemLocationPage;
    Result<QList<SystemLocation>> all = co_await allPages(path, parse);
    co_return all;
}

QCoro::Task<Result<QList<SyslogServer>>> ManagementClient::syslogServers()
{
    const QString path = withQuery(kConfiguration + u"syslog_server/"_s, limitQuery(kDefaultPageSize));
    PageParser<SyslogServer> parse = &parseSyslogServerPage;
    Result<QList<SyslogServer>> all = co_await allPages(path, parse);
    co_return all;
}

QCoro::Task<Result<SyslogServer>> ManagementClient::addSyslogServer(SyslogServer server)
{
    const QByteArray body = json(QJsonObject{{u"address"_s, server.address},
                                             {u"port"_s, server.port},
                                             {u"transport"_s, server.transport},
                                             {u"description"_s, server.description},
                                             {u"support_log"_s, true},
                                             {u"audit_log"_s, false},
                                             {u"web_log"_s, false}});
    Result<Answer> answer = co_await request("POST"_ba, kConfiguration + u"syslog_server/"_s, body);
    if (!answer)
        co_return answer.error();
    // Tastypie says where the new object is; without that, find it.
    static const QRegularExpression idAtEnd(u"/(\\d+)/?$"_s);
    if (const auto match = idAtEnd.match(QString::fromLatin1(answer.value().location)); match.hasMatch()) {
        server.id = match.captured(1).toInt();
        co_return server;
    }
    Result<QList<SyslogServer>> all = co_await syslogServers();
    if (!all)
        co_return all.error();
    for (const SyslogServer &s : all.value()) {
        if (s.address == server.address && s.port == server.port && s.transport == server.transport && s.id > server.id)
            server.id = s.id;
    }
    if (server.id == 0)
        co_return Error{ApiError::Malformed, tr("The Management Node accepted the syslog server but does not list it.")};
    co_return server;
}

QCoro::Task<Result<void>> ManagementClient::removeSyslogServer(int id)
{
    Result<void> done = co_await command("DELETE"_ba, kConfiguration + u"syslog_server/%1/"_s.arg(id), {});
    co_return done;
}

QCoro::Task<Result<int>> ManagementClient::callCount(QString mediaNodeAddress)
{
    QUrlQuery query;
    query.addQueryItem(u"media_node"_s, mediaNodeAddress);
    query.addQueryItem(u"limit"_s, u"1"_s);
    const QString path = withQuery(kStatus + u"participant/"_s, query);
    PageParser<Participant> parse = &parseParticipantPage;
    Result<Page<Participant>> page = co_await onePage(path, parse);
    if (!page)
        co_return page.error();
    co_return page.value().meta.totalCount;
}

QCoro::Task<Result<QList<Participant>>> ManagementClient::participants(ParticipantFilter filter)
{
    QUrlQuery query = limitQuery(kMaxPageSize);
    if (!filter.mediaNode.isEmpty())
        query.addQueryItem(u"media_node"_s, filter.mediaNode);
    if (!filter.conference.isEmpty())
        query.addQueryItem(u"conference"_s, filter.conference);
    const QString path = withQuery(kStatus + u"participant/"_s, query);
    PageParser<Participant> parse = &parseParticipantPage;
    Result<QList<Participant>> all = co_await allPages(path, parse);
    co_return all;
}

QCoro::Task<Result<QList<Conference>>> ManagementClient::conferences()
{
    const QString path = withQuery(kStatus + u"conference/"_s, limitQuery(kMaxPageSize));
    PageParser<Conference> parse = &parseConferencePage;
    Result<QList<Conference>> all = co_await allPages(path, parse);
    co_return all;
}

QCoro::Task<Result<QList<Alarm>>> ManagementClient::alarms()
{
    const QString path = withQuery(kStatus + u"alarm/"_s, limitQuery(kMaxPageSize));
    PageParser<Alarm> parse = &parseAlarmPage;
    Result<QList<Alarm>> all = co_await allPages(path, parse);
    co_return all;
}

QCoro::Task<Result<QList<LogEntry>>> ManagementClient::logAfter(qint64 lastId)
{
    QUrlQuery query = limitQuery(kMaxPageSize);
    query.addQueryItem(u"after_id"_s, QString::number(std::max<qint64>(0, lastId)));
    const QString path = withQuery(kStatus + u"log/"_s, query);
    PageParser<LogEntry> parse = &parseLogPage;
    Result<QList<LogEntry>> all = co_await allPages(path, parse);
    co_return all;
}

QCoro::Task<Result<std::optional<UpgradeRun>>> ManagementClient::currentRun(bool withNodes)
{
    QUrlQuery query = limitQuery(1);
    if (!withNodes)
        query.addQueryItem(u"nodes"_s, u"false"_s);
    const QString path = withQuery(kStatus + u"upgrade_run/"_s, query);
    PageParser<UpgradeRun> parse = &parseUpgradeRunPage;
    Result<Page<UpgradeRun>> page = co_await onePage(path, parse);
    if (!page)
        co_return page.error();
    if (page.value().objects.isEmpty())
        co_return std::optional<UpgradeRun>();
    co_return std::optional<UpgradeRun>(page.value().objects.constFirst());
}

QCoro::Task<Result<QList<UpgradeRun>>> ManagementClient::runs(bool withNodes)
{
    // Runs with their per-node history are large on big deployments.
    QUrlQuery query = limitQuery(withNodes ? 5 : kMaxPageSize);
    if (!withNodes)
        query.addQueryItem(u"nodes"_s, u"false"_s);
    const QString path = withQuery(kStatus + u"upgrade_run/"_s, query);
    PageParser<UpgradeRun> parse = &parseUpgradeRunPage;
    Result<QList<UpgradeRun>> all = co_await allPages(path, parse);
    co_return all;
}

QCoro::Task<Result<QList<UploadStatus>>> ManagementClient::uploads()
{
    const QString path = withQuery(kConfiguration + u"upgrade_request/"_s, limitQuery(kMaxPageSize));
    PageParser<UploadStatus> parse = &parseUploadStatusPage;
    Result<QList<UploadStatus>> all = co_await allPages(path, parse);
    co_return all;
}

QCoro::Task<Result<UploadStatus>> ManagementClient::upload(QString uploadId)
{
    if (!isUploadId(uploadId))
        co_return badUploadId(uploadId);
    const QByteArray verb = "GET"_ba;
    const QString path = kConfiguration + u"upgrade_request/%1/"_s.arg(uploadId);
    const QByteArray noBody;
    Result<Answer> answer = co_await request(verb, path, noBody);
    if (!answer)
        co_return answer.error();
    co_return parseUploadStatus(answer.value().body);
}

QCoro::Task<Result<void>> ManagementClient::command(QByteArray verb, QString path, QByteArray jsonBody)
{
    Result<Answer> answer = co_await request(verb, path, jsonBody);
    if (!answer)
        co_return answer.error();
    co_return ResultOk;
}

QCoro::Task<Result<void>> ManagementClient::setMaintenance(int nodeId, bool on, QString reason)
{
    const QByteArray verb = "PATCH"_ba;
    const QString path = kConfiguration + u"worker_vm/%1/"_s.arg(nodeId);
    QJsonObject fields{{u"maintenance_mode"_s, on}};
    if (!reason.isEmpty())
        fields.insert(u"maintenance_mode_reason"_s, reason);
    const QByteArray body = json(fields);
    Result<void> done = co_await command(verb, path, body);
    co_return done;
}

QCoro::Task<Result<void>> ManagementClient::rebootNode(int nodeId)
{
    const QByteArray verb = "POST"_ba;
    const QString path = kCommand + u"reboot/"_s;
    const QByteArray body = json(QJsonObject{{u"node"_s, nodeId}});
    Result<void> done = co_await command(verb, path, body);
    co_return done;
}

QCoro::Task<Result<void>> ManagementClient::disconnectParticipant(QString participantId)
{
    const QByteArray verb = "POST"_ba;
    const QString path = u"/api/admin/command/v1/participant/disconnect/"_s;
    const QByteArray body = json(QJsonObject{{u"participant_id"_s, participantId}});
    Result<void> done = co_await command(verb, path, body);
    co_return done;
}

QCoro::Task<Result<RebootAllAnswer>> ManagementClient::rebootAllConferencingNodes()
{
    const QByteArray verb = "POST"_ba;
    const QString path = kCommand + u"reboot/"_s;
    const QByteArray body = json(QJsonObject{{u"node"_s, u"all"_s}});
    Result<Answer> answer = co_await request(verb, path, body);
    if (!answer)
        co_return answer.error();
    const QJsonDocument doc = QJsonDocument::fromJson(answer->body);
    RebootAllAnswer result;
    const QJsonObject o = doc.object();
    for (const QJsonValue v : o.value(u"rebooted"_s).toArray())
        result.rebooted.append(v.toInt());
    for (const QJsonValue v : o.value(u"skipped"_s).toArray()) {
        const QJsonObject s = v.toObject();
        result.skipped.append({s.value(u"id"_s).toInt(), s.value(u"reason"_s).toString()});
    }
    co_return result;
}

QCoro::Task<Result<void>> ManagementClient::rebootManagement()
{
    const QByteArray verb = "POST"_ba;
    const QString path = kCommand + u"reboot/"_s;
    const QByteArray body = json(QJsonObject{{u"node"_s, u"management"_s}});
    Result<void> done = co_await command(verb, path, body);
    co_return done;
}

QCoro::Task<Result<UploadStatus>> ManagementClient::createUpload(qint64 totalSize)
{
    const QByteArray verb = "POST"_ba;
    const QString path = kConfiguration + u"upgrade/"_s;
    const QByteArray body = json(QJsonObject{{u"request"_s, true}, {u"total_size"_s, totalSize}});
    Result<Answer> answer = co_await request(verb, path, body);
    if (!answer)
        co_return answer.error();
    const QString id = createdUploadId(answer->body, answer->location);
    if (!isUploadId(id)) {
        co_return malformed(u"configuration/v1/upgrade/"_s,
                            tr("The Management Node accepted the upload request but named it neither in its answer "
                               "nor in the Location header."));
    }
    // The answer may be the request itself, or something else: ask.
    Result<UploadStatus> status = parseUploadStatus(answer->body);
    if (status && status->id == id)
        co_return status;
    Result<UploadStatus> asked = co_await upload(id);
    co_return asked;
}

QCoro::Task<Result<ManagementClient::Answer>> ManagementClient::finishRequest(QString uploadId, FinishMode mode)
{
    if (!isUploadId(uploadId))
        co_return badUploadId(uploadId);
    const QByteArray verb = "POST"_ba;
    const QString path = kConfiguration + u"upgrade_request/%1/finish/"_s.arg(uploadId);
    // Without validate_only: true, finish/ performs the upgrade.
    const QByteArray body = json(QJsonObject{{u"validate_only"_s, mode == FinishMode::ValidateOnly}});
    Result<Answer> answer = co_await request(verb, path, body);
    if (answer)
        co_return answer;
    Error error = answer.error();
    // A refused package (package.downgrade, …) or upload (upload.incomplete)
    // is named by the server's own code; its message is written for people.
    const QString code = serverCode(error);
    if ((error.is(ApiError::Http) || error.is(ApiError::BadRequest)) && !code.isEmpty())
        error.code = code;
    else if (code.isEmpty() && error.details.value(u"status"_s).toInt() == 400)
        error.code = UploadError::RefusedByNode;
    co_return error;
}

QCoro::Task<Result<ConfirmData>> ManagementClient::finishUpload(QString uploadId)
{
    Result<Answer> answer = co_await finishRequest(uploadId, FinishMode::ValidateOnly);
    if (!answer)
        co_return answer.error();
    co_return parseConfirmData(answer->body);
}

QCoro::Task<Result<PerformedUpgrade>> ManagementClient::performUpgrade(QString uploadId)
{
    // One request, never repeated here: a second one could start a second
    // run (upgradestart.h decides what a failure means).
    Result<Answer> answer = co_await finishRequest(uploadId, FinishMode::Perform);
    if (!answer)
        co_return answer.error();
    co_return performedFrom(answer->body);
}

PerformedUpgrade ManagementClient::performedFrom(const QByteArray &body) const
{
    Result<ConfirmData> done = parseConfirmData(body);
    PerformedUpgrade performed;
    if (done) {
        performed.answer = done.value();
        performed.at = done->timestamp;
    }
    // The run extension comes along; its absence is no failure: the node
    // accepted (2xx), and the answer's shape is all that is unknown.
    if (Result<UpgradeRun> run = parseUpgradeRun(QJsonDocument(QJsonDocument::fromJson(body)
                                                                   .object().value(u"run"_s).toObject())
                                                     .toJson(QJsonDocument::Compact));
        run)
        performed.run = run.value();
    if (!performed.at.isValid())
        performed.at = serverNow();
    return performed;
}

QCoro::Task<Result<void>> ManagementClient::cancelUpload(QString uploadId)
{
    if (!isUploadId(uploadId))
        co_return badUploadId(uploadId);
    const QByteArray verb = "POST"_ba;
    const QString path = kConfiguration + u"upgrade_request/%1/cancel/"_s.arg(uploadId);
    const QByteArray noBody;
    Result<void> done = co_await command(verb, path, noBody);
    co_return done;
}

} // namespace iuc::api
