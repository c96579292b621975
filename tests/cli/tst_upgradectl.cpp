// upgradectl as an admin runs it: a real process, against infinity-sim over
// verified loopback HTTPS. Exit codes are what scripts branch on.

#include "cli/exitcodes.h"
#include "emulator/sim/deployment.h"
#include "emulator/support/packagewriter.h"
#include "tests/cli/upgradectlprocess.h"
#include "tests/common/hostileserver.h"
#include "tests/common/simfixture.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace iuc::cli;



class TestUpgradectl final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void upgrade_yesRunsTheWholeUpgradeToCompletion();
    void watch_R1_managementRebootShownAsExpectedAndWatchCarriesOn();
    void upgrade_R7_lockedRunExitsFourWithTheWayOut();
    void upgrade_R10_wrongFileRefusedBeforeAnyUpload();
    void upgrade_declinedAtTheConfirmationStartsNothing_data();
    void upgrade_declinedAtTheConfirmationStartsNothing();
    void upgrade_interruptedDuringTheUploadOrAtTheQuestionStartsNothing();
    void upgrade_vendorPackageReadByItsNameAndValidatedByTheNode();
    void upgrade_killedMidUpload_continuesWithTheRemainderOnly();
    void connect_wrongPasswordExitsNineUnreachableExitsTwo();
    void connect_changedCertificateRefusedWithBothFingerprints();
    void connect_untrustedCertificateTellsHowToPin();
    void status_jsonListsEveryNode();
    void report_csvHasEveryNodeOfTheRun();
    void profile_passwordGoesToTheKeychainNotTheSettings();
    void R9_rebootNodeRepeatedlyExitsNormallyEveryTime();
    void R4_R9_stuckNodesCallsDisconnectedAndItUpgradesWithoutAReboot();
    void profile_noKeychainSaidOnceInUpgradectlsWords();
    void json_refusalsAndErrorsAreJsonWithTheSameExitCodes();
    void R13_pipedWatchReportsUnexpectedLogErrorsAndTheVerdict();
    void status_listsNodesInNaturalOrder();
    void watch_R1_startedWhileTheManagementNodeRebootsWaitsForIt();
    void status_readsRealNodesOfBothFieldSets_data();
    void status_readsRealNodesOfBothFieldSets();
    void probe_realNodeReportedAndSavedWithoutCredentials();
    void upgrade_realNodeRunIsRecordedWatchedAndReported();
    void R7_R9_realNodeRebootSaysHowAndWatchesForIt();
    void alerts_profileWebhookFromTheKeychainGetsTheRunsAlertsAndHealthChecks();
    void backup_createdByTheNodeWithThePassphraseGiven();
};

void TestUpgradectl::upgrade_yesRunsTheWholeUpgradeToCompletion()
{
    SimFixture sim;
    SimFixture::Options options;
    options.deployment = SimFixture::config(6);
    options.timeScale = 20'000;
    // At this speed a whole run falls between two refreshes: only a node that
    // reports its runs (an extension) shows it. On a real node's profile, at
    // a speed a refresh can follow: upgrade_realNodeRunIsRecordedWatchedAndReported.
    options.api = iuc::sim::ApiProfile::Extended;
    QVERIFY2(sim.start(options), qPrintable(sim.startError()));
    const QString package = sim.writePackage(u"p11.tar"_s, kTo, 2 << 20);
    Ctl ctl(sim);
    const Run r = ctl.run(ctl.connection() + QStringList{u"upgrade"_s, package, u"--yes"_s, u"--interval"_s, u"1"_s});
    QVERIFY2(r.exitCode == Ok, qPrintable(r.out + r.err));
    QVERIFY2(r.out.contains(u"Installed version: "_s + kFrom), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"Upgrade version:   "_s + kTo), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"Systems to upgrade: 7"_s), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"7 of 7 systems upgraded"_s), qPrintable(r.out));
    QCOMPARE(sim.runState(), u"completed"_s);
    for (const QJsonValue &n : sim.all(kStatus + u"worker_vm/"_s)) {
        QCOMPARE(n.toObject().value(u"version"_s).toString(), kTo);
        QCOMPARE(n.toObject().value(u"upgrade_status"_s).toString(), u"IDLE"_s);
    }
}

void TestUpgradectl::watch_R1_managementRebootShownAsExpectedAndWatchCarriesOn()
{
    SimFixture sim;
    QVERIFY2(sim.start(SimFixture::config(3, kFrom, R"({"call_load": 0})"), 0), qPrintable(sim.startError()));
    QVERIFY(!sim.uploadAndStart().isEmpty());
    Ctl ctl(sim);
    ctl.start(ctl.connection() + QStringList{u"watch"_s, u"--interval"_s, u"1"_s});
    QVERIFY2(SimFixture::pollUntil([&] { ctl.process().waitForReadyRead(200); return ctl.output().contains(u"Upgrading the Management Node"_s); }),
             qPrintable(ctl.output()));
    // The Management Node installs, then reboots: its port refuses connections.
    QVERIFY(sim.advance(4 * 60 + 5).status == 200);
    QVERIFY2(SimFixture::pollUntil([&] { ctl.process().waitForReadyRead(200); return ctl.output().contains(u"rebooting (expected"_s); }),
             qPrintable(ctl.output()));
    QCOMPARE(ctl.process().state(), QProcess::Running); // no error, no exit: it waits
    QVERIFY(sim.setTimeScale(20'000).status == 200);
    const Run r = ctl.finish();
    QVERIFY2(r.exitCode == Ok, qPrintable(r.out + r.err));
    QVERIFY2(r.out.contains(u"Completed"_s), qPrintable(r.out));
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
}

void TestUpgradectl::upgrade_R7_lockedRunExitsFourWithTheWayOut()
{
    SimFixture sim;
    QVERIFY2(sim.start(SimFixture::config(3), 0), qPrintable(sim.startError()));
    QVERIFY(!sim.uploadAndStart().isEmpty());
    const QString package = sim.writePackage(u"p11-1.tar"_s, u"11.1 (72000.0.0)"_s);
    // The Management Node is still on 10.2 mid-run: 11.1 is an upgrade, refused only by the lock.
    Ctl ctl(sim);
    const Run r = ctl.run(ctl.connection() + QStringList{u"upgrade"_s, package, u"--yes"_s});
    QVERIFY2(r.exitCode == Locked, qPrintable(r.out + r.err));
    QVERIFY2(r.err.contains(u"reboot the Management Node"_s, Qt::CaseInsensitive), qPrintable(r.err));
}

// The answer no, typed in a terminal (a pseudo-terminal through script(1)),
// and a script without --yes: no performing request reaches the Management
// Node. On a recent node the package is uploaded and validated first; on a
// v24-era node (single shot: the upload is the start) nothing is sent.
void TestUpgradectl::upgrade_declinedAtTheConfirmationStartsNothing_data()
{
    QTest::addColumn<iuc::sim::ApiProfile>("profile");
    QTest::newRow("pexip") << iuc::sim::ApiProfile::Pexip;
    QTest::newRow("pexip-v24") << iuc::sim::ApiProfile::PexipV24;
}

void TestUpgradectl::upgrade_declinedAtTheConfirmationStartsNothing()
{
    QFETCH(iuc::sim::ApiProfile, profile);
    const bool singleShot = profile == iuc::sim::ApiProfile::PexipV24;
    SimFixture sim;
    QVERIFY2(sim.start(SimFixture::config(3), profile), qPrintable(sim.startError()));
    const QString package = sim.writePackage(u"p11.tar"_s, kTo);

    Ctl piped(sim);
    const Run unattended = piped.run(piped.connection() + QStringList{u"upgrade"_s, package});
    QVERIFY2(unattended.exitCode == Declined, qPrintable(unattended.out + unattended.err));
    QVERIFY2(unattended.err.contains(u"--yes"_s), qPrintable(unattended.err));
    QCOMPARE(sim.performRequests(), 0);

    Ctl typed(sim);
    if (!typed.startInTerminal(typed.connection() + QStringList{u"upgrade"_s, package}))
        QSKIP("script(1) is not installed: no terminal to type the answer in");
    QVERIFY2(typed.waitForOutput(u"Start the upgrade?"_s), qPrintable(typed.output()));
    QVERIFY2(typed.output().contains(u"Upgrade version:   "_s + kTo), qPrintable(typed.output()));
    QCOMPARE(sim.performRequests(), 0); // the question comes before anything is performed
    if (singleShot) {
        QCOMPARE(sim.emulator().server().uploadedBytes(), 0); // …and before the upload that would start it
        QVERIFY2(typed.output().contains(u"in one step"_s), qPrintable(typed.output()));
    }
    typed.process().write("n\n");
    const Run answered = typed.finish();
    QVERIFY2(answered.exitCode == Declined, qPrintable(answered.out + answered.err));
    QCOMPARE(sim.performRequests(), 0);
    QCOMPARE(sim.runState(), QString());
    QCOMPARE(sim.management().value(u"version"_s).toString(), kFrom);
    for (const QJsonValue &n : sim.all(kStatus + u"worker_vm/"_s))
        QCOMPARE(n.toObject().value(u"version"_s).toString(), kFrom);
}

// Ctrl-C (SIGINT) mid-upload stops the upload at once and starts nothing;
// at the question, it ends the wait for the answer: nothing is started.
void TestUpgradectl::upgrade_interruptedDuringTheUploadOrAtTheQuestionStartsNothing()
{
    SimFixture sim;
    QVERIFY2(sim.start(SimFixture::config(3), 0), qPrintable(sim.startError()));
    const QString package = sim.writePackage(u"p11.tar"_s, kTo, 160 << 20);
    const qint64 size = QFileInfo(package).size();

    Ctl ctl(sim);
    ctl.start(ctl.connection() + QStringList{u"upgrade"_s, package, u"--yes"_s});
    qint64 offset = 0;
    QVERIFY2(SimFixture::pollUntil([&] {
                 const QJsonArray uploads = sim.all(kConfig + u"upgrade_request/"_s);
                 offset = uploads.isEmpty() ? 0 : uploads.first().toObject().value(u"offset"_s).toInteger();
                 return offset > 0;
             }),
             "the upload never started");
    QVERIFY2(offset < size, "the upload ended before the test could interrupt it");
    ::kill(static_cast<pid_t>(ctl.process().processId()), SIGINT);
    const Run r = ctl.finish(30'000);
    QVERIFY2(r.exitCode == Interrupted, qPrintable(r.out + r.err));
    QVERIFY2(r.err.contains(u"nothing was started"_s), qPrintable(r.err));
    QCOMPARE(sim.performRequests(), 0);
    QCOMPARE(sim.runState(), QString());
    // The node was told to drop the part it had.
    const QJsonArray left = sim.all(kConfig + u"upgrade_request/"_s);
    for (const QJsonValue &u : left)
        QCOMPARE(u.toObject().value(u"state"_s).toString(), u"cancelled"_s);

    // At the question (a terminal, no --yes): Ctrl-C ends the wait at once.
    const QString small = sim.writePackage(u"p11-small.tar"_s, kTo);
    Ctl typed(sim);
    if (!typed.startInTerminal(typed.connection() + QStringList{u"upgrade"_s, small}))
        QSKIP("script(1) is not installed: no terminal to ask in");
    QVERIFY2(typed.waitForOutput(u"Start the upgrade?"_s), qPrintable(typed.output()));
    typed.process().write("\x03"); // Ctrl-C, as the terminal sends it
    const Run answered = typed.finish(30'000);
    QVERIFY2(answered.exitCode == Interrupted, qPrintable(answered.out + answered.err));
    QCOMPARE(sim.performRequests(), 0);
    QCOMPARE(sim.runState(), QString());
}

// A real package (the vendor's name, no manifest of this project): read
// locally by its name, sent whole, and judged by the Management Node. The
// emulator cannot install what it does not know, and says so; nothing starts.
void TestUpgradectl::upgrade_vendorPackageReadByItsNameAndValidatedByTheNode()
{
    SimFixture sim;
    QVERIFY2(sim.start(SimFixture::config(3), 0), qPrintable(sim.startError()));
    const QString inside = sim.scratchPath(u"inside"_s);
    QVERIFY(QDir().mkpath(inside));
    QFile image(inside + u"/upgrade.img"_s);
    QVERIFY(image.open(QIODevice::WriteOnly));
    image.write(QByteArray(300'000, 'i'));
    image.close();
    const QString package = sim.scratchPath(u"Pexip_Infinity_v11_UPGRADE_71234.tar"_s);
    QProcess tar;
    tar.start(u"tar"_s, {u"-C"_s, inside, u"-cf"_s, package, u"upgrade.img"_s});
    QVERIFY(tar.waitForFinished() && tar.exitCode() == 0);

    Ctl look(sim);
    const Run inspected = look.run(look.connection() + QStringList{u"inspect"_s, package});
    QVERIFY2(inspected.exitCode == Ok, qPrintable(inspected.out + inspected.err));
    QVERIFY2(inspected.out.contains(u"11 (71234.0.0) (from the file's name"_s), qPrintable(inspected.out));

    Ctl ctl(sim);
    const Run r = ctl.run(ctl.connection() + QStringList{u"upgrade"_s, package, u"--yes"_s});
    QVERIFY2(r.exitCode == Refused, qPrintable(r.out + r.err));
    QVERIFY2(r.out.contains(u"validates the inside"_s), qPrintable(r.out));
    QVERIFY2(r.err.contains(u"make-package"_s), qPrintable(r.err)); // the emulator's own limit, said
    QCOMPARE(sim.performRequests(), 0);
    QCOMPARE(sim.runState(), QString());

    // A tar of another name, without a manifest, never leaves this computer.
    const QString other = sim.scratchPath(u"upgrade-11.tar"_s);
    QVERIFY(QFile::copy(package, other));
    const int before = static_cast<int>(sim.all(kConfig + u"upgrade_request/"_s).size());
    Ctl again(sim);
    const Run refused = again.run(again.connection() + QStringList{u"upgrade"_s, other, u"--yes"_s});
    QVERIFY2(refused.exitCode == Refused, qPrintable(refused.out + refused.err));
    QVERIFY2(refused.err.contains(u"Pexip_Infinity_v"_s), qPrintable(refused.err)); // the name it expects
    QCOMPARE(static_cast<int>(sim.all(kConfig + u"upgrade_request/"_s).size()), before);
}

// upgradectl killed (-9) at part of a large upload, then started again:
// the node's partial upload goes on from its offset — only the remainder
// crosses the network — and no partial is left behind. A changed file is
// never continued: its old partial is cancelled on the node.
void TestUpgradectl::upgrade_killedMidUpload_continuesWithTheRemainderOnly()
{
    SimFixture sim;
    QVERIFY2(sim.start(SimFixture::config(3), 0), qPrintable(sim.startError()));
    QTemporaryDir data;
    const QString package = sim.writePackage(u"p11.tar"_s, kTo, 160 << 20);
    const qint64 size = QFileInfo(package).size();
    const auto stored = [&] { return sim.emulator().server().uploadedBytes(); };

    Ctl first(sim);
    first.setDataHome(data.path());
    first.start(first.connection() + QStringList{u"upgrade"_s, package});
    QVERIFY2(SimFixture::pollUntil([&] { return stored() > 0; }), "the upload never started");
    first.process().kill(); // SIGKILL: no chance to tidy up
    first.finish(10'000);
    // The server reads what reached it before the cut, then lets go.
    QVERIFY(SimFixture::pollUntil([&] { return sim.emulator().server().uploadsBeingWritten() == 0; }));
    const QJsonArray partial = sim.all(kConfig + u"upgrade_request/"_s);
    QCOMPARE(partial.size(), 1);
    const qint64 held = partial.first().toObject().value(u"offset"_s).toInteger();
    QVERIFY2(held > 0 && held < size, qPrintable(QString::number(held)));
    const qint64 before = stored();

    Ctl second(sim);
    second.setDataHome(data.path());
    const Run r = second.run(second.connection() + QStringList{u"upgrade"_s, package}); // no --yes: stops at the question
    QVERIFY2(r.exitCode == Declined, qPrintable(r.out + r.err));
    QVERIFY2(r.out.contains(u"Continuing the earlier upload of this file from byte %1"_s.arg(held)), qPrintable(r.out));
    QCOMPARE(stored() - before, size - held); // the remainder, and nothing more
    const QJsonArray after = sim.all(kConfig + u"upgrade_request/"_s);
    QCOMPARE(after.size(), 1); // the same upload, finished: no partial left
    QCOMPARE(after.first().toObject().value(u"uuid"_s), partial.first().toObject().value(u"uuid"_s));
    QCOMPARE(after.first().toObject().value(u"state"_s).toString(), u"validated"_s);
    QCOMPARE(sim.performRequests(), 0);

    // Declined, then asked again: the node holds the file whole, so it is
    // validated again, not sent again.
    const qint64 wholeStored = stored();
    Ctl again(sim);
    again.setDataHome(data.path());
    const Run asked = again.run(again.connection() + QStringList{u"upgrade"_s, package});
    QVERIFY2(asked.exitCode == Declined, qPrintable(asked.out + asked.err));
    QVERIFY2(asked.out.contains(u"validated again, not sent again"_s), qPrintable(asked.out));
    QCOMPARE(stored(), wholeStored);
    QCOMPARE(sim.all(kConfig + u"upgrade_request/"_s).size(), 1);

    // Killed again mid-upload, then the file changes: the old partial is
    // cancelled on the node and the new file goes up whole.
    const QString other = sim.writePackage(u"p11-b.tar"_s, kTo, 160 << 20);
    Ctl third(sim);
    third.setDataHome(data.path());
    third.start(third.connection() + QStringList{u"upgrade"_s, other});
    QVERIFY2(SimFixture::pollUntil([&] { return sim.all(kConfig + u"upgrade_request/"_s).size() == 2 && stored() > wholeStored; }),
             "the second upload never started");
    third.process().kill();
    third.finish(10'000);
    QFile changed(other);
    QVERIFY(changed.open(QIODevice::ReadWrite));
    QVERIFY(changed.setFileTime(QDateTime::currentDateTimeUtc().addSecs(3600), QFileDevice::FileModificationTime));
    changed.close();
    Ctl fourth(sim);
    fourth.setDataHome(data.path());
    const Run whole = fourth.run(fourth.connection() + QStringList{u"upgrade"_s, other});
    QVERIFY2(whole.exitCode == Declined, qPrintable(whole.out + whole.err));
    QVERIFY2(!whole.out.contains(u"Continuing"_s), qPrintable(whole.out));
    int cancelled = 0;
    int unfinished = 0;
    for (const QJsonValue &u : sim.all(kConfig + u"upgrade_request/"_s)) {
        const QString state = u.toObject().value(u"state"_s).toString();
        cancelled += state == u"cancelled"_s;
        unfinished += state == u"uploading"_s;
    }
    QCOMPARE(cancelled, 1);
    QCOMPARE(unfinished, 0);
}

void TestUpgradectl::upgrade_R10_wrongFileRefusedBeforeAnyUpload()
{
    SimFixture sim;
    QVERIFY2(sim.start(SimFixture::config(3), 0), qPrintable(sim.startError()));
    const QString wrong = sim.scratchPath(u"notes.pdf"_s);
    QVERIFY(iuc::sim::writeNotAPackage(wrong, 100'000));
    const QString v3 = sim.writePackage(u"p9.tar"_s, u"9 (30000.0.0)"_s);
    Ctl ctl(sim);
    const Run notAPackage = ctl.run(ctl.connection() + QStringList{u"upgrade"_s, wrong, u"--yes"_s});
    QVERIFY2(notAPackage.exitCode == Refused, qPrintable(notAPackage.out + notAPackage.err));
    Ctl again(sim);
    const Run downgrade = again.run(again.connection() + QStringList{u"upgrade"_s, v3, u"--yes"_s});
    QVERIFY2(downgrade.exitCode == Refused, qPrintable(downgrade.out + downgrade.err));
    QVERIFY2(downgrade.err.contains(u"snapshot"_s), qPrintable(downgrade.err));
    QCOMPARE(sim.all(kConfig + u"upgrade_request/"_s).size(), 0); // nothing was sent
    QCOMPARE(sim.runState(), QString());
}

// A script tells "the password is wrong" (9) from "the Management Node is
// not there" (2): before, both exited 2.
void TestUpgradectl::connect_wrongPasswordExitsNineUnreachableExitsTwo()
{
    SimFixture sim;
    QVERIFY2(sim.start(SimFixture::config(3), 0), qPrintable(sim.startError()));
    Ctl ctl(sim);
    QProcessEnvironment env = ctl.process().processEnvironment();
    env.insert(u"IUC_TEST_PASSWORD"_s, u"not-the-password"_s);
    ctl.process().setProcessEnvironment(env);
    const Run r = ctl.run(ctl.connection() + QStringList{u"status"_s});
    QCOMPARE(r.exitCode, int(SignInRefused));
    QVERIFY2(r.err.contains(u"password"_s, Qt::CaseInsensitive), qPrintable(r.err));
    QVERIFY(!r.err.contains(u"not-the-password"_s)); // never echoed

    // The same command line against a port nobody listens on.
    QStringList args = ctl.connection();
    const qsizetype at = args.indexOf(u"--url"_s);
    QVERIFY(at >= 0);
    args[at + 1] = u"https://127.0.0.1:1"_s;
    const Run unreachable = ctl.run(args + QStringList{u"status"_s});
    QCOMPARE(unreachable.exitCode, int(Connection));
}

void TestUpgradectl::connect_changedCertificateRefusedWithBothFingerprints()
{
    SimFixture sim;
    QVERIFY2(sim.start(SimFixture::config(3), 0), qPrintable(sim.startError()));
    const QString old = u"AA:BB:CC:DD:EE:FF:00:11:22:33:44:55:66:77:88:99:AA:BB:CC:DD:EE:FF:00:11:22:33:44:55:66:77:88:99"_s;
    Ctl ctl(sim);
    const Run r = ctl.run(ctl.connection(old) + QStringList{u"status"_s});
    QCOMPARE(r.exitCode, int(Connection));
    QVERIFY2(r.err.contains(old), qPrintable(r.err));
    QVERIFY2(r.err.contains(QString::fromLatin1(sim.emulator().fingerprint())), qPrintable(r.err));
    QVERIFY(r.out.isEmpty()); // nothing was shown from an untrusted server
}

void TestUpgradectl::connect_untrustedCertificateTellsHowToPin()
{
    SimFixture sim;
    QVERIFY2(sim.start(SimFixture::config(3), 0), qPrintable(sim.startError()));
    Ctl ctl(sim);
    QStringList args = ctl.connection();
    args.removeLast(); // no --pin: first contact
    args.removeLast();
    const Run r = ctl.run(args + QStringList{u"status"_s});
    QCOMPARE(r.exitCode, int(Connection));
    QVERIFY2(r.err.contains(u"--pin "_s + QString::fromLatin1(sim.emulator().fingerprint())), qPrintable(r.err));
}

void TestUpgradectl::status_jsonListsEveryNode()
{
    SimFixture sim;
    QVERIFY2(sim.start(SimFixture::config(30), 0), qPrintable(sim.startError()));
    Ctl ctl(sim);
    const Run r = ctl.run(ctl.connection() + QStringList{u"status"_s, u"--json"_s});
    QCOMPARE(r.exitCode, int(Ok));
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value(u"nodes"_s).toArray().size(), 30);
    QCOMPARE(o.value(u"management"_s).toObject().value(u"version"_s).toString(), kFrom);
    QCOMPARE(o.value(u"server_time"_s).toString().left(4), u"2030"_s); // the server's clock
}

void TestUpgradectl::report_csvHasEveryNodeOfTheRun()
{
    SimFixture sim;
    // The runs as the node reports them (an extension): nobody watched this
    // one. A real node's run as upgradectl saw it:
    // upgrade_realNodeRunIsRecordedWatchedAndReported.
    QVERIFY2(sim.start(SimFixture::config(4, kFrom, R"({"call_load": 0})"), iuc::sim::ApiProfile::Extended),
             qPrintable(sim.startError()));
    QVERIFY(!sim.uploadAndStart().isEmpty());
    QVERIFY(sim.advanceUntil([&] { return sim.runState() == u"completed"_s; }, 300, 6 * 3600));
    Ctl ctl(sim);
    const QString file = sim.scratchPath(u"report.csv"_s);
    const Run r = ctl.run(ctl.connection() + QStringList{u"report"_s, u"--output"_s, file});
    QCOMPARE(r.exitCode, int(Ok));
    QFile csv(file);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(csv.readAll()).split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1 + 4);
    for (int i = 1; i < lines.size(); ++i) {
        QVERIFY2(lines[i].contains(u"upgraded"_s), qPrintable(lines[i]));
        QVERIFY2(lines[i].contains(kTo), qPrintable(lines[i]));
    }
}

void TestUpgradectl::profile_passwordGoesToTheKeychainNotTheSettings()
{
    // Needs the Secret Service that scripts/test starts (dbus-run-session +
    // gnome-keyring); without it the keychain cannot hold the password.
    if (qEnvironmentVariableIsSet("IUC_NO_KEYCHAIN_TESTS"))
        QSKIP("IUC_NO_KEYCHAIN_TESTS is set: no Secret Service in this session");
    QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
             "this test needs the real Secret Service: run it through scripts/test");
    SimFixture sim;
    QVERIFY2(sim.start(SimFixture::config(3), 0), qPrintable(sim.startError()));
    QTemporaryDir home;
    Ctl save(sim);
    QProcessEnvironment env = save.process().processEnvironment();
    env.insert(u"XDG_CONFIG_HOME"_s, home.path()); // the profile file goes here, not into the user's settings
    save.process().setProcessEnvironment(env);
    const Run saved = save.run(save.connection() + QStringList{u"profile"_s, u"save"_s, u"lab"_s});
    QVERIFY2(saved.exitCode == Ok, qPrintable(saved.out + saved.err));
    QVERIFY2(saved.out.contains(u"keychain"_s), qPrintable(saved.out + saved.err));

    // The profile alone, no password variable: the keychain provides it.
    Ctl use(sim);
    env.remove(u"IUC_TEST_PASSWORD"_s);
    use.process().setProcessEnvironment(env);
    const Run status = use.run({u"--profile"_s, u"lab"_s, u"status"_s, u"--json"_s});
    QVERIFY2(status.exitCode == Ok, qPrintable(status.out + status.err));
    QCOMPARE(QJsonDocument::fromJson(status.out.toUtf8()).object().value(u"nodes"_s).toArray().size(), 3);

    // Nothing under the configuration directory holds the password.
    QDirIterator files(home.path(), QDir::Files, QDirIterator::Subdirectories);
    int seen = 0;
    while (files.hasNext()) {
        QFile f(files.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY2(!f.readAll().contains("secret"), qPrintable(f.fileName()));
        ++seen;
    }
    QVERIFY(seen > 0); // the profile was written there

    Ctl remove(sim);
    remove.process().setProcessEnvironment(env);
    QCOMPARE(remove.run({u"profile"_s, u"remove"_s, u"lab"_s}).exitCode, int(Ok));
}

// `reboot NODE --yes` once aborted in most runs (a heap corruption after
// the reboot was sent): a script saw a failure, retried, and got "already
// rebooting". Twenty in a row, each node back before the next.
void TestUpgradectl::R9_rebootNodeRepeatedlyExitsNormallyEveryTime()
{
    SimFixture sim;
    QVERIFY2(sim.start(SimFixture::config(3), iuc::sim::ApiProfile::Extended), // the reboot command
             qPrintable(sim.startError()));
    for (int i = 0; i < 20; ++i) {
        Ctl ctl(sim);
        const QString node = QString::number(i % 3 + 1); // by id
        const Run r = ctl.run(ctl.connection() + QStringList{u"reboot"_s, node, u"--yes"_s}, 60'000);
        QVERIFY2(r.exitCode == Ok, qPrintable(u"run %1 (node %2): exit %3\n%4%5"_s.arg(i).arg(node).arg(r.exitCode).arg(r.out, r.err)));
        QVERIFY2(r.out.contains(u" is rebooting."_s), qPrintable(r.out));
        QVERIFY(sim.advance(600).status == 200); // the node is back
    }
}

// A node whose calls do not clear holds its turn (R4). On a real node's
// profile, `disconnect-calls` lists them, asks, and ends them with the
// documented participant disconnect command: the node upgrades without the
// reboot R9 needed, and the emulator's score counts the calls as the
// admin's, none as a reboot's or the upgrade's.
void TestUpgradectl::R4_R9_stuckNodesCallsDisconnectedAndItUpgradesWithoutAReboot()
{
    SimFixture sim;
    QVERIFY2(sim.start(SimFixture::config(3, kFrom, R"({"call_load": 0})"), iuc::sim::ApiProfile::Pexip),
             qPrintable(sim.startError()));
    QVERIFY(sim.patch(u"/sim/v1/node/1/"_s, QJsonObject{{u"stuck_calls"_s, true}}).status == 200);
    QVERIFY(sim.patch(u"/sim/v1/node/1/"_s, QJsonObject{{u"add_calls"_s, 2}}).status == 200);
    const QJsonObject configuration = sim.get(kConfig + u"worker_vm/1/"_s).object();
    const QString name = configuration.value(u"name"_s).toString();
    const QString address = configuration.value(u"address"_s).toString();
    QCOMPARE(sim.calls(address), 3); // the stuck one and the two added
    QVERIFY(!sim.uploadAndStart().isEmpty());
    const auto truth = [&](const QString &field) {
        for (const QJsonValue &n : sim.get(u"/sim/v1/state/"_s).object().value(u"nodes"_s).toArray()) {
            if (n.toObject().value(u"id"_s).toInt() == 1)
                return n.toObject().value(field).toVariant();
        }
        return QVariant();
    };
    QVERIFY(sim.advanceUntil([&] { return truth(u"upgrade_status"_s).toString() == u"WAITING_FOR_CALLS"_s; }, 30, 3600));
    QVERIFY(sim.advance(20 * 60).status == 200); // well stuck
    QCOMPARE(truth(u"upgrade_status"_s).toString(), u"WAITING_FOR_CALLS"_s);

    // Piped, without --yes: listed, then nothing is done.
    Ctl asked(sim);
    const Run declined = asked.run(asked.connection() + QStringList{u"disconnect-calls"_s, name});
    QVERIFY2(declined.exitCode == Declined, qPrintable(declined.out + declined.err));
    QVERIFY2(declined.out.contains(u"Calls on %1: 3"_s.arg(name)), qPrintable(declined.out));
    QVERIFY2(declined.out.contains(u"connected since"_s), qPrintable(declined.out));
    QVERIFY2(declined.err.contains(u"--yes"_s), qPrintable(declined.err));
    QCOMPARE(sim.calls(address), 3);

    QTemporaryDir dataHome;
    Ctl ctl(sim);
    ctl.setDataHome(dataHome.path());
    const Run r = ctl.run(ctl.connection() + QStringList{u"disconnect-calls"_s, name, u"--yes"_s});
    QVERIFY2(r.exitCode == Ok, qPrintable(r.out + r.err));
    QVERIFY2(r.out.contains(u"Calls disconnected from %1: 3."_s.arg(name)), qPrintable(r.out));
    QCOMPARE(sim.calls(address), 0);
    // Kept for the run report (shared with the console): who, which node, how many.
    QDirIterator records(dataHome.path(), {u"*.json"_s}, QDir::Files, QDirIterator::Subdirectories);
    QVERIFY(records.hasNext());
    QFile record(records.next());
    QVERIFY2(record.fileName().contains(u"admin-actions"_s), qPrintable(record.fileName()));
    QVERIFY(record.open(QIODevice::ReadOnly));
    const QJsonArray actions = QJsonDocument::fromJson(record.readAll()).object().value(u"actions"_s).toArray();
    QCOMPARE(actions.size(), 1);
    QCOMPARE(actions.first().toObject().value(u"kind"_s).toString(), u"calls_disconnected"_s);
    QCOMPARE(actions.first().toObject().value(u"node"_s).toString(), name);
    QCOMPARE(actions.first().toObject().value(u"calls"_s).toInt(), 3);
    QCOMPARE(actions.first().toObject().value(u"by"_s).toString(), u"admin"_s);

    QVERIFY(sim.advanceUntil([&] { return sim.node(1).value(u"version"_s).toString() == kTo; }, 30, 30 * 60));
    const QJsonObject ended =
        sim.get(u"/sim/v1/state/"_s).object().value(u"score"_s).toObject().value(u"calls_ended"_s).toObject();
    QCOMPARE(ended.value(u"admin_disconnect"_s).toInt(), 3);
    QCOMPARE(ended.value(u"node_reboot"_s).toInt(), 0);
    QCOMPARE(ended.value(u"upgrade"_s).toInt(), 0);

    // Nothing left to end, and a name that is no node.
    Ctl again(sim);
    again.setDataHome(dataHome.path());
    const Run none = again.run(ctl.connection() + QStringList{u"disconnect-calls"_s, name});
    QVERIFY2(none.exitCode == Ok && none.out.contains(u"%1 has no calls."_s.arg(name)), qPrintable(none.out + none.err));
    const Run unknown = Ctl(sim).run(ctl.connection() + QStringList{u"disconnect-calls"_s, u"no-such-node"_s});
    QCOMPARE(unknown.exitCode, Usage);
}

// Without any keychain (no D-Bus session at all): the problem is said once,
// in upgradectl's words (not the console's, not a library's log line), and
// what to do instead.
void TestUpgradectl::profile_noKeychainSaidOnceInUpgradectlsWords()
{
    SimFixture sim;
    QVERIFY2(sim.start(SimFixture::config(2), 0), qPrintable(sim.startError()));
    QTemporaryDir home;
    Ctl ctl(sim);
    QProcessEnvironment env = ctl.process().processEnvironment();
    for (const char *name : {"DBUS_SESSION_BUS_ADDRESS", "GNOME_KEYRING_CONTROL", "SSH_AUTH_SOCK", "QT_LOGGING_RULES"})
        env.remove(QString::fromLatin1(name));
    env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path="_s + home.filePath(u"no-such-bus"_s));
    env.insert(u"HOME"_s, home.path());
    env.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
    env.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
    ctl.process().setProcessEnvironment(env);
    const QString fingerprint = QString::fromLatin1(sim.emulator().fingerprint());
    const auto quiet = [](const Run &r) {
        return !r.err.contains(u"iuc."_s) && !r.err.contains(u"QKeychain"_s) && !r.err.contains(u"console"_s);
    };

    const Run saved = ctl.run({u"--url"_s, u"https://localhost:%1"_s.arg(sim.port()), u"--user"_s, u"admin"_s,
                               u"--pin"_s, fingerprint, u"--password-env"_s, u"IUC_TEST_PASSWORD"_s,
                               u"profile"_s, u"save"_s, u"lab"_s});
    QVERIFY2(saved.exitCode == Ok, qPrintable(saved.out + saved.err));
    QCOMPARE(saved.err.count(u"No system keychain is available here"_s), 1);
    QVERIFY2(saved.err.contains(u"--password-env"_s), qPrintable(saved.err)); // what to do instead
    QVERIFY2(quiet(saved), qPrintable(saved.err));
    QVERIFY2(saved.out.contains(u"Saved profile lab; the password was not saved."_s), qPrintable(saved.out));

    Ctl again(sim);
    again.process().setProcessEnvironment(env);
    const Run status = again.run({u"--profile"_s, u"lab"_s, u"status"_s});
    QCOMPARE(status.exitCode, int(Connection)); // no password, and nobody to ask
    QCOMPARE(status.err.count(u"No system keychain is available here"_s), 1);
    QVERIFY2(status.err.contains(u"No password"_s), qPrintable(status.err));
    QVERIFY2(quiet(status), qPrintable(status.err));
}

// With --json a script reads every answer from stdout as JSON, refusals and
// errors included ({"error": {"code", "message"}}), and the exit code is the
// same as without.
void TestUpgradectl::json_refusalsAndErrorsAreJsonWithTheSameExitCodes()
{
    SimFixture sim;
    QVERIFY2(sim.start(SimFixture::config(2), 0), qPrintable(sim.startError()));
    const QString notAPackage = sim.scratchPath(u"release-notes.pdf"_s);
    {
        QFile f(notAPackage);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("%PDF-1.7 not a package");
    }
    const auto errorOf = [](const Run &r) {
        QJsonParseError parse{};
        const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &parse);
        return parse.error == QJsonParseError::NoError ? doc.object().value(u"error"_s).toObject() : QJsonObject();
    };

    Ctl plain(sim);
    const Run text = plain.run({u"inspect"_s, notAPackage});
    Ctl ctl(sim);
    const Run json = ctl.run({u"inspect"_s, notAPackage, u"--json"_s});
    QCOMPARE(json.exitCode, text.exitCode);
    QCOMPARE(json.exitCode, int(Refused));
    QCOMPARE(errorOf(json).value(u"code"_s).toString(), u"package.not-a-package"_s);
    QVERIFY(!errorOf(json).value(u"message"_s).toString().isEmpty());

    // A refused sign-in, and a Management Node that is not there.
    Ctl wrong(sim);
    QProcessEnvironment env = wrong.process().processEnvironment();
    env.insert(u"IUC_TEST_PASSWORD"_s, u"not-the-password"_s);
    wrong.process().setProcessEnvironment(env);
    const Run refused = wrong.run(wrong.connection() + QStringList{u"status"_s, u"--json"_s});
    QCOMPARE(refused.exitCode, int(SignInRefused));
    QCOMPARE(errorOf(refused).value(u"code"_s).toString(), u"api.unauthorized"_s);

    Ctl gone(sim);
    QStringList args = gone.connection();
    args[args.indexOf(u"--url"_s) + 1] = u"https://127.0.0.1:1"_s;
    const Run unreachable = gone.run(args + QStringList{u"status"_s, u"--json"_s});
    QCOMPARE(unreachable.exitCode, int(Connection));
    QCOMPARE(errorOf(unreachable).value(u"code"_s).toString(), u"api.unreachable"_s);
}

// Piped into a file (no terminal), watch writes a line per unexpected
// error of the administrator log as it arrives, and the log's verdict at
// the end: what a terminal shows on its screen.
void TestUpgradectl::R13_pipedWatchReportsUnexpectedLogErrorsAndTheVerdict()
{
    SimFixture sim;
    // The log as an API resource is an extension; a real node sends it by
    // syslog, which upgradectl does not receive (the console does: tst_syslog).
    QVERIFY2(sim.start(SimFixture::config(2, kFrom, R"({"call_load": 0})"), iuc::sim::ApiProfile::Extended),
             qPrintable(sim.startError()));
    QVERIFY(sim.patch(u"/sim/v1/node/1/"_s, QJsonObject{{u"fail_install"_s, true}}).status == 200);
    QVERIFY(!sim.uploadAndStart().isEmpty());
    Ctl ctl(sim);
    ctl.start(ctl.connection() + QStringList{u"watch"_s, u"--interval"_s, u"1"_s});
    QVERIFY(sim.setTimeScale(2'000).status == 200);
    QVERIFY2(SimFixture::pollUntil([&] {
                 ctl.process().waitForReadyRead(200);
                 return ctl.output().contains(u"unexpected error in the administrator log"_s);
             }),
             qPrintable(ctl.output()));
    QVERIFY2(ctl.output().contains(u"Software installation failed."_s), qPrintable(ctl.output()));
    QVERIFY(sim.patch(u"/sim/v1/node/1/"_s, QJsonObject{{u"fail_install"_s, false}}).status == 200);
    QVERIFY(sim.setTimeScale(20'000).status == 200);
    const Run r = ctl.finish();
    QVERIFY2(r.exitCode == Ok, qPrintable(r.out + r.err));
    QVERIFY2(r.out.contains(u"Administrator log: unexpected errors: "_s), qPrintable(r.out));
}

// Nodes added over the years are named lon-conf1 … lon-conf100, and their
// ids follow the order they were added in, not their names: the table lists
// them in the order people count, lon-conf2 before lon-conf10.
void TestUpgradectl::status_listsNodesInNaturalOrder()
{
    SimFixture sim;
    const QByteArray scenario = R"({"nodes": [
        {"name": "lon-conf10", "location": "London"}, {"name": "lon-conf2", "location": "London"},
        {"name": "lon-conf100", "location": "London"}, {"name": "lon-conf9", "location": "London"},
        {"name": "lon-conf11", "location": "London"}, {"name": "lon-conf1", "location": "London"}]})";
    QVERIFY2(sim.start(SimFixture::config(1, kFrom, scenario), 0), qPrintable(sim.startError()));
    Ctl ctl(sim);
    const Run r = ctl.run(ctl.connection() + QStringList{u"status"_s});
    QVERIFY2(r.exitCode == Ok, qPrintable(r.err));
    qsizetype previous = -1;
    for (const char *name : {"lon-conf1 ", "lon-conf2 ", "lon-conf9 ", "lon-conf10 ", "lon-conf11 ", "lon-conf100 "}) {
        const qsizetype at = r.out.indexOf(QString::fromLatin1(name));
        QVERIFY2(at > previous, qPrintable(QString::fromLatin1(name) + u"is not where natural order puts it:\n"_s + r.out));
        previous = at;
    }
}

// Started while the Management Node reboots (R1), watch waits for it and
// then follows the run; it once exited 2 at once (found by the smoke run).
void TestUpgradectl::watch_R1_startedWhileTheManagementNodeRebootsWaitsForIt()
{
    SimFixture sim;
    QVERIFY2(sim.start(SimFixture::config(3, kFrom, R"({"call_load": 0})"), 0), qPrintable(sim.startError()));
    QVERIFY(!sim.uploadAndStart().isEmpty());
    // A real node refuses connections while it reboots, as it does when the
    // address is wrong: upgradectl waits only where this workstation saw
    // the Management Node in its upgrade. Here `status` saw it.
    QTemporaryDir data; // this test's run record only
    Ctl seen(sim);
    seen.setDataHome(data.path());
    const Run status = seen.run(seen.connection() + QStringList{u"status"_s});
    QVERIFY2(status.exitCode == Ok, qPrintable(status.out + status.err));
    QVERIFY(sim.advance(4 * 60 + 5).status == 200); // installed; now rebooting
    QCOMPARE(sim.get(kStatus + u"management_vm/"_s).status, 0); // refused, as a real node's reboot

    Ctl elsewhere(sim); // another workstation: no record, so an unreachable node
    const Run unreachable = elsewhere.run(elsewhere.connection() + QStringList{u"watch"_s});
    QCOMPARE(unreachable.exitCode, int(Connection));

    Ctl ctl(sim);
    ctl.setDataHome(data.path());
    ctl.start(ctl.connection() + QStringList{u"watch"_s, u"--interval"_s, u"1"_s});
    QVERIFY2(SimFixture::pollUntil([&] {
                 ctl.process().waitForReadyRead(200);
                 return ctl.process().state() != QProcess::Running
                        || ctl.process().readAllStandardError().contains("waiting for it");
             }),
             "watch neither waited nor ended");
    QCOMPARE(ctl.process().state(), QProcess::Running); // waiting, not failed
    QVERIFY(sim.setTimeScale(20'000).status == 200);
    const Run r = ctl.finish();
    QVERIFY2(r.exitCode == Ok, qPrintable(r.out + r.err));
    QVERIFY2(r.out.contains(u"Completed"_s), qPrintable(r.out));
}

void TestUpgradectl::status_readsRealNodesOfBothFieldSets_data()
{
    QTest::addColumn<iuc::sim::ApiProfile>("api");
    QTest::newRow("pexip") << iuc::sim::ApiProfile::Pexip;
    QTest::newRow("pexip-v24") << iuc::sim::ApiProfile::PexipV24;
}

void TestUpgradectl::status_readsRealNodesOfBothFieldSets()
{
    QFETCH(iuc::sim::ApiProfile, api);
    SimFixture sim;
    QVERIFY2(sim.start(SimFixture::config(4), api), qPrintable(sim.startError()));
    Ctl ctl(sim);
    const Run table = ctl.run(ctl.connection() + QStringList{u"status"_s});
    QVERIFY2(table.exitCode == Ok, qPrintable(table.out + table.err));
    QVERIFY2(table.err.isEmpty(), qPrintable(table.err));
    Ctl jsonCtl(sim); // a Ctl keeps what its processes printed
    const Run json = jsonCtl.run(jsonCtl.connection() + QStringList{u"status"_s, u"--json"_s});
    QVERIFY2(json.exitCode == Ok, qPrintable(json.out + json.err));
    const QJsonArray nodes = QJsonDocument::fromJson(json.out.toUtf8()).object().value(u"nodes"_s).toArray();
    QCOMPARE(nodes.size(), 4);
    for (const QJsonValue &n : nodes) {
        QVERIFY2(table.out.contains(n.toObject().value(u"name"_s).toString()), qPrintable(table.out));
        QVERIFY(!n.toObject().value(u"location"_s).toString().isEmpty());
    }
}

// A real Management Node has no upgrade_run and no log: upgradectl records
// the run itself (shared with the console, in the user's data), watches it to
// its end, says the log must be read elsewhere, and reports from its record.
void TestUpgradectl::upgrade_realNodeRunIsRecordedWatchedAndReported()
{
    SimFixture sim;
    SimFixture::Options options;
    options.deployment = SimFixture::config(3);
    // Slow enough for a refresh a second to see each step (the console
    // records only what it sees), fast enough for a six-hour run to take
    // under a minute.
    options.timeScale = 500;
    options.api = iuc::sim::ApiProfile::Pexip;
    QVERIFY2(sim.start(options), qPrintable(sim.startError()));
    const QString package = sim.writePackage(u"p11.tar"_s, kTo, 1 << 20);
    QTemporaryDir data; // this test's record only
    Ctl ctl(sim);
    ctl.setDataHome(data.path());
    const Run r = ctl.run(ctl.connection() + QStringList{u"upgrade"_s, package, u"--yes"_s, u"--interval"_s, u"1"_s},
                          300'000);
    QVERIFY2(r.exitCode == Ok, qPrintable(r.out + r.err));
    QVERIFY2(r.out.contains(u"Completed: upgrade to "_s + kTo), qPrintable(r.out));
    // Every system it saw included, upgraded (the Management Node's own
    // upgrade may fall between two refreshes on a loaded machine).
    static const QRegularExpression allUpgraded(uR"(([34]) of \1 systems upgraded)"_s);
    QVERIFY2(allUpgraded.match(r.out).hasMatch(), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"Administrator log: not available"_s), qPrintable(r.out)); // not "no unexpected errors"
    for (const QJsonValue &n : sim.all(kStatus + u"worker_vm/"_s))
        QCOMPARE(n.toObject().value(u"version"_s).toString(), kTo);

    Ctl report(sim);
    report.setDataHome(data.path());
    const Run csv = report.run(report.connection() + QStringList{u"report"_s});
    QVERIFY2(csv.exitCode == Ok, qPrintable(csv.out + csv.err));
    const QStringList lines = csv.out.trimmed().split(u'\n');
    QCOMPARE(lines.size(), 1 + 3); // the header, one line per Conferencing Node
    for (const QString &line : lines.mid(1))
        QVERIFY2(line.contains(u",completed,"_s) && line.contains(u",upgraded,"_s), qPrintable(line));

    // Another workstation (no record) has nothing to report, and says why.
    Ctl elsewhere(sim);
    const Run none = elsewhere.run(elsewhere.connection() + QStringList{u"report"_s});
    QCOMPARE(none.exitCode, int(Refused));
    QVERIFY2(none.err.contains(u"keep upgradectl watch or the console open"_s), qPrintable(none.err));
}

void TestUpgradectl::probe_realNodeReportedAndSavedWithoutCredentials()
{
    SimFixture sim;
    QVERIFY2(sim.start(SimFixture::config(3), iuc::sim::ApiProfile::Pexip), qPrintable(sim.startError()));
    QTemporaryDir dir;
    Ctl ctl(sim);
    const Run r = ctl.run(ctl.connection() + QStringList{u"probe"_s, u"--save"_s, dir.filePath(u"bundle"_s)});
    QVERIFY2(r.exitCode == Ok, qPrintable(r.out + r.err));
    QVERIFY2(r.out.contains(u"Extensions of infinity-sim: none"_s), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"Node status fields: recent versions"_s), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"no   Reboot a node or the Management Node from the console"_s), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"sudo reboot"_s), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"upgrade_status values seen (every system):\n  IDLE (4): read as \"No upgrade in progress\""_s), qPrintable(r.out));
    QVERIFY2(r.err.contains(u"credentials removed"_s), qPrintable(r.err));
    for (const QString &file : {u"probe.json"_s, u"schemas/status_v1_worker_vm.json"_s,
                                u"schemas/configuration_v1_system_location.json"_s, u"pages/status_v1_management_vm.json"_s,
                                u"pages/configuration_v1_worker_vm.json"_s}) {
        QVERIFY2(QFile::exists(dir.filePath(u"bundle/"_s + file)), qPrintable(file));
    }
    QVERIFY(!QFile::exists(dir.filePath(u"bundle/schemas/status_v1_upgrade_run.json"_s))); // not served
    QDirIterator files(dir.filePath(u"bundle"_s), QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile f(files.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY2(!f.readAll().contains("secret"), qPrintable(f.fileName())); // the account's password
    }
    Ctl jsonCtl(sim); // a Ctl keeps what its processes printed
    const Run json = jsonCtl.run(jsonCtl.connection() + QStringList{u"probe"_s, u"--json"_s});
    QVERIFY2(json.exitCode == Ok, qPrintable(json.out + json.err));
    const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(o.value(u"extensions"_s).toArray().size(), 0);
    QVERIFY(o.value(u"resources_served"_s).toArray().contains(u"status/v1/worker_vm/"_s));
    QVERIFY(o.value(u"resources_not_served"_s).toArray().contains(u"status/v1/upgrade_run/"_s));
    QCOMPARE(o.value(u"upgrade_status_spellings"_s).toObject().value(u"IDLE"_s).toInt(), 4);
    QCOMPARE(o.value(u"upgrade_status_read_as"_s).toObject().value(u"IDLE"_s).toString(), u"IDLE"_s);
}

// The profile's alert webhook lives in the keychain, never in the settings;
// upgradectl watching a run on a real node's profile sends its alerts there
// (an HTTP receiver on this machine), prints them and the health check of
// each node, which the report carries.
void TestUpgradectl::alerts_profileWebhookFromTheKeychainGetsTheRunsAlertsAndHealthChecks()
{
    if (qEnvironmentVariableIsSet("IUC_NO_KEYCHAIN_TESTS"))
        QSKIP("IUC_NO_KEYCHAIN_TESTS is set: no Secret Service in this session");
    QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
             "this test needs the real Secret Service: run it through scripts/test");
    SimFixture sim;
    SimFixture::Options options;
    options.deployment = SimFixture::config(3);
    options.timeScale = 500;
    options.api = iuc::sim::ApiProfile::Pexip;
    QVERIFY2(sim.start(options), qPrintable(sim.startError()));
    HostileServer receiver;
    QVERIFY(receiver.start());
    receiver.answer(u"/hook/s3cr3t"_s, {200, "ok", "text/plain", {}});
    const QString hook = receiver.url().toString() + u"/hook/s3cr3t"_s;
    QTemporaryDir home;
    QTemporaryDir data;
    Ctl save(sim);
    QProcessEnvironment env = save.process().processEnvironment();
    env.insert(u"XDG_CONFIG_HOME"_s, home.path());
    env.insert(u"XDG_DATA_HOME"_s, data.path());
    save.process().setProcessEnvironment(env);
    const Run saved =
        save.run(save.connection() + QStringList{u"profile"_s, u"save"_s, u"hooked"_s, u"--webhook"_s, hook});
    QVERIFY2(saved.exitCode == Ok, qPrintable(saved.out + saved.err));
    QVERIFY2(saved.out.contains(u"webhook %1/…"_s.arg(receiver.url().toString())), qPrintable(saved.out));
    Ctl list(sim);
    list.process().setProcessEnvironment(env);
    const Run listed = list.run({u"profile"_s, u"list"_s});
    QVERIFY2(listed.out.contains(receiver.url().toString() + u"/…"_s) && !listed.out.contains(u"s3cr3t"_s),
             qPrintable(listed.out));
    QDirIterator files(home.path(), QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile f(files.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY2(!f.readAll().contains("s3cr3t"), qPrintable(f.fileName()));
    }

    const QString package = sim.writePackage(u"p11.tar"_s, kTo, 1 << 20);
    Ctl ctl(sim);
    env.remove(u"IUC_TEST_PASSWORD"_s); // the keychain has it
    ctl.process().setProcessEnvironment(env);
    const Run r = ctl.run({u"--profile"_s, u"hooked"_s, u"upgrade"_s, package, u"--yes"_s, u"--interval"_s, u"1"_s},
                          300'000);
    QVERIFY2(r.exitCode == Ok, qPrintable(r.out + r.err));
    QVERIFY2(r.out.contains(u"ALERT  The upgrade finished"_s), qPrintable(r.out));
    QVERIFY2(r.out.count(u": passed"_s) >= 2, qPrintable(r.out)); // the nodes seen arriving on the new version
    QVERIFY(receiver.requests() >= 1);
    const QJsonObject last = QJsonDocument::fromJson(receiver.lastRequest().body).object();
    QCOMPARE(last.value(u"kind"_s).toString(), u"run_finished"_s);
    QVERIFY2(last.value(u"text"_s).toString().contains(u"The upgrade finished"_s), receiver.lastRequest().body.constData());

    Ctl report(sim);
    report.process().setProcessEnvironment(env);
    const Run csv = report.run({u"--profile"_s, u"hooked"_s, u"report"_s});
    QVERIFY2(csv.exitCode == Ok, qPrintable(csv.out + csv.err));
    QVERIFY2(csv.out.contains(u" passed"_s), qPrintable(csv.out));

    Ctl remove(sim);
    remove.process().setProcessEnvironment(env);
    QCOMPARE(remove.run({u"profile"_s, u"remove"_s, u"hooked"_s}).exitCode, int(Ok));
}

// backup (issue 15, item 7) on a real node's profile: the passphrase from an
// environment variable, the node's answer said; a refused one in its words.
void TestUpgradectl::backup_createdByTheNodeWithThePassphraseGiven()
{
    SimFixture sim;
    QVERIFY2(sim.start(SimFixture::config(3), iuc::sim::ApiProfile::Pexip), qPrintable(sim.startError()));
    const auto backups = [&] {
        return sim.emulator().server().withDeployment([](iuc::sim::Deployment &d) { return int(d.backups().size()); });
    };
    Ctl ctl(sim);
    QProcessEnvironment env = ctl.process().processEnvironment();
    env.insert(u"IUC_BACKUP_PASSPHRASE"_s, u"correct horse battery"_s);
    ctl.process().setProcessEnvironment(env);
    const Run made = ctl.run(ctl.connection() + QStringList{u"backup"_s, u"--passphrase-env"_s, u"IUC_BACKUP_PASSPHRASE"_s});
    QVERIFY2(made.exitCode == Ok, qPrintable(made.out + made.err));
    QVERIFY2(made.out.contains(u"The Management Node created the backup"_s), qPrintable(made.out));
    QVERIFY(!QString(made.out + made.err).contains(u"correct horse"_s)); // never echoed
    QCOMPARE(backups(), 1);

    Ctl refused(sim);
    env.insert(u"IUC_BACKUP_PASSPHRASE"_s, u"short"_s);
    refused.process().setProcessEnvironment(env);
    const Run no = refused.run(refused.connection() + QStringList{u"backup"_s, u"--passphrase-env"_s, u"IUC_BACKUP_PASSPHRASE"_s});
    QVERIFY(no.exitCode != Ok);
    QVERIFY2(no.err.contains(u"at least 8 characters"_s), qPrintable(no.err));
    QCOMPARE(backups(), 1);

    Ctl wrongPlace(sim);
    QCOMPARE(wrongPlace.run(wrongPlace.connection() + QStringList{u"status"_s, u"--passphrase-env"_s, u"X"_s}).exitCode,
             int(Usage));
}

QTEST_GUILESS_MAIN(TestUpgradectl)
// A real Management Node has no reboot command: `reboot` says how (with the
// address to sign in to), waits, and ends when the reboot is seen: a node's
// newer boot time; the Management Node's silence and return.
void TestUpgradectl::R7_R9_realNodeRebootSaysHowAndWatchesForIt()
{
    SimFixture sim;
    QVERIFY2(sim.start(SimFixture::config(3), iuc::sim::ApiProfile::Pexip), qPrintable(sim.startError()));
    const QString address = sim.get(kConfig + u"worker_vm/2/"_s).object().value(u"address"_s).toString();
    const QString name = sim.node(2).value(u"name"_s).toString();
    const int writesBefore = sim.emulator().server().writeRequests();
    {
        Ctl ctl(sim);
        ctl.start(ctl.connection() + QStringList{u"reboot"_s, name});
        QVERIFY2(SimFixture::pollUntil([&] {
                     ctl.process().waitForReadyRead(200);
                     return ctl.output().contains(u"Ctrl-C stops watching"_s) || ctl.process().state() != QProcess::Running;
                 }),
                 qPrintable(ctl.output()));
        QVERIFY2(ctl.output().contains(u"sudo reboot"_s) && ctl.output().contains(address), qPrintable(ctl.output()));
        QCOMPARE(ctl.process().state(), QProcess::Running); // watching
        QCOMPARE(sim.emulator().server().writeRequests(), writesBefore); // nothing asked of the node
        QCOMPARE(sim.patch(u"/sim/v1/node/2/"_s, QJsonObject{{u"reboot"_s, true}}).status, 200); // the admin, in the hypervisor
        QCOMPARE(sim.advance(300).status, 200);
        const Run r = ctl.finish();
        QVERIFY2(r.exitCode == Ok, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(name + u" restarted at"_s), qPrintable(r.out));
    }
    {
        Ctl ctl(sim);
        ctl.start(ctl.connection() + QStringList{u"reboot"_s, u"management"_s});
        QVERIFY2(SimFixture::pollUntil([&] {
                     ctl.process().waitForReadyRead(200);
                     return ctl.output().contains(u"Ctrl-C stops watching"_s) || ctl.process().state() != QProcess::Running;
                 }),
                 qPrintable(ctl.output()));
        QVERIFY2(ctl.output().contains(u"sudo reboot"_s) && ctl.output().contains(u"localhost"_s), qPrintable(ctl.output()));
        // Over SSH (here in-process): its port refuses connections while it is away.
        QVERIFY(sim.emulator().server().withDeployment([](iuc::sim::Deployment &d) { return d.rebootManagement().hasValue(); }));
        sim.emulator().server().followTheReboot();
        QVERIFY2(SimFixture::pollUntil([&] {
                     ctl.process().waitForReadyRead(200);
                     return ctl.output().contains(u"stopped answering"_s) || ctl.process().state() != QProcess::Running;
                 }),
                 qPrintable(ctl.output()));
        QCOMPARE(ctl.process().state(), QProcess::Running); // no error: the reboot it was told of
        QCOMPARE(sim.advance(900).status, 200); // back
        const Run r = ctl.finish();
        QVERIFY2(r.exitCode == Ok, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(u" restarted at"_s), qPrintable(r.out));
    }
}

#include "tst_upgradectl.moc"
