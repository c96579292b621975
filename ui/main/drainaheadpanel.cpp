#include "ui/main/drainaheadpanel.h"

#include "core/session/deploymentsession.h"
#include "core/session/drainaheadrunner.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QProgressBar>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace iuc::ui {

DrainAheadPanel::DrainAheadPanel(QWidget *parent)
    : QFrame(parent)
    , m_enabled(new QCheckBox(tr("&Drain ahead of each turn"), this))
    , m_keep(new QSpinBox(this))
    , m_state(new QLabel(this))
    , m_bars(new QVBoxLayout)
{
    setObjectName(u"drainAheadPanel"_s);
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Drain ahead"));
    m_enabled->setObjectName(u"drainAheadSwitch"_s);
    m_enabled->setToolTip(tr("Puts the nodes that come next into maintenance mode before their turn, so their calls "
                             "have ended when the Management Node reaches them; each is taken out again once it is "
                             "on the new version. For the run in progress only."));
    m_keep->setObjectName(u"drainAheadKeep"_s);
    m_keep->setRange(0, 100);
    m_keep->setSuffix(tr(" %"));
    m_keep->setValue(75);
    m_keep->setToolTip(tr("The share of each location's capacity that stays in service: the console drains no node "
                          "ahead that would take a location below it, and never a location's last node in service."));
    m_keep->setAccessibleName(tr("Capacity kept in service per location"));
    m_state->setObjectName(u"drainAheadState"_s);
    m_state->setWordWrap(true);

    // A heading as the Management Node card has one.
    auto *heading = new QLabel(tr("Drain ahead"), this);
    QFont font = heading->font();
    font.setBold(true);
    heading->setFont(font);
    heading->setForegroundRole(QPalette::PlaceholderText);

    auto *form = new QFormLayout;
    form->addRow(m_enabled);
    form->addRow(tr("&Keep in service:"), m_keep);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(form);
    layout->addLayout(m_bars);
    layout->addWidget(m_state);
    layout->addStretch(1);

    connect(m_enabled, &QCheckBox::clicked, this, &DrainAheadPanel::toggled);
    connect(m_keep, &QSpinBox::valueChanged, this, [this](int keep) {
        if (DrainAheadRunner *r = runner()) {
            DrainSettings s = r->settings();
            s.guardrail = (100 - keep) / 100.0;
            r->setSettings(s);
        }
    });
    setSession(nullptr);
}

DrainAheadPanel::~DrainAheadPanel() = default;

DrainAheadRunner *DrainAheadPanel::runner() const
{
    return m_session ? m_session->drainAhead() : nullptr;
}

void DrainAheadPanel::setSession(DeploymentSession *session)
{
    if (m_session)
        m_session->disconnect(this);
    if (DrainAheadRunner *r = runner())
        r->disconnect(this);
    m_session = session;
    m_error.clear();
    if (DrainAheadRunner *r = runner()) {
        connect(r, &DrainAheadRunner::changed, this, &DrainAheadPanel::refresh);
        connect(r, &DrainAheadRunner::failed, this, [this](const Error &error) {
            m_error = error.message;
            refresh();
        });
        const QSignalBlocker blocker(m_keep);
        m_keep->setValue(static_cast<int>(std::lround(100 * (1 - r->settings().guardrail))));
    }
    if (m_session)
        connect(m_session, &DeploymentSession::updated, this, &DrainAheadPanel::refresh);
    setVisible(runner() != nullptr);
    refresh();
}

void DrainAheadPanel::toggled(bool on)
{
    DrainAheadRunner *r = runner();
    if (!r)
        return;
    if (const Result<void> done = r->setEnabled(on); !done) {
        m_error = done.error().message;
        const QSignalBlocker blocker(m_enabled);
        m_enabled->setChecked(r->isEnabled());
    } else {
        m_error.clear();
    }
    refresh();
}

void DrainAheadPanel::refresh()
{
    DrainAheadRunner *r = runner();
    if (!r)
        return;
    {
        const QSignalBlocker blocker(m_enabled);
        m_enabled->setChecked(r->isEnabled());
    }
    const double keep = m_keep->value() / 100.0;
    // One bar per location, in name order.
    QStringList names = r->locations().keys();
    std::sort(names.begin(), names.end());
    for (auto it = m_byLocation.begin(); it != m_byLocation.end();) {
        if (!names.contains(it.key())) {
            delete it.value();
            it = m_byLocation.erase(it);
        } else {
            ++it;
        }
    }
    for (const QString &name : std::as_const(names)) {
        QProgressBar *bar = m_byLocation.value(name);
        if (!bar) {
            bar = new QProgressBar(this);
            bar->setObjectName(u"locationCapacity"_s);
            bar->setRange(0, 100);
            m_byLocation.insert(name, bar);
            m_bars->insertWidget(static_cast<int>(names.indexOf(name)), bar);
        }
        const LocationCapacity &l = r->locations().value(name);
        const int share = static_cast<int>(std::lround(100 * l.inServiceShare()));
        bar->setValue(share);
        bar->setFormat(tr("%1: %2 % in service").arg(name).arg(share));
        bar->setAccessibleName(bar->format());
        bar->setToolTip(tr("%1: %2 of %3 nodes in service; drain ahead keeps at least %4 %.")
                            .arg(name)
                            .arg(l.inService)
                            .arg(l.nodes)
                            .arg(m_keep->value()));
        QPalette palette = bar->palette();
        const bool below = l.inServiceShare() + 1e-9 < keep;
        palette.setColor(QPalette::Highlight, below ? QColor(0xc0, 0x39, 0x2b) : QColor(0x2e, 0x7d, 0x32));
        bar->setPalette(palette);
        bar->setProperty("belowGuardrail", below);
    }
    QString state;
    if (!m_error.isEmpty())
        state = m_error;
    else if (r->isEnabled())
        state = tr("Nodes drained ahead: %1. Kept in service by the guardrail: %2.")
                    .arg(r->drained().size())
                    .arg(r->heldByGuardrail().size());
    else if (!r->drained().isEmpty())
        state = tr("Returning %1 nodes drained ahead to service…").arg(r->drained().size());
    else if (m_session && m_session->run().state() == RunSummary::State::Running)
        state = tr("Off: turn it on to drain the next nodes ahead of their turns.");
    else
        state = tr("Off. Turn it on while the Conferencing Nodes are being upgraded.");
    m_state->setText(state);
}

} // namespace iuc::ui
