#pragma once

// Drain ahead's record (issue 15): the nodes the console put into
// maintenance mode ahead of their turn, and whether the admin turned drain
// ahead on for the run in progress. Kept per Management Node (by its
// address) in the user's data, shared by upgrade-console and upgradectl,
// and written before each change is asked of the node: whatever ends the
// console — a quit, a crash, a kill — the next one to connect finds the
// nodes to return to service. A node the admin put into maintenance is
// never in it.

#include "core/domain/result.h"
#include "core/domain/startwindow.h"
#include "core/storage/deploymentfiles.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace iuc {

struct DrainState
{
    // The run it was turned on for (its start on the Management Node's
    // clock, as the console saw it): another run starts with it off.
    QDateTime runStartedAt;
    bool enabled = false;
    double guardrail = 0.25;
    std::optional<int> lookahead; // none: the plan's default (as many as the guardrail allows)
    QList<int> nodes; // in maintenance by the console's doing
    // Drain ahead only inside this window (a scheduled start's, issue 15).
    std::optional<StartWindow> window;

    friend bool operator==(const DrainState &, const DrainState &) = default;
};

class DrainRecord final
{
public:
    // <user data>/<organization>/drain-ahead
    static QString defaultDirectory();

    DrainRecord(const QString &directory, const QUrl &baseUrl);

    // The record; an empty one without a file. A file this build cannot read
    // is storage.unreadable and left as it is.
    [[nodiscard]] Result<DrainState> load() const;
    Result<void> save(const DrainState &state) const;

    [[nodiscard]] QString path() const;

private:
    DeploymentFiles m_files;
    QString m_key;
};

} // namespace iuc
