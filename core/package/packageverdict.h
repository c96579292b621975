#pragma once

#include "core/domain/upgradepath.h"
#include "core/domain/version.h"
#include "core/package/packagemanifest.h"

#include <QList>
#include <QString>

namespace iuc {

// Whether a package fits the deployment it is about to be uploaded to (R10),
// and what to tell the admin either way.
struct PackageVerdict final
{
    enum class Kind {
        Upgrade,           // a newer version the deployment can install directly
        RepeatRun,         // the Management Node has it, some nodes lag behind (R6)
        NothingToDo,       // every system already runs it
        Downgrade,         // older than the Management Node: refused
        NeedsIntermediate, // another version must be installed first (v3 → v6 → v11)
        SourceTooOld,      // no known path from the installed version
        UnknownPath,       // no known path to the package's version
    };

    Kind kind = Kind::UnknownPath;
    QString message;     // for the admin: what, why, what to do
    QList<int> hops;     // the planned major versions, the package's last; empty if refused
    int systemsToUpgrade = 0; // Management Node (if not on the package's build) + lagging nodes

    [[nodiscard]] bool isAcceptable() const;
    // The API's name of a verdict: "upgrade", "repeat_run", "nothing_to_do", …
    static QString code(Kind kind);
};

PackageVerdict judgePackage(const PackageManifest &manifest, const Version &managementVersion,
                            const QList<Version> &nodeVersions,
                            const UpgradePathRules &rules = UpgradePathRules::builtIn());

} // namespace iuc
