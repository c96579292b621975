// ManagementClient against infinity-sim over loopback HTTPS: accounts and
// roles, every resource compared with the emulator's own answer, pagination
// over 1,000 nodes, the server's clock, the R7 lock and the Management
// Node's reboot (R1).

#include "tests/common/clientfixture.h"

#include "core/api/apierrors.h"
#include "core/api/managementclient.h"
#include "core/api/resourceparser.h"
#include "core/api/uploader.h"

#include <QJsonArray>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace iuc;
using namespace iuc::api;

namespace {

QString why(const Error &e)
{
    return e.code + u": "_s + e.message;
}

template <typename T>
QByteArray failure(const Result<T> &r)
{
    return r ? QByteArray() : why(r.error()).toUtf8();
}

} // namespace

class TestClientApi final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wrongPasswordIsUnauthorizedAndNeverShowsIt();
    void readOnlyAccountForbiddenToSetMaintenance();
    void adminCommandsReachTheManagementNode_data();
    void adminCommandsReachTheManagementNode();
    void workerVmsFollowsPaginationOver1000Nodes();
    void resourcesMatchTheEmulator_data();
    void resourcesMatchTheEmulator();
    void serverNowFollowsTheEmulatorClock();
    void R7_secondStartIsConflictWithLockExpiry();
    void R1_rebootingManagementNodeAnswers503WithRetryAfterAndBackAt();
};

void TestClientApi::wrongPasswordIsUnauthorizedAndNeverShowsIt()
{
    ClientFixture sim;
    QVERIFY2(sim.start(), qPrintable(sim.startError()));
    const ConnectionSettings settings = sim.settings(As::WrongPassword);
    ManagementClient client(settings);
    const Result<ManagementVm> management = await(client.managementVm());
    QVERIFY(!management);
    const Error &e = management.error();
    QCOMPARE(e.code, u"api.unauthorized"_s);
    QCOMPARE(e.details.value(u"status"_s).toInt(), 401);
    QVERIFY2(e.message.contains(u"\"admin\""_s), qPrintable(e.message)); // which account
    QVERIFY2(e.message.contains(u"profile"_s), qPrintable(e.message));   // where to fix it
    const QString said = everythingSaid(e);
    QVERIFY(!said.contains(settings.password));
    QVERIFY(!said.contains(QString::fromLatin1((settings.user + u':' + settings.password).toUtf8().toBase64())));
}

void TestClientApi::readOnlyAccountForbiddenToSetMaintenance()
{
    ClientFixture sim;
    QVERIFY2(sim.start(), qPrintable(sim.startError()));
    ManagementClient wall(sim.settings(As::ReadOnly));
    const Result<QList<WorkerVmStatus>> nodes = await(wall.workerVms());
    QVERIFY2(nodes, failure(nodes)); // looking is allowed
    const Result<void> set = await(wall.setMaintenance(1, true));
    QVERIFY(!set);
    QCOMPARE(set.error().code, u"api.forbidden"_s);
    QVERIFY2(set.error().message.contains(u"\"noc\""_s), qPrintable(set.error().message));
    QVERIFY2(set.error().message.contains(u"administrator"_s), qPrintable(set.error().message));
    QVERIFY(!everythingSaid(set.error()).contains(u"wall"_s));
    QCOMPARE(sim.get(kConfig + u"worker_vm/1/"_s).object().value(u"maintenance_mode"_s).toBool(), false);
}

namespace {

// Every profile: a real node's two field sets, and the extended one.
void addProfiles()
{
    QTest::addColumn<iuc::sim::ApiProfile>("api");
    QTest::newRow("pexip") << iuc::sim::ApiProfile::Pexip;
    QTest::newRow("pexip-v24") << iuc::sim::ApiProfile::PexipV24;
    QTest::newRow("extended") << iuc::sim::ApiProfile::Extended;
}

} // namespace

void TestClientApi::adminCommandsReachTheManagementNode_data()
{
    addProfiles();
}

void TestClientApi::adminCommandsReachTheManagementNode()
{
    QFETCH(iuc::sim::ApiProfile, api);
    ClientFixture sim;
    ClientFixture::Options options;
    options.api = api;
    QVERIFY2(sim.start(options), qPrintable(sim.startError()));
    ManagementClient client(sim.settings(As::Admin));
    const Result<void> set = await(client.setMaintenance(2, true, u"Drained ahead of its turn"_s));
    QVERIFY2(set, failure(set));
    QCOMPARE(sim.get(kConfig + u"worker_vm/2/"_s).object().value(u"maintenance_mode"_s).toBool(), true);
    // The reason given with it (a documented configuration field) is what the node shows.
    QCOMPARE(sim.get(kConfig + u"worker_vm/2/"_s).object().value(u"maintenance_mode_reason"_s).toString(),
             u"Drained ahead of its turn"_s);
    const QJsonObject status = sim.get(kStatus + u"worker_vm/2/"_s).object();
    if (status.contains(u"maintenance_mode_reason"_s)) // not in v24's status
        QCOMPARE(status.value(u"maintenance_mode_reason"_s).toString(), u"Drained ahead of its turn"_s);
    const Result<QList<WorkerVmConfiguration>> configurations = await(client.workerVmConfigurations());
    QVERIFY2(configurations, failure(configurations));
    QCOMPARE(configurations->at(1).maintenanceMode, true);

    const Result<void> rebooted = await(client.rebootNode(3));
    if (api != iuc::sim::ApiProfile::Extended) {
        // A real node has no reboot command (the console says how instead).
        QVERIFY(!rebooted);
        QVERIFY2(rebooted.error().is(ApiError::NotFound), failure(rebooted));
        return;
    }
    QVERIFY2(rebooted, failure(rebooted));
    const Result<void> unknown = await(client.rebootNode(99));
    QVERIFY(!unknown);
    QCOMPARE(unknown.error().code, u"api.not-found"_s);
    QCOMPARE(unknown.error().details.value(u"code"_s).toString(), u"node.unknown"_s);
}

void TestClientApi::workerVmsFollowsPaginationOver1000Nodes()
{
    ClientFixture sim;
    QVERIFY2(sim.start(1000), qPrintable(sim.startError()));
    ManagementClient client(sim.settings(As::Admin));
    for (const int pageSize : {20, ManagementClient::kDefaultPageSize, ManagementClient::kMaxPageSize}) {
        const Result<QList<WorkerVmStatus>> nodes = await(client.workerVms(pageSize));
        QVERIFY2(nodes, failure(nodes));
        QCOMPARE(nodes->size(), 1000);
        QSet<int> ids;
        for (const WorkerVmStatus &n : *nodes)
            ids.insert(n.id);
        QCOMPARE(ids.size(), 1000); // every node once
        QVERIFY(ids.contains(1) && ids.contains(1000));
    }
    const Result<QList<WorkerVmConfiguration>> configurations = await(client.workerVmConfigurations(20));
    QVERIFY2(configurations, failure(configurations));
    QCOMPARE(configurations->size(), 1000);
    QCOMPARE(configurations->constLast().id, 1000);
}

void TestClientApi::resourcesMatchTheEmulator_data()
{
    addProfiles();
}

void TestClientApi::resourcesMatchTheEmulator()
{
    QFETCH(iuc::sim::ApiProfile, api);
    const bool extended = api == iuc::sim::ApiProfile::Extended;
    ClientFixture sim;
    ClientFixture::Options options;
    options.deployment = SimFixture::config(12);
    options.api = api;
    QVERIFY2(sim.start(options), qPrintable(sim.startError()));
    QVERIFY(sim.advance(1800).status == 200); // calls come in during the morning
    ManagementClient client(sim.settings(As::ReadOnly));

    const Result<ManagementVm> management = await(client.managementVm());
    QVERIFY2(management, failure(management));
    QCOMPARE(management->version.text, kFrom);

    const Result<QList<WorkerVmConfiguration>> configurations = await(client.workerVmConfigurations());
    QVERIFY2(configurations, failure(configurations));
    const QString address = configurations->constFirst().address;
    const int expectedCalls = sim.get(kStatus + u"participant/?limit=1&media_node="_s + address)
                                  .object()
                                  .value(u"meta"_s)
                                  .toObject()
                                  .value(u"total_count"_s)
                                  .toInt(-1);
    QVERIFY(expectedCalls > 0);
    const Result<int> calls = await(client.callCount(address));
    QVERIFY2(calls, failure(calls));
    QCOMPARE(*calls, expectedCalls);
    const Result<QList<Participant>> onNode = await(client.participants({address, {}}));
    QVERIFY2(onNode, failure(onNode));
    QCOMPARE(onNode->size(), expectedCalls);
    for (const Participant &p : *onNode)
        QCOMPARE(p.mediaNode, address);

    const Result<QList<Conference>> conferences = await(client.conferences());
    QVERIFY2(conferences, failure(conferences));
    QCOMPARE(conferences->size(),
             sim.get(kStatus + u"conference/"_s).object().value(u"meta"_s).toObject().value(u"total_count"_s).toInt());

    const Result<QList<Alarm>> alarms = await(client.alarms());
    QVERIFY2(alarms, failure(alarms));
    QVERIFY(alarms->isEmpty());

    const Result<QList<LogEntry>> log = await(client.logAfter(0));
    const Result<std::optional<UpgradeRun>> run = await(client.currentRun(false));
    if (!extended) { // neither the log nor the runs: a real node's API has no such resources
        QVERIFY(!log && log.error().is(ApiError::NotFound));
        QVERIFY(!run && run.error().is(ApiError::NotFound));
        const Result<QList<UploadStatus>> uploads = await(client.uploads());
        if (api == iuc::sim::ApiProfile::PexipV24) { // single-shot uploads only
            QVERIFY(!uploads && uploads.error().is(ApiError::NotFound));
            return;
        }
        QVERIFY2(uploads, failure(uploads));
        QVERIFY(uploads->isEmpty());
        return;
    }
    QVERIFY2(log, failure(log));
    const int logged = sim.get(kStatus + u"log/"_s).object().value(u"meta"_s).toObject().value(u"total_count"_s).toInt();
    QCOMPARE(log->size(), logged);
    if (!log->isEmpty()) {
        const Result<QList<LogEntry>> none = await(client.logAfter(log->constLast().id));
        QVERIFY2(none, failure(none));
        QVERIFY(none->isEmpty());
    }

    QVERIFY2(run, failure(run));
    QVERIFY(!run->has_value()); // no run yet
    const Result<QList<UploadStatus>> uploads = await(client.uploads());
    QVERIFY2(uploads, failure(uploads));
    QVERIFY(uploads->isEmpty());
}

void TestClientApi::serverNowFollowsTheEmulatorClock()
{
    ClientFixture sim;
    ClientFixture::Options options;
    options.start = QDateTime(QDate(2030, 6, 1), QTime(10, 0), Qt::UTC);
    QVERIFY2(sim.start(options), qPrintable(sim.startError()));
    ManagementClient client(sim.settings(As::Admin));
    QVERIFY(!client.serverNow().isValid()); // nothing heard yet
    QSignalSpy moved(&client, &ManagementClient::serverTimeChanged);

    QVERIFY(await(client.managementVm()));
    const QDateTime first = client.serverNow();
    // The emulator's simulated 2030, not this workstation's clock.
    QVERIFY2(first >= options.start && first < options.start.addSecs(120), qPrintable(first.toString(Qt::ISODate)));
    QCOMPARE(moved.count(), 1);

    QVERIFY(sim.advance(86400).status == 200);
    QVERIFY(await(client.managementVm()));
    const qint64 passed = first.secsTo(client.serverNow());
    QVERIFY2(passed >= 86400 - 2 && passed <= 86400 + 60, qPrintable(QString::number(passed)));
    QCOMPARE(moved.count(), 2);
    QCOMPARE(moved.constLast().at(0).toDateTime().date(), QDate(2030, 6, 2));
}

void TestClientApi::R7_secondStartIsConflictWithLockExpiry()
{
    ClientFixture sim;
    ClientFixture::Options options;
    options.api = iuc::sim::ApiProfile::Extended; // the lock's details are an extension
    QVERIFY2(sim.start(options), qPrintable(sim.startError()));
    const QString file = sim.writePackage(u"to11.tar"_s, kTo, 64 * 1024);
    QVERIFY(!file.isEmpty());
    ManagementClient client(sim.settings(As::Admin));
    Uploader uploader(client, file);
    const Result<ConfirmData> validated = await(uploader.run());
    QVERIFY2(validated, failure(validated));
    const QString packageId = validated->uploadId;

    const Result<PerformedUpgrade> performed = await(client.performUpgrade(packageId));
    QVERIFY2(performed, failure(performed));
    QVERIFY(performed->run); // the run extension comes with the answer
    const std::optional<UpgradeRun> run = performed->run;
    QVERIFY(run->isRunning());
    QVERIFY(run->locked);
    QCOMPARE(run->targetVersion.text, kTo);

    const Result<PerformedUpgrade> again = await(client.performUpgrade(packageId));
    QVERIFY(!again);
    const Error &e = again.error();
    QCOMPARE(e.code, u"api.conflict"_s);
    QCOMPARE(e.details.value(u"code"_s).toString(), u"run.locked"_s);
    const Result<QDateTime> until = parseTimestamp(e.details.value(u"locked_until"_s).toString());
    QVERIFY2(until, qPrintable(e.details.value(u"locked_until"_s).toString()));
    QCOMPARE(until.value(), run->lockUntil);
    QVERIFY(e.details.contains(u"locked_since"_s));
    QVERIFY(e.details.value(u"how_to_lift"_s).toString().contains(u"reboot"_s));
    // The server's words, whole: since when, until when, how to start sooner.
    QCOMPARE(e.message, sim.post(kConfig + u"upgrade_request/%1/finish/"_s.arg(packageId), QJsonObject()).error());

    const Result<std::optional<UpgradeRun>> current = await(client.currentRun(true));
    QVERIFY2(current, failure(current));
    QVERIFY(current->has_value());
    QCOMPARE((*current)->id, run->id);
    QVERIFY((*current)->locked);
    QCOMPARE((*current)->nodes.size(), 3);
}

void TestClientApi::R1_rebootingManagementNodeAnswers503WithRetryAfterAndBackAt()
{
    ClientFixture sim;
    ClientFixture::Options options;
    options.timeScale = 1.0; // Retry-After is in real seconds: only a running clock has them
    options.api = iuc::sim::ApiProfile::Extended; // the reboot command and the 503 (a real node refuses connections)
    QVERIFY2(sim.start(options), qPrintable(sim.startError()));
    ManagementClient client(sim.settings(As::Admin));
    const Result<ManagementVm> before = await(client.managementVm());
    QVERIFY2(before, failure(before));

    const Result<void> rebooted = await(client.rebootManagement());
    QVERIFY2(rebooted, failure(rebooted));
    const Result<ManagementVm> during = await(client.managementVm());
    QVERIFY(!during);
    const Error &e = during.error();
    QCOMPARE(e.code, u"api.rebooting"_s);
    const int retryAfter = e.details.value(u"retry_after_seconds"_s).toInt();
    QVERIFY2(retryAfter >= 1 && retryAfter <= 181, qPrintable(QString::number(retryAfter))); // a 3-minute reboot
    const QDateTime backAt = e.details.value(u"back_at"_s).toDateTime();
    QVERIFY(backAt.isValid());
    const qint64 untilBack = client.serverNow().secsTo(backAt); // the server's clock, from the 503's Date
    QVERIFY2(untilBack >= 170 && untilBack <= 181, qPrintable(QString::number(untilBack)));
    QVERIFY2(e.message.contains(u"rebooting"_s), qPrintable(e.message));

    QVERIFY(sim.advance(240).status == 200); // /sim/v1/ answers while the API is down
    const Result<ManagementVm> after = await(client.managementVm());
    QVERIFY2(after, failure(after));
    QVERIFY(after->bootTime > before->bootTime);
}

QTEST_GUILESS_MAIN(TestClientApi)
#include "tst_client_api.moc"
