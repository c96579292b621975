#include "ui/flow/confirmdialog.h"

#include "core/model/deploymentmodel.h"
#include "ui/flow/startwindowpicker.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace iuc::ui {

namespace {

constexpr qsizetype kNamesShown = 6; // more names would push the buttons off a small screen

QLabel *versionValue(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(objectName);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.9);
    font.setBold(true);
    label->setFont(font);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QLabel *caption(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setCapitalization(QFont::AllUppercase);
    font.setPointSizeF(font.pointSizeF() * 0.85);
    label->setFont(font);
    return label;
}

QString namesList(const QStringList &names)
{
    if (names.size() <= kNamesShown)
        return QLocale().createSeparatedList(names);
    QStringList shown = names.first(kNamesShown);
    shown.append(ConfirmDialog::tr("%1 more").arg(names.size() - kNamesShown));
    return QLocale().createSeparatedList(shown);
}

} // namespace

ConfirmDialog::ConfirmDialog(const ConfirmFacts &facts, QWidget *parent)
    : QDialog(parent)
    , m_facts(facts)
{
    setObjectName(u"confirmDialog"_s);
    setWindowTitle(m_facts.stoppedRunNote.isEmpty() ? tr("Confirm the Upgrade") : tr("Continue the Upgrade"));
    setAccessibleName(windowTitle());
    setMinimumWidth(560);

    // Installed → upgrade: the two facts the admin must not misread.
    auto *versions = new QWidget(this);
    auto *grid = new QGridLayout(versions);
    grid->setContentsMargins(0, 0, 0, 8);
    grid->addWidget(caption(tr("Installed version"), versions), 0, 0);
    grid->addWidget(caption(tr("Upgrade version"), versions), 0, 2);
    auto *installed = versionValue(m_facts.installedVersion, u"installedVersionLabel"_s, versions);
    installed->setAccessibleName(tr("Installed version: %1").arg(m_facts.installedVersion));
    auto *arrow = versionValue(u"→"_s, u"versionArrow"_s, versions);
    arrow->setAccessibleName(tr("upgraded to"));
    auto *upgrade = versionValue(m_facts.upgradeVersion, u"upgradeVersionLabel"_s, versions);
    upgrade->setAccessibleName(tr("Upgrade version: %1").arg(m_facts.upgradeVersion));
    grid->addWidget(installed, 1, 0);
    grid->addWidget(arrow, 1, 1, Qt::AlignCenter);
    grid->addWidget(upgrade, 1, 2);
    grid->setColumnStretch(3, 1);

    m_body = new QVBoxLayout;
    m_body->setSpacing(10);
    if (!m_facts.stoppedRunNote.isEmpty())
        addParagraph(u"stoppedRunLabel"_s, m_facts.stoppedRunNote, Mark::Warning);
    addParagraph(u"systemsLabel"_s, systemsText(), Mark::Information);
    addParagraph(u"mixedVersionLabel"_s,
                 tr("<b>Until every system runs the same version, calls can be split.</b> Nodes on different "
                    "versions cannot host the same conference: two callers of one meeting who reach nodes on "
                    "different versions end up in separate conferences. Upgrade at a quiet time. "
                    "Calls in progress now: %1.")
                     .arg(m_facts.callsNow),
                 Mark::Warning);
    if (const QString forecast = forecastText(); !forecast.isEmpty())
        addParagraph(u"forecastLabel"_s, forecast, m_facts.cutByDeadline ? Mark::Warning : Mark::Information);
    if (m_facts.configurationOnlyNodes > 0) {
        addParagraph(u"configOnlyLabel"_s,
                     tr("Configuration-only nodes in this deployment: %1. They are upgraded like the others. "
                        "After the upgrade, deploy any new configuration-only node from the VM template of version %2, "
                        "never from an older one.")
                         .arg(m_facts.configurationOnlyNodes)
                         .arg(m_facts.upgradeVersion.toHtmlEscaped()),
                     Mark::Information);
    }
    if (m_facts.uploadStartsUpgrade) {
        addParagraph(u"singleShotLabel"_s,
                     tr("<b>This Management Node takes the package and starts the upgrade in one step.</b> Upgrade "
                        "uploads %1 (%2) now; the upgrade begins as soon as the Management Node has all of it. The "
                        "package was checked on this computer (SHA-256 %3); the Management Node validates it "
                        "itself.")
                         .arg(m_facts.packageFile.toHtmlEscaped(), QLocale().formattedDataSize(m_facts.packageSize, 1),
                              m_facts.sha256.toHtmlEscaped())
                         + (m_facts.versionFromName ? u" "_s + tr("Its version is read from its name.") : QString()),
                     Mark::Information);
    } else if (!m_facts.packageFile.isEmpty()) {
        QLabel *package = addParagraph(
            u"packageLabel"_s,
            (m_facts.validatedByNode
                 ? tr("Package %1 (%2), SHA-256 %3. The Management Node received it whole and validated it.")
                 : tr("Package %1 (%2). The Management Node's copy has the same SHA-256 as the file: %3"))
                    .arg(m_facts.packageFile.toHtmlEscaped(), QLocale().formattedDataSize(m_facts.packageSize, 1),
                         m_facts.sha256.toHtmlEscaped())
                + (m_facts.versionFromName ? u" "_s + tr("Its version is read from its name.") : QString()));
        QPalette palette = package->palette();
        palette.setColor(QPalette::WindowText, palette.color(QPalette::Disabled, QPalette::WindowText));
        package->setPalette(palette);
    }

    auto *buttons = new QDialogButtonBox(this);
    m_upgrade = buttons->addButton(tr("&Upgrade"), QDialogButtonBox::AcceptRole);
    m_upgrade->setObjectName(u"upgradeButton"_s);
    m_upgrade->setAccessibleName(tr("Upgrade"));
    m_upgrade->setAccessibleDescription(tr("Starts the rolling upgrade to %1").arg(m_facts.upgradeVersion));
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(u"cancelButton"_s);
    m_cancel->setAccessibleName(tr("Cancel"));
    m_cancel->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // When: now, or at a time (the upload is done; only the start waits).
    // A node that takes the package as its start uploads on the yes: now.
    if (!m_facts.uploadStartsUpgrade) {
        m_when = new StartWindowPicker(this);
        connect(m_when, &StartWindowPicker::changed, this, [this] {
            m_upgrade->setText(m_when->window() ? tr("&Schedule") : tr("&Upgrade"));
            m_upgrade->setAccessibleName(m_when->window() ? tr("Schedule") : tr("Upgrade"));
        });
    }

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(versions);
    layout->addLayout(m_body);
    if (m_when)
        layout->addWidget(m_when);
    layout->addStretch();
    layout->addWidget(buttons);
}

ConfirmDialog::~ConfirmDialog() = default;

void ConfirmDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    // Focus on Cancel: Enter (or Space) on the focused button must not start
    // an upgrade; the admin moves to Upgrade on purpose.
    m_cancel->setFocus(Qt::OtherFocusReason);
}

QLabel *ConfirmDialog::addParagraph(const QString &objectName, const QString &text, Mark mark)
{
    auto *row = new QHBoxLayout;
    row->setSpacing(10);
    if (mark != Mark::None) {
        auto *icon = new QLabel(this);
        const QStyle::StandardPixmap which =
            mark == Mark::Warning ? QStyle::SP_MessageBoxWarning : QStyle::SP_MessageBoxInformation;
        const int extent = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
        icon->setPixmap(style()->standardIcon(which, nullptr, this).pixmap(extent, extent));
        icon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
        icon->setFixedWidth(extent + 4);
        icon->setAccessibleName(mark == Mark::Warning ? tr("Warning") : tr("Note"));
        row->addWidget(icon);
    }
    auto *label = new QLabel(text, this);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::RichText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Screen readers get the words without the markup.
    QString plain = text;
    plain.remove(u"<b>"_s).remove(u"</b>"_s);
    label->setAccessibleName(plain);
    row->addWidget(label, 1);
    m_body->addLayout(row);
    return label;
}

QString ConfirmDialog::systemsText() const
{
    const int nodes = m_facts.systemsToUpgrade - (m_facts.managementIncluded ? 1 : 0);
    if (m_facts.repeatRun || !m_facts.managementIncluded) {
        QString text = (m_facts.nodesAtOnce > 1
                            ? tr("<b>Systems to upgrade: %1.</b> The Management Node already runs %2, so only the "
                                 "Conferencing Nodes still on an older version take part, up to %n at a time.",
                                 nullptr, m_facts.nodesAtOnce)
                            : tr("<b>Systems to upgrade: %1.</b> The Management Node already runs %2, so only the "
                                 "Conferencing Nodes still on an older version take part, one at a time."))
                           .arg(m_facts.systemsToUpgrade)
                           .arg(m_facts.upgradeVersion.toHtmlEscaped());
        if (!m_facts.laggingNodes.isEmpty())
            text += QLatin1Char(' ') + tr("They are: %1.").arg(namesList(m_facts.laggingNodes).toHtmlEscaped());
        return text;
    }
    if (m_facts.nodesAtOnce > 1) {
        return tr("<b>Systems to upgrade: %1</b> (the Management Node and %2 Conferencing Nodes). The Management Node "
                  "goes first and restarts by itself; its web pages and API are away for a few minutes. Then the "
                  "Conferencing Nodes follow, up to %n at a time: each stops taking new calls and waits for its calls "
                  "to end before it installs.",
                  nullptr, m_facts.nodesAtOnce)
            .arg(m_facts.systemsToUpgrade)
            .arg(nodes);
    }
    return tr("<b>Systems to upgrade: %1</b> (the Management Node and %2 Conferencing Nodes). The Management Node "
              "goes first and restarts by itself; its web pages and API are away for a few minutes. Then the "
              "Conferencing Nodes follow one at a time: each stops taking new calls and waits for its calls "
              "to end before it installs.")
        .arg(m_facts.systemsToUpgrade)
        .arg(nodes);
}

QString ConfirmDialog::forecastText() const
{
    if (!m_facts.forecastSeconds)
        return {};
    const QString duration = DeploymentModel::formatSeconds(*m_facts.forecastSeconds);
    if (m_facts.cutByDeadline) {
        return tr("<b>Forecast: the 24-hour limit would stop this run first.</b> Conferencing Nodes that would "
                  "stay on the old version until you repeat the upgrade for them: about %1. Choose a quieter "
                  "time if you can: nodes with calls wait for them to end.")
            .arg(m_facts.forecastLeftBehind);
    }
    return tr("<b>Forecast: about %1</b>, so it should end before the 24-hour limit. Nodes that still carry calls take "
              "longer: each waits up to an hour for its calls to end.")
        .arg(duration);
}

} // namespace iuc::ui
