#pragma once

// A server that answers what a test tells it to, on a loopback port: broken JSON, missing fields, unknown codes, a proxy's HTML error
// page, an answer that never comes. What infinity-sim never sends, but a
// real Management Node or something in front of it may.

#include <QByteArray>
#include <QString>
#include <QUrl>

#include <chrono>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

namespace httplib {
class Server;
} // namespace httplib

class HostileServer final
{
public:
    struct Canned
    {
        int status = 200;
        QByteArray body;
        std::string contentType = "application/json";
        std::chrono::milliseconds delay{0}; // before answering
    };

    HostileServer();
    ~HostileServer();
    HostileServer(const HostileServer &) = delete;
    HostileServer &operator=(const HostileServer &) = delete;

    // Plain HTTP, or HTTPS with the given certificate and key (PEM); on a
    // free port, or on `port` (another server's, after it stopped).
    bool start(const QString &certPath = {}, const QString &keyPath = {}, int port = 0);
    [[nodiscard]] QUrl url() const; // http(s)://127.0.0.1:<port>
    [[nodiscard]] int port() const { return m_port; }
    // The answer to any method on `path` (no query); others get a JSON 404.
    void answer(const QString &path, Canned canned);
    [[nodiscard]] int requests() const;
    // The last request taken: method, path with query, Content-Type, body.
    struct Taken
    {
        std::string method;
        std::string target;
        std::string contentType;
        QByteArray body;
    };
    [[nodiscard]] Taken lastRequest() const;

private:
    std::unique_ptr<httplib::Server> m_server;
    std::thread m_thread;
    mutable std::mutex m_mutex;
    std::map<std::string, Canned> m_answers;
    int m_requests = 0;
    Taken m_last;
    int m_port = 0;
    bool m_tls = false;
};
