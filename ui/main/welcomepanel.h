#pragma once

#include <QWidget>

class QPushButton;

namespace iuc::ui {

// What the window shows before it has a deployment: a short word on what
// the console does and the way in.
class WelcomePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomePanel)

public:
    explicit WelcomePanel(QWidget *parent = nullptr);
    ~WelcomePanel() override;

    [[nodiscard]] QPushButton *connectButton() const { return m_connect; }

Q_SIGNALS:
    void connectRequested();

private:
    QPushButton *m_connect = nullptr;
};

} // namespace iuc::ui
