#include "emulator/server/emulator.h"

#include "emulator/server/servererrors.h"

#include <QDateTime>
#include <QDir>

using namespace Qt::StringLiterals;

namespace iuc::sim {

Result<ApiUser> parseUserSpec(const QString &spec)
{
    ApiUser user;
    QString rest = spec;
    if (rest.endsWith(u":readonly"_s)) {
        user.readOnly = true;
        rest.chop(9);
    } else if (rest.endsWith(u":admin"_s)) {
        rest.chop(6);
    }
    const qsizetype colon = rest.indexOf(QLatin1Char(':'));
    user.name = rest.left(colon);
    user.password = colon < 0 ? QString() : rest.mid(colon + 1);
    if (colon <= 0 || user.password.isEmpty()) {
        return Error{UserError::Invalid,
                     u"A user is given as NAME:PASSWORD or NAME:PASSWORD:readonly, for example "
                                    u"--user admin:s3cret --user noc:wall:readonly."_s};
    }
    return user;
}

Result<std::unique_ptr<Emulator>> Emulator::start(EmulatorSettings settings)
{
    std::unique_ptr<Emulator> e(new Emulator);
    if (settings.dataDir.isEmpty())
        return Error{EmulatorError::NoDataDir, u"The emulator needs a data directory."_s};
    if (!QDir().mkpath(settings.dataDir)) {
        return Error{EmulatorError::DataDir,
                     u"Could not create the data directory %1."_s.arg(settings.dataDir)};
    }
    if (!settings.plainHttp) {
        auto cert = settings.certPath.isEmpty() ? ensureSelfSignedCertificate(settings.dataDir)
                                                : loadCertificate(settings.certPath, settings.keyPath);
        if (!cert)
            return cert.error();
        e->m_certificate = cert.value();
    }
    const TimePoint start = settings.start.value_or(fromDateTime(QDateTime::currentDateTimeUtc()));
    e->m_clock = std::make_shared<SimClock>(start, settings.deployment.timeScale);
    ServerOptions options;
    options.host = settings.host;
    options.port = settings.port;
    options.plainHttp = settings.plainHttp;
    options.certPath = e->m_certificate.certPath;
    options.keyPath = e->m_certificate.keyPath;
    options.users = std::move(settings.users);
    options.uploadDir = QDir(settings.dataDir).filePath(u"uploads"_s);
    options.api = settings.api;
    options.statusWords = std::move(settings.statusWords);
    options.syslogFormat = settings.syslogFormat;
    auto deployment = std::make_unique<Deployment>(std::move(settings.deployment), start);
    e->m_server = std::make_unique<ManagementServer>(std::move(deployment), e->m_clock, std::move(options));
    const auto started = e->m_server->start();
    if (!started)
        return started.error();
    return e;
}

Emulator::~Emulator()
{
    stop();
}

void Emulator::stop()
{
    if (m_server)
        m_server->stop();
}

} // namespace iuc::sim
