#pragma once

// Error codes of receiving the administrator log by syslog and of adding the
// console to a Management Node's syslog servers. Stable: scripts read them
// (`--json`) and tests name them. Compare with Error::is().

#include <QLatin1StringView>

namespace iuc::SyslogError {
inline constexpr QLatin1StringView Domain{"syslog"}; // every code of it: "syslog.…"
inline constexpr QLatin1StringView PortInUse{"syslog.port-in-use"};
inline constexpr QLatin1StringView PortNotAllowed{"syslog.port-not-allowed"};
inline constexpr QLatin1StringView CannotListen{"syslog.cannot-listen"};
inline constexpr QLatin1StringView FileUnreadable{"syslog.file-unreadable"};
inline constexpr QLatin1StringView NotALog{"syslog.not-a-log"};
} // namespace iuc::SyslogError
