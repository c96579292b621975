// The wall display against the in-process emulator, offscreen,
// through the emulator's read-only account: what it shows, that it offers
// nothing that writes, R11's split conferences as the emulator knows them,
// the stale-data banner, the Management Node's expected reboot (R1), and
// the kiosk start that remembers its profile.

#include "tests/common/clientfixture.h"

#include "core/session/deploymentsession.h"
#include "core/session/splitconferencewatch.h"
#include "core/storage/profilestore.h"
#include "core/storage/secretstore.h"
#include "ui/wall/walllauncher.h"
#include "ui/wall/wallnodemap.h"
#include "ui/wall/wallsplitpanel.h"
#include "ui/wall/walltheme.h"
#include "ui/wall/wallwindow.h"

#include "tests/common/toplevels.h"

#include <QAbstractButton>
#include <QAction>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace iuc;
using namespace iuc::ui;
using iuc::test::anyMessageBox;

namespace {

// One refresh: a new snapshot, or the poller saying the Management Node is away.
bool refresh(DeploymentSession &session)
{
    QSignalSpy updated(&session, &DeploymentSession::updated);
    QSignalSpy connection(&session, &DeploymentSession::connectionChanged);
    session.refreshNow();
    return QTest::qWaitFor([&] {
        return !updated.isEmpty()
               || (!connection.isEmpty() && session.poller().state() == api::DeploymentPoller::State::Rebooting);
    }, 30000);
}

bool startRun(ClientFixture &sim)
{
    return !sim.startRunWith(sim.writePackage(u"package.tar"_s, kTo, 1 << 20)).isEmpty();
}

bool showsNotice(const WallWindow &wall, const QString &id)
{
    const QList<WallNotice> shown = wall.notices();
    return std::any_of(shown.begin(), shown.end(), [&id](const WallNotice &n) { return n.id == id; });
}

WallNotice notice(const WallWindow &wall, const QString &id)
{
    for (const WallNotice &n : wall.notices()) {
        if (n.id == id)
            return n;
    }
    return {};
}

// Words of actions that change a deployment: none may appear on the wall.
const QStringList kWriteWords{u"upload"_s, u"reboot"_s, u"upgrade…"_s, u"start"_s, u"maintenance"_s,
                              u"repeat"_s,  u"cancel"_s, u"confirm"_s,  u"connect"_s};

} // namespace

class TestWall final : public QObject
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
    void readOnlyAccount_wallShowsTheDeploymentAndOffersNothingThatWrites();
    void R11_splitConferencesAreTheEmulatorsOwn();
    void staleData_bannerWhenTheFeedStops();
    void R1_managementRebootShownAsExpected();
    void kiosk_wallRemembersItsProfile();
    void kiosk_problemsAreBannersNotDialogs();

private:
    QTemporaryDir m_home;
};

void TestWall::initTestCase()
{
    QVERIFY(m_home.isValid());
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(u"upgrade-console-tests"_s);
}

void TestWall::readOnlyAccount_wallShowsTheDeploymentAndOffersNothingThatWrites()
{
    ClientFixture sim;
    ClientFixture::Options options;
    options.deployment = SimFixture::config(12);
    QVERIFY2(sim.start(options), qPrintable(sim.startError()));
    DeploymentSession session(sim.settings(As::ReadOnly), u"Lab"_s);
    WallWindow wall;
    wall.resize(1920, 1080);
    wall.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wall));
    wall.setSession(&session);
    session.start();
    QTRY_COMPARE_WITH_TIMEOUT(session.nodes().rowCount(), 12, 30000);
    QTRY_COMPARE(wall.nodeMap()->locations().size(), 3);
    QVERIFY(QTest::qWaitFor([&] { return session.poller().state() == api::DeploymentPoller::State::Live; }, 30000));

    // Every node on a tile: twelve fit, nothing is summarised.
    for (const wall::SectionPlan &s : wall.nodeMap()->plan().sections)
        QVERIFY2(!s.summary, "12 nodes fit as tiles");
    QVERIFY(wall.nodeMap()->plan().fits);
    QVERIFY(wall.findChild<QLabel *>(u"wallTitle"_s)->text().contains(u"Lab"_s));
    QCOMPARE(wall.findChild<QLabel *>(u"runFigure"_s)->text(), u"13"_s); // 12 nodes + the Management Node
    QVERIFY(wall.notices().isEmpty());

    // Nothing to press and nothing that writes; no fact hidden in a tooltip;
    // no text smaller than the wall's minimum.
    QVERIFY(wall.findChildren<QAbstractButton *>().isEmpty());
    for (const QAction *action : wall.findChildren<QAction *>()) {
        for (const QString &word : kWriteWords)
            QVERIFY2(!action->text().contains(word, Qt::CaseInsensitive), qPrintable(action->text()));
    }
    for (const QWidget *w : wall.findChildren<QWidget *>()) {
        QVERIFY2(w->toolTip().isEmpty(), qPrintable(w->objectName() + u": "_s + w->toolTip()));
        if (const auto *label = qobject_cast<const QLabel *>(w); label && !label->text().isEmpty())
            QVERIFY2(label->font().pixelSize() >= wall::kMinTextPx, qPrintable(label->text()));
    }
    QVERIFY(!anyMessageBox());
    // The emulator saw only reads from the wall.
    QCOMPARE(sim.emulator().server().writeRequests(), 0);
    session.stop();
}

void TestWall::R11_splitConferencesAreTheEmulatorsOwn()
{
    ClientFixture sim;
    ClientFixture::Options options;
    options.deployment = SimFixture::config(12);
    // Busy, short meetings on few aliases: callers of one meeting on
    // several nodes, and nodes that drain in minutes.
    options.deployment.callLoad = 20;
    options.deployment.conferenceCount = 6;
    options.deployment.timings.meanCall = std::chrono::minutes(3);
    QVERIFY2(sim.start(options), qPrintable(sim.startError()));
    QVERIFY(sim.advance(1800).status == 200); // calls build up
    QVERIFY(startRun(sim));

    DeploymentSession session(sim.settings(As::ReadOnly), u"Lab"_s);
    WallWindow wall;
    wall.resize(1920, 1080);
    wall.show();
    wall.setSession(&session);
    session.start();
    QTRY_COMPARE_WITH_TIMEOUT(session.nodes().rowCount(), 12, 30000);

    // Move the frozen clock until the emulator itself sees a split conference.
    using Splits = std::vector<sim::Deployment::SplitConference>;
    const auto truth = [&sim] {
        return sim.emulator().server().withDeployment([](sim::Deployment &d) { return d.splitConferences(); });
    };
    Splits expected;
    for (int step = 0; step < 200 && expected.empty(); ++step) {
        QCOMPARE(sim.advance(60).status, 200);
        expected = truth();
    }
    QVERIFY2(!expected.empty(), "the emulator never had a split conference");
    QVERIFY(refresh(session));
    SplitConferenceWatch *watch = wall.splitWatch();
    // The refresh that answered may have been under way before the last
    // step of the clock (a busy machine): the next one sees the mix.
    QTRY_VERIFY_WITH_TIMEOUT(watch->versionsMixed(), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(!watch->isFetching(), 30000);
    const int before = watch->fetchCount();
    watch->fetchNow(); // the clock is frozen: this read matches the emulator's state now
    QTRY_VERIFY_WITH_TIMEOUT(watch->fetchCount() > before && !watch->isFetching(), 30000);

    QCOMPARE(watch->conferences().size(), static_cast<qsizetype>(expected.size()));
    for (const sim::Deployment::SplitConference &e : expected) {
        const auto shown = std::find_if(watch->conferences().begin(), watch->conferences().end(),
                                        [&e](const SplitConference &c) { return c.name == e.name; });
        QVERIFY2(shown != watch->conferences().end(), qPrintable(e.name));
        QCOMPARE(shown->participantsByVersion.size(), static_cast<qsizetype>(e.participantsByVersion.size()));
        for (const auto &[version, count] : e.participantsByVersion)
            QCOMPARE(shown->participantsByVersion.value(version), count);
    }
    // And the wall says it, by name, with the count per version.
    const QStringList lines = wall.splitPanel()->lines();
    QCOMPARE(lines.size(), static_cast<qsizetype>(expected.size()));
    QVERIFY2(lines.join(u'\n').contains(expected.front().name), qPrintable(lines.join(u'\n')));
    QVERIFY2(lines.constFirst().contains(u" on 11"_s) && lines.constFirst().contains(u" on 10.2"_s),
             qPrintable(lines.constFirst()));
    QCOMPARE(sim.emulator().server().writeRequests(), 1); // the test's own upload (the start), nothing from the wall
    session.stop();
}

void TestWall::staleData_bannerWhenTheFeedStops()
{
    ClientFixture sim;
    QVERIFY2(sim.start(3), qPrintable(sim.startError()));
    api::ConnectionSettings settings = sim.settings(As::ReadOnly);
    settings.timeout = std::chrono::seconds(2); // a hung request fails soon
    DeploymentSession session(settings, u"Lab"_s);
    session.setRefreshInterval(std::chrono::milliseconds(500)); // stale after 3 s
    WallWindow wall;
    wall.resize(1920, 1080);
    wall.show();
    wall.setSession(&session);
    session.start();
    QTRY_COMPARE_WITH_TIMEOUT(session.nodes().rowCount(), 3, 30000);
    QVERIFY(!showsNotice(wall, u"staleBanner"_s));

    sim.emulator().stop(); // the feed stops
    QTRY_VERIFY_WITH_TIMEOUT(showsNotice(wall, u"staleBanner"_s), 20000);
    QVERIFY(notice(wall, u"staleBanner"_s).headline.startsWith(u"Stale data"_s));
    QTRY_VERIFY_WITH_TIMEOUT(showsNotice(wall, u"connectionBanner"_s), 20000); // and why: no answer; it keeps trying
    QVERIFY(notice(wall, u"connectionBanner"_s).detail.contains(u"keeps trying"_s));
    QVERIFY(wall.findChild<QWidget *>(u"staleBanner"_s)->isVisible());
    QVERIFY(session.nodes().rowCount() == 3); // the last picture stays
    QVERIFY(!anyMessageBox());
    session.stop();
}

void TestWall::R1_managementRebootShownAsExpected()
{
    ClientFixture sim;
    QVERIFY2(sim.start(3), qPrintable(sim.startError()));
    DeploymentSession session(sim.settings(As::ReadOnly), u"Lab"_s);
    WallWindow wall;
    wall.resize(1920, 1080);
    wall.show();
    wall.setSession(&session);
    session.start();
    QTRY_COMPARE_WITH_TIMEOUT(session.nodes().rowCount(), 3, 30000);
    QVERIFY(startRun(sim));
    QVERIFY(refresh(session));

    // The Management Node installs, then reboots by itself (R1).
    const auto down = [&sim] {
        return sim.emulator().server().withDeployment([](sim::Deployment &d) { return d.managementDownUntil().has_value(); });
    };
    for (int step = 0; step < 120 && !down(); ++step)
        QCOMPARE(sim.advance(10).status, 200);
    QVERIFY(down());
    QVERIFY(refresh(session));
    QTRY_VERIFY_WITH_TIMEOUT(showsNotice(wall, u"rebootingBanner"_s), 10000);
    const WallNotice r1 = notice(wall, u"rebootingBanner"_s);
    QVERIFY2(r1.headline.contains(u"expected"_s), qPrintable(r1.headline));
    QCOMPARE(r1.kind, WallNotice::Kind::Expected);
    for (const WallNotice &n : wall.notices())
        QVERIFY2(n.kind != WallNotice::Kind::Problem, qPrintable(n.headline)); // not an error
    QVERIFY(!anyMessageBox());

    // Back by itself once it is up: the banner goes.
    QCOMPARE(sim.advance(600).status, 200);
    QVERIFY(refresh(session));
    QTRY_VERIFY_WITH_TIMEOUT(!showsNotice(wall, u"rebootingBanner"_s), 30000);
    session.stop();
}

void TestWall::kiosk_wallRemembersItsProfile()
{
    ClientFixture sim;
    QVERIFY2(sim.start(3), qPrintable(sim.startError()));
    ProfileStore profiles(m_home.filePath(u"profiles.ini"_s));
    SecretStore secrets(u"Infinity Upgrade Console (tests)"_s);
    QSettings settings(m_home.filePath(u"wall.ini"_s), QSettings::IniFormat);
    Profile p;
    p.name = u"NOC lab"_s;
    p.url = sim.url();
    p.user = u"noc"_s;
    p.pinnedSha256 = sim.fingerprint();
    p.readOnlyAccount = true;
    const Result<Profile> saved = profiles.save(p);
    QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().message));
    // In the keychain when there is one, else for this session: either way
    // the wall reads it without asking.
    const Result<SecretStore::Kept> stored = await(secrets.writePassword(ProfileStore::secretKey(*saved), u"wall"_s));
    if (!stored)
        QSKIP(qPrintable(u"no keychain to keep the password in (run under scripts/keyring-session): "_s + stored.error().message));

    {
        WallLauncher first(profiles, secrets, {}, &settings); // --wall --profile "NOC lab"
        QSignalSpy started(&first, &WallLauncher::sessionStarted);
        first.openProfile(u"NOC lab"_s);
        QVERIFY(started.wait(20000));
        QTRY_COMPARE_WITH_TIMEOUT(first.session()->nodes().rowCount(), 3, 30000);
    }
    WallLauncher later(profiles, secrets, {}, &settings); // --wall alone, at the next start
    QCOMPARE(later.rememberedProfile(), u"NOC lab"_s);
    QSignalSpy started(&later, &WallLauncher::sessionStarted);
    later.openProfile({});
    QVERIFY(started.wait(20000));
    QCOMPARE(later.session()->displayName(), u"NOC lab"_s);
    QTRY_COMPARE_WITH_TIMEOUT(later.session()->nodes().rowCount(), 3, 30000);
    QCOMPARE(sim.emulator().server().writeRequests(), 0);
    await(secrets.removePassword(ProfileStore::secretKey(*saved)));
}

void TestWall::kiosk_problemsAreBannersNotDialogs()
{
    ProfileStore profiles(m_home.filePath(u"profiles-empty.ini"_s));
    SecretStore secrets(u"Infinity Upgrade Console (tests)"_s);
    QSettings settings(m_home.filePath(u"wall-empty.ini"_s), QSettings::IniFormat);
    {
        WallLauncher launcher(profiles, secrets, {}, &settings);
        launcher.openProfile({}); // nothing remembered yet
        QVERIFY(showsNotice(launcher.window(), u"problemBanner"_s));
        QVERIFY(notice(launcher.window(), u"problemBanner"_s).detail.contains(u"--wall --profile"_s));
    }
    WallLauncher launcher(profiles, secrets, {}, &settings);
    launcher.openProfile(u"gone"_s);
    QVERIFY(notice(launcher.window(), u"problemBanner"_s).headline.contains(u"gone"_s));
    QVERIFY(launcher.rememberedProfile().isEmpty()); // a name that is not saved is not remembered

    // A saved profile without a saved password: said, not asked.
    Profile p;
    p.name = u"no password"_s;
    p.url = QUrl(u"https://127.0.0.1:9"_s);
    p.user = u"noc"_s;
    QVERIFY(profiles.save(p));
    WallLauncher third(profiles, secrets, {}, &settings);
    third.openProfile(u"no password"_s);
    QTRY_VERIFY_WITH_TIMEOUT(showsNotice(third.window(), u"problemBanner"_s), 20000);
    QVERIFY(!third.session());
    QVERIFY(!anyMessageBox());
}

QTEST_MAIN(TestWall)
#include "tst_wall.moc"
