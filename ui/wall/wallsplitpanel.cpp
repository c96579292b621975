#include "ui/wall/wallsplitpanel.h"

#include "ui/common/statusstyle.h"
#include "ui/wall/walltheme.h"

#include "core/session/splitconferencewatch.h"

#include <QFontMetrics>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace iuc::ui {

namespace {

constexpr int kPad = 10;
constexpr int kIconPx = 40;
const QString kSplitIcon = u"status-timeout"_s; // the warning shape and colour

} // namespace

WallSplitPanel::WallSplitPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"wallSplitPanel"_s);
    setAccessibleName(tr("Conferences split across versions"));
    setMinimumHeight(titleHeight() + 3 * lineHeight());
}

WallSplitPanel::~WallSplitPanel() = default;

void WallSplitPanel::setWatch(SplitConferenceWatch *watch)
{
    if (m_watch)
        disconnect(m_watch, nullptr, this, nullptr);
    m_watch = watch;
    if (watch)
        connect(watch, &SplitConferenceWatch::changed, this, qOverload<>(&QWidget::update));
    update();
}

int WallSplitPanel::lineHeight() const
{
    return QFontMetrics(wall::font(wall::kMinTextPx)).height() + kPad / 2;
}

int WallSplitPanel::titleHeight() const
{
    return std::max(kIconPx, QFontMetrics(wall::font(wall::kBodyTextPx, true)).height()) + kPad;
}

QString WallSplitPanel::title() const
{
    const int count = m_watch ? static_cast<int>(m_watch->conferences().size()) : 0;
    if (count == 0)
        return tr("Conferences split across versions");
    return tr("Conferences split across versions: %1").arg(count);
}

QString WallSplitPanel::emptyText() const
{
    if (!m_watch)
        return tr("Not connected");
    if (!m_watch->versionsMixed())
        return tr("All nodes run one version: no conference can be split.");
    if (!m_watch->hasParticipants())
        return m_watch->lastError().isEmpty() ? tr("Versions are mixed; reading who is in which conference…")
                                              : tr("Versions are mixed; participants could not be read: %1")
                                                    .arg(m_watch->lastError());
    return tr("Versions are mixed, but no conference is split right now.");
}

QStringList WallSplitPanel::lines() const
{
    QStringList out;
    if (!m_watch)
        return out;
    for (const SplitConference &c : m_watch->conferences()) {
        QStringList parts;
        for (auto it = c.participantsByVersion.cbegin(); it != c.participantsByVersion.cend(); ++it)
            parts << tr("%1 on %2").arg(it.value()).arg(wall::shortVersion(it.key()));
        out << tr("%1: %2").arg(c.name, parts.join(u" · "_s));
    }
    return out;
}

void WallSplitPanel::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    const bool split = m_watch && !m_watch->conferences().isEmpty();
    const QString icon = split ? kSplitIcon : u"status-idle"_s;
    const QRect iconRect(0, 0, kIconPx, kIconPx);
    statusstyle::icon(icon, pal).paint(&p, iconRect);
    p.setFont(wall::font(wall::kBodyTextPx, true));
    p.setPen(pal.color(QPalette::WindowText));
    const QRect titleRect(kIconPx + kPad, 0, width() - kIconPx - kPad, kIconPx);
    p.drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter, p.fontMetrics().elidedText(title(), Qt::ElideRight, titleRect.width()));

    p.setFont(wall::font(wall::kMinTextPx));
    int top = titleHeight();
    const int line = lineHeight();
    if (!split) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(QRect(0, top, width(), height() - top), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, emptyText());
        return;
    }
    const QStringList shown = lines();
    const int room = std::max(1, (height() - top) / line);
    const bool more = shown.size() > room;
    const int count = more ? room - 1 : static_cast<int>(shown.size());
    for (int i = 0; i < count; ++i, top += line) {
        const QRect r(0, top, width(), line);
        p.fillRect(r.adjusted(0, 1, 0, -1), i % 2 ? pal.color(QPalette::Window) : pal.color(QPalette::Base));
        p.setPen(pal.color(QPalette::Text));
        p.drawText(r.adjusted(kPad, 0, -kPad, 0), Qt::AlignLeft | Qt::AlignVCenter,
                   p.fontMetrics().elidedText(shown.at(i), Qt::ElideRight, width() - 2 * kPad));
    }
    if (more) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(QRect(kPad, top, width() - kPad, line), Qt::AlignLeft | Qt::AlignVCenter,
                   tr("+%1 more").arg(shown.size() - count));
    }
}

} // namespace iuc::ui
