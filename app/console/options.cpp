#include "app/console/options.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstring>

using namespace Qt::StringLiterals;

namespace iuc::console {

bool hasArgument(int argc, char **argv, const char *name)
{
    const size_t length = std::strlen(name);
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], name) == 0 || (std::strncmp(argv[i], name, length) == 0 && argv[i][length] == '='))
            return true;
    }
    return false;
}

bool wantsTextOnly(int argc, char **argv)
{
    for (const char *name : {"-h", "--help", "--help-all", "-?", "-v", "--version"}) {
        if (hasArgument(argc, argv, name))
            return true;
    }
    return false;
}

bool hasDisplay()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    return !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") || !qEnvironmentVariableIsEmpty("DISPLAY")
           || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
#else
    return true;
#endif
}

namespace {

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
    QCommandLineOption demoApi{u"demo-api"_s,
                               QCoreApplication::translate("upgrade-console",
                                   "With --demo: which Management Node API the demo serves: pexip (default: only "
                                   "what real nodes serve; the administrator log comes by syslog), pexip-v24 (the "
                                   "older field set) or extended (plus this project's extensions: the log in the API, "
                                   "the reboot command)."),
                               QCoreApplication::translate("upgrade-console", "PROFILE"), u"pexip"_s};
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
            {demo, demoRun, demoNodes, demoVersion, demoSpeed, demoApi, wizard, wall, profile, language, screenshot, screenshotAfter});
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
        const std::optional<iuc::sim::ApiProfile> api = iuc::sim::parseApiProfile(parser.value(demoApi));
        if (!api)
            return QCoreApplication::translate("upgrade-console", "--demo-api takes one of: %1.").arg(iuc::sim::apiProfileNames());
        o.demoOptions.api = *api;
        // The guided demo's checklist reboots every node: with no hypervisor
        // to do it in, the demo's twin takes the reboot command (extended),
        // unless another profile is asked for (its name shows in the title).
        if (o.demo && o.wizard && !parser.isSet(demoApi))
            o.demoOptions.api = iuc::sim::ApiProfile::Extended;
        // A picture of a deployment where nothing happens shows little.
        o.demoRun = o.demoRun || !o.screenshot.isEmpty();
        return o;
    }
};

} // namespace

std::variant<Options, QString> parseOptions(const QCoreApplication &app)
{
    Parser p;
    p.parser.process(app);
    return p.read();
}

} // namespace iuc::console
