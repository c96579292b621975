#pragma once

// A reboot the admin does by hand: a real Management Node has no reboot
// command (REAL-API.md §5), so the console says how (hypervisor, or SSH and
// `sudo reboot`) and then watches for it to happen. A Conferencing Node
// shows it by a newer boot_time, or, where it reports none, by going out of
// contact and coming back; the Management Node (no boot_time at all) by its
// API going silent and answering again. Every look is given its time, on
// one clock the owner chooses: nothing here reads a clock (tests run it in
// virtual time).

#include <QDateTime>
#include <QString>

#include <chrono>

namespace iuc {

class RebootWatch final
{
public:
    // How long a reboot may take before it is said to be overdue: a node is
    // back in a minute or two, a Management Node in a few minutes; these
    // leave room for the admin to get to the hypervisor first.
    static constexpr std::chrono::minutes kConferencingNodeLimit{30};
    static constexpr std::chrono::minutes kManagementLimit{60};

    enum class Outcome {
        Waiting,  // not seen yet
        Rebooted, // seen: rebootedAt() says when
        Overdue,  // not seen within the limit (still watched: a late reboot is still seen)
    };

    // `bootTimeBefore`: the boot time reported when the admin was told how
    // (invalid when none is reported); `since`: then, on the owner's clock.
    RebootWatch(QString name, const QDateTime &since, const QDateTime &bootTimeBefore, std::chrono::minutes limit);

    // One look at the system at `at`: whether it answered (the API) or is in
    // contact (a node), and the boot time it reports (invalid when none).
    Outcome observe(bool answering, const QDateTime &bootTime, const QDateTime &at);

    [[nodiscard]] const QString &name() const { return m_name; }
    [[nodiscard]] const QDateTime &since() const { return m_since; }
    [[nodiscard]] Outcome outcome() const { return m_outcome; }
    [[nodiscard]] bool seenDown() const { return m_seenDown; }
    // Its new boot time when it reports one, else when it was seen back.
    [[nodiscard]] const QDateTime &rebootedAt() const { return m_rebootedAt; }

private:
    QString m_name;
    QDateTime m_since;
    QDateTime m_bootTimeBefore;
    std::chrono::minutes m_limit;
    Outcome m_outcome = Outcome::Waiting;
    bool m_seenDown = false;
    QDateTime m_rebootedAt;
};

} // namespace iuc
