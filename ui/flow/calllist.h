#pragma once

#include "core/api/resources.h"

#include <QList>
#include <QString>

class QDialog;
class QTreeWidget;
class QWidget;

namespace iuc::ui::flow {

// The calls on a node as the reboot and disconnect questions list them:
// participant, meeting, protocol, connected since (UTC); objectName
// "callList". Hidden when there are none.
QTreeWidget *makeCallList(QWidget *parent, const QList<api::Participant> &calls, const QString &accessibleName);

// A question about a node's calls (its reboot, their disconnection): the
// heading, the calls, a note on what it means for the node's turn, and the
// action with Cancel — Cancel the default, so Enter changes nothing. Deletes
// itself when closed; not yet shown. Object names: `name` + "Dialog",
// "Heading", "Note"; the action `actionName`, Cancel "cancelButton".
struct CallsQuestion
{
    QString name; // e.g. "rebootNode"
    QString title;
    QString heading;
    QString listName; // the call list's accessible name
    QString note;
    QString action;           // the button's text, with its mnemonic
    QString actionName;       // its objectName
    QString actionAccessible; // its accessible name, if not its text
};
QDialog *makeCallsQuestion(QWidget *parent, const CallsQuestion &question, const QList<api::Participant> &calls);

} // namespace iuc::ui::flow
