#include "core/package/packagemanifest.h"

#include "core/package/packageerrors.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QLatin1String>
#include <QStringList>

#include <cmath>

using namespace Qt::StringLiterals;

namespace iuc {

namespace {

const QLatin1String ProductKey("product");
const QLatin1String VersionKey("version");
const QLatin1String PseudoVersionKey("pseudo_version");
const QLatin1String BuildDateKey("build_date");
const QLatin1String MinSourceKey("min_source_version");
const QLatin1String FormatKey("format");

// How much of a rejected value an error message quotes.
constexpr qsizetype MaxQuotedLength = 40;

QString quoted(const QString &text)
{
    QString out;
    for (const QChar c : QStringView(text).left(MaxQuotedLength))
        out.append(c.isPrint() ? c : QChar(QChar::ReplacementCharacter));
    if (text.size() > MaxQuotedLength)
        out.append(QChar(0x2026)); // …
    return out;
}

Error badManifest(const QString &detail)
{
    return Error{PackageError::BadManifest,
                 QCoreApplication::translate(
                     "PackageManifest",
                     "The package's manifest (manifest.json) is not valid: %1. The package is damaged "
                     "or was not made for this console; download it again from Pexip.")
                     .arg(detail)};
}

Error missing(QLatin1String key)
{
    return badManifest(
        QCoreApplication::translate("PackageManifest", "the field \"%1\" is missing").arg(key));
}

// A present, non-empty string field; numbers and other types are refused
// rather than coerced, so a mistyped manifest is noticed.
Result<QString> readText(const QJsonObject &object, QLatin1String key)
{
    if (!object.contains(key))
        return missing(key);
    const QJsonValue value = object.value(key);
    if (!value.isString()) {
        return badManifest(
            QCoreApplication::translate("PackageManifest", "the field \"%1\" must be text in quotes")
                .arg(key));
    }
    const QString text = value.toString().trimmed();
    if (text.isEmpty()) {
        return badManifest(
            QCoreApplication::translate("PackageManifest", "the field \"%1\" is empty").arg(key));
    }
    return text;
}

Result<Version> readVersion(const QJsonObject &object, QLatin1String key)
{
    const Result<QString> text = readText(object, key);
    if (!text)
        return text.error();
    Result<Version> version = Version::parse(*text);
    if (!version) {
        return badManifest(QCoreApplication::translate(
                               "PackageManifest",
                               "the field \"%1\" holds \"%2\", which is not a version like "
                               "\"11 (71234.0.0)\"")
                               .arg(key, quoted(*text)));
    }
    return version;
}

QString joined(const QList<int> &numbers)
{
    QStringList parts;
    for (const int n : numbers)
        parts.append(QString::number(n));
    return parts.join(u'.');
}

// Combines "version" with "pseudo_version": the bracket part of "version"
// and "pseudo_version" must name the same build when both are given.
Result<Version> withPseudoVersion(const Version &version, const QJsonObject &object)
{
    if (!object.contains(PseudoVersionKey))
        return version;
    const Result<QString> pseudoText = readText(object, PseudoVersionKey);
    if (!pseudoText)
        return pseudoText.error();
    // Parsing "<release> (<pseudo>)" validates the pseudo-version with the
    // same rules as any version the Management Node reports.
    const Result<Version> combined =
        Version::parse(u"%1 (%2)"_s.arg(version.releaseString(), *pseudoText));
    if (!combined) {
        return badManifest(QCoreApplication::translate(
                               "PackageManifest",
                               "the field \"%1\" holds \"%2\", which is not a build number like "
                               "\"71234.0.0\"")
                               .arg(PseudoVersionKey, quoted(*pseudoText)));
    }
    if (version.hasPseudoVersion() && version.pseudoVersion() != combined->pseudoVersion()) {
        return badManifest(QCoreApplication::translate(
                               "PackageManifest",
                               "the field \"%1\" (%2) does not match the build number in \"%3\" (%4)")
                               .arg(PseudoVersionKey, joined(combined->pseudoVersion()), VersionKey,
                                    joined(version.pseudoVersion())));
    }
    return combined;
}

} // namespace

QString PackageManifest::expectedProduct()
{
    return u"Pexip Infinity"_s;
}

Result<PackageManifest> PackageManifest::fromJson(const QByteArray &json)
{
    if (json.size() > MaxSize) {
        return badManifest(QCoreApplication::translate(
                               "PackageManifest",
                               "it is %1 bytes long, more than the %2 bytes a manifest may have")
                               .arg(json.size())
                               .arg(MaxSize));
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return badManifest(
            QCoreApplication::translate("PackageManifest", "it is not valid JSON (%1 at byte %2)")
                .arg(parseError.errorString(), QString::number(parseError.offset)));
    }
    if (!document.isObject()) {
        return badManifest(QCoreApplication::translate(
            "PackageManifest", "it must hold a JSON object with the package's fields"));
    }
    const QJsonObject object = document.object();

    // The product first: a package for another product is a wrong choice of
    // file, whatever else its manifest lacks.
    const Result<QString> product = readText(object, ProductKey);
    if (!product)
        return product.error();
    if (*product != expectedProduct()) {
        return Error{PackageError::WrongProduct,
                     QCoreApplication::translate(
                         "PackageManifest",
                         "This package is for \"%1\", not for %2, so it cannot upgrade this "
                         "deployment. Choose the %2 upgrade package instead.")
                         .arg(quoted(*product), expectedProduct())};
    }

    if (!object.contains(FormatKey))
        return missing(FormatKey);
    const QJsonValue formatValue = object.value(FormatKey);
    const double format = formatValue.toDouble(-1);
    if (!formatValue.isDouble() || std::floor(format) != format || format < 1) {
        return badManifest(QCoreApplication::translate(
                               "PackageManifest", "the field \"%1\" must be a whole number such as %2")
                               .arg(FormatKey)
                               .arg(Format));
    }
    if (format != Format) {
        return badManifest(QCoreApplication::translate(
                               "PackageManifest",
                               "the field \"%1\" is %2, but this console reads only format %3 (a "
                               "newer console may read this package)")
                               .arg(FormatKey, QString::number(format, 'f', 0),
                                    QString::number(Format)));
    }

    Result<Version> version = readVersion(object, VersionKey);
    if (!version)
        return version.error();
    version = withPseudoVersion(*version, object);
    if (!version)
        return version.error();

    const Result<QString> buildDate = readText(object, BuildDateKey);
    if (!buildDate)
        return buildDate.error();
    if (!QDate::fromString(*buildDate, Qt::ISODate).isValid()) {
        return badManifest(QCoreApplication::translate(
                               "PackageManifest",
                               "the field \"%1\" holds \"%2\", which is not a date like \"2026-03-01\"")
                               .arg(BuildDateKey, quoted(*buildDate)));
    }

    const Result<Version> minSource = readVersion(object, MinSourceKey);
    if (!minSource)
        return minSource.error();
    if (*version < *minSource && !version->isSameBuild(*minSource)) {
        return badManifest(QCoreApplication::translate(
                               "PackageManifest",
                               "the field \"%1\" (%2) is newer than the package's own version (%3)")
                               .arg(MinSourceKey, minSource->toString(), version->toString()));
    }

    PackageManifest manifest;
    manifest.product = *product;
    manifest.version = *version;
    manifest.buildDate = *buildDate;
    manifest.minSourceVersion = *minSource;
    return manifest;
}

QByteArray PackageManifest::toJson() const
{
    QJsonObject object;
    object.insert(FormatKey, Format);
    object.insert(ProductKey, product);
    object.insert(VersionKey, version.toString());
    if (version.hasPseudoVersion())
        object.insert(PseudoVersionKey, joined(version.pseudoVersion()));
    object.insert(BuildDateKey, buildDate);
    object.insert(MinSourceKey, minSourceVersion.toString());
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

} // namespace iuc
