#pragma once

// The guided upgrade's pages (ui/guided/guidedwizard.h). Every control has an
// objectName for tests; every dialog is opened with open().

#include "core/guided/guidedplan.h"

#include <QWizardPage>

#include <QCoro/QCoroTask>

class QButtonGroup;
class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;

namespace iuc::ui {

class GuidedWizard;

// 1–2. What runs where, and the plan from it.
class GuidedDetectPage final : public QWizardPage
{
    Q_OBJECT
public:
    explicit GuidedDetectPage(GuidedWizard &wizard);
    void initializePage() override;
    [[nodiscard]] bool isComplete() const override;
    bool validatePage() override;
    [[nodiscard]] const guided::Plan &plan() const { return m_plan; }

private:
    void refresh();

    GuidedWizard &m_wizard;
    guided::Plan m_plan;
    bool m_detected = false;
    QLabel *m_versions = nullptr;
    QLabel *m_chain = nullptr;
    QLabel *m_message = nullptr;
};

// 3. The pre-flight checklist.
class GuidedChecklistPage final : public QWizardPage
{
    Q_OBJECT
public:
    explicit GuidedChecklistPage(GuidedWizard &wizard);
    void initializePage() override;
    [[nodiscard]] bool isComplete() const override;
    bool validatePage() override;

private:
    void store();
    void checkReboots();
    void confirmRebootAll();
    QCoro::Task<> rebootAll();

    GuidedWizard &m_wizard;
    QCheckBox *m_managementSnapshot = nullptr;
    QLabel *m_quiescingNote = nullptr;
    QRadioButton *m_nodeSnapshotsTaken = nullptr;
    QRadioButton *m_redeploy = nullptr;
    QButtonGroup *m_nodeSnapshots = nullptr;
    QLabel *m_rebootHow = nullptr;
    QLabel *m_rebootStatus = nullptr;
    QPushButton *m_rebootAll = nullptr;
    QCheckBox *m_backup = nullptr;
    bool m_rebootAllPending = false;
};

// 4. One hop: the package, the console's upload flow, the run, the check.
class GuidedHopPage final : public QWizardPage
{
    Q_OBJECT
public:
    GuidedHopPage(GuidedWizard &wizard, int index);
    void initializePage() override;
    [[nodiscard]] bool isComplete() const override;
    bool validatePage() override;
    [[nodiscard]] int nextId() const override;

    // The same as choosing `path` and pressing "Upload and start…" (tests).
    void uploadFile(const QString &path);

private:
    void chooseFile();
    void onUploadClicked();
    void onStarted(const api::UpgradeRun &run);
    void refresh();
    bool adoptRunningHop();
    void setMessage(const QString &text, bool isError);

    GuidedWizard &m_wizard;
    int m_index = 0;
    bool m_expectingStart = false;
    QString m_pendingPath;
    QLineEdit *m_path = nullptr;
    QPushButton *m_choose = nullptr;
    QPushButton *m_upload = nullptr;
    QLabel *m_message = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_verification = nullptr;
    QPushButton *m_continue = nullptr;
};

// 5. Done: backup, R12, the report.
class GuidedFinishPage final : public QWizardPage
{
    Q_OBJECT
public:
    explicit GuidedFinishPage(GuidedWizard &wizard);
    void initializePage() override;

    // The report of every hop's runs: CSV unless the name ends in .html/.htm.
    QCoro::Task<Result<void>> exportReportTo(QString path);

private:
    void chooseReportFile();

    GuidedWizard &m_wizard;
    QLabel *m_text = nullptr;
    QLabel *m_reportStatus = nullptr;
};

} // namespace iuc::ui
