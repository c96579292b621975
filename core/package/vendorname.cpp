#include "core/package/vendorname.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace iuc {

std::optional<Version> versionFromVendorName(const QString &fileName)
{
    static const QRegularExpression pattern(u"^Pexip_Infinity_v(\\d+(?:\\.\\d+){0,2})_UPGRADE_(\\d+)\\.tar$"_s,
                                            QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = pattern.match(QFileInfo(fileName).fileName());
    if (!m.hasMatch())
        return std::nullopt;
    const Result<Version> version = Version::parse(u"%1 (%2.0.0)"_s.arg(m.captured(1), m.captured(2)));
    if (!version || !version->isValid())
        return std::nullopt;
    return version.value();
}

QString vendorPackageName(const Version &version)
{
    QStringList release;
    for (const int part : std::as_const(version.release()))
        release.append(QString::number(part));
    const int build = version.pseudoVersion().value(0);
    return u"Pexip_Infinity_v%1_UPGRADE_%2.tar"_s.arg(release.join(u'.'), QString::number(build));
}

} // namespace iuc
