#include "ui/flow/calllist.h"

#include "ui/flow/flowmessages.h"

#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

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

QDialog *makeCallsQuestion(QWidget *parent, const CallsQuestion &question, const QList<api::Participant> &calls)
{
    auto *dialog = new QDialog(parent);
    dialog->setObjectName(question.name + u"Dialog"_s);
    dialog->setWindowTitle(question.title);
    dialog->setAccessibleName(dialog->windowTitle());
    dialog->setMinimumWidth(520);
    QObject::connect(dialog, &QDialog::finished, dialog, &QObject::deleteLater);

    auto *heading = new QLabel(question.heading, dialog);
    heading->setObjectName(question.name + u"Heading"_s);
    heading->setWordWrap(true);
    heading->setAccessibleName(heading->text());
    QTreeWidget *list = makeCallList(dialog, calls, question.listName);
    auto *note = new QLabel(question.note, dialog);
    note->setObjectName(question.name + u"Note"_s);
    note->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(dialog);
    QPushButton *action = buttons->addButton(question.action, QDialogButtonBox::AcceptRole);
    action->setObjectName(question.actionName);
    if (!question.actionAccessible.isEmpty())
        action->setAccessibleName(question.actionAccessible);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(u"cancelButton"_s);
    cancel->setDefault(true); // Enter never reboots or cuts anyone off by accident
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);

    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(heading);
    layout->addWidget(list, 1);
    layout->addWidget(note);
    layout->addWidget(buttons);
    cancel->setFocus(Qt::OtherFocusReason);
    return dialog;
}

} // namespace iuc::ui::flow
