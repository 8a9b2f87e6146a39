# `valuedesk --screenshot` must not report success when it has nothing to show: with no
# workspace it gives up after --timeout, and a file it cannot open fails at once; both exit
# non-zero with a message and write no PNG.
file(REMOVE_RECURSE ${OUT})
file(MAKE_DIRECTORY ${OUT})
set(ENV{QT_QPA_PLATFORM} offscreen)
set(ENV{XDG_DATA_HOME} ${OUT}/data)
set(ENV{XDG_CONFIG_HOME} ${OUT}/config)

execute_process(COMMAND ${APP} --screenshot ${OUT}/none.png --timeout 2
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err TIMEOUT 60)
if(rc EQUAL 0)
  message(FATAL_ERROR "--screenshot without a workspace exited 0: ${out}${err}")
endif()
if(NOT err MATCHES "no workspace was opened within")
  message(FATAL_ERROR "--screenshot without a workspace gave no reason (${rc}): ${out}${err}")
endif()
if(EXISTS ${OUT}/none.png)
  message(FATAL_ERROR "--screenshot without a workspace wrote a PNG")
endif()

file(WRITE ${OUT}/notes.vdw "these are notes, not a ValueDesk workspace, long enough to matter\n")
execute_process(COMMAND ${APP} ${OUT}/notes.vdw --screenshot ${OUT}/bad.png --timeout 60
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err TIMEOUT 60)
if(rc EQUAL 0)
  message(FATAL_ERROR "--screenshot of an unreadable file exited 0: ${out}${err}")
endif()
if(NOT err MATCHES "Cannot open")
  message(FATAL_ERROR "--screenshot of an unreadable file gave no reason (${rc}): ${out}${err}")
endif()
if(EXISTS ${OUT}/bad.png)
  message(FATAL_ERROR "--screenshot of an unreadable file wrote a PNG")
endif()
message(STATUS "screenshot failures reported: ${err}")
