#include "ui/main/logfilewindow.h"

#include "ui/main/logtablemodel.h"

#include "core/model/logmodel.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace iuc::ui {

LogFileWindow::LogFileWindow(const QString &path, const QList<api::LogEntry> &entries, const LogModel *known,
                             QWidget *parent)
    : QDialog(parent)
    , m_log(new LogModel(this))
    , m_table(new LogTableModel(this))
    , m_duringUpgrade(new QCheckBox(tr("Every line was logged &during an upgrade"), this))
    , m_count(new QLabel(this))
{
    setObjectName(u"logFileWindow"_s);
    setWindowTitle(tr("Administrator log — %1").arg(QFileInfo(path).fileName()));
    m_log->setCapacity(static_cast<int>(std::max<qsizetype>(entries.size(), 1)));
    const bool runsKnown = known && !known->runs().isEmpty();
    if (known) {
        for (auto it = known->runs().cbegin(); it != known->runs().cend(); ++it)
            m_log->noteRun(it.key(), it->first, it->second);
    }
    m_log->append(entries);
    m_table->setSourceLog(m_log);

    m_duringUpgrade->setObjectName(u"logFileDuringUpgrade"_s);
    m_duringUpgrade->setToolTip(tr("The errors expected during an upgrade are only expected then. Lines within a run "
                                   "this console saw are judged by its times; tick this when the file is from an "
                                   "upgrade the console did not see."));
    m_duringUpgrade->setChecked(!runsKnown);
    m_log->setUpgradeInProgress(!runsKnown);
    connect(m_duringUpgrade, &QCheckBox::toggled, this, [this](bool on) {
        m_log->setUpgradeInProgress(on);
        updateCount();
    });
    m_count->setObjectName(u"logFileCount"_s);

    auto *view = new QTableView(this);
    view->setObjectName(u"logFileTable"_s);
    view->setModel(m_table);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setWordWrap(false);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    view->horizontalHeader()->resizeSection(LogTableModel::Time, 14 * em);
    view->horizontalHeader()->resizeSection(LogTableModel::Level, 12 * em);
    view->horizontalHeader()->resizeSection(LogTableModel::Node, 14 * em);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_count);
    layout->addWidget(m_duringUpgrade);
    layout->addWidget(view, 1);
    layout->addWidget(buttons);
    resize(1000, 600);
    updateCount();
}

LogFileWindow::~LogFileWindow() = default;

void LogFileWindow::updateCount()
{
    m_count->setText(tr("Lines: %1; unexpected errors: %2").arg(m_log->rowCount()).arg(m_log->unexpectedErrorCount()));
}

} // namespace iuc::ui
