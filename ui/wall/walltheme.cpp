#include "ui/wall/walltheme.h"

#include <QApplication>
#include <QColor>

using namespace Qt::StringLiterals;

namespace iuc::ui::wall {

QFont font(int pixels, bool bold)
{
    QFont f = QApplication::font();
    f.setPixelSize(pixels);
    f.setBold(bold);
    return f;
}

QPalette darkPalette()
{
    const QColor window(0x12, 0x16, 0x1c);
    const QColor base(0x1b, 0x21, 0x29);
    const QColor text(0xec, 0xef, 0xf4);
    const QColor dimText(0xa9, 0xb3, 0xc1); // still 7:1 against the window
    QPalette p;
    for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        p.setColor(group, QPalette::Window, window);
        p.setColor(group, QPalette::WindowText, text);
        p.setColor(group, QPalette::Base, base);
        p.setColor(group, QPalette::AlternateBase, base.lighter(115));
        p.setColor(group, QPalette::Text, text);
        p.setColor(group, QPalette::ButtonText, text);
        p.setColor(group, QPalette::Button, base);
        p.setColor(group, QPalette::Mid, QColor(0x4a, 0x55, 0x63));
        p.setColor(group, QPalette::Dark, QColor(0x0b, 0x0e, 0x12));
        p.setColor(group, QPalette::Light, QColor(0x3a, 0x44, 0x50));
        p.setColor(group, QPalette::PlaceholderText, dimText);
        p.setColor(group, QPalette::Highlight, QColor(0x4d, 0x9b, 0xf0));
        p.setColor(group, QPalette::HighlightedText, window);
        p.setColor(group, QPalette::ToolTipBase, base);
        p.setColor(group, QPalette::ToolTipText, text);
    }
    return p;
}

QString shortVersion(const QString &versionText)
{
    const qsizetype bracket = versionText.indexOf(" ("_L1);
    return bracket > 0 ? versionText.left(bracket) : versionText;
}

} // namespace iuc::ui::wall
