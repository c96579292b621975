#pragma once

// Finding the windows a widget test opened: dialogs are shown with open()
// and found among the top-level widgets by their objectName.

#include <QApplication>
#include <QElapsedTimer>
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

// Waits for `objectName` to show, polling finely: some states (an upload
// in flight) last only a moment. Null when it did not within the time.
template <typename T = QWidget>
T *waitForWindow(const QString &objectName, int timeoutMs = 60000)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        if (T *w = visibleWindow<T>(objectName))
            return w;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
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
