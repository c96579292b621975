#pragma once

// Error codes of a run's report.
// Stable: scripts read them (`--json`) and tests name them. Compare with
// Error::is(), never with a string literal.

#include <QLatin1StringView>

namespace iuc {

namespace ReportError {
inline constexpr QLatin1StringView Domain{"report"}; // every code of it: "report.…"
inline constexpr QLatin1StringView Write{"report.write"};
} // namespace ReportError

} // namespace iuc
