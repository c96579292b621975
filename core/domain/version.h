#pragma once

#include "core/domain/result.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <compare>

namespace iuc {

// A Pexip Infinity software version as a Management Node reports it:
// a release ("24", "11.1", "v6") optionally followed by a pseudo-version in
// brackets ("24 (55691.0.0)"). Ordering is by release, then pseudo-version.
class Version final
{
public:
    Version() = default; // an invalid version; isValid() is false

    // Never crashes, never yields a silent 0: garbage gives an Error whose
    // message quotes the input and says what a version looks like.
    static Result<Version> parse(QStringView text);
    // For literals in code and tests; asserts in debug builds on bad input.
    static Version fromString(QStringView text);

    [[nodiscard]] bool isValid() const { return !m_release.isEmpty(); }
    [[nodiscard]] int major() const { return m_release.value(0); }
    [[nodiscard]] int minor() const { return m_release.value(1); }
    [[nodiscard]] const QList<int> &release() const { return m_release; }
    [[nodiscard]] const QList<int> &pseudoVersion() const { return m_pseudo; }
    [[nodiscard]] bool hasPseudoVersion() const { return !m_pseudo.isEmpty(); }

    // Release only, as people say it: "11", "29.1".
    [[nodiscard]] QString releaseString() const;
    // Canonical form: "24 (55691.0.0)" or "11.1".
    [[nodiscard]] QString toString() const;

    // Same release, and the same pseudo-version where both carry one:
    // "11" is the same build as "11 (71234.0.0)". Use this to decide whether
    // a node already runs a package's version (R6).
    [[nodiscard]] bool isSameBuild(const Version &other) const;

    // Total order: release, then pseudo-version; a missing pseudo-version
    // sorts before any present one. Trailing ".0" release parts are not
    // significant ("11" == "11.0").
    friend std::strong_ordering operator<=>(const Version &a, const Version &b);
    friend bool operator==(const Version &a, const Version &b);

private:
    QList<int> m_release; // trailing zeros removed, at least one element when valid
    QList<int> m_pseudo;
};

} // namespace iuc
