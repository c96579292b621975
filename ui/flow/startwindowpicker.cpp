#include "ui/flow/startwindowpicker.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QLabel>
#include <QRadioButton>
#include <QTimeEdit>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace iuc::ui {

namespace {

QTimeEdit *timeEdit(const QString &objectName, QTime value, const QString &accessibleName, QWidget *parent)
{
    auto *edit = new QTimeEdit(value, parent);
    edit->setObjectName(objectName);
    edit->setDisplayFormat(u"HH:mm"_s);
    edit->setAccessibleName(accessibleName);
    return edit;
}

} // namespace

StartWindowPicker::StartWindowPicker(QWidget *parent)
    : QGroupBox(tr("When"), parent)
    , m_now(new QRadioButton(tr("Start &now"), this))
    , m_at(new QRadioButton(tr("Start &at"), this))
    , m_start(timeEdit(u"startAtTime"_s, QTime(2, 0), tr("Start at, local time"), this))
    , m_hasEnd(new QCheckBox(tr("unti&l"), this))
    , m_end(timeEdit(u"untilTime"_s, QTime(6, 0), tr("End of the window, local time"), this))
    , m_drain(new QCheckBox(tr("Turn on &drain ahead for this run, inside the window"), this))
{
    setObjectName(u"startWindowPicker"_s);
    m_now->setObjectName(u"startNowRadio"_s);
    m_at->setObjectName(u"startAtRadio"_s);
    m_hasEnd->setObjectName(u"untilCheck"_s);
    m_drain->setObjectName(u"drainInWindowCheck"_s);
    m_now->setChecked(true);
    auto *note = new QLabel(tr("Local time (%1). The package is uploaded and checked already; the console performs the "
                               "start at that time, so leave it open: quitting it cancels the start.")
                                .arg(QString::fromUtf8(QTimeZone::systemTimeZoneId())),
                            this);
    note->setObjectName(u"startWindowNote"_s);
    note->setWordWrap(true);
    auto *grid = new QGridLayout(this);
    grid->addWidget(m_now, 0, 0, 1, 4);
    grid->addWidget(m_at, 1, 0);
    grid->addWidget(m_start, 1, 1);
    grid->addWidget(m_hasEnd, 1, 2);
    grid->addWidget(m_end, 1, 3);
    grid->setColumnStretch(4, 1);
    grid->addWidget(m_drain, 2, 0, 1, 5);
    grid->addWidget(note, 3, 0, 1, 5);
    for (QAbstractButton *b : {static_cast<QAbstractButton *>(m_now), static_cast<QAbstractButton *>(m_at),
                               static_cast<QAbstractButton *>(m_hasEnd), static_cast<QAbstractButton *>(m_drain)})
        connect(b, &QAbstractButton::toggled, this, &StartWindowPicker::updateEnabled);
    connect(m_start, &QTimeEdit::timeChanged, this, &StartWindowPicker::changed);
    connect(m_end, &QTimeEdit::timeChanged, this, &StartWindowPicker::changed);
    updateEnabled();
}

void StartWindowPicker::updateEnabled()
{
    const bool later = m_at->isChecked();
    m_start->setEnabled(later);
    m_hasEnd->setEnabled(later);
    m_end->setEnabled(later && m_hasEnd->isChecked());
    m_drain->setEnabled(later);
    Q_EMIT changed();
}

std::optional<StartWindow> StartWindowPicker::window() const
{
    if (!m_at->isChecked())
        return std::nullopt;
    StartWindow w;
    w.start = QTime(m_start->time().hour(), m_start->time().minute());
    if (m_hasEnd->isChecked() && m_end->time() != m_start->time())
        w.end = QTime(m_end->time().hour(), m_end->time().minute());
    return w;
}

bool StartWindowPicker::drainAhead() const
{
    return m_at->isChecked() && m_drain->isChecked();
}

} // namespace iuc::ui
