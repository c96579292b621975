#include "ui/flow/flowmessages.h"

#include "core/api/apierrors.h"
#include "core/domain/errorcodes.h"

#include <QCoreApplication>
#include <QPushButton>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace iuc::ui::flow {

QMessageBox *makeMessage(QWidget *parent, QMessageBox::Icon icon, const QString &objectName, const QString &title,
                         const QString &text, const QString &informative)
{
    auto *box = new QMessageBox(icon, title, text, QMessageBox::NoButton, parent);
    box->setObjectName(objectName);
    box->setAccessibleName(title);
    box->setAccessibleDescription(informative.isEmpty() ? text : text + QLatin1Char('\n') + informative);
    box->setTextFormat(Qt::PlainText);
    if (!informative.isEmpty())
        box->setInformativeText(informative);
    // Gone once closed, whichever way (a button, Escape, the window's close).
    QObject::connect(box, &QDialog::finished, box, &QObject::deleteLater);
    return box;
}

QMessageBox *showNotice(QWidget *parent, QMessageBox::Icon icon, const QString &objectName, const QString &title,
                        const QString &text, const QString &informative)
{
    QMessageBox *box = makeMessage(parent, icon, objectName, title, text, informative);
    QPushButton *close = box->addButton(QMessageBox::Close);
    close->setObjectName(u"closeButton"_s);
    box->setDefaultButton(close);
    box->setEscapeButton(close);
    box->open();
    return box;
}

QMessageBox *showError(QWidget *parent, const QString &what, const Error &error)
{
    QMessageBox *box = showNotice(parent, QMessageBox::Warning, u"errorDialog"_s,
                                  QCoreApplication::translate("UpgradeFlow",
                                      "Infinity Upgrade Console"), what, error.message);
    box->setProperty("errorCode", error.code);
    return box;
}

bool isRunLocked(const Error &error)
{
    return error.is(ApiError::Conflict) && serverCode(error) == RunError::Locked;
}

QDateTime apiTime(const QVariant &value)
{
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!time.isValid())
        return {};
    time.setTimeZone(QTimeZone::utc());
    return time;
}

QString utcText(const QDateTime &time)
{
    if (!time.isValid())
        return QCoreApplication::translate("UpgradeFlow", "an unknown time");
    return QCoreApplication::translate("UpgradeFlow",
               "%1 UTC").arg(time.toUTC().toString(u"yyyy-MM-dd HH:mm"_s));
}

} // namespace iuc::ui::flow
