#include "ui/wall/wallcapacitypanel.h"

#include "ui/common/statusstyle.h"
#include "ui/wall/walltheme.h"

#include "core/session/drainaheadrunner.h"

#include <QFontMetrics>
#include <QPainter>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace iuc::ui {

namespace {

constexpr int kPad = 10;

int percent(double share)
{
    return static_cast<int>(std::lround(100 * share));
}

} // namespace

WallCapacityPanel::WallCapacityPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"wallCapacityPanel"_s);
    setAccessibleName(tr("Capacity in service per location"));
    setMinimumHeight(4 * rowHeight());
}

WallCapacityPanel::~WallCapacityPanel() = default;

void WallCapacityPanel::setRunner(DrainAheadRunner *runner)
{
    if (m_runner)
        disconnect(m_runner, nullptr, this, nullptr);
    m_runner = runner;
    if (runner)
        connect(runner, &DrainAheadRunner::changed, this, qOverload<>(&QWidget::update));
    update();
}

int WallCapacityPanel::rowHeight() const
{
    return QFontMetrics(wall::font(wall::kMinTextPx)).height() + kPad;
}

double WallCapacityPanel::keepShare() const
{
    return m_runner ? 1.0 - m_runner->settings().guardrail : 1.0;
}

QString WallCapacityPanel::title() const
{
    if (!m_runner || !m_runner->isEnabled())
        return tr("Capacity in service");
    return tr("Drain ahead: keep %1 %").arg(percent(keepShare()));
}

QStringList WallCapacityPanel::lines() const
{
    QStringList out;
    if (!m_runner)
        return out;
    QStringList names = m_runner->locations().keys();
    std::sort(names.begin(), names.end());
    for (const QString &name : std::as_const(names)) {
        const double share = m_runner->locations().value(name).inServiceShare();
        const bool below = m_runner->isEnabled() && share + 1e-9 < keepShare();
        out << (below ? tr("%1: %2 % in service, below the line").arg(name).arg(percent(share))
                      : tr("%1: %2 % in service").arg(name).arg(percent(share)));
    }
    return out;
}

void WallCapacityPanel::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    p.setFont(wall::font(wall::kBodyTextPx, true));
    p.setPen(pal.color(QPalette::WindowText));
    const int titleHeight = QFontMetrics(p.font()).height() + kPad;
    p.drawText(QRect(0, 0, width(), titleHeight), Qt::AlignLeft | Qt::AlignVCenter,
               p.fontMetrics().elidedText(title(), Qt::ElideRight, width()));
    if (!m_runner)
        return;

    p.setFont(wall::font(wall::kMinTextPx));
    QStringList names = m_runner->locations().keys();
    std::sort(names.begin(), names.end());
    const int row = rowHeight();
    const int nameWidth = width() / 2;
    const int percentWidth = p.fontMetrics().horizontalAdvance(u"100 %"_s) + kPad;
    const double keep = keepShare();
    const QColor ok = statusstyle::accent(u"status-idle"_s, pal);
    const QColor low = statusstyle::accent(u"status-unreachable"_s, pal);
    int top = titleHeight;
    for (const QString &name : std::as_const(names)) {
        if (top + row > height())
            break; // as many as fit
        const double share = m_runner->locations().value(name).inServiceShare();
        const bool below = m_runner->isEnabled() && share + 1e-9 < keep;
        p.setPen(pal.color(QPalette::WindowText));
        const int nameRoom = nameWidth - percentWidth - kPad;
        p.drawText(QRect(0, top, nameRoom, row), Qt::AlignLeft | Qt::AlignVCenter,
                   p.fontMetrics().elidedText(name, Qt::ElideRight, nameRoom));
        p.setPen(below ? low : pal.color(QPalette::WindowText));
        p.drawText(QRect(nameWidth - percentWidth - kPad, top, percentWidth, row), Qt::AlignRight | Qt::AlignVCenter,
                   tr("%1 %").arg(percent(share)));
        const QRect bar(nameWidth, top + kPad / 2, width() - nameWidth, row - kPad);
        p.fillRect(bar, pal.color(QPalette::Base));
        p.fillRect(QRect(bar.left(), bar.top(), static_cast<int>(bar.width() * share), bar.height()), below ? low : ok);
        if (m_runner->isEnabled()) { // the line it keeps above
            const int x = bar.left() + static_cast<int>(bar.width() * keep);
            p.setPen(QPen(pal.color(QPalette::WindowText), 3));
            p.drawLine(x, bar.top() - 3, x, bar.bottom() + 3);
        }
        top += row;
    }
    if (m_runner->isEnabled() && top + row <= height()) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(QRect(0, top, width(), row), Qt::AlignLeft | Qt::AlignVCenter,
                   tr("Nodes drained ahead: %1").arg(m_runner->drained().size()));
    }
}

} // namespace iuc::ui
