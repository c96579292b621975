#pragma once

#include "core/domain/result.h"
#include "core/domain/version.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace iuc {

// The upgrade-path rules of R10, as data. Loaded from
// resources/upgrade-paths.json (built into the library) so a later release's
// paths are added by editing the file, not the code.
class UpgradePathRules final
{
public:
    struct Rule
    {
        int fromMin = 0;   // lowest source major this rule applies to (inclusive)
        int fromMax = 0;   // highest source major (inclusive)
        int via = 0;       // intermediate major version required first; 0 = none
        int target = 0;    // the major version this rule leads to
    };

    static Result<UpgradePathRules> fromJson(const QByteArray &json);
    // The rules shipped with this build.
    static const UpgradePathRules &builtIn();

    [[nodiscard]] const QList<Rule> &rules() const { return m_rules; }
    [[nodiscard]] QList<int> knownTargets() const;

private:
    friend class UpgradePath;
    QList<Rule> m_rules;
};

// A plan: the ordered hops (target versions) from an installed version to a
// wanted one. 3 → 11 is [6, 11]; 10.2 → 11 is [11]; 11 → 11 is empty
// (nothing to do). A downgrade or an unknown target is an Error whose
// message says what to do instead.
class UpgradePath final
{
public:
    static Result<UpgradePath> plan(const Version &installed, const Version &target,
                                    const UpgradePathRules &rules = UpgradePathRules::builtIn());

    [[nodiscard]] const QList<int> &hops() const { return m_hops; }
    [[nodiscard]] const Version &installed() const { return m_installed; }
    [[nodiscard]] const Version &target() const { return m_target; }
    [[nodiscard]] bool isNothingToDo() const { return m_hops.isEmpty(); }
    // Human summary, e.g. "Upgrade to v6 first, then to v11."
    [[nodiscard]] QString summary() const;

private:
    QList<int> m_hops;
    Version m_installed;
    Version m_target;
};

} // namespace iuc
