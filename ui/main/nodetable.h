#pragma once

#include <QByteArray>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QWidget>

class QLabel;
class QLineEdit;
class QMenu;
class QTableView;
class QToolButton;

namespace iuc {
class DeploymentModel;
class NodeFilterModel;
} // namespace iuc

namespace iuc::ui {
// The node table (DESIGN §6): every Conferencing Node with its status,
// version, calls, time in status, queue position, attempts and ETA;
// sortable by any column (on raw values: calls sort as numbers), filtered by
// text and by status. Right-click offers a node's reboot (R9).
class NodeTable final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NodeTable)

public:
    explicit NodeTable(QWidget *parent = nullptr);
    ~NodeTable() override;

    // The nodes to show (not owned); nullptr: none.
    void setModel(DeploymentModel *model);

    // The selected node's id, or -1.
    [[nodiscard]] int selectedNodeId() const;
    [[nodiscard]] QTableView *view() const { return m_view; }
    [[nodiscard]] NodeFilterModel *proxy() const { return m_proxy; }

    // Shows only nodes in these statuses (API codes; empty: all).
    void setStatusFilter(const QSet<QString> &codes);
    void setFilterText(const QString &text);

    // The column layout (order, widths, sort), for QSettings.
    [[nodiscard]] QByteArray saveHeaderState() const;
    void restoreHeaderState(const QByteArray &state);

Q_SIGNALS:
    void selectedNodeChanged(int nodeId);
    void rebootNodeRequested(int nodeId);
    void disconnectCallsRequested(int nodeId);

private:
    void buildStatusMenu();
    void statusActionToggled();
    void showContextMenu(const QPoint &pos);
    void updateCount();
    void applyDefaultLayout();

    QPointer<DeploymentModel> m_model;
    NodeFilterModel *m_proxy = nullptr;
    QTableView *m_view = nullptr;
    QLineEdit *m_filter = nullptr;
    QToolButton *m_statusButton = nullptr;
    QMenu *m_statusMenu = nullptr;
    QLabel *m_count = nullptr;
    QByteArray m_headerState; // the layout to apply once columns exist
    bool m_layoutApplied = false;
};

} // namespace iuc::ui
