#pragma once

// upgradectl's command-line options (QCommandLineParser): its --help, and
// the command line they describe.

#include "cli/commands/commandline.h"

#include <QString>

#include <variant>

namespace iuc::cli {

struct ParsedOptions
{
    CommandLine line;
};

// What the arguments ask for: a command line, or an exit code after --help,
// --version or a usage error (printed already).
std::variant<ParsedOptions, int> parseOptions(const QStringList &arguments);

} // namespace iuc::cli
