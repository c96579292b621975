#pragma once

// Error codes of upgradectl's own: a command line it cannot run.
// Stable: scripts read them (`--json`) and tests name them. Compare with
// Error::is(), never with a string literal.

#include <QLatin1StringView>

namespace iuc::cli {

namespace CliError {
inline constexpr QLatin1StringView Domain{"cli"}; // every code of it: "cli.…"
inline constexpr QLatin1StringView Usage{"cli.usage"};
inline constexpr QLatin1StringView UnknownCommand{"cli.unknown-command"};
inline constexpr QLatin1StringView Write{"cli.write"}; // a file upgradectl was asked to write
} // namespace CliError

} // namespace iuc::cli
