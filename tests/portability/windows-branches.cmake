# Run by ctest (tests/portability): compiles for Windows, with MinGW-w64,
# every product source file that branches on the platform or handles
# signals, and fails on the first error.
#   -DCXX=x86_64-w64-mingw32-g++ -DROOT=<source> -DBUILD=<build> -DINCLUDES=<Qt, QCoro include dirs> -DWORK=<dir>
cmake_minimum_required(VERSION 3.21)

set(files "")
foreach(part core cli ui emulator app translations)
    file(GLOB_RECURSE sources "${ROOT}/${part}/*.cpp")
    foreach(f IN LISTS sources)
        file(STRINGS "${f}" hits REGEX "Q_OS_|_WIN32|<csignal>|<signal\\.h>")
        if(hits)
            list(APPEND files "${f}")
        endif()
    endforeach()
endforeach()
list(LENGTH files count)
if(count LESS 5)
    message(FATAL_ERROR "only ${count} files with platform branches found under ${ROOT}: the search is broken")
endif()

# Headers that live straight in /usr/include (which cannot be searched as a
# whole: it holds Linux's C library) are reached through a folder of links.
set(shim "${WORK}/include")
file(REMOVE_RECURSE "${shim}")
file(MAKE_DIRECTORY "${shim}/openssl")
foreach(header httplib.h qt6keychain)
    if(EXISTS "/usr/include/${header}")
        file(CREATE_LINK "/usr/include/${header}" "${shim}/${header}" SYMBOLIC)
    endif()
endforeach()
file(GLOB openssl_headers "/usr/include/openssl/*.h" "/usr/include/*-linux-gnu/openssl/*.h")
foreach(h IN LISTS openssl_headers)
    get_filename_component(name "${h}" NAME)
    file(CREATE_LINK "${h}" "${shim}/openssl/${name}" SYMBOLIC)
endforeach()

set(flags -std=c++20 -fsyntax-only -Wall -Wextra -Werror
    -DQT_NO_KEYWORDS -DQT_NO_CAST_FROM_ASCII -DQT_NO_CAST_TO_ASCII -DQT_USE_QSTRINGBUILDER
    -DCPPHTTPLIB_OPENSSL_SUPPORT -I${ROOT} -I${BUILD})
foreach(dir IN LISTS INCLUDES)
    if(NOT dir STREQUAL "/usr/include" AND NOT dir STREQUAL "")
        list(APPEND flags "-isystem${dir}")
    endif()
endforeach()
list(APPEND flags -idirafter "${shim}")

set(failed "")
foreach(f IN LISTS files)
    file(RELATIVE_PATH rel "${ROOT}" "${f}")
    execute_process(COMMAND "${CXX}" ${flags} "${f}" RESULT_VARIABLE status ERROR_VARIABLE errors)
    if(status EQUAL 0)
        message(STATUS "compiles for Windows: ${rel}")
    else()
        message("${errors}")
        list(APPEND failed "${rel}")
    endif()
endforeach()
if(failed)
    list(JOIN failed "\n  " text)
    message(FATAL_ERROR "these files do not compile for Windows:\n  ${text}")
endif()
message(STATUS "${count} files with platform branches compile for Windows")
