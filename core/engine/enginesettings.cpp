#include "enginesettings.h"

#include <QCoreApplication>

namespace iuc {

std::optional<QString> EngineSettings::validationError() const
{
    if (maxParallel < 1 || maxParallel > kMaxParallelLimit) {
        return QCoreApplication::translate("EngineSettings",
                                           "max_parallel must be between 1 and %1, not %2.")
            .arg(kMaxParallelLimit)
            .arg(maxParallel);
    }
    const std::pair<const char *, Duration> durations[] = {
        {"drain timeout", drainTimeout},         {"run deadline", runDeadline},
        {"re-initiation lock", reinitiationLock}, {"preparing duration", preparingDuration},
        {"unreachable retry", unreachableRetry}, {"install timeout", installTimeout},
        {"reboot timeout", rebootTimeout},
    };
    for (const auto &[name, value] : durations) {
        if (value <= Duration::zero()) {
            return QCoreApplication::translate("EngineSettings", "The %1 must be longer than zero.")
                .arg(QLatin1StringView(name));
        }
    }
    return std::nullopt;
}

} // namespace iuc
