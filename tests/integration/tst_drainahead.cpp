// Drain ahead on a real node's profile (issue 15, items 1 and 2): the
// console puts the nodes that come next into maintenance ahead of their
// turn, with the documented PATCH of maintenance_mode and a reason naming
// it, under the capacity guardrail; it takes each out again once it is back
// on the new version; a console killed mid-run leaves a record the next one
// carries on from; after the run every node it drained is in service, and
// the node the admin put into maintenance is as the admin left it. Against
// infinity-sim's `pexip` profile over real HTTPS, in virtual time.

#include "tests/common/clientfixture.h"
#include "tests/common/waitfor.h"

#include "core/session/deploymentsession.h"
#include "core/session/drainaheadrunner.h"
#include "core/session/sessionerrors.h"
#include "core/storage/drainrecord.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace iuc;
using iuc::test::waitFor;

namespace {

// Oslo and New York for the guardrail; London holds the node the admin
// drained by hand (its share out of service is the admin's, not ours).
// Calls of five minutes' median: nodes drain within the hour, and the run ends.
constexpr auto kScenario = R"({"call_load": 2, "timings": {"mean_call_s": 300},
  "locations": [{"name": "Oslo", "nodes": 8, "calls_per_hour": 80},
                {"name": "London", "nodes": 4, "calls_per_hour": 40},
                {"name": "New York", "nodes": 5, "calls_per_hour": 50}]})";
constexpr int kAdminsNode = 10; // a London node

struct Console
{
    std::unique_ptr<DeploymentSession> session;
    DrainAheadRunner *drain = nullptr; // the session's
    int updates = 0;

    Console(ClientFixture &sim, const QString &records)
        : session(std::make_unique<DeploymentSession>(sim.settings(), u"Real node"_s))
    {
        QObject::connect(session.get(), &DeploymentSession::updated, session.get(), [this] { ++updates; });
        QObject::connect(session.get(), &DeploymentSession::failed, session.get(), [this] { ++updates; });
        kept = session->keepRunRecord(records + u"/runs"_s);
        session->keepDrainAhead(records + u"/drain"_s);
        drain = session->drainAhead();
        session->setRefreshInterval(10min); // the test refreshes
        session->start();
    }
    bool refresh()
    {
        const int before = updates;
        session->refreshNow();
        return waitFor([&] { return updates > before; }) && waitFor([&] { return !drain->isApplying(); });
    }
    Result<void> kept = ResultOk;
};

// The nodes' configuration as the Management Node has it: id → object.
QHash<int, QJsonObject> configurations(ClientFixture &sim)
{
    QHash<int, QJsonObject> out;
    for (const QJsonValue &v : sim.getRetried(kConfig + u"worker_vm/?limit=1000"_s).object().value(u"objects"_s).toArray())
        out.insert(v.toObject().value(u"id"_s).toInt(), v.toObject());
    return out;
}

double lowestShare(ClientFixture &sim, const QString &location)
{
    return sim.getRetried(u"/sim/v1/state/"_s)
        .object()
        .value(u"score"_s)
        .toObject()
        .value(u"lowest_in_service_share"_s)
        .toObject()
        .value(location)
        .toDouble(-1);
}

} // namespace

class TestDrainAhead final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void drainAhead_underTheGuardrailAcrossAKillAndEveryNodeBackAfterTheRun();
    void drainAhead_turnedOffReturnsTheConsolesNodesAtOnce();
    void drainAhead_unreadableRecordIsSaidAndLeftAsItIs();
};

void TestDrainAhead::drainAhead_underTheGuardrailAcrossAKillAndEveryNodeBackAfterTheRun()
{
    ClientFixture sim;
    ClientFixture::Options options;
    options.deployment = SimFixture::config(17, kFrom, kScenario);
    options.api = iuc::sim::ApiProfile::Pexip;
    QVERIFY2(sim.start(options), qPrintable(sim.startError()));
    QCOMPARE(sim.patch(kConfig + u"worker_vm/%1/"_s.arg(kAdminsNode), QJsonObject{{u"maintenance_mode"_s, true}}).status,
             202);
    QTemporaryDir records;
    auto console = std::make_unique<Console>(sim, records.path());
    QVERIFY(console->kept);
    QVERIFY(console->drain->recordError() == std::nullopt);
    QVERIFY(console->refresh());
    // Not before a run.
    const Result<void> early = console->drain->setEnabled(true);
    QVERIFY(!early && early.error().is(SessionError::NoRunToDrain));

    QVERIFY(!sim.startRunWith(sim.writePackage(u"upgrade.tar"_s, kTo, 64 * 1024)).isEmpty());
    const auto stepUntil = [&](Console &c, const std::function<bool()> &done, int steps = 2000) {
        for (int step = 0; step < steps && !done(); ++step) {
            // In process: no kept-alive connection of the harness to lose.
            if (advanceInProcess(sim.emulator(), 60).status != 200)
                return false;
            c.refresh(); // may find the Management Node away (R1)
        }
        return done();
    };
    QVERIFY(stepUntil(*console, [&] { return console->session->run().state() == RunSummary::State::Running; }));
    DrainSettings settings; // the defaults: as many ahead as a 25 % guardrail allows
    settings.guardrail = 0.25;
    console->drain->setSettings(settings);
    QVERIFY(console->drain->setEnabled(true));
    QVERIFY(console->drain->isEnabled());

    // Nodes drained ahead, with the console's reason on the node.
    QVERIFY(waitFor([&] { return !console->drain->isApplying(); }));
    QVERIFY(stepUntil(*console, [&] { return !console->drain->drained().isEmpty(); }, 20));
    const int first = console->drain->drained().constFirst();
    const QJsonObject drained = configurations(sim).value(first);
    QVERIFY2(drained.value(u"maintenance_mode"_s).toBool(), QJsonDocument(drained).toJson().constData());
    QCOMPARE(drained.value(u"maintenance_mode_reason"_s).toString(), DrainAheadRunner::reasonText());
    QVERIFY(!console->drain->drained().contains(kAdminsNode));

    // Killed mid-run: nothing is returned, the record stays.
    QVERIFY(stepUntil(*console, [&] { return console->session->run().run()->systemsUpgraded >= 6; }));
    const QList<int> left = console->drain->drained();
    QVERIFY(!left.isEmpty());
    console.reset();
    const QHash<int, QJsonObject> meanwhile = configurations(sim);
    for (const int id : left)
        QVERIFY(meanwhile.value(id).value(u"maintenance_mode"_s).toBool());

    // The next console carries on for this run, and returns everything after it.
    Console again(sim, records.path());
    QVERIFY(again.refresh());
    QVERIFY(again.drain->isEnabled());
    QVERIFY2(stepUntil(again, [&] { return !again.session->run().isActive(); }, 1500),
             sim.getRetried(u"/sim/v1/state/"_s).body.constData());
    QCOMPARE(again.session->run().state(), RunSummary::State::Completed);
    QVERIFY(again.refresh());
    QVERIFY(again.refresh());
    QVERIFY(!again.drain->isEnabled()); // the run it was on for is over
    QVERIFY2(again.drain->drained().isEmpty(), qPrintable(QString::number(again.drain->drained().size())));
    const QHash<int, QJsonObject> after = configurations(sim);
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        const bool inMaintenance = it->value(u"maintenance_mode"_s).toBool();
        QVERIFY2(inMaintenance == (it.key() == kAdminsNode), qPrintable(u"node %1"_s.arg(it.key())));
    }
    // The guardrail held where only the upgrade and the console drained.
    for (const QString &location : {u"Oslo"_s, u"New York"_s}) {
        const double lowest = lowestShare(sim, location);
        QVERIFY2(lowest >= 0.75 - 1e-6, qPrintable(u"%1: %2"_s.arg(location).arg(lowest)));
    }
    // No call was ended by the upgrade: drained, they ended by themselves.
    const QJsonObject ended =
        sim.getRetried(u"/sim/v1/state/"_s).object().value(u"score"_s).toObject().value(u"calls_ended"_s).toObject();
    QCOMPARE(ended.value(u"upgrade"_s).toInt(), 0);
}

// Turned on, the forecast counts on it; turned off, the console's nodes go
// back into service at once.
void TestDrainAhead::drainAhead_turnedOffReturnsTheConsolesNodesAtOnce()
{
    ClientFixture sim;
    ClientFixture::Options options;
    options.deployment = SimFixture::config(17, kFrom, kScenario);
    options.api = iuc::sim::ApiProfile::Pexip;
    QVERIFY2(sim.start(options), qPrintable(sim.startError()));
    QTemporaryDir records;
    Console console(sim, records.path());
    QVERIFY(!sim.startRunWith(sim.writePackage(u"upgrade.tar"_s, kTo, 64 * 1024)).isEmpty());
    for (int step = 0; step < 400 && console.session->run().state() != RunSummary::State::Running; ++step) {
        QCOMPARE(advanceInProcess(sim.emulator(), 30).status, 200);
        console.refresh();
    }
    QVERIFY(console.refresh());
    const std::optional<QDateTime> finishBefore = console.session->run().forecastFinish();
    QVERIFY(console.drain->setEnabled(true));
    QVERIFY(waitFor([&] { return !console.drain->isApplying(); }));
    QVERIFY(console.refresh());
    const QList<int> drained = console.drain->drained();
    // The forecast counts on it (the clock has not moved: only drain ahead changed).
    const std::optional<QDateTime> finishAfter = console.session->run().forecastFinish();
    QVERIFY(finishBefore && finishAfter);
    QVERIFY2(*finishAfter < *finishBefore,
             qPrintable(finishBefore->toString(Qt::ISODate) + u" → "_s + finishAfter->toString(Qt::ISODate)));
    QVERIFY(!drained.isEmpty());
    QVERIFY(console.drain->setEnabled(false));
    QVERIFY(waitFor([&] { return !console.drain->isApplying(); }));
    QVERIFY(console.drain->drained().isEmpty());
    const QHash<int, QJsonObject> now = configurations(sim);
    for (const int id : drained)
        QVERIFY(!now.value(id).value(u"maintenance_mode"_s).toBool());
}

// A record this build cannot read (another version's, a damaged file): drain
// ahead says why it is off and never writes over it, whatever the admin sets.
void TestDrainAhead::drainAhead_unreadableRecordIsSaidAndLeftAsItIs()
{
    ClientFixture sim;
    ClientFixture::Options options;
    options.deployment = SimFixture::config(4, kFrom);
    options.api = iuc::sim::ApiProfile::Pexip;
    QVERIFY2(sim.start(options), qPrintable(sim.startError()));
    QTemporaryDir records;
    const DrainRecord record(records.path() + u"/drain"_s, sim.settings().baseUrl);
    QVERIFY(record.save(DrainState{}).hasValue());
    const QByteArray damaged = R"({"version": 99, "nodes": [3]})";
    {
        QFile file(record.path());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(damaged);
    }
    Console console(sim, records.path());
    QVERIFY(console.drain->recordError().has_value());
    QVERIFY2(console.drain->recordError()->message.contains(u"move the file aside"_s),
             qPrintable(console.drain->recordError()->message));
    const Result<void> on = console.drain->setEnabled(true);
    QVERIFY(!on);
    console.drain->setSettings(DrainSettings{0.5, 3});
    QVERIFY(console.refresh());
    QFile file(record.path());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), damaged);
}

QTEST_GUILESS_MAIN(TestDrainAhead)
#include "tst_drainahead.moc"
