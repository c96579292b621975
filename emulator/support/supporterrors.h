#pragma once

// Error codes of the emulator's certificate.
// Stable: scripts read them (`--json`) and tests name them. Compare with
// Error::is(), never with a string literal.

#include <QLatin1StringView>

namespace iuc {

namespace CertificateError {
inline constexpr QLatin1StringView Domain{"certificate"}; // every code of it: "certificate.…"
inline constexpr QLatin1StringView BadName{"certificate.bad-name"};
inline constexpr QLatin1StringView GenerateFailed{"certificate.generate-failed"};
inline constexpr QLatin1StringView Invalid{"certificate.invalid"};
inline constexpr QLatin1StringView KeyEncrypted{"certificate.key-encrypted"};
inline constexpr QLatin1StringView KeyInvalid{"certificate.key-invalid"};
inline constexpr QLatin1StringView KeyMismatch{"certificate.key-mismatch"};
inline constexpr QLatin1StringView Unreadable{"certificate.unreadable"};
inline constexpr QLatin1StringView WriteFailed{"certificate.write-failed"};
} // namespace CertificateError

} // namespace iuc
