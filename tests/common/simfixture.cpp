#include "tests/common/simfixture.h"

#include "core/api/opensslexit.h"
#include "emulator/server/apiresources.h"
#include "emulator/support/packagewriter.h"

#include <QFile>
#include <QJsonArray>
#include <QtDebug>

#include <httplib.h>
#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/ssl.h>

#include <memory>
#include <thread>

#ifdef Q_OS_WIN
#include <winsock2.h>
#else
#include <sys/socket.h>
#include <sys/time.h>
#endif

using namespace Qt::StringLiterals;
using namespace iuc;
using namespace iuc::sim;

// Before main(): every test that runs the emulator also runs Qt's HTTP
// thread, whose OpenSSL clean-up at exit races OpenSSL's exit handler
// (core/api/opensslexit.h).
[[maybe_unused]] static const bool g_openSslKeptUntilExit = [] {
    iuc::api::keepOpenSslUntilProcessExit();
    return true;
}();

// ------------------------------------------------------------------ Reply --

QByteArray Reply::header(const char *name) const
{
    const QByteArray wanted = QByteArray(name).toLower();
    for (const auto &[key, value] : headers) {
        if (QByteArray::fromStdString(key).toLower() == wanted)
            return QByteArray::fromStdString(value);
    }
    return {};
}

QByteArray Reply::describe() const
{
    if (status == 0)
        return "no HTTP answer: " + transportError.toUtf8();
    return QByteArray::number(status) + ' ' + body.left(600);
}

QDateTime apiTime(const QJsonValue &value)
{
    QDateTime t = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    t.setTimeSpec(Qt::UTC);
    return t;
}

// ------------------------------------------------------------- SimFixture --

SimFixture::SimFixture() = default;

SimFixture::~SimFixture()
{
    // Close the client connections first: the server's workers would
    // otherwise sit out their keep-alive wait before it can stop.
    for (auto &c : m_clients)
        c.reset();
    m_emulator.reset();
}

DeploymentConfig SimFixture::config(int nodes, const QString &version, const QByteArray &scenario)
{
    DeploymentConfig base = DeploymentConfig::standard(nodes, Version::fromString(version));
    if (scenario.isEmpty())
        return base;
    auto parsed = DeploymentConfig::fromJson(scenario, base);
    if (!parsed)
        qFatal("scenario refused: %s", qPrintable(parsed.error().message));
    return parsed.value();
}

Reply advanceInProcess(Emulator &emulator, double simulatedSeconds)
{
    emulator.clock().advance(Duration(static_cast<Duration::rep>(simulatedSeconds * 1000.0)));
    const double scale = emulator.clock().scale();
    Reply r;
    r.status = 200;
    r.json = QJsonDocument(emulator.server().withDeployment([&](Deployment &d) { return sim::api::simState(d, scale); }));
    r.body = r.json.toJson(QJsonDocument::Compact);
    emulator.server().followTheReboot(); // refused from now on, or listening again (R1)
    return r;
}

QJsonObject runInProcess(Emulator &emulator)
{
    return emulator.server().withDeployment([](Deployment &d) {
        const int count = static_cast<int>(d.pastRuns().size());
        if (d.engine().run())
            return sim::api::upgradeRun(d, *d.engine().run(), count + 1, true, true);
        if (count > 0) // first in the list, as the route has it
            return sim::api::upgradeRun(d, d.pastRuns().back(), count, true, true);
        return QJsonObject();
    });
}

Result<std::unique_ptr<Emulator>> startTestEmulator(const QString &dataDir, DeploymentConfig deployment,
                                                    double timeScale, const QDateTime &start, ApiProfile api,
                                                    std::optional<StatusWords> statusWords, sim::SyslogFormat syslogFormat)
{
    EmulatorSettings s;
    s.syslogFormat = syslogFormat;
    s.api = api;
    s.statusWords = std::move(statusWords);
    s.deployment = std::move(deployment);
    s.deployment.timeScale = timeScale;
    s.host = u"127.0.0.1"_s;
    s.port = 0;
    s.dataDir = dataDir;
    s.start = fromDateTime(start);
    for (const QString &spec : {u"admin:secret"_s, u"noc:wall:readonly"_s}) {
        auto user = parseUserSpec(spec);
        if (!user)
            return user.error();
        s.users.push_back(user.value());
    }
    return Emulator::start(std::move(s));
}

bool SimFixture::start(Options options)
{
    if (!m_dir.isValid()) {
        m_startError = u"no temporary directory: "_s + m_dir.errorString();
        return false;
    }
    auto started = startTestEmulator(m_dir.filePath(u"sim"_s), std::move(options.deployment), options.timeScale,
                                     options.start, options.api, std::move(options.statusWords));
    if (!started) {
        m_startError = started.error().message;
        return false;
    }
    m_emulator = std::move(started).value();
    return true;
}

bool SimFixture::start(DeploymentConfig deployment, double timeScale)
{
    Options options;
    options.deployment = std::move(deployment);
    options.timeScale = timeScale;
    return start(std::move(options));
}

bool SimFixture::start(DeploymentConfig deployment, ApiProfile api)
{
    Options options;
    options.deployment = std::move(deployment);
    options.api = api;
    return start(std::move(options));
}

int SimFixture::port() const
{
    return m_emulator ? m_emulator->port() : 0;
}

QString SimFixture::scratchPath(const QString &name) const
{
    return m_dir.filePath(name);
}

httplib::SSLClient &SimFixture::client(As as)
{
    auto &slot = m_clients[static_cast<int>(as)];
    if (!slot) {
        iuc::test::LoopbackClient::Settings settings;
        settings.port = port();
        settings.caCertPath = m_emulator->certificate().certPath.toStdString();
        switch (as) {
        case As::Admin:
            settings.user = "admin", settings.password = "secret";
            break;
        case As::ReadOnly:
            settings.user = "noc", settings.password = "wall";
            break;
        case As::WrongPassword:
            settings.user = "admin", settings.password = "secreT";
            break;
        case As::Anonymous:
            break;
        }
        slot = std::make_unique<iuc::test::LoopbackClient>(std::move(settings));
    }
    return slot->get();
}

Reply Reply::from(const httplib::Result &result)
{
    Reply r;
    if (!result) {
        r.transportError = QString::fromStdString(httplib::to_string(result.error()));
        return r;
    }
    r.status = result->status;
    r.body = QByteArray::fromStdString(result->body);
    r.json = QJsonDocument::fromJson(r.body);
    for (const auto &[key, value] : result->headers)
        r.headers.emplace(key, value);
    return r;
}

Reply SimFixture::send(const char *method, const QString &path, const QByteArray &body, const char *contentType, As as)
{
    httplib::SSLClient &c = client(as);
    const std::string p = path.toStdString();
    const std::string m = method;
    if (m == "GET")
        return Reply::from(c.Get(p));
    if (m == "POST")
        return Reply::from(c.Post(p, body.constData(), static_cast<size_t>(body.size()), contentType));
    if (m == "PUT")
        return Reply::from(c.Put(p, body.constData(), static_cast<size_t>(body.size()), contentType));
    if (m == "DELETE")
        return Reply::from(c.Delete(p, body.constData(), static_cast<size_t>(body.size()), contentType));
    if (m == "PATCH")
        return Reply::from(c.Patch(p, body.constData(), static_cast<size_t>(body.size()), contentType));
    httplib::Request req; // any other method, as it is
    req.method = m;
    req.path = p;
    if (!body.isEmpty())
        req.set_header("Content-Type", contentType);
    req.body = body.toStdString();
    return Reply::from(c.send(req));
}

Reply SimFixture::request(const char *method, const QString &path, const QByteArray &body, As as)
{
    return send(method, path, body, "application/json", as);
}

Reply SimFixture::get(const QString &path, As as)
{
    return send("GET", path, {}, nullptr, as);
}

Reply SimFixture::post(const QString &path, const QJsonObject &body, As as)
{
    return send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), "application/json", as);
}

Reply SimFixture::patch(const QString &path, const QJsonObject &body, As as)
{
    return send("PATCH", path, QJsonDocument(body).toJson(QJsonDocument::Compact), "application/json", as);
}

Reply SimFixture::postBytes(const QString &path, const QByteArray &body, const char *contentType, As as)
{
    return send("POST", path, body, contentType, as);
}

Reply SimFixture::postMultipart(const QString &path, const QByteArray &content, const QString &field)
{
    const httplib::MultipartFormDataItems items = {
        {field.toStdString(), content.toStdString(), "package.tar", "application/x-tar"}};
    return Reply::from(client(As::Admin).Post(path.toStdString(), items));
}

QJsonArray SimFixture::all(const QString &path, int *pages)
{
    QJsonArray out;
    QString next = path;
    int count = 0;
    while (!next.isEmpty() && count < 10'000) {
        const Reply r = get(next);
        if (r.status != 200) {
            qWarning().noquote() << "GET" << next << "→" << r.describe();
            break;
        }
        ++count;
        const QJsonObject page = r.object();
        for (const QJsonValue &o : page.value(u"objects"_s).toArray())
            out.append(o);
        next = page.value(u"meta"_s).toObject().value(u"next"_s).toString();
    }
    if (pages)
        *pages = count;
    return out;
}

// ------------------------------------------------------- a cut connection --

bool SimFixture::sendAndCut(const QByteArray &head, const QByteArray &body, QString *error)
{
    auto fail = [&](const QString &what) {
        char buffer[256] = {};
        ERR_error_string_n(ERR_get_error(), buffer, sizeof buffer);
        *error = what + u": "_s + QString::fromLatin1(buffer);
        return false;
    };
    std::unique_ptr<SSL_CTX, decltype(&SSL_CTX_free)> ctx(SSL_CTX_new(TLS_client_method()), SSL_CTX_free);
    if (!ctx)
        return fail(u"SSL_CTX_new"_s);
    // The same verification as the API client: the emulator's certificate,
    // for the name "localhost".
    SSL_CTX_set_verify(ctx.get(), SSL_VERIFY_PEER, nullptr);
    if (SSL_CTX_load_verify_locations(ctx.get(), QFile::encodeName(m_emulator->certificate().certPath).constData(), nullptr) != 1)
        return fail(u"loading the emulator's certificate"_s);
    std::unique_ptr<BIO, decltype(&BIO_free_all)> bio(BIO_new_ssl_connect(ctx.get()), BIO_free_all);
    if (!bio)
        return fail(u"BIO_new_ssl_connect"_s);
    SSL *ssl = nullptr;
    BIO_get_ssl(bio.get(), &ssl);
    SSL_set_tlsext_host_name(ssl, "localhost");
    SSL_set1_host(ssl, "localhost");
    const QByteArray target = "127.0.0.1:" + QByteArray::number(port());
    BIO_set_conn_hostname(bio.get(), target.constData());
    if (BIO_do_connect(bio.get()) != 1 || BIO_do_handshake(bio.get()) != 1)
        return fail(u"TLS connection to the emulator"_s);
    if (SSL_get_verify_result(ssl) != X509_V_OK)
        return fail(u"certificate verification"_s);

    const QByteArray bytes = head + body;
    for (qsizetype at = 0; at < bytes.size();) {
        const int n = BIO_write(bio.get(), bytes.constData() + at, static_cast<int>(std::min<qsizetype>(bytes.size() - at, 1 << 16)));
        if (n <= 0)
            return fail(u"sending"_s);
        at += n;
    }
    (void)BIO_flush(bio.get());

    // The cut: the TCP stream ends without TLS close_notify. Only our
    // sending half closes, so nothing we sent is lost to a reset; the
    // server sees its body end early, keeps what arrived, and closes.
    const int fd = static_cast<int>(BIO_get_fd(bio.get(), nullptr));
#ifdef Q_OS_WIN
    DWORD timeoutMs = 10'000;
    setsockopt(static_cast<SOCKET>(fd), SOL_SOCKET, SO_RCVTIMEO, reinterpret_cast<const char *>(&timeoutMs), sizeof timeoutMs);
    ::shutdown(static_cast<SOCKET>(fd), SD_SEND);
#else
    timeval timeout{10, 0}; // a safety net; the server answers at once
    setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
    ::shutdown(fd, SHUT_WR);
#endif
    // The server answers (a TLS alert, or an HTTP response) as soon as its
    // read fails, but only closes the connection once the request handler
    // has stored what arrived: wait for the close itself, below TLS.
    char sink[4096];
    while (BIO_read(bio.get(), sink, sizeof sink) > 0) {
    }
#ifdef Q_OS_WIN
    while (::recv(static_cast<SOCKET>(fd), sink, sizeof sink, 0) > 0) {
    }
#else
    while (::recv(fd, sink, sizeof sink, 0) > 0) {
    }
#endif
    ERR_clear_error();
    return true;
}

// --------------------------------------------------------- simulated time --

Reply SimFixture::advance(double simulatedSeconds)
{
    if (servesExtensions(m_emulator->server().api()))
        return patch(u"/sim/v1/deployment/"_s, QJsonObject{{u"advance_seconds"_s, simulatedSeconds}});
    return advanceInProcess(*m_emulator, simulatedSeconds);
}

Reply SimFixture::setTimeScale(double scale)
{
    if (servesExtensions(m_emulator->server().api()))
        return patch(u"/sim/v1/deployment/"_s, QJsonObject{{u"time_scale"_s, scale}});
    // In-process on a real node's profile: its port refuses connections
    // while the Management Node reboots, /sim/v1/ with it.
    m_emulator->clock().setScale(scale);
    return advanceInProcess(*m_emulator, 0);
}

bool SimFixture::advanceUntil(const std::function<bool()> &done, double stepSeconds, double maxSeconds)
{
    for (double passed = 0;; passed += stepSeconds) {
        if (done())
            return true;
        if (passed >= maxSeconds)
            return false;
        const Reply r = advance(stepSeconds);
        if (r.status != 200) {
            qWarning().noquote() << "advancing the clock failed:" << r.describe();
            return false;
        }
    }
}

bool SimFixture::pollUntil(const std::function<bool()> &done, std::chrono::milliseconds realTimeout)
{
    const auto giveUp = std::chrono::steady_clock::now() + realTimeout;
    for (;;) {
        if (done())
            return true;
        if (std::chrono::steady_clock::now() > giveUp)
            return false;
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
}

// -------------------------------------------------------------- resources --

QJsonObject SimFixture::node(int id)
{
    return get(kStatus + u"worker_vm/%1/"_s.arg(id)).object();
}

QJsonObject SimFixture::management()
{
    return get(kStatus + u"management_vm/1/"_s).object();
}

QJsonObject SimFixture::run()
{
    if (servesExtensions(m_emulator->server().api())) {
        const Reply r = get(kStatus + u"upgrade_run/?limit=1"_s);
        return r.object().value(u"objects"_s).toArray().at(0).toObject();
    }
    return runInProcess(*m_emulator);
}

QJsonObject SimFixture::runNode(const QJsonObject &run, int id)
{
    for (const QJsonValue &n : run.value(u"nodes"_s).toArray()) {
        if (n.toObject().value(u"id"_s).toInt() == id)
            return n.toObject();
    }
    return {};
}

int SimFixture::calls(const QString &address)
{
    const Reply r = get(kStatus + u"participant/?media_node=%1&limit=1"_s.arg(address));
    return r.status == 200 ? r.object().value(u"meta"_s).toObject().value(u"total_count"_s).toInt(-1) : -1;
}

// --------------------------------------------------------------- packages --

QString SimFixture::writePackage(const QString &name, const QString &version, qint64 payloadBytes, const QString &product)
{
    PackageManifest manifest;
    manifest.product = product.isEmpty() ? PackageManifest::expectedProduct() : product;
    manifest.version = Version::fromString(version);
    manifest.buildDate = u"2029-12-01"_s;
    manifest.minSourceVersion = Version::fromString(u"3");
    const QString path = scratchPath(name);
    const auto written = iuc::sim::writePackage(path, manifest, payloadBytes);
    if (!written) {
        qWarning().noquote() << "writing the package failed:" << written.error().message;
        return {};
    }
    return path;
}

namespace {

QByteArray readAll(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        qWarning().noquote() << "cannot read" << file << f.errorString();
        return {};
    }
    return f.readAll();
}

} // namespace

SimFixture::Upload SimFixture::uploadChunked(const QString &file, qint64 chunkBytes)
{
    Upload upload;
    const QByteArray content = readAll(file);
    const Reply created = post(kConfig + u"upgrade/"_s,
                               QJsonObject{{u"request"_s, true}, {u"total_size"_s, content.size()}});
    if (created.status != 201) {
        upload.finish = created;
        return upload;
    }
    upload.id = created.object().value(u"uuid"_s).toString();
    const QString base = kConfig + u"upgrade_request/%1/"_s.arg(upload.id);
    for (qsizetype offset = 0; offset < content.size(); offset += chunkBytes) {
        const Reply chunk = postBytes(base + u"upload/?offset=%1"_s.arg(offset), content.mid(offset, chunkBytes),
                                      "application/octet-stream");
        if (chunk.status != 200) {
            upload.finish = chunk;
            return upload;
        }
    }
    upload.finish = post(base + u"finish/"_s, QJsonObject{{u"validate_only"_s, true}});
    return upload;
}

Reply SimFixture::uploadSingleShot(const QString &file)
{
    return postMultipart(kConfig + u"upgrade/"_s, readAll(file));
}

Reply SimFixture::startUpgrade(const QString &packageId)
{
    // finish/ without validate_only performs the upgrade (REAL-API.md §4).
    return post(kConfig + u"upgrade_request/%1/finish/"_s.arg(packageId), QJsonObject());
}

int SimFixture::performRequests()
{
    return get(u"/sim/v1/state/"_s).object().value(u"perform_requests"_s).toInt(-1);
}

QString SimFixture::uploadAndStart(const QString &version)
{
    const QString file = writePackage(u"package-%1.tar"_s.arg(QString(version).remove(QLatin1Char(' '))), version);
    if (file.isEmpty())
        return {};
    if (m_emulator->server().api() == iuc::sim::ApiProfile::PexipV24) {
        // A v24-era node's only upload, which is the start.
        const Reply started = uploadSingleShot(file);
        if (started.status != 202) {
            qWarning().noquote() << "single-shot upload refused:" << started.describe();
            return {};
        }
        return started.object().value(u"upload_id"_s).toString(u"single-shot"_s);
    }
    const Upload uploaded = uploadChunked(file);
    if (uploaded.finish.status != 200) {
        qWarning().noquote() << "upload refused:" << uploaded.finish.describe();
        return {};
    }
    const QString id = uploaded.id;
    const Reply started = startUpgrade(id);
    if (started.status != 202) {
        qWarning().noquote() << "start refused:" << started.describe();
        return {};
    }
    return id;
}
