# What keeps a fresh build on two cores short (docs/performance.md, "Build time"):
# - precompiled headers: one header set per kind of target, compiled once and reused by every target
#   of that kind (REUSE_FROM), so that the ~100 test programs do not each parse Qt again;
# - unity builds of the libraries: their sources compiled in batches of 8 as one translation unit;
# - the LLVM linker lld (half gold's time on the sanitizer build's test programs, docs/performance.md),
#   else gold; and line tables only in the debug information (the presets' -g1).
# Every target of the project goes through danhgia_target_settings(), which records it here; the
# headers are given once its directory is configured, when all its libraries are known.

option(DANHGIA_PRECOMPILED_HEADERS "Precompile the Qt headers, once per kind of target" ON)
option(DANHGIA_UNITY_BUILD "Compile the libraries' sources in batches (unity build)" ON)

if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" OR CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    include(CheckLinkerFlag)
    check_linker_flag(CXX "-fuse-ld=lld" DANHGIA_HAS_LLD)
    check_linker_flag(CXX "-fuse-ld=gold" DANHGIA_HAS_GOLD)
    if(DANHGIA_HAS_LLD)
        add_link_options(-fuse-ld=lld)
    elseif(DANHGIA_HAS_GOLD)
        add_link_options(-fuse-ld=gold)
    endif()
else()
    # The precompiled headers are laid out for GCC and Clang; MSVC builds without them.
    set(DANHGIA_PRECOMPILED_HEADERS OFF)
endif()

# The headers of each kind, by the Qt modules a target sees through everything it links: the whole
# module header of each (what a file may include of it is then already parsed), and the standard
# headers most files use. GCC reuses a header only where every macro defined when it was compiled
# is defined alike (QT_SQL_LIB, QT_GUI_LIB...), so a kind is the exact set of modules.
set(DANHGIA_PCH_Core <algorithm> <functional> <memory> <optional> <vector> <QtCore/QtCore>)
set(DANHGIA_PCH_Sql <QtSql/QtSql>)
set(DANHGIA_PCH_Gui <QtGui/QtGui>)
set(DANHGIA_PCH_Widgets <QtWidgets/QtWidgets>)
set(DANHGIA_PCH_Network <QtNetwork/QtNetwork>)
set(DANHGIA_PCH_Test <QtTest/QtTest>)
set(DANHGIA_PCH_MODULES Sql Gui Widgets Network Test)

# Collects into ${out} the Qt modules (Core, Sql, Gui...) that ${target} sees through its link
# libraries, their interface libraries, and so on.
function(_danhgia_qt_modules target out)
    set(seen "")
    set(modules "")
    set(queue ${target})
    while(queue)
        list(POP_FRONT queue item)
        if(item IN_LIST seen OR NOT TARGET ${item})
            continue()
        endif()
        list(APPEND seen ${item})
        if(item MATCHES "^Qt6::([A-Za-z]+)$")
            list(APPEND modules ${CMAKE_MATCH_1})
        endif()
        get_target_property(libs ${item} INTERFACE_LINK_LIBRARIES)
        if(item STREQUAL target)
            get_target_property(libs ${item} LINK_LIBRARIES)
        endif()
        foreach(lib IN LISTS libs)
            # A private library of a static library reaches its users as $<LINK_ONLY:lib>.
            string(REGEX REPLACE "^\\$<LINK_ONLY:(.*)>$" "\\1" lib "${lib}")
            if(NOT lib MATCHES "^\\$<" AND TARGET ${lib})
                list(APPEND queue ${lib})
            endif()
        endforeach()
    endwhile()
    set(${out} ${modules} PARENT_SCOPE)
endfunction()

# Records a target of the project: its headers are given at the end of its directory; a library is
# built in batches.
function(_danhgia_speed_up target)
    get_target_property(type ${target} TYPE)
    if(DANHGIA_UNITY_BUILD AND type STREQUAL "STATIC_LIBRARY")
        set_target_properties(${target} PROPERTIES UNITY_BUILD ON UNITY_BUILD_BATCH_SIZE 8)
    endif()
    if(NOT DANHGIA_PRECOMPILED_HEADERS)
        return()
    endif()
    set_property(DIRECTORY APPEND PROPERTY DANHGIA_TARGETS ${target})
    get_property(deferred DIRECTORY PROPERTY DANHGIA_PCH_DEFERRED)
    if(NOT deferred)
        set_property(DIRECTORY PROPERTY DANHGIA_PCH_DEFERRED ON)
        cmake_language(DEFER CALL danhgia_precompile_directory)
    endif()
endfunction()

# Gives each recorded target of the current directory the precompiled headers of its kind. The host of
# a kind is a small library compiled with the same settings (a test kind's in the tests' directory,
# for QtTest's QT_TESTCASE_BUILDDIR), so that its macros are the same where the headers are reused;
# CMake compiles with -Winvalid-pch, so a header that could not be reused is an error (-Werror), not
# a silent slowdown.
function(danhgia_precompile_directory)
    get_property(targets DIRECTORY PROPERTY DANHGIA_TARGETS)
    foreach(target IN LISTS targets)
        _danhgia_qt_modules(${target} modules)
        set(kind Core)
        set(headers ${DANHGIA_PCH_Core})
        set(links Qt6::Core)
        foreach(module IN LISTS DANHGIA_PCH_MODULES)
            if(module IN_LIST modules)
                string(APPEND kind ${module})
                list(APPEND headers ${DANHGIA_PCH_${module}})
                list(APPEND links Qt6::${module})
            endif()
        endforeach()
        if("Widgets" IN_LIST modules)
            list(APPEND links Qt6::Gui)
        endif()
        # QtTest's headers test macros of the directory (QT_TESTCASE_BUILDDIR): a test kind has a
        # host in each directory; the others one for the whole project.
        set(host danhgia_pch_${kind})
        if("Test" IN_LIST modules)
            file(RELATIVE_PATH dir ${PROJECT_SOURCE_DIR} ${CMAKE_CURRENT_SOURCE_DIR})
            string(MAKE_C_IDENTIFIER "danhgia_pch_${dir}_${kind}" host)
        endif()
        if(NOT TARGET ${host})
            file(WRITE ${CMAKE_CURRENT_BINARY_DIR}/${host}.cpp "// The host of the ${kind} headers.\n")
            add_library(${host} STATIC ${CMAKE_CURRENT_BINARY_DIR}/${host}.cpp)
            target_link_libraries(${host} PRIVATE ${links})
            set_target_properties(${host} PROPERTIES AUTOMOC OFF AUTOUIC OFF AUTORCC OFF)
            _danhgia_compile_settings(${host})
            target_precompile_headers(${host} PRIVATE ${headers})
        endif()
        target_precompile_headers(${target} REUSE_FROM ${host})
    endforeach()
endfunction()
