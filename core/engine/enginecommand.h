#pragma once

#include "core/engine/enginetypes.h"

#include <vector>

namespace iuc {

// What the engine asks its driver to do. The emulator carries them out on its
// simulated deployment; a forecast schedules their expected completion.
struct EngineCommand
{
    enum class Kind {
        UpgradeManagement, // R1: install the package on the Management Node (it reboots afterwards)
        EnterMaintenance,  // R2: reject new calls, stop services
        StartInstall,      // transfer the package and install it (the node has no calls)
        ExitMaintenance,   // accept calls again
    };

    Kind kind;
    NodeId node = -1; // unused for UpgradeManagement

    friend bool operator==(const EngineCommand &, const EngineCommand &) = default;
};

using EngineCommands = std::vector<EngineCommand>;

} // namespace iuc
