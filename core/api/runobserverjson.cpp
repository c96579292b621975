// The console's run record as a file: the upgrade_run page shape (so the
// API's own parser reads it back), every time in UTC with "Z", plus the
// time the record last saw a system upgrading.

#include "core/api/runobserver.h"

#include "core/api/resourceparser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace iuc::api {

namespace {

// One spelling for every time in the file: UTC with milliseconds and "Z".
QString iso(const QDateTime &t)
{
    return t.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss.zzz'Z'"_s);
}

QJsonArray historyJson(const QList<RunStatusChange> &history)
{
    QJsonArray out;
    for (const RunStatusChange &c : history)
        out.append(QJsonObject{{u"status"_s, c.status.apiCode()}, {u"at"_s, iso(c.at)}});
    return out;
}

QJsonValue timeOrNull(const std::optional<QDateTime> &t)
{
    return t ? QJsonValue(iso(*t)) : QJsonValue(QJsonValue::Null);
}

QJsonArray idsJson(const QList<int> &ids)
{
    QJsonArray out;
    for (const int id : ids)
        out.append(id);
    return out;
}

QJsonObject runJson(const UpgradeRun &run)
{
    QJsonArray nodes;
    for (const RunNode &n : run.nodes) {
        QJsonArray attempts;
        for (const RunAttempt &a : n.attempts) {
            attempts.append(QJsonObject{{u"started_at"_s, iso(a.startedAt)},
                                        {u"ended_at"_s, timeOrNull(a.endedAt)},
                                        {u"result"_s, a.result},
                                        {u"detail"_s, a.detail}});
        }
        nodes.append(QJsonObject{{u"id"_s, n.id},
                                 {u"name"_s, n.name},
                                 {u"included"_s, n.included},
                                 {u"from_version"_s, n.fromVersion},
                                 {u"upgraded_at"_s, timeOrNull(n.upgradedAt)},
                                 {u"attempts"_s, attempts},
                                 {u"history"_s, historyJson(n.history)}});
    }
    return QJsonObject{
        {u"id"_s, run.id},
        {u"state"_s, run.state},
        {u"outcome"_s, run.outcome},
        {u"target_version"_s, run.targetVersion.text},
        {u"started_at"_s, iso(run.startedAt)},
        {u"deadline_at"_s, iso(run.deadlineAt)},
        {u"lock_until"_s, iso(run.lockUntil)},
        {u"ended_at"_s, timeOrNull(run.endedAt)},
        {u"locked"_s, run.locked},
        {u"systems_included"_s, run.systemsIncluded},
        {u"systems_upgraded"_s, run.systemsUpgraded},
        {u"max_parallel"_s, run.maxParallel},
        {u"drain_timeout_s"_s, run.drainTimeoutSeconds},
        {u"queue"_s, idsJson(run.queue)},
        {u"left_behind"_s, idsJson(run.leftBehind)},
        {u"management"_s,
         QJsonObject{{u"included"_s, run.managementIncluded},
                     {u"from_version"_s, run.managementFromVersion},
                     {u"upgraded_at"_s, timeOrNull(run.managementUpgradedAt)},
                     {u"history"_s, historyJson(run.managementHistory)}}},
        {u"nodes"_s, nodes},
    };
}

} // namespace

QByteArray RunObserver::toJson() const
{
    QJsonArray objects;
    for (const UpgradeRun &run : m_runs)
        objects.append(runJson(run));
    const QJsonObject page{
        {u"meta"_s, QJsonObject{{u"limit"_s, objects.size()},
                                {u"offset"_s, 0},
                                {u"next"_s, QJsonValue::Null},
                                {u"previous"_s, QJsonValue::Null},
                                {u"total_count"_s, objects.size()}}},
        {u"objects"_s, objects},
        {u"last_active"_s, m_lastActive.isValid() ? QJsonValue(iso(m_lastActive)) : QJsonValue()},
    };
    return QJsonDocument(page).toJson(QJsonDocument::Compact);
}

Result<void> RunObserver::fromJson(const QByteArray &json)
{
    m_runs.clear();
    m_lastActive = {};
    Result<Page<UpgradeRun>> page = parseUpgradeRunPage(json);
    if (!page)
        return page.error();
    m_runs = std::move(page->objects);
    for (UpgradeRun &run : m_runs)
        run.observed = true;
    m_lastActive = QDateTime::fromString(QJsonDocument::fromJson(json).object().value(u"last_active"_s).toString(),
                                         Qt::ISODateWithMs);
    return ResultOk;
}

} // namespace iuc::api
