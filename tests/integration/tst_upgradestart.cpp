// Performing the upgrade on a real Management Node's profile (REAL-API.md
// §4): the performing finish/ is sent exactly once; when its answer is lost,
// the node is observed and the verdict is "started" or "not started", never
// a second request. The emulator counts the performing requests that reach
// it and drops the connection on purpose (/sim/v1/ drop_perform).

#include "tests/common/clientfixture.h"
#include "tests/common/hostileserver.h"

#include "core/api/apierrors.h"
#include "core/api/managementclient.h"
#include "core/api/upgradestart.h"
#include "core/api/uploader.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace iuc;
using namespace iuc::api;
using namespace std::chrono_literals;

namespace {

constexpr StartObservation kQuickLooks{100ms, 50, 3};

// A validated upload of a package to kTo: its id, or empty.
QString validatedUpload(ClientFixture &sim, ManagementClient &client)
{
    const QString file = sim.writePackage(u"to11.tar"_s, kTo, 256 * 1024);
    Uploader uploader(client, file);
    const Result<ConfirmData> validated = await(uploader.run());
    if (!validated) {
        qWarning().noquote() << validated.error().message;
        return {};
    }
    return validated->uploadId;
}

QString managementStatus(ClientFixture &sim)
{
    return sim.emulator().server().withDeployment(
        [](iuc::sim::Deployment &d) { return NodeStatus::apiCode(d.engine().management().status); });
}

} // namespace

class TestUpgradeStart final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void answerLostAfterThePerformReachedTheNodeIsStartedAndNotSentAgain();
    void answerLostBeforeThePerformReachedTheNodeIsNotStarted();
    void R7_refusedStartIsNotStartedWithoutLooking();
    void validatingTwiceStartsNothing();
    void answerLostAndNodeSilent_isUnknownAndNotSentAgain();
    void uploadStateWords_data();
    void uploadStateWords();
};

void TestUpgradeStart::answerLostAfterThePerformReachedTheNodeIsStartedAndNotSentAgain()
{
    ClientFixture sim;
    QVERIFY2(sim.start(ClientFixture::Options{}), qPrintable(sim.startError()));
    ManagementClient client(sim.settings(As::Admin));
    const QString id = validatedUpload(sim, client);
    QVERIFY(!id.isEmpty());

    QCOMPARE(sim.patch(u"/sim/v1/deployment/"_s, QJsonObject{{u"drop_perform"_s, u"after"_s}}).status, 200);
    const UpgradeStart started = await(performUpgradeOnce(client, id, Version::fromString(kTo), kQuickLooks));
    QVERIFY2(started.started(), qPrintable(started.summary()));
    QVERIFY(started.observed);
    QVERIFY(started.failure && started.failure->is(ApiError::Unreachable));
    QVERIFY2(started.summary().contains(u"not sent again"_s), qPrintable(started.summary()));
    QCOMPARE(sim.emulator().server().performRequests(), 1); // exactly one reached the node
    QCOMPARE(runInProcess(sim.emulator()).value(u"state"_s).toString(), u"running"_s);
}

void TestUpgradeStart::answerLostBeforeThePerformReachedTheNodeIsNotStarted()
{
    ClientFixture sim;
    QVERIFY2(sim.start(ClientFixture::Options{}), qPrintable(sim.startError()));
    ManagementClient client(sim.settings(As::Admin));
    const QString id = validatedUpload(sim, client);
    QVERIFY(!id.isEmpty());

    QCOMPARE(sim.patch(u"/sim/v1/deployment/"_s, QJsonObject{{u"drop_perform"_s, u"before"_s}}).status, 200);
    const UpgradeStart started = await(performUpgradeOnce(client, id, Version::fromString(kTo), kQuickLooks));
    QCOMPARE(started.verdict, UpgradeStart::Verdict::NotStarted);
    QVERIFY(started.observed);
    QVERIFY2(started.summary().contains(u"not started"_s), qPrintable(started.summary()));
    QCOMPARE(sim.emulator().server().performRequests(), 0);
    QVERIFY(runInProcess(sim.emulator()).isEmpty());
    QCOMPARE(managementStatus(sim), u"IDLE"_s);

    // The admin starts it by hand: the package is still there.
    const UpgradeStart again = await(performUpgradeOnce(client, id, Version::fromString(kTo), kQuickLooks));
    QVERIFY2(again.started(), qPrintable(again.summary()));
    QVERIFY(!again.observed);
    QCOMPARE(sim.emulator().server().performRequests(), 1);
}

void TestUpgradeStart::R7_refusedStartIsNotStartedWithoutLooking()
{
    ClientFixture sim;
    QVERIFY2(sim.start(ClientFixture::Options{}), qPrintable(sim.startError()));
    ManagementClient client(sim.settings(As::Admin));
    const QString id = validatedUpload(sim, client);
    QVERIFY(!id.isEmpty());
    QVERIFY(await(performUpgradeOnce(client, id, Version::fromString(kTo), kQuickLooks)).started());

    // A second start while the run holds the lock: the node said no.
    const UpgradeStart second = await(performUpgradeOnce(client, id, Version::fromString(kTo), kQuickLooks));
    QCOMPARE(second.verdict, UpgradeStart::Verdict::NotStarted);
    QVERIFY(!second.observed);
    QVERIFY(second.failure && second.failure->is(ApiError::Conflict));
    QCOMPARE(sim.emulator().server().performRequests(), 2);
}

void TestUpgradeStart::validatingTwiceStartsNothing()
{
    ClientFixture sim;
    QVERIFY2(sim.start(ClientFixture::Options{}), qPrintable(sim.startError()));
    ManagementClient client(sim.settings(As::Admin));
    const QString id = validatedUpload(sim, client);
    QVERIFY(!id.isEmpty());
    // A lost validating answer is asked for again: that changes nothing.
    const Result<ConfirmData> again = await(client.finishUpload(id));
    QVERIFY2(again, qPrintable(again ? QString() : again.error().message));
    QCOMPARE(again->upgrade.version, kTo);
    QCOMPARE(sim.emulator().server().performRequests(), 0);
    QVERIFY(runInProcess(sim.emulator()).isEmpty());
    QCOMPARE(managementStatus(sim), u"IDLE"_s);
}

// Something in front of the node answers the start with a 502 and then
// nothing answers at all: it cannot be said whether the upgrade started.
// The verdict says so, and the start is not sent a second time.
void TestUpgradeStart::answerLostAndNodeSilent_isUnknownAndNotSentAgain()
{
    HostileServer server;
    QVERIFY(server.start());
    const QString id = u"5b0c3c1e-6a4e-4f7e-9d7e-2f1f1b0a9c11"_s;
    server.answer(u"/api/admin/configuration/v1/upgrade_request/%1/finish/"_s.arg(id),
                  HostileServer::Canned{502, "<html>Bad Gateway</html>", "text/html"});
    server.answer(u"/api/admin/status/v1/management_vm/"_s,
                  HostileServer::Canned{503, "<html>Service Unavailable</html>", "text/html"});
    ConnectionSettings settings;
    settings.baseUrl = server.url();
    settings.user = u"admin"_s;
    settings.password = u"secret"_s;
    ManagementClient client(settings);

    constexpr StartObservation kFewLooks{50ms, 3, 3};
    const UpgradeStart started = await(performUpgradeOnce(client, id, Version::fromString(kTo), kFewLooks));
    QCOMPARE(started.verdict, UpgradeStart::Verdict::Unknown);
    QVERIFY(started.observed);
    QVERIFY2(started.summary().contains(u"Do not start it again until you know"_s), qPrintable(started.summary()));
    // One look before, the start once, then three looks of three requests.
    QCOMPARE(server.requests(), 1 + 1 + 3 * 3);
}

// The upload request's state while the start is settled, and when a
// restart decides whether to continue an upload: an upload in progress, a
// pending or refused one is no start (the words are not documented).
void TestUpgradeStart::uploadStateWords_data()
{
    QTest::addColumn<QString>("state");
    QTest::addColumn<bool>("started");
    QTest::newRow("performed") << u"performed"_s << true;
    QTest::newRow("upgrading") << u"UPGRADING"_s << true;
    QTest::newRow("started") << u"started"_s << true;
    QTest::newRow("installing") << u"installing"_s << true;
    QTest::newRow("uploading") << u"uploading"_s << false;
    QTest::newRow("in progress") << u"in_progress"_s << false;
    QTest::newRow("validated") << u"validated"_s << false;
    QTest::newRow("not started") << u"not_started"_s << false;
    QTest::newRow("pending") << u"upgrade_pending"_s << false;
    QTest::newRow("failed") << u"upgrade_failed"_s << false;
    QTest::newRow("cancelled") << u"cancelled"_s << false;
    QTest::newRow("empty") << QString() << false;
}

void TestUpgradeStart::uploadStateWords()
{
    QFETCH(QString, state);
    QFETCH(bool, started);
    QCOMPARE(uploadStateSaysStarted(state), started);
}

QTEST_GUILESS_MAIN(TestUpgradeStart)
#include "tst_upgradestart.moc"
