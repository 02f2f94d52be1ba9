# Builds one layering probe (a source that includes HEADER, compiled with the usage requirements of
# one stage) and checks the verdict: a forbidden header must fail to compile because it is not
# found, an allowed one must compile. Run by ctest; see tests/CMakeLists.txt.
execute_process(COMMAND ${CMAKE_COMMAND} --build ${BUILD_DIR} --target ${TARGET}
                RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(VERDICT STREQUAL "forbidden")
  if(result EQUAL 0)
    message(FATAL_ERROR "${TARGET}: '${HEADER}' compiled, but its stage may not include it")
  endif()
  string(FIND "${output}" "${HEADER}: No such file or directory" found)
  if(found EQUAL -1)
    message(FATAL_ERROR "${TARGET}: the build failed, but not because '${HEADER}' is out of reach:\n${output}")
  endif()
elseif(VERDICT STREQUAL "allowed")
  if(NOT result EQUAL 0)
    message(FATAL_ERROR "${TARGET}: '${HEADER}' should compile for its stage:\n${output}")
  endif()
else()
  message(FATAL_ERROR "unknown verdict '${VERDICT}'")
endif()
