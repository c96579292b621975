#include "ui/connect/certificatedialog.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace iuc::ui {

namespace {

// "Trust and pin" stays disabled this long after the dialog appears: an
// Enter meant for the Connect dialog must not pin a certificate unread.
constexpr int kTrustDelayMs = 700;

QLabel *valueLabel(const QString &text, const QString &accessibleName, bool monospace = false)
{
    auto *label = new QLabel(text);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setAccessibleName(accessibleName);
    if (monospace)
        label->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return label;
}

QString dateText(const QDateTime &when)
{
    return QLocale().toString(when.toUTC(), QLocale::ShortFormat) + u" UTC"_s;
}

} // namespace

CertificateDialog::CertificateDialog(CertificateFacts facts, QWidget *parent)
    : QDialog(parent)
    , m_facts(std::move(facts))
    , m_kind(m_facts.trustedFingerprint.isEmpty() ? Kind::FirstContact : Kind::Changed)
{
    setObjectName(u"certificateDialog"_s);
    setModal(true);
    auto *layout = new QVBoxLayout(this);
    if (m_kind == Kind::FirstContact)
        buildFirstContact(layout);
    else
        buildChanged(layout);
    setMinimumWidth(560);
}

CertificateDialog::~CertificateDialog() = default;

QString CertificateDialog::formatFingerprint(const QByteArray &fingerprint)
{
    // "AB:CD:…" has 32 pairs: break after the 16th.
    const QString text = QString::fromLatin1(fingerprint);
    constexpr qsizetype kHalf = 16 * 3;
    if (text.size() <= kHalf)
        return text;
    return text.left(kHalf - 1) + u'\n' + text.mid(kHalf);
}

QString CertificateDialog::shownText() const
{
    return m_shown.join(u'\n');
}

QLabel *CertificateDialog::addText(QVBoxLayout *layout, const QString &text)
{
    auto *label = new QLabel(text);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    layout->addWidget(label);
    m_shown.append(text);
    return label;
}

void CertificateDialog::buildFirstContact(QVBoxLayout *layout)
{
    setWindowTitle(tr("Check the Management Node's certificate"));

    auto *head = new QHBoxLayout;
    auto *icon = new QLabel;
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(40, 40));
    head->addWidget(icon, 0, Qt::AlignTop);
    auto *intro = new QVBoxLayout;
    QLabel *heading = addText(intro, tr("First connection to %1").arg(m_facts.server));
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    addText(intro, tr("This computer has no way to vouch for this certificate: Management Nodes usually "
                      "sign their own. Before you trust it, make sure it belongs to your Management Node. "
                      "Compare the SHA-256 fingerprint below, character by character, with the fingerprint "
                      "of the Management Node's own certificate, as its administrator sees it (for example "
                      "with \"openssl x509 -noout -fingerprint -sha256\" on the certificate file)."));
    head->addLayout(intro, 1);
    layout->addLayout(head);

    addDetails(layout, true);

    addText(layout, tr("Trusting it pins it to this profile: from then on the console connects only while "
                       "the Management Node presents this very certificate, and refuses any other until you "
                       "edit the profile. If the fingerprints differ, choose Cancel."));

    auto *buttons = new QDialogButtonBox;
    m_trustButton = buttons->addButton(tr("&Trust and pin"), QDialogButtonBox::AcceptRole);
    m_trustButton->setObjectName(u"trustButton"_s);
    m_trustButton->setAccessibleName(tr("Trust and pin this certificate"));
    m_trustButton->setEnabled(false);
    m_trustButton->setDefault(true);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(u"cancelButton"_s);
    cancel->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    QTimer::singleShot(kTrustDelayMs, m_trustButton, [button = m_trustButton] { button->setEnabled(true); });
}

void CertificateDialog::buildChanged(QVBoxLayout *layout)
{
    setWindowTitle(tr("Certificate changed: not connected"));

    auto *head = new QHBoxLayout;
    auto *icon = new QLabel;
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxCritical).pixmap(40, 40));
    head->addWidget(icon, 0, Qt::AlignTop);
    auto *intro = new QVBoxLayout;
    QLabel *heading = addText(intro, tr("%1 presented a different certificate").arg(m_facts.server));
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    addText(intro, tr("The console stopped before signing in: no password was sent. The certificate this "
                      "profile trusts is not the one the server presents now, and the console will not "
                      "connect to it."));
    head->addLayout(intro, 1);
    layout->addLayout(head);

    addDetails(layout, false);

    addText(layout, tr("What to check:"));
    addText(layout, tr("• Was the Management Node's certificate replaced on purpose (renewed, or a new one "
                       "uploaded)? Ask its administrator for the new fingerprint and compare it with the one "
                       "presented now."));
    addText(layout, tr("• If nobody replaced it, someone may be intercepting the connection. Do not connect; "
                       "tell your security team."));
    addText(layout, tr("• Once the new certificate is confirmed, edit the profile: clear its trusted "
                       "fingerprint (or paste the new one), save, and connect again."));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton *close = buttons->button(QDialogButtonBox::Close);
    close->setObjectName(u"closeButton"_s);
    close->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void CertificateDialog::addDetails(QVBoxLayout *layout, bool firstContact)
{
    const api::CertificateInfo &c = m_facts.presented;
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto addRow = [this, form](const QString &label, QLabel *value) {
        form->addRow(label, value);
        m_shown.append(label + u' ' + value->text());
    };

    if (!firstContact) {
        QLabel *trusted = valueLabel(formatFingerprint(m_facts.trustedFingerprint), tr("Trusted fingerprint"), true);
        trusted->setObjectName(u"trustedFingerprint"_s);
        addRow(tr("Trusted fingerprint (pinned in the profile):"), trusted);
    }
    QLabel *fingerprint = valueLabel(formatFingerprint(c.sha256Fingerprint),
                                     firstContact ? tr("SHA-256 fingerprint") : tr("Presented fingerprint"), true);
    fingerprint->setObjectName(u"presentedFingerprint"_s);
    addRow(firstContact ? tr("SHA-256 fingerprint:") : tr("Presented now:"), fingerprint);
    if (!c.subject.isEmpty())
        addRow(tr("Subject:"), valueLabel(c.subject, tr("Subject")));
    if (!c.issuer.isEmpty()) {
        const QString issuer = c.selfSigned ? tr("%1 (self-signed)").arg(c.issuer) : c.issuer;
        addRow(tr("Issued by:"), valueLabel(issuer, tr("Issued by")));
    }
    if (c.notBefore.isValid() || c.notAfter.isValid()) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QString validity;
        if (c.notBefore.isValid() && c.notAfter.isValid())
            validity = tr("from %1 to %2").arg(dateText(c.notBefore), dateText(c.notAfter));
        else if (c.notAfter.isValid())
            validity = tr("until %1").arg(dateText(c.notAfter));
        else
            validity = tr("from %1").arg(dateText(c.notBefore));
        if (c.notAfter.isValid() && c.notAfter < now)
            validity = tr("%1: expired").arg(validity);
        else if (c.notBefore.isValid() && c.notBefore > now)
            validity = tr("%1: not valid yet").arg(validity);
        addRow(tr("Valid:"), valueLabel(validity, tr("Validity")));
    }
    if (!c.alternativeNames.isEmpty())
        addRow(tr("Names:"), valueLabel(c.alternativeNames.join(u", "_s), tr("Names in the certificate")));
    layout->addLayout(form);
    fingerprint->setFocus();
}

} // namespace iuc::ui
