#include "ui/flow/calllist.h"

#include "ui/flow/flowmessages.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

namespace iuc::ui::flow {

QTreeWidget *makeCallList(QWidget *parent, const QList<api::Participant> &calls, const QString &accessibleName)
{
    auto *list = new QTreeWidget(parent);
    list->setObjectName(u"callList"_s);
    list->setAccessibleName(accessibleName);
    list->setRootIsDecorated(false);
    list->setHeaderLabels({QCoreApplication::translate("CallList", "Participant"),
                           QCoreApplication::translate("CallList", "Meeting"),
                           QCoreApplication::translate("CallList", "Protocol"),
                           QCoreApplication::translate("CallList", "Connected since")});
    for (const api::Participant &p : calls) {
        list->addTopLevelItem(new QTreeWidgetItem(
            {p.displayName.isEmpty() ? p.id : p.displayName, p.conference, p.protocol, utcText(p.connectTime)}));
    }
    list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    list->setVisible(!calls.isEmpty());
    return list;
}

} // namespace iuc::ui::flow
