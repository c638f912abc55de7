# SPDX-FileCopyrightText: 2026 TicketDesk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# CPack pre-build script: CPACK_STRIP_FILES runs plain `strip`, which keeps the .comment and
# .note sections (lintian: binary-has-unneeded-section). Remove them as dh_strip does.
file(GLOB_RECURSE binaries LIST_DIRECTORIES false "${CPACK_TEMPORARY_INSTALL_DIRECTORY}/*/bin/*")
foreach(binary IN LISTS binaries)
    execute_process(COMMAND "@CMAKE_STRIP@" --remove-section=.comment --remove-section=.note "${binary}"
        RESULT_VARIABLE result)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "strip failed on ${binary}")
    endif()
endforeach()
