#pragma once

#include <QFrame>
#include <QLabel>
#include <QString>
#include <QWidget>

namespace iuc::ui {

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

// After a message label appeared in `window`: the window grows by what its
// wrapped text needs, rather than squeezing the fields above it.
inline void growToFit(QWidget *window)
{
    const int needed = window->heightForWidth(window->width()); // -1 without wrapped text
    if (needed > window->height())
        window->resize(window->width(), needed);
}

} // namespace iuc::ui
