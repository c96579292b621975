#include "ui/wall/wallnodemap.h"

#include "ui/common/statusstyle.h"
#include "ui/wall/walltheme.h"

#include "core/domain/naturalorder.h"
#include "core/model/deploymentmodel.h"
#include "core/session/deploymentsession.h"

#include <QEvent>
#include <QFontMetrics>
#include <QMap>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace iuc::ui {

namespace {

constexpr int kPad = 10;        // inside a tile or chip
constexpr int kAccentBar = 8;   // the status's colour down a tile's left edge
constexpr int kTileIconPx = 36; // the status's shape, readable as a shape from afar
constexpr int kChipIconPx = 30;

const QString kUpgradedIcon = u"status-idle"_s;
const QString kNotYetIcon = u"status-pending"_s;

} // namespace

WallNodeMap::WallNodeMap(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"wallNodeMap"_s);
    setAccessibleName(tr("Conferencing Nodes by location"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

WallNodeMap::~WallNodeMap() = default;

void WallNodeMap::setSession(DeploymentSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (session)
        connect(session, &DeploymentSession::updated, this, &WallNodeMap::rebuild);
    rebuild();
}

bool WallNodeMap::isException(int row) const
{
    const DeploymentModel::Row &r = m_session->nodes().row(row);
    const NodeStatus::Code code = r.status.code();
    if (code != NodeStatus::Code::Idle && code != NodeStatus::Code::Pending)
        return true;
    // After a run, a node not on its version was left behind.
    const RunSummary &run = m_session->run();
    return run.hasRun() && !run.isActive() && !run.targetVersion().isEmpty() && r.version != run.targetVersion();
}

QString WallNodeMap::tileText(int row) const
{
    if (!m_session || row < 0 || row >= m_session->nodes().rowCount())
        return {};
    const DeploymentModel::Row &r = m_session->nodes().row(row);
    const QString target = m_session->run().targetVersion();
    const QString version = wall::shortVersion(r.version);
    switch (r.status.code()) {
    case NodeStatus::Code::Idle:
        if (!target.isEmpty() && r.version == target)
            return tr("Upgraded · %1").arg(version);
        return tr("On %1").arg(version);
    case NodeStatus::Code::Pending:
        return tr("Pending · %1").arg(version);
    case NodeStatus::Code::WaitingForCalls:
        return r.calls == 1 ? tr("Waiting: 1 call") : tr("Waiting: %1 calls").arg(r.calls);
    default:
        break;
    }
    QString text = shortLabel(r.status);
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper(); // first on its line
    return text;
}

QString WallNodeMap::shortLabel(const NodeStatus &status)
{
    // The table's labels are sentences; a tile or a chip has room for a word or two.
    switch (status.code()) {
    case NodeStatus::Code::Idle:
        return tr("idle");
    case NodeStatus::Code::Pending:
        return tr("pending");
    case NodeStatus::Code::Preparing:
        return tr("preparing");
    case NodeStatus::Code::WaitingForCalls:
        return tr("waiting for calls");
    case NodeStatus::Code::CallsTimeout:
        return tr("calls timed out");
    case NodeStatus::Code::Upgrading:
        return tr("installing");
    case NodeStatus::Code::Rebooting:
        return tr("rebooting");
    case NodeStatus::Code::Unreachable:
        return tr("unreachable");
    case NodeStatus::Code::Unknown:
        break;
    }
    return status.label();
}

void WallNodeMap::rebuild()
{
    m_locations.clear();
    if (m_session) {
        const DeploymentModel &nodes = m_session->nodes();
        const QString target = m_session->run().targetVersion();
        QMap<QString, Location> byName;
        QList<int> order(nodes.rowCount());
        std::iota(order.begin(), order.end(), 0);
        std::sort(order.begin(), order.end(),
                  [&nodes](int a, int b) { return naturalLess(nodes.row(a).name, nodes.row(b).name); });
        for (const int row : std::as_const(order)) {
            const DeploymentModel::Row &r = nodes.row(row);
            Location &l = byName[r.location];
            l.name = r.location;
            l.rows.append(row);
            if (isException(row))
                l.exceptions.append(row);
            // Chips: upgraded, each version not yet upgraded, then each other status.
            Chip chip;
            if (r.status.code() == NodeStatus::Code::Idle && !target.isEmpty() && r.version == target) {
                chip = {kUpgradedIcon, tr("upgraded"), 0};
                ++l.upgraded;
            } else if (r.status.code() == NodeStatus::Code::Idle) {
                chip = {target.isEmpty() ? kUpgradedIcon : kNotYetIcon, tr("on %1").arg(wall::shortVersion(r.version)), 0};
            } else {
                chip = {DeploymentModel::iconName(r.status), shortLabel(r.status), 0};
            }
            auto same = std::find_if(l.chips.begin(), l.chips.end(), [&chip](const Chip &c) {
                return c.iconName == chip.iconName && c.label == chip.label;
            });
            if (same == l.chips.end())
                same = l.chips.insert(l.chips.end(), chip);
            ++same->count;
        }
        m_locations = byName.values();
    }
    replan();
    update();
}

wall::MapMetrics WallNodeMap::metrics() const
{
    wall::MapMetrics m;
    const QFontMetrics name(wall::font(wall::kMinTextPx, true));
    const QFontMetrics body(wall::font(wall::kMinTextPx));
    // Wide enough for the longest name and state ("Waiting: 12 calls").
    int widest = body.horizontalAdvance(tr("Waiting: %1 calls").arg(88));
    for (const Location &l : m_locations) {
        for (const int row : l.rows) {
            widest = std::max(widest, name.horizontalAdvance(m_session->nodes().row(row).name));
            widest = std::max(widest, body.horizontalAdvance(tileText(row)));
        }
    }
    m.tile = QSize(std::clamp(widest + kAccentBar + kTileIconPx + 4 * kPad, 230, 380),
                   2 * kPad + name.height() + body.height() + 4);
    int chip = 0;
    for (const Location &l : m_locations) {
        for (const Chip &c : l.chips)
            chip = std::max(chip, name.horizontalAdvance(u"%1 %2"_s.arg(c.count).arg(c.label)));
    }
    m.chip = std::clamp(chip + kChipIconPx + 5 * kPad, 200, 520); // with room to spare: never elided
    m.chipLine = body.height() + 2 * kPad;
    m.header = QFontMetrics(wall::font(wall::kBodyTextPx, true)).height() + 2 * kPad;
    m.moreLine = body.height() + kPad;
    m.minColumnWidth = m.tile.width();
    return m;
}

void WallNodeMap::replan()
{
    QList<wall::LocationShape> shapes;
    for (const Location &l : std::as_const(m_locations))
        shapes.append({static_cast<int>(l.rows.size()), static_cast<int>(l.chips.size()), static_cast<int>(l.exceptions.size())});
    m_plan = wall::planMap(shapes, size(), metrics());
}

void WallNodeMap::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    replan();
}

void WallNodeMap::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange) {
        replan();
        update();
    }
}

void WallNodeMap::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    if (m_locations.isEmpty()) {
        p.setFont(wall::font(wall::kBodyTextPx));
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter, m_session ? tr("Waiting for the first data…") : tr("Not connected"));
        return;
    }
    for (const wall::SectionPlan &s : std::as_const(m_plan.sections))
        paintSection(p, m_locations.at(s.location), s);
}

void WallNodeMap::paintSection(QPainter &p, const Location &l, const wall::SectionPlan &s) const
{
    const wall::MapMetrics m = metrics();
    const QPalette &pal = palette();
    QRect header(s.rect.left(), s.rect.top(), s.rect.width(), m.header);
    p.setFont(wall::font(wall::kBodyTextPx, true));
    p.setPen(pal.color(QPalette::WindowText));
    const QString title = l.name.isEmpty() ? tr("No location") : l.name;
    p.drawText(header, Qt::AlignLeft | Qt::AlignVCenter, title);
    const int titleWidth = p.fontMetrics().horizontalAdvance(title);
    p.setFont(wall::font(wall::kMinTextPx));
    p.setPen(pal.color(QPalette::PlaceholderText));
    const QString counts = tr("%1 of %2 upgraded").arg(l.upgraded).arg(l.rows.size());
    p.drawText(header.adjusted(titleWidth + 2 * kPad, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
               p.fontMetrics().elidedText(counts, Qt::ElideRight, header.width() - titleWidth - 2 * kPad));

    const int perRow = wall::tilesPerRow(s.rect.width(), m);
    const auto tileRect = [&](int index, int top) {
        return QRect(s.rect.left() + (index % perRow) * (m.tile.width() + m.gap),
                     top + (index / perRow) * (m.tile.height() + m.gap), m.tile.width(), m.tile.height());
    };
    int top = header.bottom() + 1;
    if (!s.summary) {
        for (qsizetype i = 0; i < l.rows.size(); ++i)
            paintTile(p, l.rows.at(i), tileRect(static_cast<int>(i), top));
        return;
    }
    const int chipsPerLine = std::max(1, (s.rect.width() + m.gap) / (m.chip + m.gap));
    for (qsizetype i = 0; i < l.chips.size(); ++i) {
        const int line = static_cast<int>(i) / chipsPerLine, column = static_cast<int>(i) % chipsPerLine;
        paintChip(p, l.chips.at(i),
                  QRect(s.rect.left() + column * (m.chip + m.gap), top + line * m.chipLine, m.chip, m.chipLine - kPad));
    }
    top += static_cast<int>((l.chips.size() + chipsPerLine - 1) / chipsPerLine) * m.chipLine;
    for (int i = 0; i < s.shownExceptions; ++i)
        paintTile(p, l.exceptions.at(i), tileRect(i, top));
    const int hidden = static_cast<int>(l.exceptions.size()) - s.shownExceptions;
    if (hidden > 0) {
        top += ((s.shownExceptions + perRow - 1) / perRow) * (m.tile.height() + m.gap);
        QStringList names;
        for (qsizetype i = s.shownExceptions; i < l.exceptions.size(); ++i)
            names << m_session->nodes().row(l.exceptions.at(i)).name;
        p.setFont(wall::font(wall::kMinTextPx));
        p.setPen(pal.color(QPalette::WindowText));
        const QString more = tr("+%1 more needing attention: %2").arg(hidden).arg(names.join(u", "_s));
        p.drawText(QRect(s.rect.left(), top, s.rect.width(), m.moreLine), Qt::AlignLeft | Qt::AlignVCenter,
                   p.fontMetrics().elidedText(more, Qt::ElideRight, s.rect.width()));
    }
}

void WallNodeMap::paintTile(QPainter &p, int row, const QRect &rect) const
{
    const DeploymentModel::Row &r = m_session->nodes().row(row);
    const QPalette &pal = palette();
    const QString icon = DeploymentModel::iconName(r.status);
    QPainterPath shape;
    shape.addRoundedRect(QRectF(rect), 6, 6);
    p.fillPath(shape, statusstyle::tint(icon, pal));
    p.save();
    p.setClipPath(shape);
    p.fillRect(QRect(rect.left(), rect.top(), kAccentBar, rect.height()), statusstyle::accent(icon, pal));
    p.restore();
    const QRect iconRect(rect.left() + kAccentBar + kPad, rect.center().y() - kTileIconPx / 2, kTileIconPx, kTileIconPx);
    statusstyle::icon(icon, pal).paint(&p, iconRect);
    const QRect text(iconRect.right() + kPad, rect.top() + kPad, rect.right() - iconRect.right() - 2 * kPad,
                     rect.height() - 2 * kPad);
    p.setPen(pal.color(QPalette::Text));
    p.setFont(wall::font(wall::kMinTextPx, true));
    p.drawText(text, Qt::AlignLeft | Qt::AlignTop, p.fontMetrics().elidedText(r.name, Qt::ElideMiddle, text.width()));
    p.setFont(wall::font(wall::kMinTextPx));
    p.drawText(text, Qt::AlignLeft | Qt::AlignBottom, p.fontMetrics().elidedText(tileText(row), Qt::ElideRight, text.width()));
}

void WallNodeMap::paintChip(QPainter &p, const Chip &chip, const QRect &rect) const
{
    const QPalette &pal = palette();
    QPainterPath shape;
    shape.addRoundedRect(QRectF(rect), 6, 6);
    p.fillPath(shape, statusstyle::tint(chip.iconName, pal));
    const QRect iconRect(rect.left() + kPad, rect.center().y() - kChipIconPx / 2, kChipIconPx, kChipIconPx);
    statusstyle::icon(chip.iconName, pal).paint(&p, iconRect);
    p.setPen(pal.color(QPalette::Text));
    p.setFont(wall::font(wall::kMinTextPx, true));
    const QRect text = rect.adjusted(kChipIconPx + 2 * kPad, 0, -kPad, 0);
    p.drawText(text, Qt::AlignLeft | Qt::AlignVCenter,
               p.fontMetrics().elidedText(u"%1 %2"_s.arg(chip.count).arg(chip.label), Qt::ElideRight,
                                          text.width()));
}

} // namespace iuc::ui
