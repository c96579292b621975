#pragma once

#include "core/model/deploymentmodel.h"

#include <QSet>
#include <QSortFilterProxyModel>

namespace iuc {

// Sorting and filtering of the node table. Sorting uses the model's raw
// values, names and locations in natural order (lon-conf2 before
// lon-conf10); the filter is a text (name, location, version, address,
// status) and a set of status codes (empty: all).
class NodeFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NodeFilterModel)

public:
    explicit NodeFilterModel(QObject *parent = nullptr);

    void setText(const QString &text);
    void setStatusCodes(const QSet<QString> &codes);
    [[nodiscard]] const QString &text() const { return m_text; }
    [[nodiscard]] const QSet<QString> &statusCodes() const { return m_codes; }

    static bool accepts(const DeploymentModel::Row &row, const QString &text, const QSet<QString> &codes);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_text;
    QSet<QString> m_codes;
};

} // namespace iuc
