#pragma once

#include <QDialog>
#include <QString>
#include <QStringList>

#include <optional>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace iuc::ui {

// What the confirmation shows; UpgradeFlow gathers it from the Management
// Node's answer to the upload, the last refresh and the engine's forecast.
struct ConfirmFacts
{
    QString installedVersion; // the Management Node's version, as it reports it
    QString upgradeVersion;   // the package's version
    int systemsToUpgrade = 0; // Management Node (unless already on it) + lagging nodes
    bool managementIncluded = true;
    bool repeatRun = false;       // R6: only the systems not on the version yet
    QStringList laggingNodes;     // names of the Conferencing Nodes a repeat run takes on
    int callsNow = 0;             // calls in progress at the last refresh
    int configurationOnlyNodes = 0; // R12
    std::optional<qint64> forecastSeconds; // nothing: no forecast could be made
    bool cutByDeadline = false;   // R5: the 24-hour stop would end the run first
    int forecastLeftBehind = 0;
    QString packageFile;          // empty for a continuation run (already staged)
    qint64 packageSize = 0;
    QString sha256;               // the file's, read here
    bool validatedByNode = false; // the node reports no SHA-256 of its copy: it validated the package itself
    bool versionFromName = false; // a real package: its version read from its name
    QString stoppedRunNote;       // continuation: why some systems were left behind
};

// The last step before a rolling upgrade starts (DESIGN §6): the installed
// version → the package's version, large; how many systems the run takes
// on; the risk of split conferences while versions are mixed (R11) with the
// calls in progress now; the forecast against the 24-hour stop (R5); the
// configuration-only nodes (R12). Cancel is the default: Enter never starts
// an upgrade by accident.
class ConfirmDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConfirmDialog)

public:
    explicit ConfirmDialog(const ConfirmFacts &facts, QWidget *parent = nullptr);
    ~ConfirmDialog() override;

    [[nodiscard]] const ConfirmFacts &facts() const { return m_facts; }
    [[nodiscard]] QPushButton *upgradeButton() const { return m_upgrade; }
    [[nodiscard]] QPushButton *cancelButton() const { return m_cancel; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    enum class Mark { None, Information, Warning };
    QLabel *addParagraph(const QString &objectName, const QString &text, Mark mark = Mark::None);
    QString systemsText() const;
    QString forecastText() const;

    ConfirmFacts m_facts;
    QPushButton *m_upgrade = nullptr;
    QPushButton *m_cancel = nullptr;
    QVBoxLayout *m_body = nullptr;
};

} // namespace iuc::ui
