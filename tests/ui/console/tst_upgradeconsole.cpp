// upgrade-console as the user starts it: the demo's screenshot without any
// display, the message (and exit code) when there is no display to open a
// window on, and options that do not fit together.

#include "tests/common/consoleprocess.h"

#include <QColor>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr int kConsoleTimeoutMs = 180000;

using Run = iuc::test::ConsoleRun;
using iuc::test::privateEnvironment;

Run runConsole(const QStringList &arguments, const QProcessEnvironment &env)
{
    return iuc::test::runProgram(QStringLiteral(UPGRADE_CONSOLE_PATH), arguments, env, kConsoleTimeoutMs);
}

} // namespace

class TestUpgradeConsole final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void demoScreenshot_savesThePictureHeadlessAndQuits();
    void noDisplay_saysHowToRunItAndExits2();
    void demoWall_readOnlyWallAtItsDesignSize();
    void helpNeedsNoDisplay();
    void options_thatDoNotFitAreRefused();
};

void TestUpgradeConsole::demoScreenshot_savesThePictureHeadlessAndQuits()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QProcessEnvironment env = privateEnvironment(home);
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    const QString file = home.filePath(u"console.png"_s);

    const Run run = runConsole({u"--demo"_s, u"--screenshot"_s, file, u"--screenshot-after"_s, u"5"_s}, env);
    QVERIFY2(run.finished, run.describe().constData());
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    QVERIFY2(run.out.contains("console.png"), run.describe().constData());

    const QImage picture(file);
    QVERIFY2(!picture.isNull(), "not a readable PNG");
    QVERIFY(picture.width() >= 1000);
    QVERIFY(picture.height() >= 600);
    // A window with a table, text and icons, not a blank or black area.
    QSet<QRgb> colours;
    for (int y = 0; y < picture.height(); y += 3) {
        for (int x = 0; x < picture.width(); x += 3)
            colours.insert(picture.pixel(x, y));
    }
    QVERIFY2(colours.size() > 40, qPrintable(u"only %1 colours"_s.arg(colours.size())));
    // Kept next to the test for a person to look at.
    QFile::remove(u"screenshot-console-demo.png"_s);
    QVERIFY(QFile::copy(file, u"screenshot-console-demo.png"_s));

    // The demo's files were written to the cache, for the next demo to reuse.
    const QString cache = home.filePath(u"cache/InfinityUpgradeConsole/upgrade-console/demo"_s);
    QVERIFY2(QFile::exists(cache + u"/Pexip_Infinity_v11_UPGRADE_71234.tar"_s), qPrintable(cache));
    QVERIFY(QFile::exists(cache + u"/release-notes-11.pdf"_s));
}

void TestUpgradeConsole::demoWall_readOnlyWallAtItsDesignSize()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QProcessEnvironment env = privateEnvironment(home);
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    const QString file = home.filePath(u"wall.png"_s);
    const Run run = runConsole({u"--demo"_s, u"--wall"_s, u"--screenshot"_s, file, u"--screenshot-after"_s, u"4"_s}, env);
    QVERIFY2(run.finished, run.describe().constData());
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    const QImage picture(file);
    QVERIFY2(!picture.isNull(), "not a readable PNG");
    QCOMPARE(picture.size(), QSize(1920, 1080));
    // The wall's dark ground, not the console's window.
    QVERIFY(QColor(picture.pixel(5, picture.height() - 5)).lightness() < 60);
}

void TestUpgradeConsole::noDisplay_saysHowToRunItAndExits2()
{
#if !defined(Q_OS_UNIX) || defined(Q_OS_MACOS)
    QSKIP("only X11 and Wayland systems can be without a display");
#endif
    QTemporaryDir home;
    QProcessEnvironment env = privateEnvironment(home);
    for (const QString &name : {u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s, u"QT_QPA_PLATFORM"_s})
        env.remove(name);
    const Run run = runConsole({u"--demo"_s}, env);
    QVERIFY2(run.finished, run.describe().constData());
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("no display"), run.describe().constData());
    QVERIFY2(run.err.contains("xvfb-run -a upgrade-console --demo"), run.describe().constData());
    QVERIFY2(run.err.contains("QT_QPA_PLATFORM=offscreen"), run.describe().constData());
    QVERIFY2(!run.err.contains("could not connect to display"), "Qt's own abort came first");
}

void TestUpgradeConsole::helpNeedsNoDisplay()
{
    QTemporaryDir home;
    QProcessEnvironment env = privateEnvironment(home);
    for (const QString &name : {u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s, u"QT_QPA_PLATFORM"_s})
        env.remove(name);
    const Run run = runConsole({u"--help"_s}, env);
    QVERIFY2(run.finished && run.exitCode == 0, run.describe().constData());
    for (const char *option : {"--demo", "--profile", "--lang", "--screenshot", "--screenshot-after", "--demo-nodes",
                               "--demo-version", "--demo-api"})
        QVERIFY2(run.out.contains(option), option);
}

void TestUpgradeConsole::options_thatDoNotFitAreRefused()
{
    QTemporaryDir home;
    QProcessEnvironment env = privateEnvironment(home);
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    const struct
    {
        QStringList arguments;
        QByteArray says;
    } cases[] = {
        {{u"--screenshot"_s, home.filePath(u"x.png"_s)}, "--demo"},
        {{u"--demo"_s, u"--profile"_s, u"Oslo"_s}, "cannot be combined"},
        {{u"--demo"_s, u"--demo-nodes"_s, u"0"_s}, "--demo-nodes"},
        {{u"--demo"_s, u"--demo-api"_s, u"pexip-v99"_s}, "--demo-api takes one of: pexip, pexip-v24, extended"},
        {{u"--demo"_s, u"--screenshot"_s, home.filePath(u"x.png"_s), u"--screenshot-after"_s, u"soon"_s},
         "--screenshot-after"},
    };
    for (const auto &c : cases) {
        const Run run = runConsole(c.arguments, env);
        QVERIFY2(run.finished, run.describe().constData());
        QVERIFY2(run.exitCode == 2, run.describe().constData());
        QVERIFY2(run.err.contains(c.says), run.describe().constData());
    }
    QVERIFY(!QFile::exists(home.filePath(u"x.png"_s)));
}

QTEST_GUILESS_MAIN(TestUpgradeConsole)
#include "tst_upgradeconsole.moc"
