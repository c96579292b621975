# Where the installed product puts its files, the same on every platform but
# macOS, and laid out the same way in the build tree so that a program finds
# its files relative to itself whether it runs from build/bin or from an
# installed bin/ (a DEB under /usr, a TGZ anywhere, an NSIS folder).
#
#   bin/                                   upgrade-console, upgradectl, infinity-sim
#   share/upgrade-console/translations/    the .qm files
#   share/applications, share/metainfo, share/icons/hicolor, share/man/man1,
#   share/bash-completion/completions, lib/systemd/user (Linux only)
#
# macOS: everything inside upgrade-console.app (the two command-line
# programs in Contents/MacOS beside the console, translations in
# Contents/Resources/translations), so the disk image holds one bundle.
include(GNUInstallDirs)

# The desktop ID (menu entries, metainfo, icon name, Wayland app id) and the
# Linux package's name.
set(IUC_APP_ID "io.github.infinity_upgrade_console.UpgradeConsole")
set(IUC_PACKAGE_NAME "infinity-upgrade-console")
set(IUC_BUNDLE_NAME "upgrade-console.app")

if(APPLE)
    set(IUC_INSTALL_BINDIR "${IUC_BUNDLE_NAME}/Contents/MacOS")
    set(IUC_INSTALL_TRANSLATIONSDIR "${IUC_BUNDLE_NAME}/Contents/Resources/translations")
    set(IUC_TRANSLATIONS_FROM_BIN "../Resources/translations")
    set(IUC_BUILD_BINDIR "${CMAKE_BINARY_DIR}/bin/${IUC_BUNDLE_NAME}/Contents/MacOS")
else()
    set(IUC_INSTALL_BINDIR "${CMAKE_INSTALL_BINDIR}")
    set(IUC_INSTALL_TRANSLATIONSDIR "${CMAKE_INSTALL_DATADIR}/upgrade-console/translations")
    file(RELATIVE_PATH IUC_TRANSLATIONS_FROM_BIN
         "/prefix/${IUC_INSTALL_BINDIR}" "/prefix/${IUC_INSTALL_TRANSLATIONSDIR}")
    set(IUC_BUILD_BINDIR "${CMAKE_BINARY_DIR}/bin")
endif()
cmake_path(ABSOLUTE_PATH IUC_TRANSLATIONS_FROM_BIN BASE_DIRECTORY "${IUC_BUILD_BINDIR}" NORMALIZE
           OUTPUT_VARIABLE IUC_BUILD_TRANSLATIONSDIR)

# The application icon, drawn at build time by installer/icons.
set(IUC_ICON_DIR "${CMAKE_BINARY_DIR}/icons")
set(IUC_ICON_SIZES 16 22 24 32 48 64 128 256 512)
set(IUC_ICON_ICO "${IUC_ICON_DIR}/${IUC_APP_ID}.ico")
set(IUC_ICON_ICNS "${IUC_ICON_DIR}/${IUC_APP_ID}.icns")

# Windows: the DLLs the programs import besides Qt's (installer/ installs the set).
if(WIN32)
    set(IUC_RUNTIME_DEPENDENCIES RUNTIME_DEPENDENCY_SET iuc_runtime)
else()
    set(IUC_RUNTIME_DEPENDENCIES "")
endif()

# The programs link the project's libraries statically and the rest from the
# system: an installed program needs no RPATH (qt_standard_project_setup()
# adds $ORIGIN/../lib, which Debian's policy forbids in a package).
if(UNIX AND NOT APPLE)
    set(CMAKE_INSTALL_RPATH "")
endif()

# Installing (and so CPack) does not build everything first: scripts/package
# builds the programs and what they install, not the tests and benchmarks.
set(CMAKE_SKIP_INSTALL_ALL_DEPENDENCY ON)
