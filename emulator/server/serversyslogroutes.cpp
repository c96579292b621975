// configuration/v1/syslog_server/: the remote syslog servers a Management
// Node sends its own log to (every profile), and what is due to each of them
// for the SyslogForwarder.

#include "emulator/server/managementserver.h"

#include "emulator/server/apischema.h"
#include "emulator/server/serverhttp.h"

#include <httplib.h>

#include <QHostAddress>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace iuc::sim {

using namespace http;

namespace {

const std::string kSyslog = "/api/admin/configuration/v1/syslog_server/";

QJsonObject render(const SyslogServerConfig &s, ApiProfile profile)
{
    const QJsonObject full{
        {u"address"_s, s.address},
        {u"audit_log"_s, s.auditLog},
        {u"description"_s, s.description},
        {u"id"_s, s.id},
        {u"port"_s, s.port},
        {u"resource_uri"_s, u"/api/admin/configuration/v1/syslog_server/%1/"_s.arg(s.id)},
        {u"support_log"_s, s.supportLog},
        {u"transport"_s, s.transport},
        {u"web_log"_s, s.webLog},
    };
    return api::spec(api::Resource::SyslogServer).project(full, profile);
}

// Tastypie-style validation: every problem, by field. Unknown fields are
// ignored, as Tastypie does. `partial` (PATCH): absent fields keep their value.
QJsonObject apply(const QJsonObject &body, SyslogServerConfig &s, bool partial)
{
    QJsonObject problems;
    const auto problem = [&](const QString &field, const QString &text) {
        problems.insert(field, QJsonArray{text});
    };
    if (body.contains(u"address"_s) || !partial) {
        const QString address = body.value(u"address"_s).toString().trimmed();
        if (address.isEmpty())
            problem(u"address"_s, u"This field is required."_s);
        else
            s.address = address;
    }
    if (body.contains(u"port"_s)) {
        const QJsonValue v = body.value(u"port"_s);
        bool ok = v.isDouble();
        int port = v.toInt();
        if (v.isString())
            port = v.toString().toInt(&ok);
        if (!ok || port < 1 || port > 65535)
            problem(u"port"_s, u"Ensure this value is between 1 and 65535."_s);
        else
            s.port = port;
    }
    if (body.contains(u"transport"_s)) {
        const QString transport = body.value(u"transport"_s).toString();
        if (transport != u"udp"_s && transport != u"tcp"_s && transport != u"tls"_s)
            problem(u"transport"_s, u"Select a valid choice. %1 is not one of the available choices."_s.arg(transport));
        else
            s.transport = transport;
    }
    for (const auto &[field, flag] : {std::pair{u"support_log"_s, &s.supportLog},
                                      std::pair{u"audit_log"_s, &s.auditLog},
                                      std::pair{u"web_log"_s, &s.webLog}}) {
        if (!body.contains(field))
            continue;
        if (!body.value(field).isBool())
            problem(field, u"This field must be true or false."_s);
        else
            *flag = body.value(field).toBool();
    }
    if (body.contains(u"description"_s))
        s.description = body.value(u"description"_s).toString();
    return problems;
}

} // namespace

void ManagementServer::installSyslogRoutes()
{
    httplib::Server &svr = *m_server;

    svr.Get(kSyslog, [this](const httplib::Request &req, httplib::Response &res) {
        const auto p = page(req, res);
        if (!p)
            return;
        std::lock_guard lock(m_mutex);
        sendJson(res, 200, api::list(path(req), otherParams(req), *p, static_cast<int>(m_syslogServers.size()),
                                     [&](int i) { return render(m_syslogServers[static_cast<size_t>(i)], m_options.api); }));
    });
    svr.Get(kSyslog + R"((\d+)/)", [this](const httplib::Request &req, httplib::Response &res) {
        std::lock_guard lock(m_mutex);
        if (const SyslogServerConfig *s = syslogServer(std::stoi(req.matches[1].str())))
            sendJson(res, 200, render(*s, m_options.api));
        else
            sendError(res, 404, u"There is no syslog server with id %1."_s.arg(QString::fromStdString(req.matches[1].str())));
    });
    svr.Post(kSyslog, [this](const httplib::Request &req, httplib::Response &res, const httplib::ContentReader &reader) {
        const auto body = readCommandBody(req, reader, res);
        if (!body)
            return;
        SyslogServerConfig s;
        if (const QJsonObject problems = apply(*body, s, false); !problems.isEmpty()) {
            sendJson(res, 400, QJsonObject{{u"syslog_server"_s, problems}});
            return;
        }
        std::lock_guard lock(m_mutex);
        m_deployment->advanceTo(m_clock->now());
        s.id = m_nextSyslogId++;
        s.sentUpTo = m_deployment->log().lastId(); // a new server gets what is logged from now on
        m_syslogServers.push_back(s);
        res.set_header("Location", u"/api/admin/configuration/v1/syslog_server/%1/"_s.arg(s.id).toStdString());
        res.status = 201;
    });
    const auto change = [this](bool partial) {
        return [this, partial](const httplib::Request &req, httplib::Response &res, const httplib::ContentReader &reader) {
            const auto body = readCommandBody(req, reader, res);
            if (!body)
                return;
            std::lock_guard lock(m_mutex);
            SyslogServerConfig *s = syslogServer(std::stoi(req.matches[1].str()));
            if (!s) {
                sendError(res, 404, u"There is no syslog server with id %1."_s.arg(QString::fromStdString(req.matches[1].str())));
                return;
            }
            SyslogServerConfig changed = *s;
            if (const QJsonObject problems = apply(*body, changed, partial); !problems.isEmpty()) {
                sendJson(res, 400, QJsonObject{{u"syslog_server"_s, problems}});
                return;
            }
            *s = changed;
            res.status = 202;
        };
    };
    svr.Patch(kSyslog + R"((\d+)/)", change(true));
    svr.Put(kSyslog + R"((\d+)/)", change(false));
    svr.Delete(kSyslog + R"((\d+)/)", [this](const httplib::Request &req, httplib::Response &res) {
        std::lock_guard lock(m_mutex);
        const SyslogServerConfig *s = syslogServer(std::stoi(req.matches[1].str()));
        if (!s) {
            sendError(res, 404, u"There is no syslog server with id %1."_s.arg(QString::fromStdString(req.matches[1].str())));
            return;
        }
        m_syslogServers.erase(m_syslogServers.begin() + (s - m_syslogServers.data()));
        res.status = 204;
    });
}

SyslogServerConfig *ManagementServer::syslogServer(int id)
{
    const auto it = std::find_if(m_syslogServers.begin(), m_syslogServers.end(),
                                 [id](const SyslogServerConfig &s) { return s.id == id; });
    return it == m_syslogServers.end() ? nullptr : &*it;
}

std::vector<SyslogDelivery> ManagementServer::syslogDue()
{
    std::lock_guard lock(m_mutex);
    if (m_syslogServers.empty())
        return {};
    m_deployment->advanceTo(m_clock->now());
    if (m_deployment->managementDownUntil())
        return {}; // it sends nothing while it reboots; what it logs meanwhile follows
    std::vector<SyslogDelivery> due;
    for (SyslogServerConfig &s : m_syslogServers) {
        if (!s.supportLog) {
            s.sentUpTo = m_deployment->log().lastId();
            continue;
        }
        std::vector<LogEntry> entries = m_deployment->log().after(s.sentUpTo, 1000);
        if (entries.empty())
            continue;
        s.sentUpTo = entries.back().id;
        due.push_back(SyslogDelivery{s.address, s.port, s.transport, m_deployment->config().managementName,
                                     std::move(entries)});
    }
    return due;
}

} // namespace iuc::sim
