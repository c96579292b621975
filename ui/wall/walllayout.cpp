#include "ui/wall/walllayout.h"

#include <algorithm>
#include <tuple>

namespace iuc::ui::wall {

namespace {

int rowsFor(int count, int perRow)
{
    return count <= 0 ? 0 : (count + perRow - 1) / perRow;
}

int sectionHeight(const LocationShape &s, bool summary, int exceptionRowCap, int width, const MapMetrics &m,
                  int *shownExceptions)
{
    const int perRow = tilesPerRow(width, m);
    const int rowHeight = m.tile.height() + m.gap;
    if (!summary) {
        *shownExceptions = 0;
        return m.header + rowsFor(s.nodes, perRow) * rowHeight;
    }
    const int chipsPerLine = std::max(1, (width + m.gap) / (m.chip + m.gap));
    const int exceptionRows = std::min(rowsFor(s.exceptions, perRow), exceptionRowCap);
    *shownExceptions = std::min(s.exceptions, exceptionRows * perRow);
    const bool more = *shownExceptions < s.exceptions;
    if (more && *shownExceptions > 0)
        --*shownExceptions; // the last place says how many more there are
    return m.header + rowsFor(s.categories, chipsPerLine) * m.chipLine + exceptionRows * rowHeight
           + (more ? m.moreLine : 0);
}

} // namespace

int tilesPerRow(int width, const MapMetrics &m)
{
    return std::max(1, (width + m.gap) / (m.tile.width() + m.gap));
}

namespace {

MapPlan planColumns(const QList<LocationShape> &locations, QSize area, const MapMetrics &m, int columns)
{
    MapPlan plan;
    const int n = static_cast<int>(locations.size());
    plan.columns = columns;
    const int columnWidth = (area.width() - (plan.columns - 1) * m.gap) / plan.columns;
    QList<bool> summary(n, false);
    int exceptionCap = m.maxExceptionRows;

    for (;;) {
        plan.sections.clear();
        QList<int> bottoms(plan.columns, 0);
        for (int i = 0; i < n; ++i) {
            SectionPlan s;
            s.location = i;
            s.summary = summary.at(i);
            const int height = sectionHeight(locations.at(i), s.summary, exceptionCap, columnWidth, m,
                                             &s.shownExceptions);
            // The shortest column takes the next location (ties: leftmost).
            const auto shortest = std::min_element(bottoms.begin(), bottoms.end());
            const int column = static_cast<int>(shortest - bottoms.begin());
            s.rect = QRect(column * (columnWidth + m.gap), *shortest, columnWidth, height);
            *shortest += height + m.gap;
            plan.sections.append(s);
        }
        const int tallest = bottoms.isEmpty() ? 0 : *std::max_element(bottoms.begin(), bottoms.end()) - m.gap;
        if (tallest <= area.height()) {
            plan.fits = true;
            return plan;
        }
        // Collapse the largest location still shown as tiles.
        int largest = -1;
        for (int i = 0; i < n; ++i) {
            if (!summary.at(i) && (largest < 0 || locations.at(i).nodes > locations.at(largest).nodes))
                largest = i;
        }
        if (largest >= 0) {
            summary[largest] = true;
            continue;
        }
        if (exceptionCap > 0) {
            --exceptionCap;
            continue;
        }
        plan.fits = false;
        return plan;
    }
}

// Lower is better: fitting, then the fewest nodes collapsed, then the fewest
// exceptions hidden, then fewer columns (wider sections).
std::tuple<bool, int, int, int> cost(const MapPlan &plan, const QList<LocationShape> &locations)
{
    int collapsed = 0, hidden = 0;
    for (const SectionPlan &s : plan.sections) {
        if (!s.summary)
            continue;
        collapsed += locations.at(s.location).nodes;
        hidden += locations.at(s.location).exceptions - s.shownExceptions;
    }
    return {!plan.fits, collapsed, hidden, plan.columns};
}

} // namespace

MapPlan planMap(const QList<LocationShape> &locations, QSize area, const MapMetrics &m)
{
    const int n = static_cast<int>(locations.size());
    const int most = std::clamp(area.width() / std::max(1, m.minColumnWidth), 1, std::max(1, n));
    MapPlan best;
    for (int columns = 1; columns <= most; ++columns) {
        MapPlan plan = planColumns(locations, area, m, columns);
        if (columns == 1 || cost(plan, locations) < cost(best, locations))
            best = std::move(plan);
    }
    return best;
}

} // namespace iuc::ui::wall
