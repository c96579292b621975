#pragma once

#include "emulator/sim/deployment.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <functional>

namespace iuc::sim::api {

// The JSON shapes of docs/api.md, rendered from the simulated deployment.

// "2026-11-25T15:10:41.123": UTC, no zone suffix, like the Management Node.
QString timestamp(TimePoint t);
QJsonValue timestampOrNull(const std::optional<TimePoint> &t);
// RFC 7231 date for the Date header.
QByteArray httpDate(TimePoint t);

QJsonObject managementVm(const Deployment &d);
QJsonObject workerStatus(const Deployment &d, const SimNode &n);
QJsonObject workerConfiguration(const SimNode &n);
QJsonObject participant(const Deployment &d, const Participant &p);
QJsonObject conference(const Conference &c);
QJsonObject alarm(const Alarm &a);
QJsonObject logEntry(const LogEntry &e);
QJsonObject upgradeRun(const Deployment &d, const RunRecord &run, int id, bool current, bool withNodes);
QJsonObject versionInfo(const Version &v, const QString &buildDate = {});
QJsonObject simState(const Deployment &d, double timeScale);

struct Page
{
    int limit = 20;
    int offset = 0;
};

// Cuts `total` items into the requested page and wraps them in the list
// envelope: {"meta": {limit, offset, next, previous, total_count}, "objects"}.
// `render(i)` renders item i. `query` holds the request's other parameters,
// repeated in next/previous.
QJsonObject list(const QString &path, const QString &query, Page page, int total,
                 const std::function<QJsonObject(int)> &render);

} // namespace iuc::sim::api
