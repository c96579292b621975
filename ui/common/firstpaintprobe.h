#pragma once

#include <QCoreApplication>
#include <QEvent>
#include <QObject>
#include <QTimer>

#include <cstdio>

namespace iuc::ui {

// For the cold-start benchmark (tests/bench/bench_console_start.cpp): on a
// window it watches, prints "first-paint" once the first paint (and its
// flush) is done, then quits the application. upgrade-console installs it
// when IUC_EXIT_AFTER_FIRST_PAINT is set, and so does the benchmark's
// reference window: both are measured by the same probe.
class FirstPaintProbe final : public QObject
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

} // namespace iuc::ui
