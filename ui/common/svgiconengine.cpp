#include "ui/common/svgiconengine.h"

#include <QPainter>

using namespace Qt::StringLiterals;


namespace iuc::ui {

namespace {

quint64 cacheKey(const QSize &size, QIcon::Mode mode)
{
    return (quint64(quint32(size.width())) << 32) | (quint64(quint16(size.height())) << 8) | quint64(mode);
}

} // namespace

SvgIconEngine::SvgIconEngine(QByteArray svg)
    : m_svg(std::move(svg))
    , m_renderer(std::make_unique<QSvgRenderer>(m_svg))
{
}

SvgIconEngine::SvgIconEngine(const SvgIconEngine &other)
    : QIconEngine(other)
    , m_svg(other.m_svg)
    , m_renderer(std::make_unique<QSvgRenderer>(m_svg))
{
}

SvgIconEngine::~SvgIconEngine() = default;

QPixmap SvgIconEngine::render(const QSize &deviceSize, QIcon::Mode mode)
{
    if (deviceSize.isEmpty() || !m_renderer->isValid())
        return {};
    const quint64 key = cacheKey(deviceSize, mode);
    if (const auto it = m_cache.constFind(key); it != m_cache.constEnd())
        return *it;
    QPixmap pixmap(deviceSize);
    pixmap.fill(Qt::transparent);
    {
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        // Disabled icons fade rather than turn grey: their shape still tells the status.
        if (mode == QIcon::Disabled)
            p.setOpacity(0.45);
        // Keep the aspect ratio: the icon is centred in a non-square request.
        const QSizeF svgSize = m_renderer->defaultSize().isEmpty() ? QSizeF(deviceSize) : QSizeF(m_renderer->defaultSize());
        const QSizeF fitted = svgSize.scaled(QSizeF(deviceSize), Qt::KeepAspectRatio);
        const QRectF target(QPointF((deviceSize.width() - fitted.width()) / 2.0, (deviceSize.height() - fitted.height()) / 2.0),
                            fitted);
        m_renderer->render(&p, target);
    }
    if (m_cache.size() > 64)
        m_cache.clear();
    m_cache.insert(key, pixmap);
    return pixmap;
}

void SvgIconEngine::paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state)
{
    Q_UNUSED(state)
    const qreal dpr = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    const QSize deviceSize(qRound(rect.width() * dpr), qRound(rect.height() * dpr));
    QPixmap pm = render(deviceSize, mode);
    if (pm.isNull())
        return;
    pm.setDevicePixelRatio(dpr);
    painter->drawPixmap(rect.topLeft(), pm);
}

QPixmap SvgIconEngine::pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    return scaledPixmap(size, mode, state, 1.0);
}

QPixmap SvgIconEngine::scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale)
{
    Q_UNUSED(state)
    const QSize deviceSize(qRound(size.width() * scale), qRound(size.height() * scale));
    QPixmap pm = render(deviceSize, mode);
    pm.setDevicePixelRatio(scale);
    return pm;
}

QSize SvgIconEngine::actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    Q_UNUSED(mode)
    Q_UNUSED(state)
    return size;
}

QList<QSize> SvgIconEngine::availableSizes(QIcon::Mode mode, QIcon::State state)
{
    Q_UNUSED(mode)
    Q_UNUSED(state)
    // Scalable: a window manager asking for the sizes it may use gets the usual ones.
    return {QSize(16, 16), QSize(24, 24), QSize(32, 32), QSize(48, 48), QSize(64, 64), QSize(128, 128), QSize(256, 256)};
}

QIconEngine *SvgIconEngine::clone() const
{
    return new SvgIconEngine(*this);
}

QString SvgIconEngine::key() const
{
    return u"iuc-svg"_s;
}

bool SvgIconEngine::isNull()
{
    return !m_renderer->isValid();
}

} // namespace iuc::ui
