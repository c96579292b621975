#pragma once

#include <QFont>
#include <QPalette>

namespace iuc::ui::wall {

// Type sizes of the wall, in pixels of a 1920×1080 screen (pixels, not
// points: a wall screen's DPI setting is rarely right, its pixel count is).
// On a 55-inch 1080p screen a pixel is 0.63 mm. The usual signage rule of
// thumb asks for capitals of at least 1/400 of the reading distance to be
// legible, 12.5 mm at five metres: 20 px capitals, which a 28 px font has.
// Nothing on the wall is smaller than that; what matters most is larger.
inline constexpr int kMinTextPx = 28;      // the smallest text: tile names, counts, chart labels
inline constexpr int kBodyTextPx = 32;     // labels and banner details
inline constexpr int kHeadingTextPx = 44;  // section titles, banner headlines, the figures of the run
inline constexpr int kHeadlineTextPx = 96; // "N of M": the one figure read from anywhere in the room

// A font of the application's family at `pixels`.
[[nodiscard]] QFont font(int pixels, bool bold = false);

// The wall's own dark palette: NOC rooms are dim and their walls dark, and
// light text on a dark ground carries further there than the reverse. The
// status colours follow it (statusstyle lightens accents on a dark palette).
[[nodiscard]] QPalette darkPalette();

// The short form of a reported version: "11" of "11 (71234.0.0)".
[[nodiscard]] QString shortVersion(const QString &versionText);

} // namespace iuc::ui::wall
