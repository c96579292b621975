#pragma once

#include "emulator/server/managementserver.h"
#include "emulator/sim/scenario.h"
#include "emulator/sim/simclock.h"
#include "emulator/support/certificate.h"

#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace iuc::sim {

// Everything needed to run an emulated Management Node; what `infinity-sim
// serve` and the console's demo fill in from their options.
struct EmulatorSettings
{
    DeploymentConfig deployment;
    QString host = QStringLiteral("127.0.0.1");
    int port = 0;
    bool plainHttp = false;
    QString dataDir;           // certificate and uploads live here
    QString certPath, keyPath; // given: use them; empty: self-signed in dataDir
    std::vector<ApiUser> users;
    std::optional<TimePoint> start; // simulated start; default: the host's current time
    // Which Management Node it imitates: the real one by default; the
    // console and the integration tests still ask for Extended.
    ApiProfile api = ApiProfile::Pexip;
    // How upgrade_status is spelt; unset: the profile's (StatusWords::forProfile).
    std::optional<StatusWords> statusWords;
    SyslogFormat syslogFormat = SyslogFormat::Rfc5424; // to configured syslog servers
};

// A running emulator: clock, deployment and server, stopped on destruction.
class Emulator final
{
public:
    static Result<std::unique_ptr<Emulator>> start(EmulatorSettings settings);
    ~Emulator();
    Emulator(const Emulator &) = delete;
    Emulator &operator=(const Emulator &) = delete;

    [[nodiscard]] QString url() const { return m_server->baseUrl(); }
    [[nodiscard]] int port() const { return m_server->port(); }
    // Empty for plain HTTP.
    [[nodiscard]] const QByteArray &fingerprint() const { return m_certificate.sha256Fingerprint; }
    [[nodiscard]] const CertificateFiles &certificate() const { return m_certificate; }
    [[nodiscard]] ManagementServer &server() { return *m_server; }
    [[nodiscard]] SimClock &clock() { return *m_clock; }
    void stop();

private:
    Emulator() = default;
    std::shared_ptr<SimClock> m_clock;
    std::unique_ptr<ManagementServer> m_server;
    CertificateFiles m_certificate;
};

// "name:password" (read-write) or "name:password:readonly". The password
// may itself contain colons.
Result<ApiUser> parseUserSpec(const QString &spec);

} // namespace iuc::sim
