#pragma once

#include <QList>
#include <QRect>
#include <QSize>
#include <QString>

namespace iuc::ui::wall {

// How the wall places the nodes of each system location in the space it
// has: as one tile per node while they all fit; otherwise the locations
// with the most nodes, one after another, collapse into a summary (a count
// per status, plus a tile for each node that needs attention), and if even
// that is too tall, fewer of those exception tiles are shown ("+N more").
// So the threshold follows the screen: 3 nodes or 40 get tiles, 1,000 get
// counts. Every column count the width allows is tried; the plan that
// collapses the fewest nodes wins. Pure geometry, tested without pixels.

// The sizes the plan works with (pixels, from the wall's fonts).
struct MapMetrics
{
    QSize tile{250, 84};
    int gap = 10;
    int header = 56;    // a location's title line
    int chip = 250;     // one "count per status" chip's width
    int chipLine = 52;  // one line of chips
    int moreLine = 44;  // "+N more: …"
    int minColumnWidth = 250; // the plan tries every column count down to this width
    int maxExceptionRows = 4; // exception tiles per summary, at most, in rows
};

// What the plan needs to know of a location.
struct LocationShape
{
    int nodes = 0;
    int categories = 0; // distinct chips its summary shows
    int exceptions = 0; // nodes that need attention
};

struct SectionPlan
{
    int location = 0;     // index into the shapes given
    bool summary = false; // counts + exceptions instead of a tile per node
    int shownExceptions = 0; // exception tiles shown (summary only)
    QRect rect;
};

struct MapPlan
{
    QList<SectionPlan> sections; // one per location, in the order given
    int columns = 1;
    bool fits = true; // false: even the tightest summaries overflow (cut at the bottom)
};

[[nodiscard]] int tilesPerRow(int width, const MapMetrics &m);
[[nodiscard]] MapPlan planMap(const QList<LocationShape> &locations, QSize area, const MapMetrics &m);

} // namespace iuc::ui::wall
