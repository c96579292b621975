#pragma once

#include <QStyledItemDelegate>

namespace iuc::ui {

// Paints the node table's Status column: the status's icon (a shape of its
// own), its label, and a soft tint of its colour, so that no one needs to
// tell colours apart to read it. A code this build does not know shows raw,
// with a question-mark icon. Reads DeploymentModel's StatusIconRole.
class StatusDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusDelegate)

public:
    explicit StatusDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // Statuses that ask for the admin's attention are drawn in bold.
    static bool needsAttention(const QString &iconName);
};

// The node table's Health check column: a failed check in bold on the
// unreachable status's tint (HealthFailedRole), the words saying the rest.
class HealthDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HealthDelegate)

public:
    explicit HealthDelegate(QObject *parent = nullptr);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace iuc::ui
