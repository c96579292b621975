#include "emulator/server/managementserver.h"

#include "core/domain/logging.h"
#include "emulator/server/serverconventions.h"
#include "emulator/server/servererrors.h"
#include "emulator/server/serverhttp.h"
#include "emulator/support/uploadstore.h"

#include <QHostAddress>
#include <QTcpServer>

#include <httplib.h>
#include <openssl/crypto.h>

#include <cmath>

using namespace Qt::StringLiterals;

namespace iuc::sim {

using namespace http;

namespace {

bool sameSecret(const QByteArray &a, const QByteArray &b)
{
    // Constant time for equal lengths: the length itself is not a secret worth hiding here.
    return a.size() == b.size() && CRYPTO_memcmp(a.constData(), b.constData(), static_cast<size_t>(a.size())) == 0;
}

// Only the listening socket's own address may be reused (a restart while
// old connections linger in TIME_WAIT). httplib's default adds SO_REUSEPORT
// on Linux and the BSDs, which lets a second emulator listen on a port the
// first one holds: new connections then went to either, at random.
void exclusiveListenerOptions(socket_t sock)
{
    int yes = 1;
#ifdef _WIN32
    setsockopt(sock, SOL_SOCKET, SO_EXCLUSIVEADDRUSE, reinterpret_cast<const char *>(&yes), sizeof(yes));
#else
    setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, reinterpret_cast<const void *>(&yes), sizeof(yes));
#endif
}

// Why binding failed, in words: asked again of the operating system, since
// httplib only says that it did.
Error bindError(const QString &host, int port)
{
    QTcpServer probe;
    const QHostAddress address(host == u"localhost" ? u"127.0.0.1"_s : host);
    if (!address.isNull() && !probe.listen(address, static_cast<quint16>(port))
        && probe.serverError() == QAbstractSocket::AddressInUseError) {
        return Error{ServerError::PortInUse,
                     u"Port %1 on %2 is already in use, by another infinity-sim or another program. Stop that "
                     u"one, or choose another port with --port (--port 0 picks a free one)."_s.arg(port).arg(host)};
    }
    return Error{ServerError::Bind,
                 u"Could not listen on %1 port %2: %3"_s.arg(host).arg(port).arg(
                     probe.serverError() == QAbstractSocket::UnknownSocketError
                         ? u"the address may not be on this machine, or the port may need privileges."_s
                         : probe.errorString())};
}

ServerOptions withStatusWords(ServerOptions options)
{
    if (!options.statusWords)
        options.statusWords = StatusWords::forProfile(options.api);
    return options;
}

bool isLoopback(const QString &host)
{
    if (host == u"localhost"_s)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace

ManagementServer::ManagementServer(std::unique_ptr<Deployment> deployment, std::shared_ptr<SimClock> clock,
                                   ServerOptions options)
    : m_deployment(std::move(deployment))
    , m_clock(std::move(clock))
    , m_options(withStatusWords(std::move(options)))
    , m_uploads(std::make_unique<UploadStore>(m_options.uploadDir, UploadStore::Limits{m_options.maxUploadSize, 8},
                                              [clock = m_clock] { return toDateTime(clock->now()); }))
    , m_workerCache(std::make_unique<WorkerStatusCache>(m_options.api, words()))
{
}

ManagementServer::~ManagementServer()
{
    stop();
}

QString ManagementServer::baseUrl() const
{
    const QString scheme = m_options.plainHttp ? u"http"_s : u"https"_s;
    const QHostAddress address(m_options.host);
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
                             ? QLatin1Char('[') + m_options.host + QLatin1Char(']')
                             : m_options.host;
    return u"%1://%2:%3"_s.arg(scheme, host).arg(m_port);
}

Result<int> ManagementServer::start()
{
    if (m_server)
        return m_port;
    if (m_options.plainHttp && !isLoopback(m_options.host)) {
        return Error{ServerError::HttpNotLoopback,
                     u"Plain HTTP is only served on a loopback address (127.0.0.1, ::1), not on %1: "
                                    u"passwords would cross the network in the clear. Leave out --http to serve HTTPS."_s
                         .arg(m_options.host)};
    }
    m_uploads->removeStaleFiles(); // partial uploads of an earlier run cannot be resumed: their ids are gone
    const Result<int> listening = listen(m_options.port);
    if (listening && !m_syslog)
        m_syslog = std::make_unique<SyslogForwarder>([this] { return syslogDue(); }, m_options.syslogFormat);
    m_watchStop = false;
    if (listening && !servesExtensions(m_options.api)) {
        m_rebootWatch = std::thread([this] {
            std::unique_lock lock(m_watchMutex);
            while (!m_watchWake.wait_for(lock, std::chrono::milliseconds(50), [this] { return m_watchStop; })) {
                lock.unlock();
                followTheReboot();
                lock.lock();
            }
        });
    }
    return listening;
}

void ManagementServer::followTheReboot()
{
    if (servesExtensions(m_options.api))
        return;
    bool down = false;
    {
        std::lock_guard lock(m_mutex);
        m_deployment->advanceTo(m_clock->now());
        down = m_deployment->managementDownUntil().has_value();
    }
    std::lock_guard guard(m_listenMutex);
    if (down && m_server) {
        qCDebug(lcSimHttp) << "the Management Node reboots: connections refused";
        stopListening();
        m_refusingForReboot = true;
    } else if (!down && m_refusingForReboot) {
        m_refusingForReboot = false;
        if (const Result<int> back = listen(m_port); !back)
            qCWarning(lcSimHttp).noquote() << "could not listen again after the reboot:" << back.error().message;
    }
}

Result<void> ManagementServer::setRefusing(bool refusing)
{
    std::lock_guard guard(m_listenMutex);
    if (refusing) {
        stopListening();
        return ResultOk;
    }
    if (m_server || m_port == 0)
        return ResultOk;
    const Result<int> listening = listen(m_port);
    if (!listening)
        return listening.error();
    return ResultOk;
}

Result<int> ManagementServer::listen(int port)
{
    if (m_options.plainHttp) {
        m_server = std::make_unique<httplib::Server>();
    } else {
        auto tls = std::make_unique<httplib::SSLServer>(m_options.certPath.toLocal8Bit().constData(),
                                                        m_options.keyPath.toLocal8Bit().constData());
        if (!tls->is_valid()) {
            return Error{ServerError::Tls,
                         u"The TLS certificate or key could not be used (%1, %2)."_s
                             .arg(m_options.certPath, m_options.keyPath)};
        }
        m_server = std::move(tls);
    }
    const int threads = std::max(2, m_options.threads);
    m_server->new_task_queue = [threads] { return new httplib::ThreadPool(static_cast<size_t>(threads)); };
    m_server->set_keep_alive_max_count(1000);
    // httplib writes a response's head and body separately: with Nagle's
    // algorithm the body then waits for the client's delayed ACK, 40 ms on
    // every request.
    m_server->set_tcp_nodelay(true);
    m_server->set_socket_options(exclusiveListenerOptions);
    m_server->set_read_timeout(10, 0);
    m_server->set_write_timeout(30, 0);
    installRoutes();

    const std::string host = m_options.host.toStdString();
    const int bound = port == 0 ? m_server->bind_to_any_port(host) : (m_server->bind_to_port(host, port) ? port : -1);
    if (bound <= 0) {
        m_server.reset();
        return bindError(m_options.host, port);
    }
    m_port = bound;
    m_thread = std::thread([server = m_server.get()] { server->listen_after_bind(); });
    // httplib's stop() does nothing until its accept loop has begun: a stop
    // right after this (a reboot's refusal, a test) would leave the thread
    // in accept() for good, and joining it would hang.
    for (int i = 0; i < 5000 && !m_server->is_running(); ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    return m_port;
}

void ManagementServer::stop()
{
    {
        std::lock_guard lock(m_watchMutex);
        m_watchStop = true;
    }
    m_watchWake.notify_all();
    if (m_rebootWatch.joinable())
        m_rebootWatch.join();
    m_syslog.reset();
    std::lock_guard guard(m_listenMutex);
    stopListening();
}

void ManagementServer::stopListening()
{
    if (!m_server)
        return;
    m_server->stop();
    if (m_thread.joinable())
        m_thread.join();
    m_server.reset();
}

const ApiUser *ManagementServer::authenticate(const httplib::Request &req) const
{
    const std::string header = req.get_header_value("Authorization");
    constexpr std::string_view kBasic = "Basic ";
    if (header.size() <= kBasic.size() || header.compare(0, kBasic.size(), kBasic) != 0)
        return nullptr;
    const QByteArray decoded = QByteArray::fromBase64(QByteArray::fromStdString(header.substr(kBasic.size())),
                                                      QByteArray::AbortOnBase64DecodingErrors);
    const qsizetype colon = decoded.indexOf(':');
    if (colon <= 0)
        return nullptr;
    const QByteArray name = decoded.left(colon);
    const QByteArray password = decoded.mid(colon + 1);
    const ApiUser *match = nullptr;
    for (const ApiUser &user : m_options.users) {
        // Every user is compared, so timing does not tell which names exist.
        const bool ok = sameSecret(user.name.toUtf8(), name) & sameSecret(user.password.toUtf8(), password);
        if (ok && !match)
            match = &user;
    }
    return match;
}

bool ManagementServer::authorize(const httplib::Request &req, httplib::Response &res, Access access)
{
    const ApiUser *user = authenticate(req);
    if (!user) {
        res.set_header("WWW-Authenticate", "Basic realm=\"infinity-sim\"");
        sendError(res, 401, u"Authentication failed: the user name or password is wrong, or none was given."_s);
        return false;
    }
    if (access != Access::Read && user->readOnly) {
        sendError(res, 403,
                  u"The account \"%1\" is read-only: it may look but not change anything. Sign in with an "
                                 u"administrator account."_s
                      .arg(user->name));
        return false;
    }
    return true;
}

void ManagementServer::installRoutes()
{
    httplib::Server &svr = *m_server;

    // Before any route: what the Management Node's state and the caller's
    // credentials allow.
    svr.set_pre_routing_handler([this](const httplib::Request &req, httplib::Response &res) {
        const auto handled = [&] {
            // A refused request's body stays unread: close, or it would be
            // taken for the next request on this connection.
            if (req.method != "GET")
                res.set_header("Connection", "close");
            return httplib::Server::HandlerResponse::Handled;
        };
        const QString p = path(req);
        const bool api = p.startsWith(u"/api/admin/"_s);
        const bool sim = p.startsWith(u"/sim/v1/"_s);
        if (!api && !sim) {
            sendError(res, 404, u"No such resource: %1"_s.arg(p));
            return handled();
        }
        if (api && req.method != "GET")
            ++m_writeRequests;
        if (api) {
            std::optional<TimePoint> downUntil;
            double scale = 1.0;
            {
                std::lock_guard lock(m_mutex);
                m_deployment->advanceTo(m_clock->now());
                downUntil = m_deployment->managementDownUntil();
                scale = m_clock->scale();
            }
            if (downUntil) {
                // R1/R7: while it reboots the Management Node does not serve its API.
                // Retry-After is in real seconds; with the simulated clock
                // paused (scale 0) there is no real time to wait for.
                const double simSeconds = std::chrono::duration<double>(*downUntil - m_clock->now()).count();
                QString message = u"The Management Node is rebooting; its API is back at %1 (server time)."_s
                                      .arg(api::timestamp(*downUntil));
                if (scale > 1e-3) {
                    const double wait = std::clamp(std::ceil(simSeconds / scale), 1.0, 86400.0);
                    res.set_header("Retry-After", std::to_string(static_cast<int>(wait)));
                    message = u"The Management Node is rebooting; its API is back in about %1 s."_s
                                  .arg(static_cast<int>(wait));
                }
                sendError(res, 503, message,
                          QJsonObject{{u"rebooting"_s, true},
                                      {u"back_at"_s, api::timestamp(*downUntil)}});
                return handled();
            }
        }
        const Access access = sim ? Access::Admin : (req.method == "GET" ? Access::Read : Access::Write);
        if (!authorize(req, res, access))
            return handled();
        if (api && !http::servedByProfile(p, m_options.api)) {
            sendError(res, 404, u"No such resource: %1"_s.arg(p));
            return handled();
        }
        return httplib::Server::HandlerResponse::Unhandled;
    });

    // Every response carries the simulated clock: clients measure durations
    // against the server's time, never their own.
    svr.set_post_routing_handler([this](const httplib::Request &, httplib::Response &res) {
        res.set_header("Date", api::httpDate(m_clock->now()).toStdString());
        res.set_header("Cache-Control", "no-store");
    });

    // The request log (QT_LOGGING_RULES="iuc.sim.http.debug=true"): method,
    // path and status; never a header, so never the caller's credentials.
    svr.set_logger([](const httplib::Request &req, const httplib::Response &res) {
        qCDebug(lcSimHttp).noquote() << QString::fromStdString(req.method) << path(req) << res.status;
    });

    svr.set_error_handler([this](const httplib::Request &req, httplib::Response &res) {
        // httplib's own refusals (a 404 is decided by the conventions).
        if (res.body.empty() && res.status != 404)
            sendError(res, res.status, u"The request could not be served (HTTP %1)."_s.arg(res.status));
        applyErrorConventions(req, res, m_options.api);
    });
    svr.set_exception_handler([](const httplib::Request &, httplib::Response &res, std::exception_ptr) {
        sendError(res, 500, u"The emulator failed to serve this request."_s);
    });

    installSchemaRoutes(); // first: "schema/" would otherwise pass for an object's id
    installStatusRoutes();
    installStatusDetailRoutes();
    installConfigurationRoutes();
    installCommandRoutes();
    installUploadRoutes();
    installSyslogRoutes();
    installSimRoutes();
}

} // namespace iuc::sim
