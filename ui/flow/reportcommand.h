#pragma once

#include "ui/flow/flowcommand.h"

#include "core/api/resources.h"

namespace iuc::ui {

// Every run's history (for change records) as CSV or HTML: into a file the
// admin picks, or into `path` when one is given (tests, scripts; CSV unless
// the name ends in .html or .htm).
class ReportCommand final : public FlowCommand
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportCommand)

public:
    ReportCommand(DeploymentSession &session, QWidget *window, QString path, QObject *parent);
    ~ReportCommand() override;

    void start() override;

Q_SIGNALS:
    // Emitted before finished().
    void exported(const QString &path);

private:
    void chooseFile(const QList<api::UpgradeRun> &runs);
    void write(const QList<api::UpgradeRun> &runs, const QString &path);

    QString m_path;
};

} // namespace iuc::ui
