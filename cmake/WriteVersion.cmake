# Writes generated/version.h and version.txt (cmake/IucVersion.cmake runs it
# at configure time and at every build):
#   cmake -DSOURCE_DIR=… -DVERSION=0.2.0 -DHEADER=…/version.h -DTEXT=…/version.txt -P WriteVersion.cmake
# The git description is taken only when SOURCE_DIR itself is a checkout
# (.git there), so a tarball unpacked inside some other repository does not
# borrow that repository's commits.
cmake_minimum_required(VERSION 3.21)
foreach(required SOURCE_DIR VERSION HEADER TEXT)
    if(NOT DEFINED ${required})
        message(FATAL_ERROR "WriteVersion.cmake needs -D${required}=…")
    endif()
endforeach()

set(describe "")
if(EXISTS "${SOURCE_DIR}/.git")
    find_program(GIT_EXECUTABLE git)
    if(GIT_EXECUTABLE)
        execute_process(
            COMMAND "${GIT_EXECUTABLE}" -C "${SOURCE_DIR}" describe --tags --always --dirty --match "v[0-9]*"
            OUTPUT_VARIABLE describe RESULT_VARIABLE status
            OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
        if(NOT status EQUAL 0)
            set(describe "")
        endif()
    endif()
endif()

# A build of the tagged release itself says the version alone.
if(describe STREQUAL "" OR describe STREQUAL "v${VERSION}")
    set(full "${VERSION}")
else()
    set(full "${VERSION} (git ${describe})")
endif()

set(header "// Written by cmake/WriteVersion.cmake at build time; do not edit.
#pragma once
#define IUC_VERSION \"${VERSION}\"
#define IUC_VERSION_FULL \"${full}\"
")
# Rewritten only when it changes: an unchanged header rebuilds nothing.
foreach(pair "HEADER;header" "TEXT;full")
    list(GET pair 0 file_var)
    list(GET pair 1 content_var)
    set(old "")
    if(EXISTS "${${file_var}}")
        file(READ "${${file_var}}" old)
    endif()
    if(NOT old STREQUAL "${${content_var}}")
        file(WRITE "${${file_var}}" "${${content_var}}")
    endif()
endforeach()
