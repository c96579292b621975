#pragma once

#include <QHash>
#include <QPointer>
#include <QWidget>

class QChart;
class QChartView;
class QDateTimeAxis;
class QGraphicsSimpleTextItem;
class QLineSeries;
class QValueAxis;

namespace iuc {
class DeploymentSession;
} // namespace iuc

namespace iuc::ui {
// Two charts of the run, on the Management Node's clock (UTC): systems
// upgraded over time, and the calls draining on each node in maintenance
// mode (one line per node). Fed from the session's short histories; the
// series are updated in place, never rebuilt on a refresh.
class ChartsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartsPanel)

public:
    explicit ChartsPanel(QWidget *parent = nullptr);
    ~ChartsPanel() override;

    void setSession(DeploymentSession *session);
    // The wall display shows only the drain chart.
    void setUpgradedChartVisible(bool visible);

    [[nodiscard]] QChart *upgradedChart() const { return m_upgradedChart; }
    [[nodiscard]] QChart *drainChart() const { return m_drainChart; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void refreshUpgraded();
    void refreshDrain();
    void applyPalette();
    void placeDrainEmpty();
    QChartView *makeView(QChart *chart, const QString &accessibleName);
    static QDateTimeAxis *makeTimeAxis(QChart *chart);
    static QValueAxis *makeValueAxis(QChart *chart, const QString &title);

    QPointer<DeploymentSession> m_session;
    QChartView *m_upgradedView = nullptr;
    QChart *m_upgradedChart = nullptr;
    QLineSeries *m_upgraded = nullptr;
    QDateTimeAxis *m_upgradedTime = nullptr;
    QValueAxis *m_upgradedCount = nullptr;
    QChart *m_drainChart = nullptr;
    QDateTimeAxis *m_drainTime = nullptr;
    QValueAxis *m_drainCalls = nullptr;
    QHash<int, QLineSeries *> m_drainSeries; // node id → its line
    QGraphicsSimpleTextItem *m_drainEmpty = nullptr; // said in the plot when no node is in maintenance
};

} // namespace iuc::ui
