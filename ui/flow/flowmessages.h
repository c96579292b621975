#pragma once

#include "core/domain/result.h"

#include <QDateTime>
#include <QMessageBox>
#include <QString>
#include <QVariant>

namespace iuc::ui::flow {

// Message boxes of the upgrade flows. Each is shown with open(), never
// exec(): no nested event loop that a test (or a refresh) cannot get
// through; it deletes itself when closed. Every box has an objectName so
// tests find it, and says what happened, why, and what to do.

// A box with `text` (what happened) and `informative` (why, what to do);
// buttons are the caller's. Not yet shown: add buttons, then open().
QMessageBox *makeMessage(QWidget *parent, QMessageBox::Icon icon, const QString &objectName, const QString &title,
                         const QString &text, const QString &informative = {});

// A box that only informs, shown at once: Close is the default and Escape
// closes it.
QMessageBox *showNotice(QWidget *parent, QMessageBox::Icon icon, const QString &objectName, const QString &title,
                        const QString &text, const QString &informative = {});

// An error: `what` says what did not happen; the error's own message (core's
// messages name the cause and the remedy) follows. Shown at once.
QMessageBox *showError(QWidget *parent, const QString &what, const Error &error);

// R7: the 409 of a start while another run holds the lock.
bool isRunLocked(const Error &error);

// An API timestamp ("2030-01-01T10:00:00.000", UTC without a suffix), as
// the server sent it in an error's details.
QDateTime apiTime(const QVariant &value);
// "2030-01-01 10:00 UTC": the Management Node's clock, said as such.
QString utcText(const QDateTime &time);

} // namespace iuc::ui::flow
