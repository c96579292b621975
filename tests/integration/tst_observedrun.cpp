// The run on a real Management Node, which has no upgrade_run (issue 12):
// the console records it from what each refresh shows, keeps the record per
// deployment, and a console restarted mid-run carries on with it. Against
// infinity-sim on its real-shaped `pexip` profile, over real HTTPS, its
// clock frozen and advanced by the test (virtual time).

#include "tests/common/clientfixture.h"
#include "tests/common/waitfor.h"

#include "core/api/runobserver.h"
#include "core/session/deploymentsession.h"
#include "core/session/observedrunstore.h"
#include "core/session/runhistory.h"
#include "core/storage/deploymentfiles.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace iuc;
using iuc::test::waitFor;

namespace {

// A console: a session on the deployment, its run record kept in `records`.
struct Console
{
    std::unique_ptr<DeploymentSession> session;
    int updates = 0;

    Console(ClientFixture &sim, const QString &records)
        : session(std::make_unique<DeploymentSession>(sim.settings(), u"Real node"_s))
    {
        QObject::connect(session.get(), &DeploymentSession::updated, session.get(), [this] { ++updates; });
        // While the Management Node reboots a refresh ends without data (R1).
        QObject::connect(session.get(), &DeploymentSession::failed, session.get(), [this] { ++updates; });
        kept = session->keepRunRecord(records);
        session->setRefreshInterval(10min); // the test refreshes
        session->start();
    }
    // One refresh, waited for (with data or without).
    bool refresh()
    {
        const int before = updates;
        session->refreshNow();
        return waitFor([&] { return updates > before; });
    }
    [[nodiscard]] const api::UpgradeRun *run() const
    {
        return session->run().run() ? &*session->run().run() : nullptr;
    }
    Result<void> kept = ResultOk;
};

} // namespace

class TestObservedRun final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void observedRun_recordedOnARealNodeAndARestartMidRunLosesNothing();
    void observedRun_unreadableRecordIsSetAsideNotLost();
    void R2_v24RunDrainsTenAtOnceOnTheTwinAndInTheRecord();
};

void TestObservedRun::observedRun_recordedOnARealNodeAndARestartMidRunLosesNothing()
{
    ClientFixture sim;
    ClientFixture::Options options;
    options.deployment = SimFixture::config(3);
    options.api = iuc::sim::ApiProfile::Pexip; // no upgrade_run
    QVERIFY2(sim.start(options), qPrintable(sim.startError()));
    QTemporaryDir records;

    auto console = std::make_unique<Console>(sim, records.path());
    QVERIFY(console->kept);
    QVERIFY(waitFor([&] { return console->session->snapshot().has_value(); }));
    QVERIFY(console->session->poller().capabilities().lacks(api::Resource::UpgradeRun));
    QVERIFY(!console->run()); // nothing ran yet

    const QString package = sim.writePackage(u"upgrade.tar"_s, kTo, 64 * 1024);
    QVERIFY(!package.isEmpty());
    QVERIFY(!sim.startRunWith(package).isEmpty());

    // Step the deployment's clock until the Management Node and one
    // Conferencing Node are on the new version.
    const auto stepUntil = [&](Console &c, const std::function<bool()> &done) {
        for (int step = 0; step < 600 && !done(); ++step) {
            if (sim.advance(30).status != 200 || !c.refresh())
                return false;
        }
        return done();
    };
    QVERIFY(stepUntil(*console, [&] {
        const api::UpgradeRun *r = console->run();
        return r && r->systemsUpgraded >= 2;
    }));
    const api::UpgradeRun midway = console->session->run().run().value();
    QVERIFY(midway.observed);
    QCOMPARE(midway.state, u"running"_s);
    QCOMPARE(midway.targetVersion.text, kTo);
    QCOMPARE(midway.systemsIncluded, 4); // the Management Node and three Conferencing Nodes
    QVERIFY(midway.managementIncluded);
    QVERIFY(midway.managementUpgradedAt);
    QCOMPARE(midway.maxParallel, 1); // v11: one at a time
    QCOMPARE(console->session->run().state(), RunSummary::State::Running);
    const QString file = QDir(records.path()).filePath(DeploymentFiles::keyFor(sim.url()) + u".json"_s);
    QVERIFY2(QFile::exists(file), qPrintable(file));

    // The console quits mid-run; the run goes on without it.
    console.reset();
    QCOMPARE(sim.advance(60).status, 200);

    Console again(sim, records.path());
    QVERIFY(again.kept);
    QVERIFY(waitFor([&] { return again.run() != nullptr; }));
    const std::optional<api::UpgradeRun> resumed = again.session->run().run();
    QVERIFY(resumed);
    QCOMPARE(resumed->id, midway.id);
    QCOMPARE(resumed->startedAt, midway.startedAt); // the same run, not a new one first seen now
    QCOMPARE(resumed->managementUpgradedAt, midway.managementUpgradedAt);
    QVERIFY(stepUntil(again, [&] {
        const api::UpgradeRun *r = again.run();
        return r && r->state != u"running"_s;
    }));
    const std::optional<api::UpgradeRun> ended = again.session->run().run();
    QVERIFY(ended);
    const api::UpgradeRun &done = *ended;
    QCOMPARE(done.state, u"completed"_s);
    QCOMPARE(again.session->run().state(), RunSummary::State::Completed);
    QCOMPARE(done.systemsUpgraded, 4);
    QVERIFY(done.endedAt);
    QVERIFY(done.leftBehind.isEmpty());

    // The report has it, node by node, with the statuses seen.
    const Result<QList<api::UpgradeRun>> history =
        await(runHistory(again.session->client(), again.session->runObserver()));
    QVERIFY2(history, qPrintable(history ? QString() : history.error().message));
    QCOMPARE(history->size(), 1);
    QCOMPARE(history->constFirst().nodes.size(), 3);
    for (const api::RunNode &n : history->constFirst().nodes) {
        QVERIFY2(n.included && n.upgradedAt, qPrintable(n.name));
        QVERIFY2(!n.attempts.isEmpty() && n.attempts.constLast().result == u"upgraded"_s, qPrintable(n.name));
        QVERIFY2(n.history.size() >= 3, qPrintable(n.name)); // idle, at least one upgrade status, idle
    }
}

void TestObservedRun::observedRun_unreadableRecordIsSetAsideNotLost()
{
    ClientFixture sim;
    ClientFixture::Options options;
    options.api = iuc::sim::ApiProfile::Pexip;
    QVERIFY2(sim.start(options), qPrintable(sim.startError()));
    QTemporaryDir records;
    const QString file = QDir(records.path()).filePath(DeploymentFiles::keyFor(sim.url()) + u".json"_s);
    {
        QFile broken(file);
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{\"objects\": [{\"id\": \"half a record");
    }
    Console console(sim, records.path());
    QVERIFY(!console.kept);
    QVERIFY2(console.kept.error().message.contains(u".unreadable"_s), qPrintable(console.kept.error().message));
    QVERIFY(QFile::exists(file + u".unreadable"_s)); // kept for whoever wants to look
    QVERIFY(waitFor([&] { return console.session->snapshot().has_value(); }));
    QVERIFY(!console.run()); // a new record begins
}

void TestObservedRun::R2_v24RunDrainsTenAtOnceOnTheTwinAndInTheRecord()
{
    // Since v24 a Management Node drains up to ten Conferencing Nodes at
    // once (REAL-API.md §5): the twin does so by itself (no --max-parallel),
    // and the console's record and forecast use the same number. (An update
    // within v24: the console's upgrade paths name no major version after 11.)
    ClientFixture sim;
    ClientFixture::Options options;
    options.deployment = SimFixture::config(14, u"24 (55691.0.0)"_s);
    options.api = iuc::sim::ApiProfile::Pexip;
    QVERIFY2(sim.start(options), qPrintable(sim.startError()));
    QTemporaryDir records;
    Console console(sim, records.path());
    QVERIFY(waitFor([&] { return console.session->snapshot().has_value(); }));
    QVERIFY(!sim.startRunWith(sim.writePackage(u"v24-1.tar"_s, u"24.1 (56012.0.0)"_s, 64 * 1024)).isEmpty());

    int most = 0;
    for (int step = 0; step < 600; ++step) {
        QCOMPARE(sim.advance(30).status, 200);
        QVERIFY(console.refresh());
        if (!console.session->snapshot())
            continue;
        const QList<api::WorkerVmStatus> &nodes = console.session->snapshot()->nodes;
        most = std::max(most, int(std::count_if(nodes.cbegin(), nodes.cend(),
                                                [](const api::WorkerVmStatus &n) { return n.maintenanceMode; })));
        const api::UpgradeRun *r = console.run();
        if (r && r->state != u"running"_s)
            break;
    }
    QCOMPARE(most, 10); // ten at once, never more
    QVERIFY(console.run());
    QCOMPARE(console.run()->state, u"completed"_s);
    QCOMPARE(console.run()->maxParallel, 10);
}

QTEST_GUILESS_MAIN(TestObservedRun)
#include "tst_observedrun.moc"
