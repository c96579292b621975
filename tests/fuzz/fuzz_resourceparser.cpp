// Fuzz target: every API parser and the error-body reader on the same bytes.
// Besides not crashing, each must keep its contract: a failure is an
// "api.malformed" Error with a bounded message naming the resource.

#include "core/api/errorbody.h"
#include "core/api/resourceparser.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace {

template <typename T>
void check(const iuc::Result<T> &result)
{
    if (result)
        return;
    const iuc::Error &error = result.error();
    if (error.code != "api.malformed"_L1 || error.message.isEmpty() || error.message.size() > 1000)
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace iuc::api;
    const QByteArray body = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));

    check(parseManagementVmPage(body));
    check(parseManagementVm(body));
    check(parseWorkerVmStatusPage(body));
    check(parseWorkerVmStatus(body));
    check(parseWorkerVmConfigurationPage(body));
    check(parseWorkerVmConfiguration(body));
    check(parseParticipantPage(body));
    check(parseConferencePage(body));
    check(parseAlarmPage(body));
    check(parseLogPage(body));
    check(parseUpgradeRunPage(body));
    check(parseUpgradeRun(body));
    check(parseUploadStatus(body));
    check(parseUploadStatusPage(body));
    check(parseConfirmData(body));
    check(parseSystemLocationPage(body));
    check(parseSchema(body));
    check(parseTimestamp(QString::fromUtf8(body)));
    check(parseHttpDate(body));

    const ApiErrorBody error = parseErrorBody(body);
    if (error.message.size() > 2001)
        std::abort();
    return 0;
}
