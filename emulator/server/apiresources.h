#pragma once

#include "emulator/server/apiprofile.h"
#include "emulator/server/statuswords.h"
#include "emulator/sim/deployment.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <functional>

namespace iuc::sim::api {

// The JSON shapes of docs/api.md, rendered from the simulated deployment.
// Each object has exactly the fields its resource's description gives for
// the profile (apischema.h): the same description its schema/ is made from.

// "2026-11-25T15:10:41.123": UTC, no zone suffix, like the Management Node.
QString timestamp(TimePoint t);
QJsonValue timestampOrNull(const std::optional<TimePoint> &t);
// RFC 7231 date for the Date header.
QByteArray httpDate(TimePoint t);

// `words` spell upgrade_status.
QJsonObject managementVm(const Deployment &d, ApiProfile profile, const StatusWords &words);
QJsonObject workerStatus(const Deployment &d, const SimNode &n, ApiProfile profile, const StatusWords &words);
QJsonObject workerConfiguration(const Deployment &d, const SimNode &n, ApiProfile profile);
// The deployment's system locations, ids from 1 in configuration order.
QJsonObject systemLocation(const Deployment &d, int index, ApiProfile profile);
QString systemLocationUri(const Deployment &d, const QString &name);
QJsonObject participant(const Deployment &d, const Participant &p, ApiProfile profile);
QJsonObject conference(const Conference &c, ApiProfile profile);
QJsonObject alarm(const Alarm &a, ApiProfile profile);
QJsonObject versionInfo(const Version &v, const QString &buildDate = {});

// Extensions (apiextensions.cpp): served in the extended profile only.
QJsonObject logEntry(const LogEntry &e);
QJsonObject upgradeRun(const Deployment &d, const RunRecord &run, int id, bool current, bool withNodes);
// The emulator-only harness, /sim/v1/state/.
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
