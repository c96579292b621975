#pragma once

#include <QDialog>
#include <QString>

class QLabel;
class QProgressBar;
class QPushButton;

namespace iuc::jobs {
class UpgradeJob;
} // namespace iuc::jobs

namespace iuc::ui {

// The upload's progress (DESIGN §6): a bar, bytes sent of the total, the
// rate and the time left, and a line that says so when the connection broke
// and the upload goes on from where the Management Node stands. The dialog
// only shows; the upgrade job (core/jobs/upgradejob.h) uploads. Closing it (Escape,
// the window's close button, Cancel) asks to cancel the upload: it stays
// open until the upload has really stopped.
class UploadDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UploadDialog)

public:
    UploadDialog(const QString &filePath, qint64 totalBytes, QWidget *parent = nullptr);
    ~UploadDialog() override;

    // The dialog of `job`'s upload, following its progress; Cancel cancels
    // the job. Deletes itself once closed. Not yet shown: open() it.
    static UploadDialog *forJob(jobs::UpgradeJob *job, QWidget *parent);

    // Closes the dialog when the upload has ended, whatever the outcome.
    void finish(int result);

    // For tests and accessibility: what the lines say now.
    [[nodiscard]] QString bytesText() const;
    [[nodiscard]] QString rateText() const;
    [[nodiscard]] QString resumeText() const; // empty until the upload resumed once

public Q_SLOTS:
    void setProgress(qint64 sent, qint64 total, double bytesPerSecond, qint64 etaSeconds);
    void showResumed(qint64 offset, int attempt);
    // The last bytes are sent: the Management Node now checks the package.
    void showVerifying();

Q_SIGNALS:
    void cancelRequested();

protected:
    void reject() override;

private:
    QLabel *m_bytes = nullptr;
    QLabel *m_rate = nullptr;
    QLabel *m_resume = nullptr;
    QLabel *m_step = nullptr;
    QProgressBar *m_bar = nullptr;
    QPushButton *m_cancel = nullptr;
    void fitContents();

    qint64 m_total = 0;
    qint64 m_shownSent = 0;
    bool m_cancelling = false;
    bool m_closing = false;
};

} // namespace iuc::ui
