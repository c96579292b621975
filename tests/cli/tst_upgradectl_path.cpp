// `upgradectl upgrade-path` as an admin runs it: the real process against
// infinity-sim over verified loopback HTTPS, on a v3 deployment that must go
// v3 → v6 → v11 (R10). The clock runs fast (time scale in the thousands), so
// a whole guided upgrade takes seconds; the progress file is what a resumed
// run reads, so the tests look at it too.

#include "cli/exitcodes.h"
#include "core/guided/guidedstate.h"
#include "core/guided/guidedstore.h"
#include "emulator/server/apiresources.h"
#include "tests/common/simfixture.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace iuc::cli;

namespace {

const QString kV3 = u"3 (21000.0.0)"_s;
const QString kV6 = u"6 (24180.0.0)"_s;
const QString kV11 = kTo;

// The organization upgradectl runs under (ProfileStore::defaultOrganization()):
// its data folder holds the guided upgrades.
const QString kOrganization = u"InfinityUpgradeConsole"_s;

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
    [[nodiscard]] QByteArray describe() const
    {
        return "exit " + QByteArray::number(exitCode) + "\n--- stdout\n" + out.toUtf8() + "--- stderr\n" + err.toUtf8();
    }
};

// upgradectl with a private HOME and data folder, so the saved progress is
// at a known place and never the user's own.
class Ctl final
{
public:
    Ctl(SimFixture &sim, const QTemporaryDir &home) : m_sim(sim)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HOME"_s, home.path());
        env.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
        env.insert(u"XDG_CACHE_HOME"_s, home.filePath(u"cache"_s));
        env.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
        env.insert(u"IUC_TEST_PASSWORD"_s, u"secret"_s);
        env.insert(u"NO_COLOR"_s, u"1"_s);
        m_process.setProcessEnvironment(env);
    }
    ~Ctl()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    Ctl(const Ctl &) = delete;
    Ctl &operator=(const Ctl &) = delete;

    void start(const QStringList &packages)
    {
        const QStringList args{u"--url"_s, u"https://localhost:%1"_s.arg(m_sim.port()), u"--user"_s, u"admin"_s,
                               u"--password-env"_s, u"IUC_TEST_PASSWORD"_s, u"--pin"_s,
                               QString::fromLatin1(m_sim.emulator().fingerprint()), u"--interval"_s, u"1"_s,
                               u"upgrade-path"_s};
        m_process.start(QStringLiteral(UPGRADECTL_PATH), args + packages + QStringList{u"--yes"_s});
        m_process.waitForStarted(10'000);
    }

    // Whether the process has ended; usable in a poll without an event loop.
    bool hasExited() { return m_process.state() == QProcess::NotRunning || m_process.waitForFinished(1); }

    Run finish(int timeoutMs = 60'000)
    {
        m_process.closeWriteChannel();
        if (!m_process.waitForFinished(timeoutMs)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
        return collect();
    }

    Run run(const QStringList &packages, int timeoutMs = 60'000)
    {
        start(packages);
        return finish(timeoutMs);
    }

    // SIGKILL: no chance to save or to release the lock, as a crash.
    Run kill()
    {
        m_process.kill();
        m_process.waitForFinished(5000);
        return collect();
    }

    QProcess &process() { return m_process; }

private:
    Run collect()
    {
        return Run{m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1,
                   QString::fromUtf8(m_process.readAllStandardOutput()),
                   QString::fromUtf8(m_process.readAllStandardError())};
    }

    SimFixture &m_sim;
    QProcess m_process;
};

// Everything one test needs: the emulator on a v3 deployment, the two hop
// packages, a private home.
class Guided final
{
public:
    bool start(int nodes, double timeScale, iuc::sim::ApiProfile api = iuc::sim::ApiProfile::Pexip)
    {
        if (!m_home.isValid())
            return false;
        SimFixture::Options options;
        options.deployment = SimFixture::config(nodes, kV3, R"({"call_load": 0})");
        options.timeScale = timeScale;
        options.api = api;
        if (!sim.start(std::move(options)))
            return false;
        v6 = sim.writePackage(u"pexip-6.tar"_s, kV6);
        v11 = sim.writePackage(u"pexip-11.tar"_s, kV11);
        return !v6.isEmpty() && !v11.isEmpty();
    }

    [[nodiscard]] const QTemporaryDir &home() const { return m_home; }
    // Where upgradectl keeps the guided upgrades (GuidedStore::defaultDirectory() under this home).
    [[nodiscard]] QString storeDirectory() const
    {
        return m_home.filePath(u"data/"_s + kOrganization + u"/guided-upgrades"_s);
    }
    [[nodiscard]] QString key() const { return u"localhost_%1"_s.arg(sim.port()); }
    [[nodiscard]] QString stateFile() const { return QDir(storeDirectory()).filePath(key() + u".json"_s); }
    // The saved progress as JSON, or an empty object when there is none (or
    // it is being replaced right now).
    [[nodiscard]] QJsonObject state() const
    {
        QFile f(stateFile());
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(f.readAll()).object();
    }
    [[nodiscard]] QStringList reports(const QString &suffix) const
    {
        return QDir(storeDirectory()).entryList({key() + u"-report-*."_s + suffix}, QDir::Files);
    }

    // Every run the emulator made, oldest first, in the upgrade_run shape
    // (read in-process: a real node's profile does not serve them).
    QJsonArray runs()
    {
        return sim.emulator().server().withDeployment([](iuc::sim::Deployment &d) {
            QJsonArray all;
            int id = 0;
            for (const auto &r : d.pastRuns())
                all.append(iuc::sim::api::upgradeRun(d, r, ++id, false, false));
            if (d.engine().run())
                all.append(iuc::sim::api::upgradeRun(d, *d.engine().run(), ++id, true, false));
            return all;
        });
    }
    int runsTo(const QString &version)
    {
        int n = 0;
        for (const QJsonValue &r : runs())
            n += r.toObject().value(u"target_version"_s).toString() == version ? 1 : 0;
        return n;
    }
    int uploads() { return static_cast<int>(sim.all(kConfig + u"upgrade_request/"_s).size()); }

    // Every system's version, read from the API: "" when they differ.
    QString commonVersion()
    {
        const QString management = sim.management().value(u"version"_s).toString();
        for (const QJsonValue &n : sim.all(kStatus + u"worker_vm/"_s)) {
            if (n.toObject().value(u"version"_s).toString() != management)
                return {};
        }
        return management;
    }

    SimFixture sim;
    QString v6;
    QString v11;

private:
    QTemporaryDir m_home;
};

QJsonObject hop(const QJsonObject &state, int index)
{
    return state.value(u"hops"_s).toArray().at(index).toObject();
}

} // namespace

class TestUpgradePath final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void guided_v3_to_v11_every_node_ends_on_11_data();
    void guided_v3_to_v11_every_node_ends_on_11();
    void guided_killedMidHop_resumesAtTheRightStep();
    void R10_wrongFileForAHop_refused();
    void R10_fileOfNoStep_refused();
    void guided_rebootCheck_failsUntilNodesRebooted();
    void guided_secondInstanceRefused();
};

void TestUpgradePath::guided_v3_to_v11_every_node_ends_on_11_data()
{
    QTest::addColumn<iuc::sim::ApiProfile>("api");
    QTest::newRow("pexip") << iuc::sim::ApiProfile::Pexip;
    QTest::newRow("extended") << iuc::sim::ApiProfile::Extended;
}

void TestUpgradePath::guided_v3_to_v11_every_node_ends_on_11()
{
    QFETCH(iuc::sim::ApiProfile, api);
    const bool realNode = api == iuc::sim::ApiProfile::Pexip;
    Guided g;
    // A real node's runs are what upgradectl sees: slow enough for a refresh
    // a second to see each step. The extended node reports its own.
    QVERIFY2(g.start(4, realNode ? 400 : 3000, api), qPrintable(g.sim.startError()));
    Ctl ctl(g.sim, g.home());
    ctl.start({g.v6, g.v11});
    Run r;
    if (realNode) {
        // No reboot command: upgradectl says how, with each node's address,
        // and waits; the admin reboots them (here: the harness, as the
        // hypervisor would).
        QString out;
        QVERIFY2(SimFixture::pollUntil([&] {
                     ctl.process().waitForReadyRead(200);
                     out += QString::fromUtf8(ctl.process().readAllStandardOutput());
                     return out.contains(u"sudo reboot"_s) || ctl.hasExited();
                 }),
                 qPrintable(out));
        const QString address = g.sim.get(kConfig + u"worker_vm/1/"_s).object().value(u"address"_s).toString();
        QVERIFY2(out.contains(address), qPrintable(out));
        QVERIFY2(!out.contains(u"through the Management Node now?"_s), qPrintable(out)); // nothing offered it cannot do
        for (int id = 1; id <= 4; ++id)
            QCOMPARE(g.sim.patch(u"/sim/v1/node/%1/"_s.arg(id), QJsonObject{{u"reboot"_s, true}}).status, 200);
        r = ctl.finish(240'000);
        QVERIFY2(r.exitCode == Ok, r.describe());
        QVERIFY2(r.out.contains(u"4 of 4 Conferencing Nodes rebooted"_s), r.describe());
    } else {
        r = ctl.finish();
        QVERIFY2(r.exitCode == Ok, r.describe());
        QVERIFY2(r.out.contains(u"v3 → v6 → v11"_s), r.describe());
    }

    // Every system on 11, through the API, and idle.
    QCOMPARE(g.commonVersion(), kV11);
    for (const QJsonValue &n : g.sim.all(kStatus + u"worker_vm/"_s))
        QCOMPARE(n.toObject().value(u"upgrade_status"_s).toString(), u"IDLE"_s);
    // One run per hop, in order, both completed.
    const QJsonArray runs = g.runs();
    QCOMPARE(runs.size(), 2);
    QCOMPARE(g.runsTo(kV6), 1);
    QCOMPARE(g.runsTo(kV11), 1);
    for (const QJsonValue &run : runs)
        QCOMPARE(run.toObject().value(u"state"_s).toString(), u"completed"_s);

    // Done: the progress is gone, the reports stay next to where it was.
    QVERIFY2(!QFile::exists(g.stateFile()), qPrintable(g.stateFile()));
    const QStringList csv = g.reports(u"csv"_s);
    QCOMPARE(csv.size(), 1);
    QCOMPARE(g.reports(u"html"_s).size(), 1);
    QFile file(QDir(g.storeDirectory()).filePath(csv.constFirst()));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString report = QString::fromUtf8(file.readAll());
    QVERIFY2(report.contains(u"Step 1 of 2: to v6"_s), qPrintable(report));
    QVERIFY2(report.contains(u"Step 2 of 2: to v11"_s), qPrintable(report));
    QVERIFY2(r.out.contains(csv.constFirst()), r.describe()); // the admin is told where it is
}

void TestUpgradePath::guided_killedMidHop_resumesAtTheRightStep()
{
    Guided g;
    // Slower than the others: the first hop must be caught while it runs.
    // Extended: the reboot command gets the checklist through unattended.
    QVERIFY2(g.start(3, 600, iuc::sim::ApiProfile::Extended), qPrintable(g.sim.startError()));
    {
        Ctl first(g.sim, g.home());
        first.start({g.v6, g.v11});
        QVERIFY2(SimFixture::pollUntil(
                     [&] {
                         const QJsonObject s = g.state();
                         return (s.value(u"current_hop"_s).toInt() == 0
                                 && hop(s, 0).value(u"stage"_s).toString() == u"running"_s)
                                || first.hasExited();
                     },
                     std::chrono::seconds(40)),
                 qPrintable(QString::fromUtf8(QJsonDocument(g.state()).toJson())));
        QCOMPARE(first.process().state(), QProcess::Running);
        // Hold the deployment still while the process dies, so what it saved
        // is still true when the next one reads it.
        QCOMPARE(g.sim.setTimeScale(0).status, 200);
        first.kill();
    }
    const QJsonObject saved = g.state();
    QCOMPARE(saved.value(u"step"_s).toString(), u"hops"_s);
    QCOMPARE(saved.value(u"current_hop"_s).toInt(), 0);
    QCOMPARE(hop(saved, 0).value(u"stage"_s).toString(), u"running"_s);
    QCOMPARE(hop(saved, 0).value(u"run_ids"_s).toArray().size(), 1);
    QCOMPARE(g.runsTo(kV6), 1);
    QCOMPARE(g.uploads(), 1);

    QCOMPARE(g.sim.setTimeScale(3000).status, 200);
    Ctl second(g.sim, g.home());
    const Run r = second.run({g.v6, g.v11});
    QVERIFY2(r.exitCode == Ok, r.describe());
    // The lock of the killed process did not hold the deployment, and the
    // guided upgrade went on where it was: watching step 1's run.
    QVERIFY2(r.out.contains(u"Resuming the guided upgrade"_s), r.describe());
    QVERIFY2(r.out.contains(u"Step 1 of 2: to v6: watching the upgrade"_s), r.describe());
    QVERIFY2(!r.out.contains(u"Pre-flight checklist"_s), r.describe());
    // No second upload or run of the v6 package; one of the v11 package.
    QCOMPARE(g.runsTo(kV6), 1);
    QCOMPARE(g.runsTo(kV11), 1);
    QCOMPARE(g.uploads(), 2);
    QCOMPARE(g.commonVersion(), kV11);
    QVERIFY(!QFile::exists(g.stateFile()));
}

void TestUpgradePath::R10_wrongFileForAHop_refused()
{
    Guided g;
    QVERIFY2(g.start(3, 3000), qPrintable(g.sim.startError()));
    Ctl ctl(g.sim, g.home());
    const Run r = ctl.run({g.v11}); // the v6 package is missing
    QVERIFY2(r.exitCode == Refused, r.describe());
    QVERIFY2(r.err.contains(u"version 6"_s), r.describe());
    QVERIFY2(r.err.contains(u"step 1 of 2"_s), r.describe());
    // About the file that is missing, not about one given (no "package for version ,").
    QVERIFY2(!r.err.contains(u"This file is"_s), r.describe());
    // Refused before anything was sent or saved.
    QCOMPARE(g.uploads(), 0);
    QVERIFY(g.runs().isEmpty());
    QCOMPARE(g.sim.management().value(u"version"_s).toString(), kV3);
    QVERIFY(!QFile::exists(g.stateFile()));
}

void TestUpgradePath::R10_fileOfNoStep_refused()
{
    Guided g;
    QVERIFY2(g.start(3, 3000), qPrintable(g.sim.startError()));
    const QString v9 = g.sim.writePackage(u"pexip-9.tar"_s, u"9 (30000.0.0)"_s);
    QVERIFY(!v9.isEmpty());
    Ctl ctl(g.sim, g.home());
    const Run r = ctl.run({g.v6, g.v11, v9});
    QVERIFY2(r.exitCode == Refused, r.describe());
    QVERIFY2(r.err.contains(v9) && r.err.contains(u"v3 → v6 → v11"_s), r.describe());
    QCOMPARE(g.uploads(), 0);
    QVERIFY(g.runs().isEmpty());
    QVERIFY(!QFile::exists(g.stateFile()));
}

void TestUpgradePath::guided_rebootCheck_failsUntilNodesRebooted()
{
    Guided g;
    QVERIFY2(g.start(3, 3000, iuc::sim::ApiProfile::Extended), // the reboot command
             qPrintable(g.sim.startError()));
    const QString lost = g.sim.node(2).value(u"name"_s).toString();
    QVERIFY(!lost.isEmpty());
    QCOMPARE(g.sim.patch(u"/sim/v1/node/2/"_s, QJsonObject{{u"reachable"_s, false}}).status, 200);

    // Its reboot cannot be verified: the command stops and says which node.
    Ctl first(g.sim, g.home());
    const Run failed = first.run({g.v6, g.v11});
    QVERIFY2(failed.exitCode != Ok && failed.exitCode != -1, failed.describe());
    QVERIFY2(failed.err.contains(lost), failed.describe());
    QJsonObject s = g.state();
    QCOMPARE(s.value(u"step"_s).toString(), u"checklist"_s);
    const QJsonObject checklist = s.value(u"checklist"_s).toObject();
    QVERIFY(!checklist.value(u"reboot_since"_s).toString().isEmpty());
    QVERIFY(checklist.value(u"reboots_verified_at"_s).toString().isEmpty());
    QCOMPARE(g.uploads(), 0);

    // Run again with the node still lost (the others rebooted already): it
    // must stop again, not wait for ever.
    Ctl again(g.sim, g.home());
    const Run stillLost = again.run({g.v6, g.v11}, 30'000);
    QVERIFY2(stillLost.exitCode != Ok && stillLost.exitCode != -1, stillLost.describe());
    QVERIFY2(stillLost.err.contains(lost), stillLost.describe());
    QCOMPARE(g.state().value(u"step"_s).toString(), u"checklist"_s);

    // Back in contact: the check resumes, passes, and the upgrade goes on.
    QCOMPARE(g.sim.patch(u"/sim/v1/node/2/"_s, QJsonObject{{u"reachable"_s, true}}).status, 200);
    Ctl last(g.sim, g.home());
    const Run done = last.run({g.v6, g.v11});
    QVERIFY2(done.exitCode == Ok, done.describe());
    QVERIFY2(done.out.contains(u"Resuming the guided upgrade"_s), done.describe());
    QVERIFY2(done.out.contains(u"3 of 3 Conferencing Nodes rebooted"_s), done.describe());
    QCOMPARE(g.commonVersion(), kV11);
}

void TestUpgradePath::guided_secondInstanceRefused()
{
    Guided g;
    // A frozen clock: the first instance waits at the reboot check for ever.
    QVERIFY2(g.start(3, 0), qPrintable(g.sim.startError()));
    Ctl first(g.sim, g.home());
    first.start({g.v6, g.v11});
    QVERIFY2(SimFixture::pollUntil([&] { return !g.state().isEmpty() || first.hasExited(); },
                                   std::chrono::seconds(30)),
             "the first instance saved nothing");
    QCOMPARE(first.process().state(), QProcess::Running);

    Ctl second(g.sim, g.home());
    const Run refused = second.run({g.v6, g.v11});
    QVERIFY2(refused.exitCode == Refused, refused.describe());
    QVERIFY2(refused.err.contains(u"already open"_s), refused.describe());
    QVERIFY2(refused.err.contains(QString::number(first.process().processId())), refused.describe()); // who holds it
    QCOMPARE(first.process().state(), QProcess::Running); // untouched
    first.kill();

    // The console's wizard holds the lock the same way (the same folder, the same key).
    const iuc::guided::GuidedStore store(g.storeDirectory());
    const auto held = store.lock(g.key());
    QVERIFY2(held, held ? "" : qPrintable(held.error().message));
    Ctl third(g.sim, g.home());
    const Run refusedAgain = third.run({g.v6, g.v11});
    QVERIFY2(refusedAgain.exitCode == Refused, refusedAgain.describe());
    QVERIFY2(refusedAgain.err.contains(u"already open"_s), refusedAgain.describe());
    QCOMPARE(g.uploads(), 0);
}

QTEST_GUILESS_MAIN(TestUpgradePath)
#include "tst_upgradectl_path.moc"
