#include "core/session/rebootwatch.h"

#include <utility>

namespace iuc {

RebootWatch::RebootWatch(QString name, const QDateTime &since, const QDateTime &bootTimeBefore,
                         std::chrono::minutes limit)
    : m_name(std::move(name)), m_since(since), m_bootTimeBefore(bootTimeBefore), m_limit(limit)
{
}

RebootWatch::Outcome RebootWatch::observe(bool answering, const QDateTime &bootTime, const QDateTime &at)
{
    if (m_outcome == Outcome::Rebooted)
        return m_outcome;
    if (!answering) {
        m_seenDown = true;
    } else if (bootTime.isValid() && m_bootTimeBefore.isValid() && bootTime > m_bootTimeBefore) {
        m_outcome = Outcome::Rebooted; // a newer boot: whether or not a look fell in its downtime
        m_rebootedAt = bootTime;
        return m_outcome;
    } else if (m_seenDown && (!m_bootTimeBefore.isValid() || !bootTime.isValid())) {
        m_outcome = Outcome::Rebooted; // away and back, where no boot time tells
        m_rebootedAt = at;
        return m_outcome;
    }
    if (at.isValid() && m_since.isValid() && m_since.secsTo(at) > std::chrono::seconds(m_limit).count())
        m_outcome = Outcome::Overdue;
    return m_outcome;
}

} // namespace iuc
