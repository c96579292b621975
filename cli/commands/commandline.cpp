#include "cli/commands/commandline.h"

#include "cli/clierrors.h"
#include "cli/commands/commands.h"
#include "cli/exitcodes.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace iuc::cli {

namespace {

// Says how to call the command (in JSON with --json); the exit code for it.
int usage(Terminal &terminal, const QString &how)
{
    return CliContext::report(
        terminal, Error{CliError::Usage, QCoreApplication::translate("upgradectl", "usage: upgradectl [options] %1").arg(how)},
        Usage);
}

// Whether the command got `count` words (itself included); else says how to call it.
bool takes(const CommandLine &line, Terminal &terminal, qsizetype count, const QString &how)
{
    if (line.arguments.size() + 1 == count)
        return true;
    usage(terminal, how);
    return false;
}

} // namespace

QStringList knownCommands()
{
    return {u"status"_s, u"watch"_s,  u"inspect"_s, u"plan"_s,   u"upgrade"_s,
            u"upgrade-path"_s, u"reboot"_s, u"disconnect-calls"_s, u"report"_s, u"profile"_s, u"probe"_s,
            u"backup"_s};
}

QCoro::Task<int> runCommandLine(const CommandLine &line, Terminal &terminal, ProfileStore &profiles,
                                SecretStore &secrets)
{
    const QString &command = line.command;
    if (!knownCommands().contains(command)) {
        co_return CliContext::report(
            terminal,
            Error{CliError::UnknownCommand,
                  QCoreApplication::translate("upgradectl", "unknown command \"%1\"; see upgradectl --help.").arg(command)},
            Usage);
    }
    if (command == u"profile")
        co_return co_await profileCommand(terminal, profiles, secrets, line.arguments, line.connect, line.webhook);

    CliContext context(terminal, line.connect, profiles, secrets);
    const bool wantsConnection = !line.connect.url.isEmpty() || !line.connect.profile.isEmpty();
    // Offline commands first: they connect only when asked to.
    if (command == u"inspect") {
        if (!takes(line, terminal, 2, u"inspect FILE [--json]"_s))
            co_return Usage;
        CliContext *connected = nullptr;
        if (wantsConnection) {
            if (const auto failed = co_await context.connect())
                co_return *failed;
            connected = &context;
        }
        co_return co_await inspectCommand(terminal, connected, line.arguments.constFirst(), line.json);
    }
    if (command == u"plan") {
        if (line.to.isEmpty())
            co_return usage(terminal, u"plan --to VERSION [--from VERSION]"_s);
        if (!takes(line, terminal, 1, u"plan --to VERSION [--from VERSION]"_s))
            co_return Usage;
        CliContext *connected = nullptr;
        if (wantsConnection && line.from.isEmpty()) {
            if (const auto failed = co_await context.connect())
                co_return *failed;
            connected = &context;
        }
        co_return co_await planCommand(terminal, connected, line.to, line.from);
    }
    if (command == u"upgrade-path" && line.arguments.isEmpty())
        co_return usage(terminal, u"upgrade-path FILE... [--yes]"_s);
    if ((command == u"upgrade" && !takes(line, terminal, 2, u"upgrade FILE [--yes]"_s))
        || (command == u"reboot" && !takes(line, terminal, 2, u"reboot management|NODE [--yes]"_s))
        || (command == u"disconnect-calls" && !takes(line, terminal, 2, u"disconnect-calls NODE [--yes]"_s))
        || ((command == u"status" || command == u"watch" || command == u"report") && !takes(line, terminal, 1, command))
        || (command == u"probe" && !takes(line, terminal, 1, u"probe [--save DIR] [--json]"_s))
        || (command == u"backup" && !takes(line, terminal, 1, u"backup [--passphrase-env VAR]"_s))) {
        co_return Usage;
    }
    if (line.drainAheadKeep && command != u"upgrade" && command != u"upgrade-path" && command != u"watch")
        co_return usage(terminal, u"upgrade|upgrade-path|watch … --drain-ahead [--keep-in-service PERCENT]"_s);
    context.setDrainAhead(line.drainAheadKeep);
    if (!line.passphraseEnv.isEmpty() && command != u"backup")
        co_return usage(terminal, u"backup [--passphrase-env VAR]"_s);
    if (line.startWindow && command != u"upgrade")
        co_return usage(terminal, u"upgrade FILE --at HH:MM [--until HH:MM]"_s);
    context.setStartWindow(line.startWindow);
    if (const auto failed = co_await context.connect())
        co_return *failed;
    if (command == u"status")
        co_return co_await statusCommand(context, line.json);
    if (command == u"probe")
        co_return co_await probeCommand(context, line.save, line.json);
    if (command == u"watch")
        co_return co_await watchCommand(context, line.refresh);
    if (command == u"upgrade")
        co_return co_await upgradeCommand(context, line.arguments.constFirst(), line.yes, line.refresh);
    if (command == u"upgrade-path")
        co_return co_await upgradePathCommand(context, line.arguments, line.yes, line.refresh);
    if (command == u"reboot")
        co_return co_await rebootCommand(context, line.arguments.constFirst(), line.yes);
    if (command == u"backup")
        co_return co_await backupCommand(context, line.passphraseEnv);
    if (command == u"disconnect-calls")
        co_return co_await disconnectCallsCommand(context, line.arguments.constFirst(), line.yes);
    co_return co_await reportCommand(context, line.format, line.output);
}

} // namespace iuc::cli
