// upgrade-console: the desktop console for rolling upgrades of a Pexip
// Infinity platform (DESIGN §1). Entry point only: options, translations,
// the demo factory handed to the ui, and the screenshot mode.

#include "app/console/options.h"
#include "emulator/demo/consoledemo.h"
#include "generated/version.h"

#include "core/api/opensslexit.h"
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
#include <QFileInfo>
#include <QMessageBox>
#include <QPixmap>
#include <QScreen>
#include <QTimer>

#include <cstdio>
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
void takeScreenshot(iuc::ui::ConsoleController &controller, const QString &file)
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
int runWall(QApplication &app, const iuc::console::Options &options, iuc::ProfileStore &profiles, iuc::SecretStore &secrets,
            iuc::DemoFactory demoFactory)
{
    iuc::ui::WallLauncher launcher(profiles, secrets, std::move(demoFactory));
    iuc::ui::WallWindow &wall = launcher.window();
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
    iuc::api::keepOpenSslUntilProcessExit(); // first: see its header
    if (iuc::console::wantsTextOnly(argc, argv)) {
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(u"upgrade-console"_s);
        QCoreApplication::setApplicationVersion(QStringLiteral(IUC_VERSION_FULL));
        iuc::installTranslations(app, iuc::chooseLanguage(iuc::languageArgument(argc, argv)));
        iuc::console::parseOptions(app); // prints and exits
        return 0;
    }
    if (!iuc::console::hasDisplay()) {
        if (iuc::console::hasArgument(argc, argv, "--screenshot")) {
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
    QCoreApplication::setApplicationVersion(QStringLiteral(IUC_VERSION_FULL));
    iuc::installTranslations(app, iuc::chooseLanguage(iuc::languageArgument(argc, argv)));
    QGuiApplication::setApplicationDisplayName(QCoreApplication::translate("upgrade-console",
                                                   "Infinity Upgrade Console"));
    QGuiApplication::setDesktopFileName(QStringLiteral(IUC_APP_ID));
    QApplication::setWindowIcon(iuc::ui::statusstyle::appIcon());

    const auto read = iuc::console::parseOptions(app);
    if (const QString *problem = std::get_if<QString>(&read)) {
        printError(*problem);
        return kUsageError;
    }
    const iuc::console::Options options = std::get<iuc::console::Options>(read);

    iuc::ProfileStore profiles;
    iuc::SecretStore secrets;
    const iuc::demo::DemoOptions demoOptions = options.demoOptions;
    iuc::DemoFactory demoFactory = [demoOptions] { return iuc::demo::startDemo(demoOptions); };
    if (options.wall)
        return runWall(app, options, profiles, secrets, demoFactory);
    iuc::ui::ConsoleController controller(profiles, secrets, demoFactory);
    iuc::ui::MainWindow &window = controller.window();
    if (!options.screenshot.isEmpty())
        window.resize(1480, 920); // the same picture whatever the screen or the saved geometry
    if (qEnvironmentVariableIsSet("IUC_EXIT_AFTER_FIRST_PAINT"))
        window.installEventFilter(new iuc::ui::FirstPaintProbe(&window));
    window.show();
    if (options.wizard) {
        // As soon as a deployment is connected (at once for the demo).
        auto *once = new QObject(&controller);
        QObject::connect(&controller, &iuc::ui::ConsoleController::sessionChanged, once, [&controller, once](auto *session) {
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
