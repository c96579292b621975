// Read routes: status/v1/* and configuration/v1/{worker_vm,system_location}/
// (docs/api.md), in the server's API profile.

#include "emulator/server/managementserver.h"
#include "emulator/server/serverhttp.h"

#include <httplib.h>

using namespace Qt::StringLiterals;

namespace iuc::sim {

using namespace http;

namespace {

const std::string kStatus = "/api/admin/status/v1/";
const std::string kConfig = "/api/admin/configuration/v1/";

int nodeIdFrom(const httplib::Request &req)
{
    return QString::fromStdString(req.matches[1].str()).toInt();
}

} // namespace

void ManagementServer::installStatusRoutes()
{
    httplib::Server &svr = *m_server;

    svr.Get(kStatus + "management_vm/", [this](const httplib::Request &req, httplib::Response &res) {
        const auto p = page(req, res);
        if (!p)
            return;
        withDeployment([&](Deployment &d) {
            sendJson(res, 200, api::list(path(req), otherParams(req), *p, 1, [&](int) { return api::managementVm(d, m_options.api, words()); }));
        });
    });
    svr.Get(kStatus + "management_vm/1/", [this](const httplib::Request &, httplib::Response &res) {
        withDeployment([&](Deployment &d) { sendJson(res, 200, api::managementVm(d, m_options.api, words())); });
    });

    svr.Get(kStatus + "worker_vm/", [this](const httplib::Request &req, httplib::Response &res) {
        const auto p = page(req, res);
        if (!p)
            return;
        withDeployment([&](Deployment &d) {
            const QByteArray json = m_workerCache->renderPage(d, path(req), otherParams(req), *p);
            res.status = 200;
            res.set_content(json.constData(), static_cast<size_t>(json.size()), kJsonContentType);
        });
    });
    svr.Get(kStatus + R"(worker_vm/(\d+)/)", [this](const httplib::Request &req, httplib::Response &res) {
        withDeployment([&](Deployment &d) {
            if (const SimNode *n = d.node(nodeIdFrom(req)))
                sendJson(res, 200, api::workerStatus(d, *n, m_options.api, words()));
            else
                sendError(res, 404, u"There is no Conferencing Node with id %1."_s.arg(nodeIdFrom(req)));
        });
    });

    svr.Get(kStatus + "participant/", [this](const httplib::Request &req, httplib::Response &res) {
        const auto p = page(req, res);
        if (!p)
            return;
        const QString mediaNode = param(req, "media_node");
        const QString conference = param(req, "conference");
        withDeployment([&](Deployment &d) {
            std::vector<const Participant *> matching;
            const SimNode *filterNode = mediaNode.isEmpty() ? nullptr : d.nodeByAddress(mediaNode);
            if (mediaNode.isEmpty() || filterNode) {
                for (const auto &[id, participant] : d.participants()) {
                    if (filterNode && participant.node != filterNode->config.id)
                        continue;
                    if (!conference.isEmpty() && participant.conference != conference)
                        continue;
                    matching.push_back(&participant);
                }
            }
            sendJson(res, 200, api::list(path(req), otherParams(req), *p, static_cast<int>(matching.size()), [&](int i) {
                         return api::participant(d, *matching[static_cast<size_t>(i)], m_options.api);
                     }));
        });
    });

    svr.Get(kStatus + "conference/", [this](const httplib::Request &req, httplib::Response &res) {
        const auto p = page(req, res);
        if (!p)
            return;
        withDeployment([&](Deployment &d) {
            std::vector<const Conference *> all;
            for (const auto &[name, c] : d.conferences())
                all.push_back(&c);
            sendJson(res, 200, api::list(path(req), otherParams(req), *p, static_cast<int>(all.size()),
                                         [&](int i) { return api::conference(*all[static_cast<size_t>(i)], m_options.api); }));
        });
    });

    svr.Get(kStatus + "alarm/", [this](const httplib::Request &req, httplib::Response &res) {
        const auto p = page(req, res);
        if (!p)
            return;
        withDeployment([&](Deployment &d) {
            const auto &alarms = d.alarms();
            sendJson(res, 200, api::list(path(req), otherParams(req), *p, static_cast<int>(alarms.size()),
                                         [&](int i) { return api::alarm(alarms[static_cast<size_t>(i)], m_options.api); }));
        });
    });

    if (!servesExtensions(m_options.api))
        return;

    // Extension: the administrator log, oldest first, from after_id on.
    svr.Get(kStatus + "log/", [this](const httplib::Request &req, httplib::Response &res) {
        const auto p = page(req, res);
        if (!p)
            return;
        bool ok = true;
        const qint64 after = req.has_param("after_id") ? param(req, "after_id").toLongLong(&ok) : 0;
        if (!ok) {
            sendError(res, 400, u"\"after_id\" must be a whole number."_s);
            return;
        }
        withDeployment([&](Deployment &d) {
            const auto entries = d.log().after(after, p->offset + p->limit);
            const qint64 available = std::max<qint64>(0, d.log().lastId() - std::max(after, d.log().firstId() - 1));
            sendJson(res, 200, api::list(path(req), otherParams(req), *p, static_cast<int>(available), [&](int i) {
                         return api::logEntry(entries[static_cast<size_t>(i)]);
                     }));
        });
    });

    // Extension: the upgrade run in progress (or the last one) first, then
    // earlier runs. ?nodes=false leaves out the per-node history.
    svr.Get(kStatus + "upgrade_run/", [this](const httplib::Request &req, httplib::Response &res) {
        const auto p = page(req, res);
        if (!p)
            return;
        const bool withNodes = param(req, "nodes") != u"false"_s;
        withDeployment([&](Deployment &d) {
            std::vector<const RunRecord *> runs;
            if (d.engine().run())
                runs.push_back(&*d.engine().run());
            for (auto it = d.pastRuns().rbegin(); it != d.pastRuns().rend(); ++it)
                runs.push_back(&*it);
            const int total = static_cast<int>(runs.size());
            sendJson(res, 200, api::list(path(req), otherParams(req), *p, total, [&](int i) {
                         return api::upgradeRun(d, *runs[static_cast<size_t>(i)], total - i, i == 0, withNodes);
                     }));
        });
    });
}

void ManagementServer::installConfigurationRoutes()
{
    httplib::Server &svr = *m_server;

    svr.Get(kConfig + "worker_vm/", [this](const httplib::Request &req, httplib::Response &res) {
        const auto p = page(req, res);
        if (!p)
            return;
        withDeployment([&](Deployment &d) {
            const auto &nodes = d.nodes();
            sendJson(res, 200, api::list(path(req), otherParams(req), *p, static_cast<int>(nodes.size()), [&](int i) {
                         return api::workerConfiguration(d, nodes[static_cast<size_t>(i)], m_options.api);
                     }));
        });
    });
    svr.Get(kConfig + R"(worker_vm/(\d+)/)", [this](const httplib::Request &req, httplib::Response &res) {
        withDeployment([&](Deployment &d) {
            if (const SimNode *n = d.node(nodeIdFrom(req)))
                sendJson(res, 200, api::workerConfiguration(d, *n, m_options.api));
            else
                sendError(res, 404, u"There is no Conferencing Node with id %1."_s.arg(nodeIdFrom(req)));
        });
    });
    svr.Patch(kConfig + R"(worker_vm/(\d+)/)",
              [this](const httplib::Request &req, httplib::Response &res, const httplib::ContentReader &reader) {
                  const auto body = readJsonObject(reader, res);
                  if (!body)
                      return;
                  // maintenance_mode, with maintenance_mode_reason (documented
                  // configuration fields); the emulator changes nothing else.
                  const QJsonValue mode = body->value(u"maintenance_mode"_s);
                  const QJsonValue reason = body->value(u"maintenance_mode_reason"_s);
                  const bool onlyThose = body->size() == (body->contains(u"maintenance_mode_reason"_s) ? 2 : 1);
                  if (!mode.isBool() || !onlyThose || !(reason.isUndefined() || reason.isString() || reason.isNull())) {
                      sendError(res, 400,
                                u"Only \"maintenance_mode\" (true or false) and \"maintenance_mode_reason\" (text) "
                                u"can be changed here."_s,
                                QJsonObject{{u"maintenance_mode"_s,
                                             QJsonArray{u"This field must be true or false."_s}}});
                      return;
                  }
                  withDeployment([&](Deployment &d) {
                      const auto done = d.setAdminMaintenance(nodeIdFrom(req), mode.toBool(), reason.toString().left(250));
                      if (!done)
                          sendError(res, done.error());
                      else
                          res.status = 202;
                  });
              });

    svr.Get(kConfig + "system_location/", [this](const httplib::Request &req, httplib::Response &res) {
        const auto p = page(req, res);
        if (!p)
            return;
        withDeployment([&](Deployment &d) {
            const int total = static_cast<int>(d.config().locations.size());
            sendJson(res, 200, api::list(path(req), otherParams(req), *p, total,
                                         [&](int i) { return api::systemLocation(d, i, m_options.api); }));
        });
    });
    svr.Get(kConfig + R"(system_location/(\d+)/)", [this](const httplib::Request &req, httplib::Response &res) {
        withDeployment([&](Deployment &d) {
            const int id = nodeIdFrom(req);
            if (id >= 1 && id <= static_cast<int>(d.config().locations.size()))
                sendJson(res, 200, api::systemLocation(d, id - 1, m_options.api));
            else
                sendError(res, 404, u"There is no system location with id %1."_s.arg(id));
        });
    });
}

// One object of the call and alarm lists, by its id.
void ManagementServer::installStatusDetailRoutes()
{
    httplib::Server &svr = *m_server;

    svr.Get(kStatus + R"(participant/([^/]+)/)", [this](const httplib::Request &req, httplib::Response &res) {
        const QString id = QString::fromStdString(req.matches[1].str());
        withDeployment([&](Deployment &d) {
            const auto it = d.participants().find(id);
            if (it != d.participants().end())
                sendJson(res, 200, api::participant(d, it->second, m_options.api));
            else
                sendError(res, 404, u"There is no participant with id %1."_s.arg(id));
        });
    });
    svr.Get(kStatus + R"(conference/([^/]+)/)", [this](const httplib::Request &req, httplib::Response &res) {
        const QString id = QString::fromStdString(req.matches[1].str());
        withDeployment([&](Deployment &d) {
            for (const auto &[name, c] : d.conferences()) {
                if (c.id == id) {
                    sendJson(res, 200, api::conference(c, m_options.api));
                    return;
                }
            }
            sendError(res, 404, u"There is no conference with id %1."_s.arg(id));
        });
    });
    svr.Get(kStatus + R"(alarm/(\d+)/)", [this](const httplib::Request &req, httplib::Response &res) {
        const int id = nodeIdFrom(req);
        withDeployment([&](Deployment &d) {
            for (const Alarm &a : d.alarms()) {
                if (a.id == id) {
                    sendJson(res, 200, api::alarm(a, m_options.api));
                    return;
                }
            }
            sendError(res, 404, u"There is no alarm with id %1."_s.arg(id));
        });
    });
}

} // namespace iuc::sim
