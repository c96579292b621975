#pragma once

#include <QFrame>
#include <QLabel>
#include <QString>

namespace iuc {

// A framed, wrapped, selectable line of plain text for a dialog's error or
// warning, hidden until there is something to say (the Connect dialog and
// its profile editor).
inline QLabel *messageLabel(const QString &objectName)
{
    auto *label = new QLabel;
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setFrameShape(QFrame::StyledPanel);
    label->setMargin(6);
    label->setVisible(false);
    return label;
}

} // namespace iuc
