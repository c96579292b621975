#pragma once

#include "core/domain/nodestatus.h"
#include "ui/wall/walllayout.h"

#include <QList>
#include <QPointer>
#include <QString>
#include <QWidget>

class QPainter;

namespace iuc {
class DeploymentSession;
} // namespace iuc

namespace iuc::ui {
// Every Conferencing Node, grouped by system location: a tile per node
// (icon, name, short state, on the status's colour) while they fit, or per
// location a count per status and a tile for each node that needs
// attention (walllayout.h decides from the space there is). Painted, not a
// widget per node: a thousand nodes stay cheap. Everything it knows is
// written on it; there is no tooltip.
class WallNodeMap final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WallNodeMap)

public:
    // One chip of a summary: "412 upgraded".
    struct Chip
    {
        QString iconName;
        QString label;
        int count = 0;
    };
    struct Location
    {
        QString name;
        QList<int> rows;       // DeploymentModel rows, by node name
        QList<int> exceptions; // the rows that need attention
        QList<Chip> chips;
        int upgraded = 0;
    };

    explicit WallNodeMap(QWidget *parent = nullptr);
    ~WallNodeMap() override;

    void setSession(DeploymentSession *session);

    [[nodiscard]] const QList<Location> &locations() const { return m_locations; }
    [[nodiscard]] const wall::MapPlan &plan() const { return m_plan; }
    // What a node's tile says under its name ("Waiting: 3 calls").
    [[nodiscard]] QString tileText(int row) const;
    // A status in a word or two ("waiting for calls"), for tiles and chips.
    [[nodiscard]] static QString shortLabel(const NodeStatus &status);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void replan();
    [[nodiscard]] wall::MapMetrics metrics() const;
    [[nodiscard]] bool isException(int row) const;
    void paintSection(QPainter &p, const Location &location, const wall::SectionPlan &section) const;
    void paintTile(QPainter &p, int row, const QRect &rect) const;
    void paintChip(QPainter &p, const Chip &chip, const QRect &rect) const;

    QPointer<DeploymentSession> m_session;
    QList<Location> m_locations;
    wall::MapPlan m_plan;
};

} // namespace iuc::ui
