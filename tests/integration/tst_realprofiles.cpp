// The client against infinity-sim's real-shaped profiles (pexip, the
// default; pexip-v24) and its extended one, over real HTTPS: what a node
// offers is detected from its schema/ pages, and the refresh loop reads the
// whole deployment on each profile without asking for what the node lacks.

#include "core/api/capabilities.h"
#include "core/api/deploymentpoller.h"
#include "tests/common/clientfixture.h"
#include "tests/common/waitfor.h"

#include <QLoggingCategory>
#include <QMutex>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace iuc;
using namespace iuc::api;
using namespace std::chrono_literals;
using iuc::sim::ApiProfile;


namespace {

using iuc::test::waitFor;

void addProfiles()
{
    QTest::addColumn<ApiProfile>("api");
    QTest::newRow("pexip") << ApiProfile::Pexip;
    QTest::newRow("pexip-v24") << ApiProfile::PexipV24;
    QTest::newRow("extended") << ApiProfile::Extended;
}

} // namespace

class TestRealProfiles final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void capabilities_detectedFromTheNodesOwnSchemas_data() { addProfiles(); }
    void capabilities_detectedFromTheNodesOwnSchemas();
    void poller_readsTheWholeDeploymentOnEveryProfile_data() { addProfiles(); }
    void poller_readsTheWholeDeploymentOnEveryProfile();
    void poller_asksARealNodeNothingItLacks();
};

void TestRealProfiles::capabilities_detectedFromTheNodesOwnSchemas()
{
    QFETCH(ApiProfile, api);
    ClientFixture sim;
    ClientFixture::Options options;
    options.api = api;
    QVERIFY2(sim.start(options), qPrintable(sim.startError()));
    ManagementClient client(sim.settings());
    const Result<Capabilities> caps = iuc::test::awaitTask(detectCapabilities(client), 30s, "detection");
    QVERIFY2(caps, caps ? "" : qPrintable(caps.error().message));
    const Capabilities &c = caps.value();
    QVERIFY(c.schemasRead);
    QCOMPARE(c.managementVersion.text, kFrom);
    QVERIFY(c.has(Resource::ManagementVm));
    QVERIFY(c.has(Resource::WorkerVm));
    QVERIFY(c.has(Resource::WorkerVmConfiguration));
    QVERIFY(c.has(Resource::SystemLocation));
    QVERIFY(c.syslogServer()); // every profile: where a real node's administrator log goes
    const bool extended = api == ApiProfile::Extended;
    QCOMPARE(c.upgradeRunExtension(), extended);
    QCOMPARE(c.adminLogExtension(), extended);
    QCOMPARE(c.rebootCommand(), extended);
    QCOMPARE(c.workerExtras(), extended);
    QCOMPARE(c.extensions().isEmpty(), !extended);
    QCOMPARE(c.workerFieldSet(), api == ApiProfile::PexipV24 ? WorkerFieldSet::V24 : WorkerFieldSet::Recent);
    QVERIFY(c.upload() != UploadProtocol::None);
}

void TestRealProfiles::poller_readsTheWholeDeploymentOnEveryProfile()
{
    QFETCH(ApiProfile, api);
    ClientFixture sim;
    ClientFixture::Options options;
    options.deployment = SimFixture::config(6);
    options.api = api;
    QVERIFY2(sim.start(options), qPrintable(sim.startError()));
    ManagementClient client(sim.settings());
    DeploymentPoller poller(client);
    poller.setDetectCapabilities(true);
    poller.setInterval(500ms);
    poller.start();
    QVERIFY(waitFor([&] { return poller.state() == DeploymentPoller::State::Live || poller.lastError(); }));
    QVERIFY2(!poller.lastError(), poller.lastError() ? qPrintable(poller.lastError()->message) : "");
    const Snapshot &s = *poller.lastSnapshot();
    QCOMPARE(s.nodes.size(), 6);
    QCOMPARE(s.management.version.text, kFrom);
    QVERIFY(s.capabilities.schemasRead);
    QCOMPARE(s.configurations.size(), 6); // every node joined to its configuration
    for (const WorkerVmStatus &n : s.nodes) {
        QVERIFY2(!n.systemLocation.isEmpty(), qPrintable(n.name));
        const WorkerVmConfiguration c = s.configurations.value(n.id);
        QVERIFY2(!c.address.isEmpty(), qPrintable(n.name));
        // A real node names the location by URI: resolved to the status's name.
        QVERIFY2(!c.systemLocationUri.isEmpty(), qPrintable(n.name));
        QCOMPARE(c.systemLocation, n.systemLocation);
    }
    QCOMPARE(s.run.has_value(), false); // no run yet on any profile
}

// The emulator's request log (iuc.sim.http), captured while a test runs.
// Logged from the server's threads.
QStringList g_requests;
QMutex g_requestsMutex;
QtMessageHandler g_previous = nullptr;

void captureRequests(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (context.category && qstrcmp(context.category, "iuc.sim.http") == 0) {
        const QMutexLocker lock(&g_requestsMutex);
        g_requests.append(message);
        return;
    }
    g_previous(type, context, message);
}

void TestRealProfiles::poller_asksARealNodeNothingItLacks()
{
    ClientFixture sim;
    ClientFixture::Options options;
    options.api = ApiProfile::Pexip;
    QVERIFY2(sim.start(options), qPrintable(sim.startError()));
    ManagementClient client(sim.settings());
    DeploymentPoller poller(client);
    poller.setDetectCapabilities(true);
    poller.setInterval(500ms);
    int chains = 0;
    connect(&poller, &DeploymentPoller::snapshotReady, this, [&] { ++chains; });

    QLoggingCategory::setFilterRules(u"iuc.sim.http.debug=true"_s);
    g_requests.clear();
    g_previous = qInstallMessageHandler(captureRequests);
    poller.start();
    const bool live = waitFor([&] { return chains >= 3; });
    qInstallMessageHandler(g_previous);
    QLoggingCategory::setFilterRules(QString());
    QVERIFY(live);
    const QMutexLocker lock(&g_requestsMutex);

    // Schemas once; then per chain only resources a real node serves.
    const auto count = [](const QString &part) {
        return std::count_if(g_requests.cbegin(), g_requests.cend(), [&](const QString &r) { return r.contains(part); });
    };
    QCOMPARE(count(u"/status/v1/worker_vm/schema/"_s), 1);
    QVERIFY2(count(u"/status/v1/upgrade_run/"_s) == 1, qPrintable(g_requests.join(u'\n'))); // its schema/ only
    QCOMPARE(count(u"/status/v1/log/"_s), 1);
    QVERIFY(count(u"GET /api/admin/status/v1/worker_vm/ 200"_s) >= 3);
    QVERIFY2(std::none_of(g_requests.cbegin(), g_requests.cend(),
                          [](const QString &r) { return r.endsWith(u" 404"_s) && !r.contains(u"/schema/"_s); }),
             qPrintable(g_requests.join(u'\n')));
    QVERIFY(!poller.capabilities().upgradeRunExtension());
    QVERIFY(!poller.capabilities().adminLogExtension());
}

QTEST_GUILESS_MAIN(TestRealProfiles)
#include "tst_realprofiles.moc"
