# Writes one man page from the program's own --help and --version
# (installer/CMakeLists.txt runs it at build time), so the page says what the
# program says:
#   cmake -DHELP2MAN=… -DGZIP=… -DPROGRAM=…/upgradectl -DNAME="one line"
#         -DINCLUDE=…/upgradectl.h2m -DOUT=…/upgradectl.1.gz
#         [-DSUBCOMMANDS="serve;make-package"] [-DWORK=dir] -P ManPage.cmake
# SUBCOMMANDS: each one's `PROGRAM SUB --help` becomes a subsection of
# COMMANDS (infinity-sim's options live under its commands).
cmake_minimum_required(VERSION 3.21)
foreach(required HELP2MAN GZIP PROGRAM NAME INCLUDE OUT WORK)
    if(NOT DEFINED ${required})
        message(FATAL_ERROR "ManPage.cmake needs -D${required}=…")
    endif()
endforeach()

# English, whatever the builder's locale; no display needed.
set(ENV{LC_ALL} "C.UTF-8")
set(ENV{LANG} "C.UTF-8")
set(ENV{LANGUAGE} "")
set(ENV{QT_QPA_PLATFORM} "offscreen")

get_filename_component(program_name "${PROGRAM}" NAME)
file(MAKE_DIRECTORY "${WORK}")
set(include "${WORK}/${program_name}.h2m")
file(READ "${INCLUDE}" text)

if(SUBCOMMANDS)
    string(APPEND text "\n[COMMANDS]\n")
    foreach(sub IN LISTS SUBCOMMANDS)
        execute_process(COMMAND "${PROGRAM}" ${sub} --help
                        OUTPUT_VARIABLE help RESULT_VARIABLE status ERROR_VARIABLE err)
        if(NOT status EQUAL 0)
            message(FATAL_ERROR "${program_name} ${sub} --help failed (${status}): ${err}")
        endif()
        # The usage line names the program as it was started (this build's
        # path, without the command): as a user types it instead.
        string(REPLACE "Usage: ${PROGRAM} " "Usage: ${program_name} ${sub} " help "${help}")
        # As preformatted text: backslashes escaped, no line read as a request.
        string(REPLACE "\\" "\\e" help "${help}")
        string(REGEX REPLACE "(^|\n)([.'])" "\\1\\\\&\\2" help "${help}")
        string(APPEND text ".SS \"${program_name} ${sub}\"\n.nf\n${help}.fi\n")
    endforeach()
endif()
file(WRITE "${include}" "${text}")

set(page "${WORK}/${program_name}.1")
execute_process(
    COMMAND "${HELP2MAN}" --no-info --section 1 --name "${NAME}" --include "${include}"
            --output "${page}" "${PROGRAM}"
    RESULT_VARIABLE status ERROR_VARIABLE err)
if(NOT status EQUAL 0 OR NOT EXISTS "${page}")
    message(FATAL_ERROR "help2man failed for ${program_name} (${status}): ${err}")
endif()
# Compressed the way Debian wants it: best compression, no name or time inside.
execute_process(COMMAND "${GZIP}" -9 -n -c "${page}" OUTPUT_FILE "${OUT}" RESULT_VARIABLE status)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "gzip failed for ${page}")
endif()
