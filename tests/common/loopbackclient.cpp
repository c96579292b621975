#include "tests/common/loopbackclient.h"

#include <httplib.h>

namespace iuc::test {

namespace {
// Below the server's 5 s keep-alive timeout, with room for a slow machine.
constexpr auto kMaxIdle = std::chrono::seconds(3);
} // namespace

LoopbackClient::LoopbackClient(Settings settings)
    : m_settings(std::move(settings))
{
}

LoopbackClient::~LoopbackClient() = default;

httplib::SSLClient &LoopbackClient::get()
{
    const auto now = std::chrono::steady_clock::now();
    if (m_client && now - m_lastUse > kMaxIdle)
        m_client.reset();
    m_lastUse = now;
    if (!m_client) {
        // "localhost" is the name the emulator's certificate carries: the
        // client checks the chain against it and the host name.
        m_client = std::make_unique<httplib::SSLClient>("localhost", m_settings.port);
        m_client->set_ca_cert_path(m_settings.caCertPath);
        m_client->enable_server_certificate_verification(true);
        m_client->set_address_family(AF_INET); // the emulator listens on 127.0.0.1 only
        m_client->set_keep_alive(true);
        m_client->set_tcp_nodelay(true);
        m_client->set_connection_timeout(5);
        m_client->set_read_timeout(m_settings.readTimeoutSeconds);
        m_client->set_write_timeout(m_settings.readTimeoutSeconds);
        if (!m_settings.user.empty())
            m_client->set_basic_auth(m_settings.user, m_settings.password);
    }
    return *m_client;
}

} // namespace iuc::test
