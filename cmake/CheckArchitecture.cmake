# Run by ctest (tests/CMakeLists.txt): the architecture rules of DESIGN §3,
# checked on the sources themselves.
#   -DROOT=<source dir> -DCHECK=<core-no-widgets|engine-no-network-no-clock>
#   -DLINKS=<file listing the engine's link libraries>
cmake_minimum_required(VERSION 3.21)

function(scan dir pattern what)
    file(GLOB_RECURSE files "${ROOT}/${dir}/*.h" "${ROOT}/${dir}/*.cpp")
    set(bad "")
    foreach(f IN LISTS files)
        file(STRINGS "${f}" hits REGEX "${pattern}")
        if(hits)
            file(RELATIVE_PATH rel "${ROOT}" "${f}")
            list(APPEND bad "${rel}: ${hits}")
        endif()
    endforeach()
    if(bad)
        list(JOIN bad "\n  " text)
        message(FATAL_ERROR "${what}:\n  ${text}")
    endif()
    list(LENGTH files n)
    message(STATUS "${n} files in ${dir}/ checked: ${what} - none found")
endfunction()

if(CHECK STREQUAL "core-no-widgets")
    scan(core "#[ \t]*include[ \t]*<(QtWidgets|QtGui/|QWidget|QApplication|QMainWindow|QDialog|QMessageBox|QGuiApplication|QPainter|QColor|QIcon)"
         "core includes a Widgets/GUI header")
elseif(CHECK STREQUAL "engine-no-network-no-clock")
    scan(core/engine "#[ \t]*include[ \t]*<(QtNetwork|QNetwork|QTcp|QUdp|QSsl|QHostAddress|QTimer|QElapsedTimer|QDeadlineTimer|QThread|ctime|time\\.h)"
         "the engine includes a network, timer or clock header")
    scan(core/engine "(currentDateTime|currentMSecsSinceEpoch|currentSecsSinceEpoch|currentDate|currentTime|_clock::now|QDateTime::current|std::time\\(|[^a-z_]time\\(nullptr|gettimeofday|clock_gettime)"
         "the engine reads the wall clock")
    file(READ "${LINKS}" links)
    if(links MATCHES "Network|Widgets|Gui|Keychain|QCoro")
        message(FATAL_ERROR "the engine links more than Qt Core and the domain: ${links}")
    endif()
    message(STATUS "engine links: ${links}")
else()
    message(FATAL_ERROR "unknown CHECK '${CHECK}'")
endif()
