# SPDX-FileCopyrightText: 2026 TicketDesk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# The one place that sets compile policy. Every target links ticketdesk_options.
add_library(ticketdesk_options INTERFACE)
# The one place for the C++ standard: C++20, no compiler extensions.
set(CMAKE_CXX_EXTENSIONS OFF)
target_compile_features(ticketdesk_options INTERFACE cxx_std_20)
target_compile_options(ticketdesk_options INTERFACE
    -Wall -Wextra -pedantic -Wold-style-cast -Wnon-virtual-dtor)
target_compile_definitions(ticketdesk_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CONTEXTLESS_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_NO_KEYWORDS
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    # Nothing deprecated in the Qt we build on (6.4) may be used.
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    TICKETDESK_VERSION="${PROJECT_VERSION}")
# Full RELRO: the dynamic loader resolves everything at start, then maps the GOT read-only.
target_link_options(ticketdesk_options INTERFACE -Wl,-z,relro,-z,now)
# Checked string and memory functions in the optimised builds, which the package is made from
# (Debian's GCC does not define it by itself: lintian's hardening-no-fortify-functions). Not with
# the sanitizers, whose own checks it would hide.
if(NOT TICKETDESK_SANITIZE AND NOT TICKETDESK_FUZZ)
    target_compile_definitions(ticketdesk_options INTERFACE
        $<$<CONFIG:Release,RelWithDebInfo>:_FORTIFY_SOURCE=2>)
endif()
# LLVM's linker where it is installed (Debian's lld, in scripts/debian-packages.txt): it links the
# 140 programs of a build about four times faster than GNU ld, most of the link time of a CI run.
option(TICKETDESK_LLD "Link with lld when the compiler accepts -fuse-ld=lld" ON)
if(TICKETDESK_LLD)
    include(CheckLinkerFlag)
    check_linker_flag(CXX "-fuse-ld=lld" TICKETDESK_HAVE_LLD)
    if(TICKETDESK_HAVE_LLD)
        target_link_options(ticketdesk_options INTERFACE -fuse-ld=lld)
    endif()
endif()
if(TICKETDESK_WERROR)
    target_compile_options(ticketdesk_options INTERFACE -Werror)
endif()
if(TICKETDESK_SANITIZE)
    target_compile_options(ticketdesk_options INTERFACE
        -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
    target_link_options(ticketdesk_options INTERFACE -fsanitize=address,undefined -fno-sanitize-recover=all)
endif()
# The libraries the fuzz targets link need coverage instrumentation too, or libFuzzer would only
# see the harness; the fuzzer's own main is linked by the targets in fuzz/.
if(TICKETDESK_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "TICKETDESK_FUZZ needs clang (libFuzzer): configure with -DCMAKE_CXX_COMPILER=clang++-14")
    endif()
    target_compile_options(ticketdesk_options INTERFACE -fsanitize=fuzzer-no-link)
endif()
