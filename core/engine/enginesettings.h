#pragma once

#include "core/engine/enginetypes.h"

#include <QString>

#include <optional>

namespace iuc {

using namespace std::chrono_literals;

// Defaults are the vendor's documented behaviour (drain timeout 1 h, the
// 24 h stop and lock, one node at a time). The remaining durations bound
// what the documentation leaves open, so that no turn can hang forever (R8).
struct EngineSettings
{
    Duration drainTimeout = 1h;       // R4
    Duration runDeadline = 24h;       // R5
    Duration reinitiationLock = 24h;  // R7 (the lock also ends when the run ends)
    int maxParallel = 1;              // R2: 1..kMaxParallelLimit
    // R2: each run's parallelism follows the version it installs
    // (UpgradeBehaviour::builtIn()) instead of maxParallel.
    bool parallelismByVersion = false;

    Duration preparingDuration = 10s; // entering maintenance, stopping services
    Duration unreachableRetry = 1min; // how long a turn waits for a node that cannot be contacted
    Duration installTimeout = 2h;     // transfer + install silent this long: failed attempt
    Duration rebootTimeout = 30min;   // node not back this long after its upgrade reboot: failed attempt

    static constexpr int kMaxParallelLimit = 10;

    // A message naming the first bad setting, or nothing when all are usable.
    [[nodiscard]] std::optional<QString> validationError() const;
};

} // namespace iuc
