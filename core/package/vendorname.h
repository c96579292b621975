#pragma once

// The vendor's name for an upgrade package (REAL-API.md §4):
// Pexip_Infinity_v<version>_UPGRADE_<build>.tar, for example
// Pexip_Infinity_v20_UPGRADE_45400.tar. What is inside a real package is not
// public, so for such a file the name is all the console can read the
// version from; the Management Node validates the inside.

#include "core/domain/version.h"

#include <QString>

#include <optional>

namespace iuc {

// The version a file name says ("20 (45400.0.0)"), or nothing when the name
// is not the vendor's. Case-insensitive; the folder part is ignored.
[[nodiscard]] std::optional<Version> versionFromVendorName(const QString &fileName);

// The vendor's name for a package of `version` ("11 (71234.0.0)" →
// Pexip_Infinity_v11_UPGRADE_71234.tar).
[[nodiscard]] QString vendorPackageName(const Version &version);

} // namespace iuc
