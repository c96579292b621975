#pragma once

#include "core/api/tlstrust.h"

#include <QByteArray>
#include <QDialog>
#include <QString>
#include <QStringList>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace iuc::ui {

using api::CertificateFacts;

// The two certificate questions of the Connect dialog.
//
// First contact (no pin yet): shows the SHA-256 fingerprint, subject,
// issuer and validity, tells the admin to compare the fingerprint with the
// one the Management Node shows, and offers "Trust and pin" (accept) or
// Cancel (reject).
//
// Changed certificate (a pin that does not match): a refusal. It shows
// both fingerprints and what to check; it offers no way to accept, because
// re-pinning must be a deliberate edit of the profile.
//
// Escape and the window's close button always mean "do not trust".
class CertificateDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CertificateDialog)

public:
    enum class Kind { FirstContact, Changed };
    Q_ENUM(Kind)

    explicit CertificateDialog(CertificateFacts facts, QWidget *parent = nullptr);
    ~CertificateDialog() override;

    [[nodiscard]] Kind kind() const { return m_kind; }
    [[nodiscard]] const CertificateFacts &facts() const { return m_facts; }
    // Every text the dialog shows, for tests and screen readers' users who
    // want it all in one place.
    [[nodiscard]] QString shownText() const;

    // Fingerprints are long: two lines of 16 pairs read better than one.
    static QString formatFingerprint(const QByteArray &fingerprint);

private:
    void buildFirstContact(QVBoxLayout *layout);
    void buildChanged(QVBoxLayout *layout);
    void addDetails(QVBoxLayout *layout, bool firstContact);
    QLabel *addText(QVBoxLayout *layout, const QString &text);

    CertificateFacts m_facts;
    Kind m_kind;
    QPushButton *m_trustButton = nullptr;
    QStringList m_shown;
};

} // namespace iuc::ui
