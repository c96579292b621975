#include "app/upgradectl/options.h"

#include "cli/exitcodes.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace iuc::cli {

namespace {

// lupdate files the tr() calls of this namespace under its name, so that is
// the context their translations are looked up in ("upgradectl" found none:
// --help stayed English).
QString tr(const char *text)
{
    return QCoreApplication::translate("iuc::cli", text);
}

QString description()
{
    return tr("Upgrades a Pexip Infinity deployment from the command line.\n"
              "\n"
              "Commands:\n"
              "  status [--json]                 the Management Node and every Conferencing Node\n"
              "  watch                           a live table until the upgrade in progress ends (Ctrl-C stops)\n"
              "  inspect FILE [--json]           version, size, SHA-256 of a package; with a connection, whether it fits\n"
              "  plan --to VERSION [--from V]    the upgrade hops needed (v3 goes through v6 to v11)\n"
              "  upgrade FILE [--yes]            inspect, upload, confirm, start, and watch to the end\n"
              "  upgrade-path FILE... [--yes]    the guided upgrade: every hop (v3: the v6 and v11 packages), the\n"
              "                                  pre-flight checklist, each hop verified; run again to resume\n"
              "  reboot management|NODE [--yes]  reboot the Management Node or a Conferencing Node (its calls are dropped);\n"
              "                                  without a reboot command in the API: how to, then waits until it is seen\n"
              "  disconnect-calls NODE [--yes]   a node's calls, and on yes they are disconnected: a node whose calls\n"
              "                                  do not clear goes on with its upgrade without a reboot\n"
              "  report [--format csv|html] [--output FILE]   every run's history per node\n"
              "  profile list | save NAME | remove NAME   saved deployments (password in the OS keychain)\n"
              "  probe [--save DIR] [--json]     what this Management Node offers and which features work on it;\n"
              "                                  --save writes its schemas and sample answers for a bug report\n"
              "  backup [--passphrase-env VAR]   a configuration backup by the Management Node (passphrase asked\n"
              "                                  twice, never kept)\n"
              "\n"
              "The password comes from --password-env VAR, the keychain (with --profile), or a prompt.\n"
              "\n"
              "Exit codes:\n"
              "  0    done (upgrade, watch: the run completed)\n"
              "  1    usage error\n"
              "  2    cannot reach the Management Node, or its certificate is not the trusted one\n"
              "  3    refused (wrong package, downgrade, nothing to do)\n"
              "  4    an upgrade is already running (locked)\n"
              "  5    stopped at the 24-hour limit, systems left behind\n"
              "  6    abandoned (Management Node rebooted)\n"
              "  7    declined at a confirmation\n"
              "  8    other failure\n"
              "  9    sign-in refused (user name, password, or the account's role)\n"
              "  130  interrupted");
}

void printUsageError(const QString &message)
{
    std::fprintf(stderr, "%s\n", qPrintable(tr("upgradectl: %1").arg(message)));
}

} // namespace

std::variant<ParsedOptions, int> parseOptions(const QStringList &arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(description());
    p.addHelpOption();
    p.addVersionOption();
    p.addPositionalArgument(u"command"_s, knownCommands().join(u", "_s));
    const QCommandLineOption url(u"url"_s, tr("Management Node, https://HOST[:PORT]."), u"URL"_s);
    const QCommandLineOption user(u"user"_s, tr("Account name."), tr("NAME"));
    const QCommandLineOption passwordEnv(u"password-env"_s, tr("Environment variable holding the password."), u"VAR"_s);
    const QCommandLineOption profile(u"profile"_s, tr("A saved deployment profile."), tr("NAME"));
    const QCommandLineOption pin(u"pin"_s, tr("Trust exactly the certificate with this SHA-256 fingerprint."), u"SHA256"_s);
    const QCommandLineOption ca(u"ca"_s, tr("Also trust the CA certificate(s) in this file."), tr("FILE"));
    const QCommandLineOption insecure(u"insecure-loopback"_s,
                                      tr("Accept any certificate, for a Management Node on this computer only."));
    const QCommandLineOption json(u"json"_s, tr("Machine-readable output (status, inspect, probe), always in English."));
    const QCommandLineOption save(u"save"_s, tr("probe: also save the answers, credentials removed, in DIR."), tr("DIR"));
    const QCommandLineOption yes({u"yes"_s, u"y"_s}, tr("Do not ask for confirmation."));
    const QCommandLineOption to(u"to"_s, tr("plan: the version wanted."), tr("VERSION"));
    const QCommandLineOption from(u"from"_s, tr("plan: the version installed."), tr("VERSION"));
    const QCommandLineOption format(u"format"_s, tr("report: csv (default) or html."), tr("FORMAT"), u"csv"_s);
    const QCommandLineOption output({u"output"_s, u"o"_s}, tr("report: write to FILE."), tr("FILE"));
    const QCommandLineOption interval(u"interval"_s, tr("Refresh every N seconds (default 5)."), u"N"_s, u"5"_s);
    const QCommandLineOption drainAhead(
        u"drain-ahead"_s, tr("upgrade, upgrade-path, watch: put the nodes that come next into maintenance mode ahead "
                             "of their turn, and back into service once upgraded."));
    const QCommandLineOption keep(u"keep-in-service"_s,
                                  tr("With --drain-ahead: the share of each location's capacity kept in service "
                                     "(default 75)."),
                                  tr("PERCENT"), u"75"_s);
    const QCommandLineOption webhook(u"webhook"_s,
                                     tr("profile save: send the profile's alerts to this https:// webhook too (the "
                                        "URL is kept in the keychain)."),
                                     u"URL"_s);
    const QCommandLineOption noWebhook(u"no-webhook"_s, tr("profile save: send no alerts to a webhook."));
    const QCommandLineOption at(u"at"_s,
                                tr("upgrade: upload, validate and confirm now, start at HH:MM (local time)."),
                                u"HH:MM"_s);
    const QCommandLineOption until(u"until"_s,
                                   tr("With --at: the window's end; --drain-ahead drains only inside the window."),
                                   u"HH:MM"_s);
    const QCommandLineOption passphraseEnv(u"passphrase-env"_s,
                                           tr("backup: the environment variable holding the backup's passphrase."),
                                           u"VAR"_s);
    const QCommandLineOption language(u"lang"_s, tr("Speak the language CODE (e.g. nb, de); default: the locale's."),
                                      tr("CODE"));
    p.addOptions({url, user, passwordEnv, profile, pin, ca, insecure, json, yes, to, from, format, output, interval,
                  language, save, drainAhead, keep, webhook, noWebhook, at, until, passphraseEnv});
    if (!p.parse(arguments)) {
        printUsageError(p.errorText());
        return int(Usage);
    }
    if (p.isSet(u"version"_s))
        p.showVersion(); // exits
    const QStringList positional = p.positionalArguments();
    if (p.isSet(u"help"_s) || positional.isEmpty())
        p.showHelp(positional.isEmpty() && !p.isSet(u"help"_s) ? Usage : Ok); // exits

    ParsedOptions o;
    CommandLine &line = o.line;
    line.command = positional.constFirst();
    line.arguments = positional.mid(1);
    line.connect = ConnectOptions{p.value(url), p.value(user), p.value(passwordEnv), p.value(profile),
                                  p.value(pin), p.value(ca),   p.isSet(insecure)};
    line.json = p.isSet(json);
    line.yes = p.isSet(yes);
    line.to = p.value(to);
    line.from = p.value(from);
    line.format = p.value(format);
    line.output = p.value(output);
    line.save = p.value(save);
    line.passphraseEnv = p.value(passphraseEnv);
    bool ok = false;
    const int seconds = p.value(interval).toInt(&ok);
    if (!ok || seconds < 1 || seconds > 3600) {
        printUsageError(tr("--interval takes 1 to 3600 seconds."));
        return int(Usage);
    }
    line.refresh = std::chrono::seconds(seconds);
    const int percent = p.value(keep).toInt(&ok);
    if (!ok || percent < 0 || percent > 100) {
        printUsageError(tr("--keep-in-service takes a share from 0 to 100."));
        return int(Usage);
    }
    if (p.isSet(keep) && !p.isSet(drainAhead)) {
        printUsageError(tr("--keep-in-service goes with --drain-ahead."));
        return int(Usage);
    }
    if (p.isSet(drainAhead))
        line.drainAheadKeep = percent;
    if (p.isSet(until) && !p.isSet(at)) {
        printUsageError(tr("--until goes with --at."));
        return int(Usage);
    }
    if (p.isSet(at)) {
        const Result<StartWindow> window = StartWindow::parse(p.value(at), p.value(until));
        if (!window) {
            printUsageError(window.error().message);
            return int(Usage);
        }
        line.startWindow = window.value();
    }
    if (p.isSet(webhook) && p.isSet(noWebhook)) {
        printUsageError(tr("--webhook and --no-webhook exclude each other."));
        return int(Usage);
    }
    if (p.isSet(webhook) || p.isSet(noWebhook)) {
        if (line.command != u"profile"_s) {
            printUsageError(tr("--webhook and --no-webhook go with profile save."));
            return int(Usage);
        }
        line.webhook = p.isSet(webhook) ? p.value(webhook) : QString();
        if (line.webhook->isEmpty() && p.isSet(webhook)) {
            printUsageError(tr("--webhook takes the receiver's https:// URL."));
            return int(Usage);
        }
    }
    return o;
}

} // namespace iuc::cli
