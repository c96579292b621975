#pragma once

#include <QString>

#include <optional>

namespace iuc::sim {

// Which Management Node the emulator imitates (DESIGN §4, docs/api.md):
// - Pexip: what recent real Management Nodes document, and nothing more;
// - PexipV24: the older field set of a v24 node;
// - Extended: Pexip plus this project's extensions (upgrade_run, log,
//   the reboot command, worker extras, error codes).
// The /sim/v1/ harness is served in every profile.
enum class ApiProfile { Pexip, PexipV24, Extended };

// "pexip", "pexip-v24", "extended"; nothing for any other name.
std::optional<ApiProfile> parseApiProfile(const QString &name);
QString apiProfileName(ApiProfile profile);
// The names, for usage texts: "pexip, pexip-v24, extended".
QString apiProfileNames();

[[nodiscard]] inline bool servesExtensions(ApiProfile profile)
{
    return profile == ApiProfile::Extended;
}

} // namespace iuc::sim
