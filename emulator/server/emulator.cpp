#include "emulator/server/emulator.h"

#include "emulator/server/servererrors.h"

#include <QDateTime>
#include <QDir>

namespace iuc::sim {

Result<ApiUser> parseUserSpec(const QString &spec)
{
    ApiUser user;
    QString rest = spec;
    if (rest.endsWith(QStringLiteral(":readonly"))) {
        user.readOnly = true;
        rest.chop(9);
    } else if (rest.endsWith(QStringLiteral(":admin"))) {
        rest.chop(6);
    }
    const qsizetype colon = rest.indexOf(QLatin1Char(':'));
    user.name = rest.left(colon);
    user.password = colon < 0 ? QString() : rest.mid(colon + 1);
    if (colon <= 0 || user.password.isEmpty()) {
        return Error{UserError::Invalid,
                     QStringLiteral("A user is given as NAME:PASSWORD or NAME:PASSWORD:readonly, for example "
                                    "--user admin:s3cret --user noc:wall:readonly.")};
    }
    return user;
}

Result<std::unique_ptr<Emulator>> Emulator::start(EmulatorSettings settings)
{
    std::unique_ptr<Emulator> e(new Emulator);
    if (settings.dataDir.isEmpty())
        return Error{EmulatorError::NoDataDir, QStringLiteral("The emulator needs a data directory.")};
    if (!QDir().mkpath(settings.dataDir)) {
        return Error{EmulatorError::DataDir,
                     QStringLiteral("Could not create the data directory %1.").arg(settings.dataDir)};
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
    options.uploadDir = QDir(settings.dataDir).filePath(QStringLiteral("uploads"));
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
