// A stuck node's calls ended from the console without a reboot (R4, R9), on
// a real node's profile: the calls are listed first and Escape changes
// nothing; on the admin's yes each is disconnected with the documented
// participant command, the node goes on with its turn and upgrades, the
// emulator's score counts the calls as the admin's (none ended by the
// upgrade, none by a reboot), and the run report shows them on that node.

#include "tests/common/clientfixture.h"
#include "tests/common/toplevels.h"
#include "tests/ui/flow/flowtesting.h"

#include "core/session/deploymentsession.h"
#include "ui/flow/upgradeflow.h"

#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace iuc;
using namespace iuc::ui;
using iuc::test::visibleWindow;
using iuc::test::waitForWindow;
using iuc::test::flow::activate;
using iuc::test::flow::Console;
using iuc::test::flow::simPatch;
using iuc::test::flow::type;
using iuc::test::flow::waitUntilGone;

namespace {

// The emulator's truth about one node (/sim/v1/state/).
QJsonObject truth(ClientFixture &sim, int nodeId)
{
    for (const QJsonValue &n : sim.getRetried(u"/sim/v1/state/"_s).json.object().value(u"nodes"_s).toArray()) {
        if (n.toObject().value(u"id"_s).toInt() == nodeId)
            return n.toObject();
    }
    return {};
}

int callsOn(ClientFixture &sim, const QString &address)
{
    return sim.getRetried(kStatus + u"participant/?media_node=%1&limit=1"_s.arg(address))
        .json.object()
        .value(u"meta"_s)
        .toObject()
        .value(u"total_count"_s)
        .toInt(-1);
}

// Advances the emulator in steps (in process: its port is closed while the
// Management Node reboots), the console refreshing after each, until `done`.
bool advanceUntil(ClientFixture &sim, Console &console, const std::function<bool()> &done, double step, double most)
{
    for (double t = 0; t <= most; t += step) {
        if (done())
            return true;
        if (advanceInProcess(sim.emulator(), step).status != 200)
            return false;
        console.refreshed(); // may find the Management Node away (R1)
    }
    return done();
}

} // namespace

class TestNodeCallsFlow final : public QObject
{
    Q_OBJECT

public:
    static void initMain()
    {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
    }

private Q_SLOTS:
    void R4_R9_stuckNodesCallsDisconnectedItUpgradesAndTheReportSaysSo();
};

void TestNodeCallsFlow::R4_R9_stuckNodesCallsDisconnectedItUpgradesAndTheReportSaysSo()
{
    ClientFixture sim;
    ClientFixture::Options options;
    options.deployment = SimFixture::config(3, kFrom, R"({"call_load": 0})");
    options.api = iuc::sim::ApiProfile::Pexip; // a real node's API
    QVERIFY2(sim.start(options), qPrintable(sim.startError()));
    const int nodeId = 1;
    QVERIFY(simPatch(sim, u"/sim/v1/node/%1/"_s.arg(nodeId), QJsonObject{{u"stuck_calls"_s, true}}));
    QVERIFY(simPatch(sim, u"/sim/v1/node/%1/"_s.arg(nodeId),
                     QJsonObject{{u"add_calls"_s, 2}, {u"conference"_s, u"meet.board"_s}}));
    const QString package = sim.writePackage(u"p11.tar"_s, kTo, 1 << 20);
    QVERIFY(!sim.startRunWith(package).isEmpty());

    QTemporaryDir records;
    Console console(sim);
    console.session.keepAdminActions(records.path());
    QVERIFY(console.refreshed());
    const QString address = console.session.snapshot()->configurations.value(nodeId).address;
    const QString name = console.session.snapshot()->configurations.value(nodeId).name;
    QVERIFY(!address.isEmpty());
    const int before = callsOn(sim, address);
    QCOMPARE(before, 3); // the one that never ends and the two added
    // Its turn comes, and it waits for calls that do not end.
    QVERIFY(advanceUntil(sim, console, [&] {
        return truth(sim, nodeId).value(u"upgrade_status"_s).toString() == u"WAITING_FOR_CALLS"_s;
    }, 120, 3 * 3600));
    for (int i = 0; i < 4; ++i) // 20 minutes stuck
        QVERIFY(sim.advance(300).status == 200 && console.refreshed());
    QCOMPARE(truth(sim, nodeId).value(u"upgrade_status"_s).toString(), u"WAITING_FOR_CALLS"_s);

    // A node with no calls: said, nothing asked.
    console.flow->disconnectCalls(nodeId + 1);
    auto *none = waitForWindow<QMessageBox>(u"noCallsDialog"_s);
    QVERIFY(none);
    QVERIFY(activate(none));
    type(none, Qt::Key_Escape);
    QVERIFY(waitUntilGone(u"noCallsDialog"_s));

    // Listed first; Escape disconnects nobody.
    console.flow->disconnectCalls(nodeId);
    QWidget *dialog = waitForWindow(u"disconnectCallsDialog"_s);
    QVERIFY(dialog);
    auto *list = dialog->findChild<QTreeWidget *>(u"callList"_s);
    QVERIFY(list);
    QCOMPARE(list->topLevelItemCount(), before);
    bool meetingListed = false;
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        meetingListed = meetingListed || list->topLevelItem(i)->text(1) == u"meet.board"_s;
    QVERIFY(meetingListed);
    const QString note = dialog->findChild<QLabel *>(u"disconnectCallsNote"_s)->text();
    QVERIFY2(note.contains(u"without a reboot"_s), qPrintable(note));
    QVERIFY(dialog->grab().save(u"screenshot-disconnect-calls.png"_s, "PNG")); // for a look by eye
    QVERIFY(activate(dialog));
    type(dialog, Qt::Key_Return); // Cancel is the default
    QVERIFY(waitUntilGone(u"disconnectCallsDialog"_s));
    QCOMPARE(callsOn(sim, address), before);

    // Then for real.
    QSignalSpy disconnected(console.flow, &UpgradeFlow::callsDisconnected);
    QSignalSpy said(console.flow, &UpgradeFlow::statusMessage);
    console.flow->disconnectCalls(nodeId);
    dialog = waitForWindow(u"disconnectCallsDialog"_s);
    QVERIFY(dialog);
    auto *go = dialog->findChild<QPushButton *>(u"disconnectButton"_s);
    QVERIFY(go);
    go->click();
    QTRY_COMPARE_WITH_TIMEOUT(disconnected.size(), 1, 30000);
    QCOMPARE(disconnected.first().at(0).toInt(), nodeId);
    QCOMPARE(disconnected.first().at(1).toInt(), before);
    QVERIFY(!visibleWindow(u"callsLeftDialog"_s));
    QVERIFY(!visibleWindow(u"errorDialog"_s));
    bool toldDone = false;
    for (const QList<QVariant> &line : said)
        toldDone = toldDone || line.at(0).toString().contains(u"Calls disconnected from %1: 3."_s.arg(name));
    QVERIFY(toldDone);
    QCOMPARE(callsOn(sim, address), 0);

    // Without its calls the node goes on with its turn: no reboot, no requeue.
    const auto version = [&] {
        return sim.getRetried(kStatus + u"worker_vm/%1/"_s.arg(nodeId)).json.object().value(u"version"_s).toString();
    };
    QVERIFY(advanceUntil(sim, console, [&] { return version() == kTo; }, 60, 3600));
    const QJsonObject ended = sim.getRetried(u"/sim/v1/state/"_s)
                                  .json.object()
                                  .value(u"score"_s)
                                  .toObject()
                                  .value(u"calls_ended"_s)
                                  .toObject();
    QCOMPARE(ended.value(u"admin_disconnect"_s).toInt(), before);
    QCOMPARE(ended.value(u"node_reboot"_s).toInt(), 0);
    QCOMPARE(ended.value(u"upgrade"_s).toInt(), 0);

    // The run report shows the calls the admin ended, on that node.
    const QString csv = records.filePath(u"report.csv"_s);
    QSignalSpy exported(console.flow, &UpgradeFlow::reportExported);
    console.flow->exportReportTo(csv);
    QTRY_COMPARE_WITH_TIMEOUT(exported.size(), 1, 30000);
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u"\r\n"_s, Qt::SkipEmptyParts);
    const QStringList header = lines.value(0).split(u',');
    const qsizetype count = header.indexOf(u"calls_disconnected_by_admin"_s);
    const qsizetype node = header.indexOf(u"node"_s);
    QVERIFY(count > 0 && node > 0);
    int reported = -1;
    for (const QString &line : lines.mid(1)) {
        const QStringList fields = line.split(u',');
        if (fields.value(node) == name)
            reported = fields.value(count).toInt();
    }
    QCOMPARE(reported, before);
}

QTEST_MAIN(TestNodeCallsFlow)
#include "tst_nodecallsflow.moc"
