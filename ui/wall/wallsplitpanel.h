#pragma once

#include <QPointer>
#include <QWidget>

namespace iuc {
class SplitConferenceWatch;
} // namespace iuc

namespace iuc::ui {
// R11 on the wall: the conferences whose callers sit on nodes of different
// versions right now (they are in separate conferences under one alias),
// by name, with the participants per version; as many as fit, then how
// many more. Says so plainly when none is split and why.
class WallSplitPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WallSplitPanel)

public:
    explicit WallSplitPanel(QWidget *parent = nullptr);
    ~WallSplitPanel() override;

    void setWatch(SplitConferenceWatch *watch);
    // The lines shown, top to bottom, as the room reads them (for tests).
    [[nodiscard]] QStringList lines() const;
    [[nodiscard]] QString title() const;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    [[nodiscard]] QString emptyText() const;
    [[nodiscard]] int lineHeight() const;
    [[nodiscard]] int titleHeight() const;

    QPointer<SplitConferenceWatch> m_watch;
};

} // namespace iuc::ui
