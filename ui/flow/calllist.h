#pragma once

#include "core/api/resources.h"

#include <QList>
#include <QString>

class QTreeWidget;
class QWidget;

namespace iuc::ui::flow {

// The calls on a node as the reboot and disconnect questions list them:
// participant, meeting, protocol, connected since (UTC); objectName
// "callList". Hidden when there are none.
QTreeWidget *makeCallList(QWidget *parent, const QList<api::Participant> &calls, const QString &accessibleName);

} // namespace iuc::ui::flow
