#pragma once

#include <QByteArray>
#include <QHash>
#include <QIconEngine>
#include <QPixmap>
#include <QSvgRenderer>

#include <memory>

namespace iuc::ui {

// Draws an SVG document at whatever size and device pixel ratio it is asked
// for, so icons stay sharp on high-DPI screens (QIcon's own SVG support
// cannot be recoloured per palette). Rendered pixmaps are cached by size.
class SvgIconEngine final : public QIconEngine
{
public:
    explicit SvgIconEngine(QByteArray svg);
    ~SvgIconEngine() override;

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override;
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override;
    QIconEngine *clone() const override;
    QString key() const override;
    bool isNull() override;

private:
    SvgIconEngine(const SvgIconEngine &other);
    SvgIconEngine &operator=(const SvgIconEngine &) = delete;

    QPixmap render(const QSize &deviceSize, QIcon::Mode mode);

    QByteArray m_svg;
    std::unique_ptr<QSvgRenderer> m_renderer;
    QHash<quint64, QPixmap> m_cache; // (device width, height, mode) → pixmap
};

} // namespace iuc::ui
