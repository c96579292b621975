#pragma once

#include "core/api/snapshot.h"
#include "core/engine/forecast.h"

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QObject>

#include <deque>
#include <optional>

namespace iuc {

// The run summary: N of M upgraded, elapsed, time left to the 24-hour stop,
// and the forecast the core engine makes from what the API shows (per-node
// ETA, finish time, whether the stop will cut the run short). Durations are
// measured on the Management Node's clock, never the workstation's.
class RunSummary final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunSummary)

public:
    // Ended: the console's own record (a node without upgrade_run) saw the run
    // go quiet for an hour with systems not upgraded.
    enum class State { NoRun, ManagementUpgrading, Running, Completed, Stopped, Abandoned, ManagementFailed, Ended, Unknown };
    Q_ENUM(State)

    explicit RunSummary(QObject *parent = nullptr);

    void update(const api::Snapshot &snapshot);
    // Drain ahead on (issue 15): its settings and the nodes it holds now;
    // the forecast counts on it under its guardrail from the next update().
    // None: off.
    void setDrainAhead(std::optional<DrainSettings> settings, const QList<int> &drained = {});

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] bool hasRun() const { return m_run.has_value(); }
    [[nodiscard]] bool isActive() const { return m_state == State::Running || m_state == State::ManagementUpgrading; }
    [[nodiscard]] const std::optional<api::UpgradeRun> &run() const { return m_run; }
    [[nodiscard]] QString targetVersion() const;
    // The target for a sentence: its version, or "the new version" while it
    // is not known yet (the console's own record learns it when the
    // Management Node comes back from its upgrade).
    [[nodiscard]] QString targetLabel() const;
    [[nodiscard]] int upgraded() const;
    [[nodiscard]] int total() const;
    [[nodiscard]] std::optional<qint64> elapsedSeconds() const;
    [[nodiscard]] std::optional<qint64> secondsToDeadline() const;
    [[nodiscard]] std::optional<QDateTime> forecastFinish() const { return m_finish; }
    [[nodiscard]] bool forecastCutByDeadline() const { return m_cut; }
    [[nodiscard]] int forecastLeftBehind() const { return m_leftBehindForecast; }
    [[nodiscard]] const QHash<int, QDateTime> &etas() const { return m_etas; }
    // The nodes the forecast puts after the 24-hour stop (R5).
    [[nodiscard]] const QSet<int> &afterStop() const { return m_afterStop; }
    [[nodiscard]] bool isLocked() const;
    [[nodiscard]] QDateTime serverTime() const { return m_serverTime; }
    // What the estimates are based on, for a tooltip.
    [[nodiscard]] const ForecastEstimates &estimates() const { return m_estimates; }

    // One line for a status bar or a terminal: "Upgrading to 11 (71234.0.0):
    // 5 of 13 systems upgraded, 2 h 10 min elapsed, 21 h 50 min to the 24-hour stop,
    // forecast finish 14:20 UTC."
    [[nodiscard]] QString summary() const;
    static QString stateLabel(State state);

Q_SIGNALS:
    void changed();

private:
    void learnDurations(const api::Snapshot &snapshot);
    void computeForecast(const api::Snapshot &snapshot);
    [[nodiscard]] ForecastEstimates::DrainAhead drainAheadEstimates(const api::Snapshot &snapshot, TimePoint now) const;
    static void addSample(std::deque<Duration> &samples, Duration d);
    static Duration median(const std::deque<Duration> &samples, Duration fallback);

    State m_state = State::NoRun;
    std::optional<api::UpgradeRun> m_run;
    QDateTime m_serverTime;
    std::optional<QDateTime> m_finish;
    bool m_cut = false;
    int m_leftBehindForecast = 0;
    QHash<int, QDateTime> m_etas;
    QSet<int> m_afterStop;
    ForecastEstimates m_estimates;
    std::optional<DrainSettings> m_drainAhead;
    QList<int> m_drainedAhead;

    // What each node showed at the last refresh, to learn real durations.
    struct Seen
    {
        NodeStatus::Code status;
        QDateTime since;
    };
    QHash<int, Seen> m_seen;
    std::deque<Duration> m_installSamples;
    std::deque<Duration> m_rebootSamples;
    std::deque<Duration> m_drainSamples;
};

} // namespace iuc
