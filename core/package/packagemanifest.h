#pragma once

#include "core/domain/result.h"
#include "core/domain/version.h"

#include <QByteArray>
#include <QString>

namespace iuc {

// What an upgrade package says about itself: the manifest.json at the front
// of the package's tar file (DESIGN §5). The file looks like
//
//   { "format": 1, "product": "Pexip Infinity", "version": "11 (71234.0.0)",
//     "pseudo_version": "71234.0.0", "build_date": "2026-03-01",
//     "min_source_version": "4" }
//
// "pseudo_version" is optional; when present it must agree with the bracket
// part of "version" (or supplies it when "version" has none). Unknown fields
// are ignored so later writers can add some; "format" guards changes that
// older readers must not misread.
struct PackageManifest final
{
    static constexpr int Format = 1;
    // A real manifest is a few hundred bytes; the cap keeps a hostile file
    // from being read into memory.
    static constexpr qsizetype MaxSize = 64 * 1024;

    QString product;
    Version version;          // with the pseudo-version when the package gives one
    QString buildDate;        // ISO date, "2026-03-01"
    Version minSourceVersion; // the oldest installed version the package installs on

    // Errors: "package.bad-manifest" naming the field (missing, wrong type,
    // unparsable), "package.wrong-product" for any product but Pexip Infinity.
    static Result<PackageManifest> fromJson(const QByteArray &json);
    [[nodiscard]] QByteArray toJson() const;

    // The product every package for this console must name.
    static QString expectedProduct();
};

} // namespace iuc
