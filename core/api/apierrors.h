#pragma once

// Error codes of the Management Node's API: requests, TLS trust, connecting,
// the upload protocol and the codes a Management Node's error bodies carry
// (extension).
// Stable: scripts read them (`--json`) and tests name them. Compare with
// Error::is(), never with a string literal.

#include "core/domain/result.h"

#include <QLatin1StringView>
#include <QString>

namespace iuc {

namespace ApiError {
inline constexpr QLatin1StringView Domain{"api"}; // every code of it: "api.…"
inline constexpr QLatin1StringView BadRequest{"api.bad-request"};
inline constexpr QLatin1StringView BadUrl{"api.bad-url"};
inline constexpr QLatin1StringView Cancelled{"api.cancelled"};
inline constexpr QLatin1StringView Conflict{"api.conflict"};
inline constexpr QLatin1StringView Forbidden{"api.forbidden"};
inline constexpr QLatin1StringView Http{"api.http"};
inline constexpr QLatin1StringView Malformed{"api.malformed"};
inline constexpr QLatin1StringView NotFound{"api.not-found"};
inline constexpr QLatin1StringView Rebooting{"api.rebooting"};
inline constexpr QLatin1StringView Unauthorized{"api.unauthorized"};
inline constexpr QLatin1StringView Unreachable{"api.unreachable"};
} // namespace ApiError

namespace TlsError {
inline constexpr QLatin1StringView Domain{"tls"}; // every code of it: "tls.…"
inline constexpr QLatin1StringView BadPin{"tls.bad-pin"};
inline constexpr QLatin1StringView CaFile{"tls.ca-file"};
inline constexpr QLatin1StringView Changed{"tls.changed"};
inline constexpr QLatin1StringView Handshake{"tls.handshake"};
inline constexpr QLatin1StringView NotHttps{"tls.not-https"};
inline constexpr QLatin1StringView NotLoopback{"tls.not-loopback"};
inline constexpr QLatin1StringView Untrusted{"tls.untrusted"};
} // namespace TlsError

namespace ConnectError {
inline constexpr QLatin1StringView Domain{"connect"}; // every code of it: "connect.…"
inline constexpr QLatin1StringView BadUrl{"connect.bad-url"};
inline constexpr QLatin1StringView NoPassword{"connect.no-password"};
inline constexpr QLatin1StringView NoProfile{"connect.no-profile"};
inline constexpr QLatin1StringView NoUrl{"connect.no-url"};
inline constexpr QLatin1StringView NoUser{"connect.no-user"};
inline constexpr QLatin1StringView NotTrusted{"connect.not-trusted"};
} // namespace ConnectError

namespace UploadError {
inline constexpr QLatin1StringView Domain{"upload"}; // every code of it: "upload.…"
inline constexpr QLatin1StringView BadId{"upload.bad-id"};
inline constexpr QLatin1StringView BadSize{"upload.bad-size"};
inline constexpr QLatin1StringView Busy{"upload.busy"};
inline constexpr QLatin1StringView Cancelled{"upload.cancelled"};
inline constexpr QLatin1StringView Checksum{"upload.checksum"};
inline constexpr QLatin1StringView File{"upload.file"};
inline constexpr QLatin1StringView Finished{"upload.finished"};
inline constexpr QLatin1StringView Incomplete{"upload.incomplete"};
inline constexpr QLatin1StringView OffsetMismatch{"upload.offset-mismatch"};
inline constexpr QLatin1StringView OtherFile{"upload.other-file"};
inline constexpr QLatin1StringView Running{"upload.running"};
inline constexpr QLatin1StringView TooLarge{"upload.too-large"};
inline constexpr QLatin1StringView TooManyOpen{"upload.too-many-open"};
inline constexpr QLatin1StringView Unknown{"upload.unknown"};
// The node's schema/ lists neither upload resource.
inline constexpr QLatin1StringView NotOffered{"upload.not-offered"};
// finish/ answered 400 without a code of this project: a real node refusing
// the package ("ok" false is a 400, REAL-API.md §4).
inline constexpr QLatin1StringView RefusedByNode{"upload.refused-by-node"};
inline constexpr QLatin1StringView WriteFailed{"upload.write-failed"};
} // namespace UploadError

namespace UpgradeError {
inline constexpr QLatin1StringView Domain{"upgrade"}; // every code of it: "upgrade.…"
inline constexpr QLatin1StringView UnknownPackage{"upgrade.unknown-package"};
// The performing request's answer was lost and the node shows no upgrade.
inline constexpr QLatin1StringView NotStarted{"upgrade.not-started"};
} // namespace UpgradeError

// The code a Management Node's error body carried ("run.locked", …; an
// extension of this project's emulator), or empty.
inline QString serverCode(const Error &error)
{
    return error.details.value(QStringLiteral("code")).toString();
}

} // namespace iuc
