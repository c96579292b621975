// The reference of bench_console_start: the least a Qt Widgets program does
// to show a window (a QMainWindow with a label, at the console's first size),
// with the same first-paint hook as app/console/main.cpp. Measured exactly
// like upgrade-console, side by side, by bench_console_start.

#include <QApplication>
#include <QLabel>
#include <QMainWindow>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

// As in app/console/main.cpp: with IUC_EXIT_AFTER_FIRST_PAINT set, print
// "first-paint" once the window's first paint (and its flush) is done, then quit.
class ExitAfterFirstPaint final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_painted) {
            m_painted = true;
            QTimer::singleShot(0, this, [] {
                std::fputs("first-paint\n", stdout);
                std::fflush(stdout);
                QCoreApplication::exit(0);
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_painted = false;
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setWindowTitle(u"Minimal window"_s);
    window.setCentralWidget(new QLabel(u"A minimal Qt Widgets window"_s, &window));
    window.resize(1280, 800); // the console's first size (ui/mainwindow.cpp)
    if (qEnvironmentVariableIsSet("IUC_EXIT_AFTER_FIRST_PAINT"))
        window.installEventFilter(new ExitAfterFirstPaint(&window));
    window.show();
    return app.exec();
}
