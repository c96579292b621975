#pragma once

// Error codes of a connected deployment and the demo.
// Stable: scripts read them (`--json`) and tests name them. Compare with
// Error::is(), never with a string literal.

#include <QLatin1StringView>

namespace iuc {

namespace SessionError {
inline constexpr QLatin1StringView Domain{"session"}; // every code of it: "session.…"
inline constexpr QLatin1StringView NoData{"session.no-data"};
inline constexpr QLatin1StringView UnknownNode{"session.unknown-node"};
// Drain ahead is for a run in its Conferencing Nodes' phase; there is none.
inline constexpr QLatin1StringView NoRunToDrain{"session.no-run-to-drain"};
} // namespace SessionError

namespace AlertError {
inline constexpr QLatin1StringView Domain{"alert"}; // every code of it: "alert.…"
// The webhook's address is not an https:// URL with a host (http only on loopback).
inline constexpr QLatin1StringView BadWebhook{"alert.bad-webhook"};
// The receiver did not take an alert (refused, unreachable, certificate).
inline constexpr QLatin1StringView WebhookFailed{"alert.webhook-failed"};
} // namespace AlertError

namespace BackupError {
inline constexpr QLatin1StringView Domain{"backup"}; // every code of it: "backup.…"
// No command/v1/platform/backup_create/ on this node.
inline constexpr QLatin1StringView NotOffered{"backup.not-offered"};
// Its schema names no passphrase field the console knows.
inline constexpr QLatin1StringView UnknownFields{"backup.unknown-fields"};
} // namespace BackupError

namespace DemoError {
inline constexpr QLatin1StringView Domain{"demo"}; // every code of it: "demo.…"
inline constexpr QLatin1StringView Cache{"demo.cache"};
inline constexpr QLatin1StringView DataDir{"demo.data-dir"};
inline constexpr QLatin1StringView Nodes{"demo.nodes"};
inline constexpr QLatin1StringView NotRunning{"demo.not-running"};
inline constexpr QLatin1StringView Start{"demo.start"};
inline constexpr QLatin1StringView Unavailable{"demo.unavailable"};
} // namespace DemoError

} // namespace iuc
