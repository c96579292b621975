#pragma once

#include "emulator/server/apiprofile.h"
#include "emulator/server/statuswords.h"
#include "emulator/server/syslogforwarder.h"
#include "emulator/server/workerstatuscache.h"
#include "emulator/sim/deployment.h"
#include "emulator/sim/simclock.h"
#include "emulator/support/uploadstore.h"

#include <QString>

#include <atomic>
#include <condition_variable>
#include <map>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace httplib {
class Server;
struct Request;
struct Response;
class ContentReader;
} // namespace httplib

namespace iuc::sim {

struct ApiUser
{
    QString name;
    QString password;
    bool readOnly = false;
};

// One entry of configuration/v1/syslog_server/.
struct SyslogServerConfig
{
    int id = 0;
    QString address;
    int port = 514;
    QString transport = QStringLiteral("udp");
    QString description;
    bool supportLog = true;
    bool auditLog = false;
    bool webLog = false;
    qint64 sentUpTo = 0; // the last administrator-log line sent to it
};

struct ServerOptions
{
    QString host = QStringLiteral("127.0.0.1");
    int port = 0;              // 0: any free port
    bool plainHttp = false;    // only on a loopback address
    QString certPath;          // HTTPS certificate and key (PEM)
    QString keyPath;
    std::vector<ApiUser> users;
    QString uploadDir;         // where uploads stream to
    qint64 maxUploadSize = 64LL << 30;
    int threads = 16;
    ApiProfile api = ApiProfile::Pexip; // which Management Node it imitates
    // How upgrade_status is spelt; unset: the profile's (StatusWords::forProfile).
    std::optional<StatusWords> statusWords;
    SyslogFormat syslogFormat = SyslogFormat::Rfc5424; // to configured syslog servers
};

// infinity-sim's HTTP(S) front: the Management Node API of docs/api.md over
// cpp-httplib, backed by a simulated Deployment, in one API profile. One instance serves one
// deployment; requests run on a thread pool, the deployment behind one mutex,
// uploads stream to disk outside it.
class ManagementServer final
{
public:
    ManagementServer(std::unique_ptr<Deployment> deployment, std::shared_ptr<SimClock> clock, ServerOptions options);
    ~ManagementServer();
    ManagementServer(const ManagementServer &) = delete;
    ManagementServer &operator=(const ManagementServer &) = delete;

    // Binds and starts serving on a background thread; returns the port.
    Result<int> start();
    void stop();
    // Stops listening (true: connections to its port are refused, as while a
    // real Management Node reboots) or listens again on the same port
    // (false). The deployment and its clock are untouched. Not from a
    // request handler: stopping waits for the requests in flight.
    Result<void> setRefusing(bool refusing);
    // On a real node's profile (pexip, pexip-v24), refuses connections while
    // the Management Node reboots (R1) and listens again when it is back:
    // done by a watcher every 50 ms (real time) after start(), and at once
    // by this call, for a test that has just moved the clock. The extended
    // profile answers 503 instead, with Retry-After.
    void followTheReboot();
    [[nodiscard]] int port() const { return m_port; }
    [[nodiscard]] QString baseUrl() const;
    [[nodiscard]] SimClock &clock() { return *m_clock; }
    [[nodiscard]] ApiProfile api() const { return m_options.api; }
    [[nodiscard]] const StatusWords &words() const { return *m_options.statusWords; }

    // Runs `f` on the deployment, brought up to the simulated now, under the
    // lock (in-process users: the console's demo, tests).
    template <typename F>
    auto withDeployment(F &&f)
    {
        std::lock_guard lock(m_mutex);
        m_deployment->advanceTo(m_clock->now());
        return f(*m_deployment);
    }

    // API requests that would change something (any method but GET),
    // refused or not: a read-only client's tests check it stays at 0.
    [[nodiscard]] int writeRequests() const { return m_writeRequests.load(); }
    // Requests that perform an upgrade and reached the server: finish/
    // without validate_only: true, and single-shot uploads (REAL-API.md §4).
    // Tests prove with it that declining sends none and accepting one.
    [[nodiscard]] int performRequests() const { return m_performRequests.load(); }
    // Package bytes stored by every upload since the server started.
    [[nodiscard]] qint64 uploadedBytes() const { return m_uploads->bytesStored(); }
    [[nodiscard]] int uploadsBeingWritten() const { return m_uploads->beingWritten(); }
    // Test harness (/sim/v1/deployment/ {"drop_perform": …}): the next
    // performing request loses its connection — before the server acts on
    // it (nothing starts) or after (the upgrade starts, the answer is lost).
    enum class PerformFault { None, DropBefore, DropAfter };
    void setPerformFault(PerformFault fault) { m_performFault.store(fault); }

private:
    Result<int> listen(int port); // 0: any free port; under m_listenMutex once started
    void stopListening();         // under m_listenMutex
    enum class Access { Read, Write, Admin };

    void installRoutes();
    void installSchemaRoutes();
    void installStatusRoutes();
    void installStatusDetailRoutes();
    void installConfigurationRoutes();
    void installCommandRoutes();
    void installUploadRoutes();
    // Validates, stages and starts a finished upload (a performing request).
    void performUpgrade(const UploadStore::Finished &file, httplib::Response &res);
    void singleShotUpload(const httplib::Request &req, httplib::Response &res, const httplib::ContentReader &reader);
    void installSyslogRoutes();
    SyslogServerConfig *syslogServer(int id);       // under m_mutex
    std::vector<SyslogDelivery> syslogDue();        // takes m_mutex
    void installSimRoutes();
    bool authorize(const httplib::Request &req, httplib::Response &res, Access access);
    [[nodiscard]] const ApiUser *authenticate(const httplib::Request &req) const;

    std::unique_ptr<Deployment> m_deployment;
    std::shared_ptr<SimClock> m_clock;
    ServerOptions m_options;
    std::unique_ptr<UploadStore> m_uploads;
    std::unique_ptr<WorkerStatusCache> m_workerCache; // under m_mutex
    // Answers to refused packages, whose files are gone: asking finish/
    // again gets the same answer. Under m_mutex.
    std::map<QString, QByteArray> m_refusals;
    std::vector<SyslogServerConfig> m_syslogServers; // under m_mutex
    int m_nextSyslogId = 1;                          // under m_mutex
    std::unique_ptr<SyslogForwarder> m_syslog;
    std::unique_ptr<httplib::Server> m_server; // under m_listenMutex once started
    std::thread m_thread;
    std::mutex m_mutex;
    std::mutex m_listenMutex; // m_server and m_thread: listening stopped and resumed (R1)
    bool m_refusingForReboot = false; // under m_listenMutex
    std::thread m_rebootWatch;
    std::mutex m_watchMutex;
    std::condition_variable m_watchWake;
    bool m_watchStop = false; // under m_watchMutex
    int m_port = 0;
    std::atomic<int> m_writeRequests{0};
    std::atomic<int> m_performRequests{0};
    std::atomic<PerformFault> m_performFault{PerformFault::None};
};

} // namespace iuc::sim
