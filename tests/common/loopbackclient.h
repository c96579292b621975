#pragma once

// The ground-truth HTTPS client of the fixtures: cpp-httplib, independent of
// the client under test, to the in-process emulator on 127.0.0.1, checking
// the emulator's certificate against "localhost". It keeps its connection
// between requests, except one idle long enough for the server to have
// closed it: the server drops connections idle for 5 s (cpp-httplib's
// keep-alive timeout), and cpp-httplib 0.11 does not look before reusing
// one, so the next request on it would fail with "Read".

#include <chrono>
#include <memory>
#include <string>

namespace httplib {
class SSLClient;
}

namespace iuc::test {

class LoopbackClient
{
public:
    struct Settings
    {
        int port = 0;
        std::string caCertPath;
        std::string user; // empty: no credentials
        std::string password;
        int readTimeoutSeconds = 30;
    };

    explicit LoopbackClient(Settings settings);
    ~LoopbackClient();
    LoopbackClient(const LoopbackClient &) = delete;
    LoopbackClient &operator=(const LoopbackClient &) = delete;

    // The client for the next request: the kept connection, or a fresh one
    // when the kept one has been idle for a while.
    httplib::SSLClient &get();

private:
    Settings m_settings;
    std::unique_ptr<httplib::SSLClient> m_client;
    std::chrono::steady_clock::time_point m_lastUse;
};

} // namespace iuc::test
