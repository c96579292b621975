#include "ui/main/statusdelegate.h"

#include "ui/common/statusstyle.h"

#include "core/model/deploymentmodel.h"

#include <QApplication>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace iuc::ui {

namespace {

constexpr int kPadding = 6;
constexpr int kGap = 6;

int iconSide(const QStyleOptionViewItem &option)
{
    return std::max(16, option.fontMetrics.height());
}

} // namespace

StatusDelegate::StatusDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

bool StatusDelegate::needsAttention(const QString &iconName)
{
    return iconName == "status-timeout"_L1 || iconName == "status-unreachable"_L1
           || iconName == "status-unknown"_L1;
}

HealthDelegate::HealthDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

void HealthDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (!index.data(DeploymentModel::HealthFailedRole).toBool())
        return;
    option->font.setBold(true);
    option->backgroundBrush = statusstyle::tint(u"status-unreachable"_s, option->palette);
}

void StatusDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    const QString iconName = index.data(DeploymentModel::StatusIconRole).toString();
    const bool selected = opt.state.testFlag(QStyle::State_Selected);

    // The style draws the background, selection and focus; we draw the rest.
    opt.text.clear();
    opt.icon = QIcon();
    opt.features &= ~QStyleOptionViewItem::HasDecoration;
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    painter->save();
    const QRect cell = option.rect;
    if (!selected && !iconName.isEmpty())
        painter->fillRect(cell.adjusted(0, 1, 0, -1), statusstyle::tint(iconName, option.palette));

    const int side = iconSide(option);
    const QRect iconRect(cell.left() + kPadding, cell.top() + (cell.height() - side) / 2, side, side);
    statusstyle::icon(iconName, option.palette)
        .paint(painter, iconRect, Qt::AlignCenter, opt.state.testFlag(QStyle::State_Enabled) ? QIcon::Normal : QIcon::Disabled);

    QFont font = option.font;
    font.setBold(needsAttention(iconName));
    painter->setFont(font);
    const QPalette::ColorGroup group = opt.state.testFlag(QStyle::State_Enabled) ? QPalette::Normal : QPalette::Disabled;
    painter->setPen(option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
    const QRect textRect = cell.adjusted(kPadding + side + kGap, 0, -kPadding, 0);
    const QString elided = QFontMetrics(font).elidedText(text, Qt::ElideRight, textRect.width());
    painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft, elided);
    painter->restore();
}

QSize StatusDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QFont font = option.font;
    font.setBold(true); // wide enough for the bold variants
    const QString text = index.data(Qt::DisplayRole).toString();
    const int side = iconSide(option);
    const int width = kPadding + side + kGap + QFontMetrics(font).horizontalAdvance(text) + kPadding;
    return {width, std::max(side + 6, QFontMetrics(font).height() + 8)};
}

} // namespace iuc::ui
