#include "tests/common/clientfixture.h"

#include "emulator/support/packagewriter.h"

#include <QFile>
#include <QJsonDocument>
#include <QtDebug>

#include <httplib.h>

using namespace Qt::StringLiterals;
using namespace iuc;
using namespace iuc::sim;

ClientFixture::ClientFixture() = default;

ClientFixture::~ClientFixture()
{
    m_client.reset(); // its kept-alive connection would hold a server worker
    m_emulator.reset();
}

bool ClientFixture::start(int nodes)
{
    Options options;
    options.deployment = SimFixture::config(nodes);
    return start(std::move(options));
}

bool ClientFixture::start(Options options)
{
    if (!m_dir.isValid()) {
        m_startError = u"no temporary directory: "_s + m_dir.errorString();
        return false;
    }
    auto started = startTestEmulator(m_dir.filePath(u"sim"_s), std::move(options.deployment), options.timeScale,
                                     options.start, options.api, std::move(options.statusWords), options.syslogFormat);
    if (!started) {
        m_startError = started.error().message;
        return false;
    }
    m_emulator = std::move(started).value();
    return true;
}

QUrl ClientFixture::url() const
{
    return QUrl(m_emulator->url());
}

iuc::api::ConnectionSettings ClientFixture::settings(As as) const
{
    return settings(as, iuc::api::TlsTrust::pinned(fingerprint()));
}

iuc::api::ConnectionSettings ClientFixture::settings(As as, const iuc::api::TlsTrust &trust) const
{
    iuc::api::ConnectionSettings s;
    s.baseUrl = url();
    s.trust = trust;
    s.timeout = std::chrono::seconds(20);
    switch (as) {
    case As::Admin:
        s.user = u"admin"_s;
        s.password = u"secret"_s;
        break;
    case As::ReadOnly:
        s.user = u"noc"_s;
        s.password = u"wall"_s;
        break;
    case As::WrongPassword:
        s.user = u"admin"_s;
        s.password = u"hunter2-not-the-password"_s;
        break;
    case As::Anonymous:
        break;
    }
    return s;
}

httplib::SSLClient &ClientFixture::client()
{
    if (!m_client)
        m_client = std::make_unique<iuc::test::LoopbackClient>(iuc::test::LoopbackClient::Settings{
            .port = m_emulator->port(),
            .caCertPath = certificatePath().toStdString(),
            .user = "admin",
            .password = "secret",
            .readTimeoutSeconds = 60,
        });
    return m_client->get();
}

Reply ClientFixture::get(const QString &path)
{
    return Reply::from(client().Get(path.toStdString()));
}

Reply ClientFixture::getRetried(const QString &path)
{
    Reply reply = get(path);
    for (int i = 0; i < 3 && reply.status == 0; ++i)
        reply = get(path);
    return reply;
}

QString ClientFixture::startRunWith(const QString &file)
{
    // The single shot: the upload is the start (REAL-API.md §4).
    const Reply started = uploadSingleShot(file);
    if (started.status != 202) {
        qWarning().noquote() << "upload and start failed:" << started.describe();
        return {};
    }
    return started.object().value(u"upload_id"_s).toString();
}

Reply ClientFixture::post(const QString &path, const QJsonObject &body)
{
    const std::string json = QJsonDocument(body).toJson(QJsonDocument::Compact).toStdString();
    return Reply::from(client().Post(path.toStdString(), json, "application/json"));
}

Reply ClientFixture::patch(const QString &path, const QJsonObject &body)
{
    const std::string json = QJsonDocument(body).toJson(QJsonDocument::Compact).toStdString();
    return Reply::from(client().Patch(path.toStdString(), json, "application/json"));
}

Reply ClientFixture::advance(double simulatedSeconds)
{
    if (!servesExtensions(m_emulator->server().api()))
        return advanceInProcess(*m_emulator, simulatedSeconds); // see SimFixture::advance
    const std::string json =
        QJsonDocument(QJsonObject{{u"advance_seconds"_s, simulatedSeconds}}).toJson(QJsonDocument::Compact).toStdString();
    return Reply::from(client().Patch("/sim/v1/deployment/", json, "application/json"));
}

Reply ClientFixture::uploadSingleShot(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        Reply r;
        r.transportError = f.errorString();
        return r;
    }
    const httplib::MultipartFormDataItems items = {
        {"package", f.readAll().toStdString(), "package.tar", "application/x-tar"}};
    return Reply::from(client().Post(QString(kConfig + u"upgrade/"_s).toStdString(), items));
}

QString ClientFixture::writePackage(const QString &name, const QString &version, qint64 payloadBytes)
{
    PackageManifest manifest;
    manifest.product = PackageManifest::expectedProduct();
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

QString everythingSaid(const Error &error)
{
    QString all = error.code + u'\n' + error.message;
    for (auto it = error.details.cbegin(); it != error.details.cend(); ++it)
        all += u'\n' + it.key() + u'=' + it.value().toString() + u' '
               + QString::fromUtf8(QJsonDocument::fromVariant(it.value()).toJson());
    return all;
}
