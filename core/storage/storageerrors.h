#pragma once

// Error codes of what the console keeps on the workstation: the keychain, the
// profiles and the files kept per deployment.
// Stable: scripts read them (`--json`) and tests name them. Compare with
// Error::is(), never with a string literal.

#include <QLatin1StringView>

namespace iuc {

namespace SecretError {
inline constexpr QLatin1StringView Domain{"secret"}; // every code of it: "secret.…"
inline constexpr QLatin1StringView Cancelled{"secret.cancelled"};
inline constexpr QLatin1StringView Denied{"secret.denied"};
inline constexpr QLatin1StringView Failed{"secret.failed"};
inline constexpr QLatin1StringView InvalidKey{"secret.invalid-key"};
inline constexpr QLatin1StringView NoKeychain{"secret.no-keychain"};
inline constexpr QLatin1StringView NotDeleted{"secret.not-deleted"};
inline constexpr QLatin1StringView NotFound{"secret.not-found"};
inline constexpr QLatin1StringView NotSupported{"secret.not-supported"};
} // namespace SecretError

namespace ProfileError {
inline constexpr QLatin1StringView Domain{"profile"}; // every code of it: "profile.…"
inline constexpr QLatin1StringView CredentialsInUrl{"profile.credentials-in-url"};
inline constexpr QLatin1StringView InsecureUrl{"profile.insecure-url"};
inline constexpr QLatin1StringView InvalidFingerprint{"profile.invalid-fingerprint"};
inline constexpr QLatin1StringView InvalidRefresh{"profile.invalid-refresh"};
inline constexpr QLatin1StringView InvalidUrl{"profile.invalid-url"};
inline constexpr QLatin1StringView MissingName{"profile.missing-name"};
inline constexpr QLatin1StringView MissingUser{"profile.missing-user"};
inline constexpr QLatin1StringView NotFound{"profile.not-found"};
inline constexpr QLatin1StringView NotSaved{"profile.not-saved"};
} // namespace ProfileError

namespace StorageError {
inline constexpr QLatin1StringView Domain{"storage"}; // every code of it: "storage.…"
inline constexpr QLatin1StringView Locked{"storage.locked"};
inline constexpr QLatin1StringView Unreadable{"storage.unreadable"};
inline constexpr QLatin1StringView WriteFailed{"storage.write-failed"};
} // namespace StorageError

} // namespace iuc
