#pragma once

#include "core/domain/startwindow.h"

#include <QGroupBox>

#include <optional>

class QCheckBox;
class QRadioButton;
class QTimeEdit;

namespace iuc::ui {

// The confirmation's "When" (issue 15, item 6): now, or at a time of day
// with an optional end of the window, and whether drain ahead turns on by
// itself for that run, inside the window.
class StartWindowPicker final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StartWindowPicker)

public:
    explicit StartWindowPicker(QWidget *parent = nullptr);

    // None: start now.
    [[nodiscard]] std::optional<StartWindow> window() const;
    [[nodiscard]] bool drainAhead() const;

Q_SIGNALS:
    void changed();

private:
    void updateEnabled();

    QRadioButton *m_now = nullptr;
    QRadioButton *m_at = nullptr;
    QTimeEdit *m_start = nullptr;
    QCheckBox *m_hasEnd = nullptr;
    QTimeEdit *m_end = nullptr;
    QCheckBox *m_drain = nullptr;
};

} // namespace iuc::ui
