#include "ui/flow/uploaddialog.h"

#include "core/jobs/upgradejob.h"

#include "core/model/deploymentmodel.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QLayout>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace iuc::ui {

namespace {

// The bar counts in ten-thousandths: QProgressBar takes an int, a package
// may be larger than 2 GiB.
constexpr int kBarSteps = 10000;

QString dataSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1);
}

} // namespace

UploadDialog::UploadDialog(const QString &filePath, qint64 totalBytes, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"uploadDialog"_s);
    setWindowTitle(tr("Uploading the Upgrade Package"));
    setAccessibleName(windowTitle());
    setMinimumWidth(480);

    auto *heading = new QLabel(tr("Sending <b>%1</b> to the Management Node.")
                                   .arg(QFileInfo(filePath).fileName().toHtmlEscaped()),
                               this);
    heading->setObjectName(u"uploadHeading"_s);
    heading->setTextFormat(Qt::RichText);
    heading->setWordWrap(true);

    m_bar = new QProgressBar(this);
    m_bar->setObjectName(u"uploadProgress"_s);
    m_bar->setAccessibleName(tr("Upload progress"));
    m_bar->setRange(0, kBarSteps);
    m_bar->setValue(0);
    m_bar->setFormat(u"%p %"_s);

    m_bytes = new QLabel(this);
    m_bytes->setObjectName(u"uploadBytes"_s);
    m_rate = new QLabel(this);
    m_rate->setObjectName(u"uploadRate"_s);
    m_resume = new QLabel(this);
    m_resume->setObjectName(u"uploadResume"_s);
    m_resume->setWordWrap(true);
    m_resume->setStyleSheet(u"QLabel { color: #8a5a00; font-weight: bold; }"_s);
    m_resume->hide();
    m_step = new QLabel(tr("Nothing is installed yet: you confirm the upgrade after the Management Node has "
                           "checked the package."),
                        this);
    m_step->setObjectName(u"uploadStep"_s);
    m_step->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(this);
    m_cancel = buttons->addButton(tr("Cancel Upload"), QDialogButtonBox::RejectRole);
    m_cancel->setObjectName(u"cancelUploadButton"_s);
    m_cancel->setAccessibleName(m_cancel->text());
    m_cancel->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &UploadDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_bar);
    layout->addWidget(m_bytes);
    layout->addWidget(m_rate);
    layout->addWidget(m_resume);
    layout->addSpacing(6);
    layout->addWidget(m_step);
    layout->addStretch();
    layout->addWidget(buttons);

    setProgress(0, totalBytes, 0.0, -1);
}

UploadDialog::~UploadDialog() = default;

UploadDialog *UploadDialog::forJob(jobs::UpgradeJob *job, QWidget *parent)
{
    const qint64 size = job->inspection() ? job->inspection()->size : 0;
    auto *dialog = new UploadDialog(job->path(), size, parent);
    connect(dialog, &QDialog::finished, dialog, &QObject::deleteLater);
    connect(job, &jobs::UpgradeJob::uploadProgress, dialog, &UploadDialog::setProgress);
    connect(job, &jobs::UpgradeJob::uploadResumed, dialog, &UploadDialog::showResumed);
    connect(job, &jobs::UpgradeJob::stageChanged, dialog, [dialog](jobs::UpgradeJob::Stage stage) {
        if (stage == jobs::UpgradeJob::Stage::Validating)
            dialog->showVerifying();
    });
    connect(dialog, &UploadDialog::cancelRequested, job, &jobs::UpgradeJob::cancel);
    return dialog;
}

void UploadDialog::setProgress(qint64 sent, qint64 total, double bytesPerSecond, qint64 etaSeconds)
{
    m_total = total;
    m_shownSent = std::max(m_shownSent, sent);
    sent = m_shownSent;
    const qint64 percent = total > 0 ? sent * 100 / total : 0;
    m_bar->setValue(total > 0 ? static_cast<int>(std::clamp<qint64>(sent * kBarSteps / total, 0, kBarSteps)) : 0);
    m_bytes->setText(tr("%1 of %2 sent (%3 %)").arg(dataSize(sent), dataSize(total)).arg(percent));
    m_bytes->setAccessibleName(m_bytes->text());
    if (bytesPerSecond <= 0) {
        m_rate->setText(tr("Measuring the speed…"));
    } else if (etaSeconds < 0) {
        m_rate->setText(tr("%1/s").arg(dataSize(static_cast<qint64>(bytesPerSecond))));
    } else {
        m_rate->setText(tr("%1/s, about %2 left")
                            .arg(dataSize(static_cast<qint64>(bytesPerSecond)), DeploymentModel::formatSeconds(etaSeconds)));
    }
    m_rate->setAccessibleName(m_rate->text());
}

void UploadDialog::showResumed(qint64 offset, int attempt)
{
    // Says what happened and that nothing needs doing: the upload goes on by itself.
    m_resume->setText(tr("Connection lost. Resuming at %1, the point the Management Node had reached "
                         "(attempt %2).")
                          .arg(dataSize(offset))
                          .arg(attempt));
    m_resume->setAccessibleName(m_resume->text());
    const bool appeared = m_resume->isHidden();
    m_resume->show();
    // What the Management Node holds is sent, even if the bar had not
    // caught up with it when the connection broke.
    if (offset > m_shownSent)
        setProgress(offset, m_total, 0.0, -1);
    if (appeared)
        fitContents();
}

void UploadDialog::fitContents()
{
    // A line that appears while the dialog is open must not squeeze the
    // others: grow to the height the wrapped text needs at this width.
    if (QLayout *l = layout()) {
        l->activate();
        const int needed = l->hasHeightForWidth() ? l->totalHeightForWidth(width()) : l->sizeHint().height();
        if (needed > height())
            resize(width(), needed);
    }
}

void UploadDialog::showVerifying()
{
    m_step->setText(tr("All bytes sent. The Management Node is checking the package…"));
    fitContents();
}

QString UploadDialog::bytesText() const
{
    return m_bytes->text();
}

QString UploadDialog::rateText() const
{
    return m_rate->text();
}

QString UploadDialog::resumeText() const
{
    return m_resume->isHidden() ? QString() : m_resume->text();
}

void UploadDialog::finish(int result)
{
    m_closing = true;
    done(result);
}

void UploadDialog::reject()
{
    if (m_closing) {
        QDialog::reject();
        return;
    }
    // Escape or the close button: the upload must stop first (and the
    // Management Node drop the partial file) before the dialog goes.
    if (m_cancelling)
        return;
    m_cancelling = true;
    m_cancel->setEnabled(false);
    m_step->setText(tr("Cancelling: the Management Node discards what it received…"));
    Q_EMIT cancelRequested();
}

} // namespace iuc::ui
