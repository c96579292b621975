// upgradectl: the console's core as a command-line tool for terminals and scripts.

#include "cli/commands/commands.h"
#include "core/storage/profilestore.h"
#include "core/storage/secretstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <QCoro/QCoroTask>

using namespace iuc;
using namespace iuc::cli;

namespace {

const char *const kDescription =
    "Upgrades a Pexip Infinity deployment from the command line.\n"
    "\n"
    "Commands:\n"
    "  status [--json]                 the Management Node and every Conferencing Node\n"
    "  watch                           a live table until the upgrade in progress ends (Ctrl-C stops)\n"
    "  inspect FILE [--json]           version, size, SHA-256 of a package; with a connection, whether it fits\n"
    "  plan --to VERSION [--from V]    the upgrade hops needed (v3 goes through v6 to v11)\n"
    "  upgrade FILE [--yes]            inspect, upload, confirm, start, and watch to the end\n"
    "  upgrade-path FILE... [--yes]    the guided upgrade: every hop (v3: the v6 and v11 packages), the\n"
    "                                  pre-flight checklist, each hop verified; run again to resume\n"
    "  reboot management|NODE [--yes]  reboot the Management Node or a Conferencing Node (its calls are dropped)\n"
    "  report [--format csv|html] [--output FILE]   every run's history per node\n"
    "  profile list | save NAME | remove NAME   saved deployments (password in the OS keychain)\n"
    "\n"
    "The password comes from --password-env VAR, the keychain (with --profile), or a prompt.\n"
    "\n"
    "Exit codes:\n"
    "  0 done (upgrade/watch: the run completed)   1 usage error\n"
    "  2 cannot connect or sign in (incl. TLS)     3 refused (wrong package, downgrade, nothing to do)\n"
    "  4 an upgrade is already running (locked)    5 stopped at the 24-hour limit, systems left behind\n"
    "  6 abandoned (Management Node rebooted)      7 declined at a confirmation\n"
    "  8 other failure                             130 interrupted";

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(ProfileStore::defaultOrganization());
    QCoreApplication::setApplicationName(QStringLiteral("upgradectl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(IUC_VERSION));

    QCommandLineParser p;
    p.setApplicationDescription(QString::fromUtf8(kDescription));
    p.addHelpOption();
    p.addVersionOption();
    p.addPositionalArgument(QStringLiteral("command"),
                           QStringLiteral("status, watch, inspect, plan, upgrade, upgrade-path, reboot, report, profile"));
    const QCommandLineOption url({QStringLiteral("url")}, QStringLiteral("Management Node, https://HOST[:PORT]."), QStringLiteral("URL"));
    const QCommandLineOption user({QStringLiteral("user")}, QStringLiteral("Account name."), QStringLiteral("NAME"));
    const QCommandLineOption passwordEnv({QStringLiteral("password-env")},
                                         QStringLiteral("Environment variable holding the password."), QStringLiteral("VAR"));
    const QCommandLineOption profile({QStringLiteral("profile")}, QStringLiteral("A saved deployment profile."), QStringLiteral("NAME"));
    const QCommandLineOption pin({QStringLiteral("pin")}, QStringLiteral("Trust exactly the certificate with this SHA-256 fingerprint."),
                                 QStringLiteral("SHA256"));
    const QCommandLineOption ca({QStringLiteral("ca")}, QStringLiteral("Also trust the CA certificate(s) in this file."), QStringLiteral("FILE"));
    const QCommandLineOption insecure({QStringLiteral("insecure-loopback")},
                                      QStringLiteral("Accept any certificate, for a Management Node on this computer only."));
    const QCommandLineOption json({QStringLiteral("json")}, QStringLiteral("Machine-readable output (status, inspect)."));
    const QCommandLineOption yes({QStringLiteral("yes"), QStringLiteral("y")}, QStringLiteral("Do not ask for confirmation."));
    const QCommandLineOption to({QStringLiteral("to")}, QStringLiteral("plan: the version wanted."), QStringLiteral("VERSION"));
    const QCommandLineOption from({QStringLiteral("from")}, QStringLiteral("plan: the version installed."), QStringLiteral("VERSION"));
    const QCommandLineOption format({QStringLiteral("format")}, QStringLiteral("report: csv (default) or html."),
                                    QStringLiteral("FORMAT"), QStringLiteral("csv"));
    const QCommandLineOption output({QStringLiteral("output"), QStringLiteral("o")}, QStringLiteral("report: write to FILE."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption interval({QStringLiteral("interval")}, QStringLiteral("Refresh every N seconds (default 5)."),
                                      QStringLiteral("N"), QStringLiteral("5"));
    p.addOptions({url, user, passwordEnv, profile, pin, ca, insecure, json, yes, to, from, format, output, interval});
    if (!p.parse(QCoreApplication::arguments())) {
        std::fprintf(stderr, "upgradectl: %s\n", qPrintable(p.errorText()));
        return Usage;
    }
    if (p.isSet(QStringLiteral("version")))
        p.showVersion();
    const QStringList args = p.positionalArguments();
    if (p.isSet(QStringLiteral("help")) || args.isEmpty())
        p.showHelp(args.isEmpty() && !p.isSet(QStringLiteral("help")) ? Usage : Ok);

    const QString command = args.constFirst();
    Terminal terminal;
    bool ok = false;
    const int seconds = p.value(interval).toInt(&ok);
    if (!ok || seconds < 1 || seconds > 3600) {
        terminal.error(QStringLiteral("upgradectl: --interval takes 1 to 3600 seconds."));
        return Usage;
    }
    const auto refresh = std::chrono::seconds(seconds);
    auto needs = [&](int count, const char *usage) {
        if (args.size() == count)
            return true;
        terminal.error(QStringLiteral("upgradectl: usage: upgradectl [options] %1").arg(QLatin1StringView(usage)));
        return false;
    };
    const QStringList known{QStringLiteral("status"),  QStringLiteral("watch"),  QStringLiteral("inspect"),
                            QStringLiteral("plan"),    QStringLiteral("upgrade"), QStringLiteral("reboot"),
                            QStringLiteral("report"),  QStringLiteral("profile"), QStringLiteral("upgrade-path")};
    if (!known.contains(command)) {
        terminal.error(QStringLiteral("upgradectl: unknown command \"%1\"; see upgradectl --help.").arg(command));
        return Usage;
    }

    ConnectOptions options{p.value(url), p.value(user), p.value(passwordEnv), p.value(profile),
                           p.value(pin),  p.value(ca),   p.isSet(insecure)};
    const bool wantsConnection = !options.url.isEmpty() || !options.profile.isEmpty();
    ProfileStore profiles;
    SecretStore secrets;
    CliContext context(terminal, options, profiles, secrets);
    installInterruptHandler();

    auto run = [&]() -> QCoro::Task<int> {
        if (command == QStringLiteral("profile"))
            co_return co_await profileCommand(terminal, profiles, secrets, args.mid(1), options);
        // Offline commands first: they connect only when asked to.
        if (command == QStringLiteral("inspect") || command == QStringLiteral("plan")) {
            if (command == QStringLiteral("inspect") && !needs(2, "inspect FILE"))
                co_return Usage;
            if (command == QStringLiteral("plan") && (!p.isSet(to) || !needs(1, "plan --to VERSION [--from VERSION]")))
                co_return Usage;
            CliContext *connected = nullptr;
            if (wantsConnection && !(command == QStringLiteral("plan") && p.isSet(from))) {
                if (const auto failed = co_await context.connect())
                    co_return *failed;
                connected = &context;
            }
            if (command == QStringLiteral("inspect"))
                co_return co_await inspectCommand(terminal, connected, args.at(1), p.isSet(json));
            co_return co_await planCommand(terminal, connected, p.value(to), p.value(from));
        }
        if (command == QStringLiteral("upgrade-path") && args.size() < 2) {
            terminal.error(QStringLiteral("upgradectl: usage: upgradectl [options] upgrade-path FILE... [--yes]"));
            co_return Usage;
        }
        if ((command == QStringLiteral("upgrade") && !needs(2, "upgrade FILE [--yes]"))
            || (command == QStringLiteral("reboot") && !needs(2, "reboot management|NODE [--yes]"))
            || ((command == QStringLiteral("status") || command == QStringLiteral("watch") || command == QStringLiteral("report"))
                && !needs(1, qPrintable(command)))) {
            co_return Usage;
        }
        if (const auto failed = co_await context.connect())
            co_return *failed;
        if (command == QStringLiteral("status"))
            co_return co_await statusCommand(context, p.isSet(json));
        if (command == QStringLiteral("watch"))
            co_return co_await watchCommand(context, refresh);
        if (command == QStringLiteral("upgrade"))
            co_return co_await upgradeCommand(context, args.at(1), p.isSet(yes), refresh);
        if (command == QStringLiteral("upgrade-path"))
            co_return co_await upgradePathCommand(context, args.mid(1), p.isSet(yes), refresh);
        if (command == QStringLiteral("reboot"))
            co_return co_await rebootCommand(context, args.at(1), p.isSet(yes));
        co_return co_await reportCommand(context, p.value(format), p.value(output));
    };
    return QCoro::waitFor(run());
}
