// The console's upload (REAL-API.md §4, docs/api.md) against infinity-sim:
// chunked, resumable by itself after a broken connection, cancellable,
// validated only (never performed) at the end, with the confirmation's data
// or the server's refusal, and progress a person can follow.

#include "tests/common/clientfixture.h"

#include "core/api/managementclient.h"
#include "core/api/uploader.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace iuc;
using namespace iuc::api;

namespace {

QString sha256Of(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&f);
    return QString::fromLatin1(hash.result().toHex());
}

constexpr qint64 kChunk = 1024 * 1024;

} // namespace

class TestClientUpload final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void uploadValidatesOnlyAndPerformingStartsOnce_data();
    void uploadValidatesOnlyAndPerformingStartsOnce();
    void brokenConnectionMidChunkResumesByItself();
    void cancelLeavesTheUploadCancelledOnTheServer();
    void R10_downgradeRefusedWithTheServersMessage();
    void progressIsMonotonicAndEndsAtTotal();
    void unreadableFileRefusedBeforeAnyRequest();
};

void TestClientUpload::uploadValidatesOnlyAndPerformingStartsOnce_data()
{
    QTest::addColumn<iuc::sim::ApiProfile>("api");
    QTest::newRow("pexip") << iuc::sim::ApiProfile::Pexip;
    QTest::newRow("extended") << iuc::sim::ApiProfile::Extended; // the SHA-256 and the verdict are extensions
}

void TestClientUpload::uploadValidatesOnlyAndPerformingStartsOnce()
{
    QFETCH(iuc::sim::ApiProfile, api);
    const bool extended = api == iuc::sim::ApiProfile::Extended;
    ClientFixture sim;
    ClientFixture::Options options;
    options.api = api;
    QVERIFY2(sim.start(options), qPrintable(sim.startError()));
    const QString file = sim.writePackage(u"to11.tar"_s, kTo, 3 * kChunk + 12'345);
    QVERIFY(!file.isEmpty());

    ManagementClient client(sim.settings(As::Admin));
    Uploader uploader(client, file);
    uploader.setChunkSize(kChunk);
    QSignalSpy states(&uploader, &Uploader::stateChanged);
    const Result<ConfirmData> confirmed = await(uploader.run());
    QVERIFY2(confirmed, qPrintable(confirmed ? QString() : confirmed.error().message));
    QCOMPARE(confirmed->uploadId, uploader.uploadId());
    QCOMPARE(confirmed->current.version, kFrom);
    QCOMPARE(confirmed->upgrade.version, kTo);
    QCOMPARE(confirmed->sha256, extended ? sha256Of(file) : QString());
    QCOMPARE(confirmed->size, extended ? QFileInfo(file).size() : 0);
    QCOMPARE(confirmed->verdict, extended ? u"upgrade"_s : QString());
    QCOMPARE(uploader.state(), Uploader::State::Finished);
    QCOMPARE(states.constLast().at(0).value<Uploader::State>(), Uploader::State::Finished);
    // Validating started nothing.
    QCOMPARE(sim.emulator().server().performRequests(), 0);
    QVERIFY(runInProcess(sim.emulator()).isEmpty());

    // The one performing request installs what the server kept.
    const Result<PerformedUpgrade> performed = await(client.performUpgrade(confirmed->uploadId));
    QVERIFY2(performed, qPrintable(performed ? QString() : performed.error().message));
    QCOMPARE(sim.emulator().server().performRequests(), 1);
    QCOMPARE(performed->run.has_value(), extended);
    const QJsonObject run = runInProcess(sim.emulator());
    QCOMPARE(run.value(u"state"_s).toString(), u"running"_s);
    QCOMPARE(run.value(u"target_version"_s).toString(), kTo);
    QCOMPARE(run.value(u"package_sha256"_s).toString(), sha256Of(file));
}

void TestClientUpload::brokenConnectionMidChunkResumesByItself()
{
    ClientFixture sim;
    QVERIFY2(sim.start(), qPrintable(sim.startError()));
    const QString file = sim.writePackage(u"resume.tar"_s, kTo, 3 * kChunk + 777);
    QVERIFY(!file.isEmpty());

    ManagementClient client(sim.settings(As::Admin));
    Uploader uploader(client, file);
    uploader.setChunkSize(kChunk);
    constexpr qint64 kCutAfter = 300'000;
    uploader.setFaultInjection(kCutAfter); // the first chunk breaks after 300,000 bytes
    QSignalSpy resumed(&uploader, &Uploader::resumed);
    QSignalSpy states(&uploader, &Uploader::stateChanged);
    const Result<ConfirmData> confirmed = await(uploader.run());
    QVERIFY2(confirmed, qPrintable(confirmed ? QString() : confirmed.error().message));
    QVERIFY(resumed.count() >= 1);
    // It went on from what the server held, not from the start of the file.
    const qint64 from = resumed.constFirst().at(0).toLongLong();
    QVERIFY2(from > 0 && from <= kCutAfter, qPrintable(QString::number(from)));
    QCOMPARE(resumed.constFirst().at(1).toInt(), 1);
    bool sawResuming = false;
    for (const auto &s : states)
        sawResuming = sawResuming || s.at(0).value<Uploader::State>() == Uploader::State::Resuming;
    QVERIFY(sawResuming);
    // The node holds the file whole (a real node reports no SHA-256: the
    // emulator's staged copy is looked at in-process).
    const QString held = sim.emulator().server().withDeployment([&](iuc::sim::Deployment &d) {
        const iuc::sim::StagedPackage *p = d.stagedPackage(confirmed->uploadId);
        return p ? QString::fromLatin1(p->sha256Hex) : QString();
    });
    QCOMPARE(held, sha256Of(file));
}

void TestClientUpload::cancelLeavesTheUploadCancelledOnTheServer()
{
    ClientFixture sim;
    QVERIFY2(sim.start(), qPrintable(sim.startError()));
    const QString file = sim.writePackage(u"cancel.tar"_s, kTo, 8 * kChunk);
    QVERIFY(!file.isEmpty());

    ManagementClient client(sim.settings(As::Admin));
    Uploader uploader(client, file);
    uploader.setChunkSize(kChunk);
    // Holds the first chunk half way, so that the cancel lands in the middle
    // of a chunk however fast this machine is.
    uploader.setFaultInjection(kChunk / 2);
    // The admin presses Cancel as soon as the bar moves.
    connect(&uploader, &Uploader::progress, &uploader, [&uploader](qint64 sent) {
        if (sent > 0)
            uploader.cancel();
    });
    const Result<ConfirmData> result = await(uploader.run());
    QVERIFY(!result);
    QCOMPARE(result.error().code, u"upload.cancelled"_s);
    QCOMPARE(uploader.state(), Uploader::State::Cancelled);
    QVERIFY(!uploader.uploadId().isEmpty());

    const Reply status = sim.get(kConfig + u"upgrade_request/%1/"_s.arg(uploader.uploadId()));
    QVERIFY2(status.status == 200, status.describe());
    QCOMPARE(status.object().value(u"state"_s).toString(), u"cancelled"_s);
    QVERIFY(status.object().value(u"offset"_s).toInteger() < QFileInfo(file).size());
}

void TestClientUpload::R10_downgradeRefusedWithTheServersMessage()
{
    ClientFixture sim;
    QVERIFY2(sim.start(), qPrintable(sim.startError()));
    const QString file = sim.writePackage(u"older.tar"_s, u"9 (30000.0.0)"_s, 64 * 1024);
    QVERIFY(!file.isEmpty());

    ManagementClient client(sim.settings(As::Admin));
    Uploader uploader(client, file);
    const Result<ConfirmData> result = await(uploader.run());
    QVERIFY(!result);
    // On a real node's profile the 400 carries no code of this project's
    // (that extension: tst_sim_upload): the node refused the package, and the
    // admin reads the server's words.
    QVERIFY2(result.error().code == u"upload.refused-by-node"_s, qPrintable(everythingSaid(result.error())));
    QCOMPARE(uploader.state(), Uploader::State::Failed);
    // Asking again gets the same answer (docs/api.md §14.2): the server's words, unchanged.
    const Reply again = sim.post(kConfig + u"upgrade_request/%1/finish/"_s.arg(uploader.uploadId()), {});
    QCOMPARE(again.status, 400);
    QCOMPARE(result.error().message, again.error());
    QVERIFY(result.error().message.contains(u"snapshot"_s)); // the way back from a downgrade
}

void TestClientUpload::progressIsMonotonicAndEndsAtTotal()
{
    ClientFixture sim;
    QVERIFY2(sim.start(), qPrintable(sim.startError()));
    const QString file = sim.writePackage(u"progress.tar"_s, kTo, 5 * kChunk + 3);
    QVERIFY(!file.isEmpty());
    const qint64 size = QFileInfo(file).size();

    ManagementClient client(sim.settings(As::Admin));
    Uploader uploader(client, file);
    uploader.setChunkSize(kChunk);
    uploader.setFaultInjection(kChunk / 2); // a resume must not make the bar jump back
    QSignalSpy progress(&uploader, &Uploader::progress);
    const Result<ConfirmData> confirmed = await(uploader.run());
    QVERIFY2(confirmed, qPrintable(confirmed ? QString() : confirmed.error().message));
    QVERIFY(progress.count() >= 2);
    qint64 last = -1;
    for (const auto &p : progress) {
        const qint64 sent = p.at(0).toLongLong();
        QVERIFY2(sent >= last, qPrintable(u"%1 after %2"_s.arg(sent).arg(last)));
        QCOMPARE(p.at(1).toLongLong(), size);
        QVERIFY(p.at(2).toDouble() >= 0.0);
        last = sent;
    }
    QCOMPARE(last, size);
    QCOMPARE(progress.constLast().at(3).toLongLong(), 0); // nothing left
    QCOMPARE(uploader.sentBytes(), size);
}

void TestClientUpload::unreadableFileRefusedBeforeAnyRequest()
{
    ClientFixture sim;
    QVERIFY2(sim.start(), qPrintable(sim.startError()));
    ManagementClient client(sim.settings(As::Admin));
    Uploader uploader(client, sim.scratchPath(u"missing.tar"_s));
    const Result<ConfirmData> result = await(uploader.run());
    QVERIFY(!result);
    QCOMPARE(result.error().code, u"upload.file"_s);
    QVERIFY(uploader.uploadId().isEmpty());
    QCOMPARE(sim.get(kConfig + u"upgrade_request/"_s).object().value(u"meta"_s).toObject().value(u"total_count"_s).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestClientUpload)
#include "tst_client_upload.moc"
