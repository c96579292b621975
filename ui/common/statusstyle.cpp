#include "ui/common/statusstyle.h"

#include "ui/common/svgiconengine.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace iuc::ui::statusstyle {

namespace {

// The accents as drawn in the SVG files (the light-theme colours). They are
// replaced in the file's text when the palette asks for other ones.
struct Accent
{
    const char *name;
    const char *hex;
};
constexpr Accent kAccents[] = {
    {"status-idle", "#1e7d32"},        {"status-pending", "#5f6b7a"},   {"status-preparing", "#00838f"},
    {"status-waiting", "#a15c00"},     {"status-timeout", "#c2410c"},   {"status-upgrading", "#1565c0"},
    {"status-rebooting", "#6a3fb5"},   {"status-unreachable", "#c62828"}, {"status-unknown", "#616161"},
    {"log-error", "#c62828"},          {"log-warning", "#a15c00"},      {"log-expected", "#5f6b7a"},
};
constexpr const char *kGlyphHex = "#ffffff";
constexpr const char *kUnknown = "status-unknown";

const Accent *accentEntry(const QString &iconName)
{
    for (const Accent &a : kAccents) {
        if (iconName == QLatin1String(a.name))
            return &a;
    }
    return nullptr;
}

QColor lightAccent(const QString &iconName)
{
    const Accent *a = accentEntry(iconName);
    return QColor(QLatin1String(a ? a->hex : "#616161"));
}

QColor mix(const QColor &a, const QColor &b, double amountOfB)
{
    const double k = std::clamp(amountOfB, 0.0, 1.0);
    return QColor::fromRgbF(float(a.redF() * (1 - k) + b.redF() * k), float(a.greenF() * (1 - k) + b.greenF() * k),
                            float(a.blueF() * (1 - k) + b.blueF() * k));
}

QHash<QString, QIcon> &iconCache()
{
    static QHash<QString, QIcon> cache;
    static const bool cleanupRegistered = [] {
        // Icons hold renderers: let them go with the application, not after it.
        qAddPostRoutine([] { iconCache().clear(); });
        return true;
    }();
    Q_UNUSED(cleanupRegistered)
    return cache;
}

QByteArray readIcon(const QString &iconName)
{
    QFile file(u":/icons/%1.svg"_s.arg(iconName));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightnessF() < 0.5;
}

QColor accent(const QString &iconName, const QPalette &palette)
{
    const QColor base = lightAccent(iconName);
    if (!isDark(palette))
        return base;
    // On a dark window the same hue, lighter: it keeps its contrast with the
    // dark background and with the dark glyph drawn on it.
    float h = 0, s = 0, l = 0, a = 0;
    base.getHslF(&h, &s, &l, &a);
    return QColor::fromHslF(h, std::min(s, 0.75f), 0.70f);
}

QColor tint(const QString &iconName, const QPalette &palette)
{
    return mix(palette.color(QPalette::Base), accent(iconName, palette), isDark(palette) ? 0.22 : 0.13);
}

QIcon icon(const QString &iconName, const QPalette &palette)
{
    const QString name = accentEntry(iconName) ? iconName : QString::fromLatin1(kUnknown);
    const QColor fill = accent(name, palette);
    const QColor glyph = palette.color(QPalette::Base);
    const QString key = name + QLatin1Char('|') + fill.name() + QLatin1Char('|') + glyph.name();
    QHash<QString, QIcon> &cache = iconCache();
    if (const auto it = cache.constFind(key); it != cache.constEnd())
        return *it;

    QByteArray svg = readIcon(name);
    if (svg.isEmpty())
        return {};
    svg.replace(accentEntry(name)->hex, fill.name().toLatin1());
    svg.replace(kGlyphHex, glyph.name().toLatin1());
    QIcon result(new SvgIconEngine(std::move(svg)));
    cache.insert(key, result);
    return result;
}

QIcon appIcon()
{
    static const QString key = u"app"_s;
    QHash<QString, QIcon> &cache = iconCache();
    if (const auto it = cache.constFind(key); it != cache.constEnd())
        return *it;
    QIcon result(new SvgIconEngine(readIcon(u"upgrade-console"_s)));
    cache.insert(key, result);
    return result;
}

} // namespace iuc::ui::statusstyle
