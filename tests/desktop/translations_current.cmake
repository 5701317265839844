# Fails when the app's sources hold a message the committed .ts files lack
# (a tr() added without `cmake --build build --target update_translations`):
# the Vietnamese app would show it in English. Runs lupdate on copies.
#   cmake -DLUPDATE=... -DPROJECT_JSON=... -DPROJECT_DESCRIPTION=... -DGENERATE_PROJECT=...
#         -DTS_DIR=... -DWORK_DIR=... -P translations_current.cmake
if(NOT EXISTS "${PROJECT_JSON}")
  execute_process(
    COMMAND "${CMAKE_COMMAND}" -DIN_FILE=${PROJECT_DESCRIPTION} -DOUT_FILE=${PROJECT_JSON} -P "${GENERATE_PROJECT}"
    RESULT_VARIABLE status OUTPUT_VARIABLE output ERROR_VARIABLE output)
  if(NOT status EQUAL 0)
    message(FATAL_ERROR "cannot make the lupdate project ${PROJECT_JSON}:\n${output}")
  endif()
endif()
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
foreach(language vi en)
  file(COPY "${TS_DIR}/coverplan_${language}.ts" DESTINATION "${WORK_DIR}")
  execute_process(
    COMMAND "${LUPDATE}" -project "${PROJECT_JSON}" -no-obsolete -locations none
            -ts "${WORK_DIR}/coverplan_${language}.ts"
    RESULT_VARIABLE status OUTPUT_VARIABLE output ERROR_VARIABLE output)
  if(NOT status EQUAL 0)
    message(FATAL_ERROR "lupdate failed on coverplan_${language}.ts:\n${output}")
  endif()
  if(NOT output MATCHES "\\(0 new and")
    file(STRINGS "${WORK_DIR}/coverplan_${language}.ts" lines)
    set(missing "")
    set(previous "")
    foreach(line IN LISTS lines)
      if(line MATCHES "type=\"unfinished\"" AND previous MATCHES "<source>(.*)</source>")
        string(APPEND missing "  ${CMAKE_MATCH_1}\n")
      endif()
      set(previous "${line}")
    endforeach()
    message(FATAL_ERROR "ui/desktop/translations/coverplan_${language}.ts lacks messages of the sources "
                        "(run `cmake --build build --target update_translations` and translate them):\n${missing}${output}")
  endif()
endforeach()
