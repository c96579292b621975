#pragma once

// Error codes of the simulated deployment (answered by the emulator's API and
// its /sim/v1/ harness).
// Stable: scripts read them (`--json`) and tests name them. Compare with
// Error::is(), never with a string literal.

#include <QLatin1StringView>

namespace iuc::sim {

namespace SimError {
inline constexpr QLatin1StringView Domain{"sim"}; // every code of it: "sim.…"
inline constexpr QLatin1StringView BadField{"sim.bad-field"};
} // namespace SimError

namespace NodeError {
inline constexpr QLatin1StringView Domain{"node"}; // every code of it: "node.…"
inline constexpr QLatin1StringView BadCount{"node.bad-count"};
inline constexpr QLatin1StringView BadLink{"node.bad-link"};
inline constexpr QLatin1StringView InUpgradeTurn{"node.in-upgrade-turn"};
inline constexpr QLatin1StringView NoConferences{"node.no-conferences"};
inline constexpr QLatin1StringView Rebooting{"node.rebooting"};
inline constexpr QLatin1StringView Unknown{"node.unknown"};
} // namespace NodeError

namespace ManagementError {
inline constexpr QLatin1StringView Domain{"management"}; // every code of it: "management.…"
inline constexpr QLatin1StringView Rebooting{"management.rebooting"};
} // namespace ManagementError

namespace RebootError {
inline constexpr QLatin1StringView Domain{"reboot"}; // every code of it: "reboot.…"
inline constexpr QLatin1StringView BadNode{"reboot.bad-node"};
inline constexpr QLatin1StringView RunActive{"reboot.run-active"};
} // namespace RebootError

namespace CallError {
inline constexpr QLatin1StringView Domain{"call"}; // every code of it: "call.…"
inline constexpr QLatin1StringView UnknownParticipant{"call.unknown-participant"};
inline constexpr QLatin1StringView UnknownConference{"call.unknown-conference"};
} // namespace CallError

namespace CommandError {
inline constexpr QLatin1StringView Domain{"command"}; // every code of it: "command.…"
inline constexpr QLatin1StringView BadPassphrase{"command.bad-passphrase"};
} // namespace CommandError

namespace ScenarioError {
inline constexpr QLatin1StringView Domain{"scenario"}; // every code of it: "scenario.…"
inline constexpr QLatin1StringView Invalid{"scenario.invalid"};
} // namespace ScenarioError

} // namespace iuc::sim
