// What a Management Node, or something in front of it, may answer that
// infinity-sim never does: broken JSON, a missing field, a status code this
// build does not know, a proxy's HTML error page, silence, a closed port,
// pagination that leads elsewhere. Each becomes an Error that says what
// happened, or (for an unknown status) is kept and shown raw.

#include "tests/common/clientfixture.h"
#include "tests/common/hostileserver.h"

#include "core/api/managementclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace iuc;
using namespace iuc::api;
using namespace std::chrono_literals;

namespace {

const QString kManagement = u"/api/admin/status/v1/management_vm/1/"_s;
const QString kWorkers = u"/api/admin/status/v1/worker_vm/"_s;

// One Conferencing Node as docs/api.md §3.2 shows it.
QJsonObject worker(int id, const QString &status = u"IDLE"_s)
{
    return QJsonObject{{u"id"_s, id},
                       {u"configuration_id"_s, id},
                       {u"name"_s, u"osl-conf%1"_s.arg(id)},
                       {u"node_type"_s, u"CONFERENCING"_s},
                       {u"system_location"_s, u"Oslo"_s},
                       {u"version"_s, u"10.2 (40234.0.0)"_s},
                       {u"upgrade_status"_s, status},
                       {u"maintenance_mode"_s, false},
                       {u"maintenance_mode_reason"_s, u""_s},
                       {u"sync_status"_s, u"SYNCED"_s},
                       {u"boot_time"_s, u"2026-11-07T02:02:13.480"_s},
                       {u"last_updated"_s, u"2026-11-25T16:11:02.340"_s},
                       {u"last_attempted_contact"_s, u"2026-11-25T16:11:02.340"_s},
                       {u"media_load"_s, 16},
                       {u"signaling_count"_s, 4},
                       {u"deploy_status"_s, u"DEPLOYED"_s}};
}

QByteArray page(const QJsonArray &objects, const QJsonValue &next = QJsonValue::Null)
{
    const QJsonObject meta{{u"limit"_s, 20}, {u"offset"_s, 0},         {u"next"_s, next},
                           {u"previous"_s, QJsonValue::Null}, {u"total_count"_s, objects.size()}};
    return QJsonDocument(QJsonObject{{u"meta"_s, meta}, {u"objects"_s, objects}}).toJson(QJsonDocument::Compact);
}

ConnectionSettings plainSettings(const QUrl &url, std::chrono::milliseconds timeout = 10s)
{
    ConnectionSettings s;
    s.baseUrl = url;
    s.user = u"admin"_s;
    s.password = u"secret"_s;
    s.timeout = timeout;
    return s;
}

} // namespace

class TestClientHostile final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void malformedJsonIsMalformedNamingTheResource();
    void missingFieldIsMalformedNamingTheField();
    void unknownUpgradeStatusKeptRaw();
    void htmlErrorPageIsAReadableHttpError();
    void closedPortIsUnreachableNamingHostAndPort();
    void silentServerIsUnreachableAfterTheTimeout();
    void nextLinkToAnotherServerNotFollowed();
};

void TestClientHostile::malformedJsonIsMalformedNamingTheResource()
{
    HostileServer server;
    QVERIFY(server.start());
    server.answer(kManagement, {200, R"({"id": 1, "name": "mgr01", )"});
    ManagementClient client(plainSettings(server.url()));
    const Result<ManagementVm> management = await(client.managementVm());
    QVERIFY(!management);
    QCOMPARE(management.error().code, u"api.malformed"_s);
    QVERIFY2(management.error().message.contains(u"management_vm"_s), qPrintable(management.error().message));
}

void TestClientHostile::missingFieldIsMalformedNamingTheField()
{
    HostileServer server;
    QVERIFY(server.start());
    QJsonObject broken = worker(2);
    broken.remove(u"version"_s);
    server.answer(kWorkers, {200, page({worker(1), broken})});
    ManagementClient client(plainSettings(server.url()));
    const Result<QList<WorkerVmStatus>> nodes = await(client.workerVms());
    QVERIFY(!nodes);
    const Error &e = nodes.error();
    QCOMPARE(e.code, u"api.malformed"_s);
    QVERIFY2(e.message.contains(u"worker_vm"_s), qPrintable(e.message));
    QVERIFY2(e.message.contains(u"\"version\""_s), qPrintable(e.message));
    QCOMPARE(e.details.value(u"field"_s).toString(), u"version"_s);
}

void TestClientHostile::unknownUpgradeStatusKeptRaw()
{
    HostileServer server;
    QVERIFY(server.start());
    server.answer(kWorkers, {200, page({worker(1), worker(2, u"DEFRAGMENTING"_s)})});
    ManagementClient client(plainSettings(server.url()));
    const Result<QList<WorkerVmStatus>> nodes = await(client.workerVms());
    QVERIFY2(nodes, qPrintable(nodes ? QString() : nodes.error().message));
    QCOMPARE(nodes->size(), 2); // the node is not dropped
    QCOMPARE(nodes->at(1).upgradeStatus.code(), NodeStatus::Code::Unknown);
    QCOMPARE(nodes->at(1).upgradeStatus.apiCode(), u"DEFRAGMENTING"_s);
    QCOMPARE(nodes->at(1).upgradeStatus.label(), u"DEFRAGMENTING"_s);
}

void TestClientHostile::htmlErrorPageIsAReadableHttpError()
{
    HostileServer server;
    QVERIFY(server.start());
    server.answer(kManagement, {500,
                                "<!DOCTYPE html><html><head><title>500 Internal Server Error</title>"
                                "<style>body{color:red}</style></head><body><h1>Internal Server Error</h1>"
                                "<p>The server encountered an internal error &amp; could not complete your request.</p>"
                                "</body></html>",
                                "text/html"});
    ManagementClient client(plainSettings(server.url()));
    const Result<ManagementVm> management = await(client.managementVm());
    QVERIFY(!management);
    const Error &e = management.error();
    QCOMPARE(e.code, u"api.http"_s);
    QCOMPARE(e.details.value(u"status"_s).toInt(), 500);
    QVERIFY2(e.message.contains(u"Internal Server Error"_s), qPrintable(e.message));
    QVERIFY2(e.message.contains(u"500"_s), qPrintable(e.message));
    QVERIFY2(!e.message.contains(u'<') && !e.message.contains(u"color:"_s), qPrintable(e.message)); // no markup
    QVERIFY2(e.message.contains(u"& could not"_s), qPrintable(e.message));
}

void TestClientHostile::closedPortIsUnreachableNamingHostAndPort()
{
    QTcpServer probe; // a port that was free a moment ago, and is closed now
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    QUrl url(u"http://127.0.0.1"_s);
    url.setPort(port);
    ManagementClient client(plainSettings(url));
    const Result<ManagementVm> management = await(client.managementVm());
    QVERIFY(!management);
    const Error &e = management.error();
    QCOMPARE(e.code, u"api.unreachable"_s);
    QVERIFY2(e.message.contains(u"127.0.0.1"_s), qPrintable(e.message));
    QVERIFY2(e.message.contains(QString::number(port)), qPrintable(e.message));
    QVERIFY2(e.message.contains(u"refused"_s), qPrintable(e.message));
    QCOMPARE(e.details.value(u"port"_s).toInt(), int(port));
}

void TestClientHostile::silentServerIsUnreachableAfterTheTimeout()
{
    HostileServer server;
    QVERIFY(server.start());
    server.answer(kManagement, {200, "{}", "application/json", 4s});
    ManagementClient client(plainSettings(server.url(), 1s));
    const Result<ManagementVm> management = await(client.managementVm());
    QVERIFY(!management);
    QCOMPARE(management.error().code, u"api.unreachable"_s);
    QCOMPARE(management.error().details.value(u"timeoutSeconds"_s).toInt(), 1);
    QVERIFY2(management.error().message.contains(u"did not answer"_s), qPrintable(management.error().message));
}

void TestClientHostile::nextLinkToAnotherServerNotFollowed()
{
    HostileServer server;
    QVERIFY(server.start());
    server.answer(kWorkers, {200, page({worker(1)}, u"https://collector.example.com/api/admin/status/v1/worker_vm/"_s)});
    ManagementClient client(plainSettings(server.url()));
    const Result<QList<WorkerVmStatus>> nodes = await(client.workerVms());
    QVERIFY(!nodes);
    QCOMPARE(nodes.error().code, u"api.malformed"_s);
    QVERIFY2(nodes.error().message.contains(u"collector.example.com"_s), qPrintable(nodes.error().message));
    QCOMPARE(server.requests(), 1); // and nothing was sent anywhere else

    // A `next` that points back at the same page would go round for ever.
    server.answer(kWorkers, {200, page({worker(1)}, QString(kWorkers + u"?limit=200"_s))});
    const Result<QList<WorkerVmStatus>> circle = await(client.workerVms());
    QVERIFY(!circle);
    QCOMPARE(circle.error().code, u"api.malformed"_s);
}

QTEST_GUILESS_MAIN(TestClientHostile)
#include "tst_client_hostile.moc"
