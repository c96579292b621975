#pragma once

// Error codes of the upgrade package: reading, inspecting and writing it.
// Stable: scripts read them (`--json`) and tests name them. Compare with
// Error::is(), never with a string literal.

#include <QLatin1StringView>

namespace iuc {

namespace PackageError {
inline constexpr QLatin1StringView Domain{"package"}; // every code of it: "package.…"
inline constexpr QLatin1StringView BadManifest{"package.bad-manifest"};
inline constexpr QLatin1StringView Cancelled{"package.cancelled"};
inline constexpr QLatin1StringView Damaged{"package.damaged"};
inline constexpr QLatin1StringView NoManifest{"package.no-manifest"};
inline constexpr QLatin1StringView NotAPackage{"package.not-a-package"};
inline constexpr QLatin1StringView NotFound{"package.not-found"};
inline constexpr QLatin1StringView Truncated{"package.truncated"};
inline constexpr QLatin1StringView Unreadable{"package.unreadable"};
inline constexpr QLatin1StringView WriteFailed{"package.write-failed"};
inline constexpr QLatin1StringView WrongProduct{"package.wrong-product"};
} // namespace PackageError

} // namespace iuc
