#include "core/engine/enginesettings.h"

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
    // The names are translated with the sentence they go into.
    const std::pair<const char *, Duration> durations[] = {
        {QT_TRANSLATE_NOOP("EngineSettings", "drain timeout"), drainTimeout},
        {QT_TRANSLATE_NOOP("EngineSettings", "run deadline"), runDeadline},
        {QT_TRANSLATE_NOOP("EngineSettings", "re-initiation lock"), reinitiationLock},
        {QT_TRANSLATE_NOOP("EngineSettings", "preparing duration"), preparingDuration},
        {QT_TRANSLATE_NOOP("EngineSettings", "unreachable retry"), unreachableRetry},
        {QT_TRANSLATE_NOOP("EngineSettings", "install timeout"), installTimeout},
        {QT_TRANSLATE_NOOP("EngineSettings", "reboot timeout"), rebootTimeout},
    };
    for (const auto &[name, value] : durations) {
        if (value <= Duration::zero()) {
            return QCoreApplication::translate("EngineSettings", "The %1 must be longer than zero.")
                .arg(QCoreApplication::translate("EngineSettings", name));
        }
    }
    return std::nullopt;
}

} // namespace iuc
