#include "tests/common/hostileserver.h"

#include <httplib.h>

using namespace Qt::StringLiterals;

HostileServer::HostileServer() = default;

HostileServer::~HostileServer()
{
    if (m_server)
        m_server->stop();
    if (m_thread.joinable())
        m_thread.join();
}

bool HostileServer::start(const QString &certPath, const QString &keyPath, int port)
{
    m_tls = !certPath.isEmpty();
    if (m_tls) {
        auto tls = std::make_unique<httplib::SSLServer>(certPath.toLocal8Bit().constData(), keyPath.toLocal8Bit().constData());
        if (!tls->is_valid())
            return false;
        m_server = std::move(tls);
    } else {
        m_server = std::make_unique<httplib::Server>();
    }
    const auto handler = [this](const httplib::Request &req, httplib::Response &res) {
        Canned canned{404, R"({"error":"No such resource."})", "application/json", {}};
        {
            std::lock_guard lock(m_mutex);
            ++m_requests;
            m_last = Taken{req.method, req.target, req.get_header_value("Content-Type"),
                           QByteArray::fromStdString(req.body)};
            const auto it = m_answers.find(req.path);
            if (it != m_answers.end())
                canned = it->second;
        }
        if (canned.delay.count() > 0)
            std::this_thread::sleep_for(canned.delay);
        res.status = canned.status;
        res.set_content(canned.body.toStdString(), canned.contentType);
    };
    m_server->Get(".*", handler);
    m_server->Post(".*", handler);
    m_server->Patch(".*", handler);
    if (port > 0)
        m_port = m_server->bind_to_port("127.0.0.1", port) ? port : 0;
    else
        m_port = m_server->bind_to_any_port("127.0.0.1");
    if (m_port <= 0)
        return false;
    m_thread = std::thread([server = m_server.get()] { server->listen_after_bind(); });
    return true;
}

QUrl HostileServer::url() const
{
    return QUrl(u"%1://127.0.0.1:%2"_s.arg(m_tls ? u"https"_s : u"http"_s).arg(m_port));
}

void HostileServer::answer(const QString &path, Canned canned)
{
    std::lock_guard lock(m_mutex);
    m_answers[path.toStdString()] = std::move(canned);
}

HostileServer::Taken HostileServer::lastRequest() const
{
    std::lock_guard lock(m_mutex);
    return m_last;
}

int HostileServer::requests() const
{
    std::lock_guard lock(m_mutex);
    return m_requests;
}
