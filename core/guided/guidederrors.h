#pragma once

// Error codes of the guided upgrade.
// Stable: scripts read them (`--json`) and tests name them. Compare with
// Error::is(), never with a string literal.

#include <QLatin1StringView>

namespace iuc {

namespace GuidedError {
inline constexpr QLatin1StringView Domain{"guided"}; // every code of it: "guided.…"
inline constexpr QLatin1StringView Closed{"guided.closed"};
inline constexpr QLatin1StringView Locked{"guided.locked"};
inline constexpr QLatin1StringView NoState{"guided.no-state"};
inline constexpr QLatin1StringView StateUnreadable{"guided.state-unreadable"};
inline constexpr QLatin1StringView StateWrite{"guided.state-write"};
inline constexpr QLatin1StringView WrongPackage{"guided.wrong-package"};
} // namespace GuidedError

} // namespace iuc
