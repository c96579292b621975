// The drain-ahead panel as the admin uses it on a real node's profile: off
// before the Conferencing Nodes' turns (it says why), on once they begin —
// nodes drained ahead, a bar per location with its capacity in service,
// none below the line, the same bars on the wall display — and off again:
// the console's nodes back in service.

#include "tests/common/clientfixture.h"
#include "tests/common/waitfor.h"

#include "core/session/deploymentsession.h"
#include "core/session/drainaheadrunner.h"
#include "ui/main/drainaheadpanel.h"
#include "ui/wall/wallcapacitypanel.h"
#include "ui/wall/wallwindow.h"

#include <QCheckBox>
#include <QLabel>
#include <QProgressBar>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace iuc;
using namespace iuc::ui;
using iuc::test::waitFor;

class TestDrainAheadPanel final : public QObject
{
    Q_OBJECT

public:
    static void initMain()
    {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
    }

private Q_SLOTS:
    void drainAhead_switchedOnShowsTheLocationsAndOffReturnsTheNodes();
};

void TestDrainAheadPanel::drainAhead_switchedOnShowsTheLocationsAndOffReturnsTheNodes()
{
    ClientFixture sim;
    ClientFixture::Options options;
    options.deployment = SimFixture::config(12, kFrom,
                                            R"({"call_load": 2, "locations": [{"name": "Oslo", "nodes": 8},
                                                                             {"name": "London", "nodes": 4}]})");
    options.api = iuc::sim::ApiProfile::Pexip;
    QVERIFY2(sim.start(options), qPrintable(sim.startError()));
    QTemporaryDir records;
    DeploymentSession session(sim.settings(), u"Real node"_s);
    session.keepDrainAhead(records.path());
    session.setRefreshInterval(10min); // the test refreshes
    int updates = 0;
    connect(&session, &DeploymentSession::updated, &session, [&] { ++updates; });
    connect(&session, &DeploymentSession::failed, &session, [&] { ++updates; });
    session.start();
    const auto refreshed = [&] {
        const int before = updates;
        session.refreshNow();
        return waitFor([&] { return updates > before; }) && waitFor([&] { return !session.drainAhead()->isApplying(); });
    };
    QVERIFY(refreshed());

    DrainAheadPanel panel;
    panel.resize(360, 260);
    panel.setSession(&session);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    auto *on = panel.findChild<QCheckBox *>(u"drainAheadSwitch"_s);
    auto *keep = panel.findChild<QSpinBox *>(u"drainAheadKeep"_s);
    auto *state = panel.findChild<QLabel *>(u"drainAheadState"_s);
    QVERIFY(on && keep && state);
    QCOMPARE(keep->value(), 75); // a 25 % guardrail by default

    // No run: refused, and said.
    on->click();
    QVERIFY(!on->isChecked());
    QVERIFY2(state->text().contains(u"no such run"_s), qPrintable(state->text()));

    QVERIFY(!sim.startRunWith(sim.writePackage(u"upgrade.tar"_s, kTo, 64 * 1024)).isEmpty());
    for (int step = 0; step < 400 && session.run().state() != RunSummary::State::Running; ++step) {
        QCOMPARE(advanceInProcess(sim.emulator(), 30).status, 200);
        refreshed();
    }
    QCOMPARE(session.run().state(), RunSummary::State::Running);
    on->click();
    QVERIFY(on->isChecked());
    QVERIFY(waitFor([&] { return !session.drainAhead()->isApplying(); }));
    QVERIFY(refreshed());
    QVERIFY(!session.drainAhead()->drained().isEmpty());
    QVERIFY2(state->text().startsWith(u"Nodes drained ahead: %1."_s.arg(session.drainAhead()->drained().size())),
             qPrintable(state->text()));
    const auto bars = panel.findChildren<QProgressBar *>(u"locationCapacity"_s);
    QCOMPARE(bars.size(), 2);
    for (const QProgressBar *bar : bars) {
        QVERIFY2(bar->value() >= 75, qPrintable(bar->format()));
        QVERIFY(!bar->property("belowGuardrail").toBool());
        QVERIFY(bar->text().contains(u"% in service"_s));
    }
    QVERIFY(panel.grab().save(u"screenshot-drain-ahead.png"_s, "PNG")); // for a look by eye

    // The wall shows the same locations, with the line it keeps them above.
    WallWindow wall;
    wall.resize(1920, 1080);
    wall.setSession(&session);
    wall.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wall));
    WallCapacityPanel *capacity = wall.capacityPanel();
    QVERIFY(capacity->isVisible());
    QCOMPARE(capacity->title(), u"Drain ahead: keep 75 %"_s);
    const QStringList lines = capacity->lines();
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(0).startsWith(u"London: "_s) && lines.at(1).startsWith(u"Oslo: "_s), qPrintable(lines.join(u'|')));
    for (const QString &line : lines)
        QVERIFY2(line.endsWith(u"% in service"_s), qPrintable(line)); // none "below the line"
    QVERIFY(wall.grab().save(u"screenshot-wall-drain-ahead.png"_s, "PNG"));

    // Off: the console's nodes go back into service at once.
    on->click();
    QVERIFY(!on->isChecked());
    QVERIFY(waitFor([&] { return !session.drainAhead()->isApplying(); }));
    QVERIFY(session.drainAhead()->drained().isEmpty());
    QVERIFY(refreshed());
    // Said as what it would do in this run.
    QCOMPARE(state->text(), u"Off: turn it on to drain the next nodes ahead of their turns."_s);
}

QTEST_MAIN(TestDrainAheadPanel)
#include "tst_drainaheadpanel.moc"
