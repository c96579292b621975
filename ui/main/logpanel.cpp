#include "ui/main/logpanel.h"

#include "ui/common/statusstyle.h"
#include "ui/main/logfilewindow.h"
#include "ui/main/logtablemodel.h"
#include "ui/main/syslogdialog.h"

#include "core/api/deploymentpoller.h"
#include "core/model/logline.h"
#include "core/model/logmodel.h"
#include "core/session/deploymentsession.h"
#include "core/syslog/logfile.h"

#include <QCheckBox>
#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace iuc::ui {

LogPanel::LogPanel(QWidget *parent)
    : QWidget(parent)
    , m_table(new LogTableModel(this))
    , m_filter(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
    , m_errorsOnly(new QCheckBox(tr("&Errors only"), this))
    , m_countIcon(new QLabel(this))
    , m_count(new QLabel(this))
    , m_source(new QLabel(this))
    , m_receive(new QPushButton(tr("Receive by &syslog…"), this))
    , m_openFile(new QPushButton(tr("&Open log file…"), this))
{
    setObjectName(u"logPanel"_s);
    m_filter->setSourceModel(m_table);
    m_filter->setFilterRole(LogModel::SeverityRole);
    m_filter->setFilterKeyColumn(0);

    auto *title = new QLabel(tr("Administrator log"), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    m_errorsOnly->setObjectName(u"errorsOnly"_s);
    m_errorsOnly->setAccessibleDescription(tr("Shows only the log's error lines"));
    connect(m_errorsOnly, &QCheckBox::toggled, this, &LogPanel::setErrorsOnly);
    m_count->setObjectName(u"unexpectedErrors"_s);
    const int side = std::max(16, fontMetrics().height());
    m_countIcon->setFixedSize(side, side);

    auto *bar = new QHBoxLayout;
    bar->addWidget(title);
    bar->addSpacing(12);
    bar->addWidget(m_countIcon);
    bar->addWidget(m_count);
    bar->addSpacing(12);
    bar->addWidget(m_source);
    bar->addStretch();
    bar->addWidget(m_receive);
    bar->addWidget(m_openFile);
    bar->addWidget(m_errorsOnly);
    m_source->setObjectName(u"logSource"_s);
    m_receive->setObjectName(u"receiveSyslog"_s);
    m_receive->setToolTip(tr("Receive the administrator log as a syslog server, from a Management Node that does not "
                             "serve it through its API"));
    m_openFile->setObjectName(u"openLogFile"_s);
    m_openFile->setToolTip(tr("Show an administrator log downloaded from the Management Node, with the errors "
                              "expected during an upgrade marked"));
    connect(m_receive, &QPushButton::clicked, this, &LogPanel::receiveOrStop);
    connect(m_openFile, &QPushButton::clicked, this, &LogPanel::openLogFile);

    m_view->setObjectName(u"logTable"_s);
    m_view->setAccessibleName(tr("Administrator log"));
    m_view->setModel(m_filter);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(std::max(22, fontMetrics().height() + 6));
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    QFont errorFont = m_view->font();
    errorFont.setBold(true); // errors are bold: they must fit too
    const QFontMetrics metrics(errorFont);
    const int em = metrics.horizontalAdvance(QLatin1Char('M'));
    m_view->horizontalHeader()->resizeSection(LogTableModel::Time, metrics.horizontalAdvance(u"0000-00-00 00:00:00"_s) + 2 * em);
    m_view->horizontalHeader()->resizeSection(LogTableModel::Level, metrics.horizontalAdvance(tr("%1 (expected)").arg(u"ERROR"_s)) + 4 * em);
    m_view->horizontalHeader()->resizeSection(LogTableModel::Node, 16 * em);
    connect(m_filter, &QAbstractItemModel::rowsAboutToBeInserted, this, &LogPanel::rowsAboutToArrive);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &LogPanel::rowsArrived);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    setFocusProxy(m_view);
    setTabOrder(m_errorsOnly, m_view);
    updateCount();
}

LogPanel::~LogPanel() = default;

void LogPanel::setSession(DeploymentSession *session)
{
    if (m_session) {
        disconnect(&m_session->log(), nullptr, this, nullptr);
        disconnect(&m_session->syslog(), nullptr, this, nullptr);
    }
    m_session = session;
    m_table->setSourceLog(session ? &session->log() : nullptr);
    if (session) {
        connect(&session->log(), &LogModel::unexpectedErrorCountChanged, this, &LogPanel::updateCount);
        connect(session, &DeploymentSession::updated, this, &LogPanel::updateCount);
        connect(&session->syslog(), &SyslogLink::changed, this, &LogPanel::updateCount);
    }
    m_view->scrollToBottom();
    updateCount();
}

void LogPanel::setErrorsOnly(bool on)
{
    if (m_errorsOnly->isChecked() != on)
        m_errorsOnly->setChecked(on); // comes back here through toggled
    // Both kinds of error: the expected ones stay in view, quietly, so the
    // admin sees what was judged normal.
    const QString pattern = u"^(%1|%2)$"_s
                                .arg(static_cast<int>(LogSeverity::Error))
                                .arg(static_cast<int>(LogSeverity::ExpectedError));
    m_filter->setFilterRegularExpression(on ? QRegularExpression(pattern) : QRegularExpression());
    m_view->scrollToBottom();
}

void LogPanel::updateCount()
{
    updateSource();
    const int count = m_session ? m_session->log().unexpectedErrorCount() : 0;
    const int side = m_countIcon->width();
    // A real Management Node has no log in its API: say so, not "no errors".
    if (count == 0 && m_session && m_session->poller().capabilities().lacks(api::Resource::Log)
        && !m_session->syslog().isListening() && m_session->log().rowCount() == 0) {
        m_countIcon->setPixmap(statusstyle::icon(u"log-warning"_s, palette()).pixmap(QSize(side, side), devicePixelRatioF()));
        m_count->setText(tr("Not in this Management Node's API: receive it by syslog, or open a downloaded log"));
        m_count->setToolTip(tr("Real Management Nodes offer the administrator log as a download in their web interface "
                               "and send it to syslog servers. The console can be one of them for the upgrade."));
        m_view->setEnabled(false);
        Q_EMIT unexpectedErrorCountChanged(0);
        return;
    }
    m_view->setEnabled(true);
    if (count > 0) {
        m_countIcon->setPixmap(statusstyle::icon(u"log-error"_s, palette()).pixmap(QSize(side, side), devicePixelRatioF()));
        m_count->setText(tr("<b>Unexpected errors: %1</b>").arg(count));
    } else {
        m_countIcon->setPixmap(statusstyle::icon(u"status-idle"_s, palette()).pixmap(QSize(side, side), devicePixelRatioF()));
        m_count->setText(tr("No unexpected errors"));
    }
    m_count->setToolTip(tr("Errors that are not among those expected during an upgrade"));
    Q_EMIT unexpectedErrorCountChanged(count);
}

void LogPanel::updateSource()
{
    const bool lacksLog = m_session && m_session->poller().capabilities().lacks(api::Resource::Log);
    const bool listening = m_session && m_session->syslog().isListening();
    m_receive->setVisible(lacksLog || listening);
    m_openFile->setVisible(m_session != nullptr);
    m_receive->setText(listening ? tr("Stop &syslog…") : tr("Receive by &syslog…"));
    if (!listening) {
        m_source->clear();
        return;
    }
    const SyslogLink &link = m_session->syslog();
    const syslog::SyslogReceiver::Options &o = link.receiver().options();
    const QString transports = o.udp && o.tcp ? tr("UDP and TCP") : (o.udp ? u"UDP"_s : u"TCP"_s);
    QString text = tr("By syslog on port %1 (%2), lines received: %3")
                       .arg(link.receiver().port())
                       .arg(transports)
                       .arg(link.linesReceived());
    if (link.onNode())
        text += tr(" · in the Management Node's syslog servers");
    m_source->setText(text);
}

void LogPanel::receiveOrStop()
{
    if (!m_session)
        return;
    if (!m_session->syslog().isListening()) {
        auto *dialog = new SyslogDialog(*m_session, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &SyslogDialog::statusMessage, this, &LogPanel::statusMessage);
        dialog->open();
        return;
    }
    QPointer<DeploymentSession> session = m_session;
    offerSyslogRemoval(this, *m_session, [this, session](bool goOn) {
        if (!goOn || !session)
            return;
        session->syslog().stopListening();
        Q_EMIT statusMessage(tr("Stopped receiving the administrator log by syslog."));
    });
}

void LogPanel::openLogFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open an administrator log"), QString(),
                                                      tr("Logs (*.log *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    const Result<QList<api::LogEntry>> entries = syslog::readLogFile(path);
    if (!entries) {
        QMessageBox::warning(this, tr("Open an administrator log"), entries.error().message);
        return;
    }
    auto *window = new LogFileWindow(path, entries.value(), m_session ? &m_session->log() : nullptr, this);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();
}

void LogPanel::rowsAboutToArrive()
{
    const QScrollBar *bar = m_view->verticalScrollBar();
    m_follow = bar->value() >= bar->maximum() - 2;
}

void LogPanel::rowsArrived()
{
    if (m_follow)
        m_view->scrollToBottom();
}

} // namespace iuc::ui
