// A start window (issue 15, item 6) on a real node's profile, in virtual
// time: the package is uploaded and validated and the question asked now,
// the start performed when the Management Node's clock reaches the
// window's start (not before), a cancel while waiting starts nothing; drain
// ahead, armed for the scheduled run, turns on by itself and drains only
// inside the window, returning its nodes when the window closes.

#include "tests/common/clientfixture.h"
#include "tests/common/waitfor.h"

#include "core/api/managementclient.h"
#include "core/jobs/upgradejob.h"
#include "core/session/deploymentsession.h"
#include "core/session/drainaheadrunner.h"

#include <QJsonArray>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace iuc;
using namespace iuc::api;
using namespace iuc::jobs;
using namespace std::chrono_literals;
using iuc::test::waitFor;

namespace {

using Kind = UpgradeJob::Outcome::Kind;
using Stage = UpgradeJob::Stage;

// The emulator's clock starts at 10:00 UTC; the window is in UTC here so
// that the test does not depend on the machine's time zone.
StartWindow window(const QString &at, const QString &until = {})
{
    StartWindow w = StartWindow::parse(at, until).value();
    w.zone = QTimeZone::utc();
    return w;
}

bool startRealNode(ClientFixture &sim)
{
    ClientFixture::Options options;
    options.api = iuc::sim::ApiProfile::Pexip;
    return sim.start(options);
}

int runsOnTheNode(ClientFixture &sim)
{
    return sim.emulator().server().withDeployment([](sim::Deployment &d) { return d.engine().run() ? 1 : 0; });
}

} // namespace

class TestStartWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void startWindow_parsedAndCrossingMidnight();
    void startWindow_startsAtItsStartOnTheManagementNodesClock();
    void startWindow_cancelledWhileWaitingStartsNothing();
    void startWindow_drainAheadArmedTurnsOnAndDrainsOnlyInside();
};

void TestStartWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestStartWindow::startWindow_parsedAndCrossingMidnight()
{
    QVERIFY(!StartWindow::parse(u"25:00"_s));
    QVERIFY(!StartWindow::parse(u"02:00"_s, u"2am"_s));
    QVERIFY(!StartWindow::parse(u"02:00"_s, u"02:00"_s));
    const StartWindow night = window(u"22:30"_s, u"05:00"_s);
    const QDate day(2030, 1, 1);
    QVERIFY(night.contains(QDateTime(day, QTime(23, 0), QTimeZone::utc())));
    QVERIFY(night.contains(QDateTime(day, QTime(4, 59), QTimeZone::utc())));
    QVERIFY(!night.contains(QDateTime(day, QTime(5, 0), QTimeZone::utc())));
    QVERIFY(!night.contains(QDateTime(day, QTime(12, 0), QTimeZone::utc())));
    // Before the start: today's; inside a window with an end: now; after it: tomorrow's.
    QCOMPARE(night.firstStart(QDateTime(day, QTime(12, 0), QTimeZone::utc())),
             QDateTime(day, QTime(22, 30), QTimeZone::utc()));
    QCOMPARE(night.firstStart(QDateTime(day, QTime(1, 0), QTimeZone::utc())),
             QDateTime(day, QTime(1, 0), QTimeZone::utc()));
    QCOMPARE(window(u"02:00"_s).firstStart(QDateTime(day, QTime(3, 0), QTimeZone::utc())),
             QDateTime(day.addDays(1), QTime(2, 0), QTimeZone::utc()));
    QCOMPARE(night.text(), u"22:30–05:00"_s);
}

void TestStartWindow::startWindow_startsAtItsStartOnTheManagementNodesClock()
{
    ClientFixture sim;
    QVERIFY2(startRealNode(sim), qPrintable(sim.startError()));
    ManagementClient client(sim.settings(As::Admin));
    UpgradeJob job(client, sim.writePackage(u"to11.tar"_s, kTo, 256 * 1024));
    UpgradeJob::Tuning tuning;
    tuning.clockPoll = 50ms;
    job.setTuning(tuning);
    job.setStartWindow(window(u"12:00"_s, u"14:00"_s)); // two hours after the emulator's 10:00
    QList<Stage> stages;
    connect(&job, &UpgradeJob::stageChanged, &job, [&](Stage s) { stages.append(s); });
    connect(&job, &UpgradeJob::confirmationNeeded, &job, [&] { job.answerConfirmation(true); });
    std::optional<UpgradeJob::Outcome> outcome;
    connect(&job, &UpgradeJob::finished, &job, [&](const UpgradeJob::Outcome &o) { outcome = o; });
    job.start();
    QVERIFY(waitFor([&] { return job.stage() == Stage::Waiting; }));
    // Uploaded, validated and asked now; only the start waits.
    QCOMPARE(stages, (QList<Stage>{Stage::Inspecting, Stage::Judging, Stage::Uploading, Stage::Validating,
                                   Stage::AwaitingConfirmation, Stage::Waiting}));
    QCOMPARE(*job.startAt(), QDateTime(QDate(2030, 1, 1), QTime(12, 0), QTimeZone::utc()));

    QCOMPARE(advanceInProcess(sim.emulator(), 119 * 60).status, 200); // 11:59
    QTest::qWait(500); // the job reads the clock every 50 ms
    QCOMPARE(job.stage(), Stage::Waiting);
    QCOMPARE(runsOnTheNode(sim), 0);
    QCOMPARE(sim.emulator().server().performRequests(), 0);

    QCOMPARE(advanceInProcess(sim.emulator(), 60).status, 200); // 12:00
    QVERIFY(waitFor([&] { return outcome.has_value(); }));
    QCOMPARE(outcome->kind, Kind::Started);
    QCOMPARE(sim.emulator().server().performRequests(), 1);
    QVERIFY2(outcome->run->startedAt >= *job.startAt(), qPrintable(outcome->run->startedAt.toString(Qt::ISODate)));
    QVERIFY(outcome->run->startedAt < job.startAt()->addSecs(120));
}

void TestStartWindow::startWindow_cancelledWhileWaitingStartsNothing()
{
    ClientFixture sim;
    QVERIFY2(startRealNode(sim), qPrintable(sim.startError()));
    ManagementClient client(sim.settings(As::Admin));
    UpgradeJob job(client, sim.writePackage(u"to11.tar"_s, kTo, 256 * 1024));
    job.setStartWindow(window(u"02:00"_s));
    connect(&job, &UpgradeJob::confirmationNeeded, &job, [&] { job.answerConfirmation(true); });
    std::optional<UpgradeJob::Outcome> outcome;
    connect(&job, &UpgradeJob::finished, &job, [&](const UpgradeJob::Outcome &o) { outcome = o; });
    job.start();
    QVERIFY(waitFor([&] { return job.stage() == Stage::Waiting; }));
    QCOMPARE(*job.startAt(), QDateTime(QDate(2030, 1, 2), QTime(2, 0), QTimeZone::utc())); // tomorrow's
    job.cancel();
    QVERIFY(waitFor([&] { return outcome.has_value(); }));
    QCOMPARE(outcome->kind, Kind::Cancelled);
    QCOMPARE(outcome->at, Stage::Waiting);
    QVERIFY(!outcome->uploadId.isEmpty()); // the package stays on the node
    QCOMPARE(sim.emulator().server().performRequests(), 0);
    QCOMPARE(advanceInProcess(sim.emulator(), 20 * 3600).status, 200);
    QCOMPARE(runsOnTheNode(sim), 0);
}

void TestStartWindow::startWindow_drainAheadArmedTurnsOnAndDrainsOnlyInside()
{
    ClientFixture sim;
    ClientFixture::Options options;
    options.deployment = SimFixture::config(16, kFrom, R"({"call_load": 2, "timings": {"mean_call_s": 300},
        "locations": [{"name": "Oslo", "nodes": 8, "calls_per_hour": 80},
                      {"name": "Bergen", "nodes": 8, "calls_per_hour": 80}]})");
    options.api = iuc::sim::ApiProfile::Pexip;
    QVERIFY2(sim.start(options), qPrintable(sim.startError()));
    QTemporaryDir records;
    DeploymentSession session(sim.settings(), u"Real node"_s);
    (void)session.keepRunRecord(records.path() + u"/runs"_s);
    session.keepDrainAhead(records.path() + u"/drain"_s);
    session.setRefreshInterval(10min);
    int updates = 0;
    connect(&session, &DeploymentSession::updated, &session, [&] { ++updates; });
    connect(&session, &DeploymentSession::failed, &session, [&] { ++updates; });
    session.start();
    DrainAheadRunner &drain = *session.drainAhead();
    const auto refresh = [&] {
        const int before = updates;
        session.refreshNow();
        return waitFor([&] { return updates > before; }) && waitFor([&] { return !drain.isApplying(); });
    };
    QVERIFY(refresh());
    // Drain ahead chosen for the scheduled run, inside 10:30–11:10 (the
    // test starts the run at once, at 10:00).
    drain.setWindow(window(u"10:30"_s, u"11:10"_s));
    drain.armForNextRun(true);
    QVERIFY(!sim.startRunWith(sim.writePackage(u"upgrade.tar"_s, kTo, 64 * 1024)).isEmpty());

    bool drainedBefore = false, drainedInside = false, drainedAfter = false;
    for (int minute = 0; minute < 90; ++minute) {
        QCOMPARE(advanceInProcess(sim.emulator(), 60).status, 200);
        refresh();
        const QDateTime now = session.run().serverTime();
        const QTime t = now.toUTC().time();
        const bool drained = !drain.drained().isEmpty();
        if (t < QTime(10, 30))
            drainedBefore = drainedBefore || drained;
        else if (t < QTime(11, 10))
            drainedInside = drainedInside || drained;
        else if (t >= QTime(11, 12)) // a refresh to return them
            drainedAfter = drainedAfter || drained;
    }
    QVERIFY(!drain.isArmed()); // it turned on by itself for the scheduled run
    QVERIFY(drain.isEnabled() || !session.run().isActive());
    QVERIFY(!drainedBefore);
    QVERIFY(drainedInside);
    QVERIFY(!drainedAfter);
}

QTEST_GUILESS_MAIN(TestStartWindow)
#include "tst_startwindow.moc"
