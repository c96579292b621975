#pragma once

// Error codes of the emulator's server and its accounts.
// Stable: scripts read them (`--json`) and tests name them. Compare with
// Error::is(), never with a string literal.

#include <QLatin1StringView>

namespace iuc::sim {

namespace ServerError {
inline constexpr QLatin1StringView Domain{"server"}; // every code of it: "server.…"
inline constexpr QLatin1StringView Bind{"server.bind"};
inline constexpr QLatin1StringView HttpNotLoopback{"server.http-not-loopback"};
inline constexpr QLatin1StringView PortInUse{"server.port-in-use"};
inline constexpr QLatin1StringView Tls{"server.tls"};
} // namespace ServerError

namespace EmulatorError {
inline constexpr QLatin1StringView Domain{"emulator"}; // every code of it: "emulator.…"
inline constexpr QLatin1StringView DataDir{"emulator.data-dir"};
inline constexpr QLatin1StringView NoDataDir{"emulator.no-data-dir"};
} // namespace EmulatorError

namespace SpellingFileError {
inline constexpr QLatin1StringView Domain{"spelling-file"}; // every code of it: "spelling-file.…"
inline constexpr QLatin1StringView Invalid{"spelling-file.invalid"};
} // namespace SpellingFileError

namespace UserError {
inline constexpr QLatin1StringView Domain{"user"}; // every code of it: "user.…"
inline constexpr QLatin1StringView Invalid{"user.invalid"};
} // namespace UserError

} // namespace iuc::sim
