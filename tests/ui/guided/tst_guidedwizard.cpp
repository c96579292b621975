// The guided upgrade in the console (DESIGN §6 "Guided wizard"): a v3
// deployment taken to v11 through the wizard, against the in-process
// emulator at a high time scale; closing it mid-hop and opening it again;
// the wrong file for a hop; the reboot check; a second wizard refused.
#include "tests/common/clientfixture.h"
#include "tests/common/toplevels.h"

#include "core/guided/guidedstate.h"
#include "core/guided/guidedstore.h"
#include "core/session/deploymentsession.h"
#include "emulator/sim/deployment.h"
#include "ui/flow/upgradeflow.h"
#include "ui/guided/guidedpages.h"
#include "ui/guided/guidedwizard.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace iuc;
using namespace iuc::ui;
using iuc::test::visibleWindow;
using iuc::test::waitForWindow;

namespace {

const QString kV3 = u"3 (15000.0.0)"_s;
const QString kV6 = u"6 (24180.0.0)"_s;
const QString kV11 = u"11 (71234.0.0)"_s;
constexpr int kHopTimeoutMs = 120000;

// The console's parts the wizard uses: a refreshed session, a window, the flow.
struct Console
{
    explicit Console(ClientFixture &sim) : session(sim.settings(), u"v3 deployment"_s)
    {
        window.resize(1000, 700);
        window.show();
        flow = new UpgradeFlow(session, &window);
        session.setRefreshInterval(200ms);
        session.start();
    }
    QWidget window;
    DeploymentSession session;
    UpgradeFlow *flow = nullptr; // a child of the session
};

// The runs the emulator made (in-process: a real node's profile does not
// serve them).
int runCount(ClientFixture &sim)
{
    return sim.emulator().server().withDeployment([](sim::Deployment &d) {
        return static_cast<int>(d.pastRuns().size()) + (d.engine().run() ? 1 : 0);
    });
}

int uploads(ClientFixture &sim)
{
    return sim.getRetried(kConfig + u"upgrade_request/"_s).object().value(u"meta"_s).toObject().value(u"total_count"_s).toInt(-1);
}

template <typename T = QWidget>
T *child(QWidget *parent, const QString &name)
{
    return parent ? parent->findChild<T *>(name) : nullptr;
}

// The confirmation of the upload flow, answered with Upgrade.
bool confirmUpgrade()
{
    QWidget *confirm = waitForWindow(u"confirmDialog"_s, 60000);
    if (!confirm)
        return false;
    auto *upgrade = confirm->findChild<QPushButton *>(u"upgradeButton"_s);
    if (!upgrade)
        return false;
    upgrade->click();
    return true;
}

// Ticks the checklist's confirmations (not the reboots: those are verified).
void confirmChecklist(QWidget *page)
{
    child<QCheckBox>(page, u"managementSnapshotCheck"_s)->setChecked(true);
    child<QRadioButton>(page, u"nodeSnapshotsRedeploy"_s)->setChecked(true);
    child<QCheckBox>(page, u"backupCheck"_s)->setChecked(true);
}

void rebootAllThroughTheDialog(QWidget *page)
{
    child<QPushButton>(page, u"rebootAllButton"_s)->click();
    QWidget *box = waitForWindow(u"rebootAllBox"_s, 10000);
    QVERIFY(box);
    auto *reboot = box->findChild<QPushButton *>(u"confirmRebootAllButton"_s);
    QVERIFY(reboot);
    reboot->click();
}

} // namespace

class TestGuidedWizard final : public QObject
{
    Q_OBJECT

public:
    static void initMain()
    {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
    }

private Q_SLOTS:
    void R10_guided_v3ToV11ThroughTheWizard_everySystemEndsOn11_data();
    void R10_guided_v3ToV11ThroughTheWizard_everySystemEndsOn11();
    void guided_closedMidHop_resumesAtTheSameStep_andASecondWizardIsRefused();
};

// On a recent node's API, and on a v24-era one, whose only upload is the
// single shot that starts the upgrade (the confirmation comes first there).
void TestGuidedWizard::R10_guided_v3ToV11ThroughTheWizard_everySystemEndsOn11_data()
{
    QTest::addColumn<sim::ApiProfile>("profile");
    QTest::newRow("pexip") << sim::ApiProfile::Pexip;
    QTest::newRow("pexip-v24") << sim::ApiProfile::PexipV24;
}

void TestGuidedWizard::R10_guided_v3ToV11ThroughTheWizard_everySystemEndsOn11()
{
    QFETCH(sim::ApiProfile, profile);
    ClientFixture sim;
    ClientFixture::Options options;
    options.api = profile;
    options.deployment = SimFixture::config(3, kV3);
    // A real node's profile: the console sees the runs by refreshing, so the
    // clock is slow enough for a refresh to see each step.
    options.timeScale = 1000;
    QVERIFY2(sim.start(options), qPrintable(sim.startError()));
    const QString p6 = sim.writePackage(u"pexip-6.tar"_s, kV6, 1 << 20);
    const QString p11 = sim.writePackage(u"pexip-11.tar"_s, kV11, 1 << 20);
    QTemporaryDir stateDir;
    const guided::GuidedStore store(stateDir.path());
    Console console(sim);

    Result<GuidedWizard *> made = GuidedWizard::create(console.session, *console.flow, &console.window, store);
    QVERIFY2(made, made ? "" : qPrintable(made.error().message));
    std::unique_ptr<GuidedWizard> wizard(made.value());
    wizard->show();

    // 1–2: what is installed, and the plan.
    QWizardPage *detect = wizard->page(GuidedWizard::DetectPageId);
    QTRY_VERIFY_WITH_TIMEOUT(detect->isComplete(), 30000);
    QCOMPARE(child<QLabel>(detect, u"guidedChain"_s)->text(), u"v3 → v6 → v11"_s);
    QVERIFY(child<QLabel>(detect, u"guidedVersions"_s)->text().contains(kV3));
    wizard->next();

    // 3: the checklist is not done until every node has rebooted.
    QWizardPage *checklist = wizard->page(GuidedWizard::ChecklistPageId);
    QCOMPARE(wizard->currentPage(), checklist);
    confirmChecklist(checklist);
    QTest::qWait(600); // a few refreshes
    QVERIFY2(!checklist->isComplete(), "no node rebooted yet");
    QLabel *status = child<QLabel>(checklist, u"rebootStatus"_s);
    QVERIFY(status->text().contains(u"0 of 3"_s));
    // No reboot command on a real node: no button that would fail; how to
    // do it instead, with each node's address.
    QVERIFY(!child<QPushButton>(checklist, u"rebootAllButton"_s)->isVisible());
    QVERIFY(child<QLabel>(checklist, u"rebootHow"_s)->text().contains(u"sudo reboot"_s));
    const QString address = sim.getRetried(kConfig + u"worker_vm/1/"_s).object().value(u"address"_s).toString();
    QVERIFY2(status->text().contains(address), qPrintable(status->text()));
    for (int id = 1; id <= 3; ++id) // as the admin does it, in the hypervisor
        QCOMPARE(sim.patch(u"/sim/v1/node/%1/"_s.arg(id), QJsonObject{{u"reboot"_s, true}}).status, 200);
    QTRY_VERIFY_WITH_TIMEOUT(checklist->isComplete(), 30000);
    QVERIFY(child<QLabel>(checklist, u"rebootStatus"_s)->text().contains(u"3 of 3"_s));
    wizard->next();

    // 4: hop 1. The v11 file is refused for it, before any upload (R10).
    auto *hop1 = qobject_cast<GuidedHopPage *>(wizard->currentPage());
    QVERIFY(hop1);
    QCOMPARE(wizard->currentId(), int(GuidedWizard::FirstHopPageId));
    QSignalSpy errors(wizard.get(), &GuidedWizard::errorShown);
    hop1->uploadFile(p11);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().first().value<Error>().code, u"guided.wrong-package"_s);
    QVERIFY(child<QLabel>(hop1, u"hopMessage"_s)->text().contains(u"version 6"_s));
    QCOMPARE(sim.emulator().server().uploadedBytes(), 0);
    hop1->uploadFile(p6);
    QVERIFY(confirmUpgrade());
    QTRY_VERIFY_WITH_TIMEOUT(hop1->isComplete(), kHopTimeoutMs);
    QVERIFY(child<QLabel>(hop1, u"hopVerification"_s)->text().contains(kV6));
    wizard->next();

    // Hop 2.
    auto *hop2 = qobject_cast<GuidedHopPage *>(wizard->currentPage());
    QVERIFY(hop2);
    QCOMPARE(wizard->currentId(), GuidedWizard::FirstHopPageId + 1);
    QCOMPARE(sim.emulator().server().performRequests(), 1);
    // Declined at the confirmation: nothing is performed, the hop waits.
    hop2->uploadFile(p11);
    QWidget *declined = waitForWindow(u"confirmDialog"_s, 60000);
    QVERIFY(declined);
    declined->findChild<QPushButton *>(u"cancelButton"_s)->click();
    QTRY_VERIFY_WITH_TIMEOUT(!iuc::test::visibleWindow(u"confirmDialog"_s), 30000);
    QTRY_VERIFY(!console.flow->isBusy());
    QCOMPARE(sim.emulator().server().performRequests(), 1);
    QVERIFY(!hop2->isComplete());
    if (profile == sim::ApiProfile::PexipV24) // declined before the upload that would have started it
        QCOMPARE(sim.emulator().server().uploadedBytes(), QFileInfo(p6).size());
    QCOMPARE(runCount(sim), 1);
    hop2->uploadFile(p11);
    QVERIFY(confirmUpgrade());
    QTRY_VERIFY_WITH_TIMEOUT(hop2->isComplete(), kHopTimeoutMs);
    wizard->next();

    // 5: finish: R12 and the backup, and the report of both hops.
    QCOMPARE(wizard->currentId(), int(GuidedWizard::FinishPageId));
    auto *finish = qobject_cast<GuidedFinishPage *>(wizard->currentPage());
    QVERIFY(finish);
    const QString text = child<QLabel>(finish, u"guidedFinishText"_s)->text();
    QVERIFY(text.contains(u"backup"_s));
    QVERIFY(text.contains(u"VM template of version 11"_s));
    const QString report = stateDir.filePath(u"report.csv"_s);
    finish->exportReportTo(report);
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(report), 10000);
    QFile file(report);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString csv = QString::fromUtf8(file.readAll());
    QVERIFY(csv.contains(u"Step 1 of 2: to v6"_s));
    QVERIFY(csv.contains(u"Step 2 of 2: to v11"_s));
    QVERIFY(csv.contains(u",admin"_s)); // who
    wizard->accept();
    QVERIFY2(!QFile::exists(store.pathFor(wizard->key())), "the finished guided upgrade leaves no saved state");

    // The emulator's truth: every system on 11, one completed run per hop.
    const QJsonObject management = sim.getRetried(kStatus + u"management_vm/"_s).object().value(u"objects"_s).toArray().first().toObject();
    QCOMPARE(management.value(u"version"_s).toString(), kV11);
    const QJsonArray nodes = sim.getRetried(kStatus + u"worker_vm/?limit=1000"_s).object().value(u"objects"_s).toArray();
    QCOMPARE(nodes.size(), 3);
    for (const QJsonValue n : nodes) {
        QCOMPARE(n.toObject().value(u"version"_s).toString(), kV11);
        QCOMPARE(n.toObject().value(u"upgrade_status"_s).toString(), u"IDLE"_s);
    }
    QCOMPARE(runCount(sim), 2);
    QCOMPARE(sim.emulator().server().performRequests(), 2); // one per hop, never repeated
}

void TestGuidedWizard::guided_closedMidHop_resumesAtTheSameStep_andASecondWizardIsRefused()
{
    ClientFixture sim;
    ClientFixture::Options options;
    options.deployment = SimFixture::config(3, kV3);
    options.timeScale = 1000;
    options.api = sim::ApiProfile::Extended; // the reboot command, through the wizard's dialog
    QVERIFY2(sim.start(options), qPrintable(sim.startError()));
    const QString p6 = sim.writePackage(u"pexip-6.tar"_s, kV6, 1 << 20);
    QTemporaryDir stateDir;
    const guided::GuidedStore store(stateDir.path());
    Console console(sim);

    auto wizard = std::make_unique<GuidedWizard *>(nullptr);
    {
        Result<GuidedWizard *> made = GuidedWizard::create(console.session, *console.flow, &console.window, store);
        QVERIFY(made);
        *wizard = made.value();
    }
    GuidedWizard *first = *wizard;
    first->show();
    QTRY_VERIFY_WITH_TIMEOUT(first->page(GuidedWizard::DetectPageId)->isComplete(), 30000);
    first->next();
    QWizardPage *checklist = first->currentPage();
    confirmChecklist(checklist);
    rebootAllThroughTheDialog(checklist);
    QTRY_VERIFY_WITH_TIMEOUT(checklist->isComplete(), 30000);
    first->next();

    // A second guided upgrade of the same deployment, while this one is open.
    const Result<GuidedWizard *> second = GuidedWizard::create(console.session, *console.flow, &console.window, store);
    QVERIFY(!second);
    QCOMPARE(second.error().code, u"guided.locked"_s);

    auto *hop1 = qobject_cast<GuidedHopPage *>(first->currentPage());
    QVERIFY(hop1);
    hop1->uploadFile(p6);
    QVERIFY(confirmUpgrade());
    QTRY_VERIFY_WITH_TIMEOUT(runCount(sim) > 0, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(store.load(first->key()).value()->hops.at(0).stage == guided::HopStage::Running, 30000);

    // Closed in the middle of the hop (as a crash would: no goodbye).
    delete first;
    const auto saved = store.load(guided::GuidedStore::keyFor(sim.settings().baseUrl));
    QVERIFY(saved && saved.value());
    QCOMPARE(saved.value()->step, guided::Step::Hops);
    QCOMPARE(saved.value()->currentHop, 0);

    // Opened again: the same step, watching the same run; nothing uploaded again.
    Result<GuidedWizard *> again = GuidedWizard::create(console.session, *console.flow, &console.window, store);
    QVERIFY2(again, again ? "" : qPrintable(again.error().message));
    std::unique_ptr<GuidedWizard> resumed(again.value());
    resumed->show();
    QCOMPARE(resumed->currentId(), int(GuidedWizard::FirstHopPageId));
    auto *page = qobject_cast<GuidedHopPage *>(resumed->currentPage());
    QVERIFY(page);
    QVERIFY(!child<QPushButton>(page, u"hopUploadButton"_s)->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(page->isComplete(), kHopTimeoutMs);
    QCOMPARE(runCount(sim), 1);
    QCOMPARE(uploads(sim), 1);
}

QTEST_MAIN(TestGuidedWizard)
#include "tst_guidedwizard.moc"
