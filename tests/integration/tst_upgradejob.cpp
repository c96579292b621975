// The upgrade job every front end presents (core/jobs/upgradejob.h), against
// the emulator over loopback HTTPS: nothing is started before the answer at
// the confirmation, exactly one performing request after it, and a cancel
// before the start leaves nothing behind on the node. On the real-shaped
// profile, and on the extended one where the node reports its SHA-256.

#include "tests/common/clientfixture.h"

#include "core/api/managementclient.h"
#include "core/jobs/upgradejob.h"
#include "core/package/packageerrors.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace iuc;
using namespace iuc::api;
using namespace iuc::jobs;
using namespace std::chrono_literals;

namespace {

using Kind = UpgradeJob::Outcome::Kind;
using Stage = UpgradeJob::Stage;

constexpr StartObservation kQuickLooks{100ms, 50, 3};

QString managementVersion(ClientFixture &sim)
{
    return sim.emulator().server().withDeployment(
        [](iuc::sim::Deployment &d) { return d.engine().management().version.toString(); });
}

// Upload requests the node still holds open (a cancelled one stays listed,
// in state "cancelled", and takes no slot).
int openUploadsOnTheNode(ClientFixture &sim)
{
    int open = 0;
    const QJsonArray uploads =
        sim.getRetried(kConfig + u"upgrade_request/"_s).object().value(u"objects"_s).toArray();
    for (const QJsonValue &u : uploads)
        open += u.toObject().value(u"state"_s).toString() == u"cancelled"_s ? 0 : 1;
    return open;
}

} // namespace

class TestUpgradeJob final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void declinedAtTheConfirmation_startsNothing_data();
    void declinedAtTheConfirmation_startsNothing();
    void accepted_performsOnceAndTheRunStarts();
    void cancelledDuringTheUpload_startsNothingAndLeavesNoPartial();
    void cancelAfterThePerformingRequestChangesNothing();
    void R10_wrongFileIsRefusedBeforeAByteIsSent();
    void stagedPackage_asksThenStarts();
    void singleShot_confirmationPrecedesTheUpload_declineSendsNothing();
    void singleShot_acceptedUploadsOnceAndTheRunStarts();
    void singleShot_answerLostAfterTheNodeTookIt_isStartedAndNotSentAgain();
    void singleShot_cancelledAsTheUploadBegins_notStartedOnceTheNodeWasSeenIdle();
    void singleShot_cutBeforeTheNodeTookIt_notStartedOnceTheNodeWasSeenIdle();
};

void TestUpgradeJob::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // the unfinished-upload memory in a throwaway place
}

void TestUpgradeJob::declinedAtTheConfirmation_startsNothing_data()
{
    QTest::addColumn<iuc::sim::ApiProfile>("profile");
    QTest::addColumn<bool>("nodeReportsSha");
    QTest::newRow("pexip") << iuc::sim::ApiProfile::Pexip << false;
    QTest::newRow("extended") << iuc::sim::ApiProfile::Extended << true;
}

void TestUpgradeJob::declinedAtTheConfirmation_startsNothing()
{
    QFETCH(iuc::sim::ApiProfile, profile);
    QFETCH(bool, nodeReportsSha);
    ClientFixture sim;
    ClientFixture::Options options;
    options.api = profile;
    QVERIFY2(sim.start(options), qPrintable(sim.startError()));
    ManagementClient client(sim.settings(As::Admin));
    const QString file = sim.writePackage(u"to11.tar"_s, kTo, 256 * 1024);

    UpgradeJob job(client, file);
    std::optional<ConfirmFacts> asked;
    QList<Stage> stages;
    connect(&job, &UpgradeJob::stageChanged, &job, [&](Stage s) { stages.append(s); });
    connect(&job, &UpgradeJob::confirmationNeeded, &job, [&](const ConfirmFacts &facts) {
        asked = facts;
        QCOMPARE(sim.emulator().server().performRequests(), 0); // nothing before the answer
        job.answerConfirmation(false);                           // answered during the question (a terminal)
    });
    const UpgradeJob::Outcome outcome = await(job.startAndWait());

    QVERIFY(asked);
    QCOMPARE(asked->installedVersion, kFrom);
    QCOMPARE(asked->upgradeVersion, kTo);
    QCOMPARE(asked->systemsToUpgrade, 4); // the Management Node and three Conferencing Nodes
    QCOMPARE(asked->validatedByNode, !nodeReportsSha);
    QCOMPARE(asked->packageFile, u"to11.tar"_s);
    QVERIFY(!asked->sha256.isEmpty());
    QCOMPARE(stages, (QList<Stage>{Stage::Inspecting, Stage::Judging, Stage::Uploading, Stage::Validating,
                                   Stage::AwaitingConfirmation, Stage::Done}));
    QCOMPARE(outcome.kind, Kind::Declined);
    QVERIFY(outcome.startedNothing());
    QVERIFY(!outcome.uploadId.isEmpty()); // the package stays staged on the node
    QCOMPARE(sim.emulator().server().performRequests(), 0);
    QCOMPARE(managementVersion(sim), Version::fromString(kFrom).toString());
    QVERIFY(runInProcess(sim.emulator()).isEmpty());
}

void TestUpgradeJob::accepted_performsOnceAndTheRunStarts()
{
    ClientFixture sim;
    QVERIFY2(sim.start(ClientFixture::Options{}), qPrintable(sim.startError()));
    ManagementClient client(sim.settings(As::Admin));
    const QString file = sim.writePackage(u"to11.tar"_s, kTo, 256 * 1024);

    UpgradeJob job(client, file);
    job.setTuning(UpgradeJob::Tuning{0, -1, kQuickLooks});
    // Answered later, as a dialog does.
    connect(&job, &UpgradeJob::confirmationNeeded, &job,
            [&job] { QTimer::singleShot(50ms, &job, [&job] { job.answerConfirmation(true); }); });
    const UpgradeJob::Outcome outcome = await(job.startAndWait());

    QCOMPARE(outcome.kind, Kind::Started);
    QVERIFY(outcome.run);
    QCOMPARE(outcome.run->targetVersion.text, kTo);
    QCOMPARE(sim.emulator().server().performRequests(), 1);
    QCOMPARE(runInProcess(sim.emulator()).value(u"state"_s).toString(), u"running"_s);
}

void TestUpgradeJob::cancelledDuringTheUpload_startsNothingAndLeavesNoPartial()
{
    ClientFixture sim;
    QVERIFY2(sim.start(ClientFixture::Options{}), qPrintable(sim.startError()));
    ManagementClient client(sim.settings(As::Admin));
    const QString file = sim.writePackage(u"to11.tar"_s, kTo, 4 * 1024 * 1024);

    UpgradeJob job(client, file);
    job.setTuning(UpgradeJob::Tuning{64 * 1024, -1, kQuickLooks});
    QSignalSpy asked(&job, &UpgradeJob::confirmationNeeded);
    connect(&job, &UpgradeJob::uploadProgress, &job, [&job](qint64 sent, qint64 total) {
        if (sent > 0 && sent < total)
            job.cancel(); // Cancel in the dialog, Ctrl-C, the window closed
    });
    const UpgradeJob::Outcome outcome = await(job.startAndWait());

    QCOMPARE(outcome.kind, Kind::Cancelled);
    QCOMPARE(outcome.at, Stage::Uploading);
    QCOMPARE(asked.count(), 0);
    QCOMPARE(sim.emulator().server().performRequests(), 0);
    QCOMPARE(openUploadsOnTheNode(sim), 0); // the node dropped the partial
    QVERIFY(runInProcess(sim.emulator()).isEmpty());
}

void TestUpgradeJob::cancelAfterThePerformingRequestChangesNothing()
{
    ClientFixture sim;
    QVERIFY2(sim.start(ClientFixture::Options{}), qPrintable(sim.startError()));
    ManagementClient client(sim.settings(As::Admin));
    const QString file = sim.writePackage(u"to11.tar"_s, kTo, 256 * 1024);

    UpgradeJob job(client, file);
    job.setTuning(UpgradeJob::Tuning{0, -1, kQuickLooks});
    connect(&job, &UpgradeJob::confirmationNeeded, &job, [&job] { job.answerConfirmation(true); });
    connect(&job, &UpgradeJob::stageChanged, &job, [&job](Stage s) {
        if (s == Stage::Starting)
            job.cancel(); // too late: the request is on its way
    });
    const UpgradeJob::Outcome outcome = await(job.startAndWait());

    QCOMPARE(outcome.kind, Kind::Started);
    QVERIFY(!job.cancelRequested());
    QCOMPARE(sim.emulator().server().performRequests(), 1);
}

void TestUpgradeJob::R10_wrongFileIsRefusedBeforeAByteIsSent()
{
    ClientFixture sim;
    QVERIFY2(sim.start(ClientFixture::Options{}), qPrintable(sim.startError()));
    ManagementClient client(sim.settings(As::Admin));
    const QString notes = sim.scratchPath(u"notes.pdf"_s);
    {
        QFile f(notes);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(64 * 1024, 'x'));
    }
    const QString downgrade = sim.writePackage(u"old.tar"_s, u"9 (30000.0.0)"_s, 64 * 1024);

    UpgradeJob wrongFile(client, notes);
    const UpgradeJob::Outcome refused = await(wrongFile.startAndWait());
    QCOMPARE(refused.kind, Kind::Refused);
    QCOMPARE(refused.at, Stage::Inspecting);
    QVERIFY(refused.error && !refused.error->message.isEmpty());

    UpgradeJob older(client, downgrade);
    const UpgradeJob::Outcome judged = await(older.startAndWait());
    QCOMPARE(judged.kind, Kind::Refused);
    QCOMPARE(judged.at, Stage::Judging);
    QVERIFY2(judged.error && judged.error->code.startsWith(u"package."_s), qPrintable(judged.error->code));

    QCOMPARE(sim.emulator().server().uploadedBytes(), 0);
    QCOMPARE(openUploadsOnTheNode(sim), 0);
    QCOMPARE(sim.emulator().server().performRequests(), 0);
}

void TestUpgradeJob::stagedPackage_asksThenStarts()
{
    ClientFixture sim;
    QVERIFY2(sim.start(ClientFixture::Options{}), qPrintable(sim.startError()));
    ManagementClient client(sim.settings(As::Admin));
    const QString file = sim.writePackage(u"to11.tar"_s, kTo, 256 * 1024);
    UpgradeJob upload(client, file);
    connect(&upload, &UpgradeJob::confirmationNeeded, &upload, [&upload] { upload.answerConfirmation(false); });
    const QString staged = await(upload.startAndWait()).uploadId;
    QVERIFY(!staged.isEmpty());

    ConfirmFacts facts;
    facts.upgradeVersion = kTo;
    std::unique_ptr<UpgradeJob> job(UpgradeJob::forStagedPackage(client, staged, facts));
    job->setTuning(UpgradeJob::Tuning{0, -1, kQuickLooks});
    std::optional<ConfirmFacts> asked;
    connect(job.get(), &UpgradeJob::confirmationNeeded, job.get(), [&](const ConfirmFacts &f) {
        asked = f;
        job->answerConfirmation(true);
    });
    const UpgradeJob::Outcome outcome = await(job->startAndWait());
    QVERIFY(asked);
    QCOMPARE(asked->upgradeVersion, kTo);
    QCOMPARE(outcome.kind, Kind::Started);
    QCOMPARE(sim.emulator().server().performRequests(), 1);
    QCOMPARE(sim.emulator().server().uploadedBytes(), QFileInfo(file).size()); // not sent a second time
}

// A v24-era node (pexip-v24) has the single-shot upload only: the upload
// is the start, so the admin is asked before a byte is sent.
void TestUpgradeJob::singleShot_confirmationPrecedesTheUpload_declineSendsNothing()
{
    ClientFixture sim;
    ClientFixture::Options options;
    options.api = iuc::sim::ApiProfile::PexipV24;
    QVERIFY2(sim.start(options), qPrintable(sim.startError()));
    ManagementClient client(sim.settings(As::Admin));
    const QString file = sim.writePackage(u"to11.tar"_s, kTo, 256 * 1024);

    UpgradeJob job(client, file);
    QList<Stage> stages;
    connect(&job, &UpgradeJob::stageChanged, &job, [&](Stage s) { stages.append(s); });
    std::optional<ConfirmFacts> asked;
    connect(&job, &UpgradeJob::confirmationNeeded, &job, [&](const ConfirmFacts &facts) {
        asked = facts;
        QCOMPARE(sim.emulator().server().uploadedBytes(), 0); // asked before a byte is sent
        job.answerConfirmation(false);
    });
    const UpgradeJob::Outcome outcome = await(job.startAndWait());

    QCOMPARE(job.uploadProtocol(), UploadProtocol::SingleShot); // read from the node's schema/
    QVERIFY(asked);
    QVERIFY(asked->uploadStartsUpgrade);
    QCOMPARE(asked->upgradeVersion, Version::fromString(kTo).toString());
    QCOMPARE(asked->systemsToUpgrade, 4);
    QVERIFY(!asked->sha256.isEmpty());
    QCOMPARE(stages, (QList<Stage>{Stage::Inspecting, Stage::Judging, Stage::AwaitingConfirmation, Stage::Done}));
    QCOMPARE(outcome.kind, Kind::Declined);
    QCOMPARE(sim.emulator().server().uploadedBytes(), 0);
    QCOMPARE(sim.emulator().server().performRequests(), 0);
    QVERIFY(runInProcess(sim.emulator()).isEmpty());
}

void TestUpgradeJob::singleShot_acceptedUploadsOnceAndTheRunStarts()
{
    ClientFixture sim;
    ClientFixture::Options options;
    options.api = iuc::sim::ApiProfile::PexipV24;
    QVERIFY2(sim.start(options), qPrintable(sim.startError()));
    ManagementClient client(sim.settings(As::Admin));
    const QString file = sim.writePackage(u"to11.tar"_s, kTo, 2 * 1024 * 1024);

    UpgradeJob job(client, file);
    job.setTuning(UpgradeJob::Tuning{0, -1, kQuickLooks});
    QList<Stage> stages;
    connect(&job, &UpgradeJob::stageChanged, &job, [&](Stage s) { stages.append(s); });
    qint64 lastSent = 0;
    connect(&job, &UpgradeJob::uploadProgress, &job, [&lastSent](qint64 sent) { lastSent = sent; });
    connect(&job, &UpgradeJob::confirmationNeeded, &job, [&job] { job.answerConfirmation(true); });
    const UpgradeJob::Outcome outcome = await(job.startAndWait());

    QVERIFY2(outcome.kind == Kind::Started, qPrintable(outcome.error ? outcome.error->message : QString()));
    QCOMPARE(stages, (QList<Stage>{Stage::Inspecting, Stage::Judging, Stage::AwaitingConfirmation, Stage::Uploading,
                                   Stage::Done}));
    QCOMPARE(lastSent, QFileInfo(file).size()); // the progress reached the whole file
    QVERIFY(outcome.run);
    QCOMPARE(sim.emulator().server().performRequests(), 1);
    QCOMPARE(runInProcess(sim.emulator()).value(u"state"_s).toString(), u"running"_s);
}

void TestUpgradeJob::singleShot_answerLostAfterTheNodeTookIt_isStartedAndNotSentAgain()
{
    ClientFixture sim;
    ClientFixture::Options options;
    options.api = iuc::sim::ApiProfile::PexipV24;
    QVERIFY2(sim.start(options), qPrintable(sim.startError()));
    ManagementClient client(sim.settings(As::Admin));
    const QString file = sim.writePackage(u"to11.tar"_s, kTo, 256 * 1024);
    QCOMPARE(sim.patch(u"/sim/v1/deployment/"_s, QJsonObject{{u"drop_perform"_s, u"after"_s}}).status, 200);

    UpgradeJob job(client, file);
    job.setTuning(UpgradeJob::Tuning{0, -1, kQuickLooks});
    connect(&job, &UpgradeJob::confirmationNeeded, &job, [&job] { job.answerConfirmation(true); });
    const UpgradeJob::Outcome outcome = await(job.startAndWait());

    QCOMPARE(outcome.kind, Kind::Started);
    QVERIFY(outcome.start.observed);
    QVERIFY2(outcome.start.summary().contains(u"not sent again"_s), qPrintable(outcome.start.summary()));
    QCOMPARE(sim.emulator().server().performRequests(), 1);
}

void TestUpgradeJob::singleShot_cancelledAsTheUploadBegins_notStartedOnceTheNodeWasSeenIdle()
{
    ClientFixture sim;
    ClientFixture::Options options;
    options.api = iuc::sim::ApiProfile::PexipV24;
    QVERIFY2(sim.start(options), qPrintable(sim.startError()));
    ManagementClient client(sim.settings(As::Admin));
    const QString file = sim.writePackage(u"to11.tar"_s, kTo, 1024 * 1024);

    UpgradeJob job(client, file);
    job.setTuning(UpgradeJob::Tuning{0, -1, kQuickLooks});
    connect(&job, &UpgradeJob::confirmationNeeded, &job, [&job] { job.answerConfirmation(true); });
    connect(&job, &UpgradeJob::stageChanged, &job, [&job](Stage stage) {
        if (stage == Stage::Uploading)
            job.cancel(); // allowed: the node starts only once it has the whole file
    });
    const UpgradeJob::Outcome outcome = await(job.startAndWait());

    QCOMPARE(outcome.kind, Kind::Cancelled);
    QVERIFY(outcome.start.observed); // said only after looking at the node
    QCOMPARE(outcome.start.verdict, UpgradeStart::Verdict::NotStarted);
    QVERIFY2(outcome.start.summary().contains(u"not started"_s), qPrintable(outcome.start.summary()));
    QCOMPARE(sim.emulator().server().performRequests(), 0);
    QVERIFY(runInProcess(sim.emulator()).isEmpty());
}

// The whole file reached the node, which dropped the connection before
// acting on it: "not started", after looking, and nothing sent again.
void TestUpgradeJob::singleShot_cutBeforeTheNodeTookIt_notStartedOnceTheNodeWasSeenIdle()
{
    ClientFixture sim;
    ClientFixture::Options options;
    options.api = iuc::sim::ApiProfile::PexipV24;
    QVERIFY2(sim.start(options), qPrintable(sim.startError()));
    ManagementClient client(sim.settings(As::Admin));
    const QString file = sim.writePackage(u"to11.tar"_s, kTo, 256 * 1024);
    QCOMPARE(sim.patch(u"/sim/v1/deployment/"_s, QJsonObject{{u"drop_perform"_s, u"before"_s}}).status, 200);

    UpgradeJob job(client, file);
    job.setTuning(UpgradeJob::Tuning{0, -1, kQuickLooks});
    connect(&job, &UpgradeJob::confirmationNeeded, &job, [&job] { job.answerConfirmation(true); });
    const UpgradeJob::Outcome outcome = await(job.startAndWait());

    QCOMPARE(outcome.kind, Kind::NotStarted);
    QVERIFY(outcome.start.observed);
    QCOMPARE(outcome.start.verdict, UpgradeStart::Verdict::NotStarted);
    QVERIFY2(outcome.error && outcome.error->message.contains(u"Upload the package again"_s),
             qPrintable(outcome.error ? outcome.error->message : QString()));
    QCOMPARE(sim.emulator().server().performRequests(), 0);
    QVERIFY(runInProcess(sim.emulator()).isEmpty());
}

QTEST_GUILESS_MAIN(TestUpgradeJob)
#include "tst_upgradejob.moc"
