// Write routes: command/v1/* and the emulator-only /sim/v1/ API. The upgrade
// is performed by the upload routes (serveruploadroutes.cpp), as on a real node.

#include "emulator/server/managementserver.h"

#include "core/domain/errorcodes.h"
#include "emulator/server/serverhttp.h"
#include "emulator/sim/simerrors.h"

#include <httplib.h>

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace iuc::sim {

using namespace http;

void ManagementServer::installCommandRoutes()
{
    httplib::Server &svr = *m_server;
    const std::string command = "/api/admin/command/v1/platform/";

    // Disconnecting calls: served by real Management Nodes (REAL-API.md §5).
    // Fields in JSON or as a form; the answer's shape is inferred.
    const auto disconnect = [this](const char *field, const auto &perform) {
        return [this, field, perform](const httplib::Request &req, httplib::Response &res,
                                      const httplib::ContentReader &reader) {
            const auto body = readCommandBody(req, reader, res);
            if (!body)
                return;
            const QString key = QString::fromLatin1(field);
            const QString id = body->value(key).toString();
            if (id.isEmpty()) {
                sendError(res, 400, u"Say which one to disconnect."_s,
                          QJsonObject{{key, QJsonArray{u"This field is required."_s}}});
                return;
            }
            withDeployment([&](Deployment &d) {
                const Result<QString> done = perform(d, id);
                if (!done) {
                    sendError(res, 400, done.error().message, QJsonObject{{key, QJsonArray{done.error().message}}});
                    return;
                }
                sendJson(res, 200, QJsonObject{{u"status"_s, u"success"_s}, {u"message"_s, done.value()}});
            });
        };
    };
    svr.Post("/api/admin/command/v1/participant/disconnect/",
             disconnect("participant_id", [](Deployment &d, const QString &id) -> Result<QString> {
                 if (const Result<void> done = d.disconnectParticipant(id); !done)
                     return done.error();
                 return u"Participant disconnected."_s;
             }));
    svr.Post("/api/admin/command/v1/conference/disconnect/",
             disconnect("conference_id", [](Deployment &d, const QString &id) -> Result<QString> {
                 const Result<int> done = d.disconnectConference(id);
                 if (!done)
                     return done.error();
                 return u"Conference disconnected: %1 participants."_s.arg(done.value());
             }));

    svr.Post(command + "backup_create/",
             [this](const httplib::Request &req, httplib::Response &res, const httplib::ContentReader &reader) {
                 const auto body = readCommandBody(req, reader, res);
                 if (!body)
                     return;
                 const QString passphrase = body->value(u"passphrase"_s).toString();
                 if (passphrase.isEmpty()) {
                     sendError(res, 400, u"Give the passphrase that encrypts the backup."_s,
                               QJsonObject{{u"passphrase"_s, QJsonArray{u"This field is required."_s}}});
                     return;
                 }
                 withDeployment([&](Deployment &d) {
                     const Result<QDateTime> made = d.createBackup(passphrase);
                     if (!made) {
                         sendError(res, 400, made.error().message,
                                   QJsonObject{{u"passphrase"_s, QJsonArray{made.error().message}}});
                         return;
                     }
                     sendJson(res, 200, QJsonObject{{u"status"_s, u"success"_s},
                                                    {u"message"_s, u"Configuration backup created."_s}});
                 });
             });

    if (!servesExtensions(m_options.api))
        return;

    // Extension: real Management Nodes have no reboot command (REAL-API.md §5).
    svr.Post(command + "reboot/",
             [this](const httplib::Request &, httplib::Response &res, const httplib::ContentReader &reader) {
                 const auto body = readJsonObject(reader, res);
                 if (!body)
                     return;
                 const QJsonValue node = body->value(u"node"_s);
                 withDeployment([&](Deployment &d) {
                     if (node.toString() == u"all"_s) { // every Conferencing Node
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
                             skipped.append(QJsonObject{{u"id"_s, id}, {u"reason"_s, reason}});
                         sendJson(res, 202, QJsonObject{{u"status"_s, u"rebooting"_s},
                                                        {u"rebooted"_s, rebooted},
                                                        {u"skipped"_s, skipped}});
                         return;
                     }
                     Result<void> done = Error{QString(), QString()};
                     if (node.toString() == u"management"_s)
                         done = d.rebootManagement();
                     else if (node.isDouble())
                         done = d.rebootNode(node.toInt());
                     else
                         done = Error{RebootError::BadNode,
                                      u"\"node\" must be \"management\", \"all\" or a Conferencing Node's id."_s};
                     if (done)
                         sendJson(res, 202, QJsonObject{{u"status"_s, u"rebooting"_s}});
                     else
                         sendError(res, done.error());
                 });
             });
}

void ManagementServer::installSimRoutes()
{
    httplib::Server &svr = *m_server;
    // The deployment's truth, and how many performing requests arrived.
    const auto state = [this](const Deployment &d) {
        QJsonObject o = api::simState(d, m_clock->scale());
        o.insert(u"perform_requests"_s, m_performRequests.load());
        o.insert(u"uploaded_bytes"_s, m_uploads->bytesStored());
        return o;
    };

    svr.Get("/sim/v1/state/", [this, state](const httplib::Request &, httplib::Response &res) {
        withDeployment([&](Deployment &d) { sendJson(res, 200, state(d)); });
    });

    svr.Patch("/sim/v1/deployment/",
              [this, state](const httplib::Request &, httplib::Response &res, const httplib::ContentReader &reader) {
                  const auto body = readJsonObject(reader, res);
                  if (!body)
                      return;
                  // The next performing request loses its connection, before
                  // or after the Management Node acts on it.
                  const QString drop = body->value(u"drop_perform"_s).toString();
                  if (body->contains(u"drop_perform"_s) && drop != u"before"_s && drop != u"after"_s) {
                      sendError(res, 400, u"drop_perform is \"before\" or \"after\"."_s);
                      return;
                  }
                  for (auto it = body->begin(); it != body->end(); ++it) {
                      if (it.key() == u"drop_perform"_s)
                          continue;
                      const bool known = it.key() == u"time_scale"_s || it.key() == u"call_load"_s
                                         || it.key() == u"advance_seconds"_s;
                      if (!known || !it.value().isDouble() || it.value().toDouble() < 0) {
                          sendError(res, 400, u"\"%1\" is not a setting here, or not a number of 0 or more "
                                                             u"(settings: time_scale, call_load, advance_seconds; drop_perform: \"before\" or \"after\")."_s
                                                  .arg(it.key()));
                          return;
                      }
                  }
                  withDeployment([&](Deployment &d) {
                      if (body->contains(u"call_load"_s))
                          d.setCallLoad(body->value(u"call_load"_s).toDouble());
                  });
                  if (body->contains(u"time_scale"_s))
                      m_clock->setScale(body->value(u"time_scale"_s).toDouble());
                  if (body->contains(u"advance_seconds"_s)) {
                      const double s = std::min(body->value(u"advance_seconds"_s).toDouble(), 30.0 * 86400);
                      m_clock->advance(Duration(static_cast<Duration::rep>(s * 1000.0)));
                  }
                  if (!drop.isEmpty())
                      setPerformFault(drop == u"before"_s ? PerformFault::DropBefore : PerformFault::DropAfter);
                  withDeployment([&](Deployment &d) { sendJson(res, 200, state(d)); });
              });

    svr.Patch(R"(/sim/v1/node/(\d+)/)",
              [this](const httplib::Request &req, httplib::Response &res, const httplib::ContentReader &reader) {
                  const auto body = readJsonObject(reader, res);
                  if (!body)
                      return;
                  const NodeId id = QString::fromStdString(req.matches[1].str()).toInt();
                  withDeployment([&](Deployment &d) {
                      if (!d.node(id)) {
                          sendError(res, 404, u"There is no Conferencing Node with id %1."_s.arg(id));
                          return;
                      }
                      for (auto it = body->begin(); it != body->end(); ++it) {
                          const QString key = it.key();
                          const QJsonValue v = it.value();
                          Result<void> done = ResultOk;
                          if (key == u"reachable"_s && v.isBool())
                              done = d.setReachable(id, v.toBool());
                          else if (key == u"stuck_calls"_s && v.isBool())
                              done = d.setStuckCalls(id, v.toBool());
                          else if (key == u"fail_install"_s && v.isBool())
                              done = d.setFailInstall(id, v.toBool());
                          else if (key == u"link_mbps"_s && v.isDouble())
                              done = d.setLinkMbps(id, v.toDouble());
                          else if (key == u"reboot"_s && v.toBool())
                              done = d.rebootNode(id); // what the admin does in the hypervisor or over SSH
                          else if (key == u"add_calls"_s && v.isDouble())
                              done = d.addCalls(id, v.toInt(), body->value(u"conference"_s).toString());
                          else if (key == u"conference"_s && v.isString())
                              continue;
                          else
                              done = Error{SimError::BadField,
                                           u"\"%1\" is not a fault this emulator knows, or has the wrong type "
                                                          u"(reachable, stuck_calls, fail_install: true/false; reboot: true; "
                                                          u"link_mbps, add_calls: numbers; conference: text)."_s
                                               .arg(key)};
                          if (!done) {
                              sendError(res, done.error());
                              return;
                          }
                      }
                      const SimNode *n = d.node(id);
                      sendJson(res, 200, api::workerStatus(d, *n, m_options.api, words()));
                  });
              });
}

} // namespace iuc::sim
