#pragma once

// One upgradectl command line, parsed (app/upgradectl/options.cpp), and the
// command it names run to its exit code.

#include "cli/clicontext.h"
#include "core/domain/startwindow.h"
#include "cli/terminal.h"

#include <QString>
#include <QStringList>

#include <QCoro/QCoroTask>

#include <chrono>
#include <optional>

namespace iuc::cli {

struct CommandLine
{
    QString command;          // status, watch, inspect, …
    QStringList arguments;    // what follows the command
    ConnectOptions connect;   // --url, --user, --profile, --pin, …
    bool json = false;
    bool yes = false;
    QString to, from;         // plan
    QString format, output;   // report
    QString save;             // probe --save DIR
    std::chrono::seconds refresh{5};
    std::optional<int> drainAheadKeep; // --drain-ahead [--keep-in-service PERCENT]
    // profile save: --webhook URL (kept in the keychain), or --no-webhook (empty).
    std::optional<QString> webhook;
    // upgrade --at HH:MM [--until HH:MM]: start then; drain ahead only inside.
    std::optional<StartWindow> startWindow;
    QString passphraseEnv; // backup --passphrase-env VAR
};

// The commands upgradectl knows, in the order --help lists them.
QStringList knownCommands();

// Checks the command's arguments (exit code Usage, with the usage printed),
// connects when the command needs the Management Node, and runs it.
QCoro::Task<int> runCommandLine(const CommandLine &line, Terminal &terminal, ProfileStore &profiles,
                                SecretStore &secrets);

} // namespace iuc::cli
