# iuc_add_qtest(<name> SOURCES ... LIBS ... [LABELS ...] [TIMEOUT s])
#
# Builds a Qt Test executable and registers every one of its test functions
# as its own CTest test, named <name>.<function> (e.g.
# tst_engine.R4_timeoutRequeuesAtBackAndRetriesLast), so `ctest -N` lists the
# rules a build proves and `ctest -R R4_` runs one of them. The function list
# is read from the binary (`-functions`) when ctest runs, the way
# gtest_discover_tests does it, so a new test function needs no CMake edit.
function(iuc_add_qtest name)
    cmake_parse_arguments(T "" "TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 300)
    endif()
    qt_add_executable(${name} ${T_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test Iuc::Common ${T_LIBS})
    set_target_properties(${name} PROPERTIES RUNTIME_OUTPUT_DIRECTORY "${CMAKE_BINARY_DIR}/tests")

    set(include_file "${CMAKE_CURRENT_BINARY_DIR}/${name}_tests.cmake")
    file(GENERATE OUTPUT "${include_file}" CONTENT
"set(_exe \"$<TARGET_FILE:${name}>\")
if(EXISTS \"\${_exe}\")
  execute_process(COMMAND \"\${_exe}\" -functions
                  OUTPUT_VARIABLE _out RESULT_VARIABLE _rc
                  WORKING_DIRECTORY \"${CMAKE_CURRENT_BINARY_DIR}\")
  if(NOT _rc EQUAL 0)
    add_test(${name}.LIST_FUNCTIONS_FAILED \"\${_exe}\" -functions)
  else()
    string(REPLACE \"\\n\" \";\" _lines \"\${_out}\")
    foreach(_line IN LISTS _lines)
      string(STRIP \"\${_line}\" _line)
      if(_line MATCHES \"^([A-Za-z_][A-Za-z0-9_]*)\\\\(\\\\)$\")
        set(_fn \"\${CMAKE_MATCH_1}\")
        add_test(${name}.\${_fn} \"\${_exe}\" \${_fn})
        set_tests_properties(${name}.\${_fn} PROPERTIES
          TIMEOUT ${T_TIMEOUT}
          LABELS \"${T_LABELS}\"
          WORKING_DIRECTORY \"${CMAKE_CURRENT_BINARY_DIR}\")
      endif()
    endforeach()
  endif()
else()
  add_test(${name}.NOT_BUILT ${name}_NOT_BUILT)
endif()
")
    set_property(DIRECTORY APPEND PROPERTY TEST_INCLUDE_FILES "${include_file}")
endfunction()
