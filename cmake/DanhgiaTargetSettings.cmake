# Common compile settings, applied to every target of the project by one function
# (as ownCloud's apply_common_target_settings): strict warnings, Qt's safe string
# conversions, and the sanitizers when DANHGIA_SANITIZE is on; then what keeps the build short
# (cmake/DanhgiaBuildSpeed.cmake).
include(DanhgiaBuildSpeed)

function(danhgia_target_settings target)
    _danhgia_compile_settings(${target})
    _danhgia_speed_up(${target})
endfunction()

function(_danhgia_compile_settings target)
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII
        QT_NO_CAST_TO_ASCII
        QT_NO_CAST_FROM_BYTEARRAY
        QT_USE_QSTRINGBUILDER
        QT_NO_FOREACH
        QT_NO_KEYWORDS
        QT_DISABLE_DEPRECATED_BEFORE=0x060400)
    if(MSVC)
        target_compile_options(${target} PRIVATE /W4 /WX /utf-8 /permissive-)
    else()
        target_compile_options(${target} PRIVATE -Wall -Wextra -Werror -Wshadow -Wnon-virtual-dtor)
    endif()
    if(DANHGIA_SANITIZE)
        target_compile_options(${target} PRIVATE -fsanitize=address,undefined -fno-sanitize-recover=undefined
            -fno-omit-frame-pointer)
        target_link_options(${target} PRIVATE -fsanitize=address,undefined)
    endif()
endfunction()
