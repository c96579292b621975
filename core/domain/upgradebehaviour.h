#pragma once

#include "core/domain/result.h"
#include "core/domain/version.h"

#include <QByteArray>
#include <QList>

namespace iuc {

// How a Management Node runs a rolling upgrade, by the version it installs
// (R2; resources/upgrade-behaviour.json, built into the library): how many
// Conferencing Nodes drain and upgrade at once. Data, not code, so a release
// that changes it is a change to the file.
class UpgradeBehaviour final
{
public:
    // Error codes: BehaviourError::Invalid.
    static Result<UpgradeBehaviour> fromJson(const QByteArray &json);
    // The behaviour shipped with this build.
    static const UpgradeBehaviour &builtIn();

    // Nodes at once in a run that installs `target`; the first entry's for a
    // version this build cannot read.
    [[nodiscard]] int parallelismFor(const Version &target) const;

private:
    struct Step
    {
        int fromMajor = 0;
        int atOnce = 1;
    };
    QList<Step> m_steps; // rising fromMajor
};

} // namespace iuc
