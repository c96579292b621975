// The wall display as people see it: the demo deployment through its
// read-only account, mid-run with mixed statuses, at the wall's design size
// (1920×1080), for 12 and for 1,000 Conferencing Nodes. Writes
// screenshot-wall-*.png for docs/user-guide.md (scripts/screenshots).

#include "core/session/deploymentsession.h"
#include "core/storage/profilestore.h"
#include "core/storage/secretstore.h"
#include "emulator/demo/consoledemo.h"
#include "ui/wall/walllauncher.h"
#include "ui/wall/wallnodemap.h"
#include "ui/wall/wallwindow.h"

#include "tests/common/toplevels.h"

#include <QAbstractButton>
#include <QLabel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace iuc;
using namespace iuc::ui;

class TestWallScreens final : public QObject
{
    Q_OBJECT

public:
    static void initMain()
    {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
    }

private Q_SLOTS:
    void initTestCase();
    void wall_12NodesMidRun_everyNodeOnATile();
    void wall_1000NodesMidRun_locationsSummarisedWithExceptionsByName();

private:
    // Runs the demo with `nodes` on a wall until `upgraded` systems are
    // done, then saves the picture; the wall is left for the checks.
    void runDemoWall(int nodes, double timeScale, int upgraded, const QString &file);

    QTemporaryDir m_home;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<WallLauncher> m_launcher;
};

void TestWallScreens::initTestCase()
{
    QVERIFY(m_home.isValid());
    qputenv("XDG_CACHE_HOME", m_home.filePath(u"cache"_s).toUtf8()); // the demo's package
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(u"upgrade-console-tests"_s);
    m_profiles = std::make_unique<ProfileStore>(m_home.filePath(u"profiles.ini"_s));
    m_secrets = std::make_unique<SecretStore>(u"Infinity Upgrade Console (tests)"_s);
}

void TestWallScreens::runDemoWall(int nodes, double timeScale, int upgraded, const QString &file)
{
    m_launcher.reset();
    demo::DemoOptions options;
    options.nodes = nodes;
    options.timeScale = timeScale;
    // At these speeds a node may upgrade between two refreshes, which only
    // the extended twin's run report counts.
    options.api = sim::ApiProfile::Extended;
    m_launcher = std::make_unique<WallLauncher>(*m_profiles, *m_secrets, [options] { return demo::startDemo(options); });
    WallWindow &wall = m_launcher->window();
    wall.resize(1920, 1080);
    wall.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wall));
    const Result<void> opened = m_launcher->openDemo();
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
    QCOMPARE(m_launcher->session()->client().settings().user, m_launcher->demo()->readOnlySettings.user);
    QVERIFY(m_launcher->session()->client().settings().user != m_launcher->demo()->settings.user);
    const Result<void> run = demo::startDemoRun(*m_launcher->demo());
    QVERIFY2(run, qPrintable(run ? QString() : run.error().message));

    DeploymentSession *session = m_launcher->session();
    QVERIFY(QTest::qWaitFor([&] {
        return session->run().upgraded() >= upgraded && session->run().state() == RunSummary::State::Running;
    }, 240000));
    QTest::qWait(300); // the charts lay out from posted events
    QVERIFY(!test::anyMessageBox());
    QVERIFY(wall.findChildren<QAbstractButton *>().isEmpty());
    QVERIFY(wall.grab().save(file, "PNG"));
    qInfo("screenshot: %s", qPrintable(file));
}

void TestWallScreens::wall_12NodesMidRun_everyNodeOnATile()
{
    runDemoWall(12, 1500, 6, u"screenshot-wall-12.png"_s);
    const WallNodeMap *map = m_launcher->window().nodeMap();
    QCOMPARE(map->locations().size(), 3);
    for (const wall::SectionPlan &s : map->plan().sections)
        QVERIFY2(!s.summary, "twelve nodes are twelve tiles");
    QVERIFY(map->plan().fits);
}

void TestWallScreens::wall_1000NodesMidRun_locationsSummarisedWithExceptionsByName()
{
    runDemoWall(1000, 600, 8, u"screenshot-wall-1000.png"_s);
    const WallNodeMap *map = m_launcher->window().nodeMap();
    QCOMPARE(map->locations().size(), 3);
    QVERIFY(map->plan().fits);
    int exceptions = 0;
    for (const wall::SectionPlan &s : map->plan().sections) {
        QVERIFY2(s.summary, "334 tiles a location do not fit: counts instead");
        exceptions += s.shownExceptions;
    }
    // The node nobody can contact (R8) is named, not hidden in a count.
    QVERIFY(exceptions >= 1);
    const auto &loc = map->locations();
    const bool named = std::any_of(loc.begin(), loc.end(), [&](const WallNodeMap::Location &l) {
        return std::any_of(l.exceptions.begin(), l.exceptions.end(), [&](int row) {
            return m_launcher->session()->nodes().row(row).status.code() == NodeStatus::Code::Unreachable;
        });
    });
    QVERIFY(named);
    m_launcher.reset();
}

QTEST_MAIN(TestWallScreens)
#include "tst_wallscreens.moc"
