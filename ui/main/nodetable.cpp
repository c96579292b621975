#include "ui/main/nodetable.h"

#include "ui/common/statusstyle.h"
#include "ui/main/statusdelegate.h"

#include "core/model/deploymentmodel.h"
#include "core/model/nodefiltermodel.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace iuc::ui {

namespace {

constexpr NodeStatus::Code kStatuses[] = {
    NodeStatus::Code::Idle,         NodeStatus::Code::Pending,   NodeStatus::Code::Preparing,
    NodeStatus::Code::WaitingForCalls, NodeStatus::Code::CallsTimeout, NodeStatus::Code::Upgrading,
    NodeStatus::Code::Rebooting,    NodeStatus::Code::Unreachable,
};

const char *const kCodeProperty = "statusCode";

} // namespace

NodeTable::NodeTable(QWidget *parent)
    : QWidget(parent)
    , m_proxy(new NodeFilterModel(this))
    , m_view(new QTableView(this))
    , m_filter(new QLineEdit(this))
    , m_statusButton(new QToolButton(this))
    , m_statusMenu(new QMenu(this))
    , m_count(new QLabel(this))
{
    auto *filterLabel = new QLabel(tr("Fi&lter:"), this);
    filterLabel->setBuddy(m_filter);
    m_filter->setObjectName(u"nodeFilter"_s);
    m_filter->setPlaceholderText(tr("Name, location, version, address or status"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter nodes"));
    m_filter->setAccessibleDescription(tr("Shows only the nodes whose name, location, version, address or status contains this text"));
    connect(m_filter, &QLineEdit::textChanged, this, &NodeTable::setFilterText);

    m_statusButton->setObjectName(u"statusFilter"_s);
    m_statusButton->setPopupMode(QToolButton::InstantPopup);
    m_statusButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_statusButton->setMenu(m_statusMenu);
    m_statusButton->setAccessibleName(tr("Filter by status"));
    buildStatusMenu();

    m_count->setObjectName(u"nodeCount"_s);

    auto *bar = new QHBoxLayout;
    bar->addWidget(filterLabel);
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_statusButton);
    bar->addStretch();
    bar->addWidget(m_count);

    m_view->setObjectName(u"nodeTable"_s);
    m_view->setAccessibleName(tr("Conferencing Nodes"));
    m_view->setModel(m_proxy);
    m_view->setItemDelegateForColumn(DeploymentModel::Status, new StatusDelegate(m_view));
    m_view->setItemDelegateForColumn(DeploymentModel::Health, new HealthDelegate(m_view));
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(std::max(24, fontMetrics().height() + 10));
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->sortByColumn(DeploymentModel::Name, Qt::AscendingOrder);
    connect(m_view, &QWidget::customContextMenuRequested, this, &NodeTable::showContextMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { Q_EMIT selectedNodeChanged(selectedNodeId()); });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &NodeTable::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &NodeTable::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &NodeTable::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &NodeTable::updateCount);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    setFocusProxy(m_view);
    setTabOrder(m_filter, m_statusButton);
    setTabOrder(m_statusButton, m_view);
    updateCount();
}

NodeTable::~NodeTable() = default;

void NodeTable::buildStatusMenu()
{
    auto *all = m_statusMenu->addAction(tr("Show &all statuses"));
    connect(all, &QAction::triggered, this, [this] { setStatusFilter({}); });
    m_statusMenu->addSeparator();
    for (const NodeStatus::Code code : kStatuses) {
        const NodeStatus status(code);
        QAction *action = m_statusMenu->addAction(statusstyle::icon(DeploymentModel::iconName(status), palette()),
                                                  status.label());
        action->setCheckable(true);
        action->setProperty(kCodeProperty, status.apiCode());
        action->setToolTip(status.description());
        connect(action, &QAction::toggled, this, &NodeTable::statusActionToggled);
    }
    m_statusMenu->setToolTipsVisible(true);
    statusActionToggled();
}

void NodeTable::statusActionToggled()
{
    QSet<QString> codes;
    QString only;
    for (QAction *action : m_statusMenu->actions()) {
        if (action->isCheckable() && action->isChecked()) {
            codes.insert(action->property(kCodeProperty).toString());
            only = action->text();
        }
    }
    m_proxy->setStatusCodes(codes);
    if (codes.isEmpty())
        m_statusButton->setText(tr("&Status: all"));
    else if (codes.size() == 1)
        m_statusButton->setText(tr("&Status: %1").arg(only));
    else
        m_statusButton->setText(tr("&Status: %1 chosen").arg(codes.size()));
    updateCount();
}

void NodeTable::setStatusFilter(const QSet<QString> &codes)
{
    for (QAction *action : m_statusMenu->actions()) {
        if (!action->isCheckable())
            continue;
        const QSignalBlocker block(action); // one refilter for the whole change
        action->setChecked(codes.contains(action->property(kCodeProperty).toString()));
    }
    statusActionToggled();
}

void NodeTable::setFilterText(const QString &text)
{
    if (m_filter->text() != text)
        m_filter->setText(text); // comes back here through textChanged
    m_proxy->setText(text);
    updateCount();
}

void NodeTable::setModel(DeploymentModel *model)
{
    QHeaderView *header = m_view->horizontalHeader();
    // Without a source the header has no sections: keep the admin's layout
    // to put back on the next deployment's columns.
    if (m_proxy->columnCount() > 0)
        m_headerState = header->saveState();
    m_model = model;
    m_proxy->setSourceModel(model);
    if (model) {
        if (!m_layoutApplied) {
            m_layoutApplied = true;
            applyDefaultLayout();
        }
        if (!m_headerState.isEmpty())
            header->restoreState(m_headerState);
    }
    updateCount();
}

void NodeTable::applyDefaultLayout()
{
    QHeaderView *header = m_view->horizontalHeader();
    const QFontMetrics metrics(m_view->font());
    const int em = metrics.horizontalAdvance(QLatin1Char('M'));
    // Wide enough for the header's text and its sort arrow, and for typical content.
    const auto width = [&](int column, int contentEms) {
        const QString title = m_proxy->headerData(column, Qt::Horizontal).toString();
        return std::max(contentEms * em, QFontMetrics(header->font()).horizontalAdvance(title) + 2 * em);
    };
    QFont bold = m_view->font();
    bold.setBold(true);
    // Every label in full but the longest (unreachable), which elides and
    // keeps its full text in the tooltip.
    int status = 0;
    for (const NodeStatus::Code code : kStatuses) {
        if (code != NodeStatus::Code::Unreachable)
            status = std::max(status, QFontMetrics(bold).horizontalAdvance(NodeStatus(code).label()));
    }
    header->resizeSection(DeploymentModel::Status, status + 3 * em);
    header->resizeSection(DeploymentModel::Name, width(DeploymentModel::Name, 10));
    header->resizeSection(DeploymentModel::Location, width(DeploymentModel::Location, 7));
    header->resizeSection(DeploymentModel::Version,
                          std::max(metrics.horizontalAdvance(u"10.2 (40234.0.0)"_s) + em,
                                   width(DeploymentModel::Version, 0)));
    for (const int column : {int(DeploymentModel::Calls), int(DeploymentModel::QueuePosition), int(DeploymentModel::Attempts)})
        header->resizeSection(column, width(column, 3));
    header->resizeSection(DeploymentModel::TimeInStatus, width(DeploymentModel::TimeInStatus, 6));
    header->resizeSection(DeploymentModel::Eta, width(DeploymentModel::Eta, 6));
}

QByteArray NodeTable::saveHeaderState() const
{
    return m_proxy->columnCount() > 0 ? m_view->horizontalHeader()->saveState() : m_headerState;
}

void NodeTable::restoreHeaderState(const QByteArray &state)
{
    m_headerState = state;
    if (m_proxy->columnCount() > 0 && !state.isEmpty())
        m_view->horizontalHeader()->restoreState(state);
}

int NodeTable::selectedNodeId() const
{
    const QModelIndexList rows = m_view->selectionModel() ? m_view->selectionModel()->selectedRows() : QModelIndexList();
    if (rows.isEmpty())
        return -1;
    const QVariant id = rows.constFirst().data(DeploymentModel::NodeIdRole);
    return id.isValid() ? id.toInt() : -1;
}

void NodeTable::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    if (!index.isValid())
        return;
    m_view->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->setCurrentIndex(index);
    const int id = index.data(DeploymentModel::NodeIdRole).toInt();
    const QString name = index.siblingAtColumn(DeploymentModel::Name).data().toString();
    const QString address = index.data(DeploymentModel::AddressRole).toString();

    QMenu menu(this);
    QAction *disconnect = menu.addAction(tr("&Disconnect calls…"));
    disconnect->setToolTip(tr("End the calls on %1 without restarting it").arg(name));
    QAction *reboot = menu.addAction(tr("&Reboot node…"));
    reboot->setToolTip(tr("Restart %1; its calls are dropped").arg(name));
    menu.addSeparator();
    QAction *copyName = menu.addAction(tr("Copy &name"));
    QAction *copyAddress = menu.addAction(tr("Copy &address"));
    copyAddress->setEnabled(!address.isEmpty());
    QAction *chosen = menu.exec(m_view->viewport()->mapToGlobal(pos));
    if (chosen == reboot)
        Q_EMIT rebootNodeRequested(id);
    else if (chosen == disconnect)
        Q_EMIT disconnectCallsRequested(id);
    else if (chosen == copyName)
        QApplication::clipboard()->setText(name);
    else if (chosen == copyAddress)
        QApplication::clipboard()->setText(address);
}

void NodeTable::updateCount()
{
    const int total = m_model ? m_model->rowCount() : 0;
    const int shown = m_proxy->rowCount();
    m_count->setText(shown == total ? tr("Nodes: %1").arg(total) : tr("Nodes: %1 of %2 shown").arg(shown).arg(total));
}

} // namespace iuc::ui
