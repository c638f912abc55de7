# SPDX-FileCopyrightText: 2026 TicketDesk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# `format-check` fails when a C++ file differs from .clang-format; `format` rewrites them.
find_program(CLANG_FORMAT_EXE NAMES clang-format-14 clang-format)
if(CLANG_FORMAT_EXE)
    file(GLOB_RECURSE TICKETDESK_FORMAT_FILES CONFIGURE_DEPENDS
        ${PROJECT_SOURCE_DIR}/src/*.cpp ${PROJECT_SOURCE_DIR}/src/*.h
        ${PROJECT_SOURCE_DIR}/tests/*.cpp ${PROJECT_SOURCE_DIR}/tests/*.h
        ${PROJECT_SOURCE_DIR}/bench/*.cpp ${PROJECT_SOURCE_DIR}/bench/*.h
        ${PROJECT_SOURCE_DIR}/fuzz/*.cpp ${PROJECT_SOURCE_DIR}/fuzz/*.h)
    # Test data is input, not our code (tests/data/layering holds deliberately bad sources).
    list(FILTER TICKETDESK_FORMAT_FILES EXCLUDE REGEX "/tests/data/")
    # bench/node-receiver's npm packages (better-sqlite3 builds SQLite's C sources there) are not ours either.
    list(FILTER TICKETDESK_FORMAT_FILES EXCLUDE REGEX "/node_modules/")
    add_custom_target(format-check
        COMMAND ${CLANG_FORMAT_EXE} --dry-run --Werror ${TICKETDESK_FORMAT_FILES}
        WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
        COMMENT "Checking C++ formatting against .clang-format"
        VERBATIM)
    add_custom_target(format
        COMMAND ${CLANG_FORMAT_EXE} -i ${TICKETDESK_FORMAT_FILES}
        WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
        VERBATIM)
endif()
