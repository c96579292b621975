// Write routes: command/v1/platform/* and the emulator-only /sim/v1/ API.

#include "emulator/server/managementserver.h"

#include "core/domain/errorcodes.h"
#include "emulator/server/serverhttp.h"
#include "emulator/sim/simerrors.h"

#include <httplib.h>

#include <QJsonArray>

namespace iuc::sim {

using namespace http;

void ManagementServer::installCommandRoutes()
{
    httplib::Server &svr = *m_server;
    const std::string command = "/api/admin/command/v1/platform/";

    svr.Post(command + "upgrade/",
             [this](const httplib::Request &, httplib::Response &res, const httplib::ContentReader &reader) {
                 const auto body = readJsonObject(reader, res);
                 if (!body)
                     return;
                 const QString package = body->value(QStringLiteral("package")).toString();
                 if (package.isEmpty()) {
                     sendError(res, 400, QStringLiteral("Name the uploaded package to install."),
                               QJsonObject{{QStringLiteral("package"), QJsonArray{QStringLiteral("This field is required.")}}});
                     return;
                 }
                 withDeployment([&](Deployment &d) {
                     const auto started = d.startUpgrade(package);
                     if (started) {
                         const RunRecord &run = *d.engine().run();
                         sendJson(res, 202, QJsonObject{{QStringLiteral("status"), QStringLiteral("accepted")},
                                                        {QStringLiteral("run"), api::upgradeRun(d, run, static_cast<int>(d.pastRuns().size()) + 1, true, false)}});
                         return;
                     }
                     QJsonObject extra{{QStringLiteral("code"), started.error().code}};
                     if (const auto lock = d.engine().lock(); lock && started.error().is(RunError::Locked)) {
                         // R7: say since when, until when, and the way out.
                         extra.insert(QStringLiteral("locked_since"), api::timestamp(lock->since));
                         extra.insert(QStringLiteral("locked_until"), api::timestamp(lock->until));
                         extra.insert(QStringLiteral("how_to_lift"),
                                      QStringLiteral("Wait until the run in progress completes or reaches its 24-hour stop, "
                                                     "or reboot the Management Node (POST "
                                                     "/api/admin/command/v1/platform/reboot/ {\"node\": \"management\"}), "
                                                     "which abandons the run in progress."));
                     }
                     sendError(res, statusFor(started.error()), started.error().message, extra);
                 });
             });

    svr.Post(command + "reboot/",
             [this](const httplib::Request &, httplib::Response &res, const httplib::ContentReader &reader) {
                 const auto body = readJsonObject(reader, res);
                 if (!body)
                     return;
                 const QJsonValue node = body->value(QStringLiteral("node"));
                 withDeployment([&](Deployment &d) {
                     if (node.toString() == QStringLiteral("all")) { // every Conferencing Node
                         const Result<Deployment::RebootAll> all = d.rebootAllNodes();
                         if (!all) {
                             sendError(res, all.error());
                             return;
                         }
                         QJsonArray rebooted;
                         for (const NodeId id : all->rebooted)
                             rebooted.append(id);
                         QJsonArray skipped;
                         for (const auto &[id, reason] : all->skipped)
                             skipped.append(QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("reason"), reason}});
                         sendJson(res, 202, QJsonObject{{QStringLiteral("status"), QStringLiteral("rebooting")},
                                                        {QStringLiteral("rebooted"), rebooted},
                                                        {QStringLiteral("skipped"), skipped}});
                         return;
                     }
                     Result<void> done = Error{QString(), QString()};
                     if (node.toString() == QStringLiteral("management"))
                         done = d.rebootManagement();
                     else if (node.isDouble())
                         done = d.rebootNode(node.toInt());
                     else
                         done = Error{RebootError::BadNode,
                                      QStringLiteral("\"node\" must be \"management\", \"all\" or a Conferencing Node's id.")};
                     if (done)
                         sendJson(res, 202, QJsonObject{{QStringLiteral("status"), QStringLiteral("rebooting")}});
                     else
                         sendError(res, done.error());
                 });
             });
}

void ManagementServer::installSimRoutes()
{
    httplib::Server &svr = *m_server;

    svr.Get("/sim/v1/state/", [this](const httplib::Request &, httplib::Response &res) {
        const double scale = m_clock->scale();
        withDeployment([&](Deployment &d) { sendJson(res, 200, api::simState(d, scale)); });
    });

    svr.Patch("/sim/v1/deployment/",
              [this](const httplib::Request &, httplib::Response &res, const httplib::ContentReader &reader) {
                  const auto body = readJsonObject(reader, res);
                  if (!body)
                      return;
                  for (auto it = body->begin(); it != body->end(); ++it) {
                      const bool known = it.key() == QStringLiteral("time_scale") || it.key() == QStringLiteral("call_load")
                                         || it.key() == QStringLiteral("advance_seconds");
                      if (!known || !it.value().isDouble() || it.value().toDouble() < 0) {
                          sendError(res, 400, QStringLiteral("\"%1\" is not a setting here, or not a number of 0 or more "
                                                             "(settings: time_scale, call_load, advance_seconds).")
                                                  .arg(it.key()));
                          return;
                      }
                  }
                  withDeployment([&](Deployment &d) {
                      if (body->contains(QStringLiteral("call_load")))
                          d.setCallLoad(body->value(QStringLiteral("call_load")).toDouble());
                  });
                  if (body->contains(QStringLiteral("time_scale")))
                      m_clock->setScale(body->value(QStringLiteral("time_scale")).toDouble());
                  if (body->contains(QStringLiteral("advance_seconds"))) {
                      const double s = std::min(body->value(QStringLiteral("advance_seconds")).toDouble(), 30.0 * 86400);
                      m_clock->advance(Duration(static_cast<Duration::rep>(s * 1000.0)));
                  }
                  const double scale = m_clock->scale();
                  withDeployment([&](Deployment &d) { sendJson(res, 200, api::simState(d, scale)); });
              });

    svr.Patch(R"(/sim/v1/node/(\d+)/)",
              [this](const httplib::Request &req, httplib::Response &res, const httplib::ContentReader &reader) {
                  const auto body = readJsonObject(reader, res);
                  if (!body)
                      return;
                  const NodeId id = QString::fromStdString(req.matches[1].str()).toInt();
                  withDeployment([&](Deployment &d) {
                      if (!d.node(id)) {
                          sendError(res, 404, QStringLiteral("There is no Conferencing Node with id %1.").arg(id));
                          return;
                      }
                      for (auto it = body->begin(); it != body->end(); ++it) {
                          const QString key = it.key();
                          const QJsonValue v = it.value();
                          Result<void> done = ResultOk;
                          if (key == QStringLiteral("reachable") && v.isBool())
                              done = d.setReachable(id, v.toBool());
                          else if (key == QStringLiteral("stuck_calls") && v.isBool())
                              done = d.setStuckCalls(id, v.toBool());
                          else if (key == QStringLiteral("fail_install") && v.isBool())
                              done = d.setFailInstall(id, v.toBool());
                          else if (key == QStringLiteral("link_mbps") && v.isDouble())
                              done = d.setLinkMbps(id, v.toDouble());
                          else if (key == QStringLiteral("add_calls") && v.isDouble())
                              done = d.addCalls(id, v.toInt(), body->value(QStringLiteral("conference")).toString());
                          else if (key == QStringLiteral("conference") && v.isString())
                              continue;
                          else
                              done = Error{SimError::BadField,
                                           QStringLiteral("\"%1\" is not a fault this emulator knows, or has the wrong type "
                                                          "(reachable, stuck_calls, fail_install: true/false; link_mbps, "
                                                          "add_calls: numbers; conference: text).")
                                               .arg(key)};
                          if (!done) {
                              sendError(res, done.error());
                              return;
                          }
                      }
                      const SimNode *n = d.node(id);
                      sendJson(res, 200, api::workerStatus(d, *n));
                  });
              });
}

} // namespace iuc::sim
