#pragma once

// Finding the windows a widget test opened: dialogs are shown with open()
// and found among the top-level widgets by their objectName.

#include <QApplication>
#include <QMessageBox>
#include <QString>
#include <QWidget>

#include <algorithm>

namespace iuc::test {

// The visible top-level widget called `objectName`, if it is a T.
template <typename T = QWidget>
T *visibleWindow(const QString &objectName)
{
    const QWidgetList windows = QApplication::topLevelWidgets();
    for (QWidget *w : windows) {
        if (w->isVisible() && w->objectName() == objectName) {
            if (auto *t = qobject_cast<T *>(w))
                return t;
        }
    }
    return nullptr;
}

// Whether any message box is up (an error dialog the admin would have to close).
inline bool anyMessageBox()
{
    const QWidgetList all = QApplication::topLevelWidgets();
    return std::any_of(all.begin(), all.end(),
                       [](QWidget *w) { return qobject_cast<QMessageBox *>(w) && w->isVisible(); });
}

} // namespace iuc::test
