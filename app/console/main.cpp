// upgrade-console: the desktop console for rolling upgrades of a Pexip
// Infinity platform (DESIGN §1). Entry point only: options, translations,
// the demo factory handed to the ui, and the screenshot mode.

#include "emulator/demo/consoledemo.h"

#include "core/session/deploymentsession.h"
#include "core/storage/profilestore.h"
#include "core/storage/secretstore.h"
#include "translations/translations.h"
#include "ui/common/firstpaintprobe.h"
#include "ui/common/statusstyle.h"
#include "ui/console/consolecontroller.h"
#include "ui/main/mainwindow.h"
#include "ui/wall/walllauncher.h"
#include "ui/wall/wallwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QMessageBox>
#include <QPixmap>
#include <QScreen>
#include <QTimer>

#include <cstdio>
#include <cstring>
#include <memory>
#include <optional>
#include <variant>

using namespace Qt::StringLiterals;

namespace {

constexpr int kUsageError = 2;
constexpr int kFailed = 1;
// The screenshot waits this long at most for a fresh refresh before it is taken.
constexpr int kFreshDataWaitMs = 4000;


void printError(const QString &message)
{
    std::fprintf(stderr, "upgrade-console: %s\n", qPrintable(message));
}

bool hasArgument(int argc, char **argv, const char *name)
{
    const size_t length = std::strlen(name);
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], name) == 0 || (std::strncmp(argv[i], name, length) == 0 && argv[i][length] == '='))
            return true;
    }
    return false;
}

// --help and --version print text: they need no window.
bool wantsTextOnly(int argc, char **argv)
{
    for (const char *name : {"-h", "--help", "--help-all", "-?", "-v", "--version"}) {
        if (hasArgument(argc, argv, name))
            return true;
    }
    return false;
}

// On Linux and the BSDs a window needs an X11 or Wayland display, unless a
// Qt platform was chosen explicitly (offscreen, vnc, …). Without one,
// QApplication would abort with a message that does not say what to do.
bool hasDisplay()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    return !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") || !qEnvironmentVariableIsEmpty("DISPLAY")
           || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
#else
    return true;
#endif
}

struct Options
{
    bool demo = false;
    bool demoRun = false;
    bool wizard = false;
    bool wall = false;
    QString profile;
    QString screenshot;
    int screenshotAfterSeconds = 20;
    iuc::demo::DemoOptions demoOptions;
};

struct Parser
{
    QCommandLineParser parser;
    QCommandLineOption demo{u"demo"_s,
                            QCoreApplication::translate("upgrade-console",
                                "Start on a demo deployment: a simulated Management Node with Conferencing Nodes and "
                                "live calls, running on this computer.")};
    QCommandLineOption demoRun{u"demo-run"_s,
                               QCoreApplication::translate("upgrade-console",
                                   "With --demo: start the upgrade at once, as if its package had been uploaded and "
                                   "confirmed.")};
    QCommandLineOption demoNodes{u"demo-nodes"_s, QCoreApplication::translate("upgrade-console",
                                                      "With --demo: how many Conferencing Nodes (1-1000, default 12)."),
                                 QCoreApplication::translate("upgrade-console", "N"), u"12"_s};
    QCommandLineOption demoVersion{u"demo-version"_s,
                                   QCoreApplication::translate("upgrade-console",
                                       "With --demo: the installed version (default \"10.2 (40234.0.0)\"; \"3 (…)\" gives "
                                       "a deployment that must go through version 6)."),
                                   QCoreApplication::translate("upgrade-console", "VERSION"), u"10.2 (40234.0.0)"_s};
    QCommandLineOption demoSpeed{u"demo-speed"_s,
                                 QCoreApplication::translate("upgrade-console",
                                     "With --demo: simulated seconds per real second (default 60)."), QCoreApplication::translate("upgrade-console", "FACTOR"),
                                 u"60"_s};
    QCommandLineOption wizard{u"wizard"_s,
                              QCoreApplication::translate("upgrade-console",
                                  "Open the guided upgrade (v3 → v6 → v11, with its checklist) once connected.")};
    QCommandLineOption wall{u"wall"_s,
                            QCoreApplication::translate("upgrade-console",
                                "Show the wall display only: full screen and read-only, for a NOC wall. With --profile "
                                "NAME it connects to that saved profile and remembers it for later starts; alone, it "
                                "uses the remembered one. With --demo: the demo's read-only account.")};
    QCommandLineOption profile{u"profile"_s, QCoreApplication::translate("upgrade-console",
                                                 "Connect at start to the saved deployment profile NAME."), QCoreApplication::translate("upgrade-console", "NAME")};
    QCommandLineOption language{u"lang"_s, QCoreApplication::translate("upgrade-console",
                                               "Show the console in the language CODE (e.g. nb, de); default: the locale's."), QCoreApplication::translate("upgrade-console", "CODE")};
    QCommandLineOption screenshot{u"screenshot"_s,
                                  QCoreApplication::translate("upgrade-console",
                                      "With --demo: save a picture of the main window to FILE (PNG) once the upgrade "
                                      "has run for a while, then quit. Works without a display."),
                                  QCoreApplication::translate("upgrade-console", "FILE")};
    QCommandLineOption screenshotAfter{u"screenshot-after"_s,
                                       QCoreApplication::translate("upgrade-console",
                                           "With --screenshot: seconds to let the demo run first (default 20)."),
                                       QCoreApplication::translate("upgrade-console", "SECONDS"), u"20"_s};

    Parser()
    {
        parser.setApplicationDescription(
            QCoreApplication::translate("upgrade-console",
                "Infinity Upgrade Console: rolling upgrades of a Pexip Infinity platform, watched node by node."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOptions(
            {demo, demoRun, demoNodes, demoVersion, demoSpeed, wizard, wall, profile, language, screenshot, screenshotAfter});
    }

    // The options, or the message that says what is wrong with them.
    std::variant<Options, QString> read() const
    {
        Options o;
        o.demo = parser.isSet(demo);
        o.demoRun = parser.isSet(demoRun);
        o.wizard = parser.isSet(wizard);
        o.wall = parser.isSet(wall);
        o.profile = parser.value(profile).trimmed();
        o.screenshot = parser.value(screenshot);
        if (!parser.positionalArguments().isEmpty())
            return QCoreApplication::translate("upgrade-console",
                       "unexpected argument \"%1\"; see --help.").arg(parser.positionalArguments().constFirst());
        if (o.wall && o.wizard)
            return QCoreApplication::translate("upgrade-console",
                       "--wall and --wizard cannot be combined: the wall display is read-only.");
        if (o.demo && !o.profile.isEmpty())
            return QCoreApplication::translate("upgrade-console",
                       "--demo and --profile cannot be combined: choose one deployment to start on.");
        if (parser.isSet(profile) && o.profile.isEmpty())
            return QCoreApplication::translate("upgrade-console", "--profile needs the name of a saved profile.");
        if (!o.screenshot.isEmpty() && !o.demo)
            return QCoreApplication::translate("upgrade-console", "--screenshot works with --demo only.");
        bool ok = false;
        o.screenshotAfterSeconds = parser.value(screenshotAfter).toInt(&ok);
        if (!ok || o.screenshotAfterSeconds < 1 || o.screenshotAfterSeconds > 3600)
            return QCoreApplication::translate("upgrade-console",
                       "--screenshot-after takes a number of seconds from 1 to 3600.");
        o.demoOptions.nodes = parser.value(demoNodes).toInt(&ok);
        if (!ok || o.demoOptions.nodes < 1 || o.demoOptions.nodes > 1000)
            return QCoreApplication::translate("upgrade-console", "--demo-nodes takes a number from 1 to 1000.");
        o.demoOptions.timeScale = parser.value(demoSpeed).toDouble(&ok);
        if (!ok || o.demoOptions.timeScale <= 0 || o.demoOptions.timeScale > 100000)
            return QCoreApplication::translate("upgrade-console",
                       "--demo-speed takes a factor above 0, for example 60.");
        o.demoOptions.version = parser.value(demoVersion).trimmed();
        // A picture of a deployment where nothing happens shows little.
        o.demoRun = o.demoRun || !o.screenshot.isEmpty();
        return o;
    }
};

// Saves `widget` as a PNG, says where, and ends the program (kFailed when
// the file cannot be written).
void saveScreenshotAndQuit(QWidget &widget, const QString &file)
{
    const QPixmap picture = widget.grab();
    if (picture.isNull() || !picture.save(file, "PNG")) {
        printError(QCoreApplication::translate("upgrade-console",
                       "could not write the screenshot to %1.").arg(file));
        QCoreApplication::exit(kFailed);
        return;
    }
    std::fprintf(stdout, "%s\n", qPrintable(QCoreApplication::translate("upgrade-console",
                                                "Screenshot saved to %1.").arg(QFileInfo(file).absoluteFilePath())));
    std::fflush(stdout);
    QCoreApplication::exit(0);
}

// Waits (briefly) for a refresh taken now, so the picture shows the latest
// state, then saves the window and quits.
void takeScreenshot(iuc::ConsoleController &controller, const QString &file)
{
    auto save = [&controller, file, done = std::make_shared<bool>(false)] {
        if (*done)
            return;
        *done = true;
        saveScreenshotAndQuit(controller.window(), file);
    };
    iuc::DeploymentSession *session = controller.session();
    if (!session) {
        save();
        return;
    }
    QObject::connect(session, &iuc::DeploymentSession::updated, &controller.window(), [save] { QTimer::singleShot(0, save); },
                     Qt::SingleShotConnection);
    QTimer::singleShot(kFreshDataWaitMs, &controller.window(), save);
    session->refreshNow();
}

// `--wall`: the wall display alone, no console window.
int runWall(QApplication &app, const Options &options, iuc::ProfileStore &profiles, iuc::SecretStore &secrets,
            iuc::DemoFactory demoFactory)
{
    iuc::WallLauncher launcher(profiles, secrets, std::move(demoFactory));
    iuc::WallWindow &wall = launcher.window();
    if (!options.screenshot.isEmpty()) {
        wall.resize(1920, 1080); // the wall's design size, whatever the screen
        wall.show();
    } else {
        // Without a window manager (a kiosk's bare X session) full screen
        // is only a request: take the screen's size as well.
        if (const QScreen *screen = QGuiApplication::primaryScreen())
            wall.setGeometry(screen->geometry());
        wall.showFullScreen();
    }
    if (options.demo) {
        const iuc::Result<void> started = launcher.openDemo();
        if (!started) {
            printError(started.error().message);
            return kFailed;
        }
        if (options.demoRun) {
            if (const iuc::Result<void> run = iuc::demo::startDemoRun(*launcher.demo()); !run)
                printError(run.error().message);
        }
    } else {
        launcher.openProfile(options.profile);
    }
    if (!options.screenshot.isEmpty()) {
        const QString file = options.screenshot;
        QTimer::singleShot(options.screenshotAfterSeconds * 1000, &wall,
                           [&wall, file] { saveScreenshotAndQuit(wall, file); });
    }
    return app.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    if (wantsTextOnly(argc, argv)) {
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(u"upgrade-console"_s);
        QCoreApplication::setApplicationVersion(QStringLiteral(IUC_VERSION));
        iuc::installTranslations(app, iuc::chooseLanguage(iuc::languageArgument(argc, argv)));
        Parser p;
        p.parser.process(app); // prints and exits
        return 0;
    }
    if (!hasDisplay()) {
        if (hasArgument(argc, argv, "--screenshot")) {
            qputenv("QT_QPA_PLATFORM", "offscreen"); // a picture needs no screen
        } else {
            printError(QCoreApplication::translate("upgrade-console",
                           "there is no display to open a window on: neither DISPLAY nor WAYLAND_DISPLAY is set, "
                           "and QT_QPA_PLATFORM does not name another platform.\n"
                           "To see the console on this machine, run it in a virtual X server:\n"
                           "    xvfb-run -a upgrade-console --demo\n"
                           "or save a picture of the demo without any display:\n"
                           "    QT_QPA_PLATFORM=offscreen upgrade-console --demo --screenshot console.png"));
            return kUsageError;
        }
    }

    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(iuc::ProfileStore::defaultOrganization());
    QCoreApplication::setApplicationName(u"upgrade-console"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(IUC_VERSION));
    iuc::installTranslations(app, iuc::chooseLanguage(iuc::languageArgument(argc, argv)));
    QGuiApplication::setApplicationDisplayName(QCoreApplication::translate("upgrade-console",
                                                   "Infinity Upgrade Console"));
    QGuiApplication::setDesktopFileName(u"upgrade-console"_s);
    QApplication::setWindowIcon(iuc::statusstyle::appIcon());

    Parser p;
    p.parser.process(app);
    const auto read = p.read();
    if (const QString *problem = std::get_if<QString>(&read)) {
        printError(*problem);
        return kUsageError;
    }
    const Options options = std::get<Options>(read);

    iuc::ProfileStore profiles;
    iuc::SecretStore secrets;
    const iuc::demo::DemoOptions demoOptions = options.demoOptions;
    iuc::DemoFactory demoFactory = [demoOptions] { return iuc::demo::startDemo(demoOptions); };
    if (options.wall)
        return runWall(app, options, profiles, secrets, demoFactory);
    iuc::ConsoleController controller(profiles, secrets, demoFactory);
    iuc::MainWindow &window = controller.window();
    if (!options.screenshot.isEmpty())
        window.resize(1480, 920); // the same picture whatever the screen or the saved geometry
    if (qEnvironmentVariableIsSet("IUC_EXIT_AFTER_FIRST_PAINT"))
        window.installEventFilter(new iuc::FirstPaintProbe(&window));
    window.show();
    if (options.wizard) {
        // As soon as a deployment is connected (at once for the demo).
        auto *once = new QObject(&controller);
        QObject::connect(&controller, &iuc::ConsoleController::sessionChanged, once, [&controller, once](auto *session) {
            if (!session)
                return;
            controller.openGuidedUpgrade();
            once->deleteLater(); // once only
        });
    }

    if (options.demo) {
        const iuc::Result<void> started = controller.openDemo();
        if (!started) {
            printError(started.error().message);
            if (!options.screenshot.isEmpty())
                return kFailed;
            QMessageBox::critical(&window, QCoreApplication::translate("upgrade-console",
                                               "Demo deployment"), started.error().message);
            controller.showConnectDialog();
        } else if (options.demoRun) {
            const iuc::Result<void> run = iuc::demo::startDemoRun(*controller.demo());
            if (!run) {
                printError(run.error().message);
                if (!options.screenshot.isEmpty())
                    return kFailed;
            }
        }
    } else {
        // Never a silent connection: the dialog, with the last profile
        // picked, or connecting to the one asked for.
        controller.showConnectDialog(options.profile);
    }

    if (!options.screenshot.isEmpty()) {
        const QString file = options.screenshot;
        QTimer::singleShot(options.screenshotAfterSeconds * 1000, &window,
                           [&controller, file] { takeScreenshot(controller, file); });
    }
    return app.exec();
}
