# One version for the product: project(VERSION) in the top CMakeLists.txt.
# Built from a git checkout, the programs also say which commit they were
# built from (`git describe`), read at every build, not only at configure
# time; from a source tarball (no .git) they say the project version alone.
#
# Iuc::Version gives the generated header "generated/version.h":
#   IUC_VERSION        "0.2.0"
#   IUC_VERSION_FULL   "0.2.0 (git 3427703)", or "0.2.0" without a checkout
# and ${CMAKE_BINARY_DIR}/generated/version.txt holds IUC_VERSION_FULL (tests).
set(IUC_VERSION_HEADER "${CMAKE_BINARY_DIR}/generated/version.h")
set(IUC_VERSION_TEXT "${CMAKE_BINARY_DIR}/generated/version.txt")
set(_iuc_version_command
    ${CMAKE_COMMAND} -DSOURCE_DIR=${PROJECT_SOURCE_DIR} -DVERSION=${PROJECT_VERSION}
    -DHEADER=${IUC_VERSION_HEADER} -DTEXT=${IUC_VERSION_TEXT}
    -P ${PROJECT_SOURCE_DIR}/cmake/WriteVersion.cmake)
# Once now, so the header exists for the first build and for editors; then
# at every build (the files change only when the description does, so a new
# commit recompiles the three main.cpp files and nothing else).
execute_process(COMMAND ${_iuc_version_command})
add_custom_target(iuc_version_header
    COMMAND ${_iuc_version_command}
    BYPRODUCTS ${IUC_VERSION_HEADER} ${IUC_VERSION_TEXT}
    COMMENT "Version ${PROJECT_VERSION} and the checkout's git description"
    VERBATIM)
add_library(iuc_version INTERFACE)
add_library(Iuc::Version ALIAS iuc_version)
target_include_directories(iuc_version INTERFACE ${CMAKE_BINARY_DIR})
add_dependencies(iuc_version iuc_version_header)
