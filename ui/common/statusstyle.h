#pragma once

#include <QColor>
#include <QIcon>
#include <QPalette>
#include <QString>

namespace iuc::ui::statusstyle {

// Colours and icons of the node statuses (and the log's levels), taken from
// the SVG files under :/icons/ and adapted to the palette: darker accents on
// a light theme, lighter ones on a dark theme, the glyph in the base colour.
// Colour is never the only signal: every icon has its own shape and every
// status its label.

// True when the palette's window is dark.
[[nodiscard]] bool isDark(const QPalette &palette);

// The accent of an icon ("status-waiting", "log-error", …) for `palette`;
// a neutral grey for names it does not know.
[[nodiscard]] QColor accent(const QString &iconName, const QPalette &palette);

// A soft background for a cell of that status: the accent blended into the
// palette's base, readable under the palette's text colour.
[[nodiscard]] QColor tint(const QString &iconName, const QPalette &palette);

// The icon, recoloured for `palette`, sharp at any size and device pixel
// ratio. Unknown names give the "status-unknown" icon.
[[nodiscard]] QIcon icon(const QString &iconName, const QPalette &palette);

// The application's icon.
[[nodiscard]] QIcon appIcon();

} // namespace iuc::ui::statusstyle
