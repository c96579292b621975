// The logging categories (core/domain/logging.h) with every iuc.* category
// turned on, as an admin would for a bug report: each part of a run logs
// under its own category, and no line holds the password or the
// Authorization header — not for a good sign-in, a wrong password, a refresh
// loop, an upload or the emulator's own request log.

#include "tests/common/awaittask.h"

#include "core/api/deploymentpoller.h"
#include "core/api/managementclient.h"
#include "core/api/uploader.h"
#include "core/domain/logging.h"
#include "emulator/server/emulator.h"
#include "emulator/support/packagewriter.h"

#include <QLoggingCategory>
#include <QMutex>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace iuc;

namespace {

// Long and unusual, so that finding it in a log line cannot be chance.
const QString kPassword = u"Zq7-log-secret-9vX"_s;

struct Line
{
    QString category;
    QString text;
};

QMutex g_mutex;
QList<Line> g_lines;
QtMessageHandler g_previous = nullptr;

void collect(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&g_mutex);
        g_lines.append({QString::fromLatin1(context.category ? context.category : "default"), message});
    }
    if (g_previous && type != QtDebugMsg) // keep the test's own output readable
        g_previous(type, context, message);
}

template <typename T>
T await(QCoro::Task<T> &&task)
{
    return iuc::test::awaitTask(std::move(task), std::chrono::seconds(120));
}

} // namespace

class TestLogging final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void everyPartLogsUnderItsCategoryAndNoLineHoldsTheSecret();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<sim::Emulator> m_emulator;
};

void TestLogging::initTestCase()
{
    QLoggingCategory::setFilterRules(u"iuc.*=true"_s);
    g_previous = qInstallMessageHandler(collect);

    sim::EmulatorSettings s;
    s.deployment = sim::DeploymentConfig::standard(3, Version::fromString(u"10.2 (40234.0.0)"_s));
    s.deployment.timeScale = 0.0;
    s.host = u"127.0.0.1"_s;
    s.dataDir = m_dir.filePath(u"sim"_s);
    s.users.push_back(sim::ApiUser{u"admin"_s, kPassword, false});
    auto started = sim::Emulator::start(std::move(s));
    QVERIFY2(started, qPrintable(started ? QString() : started.error().message));
    m_emulator = std::move(started).value();
}

void TestLogging::cleanupTestCase()
{
    m_emulator.reset();
    qInstallMessageHandler(g_previous);
    QLoggingCategory::setFilterRules(QString());
}

void TestLogging::everyPartLogsUnderItsCategoryAndNoLineHoldsTheSecret()
{
    api::ConnectionSettings settings;
    settings.baseUrl = QUrl(m_emulator->url());
    settings.user = u"admin"_s;
    settings.password = kPassword;
    settings.trust = api::TlsTrust::pinned(m_emulator->fingerprint());

    // A wrong password first: its 401 is logged, the password is not.
    api::ConnectionSettings wrong = settings;
    wrong.password = kPassword + u"-wrong"_s;
    {
        api::ManagementClient client(wrong);
        QVERIFY(!await(client.managementVm()));
    }

    api::ManagementClient client(settings);
    QVERIFY(await(client.managementVm()));

    // The refresh loop, a few chains.
    {
        api::DeploymentPoller poller(client);
        poller.setInterval(std::chrono::milliseconds(500));
        QSignalSpy snapshots(&poller, &api::DeploymentPoller::snapshotReady);
        poller.start();
        QTRY_VERIFY_WITH_TIMEOUT(snapshots.size() >= 2, 30000);
        poller.stop();
    }

    // An upload.
    const QString package = m_dir.filePath(u"to11.tar"_s);
    PackageManifest manifest;
    manifest.product = PackageManifest::expectedProduct();
    manifest.version = Version::fromString(u"11 (71234.0.0)"_s);
    manifest.buildDate = u"2029-12-01"_s;
    manifest.minSourceVersion = Version::fromString(u"3"_s);
    QVERIFY(sim::writePackage(package, manifest, 300 * 1024));
    api::Uploader uploader(client, package);
    uploader.setChunkSize(128 * 1024);
    QVERIFY(await(uploader.run()));

    QList<Line> lines;
    {
        QMutexLocker lock(&g_mutex);
        lines = g_lines;
    }
    QSet<QString> categories;
    const QByteArray basic = (u"admin:"_s + kPassword).toUtf8().toBase64();
    for (const Line &line : std::as_const(lines)) {
        categories.insert(line.category);
        QVERIFY2(!line.text.contains(kPassword), qPrintable(line.category + u": "_s + line.text));
        QVERIFY2(!line.text.contains(QString::fromLatin1(basic)), qPrintable(line.category + u": "_s + line.text));
        QVERIFY2(!line.text.contains(u"Authorization"_s, Qt::CaseInsensitive),
                 qPrintable(line.category + u": "_s + line.text));
    }
    for (const char *expected : {"iuc.api.http", "iuc.poller", "iuc.upload", "iuc.sim.http"}) {
        QVERIFY2(categories.contains(QString::fromLatin1(expected)),
                 qPrintable(u"nothing logged under "_s + QString::fromLatin1(expected) + u"; seen: "_s
                            + QStringList(categories.cbegin(), categories.cend()).join(u", "_s)));
    }
}

QTEST_GUILESS_MAIN(TestLogging)
#include "tst_logging.moc"
