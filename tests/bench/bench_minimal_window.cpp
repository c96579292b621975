// The reference of bench_console_start: the least a Qt Widgets program does
// to show a window (a QMainWindow with a label, at the console's first size),
// with the same first-paint probe as app/console/main.cpp
// (ui/common/firstpaintprobe.h). Measured exactly like upgrade-console, side by
// side, by bench_console_start.

#include "ui/common/firstpaintprobe.h"

#include <QApplication>
#include <QLabel>
#include <QMainWindow>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setWindowTitle(u"Minimal window"_s);
    window.setCentralWidget(new QLabel(u"A minimal Qt Widgets window"_s, &window));
    window.resize(1280, 800); // the console's first size (ui/main/mainwindow.cpp)
    if (qEnvironmentVariableIsSet("IUC_EXIT_AFTER_FIRST_PAINT"))
        window.installEventFilter(new iuc::ui::FirstPaintProbe(&window));
    window.show();
    return app.exec();
}
