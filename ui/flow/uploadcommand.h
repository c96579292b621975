#pragma once

#include "ui/flow/confirmdialog.h"
#include "ui/flow/flowcommand.h"

#include "core/package/packagereader.h"

#include <QPointer>

#include <QCoro/QCoroTask>

#include <chrono>
#include <memory>

namespace iuc::api {
class Uploader;
} // namespace iuc::api

namespace iuc {
class UnfinishedUploads;
} // namespace iuc

namespace iuc::ui {

// A chosen package file up to the confirmation: inspected here (R10: a wrong
// file is refused before a byte is sent; read off the GUI thread), judged
// against the installed versions, uploaded with progress and resume, and the
// Management Node's SHA-256 compared with the file's. Ends with uploaded()
// — the confirmation's facts and the staged package — or with a message
// saying why not.
class UploadCommand final : public FlowCommand
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UploadCommand)

public:
    UploadCommand(DeploymentSession &session, QWidget *window, QString path, QObject *parent);
    ~UploadCommand() override;

    // Tests: the inspection's progress dialog shows only when reading takes
    // longer than this (default 400 ms: no flash for small files).
    void setInspectionDialogDelay(std::chrono::milliseconds delay) { m_inspectionDelay = delay; }
    // Tests: the uploader's chunk size, and a connection cut after this many
    // bytes of the first chunk larger than that (negative: none).
    void setUploadTuning(qint64 chunkBytes, qint64 cutAfterBytes);

    void start() override;

Q_SIGNALS:
    // Emitted before finished().
    void uploaded(const iuc::ui::ConfirmFacts &facts, const QString &packageId);

private:
    struct InspectionState; // shared with the thread that reads the package
    static QCoro::Task<Result<PackageInspection>> inspectOffThread(QString path,
                                                                   std::shared_ptr<InspectionState> state);
    QCoro::Task<> run();

    QString m_path;
    std::shared_ptr<InspectionState> m_inspection;
    QPointer<api::Uploader> m_uploader;
    std::unique_ptr<UnfinishedUploads> m_unfinished; // the upload to continue after a restart
    std::chrono::milliseconds m_inspectionDelay{400};
    qint64 m_chunkBytes = 0; // 0: the uploader's default
    qint64 m_cutAfterBytes = -1;
};

} // namespace iuc::ui
