#pragma once

#include <QList>
#include <QString>

namespace iuc {
class DeploymentSession;
} // namespace iuc

namespace iuc::ui {
// The wall's banners: what happened and what to do, never a dialog (a wall
// has nobody at it to click one away). Worked out from the session's state
// on every tick: the Management Node rebooting during the upgrade (R1,
// expected), the connection lost (the poller retries by itself), data older
// than three refresh intervals, and what only a person can fix (password,
// certificate, account).
struct WallNotice
{
    enum class Kind { Expected, Warning, Problem };

    QString id;       // objectName of its banner: "rebootingBanner", "staleBanner", …
    Kind kind = Kind::Warning;
    QString headline; // what happened
    QString detail;   // what it means and what to do

    friend bool operator==(const WallNotice &, const WallNotice &) = default;
};

// `session` may be null (nothing to show yet). `profile` names the saved
// profile the wall runs on, for the advice; empty for the demo or when
// opened from the console.
[[nodiscard]] QList<WallNotice> wallNotices(DeploymentSession *session, const QString &profile);

// The icon of a notice kind (statusstyle names).
[[nodiscard]] QString wallNoticeIcon(WallNotice::Kind kind);

} // namespace iuc::ui
