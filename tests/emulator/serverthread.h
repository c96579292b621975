#pragma once

// Runs an httplib server on 127.0.0.1 (any free port) in a thread of its own
// for the object's lifetime. Construct it once the routes are set.

#include <httplib.h>

#include <atomic>
#include <thread>

class ServerThread final
{
public:
    explicit ServerThread(httplib::Server &server)
        : m_server(server)
    {
        m_port = server.bind_to_any_port("127.0.0.1");
        if (m_port <= 0)
            return;
        // The socket listens from here on: a client may connect before the
        // accept loop runs, without any wait.
        m_thread = std::thread([this] {
            m_server.listen_after_bind();
            m_done = true;
        });
    }
    ~ServerThread()
    {
        if (!m_thread.joinable())
            return;
        // stop() only works once the loop runs; it cannot end by itself.
        while (!m_server.is_running() && !m_done)
            std::this_thread::yield();
        if (!m_done)
            m_server.stop();
        m_thread.join();
    }
    ServerThread(const ServerThread &) = delete;
    ServerThread &operator=(const ServerThread &) = delete;

    [[nodiscard]] int port() const { return m_port; }

private:
    httplib::Server &m_server;
    int m_port = 0;
    std::atomic<bool> m_done = false;
    std::thread m_thread;
};
