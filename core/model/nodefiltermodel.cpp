#include "core/model/nodefiltermodel.h"

#include "core/domain/naturalorder.h"

namespace iuc {

NodeFilterModel::NodeFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(DeploymentModel::RawRole);
    setDynamicSortFilter(true);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void NodeFilterModel::setText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateFilter();
}

void NodeFilterModel::setStatusCodes(const QSet<QString> &codes)
{
    if (codes == m_codes)
        return;
    m_codes = codes;
    invalidateFilter();
}

bool NodeFilterModel::accepts(const DeploymentModel::Row &row, const QString &text, const QSet<QString> &codes)
{
    if (!codes.isEmpty() && !codes.contains(row.status.apiCode()))
        return false;
    if (text.isEmpty())
        return true;
    for (const QString &field : {row.name, row.location, row.version, row.address, row.status.label(), row.status.apiCode()}) {
        if (field.contains(text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool NodeFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid())
        return false;
    const auto *model = qobject_cast<const DeploymentModel *>(sourceModel());
    if (!model || sourceRow >= model->rowCount())
        return true;
    return accepts(model->row(sourceRow), m_text, m_codes);
}

bool NodeFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (left.column() == DeploymentModel::Name || left.column() == DeploymentModel::Location) {
        const QString a = left.data(sortRole()).toString();
        const QString b = right.data(sortRole()).toString();
        if (const int c = naturalCompare(a, b); c != 0 || left.column() == DeploymentModel::Name)
            return c < 0;
        // Same location: by name within it.
        return naturalLess(left.siblingAtColumn(DeploymentModel::Name).data(sortRole()).toString(),
                           right.siblingAtColumn(DeploymentModel::Name).data(sortRole()).toString());
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace iuc
