#pragma once

// Error codes of the domain: versions, upgrade paths (R10), status
// spellings, upgrade behaviour, and the rolling-upgrade run (R6, R7).
// Stable: scripts read them (`--json`) and tests name them. Compare with
// Error::is(), never with a string literal.

#include <QLatin1StringView>

namespace iuc {

namespace VersionError {
inline constexpr QLatin1StringView Domain{"version"}; // every code of it: "version.…"
inline constexpr QLatin1StringView Invalid{"version.invalid"};
} // namespace VersionError

namespace PathError {
inline constexpr QLatin1StringView Domain{"path"}; // every code of it: "path.…"
inline constexpr QLatin1StringView Downgrade{"path.downgrade"};
inline constexpr QLatin1StringView InvalidVersion{"path.invalid-version"};
inline constexpr QLatin1StringView RulesInvalid{"path.rules-invalid"};
inline constexpr QLatin1StringView RulesMalformed{"path.rules-malformed"};
inline constexpr QLatin1StringView RulesUnsupportedFormat{"path.rules-unsupported-format"};
inline constexpr QLatin1StringView UnknownTarget{"path.unknown-target"};
inline constexpr QLatin1StringView UnsupportedSource{"path.unsupported-source"};
} // namespace PathError

namespace SpellingsError {
inline constexpr QLatin1StringView Domain{"spellings"}; // every code of it: "spellings.…"
inline constexpr QLatin1StringView Invalid{"spellings.invalid"};
} // namespace SpellingsError

namespace BehaviourError {
inline constexpr QLatin1StringView Domain{"behaviour"}; // every code of it: "behaviour.…"
inline constexpr QLatin1StringView Invalid{"behaviour.invalid"};
} // namespace BehaviourError

namespace RunError {
inline constexpr QLatin1StringView Domain{"run"}; // every code of it: "run.…"
inline constexpr QLatin1StringView Downgrade{"run.downgrade"};
inline constexpr QLatin1StringView InvalidTarget{"run.invalid-target"};
inline constexpr QLatin1StringView Locked{"run.locked"};
inline constexpr QLatin1StringView NothingToDo{"run.nothing-to-do"};
} // namespace RunError

namespace WindowError {
inline constexpr QLatin1StringView Domain{"window"}; // every code of it: "window.…"
// A start window's time is not HH:MM, or it ends when it starts.
inline constexpr QLatin1StringView BadTime{"window.bad-time"};
} // namespace WindowError

} // namespace iuc
