#pragma once

#include "core/storage/profile.h"

#include <QDialog>
#include <QStringList>

#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace iuc::ui {

// Add… and Edit… of the Connect dialog: the fields of one profile, checked by
// ProfileStore's own rules before the dialog closes, so a mistake is shown
// next to its field and the dialog stays open.
class ProfileEditor final : public QDialog
{
    Q_OBJECT

public:
    // `takenNames`: the names of the other profiles (a new name must differ).
    ProfileEditor(const std::optional<Profile> &original, QStringList takenNames, QWidget *parent);

    // After accepted(): the checked profile.
    [[nodiscard]] const Profile &profile() const { return m_result; }
    // After accepted(): the alert webhook URL to keep in the keychain, an
    // empty one to remove the saved one, none to leave it as it is.
    [[nodiscard]] const std::optional<QString> &webhookChange() const { return m_webhookChange; }

    void accept() override;

private:
    QLineEdit *field(const QString &objectName, const QString &accessibleName, const QString &placeholder);
    void showProblem(QLineEdit *at, const QString &message);

    std::optional<Profile> m_original;
    QStringList m_takenNames;
    Profile m_result;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_url = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_caFile = nullptr;
    QLineEdit *m_fingerprint = nullptr;
    QLineEdit *m_webhook = nullptr;
    QCheckBox *m_removeWebhook = nullptr;
    std::optional<QString> m_webhookChange;
    QLabel *m_error = nullptr;
};

} // namespace iuc::ui
