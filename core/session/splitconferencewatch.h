#pragma once

#include "core/session/splitconferences.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>

#include <chrono>

namespace QCoro {
template <typename T>
class Task;
}

namespace iuc {

class DeploymentSession;

// Keeps the list of split conferences (R11) of a session current for the
// wall display. Participants are a long list on a big deployment (many
// pages), so they are not read on every refresh: only while the nodes run
// mixed versions (otherwise nothing can be split), one request chain at a
// time, and no sooner than the minimum interval or four times as long as
// the last read took, whichever is longer. Between reads the list is
// recomputed from the last participants and each refresh's versions.
class SplitConferenceWatch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SplitConferenceWatch)

public:
    static constexpr std::chrono::milliseconds kDefaultMinimumInterval{10000};

    explicit SplitConferenceWatch(DeploymentSession &session, QObject *parent = nullptr);
    ~SplitConferenceWatch() override;

    void setMinimumInterval(std::chrono::milliseconds interval) { m_minimumInterval = interval; }
    // Reads the participants now unless a read is under way.
    void fetchNow();

    [[nodiscard]] const QList<SplitConference> &conferences() const { return m_split; }
    // The nodes ran more than one version at the last refresh.
    [[nodiscard]] bool versionsMixed() const { return m_mixed; }
    // The participants were read at least once since versions became mixed.
    [[nodiscard]] bool hasParticipants() const { return m_asOf.isValid(); }
    // When the participants used were read (the Management Node's clock).
    [[nodiscard]] QDateTime asOf() const { return m_asOf; }
    [[nodiscard]] bool isFetching() const { return m_fetching; }
    [[nodiscard]] int fetchCount() const { return m_fetches; }
    // Why the last read failed; empty after a good one.
    [[nodiscard]] const QString &lastError() const { return m_lastError; }

Q_SIGNALS:
    void changed();

private:
    void onUpdated();
    void recompute();
    [[nodiscard]] bool due() const;
    QCoro::Task<void> fetch();

    QPointer<DeploymentSession> m_session;
    std::chrono::milliseconds m_minimumInterval = kDefaultMinimumInterval;
    QList<api::Participant> m_participants;
    QList<SplitConference> m_split;
    QDateTime m_asOf;
    QString m_lastError;
    QElapsedTimer m_sinceFetch;   // started when the last read started
    qint64 m_lastDurationMs = 0;
    bool m_fetching = false;
    bool m_mixed = false;
    int m_fetches = 0;
};

} // namespace iuc
