#pragma once

#include "core/jobs/upgradefacts.h"

#include <QDialog>
#include <QString>
#include <QStringList>

#include <optional>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace iuc::ui {

class StartWindowPicker;

// What the confirmation shows: the upgrade job's facts (core/jobs/upgradefacts.h).
using ConfirmFacts = jobs::ConfirmFacts;

// The last step before a rolling upgrade starts (DESIGN §6): the installed
// version → the package's version, large; how many systems the run takes
// on; the risk of split conferences while versions are mixed (R11) with the
// calls in progress now; the forecast against the 24-hour stop (R5); the
// configuration-only nodes (R12). Cancel is the default: Enter never starts
// an upgrade by accident.
class ConfirmDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConfirmDialog)

public:
    explicit ConfirmDialog(const ConfirmFacts &facts, QWidget *parent = nullptr);
    ~ConfirmDialog() override;

    [[nodiscard]] const ConfirmFacts &facts() const { return m_facts; }
    [[nodiscard]] QPushButton *upgradeButton() const { return m_upgrade; }
    [[nodiscard]] QPushButton *cancelButton() const { return m_cancel; }
    // "When": none to start now (or a node that takes the package as its start).
    [[nodiscard]] StartWindowPicker *startWindowPicker() const { return m_when; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    enum class Mark { None, Information, Warning };
    QLabel *addParagraph(const QString &objectName, const QString &text, Mark mark = Mark::None);
    QString systemsText() const;
    QString forecastText() const;

    ConfirmFacts m_facts;
    QPushButton *m_upgrade = nullptr;
    QPushButton *m_cancel = nullptr;
    QVBoxLayout *m_body = nullptr;
    StartWindowPicker *m_when = nullptr;
};

} // namespace iuc::ui
