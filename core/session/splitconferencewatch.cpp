#include "core/session/splitconferencewatch.h"

#include "core/session/deploymentsession.h"

#include <QCoro/QCoroTask>

namespace iuc {

SplitConferenceWatch::SplitConferenceWatch(DeploymentSession &session, QObject *parent)
    : QObject(parent)
    , m_session(&session)
{
    connect(&session, &DeploymentSession::updated, this, &SplitConferenceWatch::onUpdated);
    onUpdated();
}

SplitConferenceWatch::~SplitConferenceWatch() = default;

void SplitConferenceWatch::onUpdated()
{
    if (!m_session || !m_session->snapshot())
        return;
    const bool mixed = iuc::versionsMixed(m_session->snapshot()->nodes);
    if (!mixed && m_mixed) {
        // All on one version again: nothing can be split, and the old
        // participants say nothing about the next mixed stretch.
        m_participants.clear();
        m_asOf = {};
    }
    m_mixed = mixed;
    recompute();
    if (m_mixed && due())
        fetchNow();
}

bool SplitConferenceWatch::due() const
{
    if (m_fetching)
        return false;
    if (!m_sinceFetch.isValid())
        return true;
    const qint64 wait = std::max<qint64>(m_minimumInterval.count(), 4 * m_lastDurationMs);
    return m_sinceFetch.elapsed() >= wait;
}

void SplitConferenceWatch::fetchNow()
{
    if (m_fetching || !m_session)
        return;
    fetch();
}

void SplitConferenceWatch::recompute()
{
    QList<SplitConference> split;
    if (m_mixed && m_session && m_session->snapshot()) {
        const api::Snapshot &s = *m_session->snapshot();
        split = splitConferences(m_participants, nodeVersionsByAddress(s.nodes, s.configurations));
    }
    if (split == m_split)
        return;
    m_split = std::move(split);
    Q_EMIT changed();
}

QCoro::Task<void> SplitConferenceWatch::fetch()
{
    m_fetching = true;
    ++m_fetches;
    m_sinceFetch.start();
    QPointer<SplitConferenceWatch> self(this);
    api::ManagementClient &client = m_session->client();
    Result<QList<api::Participant>> participants = co_await client.participants();
    if (!self)
        co_return; // the wall went away during the read
    m_fetching = false;
    m_lastDurationMs = m_sinceFetch.elapsed();
    if (!participants) {
        // The poller reports connection trouble; the list keeps what it had.
        m_lastError = participants.error().message;
        Q_EMIT changed();
        co_return;
    }
    m_lastError.clear();
    m_participants = std::move(participants.value());
    m_asOf = m_session ? m_session->client().serverNow() : QDateTime();
    const QList<SplitConference> before = m_split;
    recompute();
    if (before == m_split)
        Q_EMIT changed(); // the list is the same, but newer
}

} // namespace iuc
