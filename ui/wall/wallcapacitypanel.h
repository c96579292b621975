#pragma once

#include <QPointer>
#include <QWidget>

namespace iuc {
class DrainAheadRunner;
} // namespace iuc

namespace iuc::ui {

// Drain ahead's guardrail on the wall (issue 15): per system location, the
// share of capacity in service now, a bar with the line the console keeps
// it above, in the alarm colour (and with "below" in words) when it is under
// the line. Whether drain ahead is on and how many nodes it holds in the
// title. Empty (and hidden by the wall) without a runner.
class WallCapacityPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WallCapacityPanel)

public:
    explicit WallCapacityPanel(QWidget *parent = nullptr);
    ~WallCapacityPanel() override;

    void setRunner(DrainAheadRunner *runner);
    [[nodiscard]] QString title() const;
    // One line per location as the room reads it, in name order (for tests).
    [[nodiscard]] QStringList lines() const;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    [[nodiscard]] int rowHeight() const;
    [[nodiscard]] double keepShare() const;

    QPointer<DrainAheadRunner> m_runner;
};

} // namespace iuc::ui
