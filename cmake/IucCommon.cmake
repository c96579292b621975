# One INTERFACE target carries what every target of the project shares:
# the Qt hygiene definitions and the warning set.
add_library(iuc_common INTERFACE)
add_library(Iuc::Common ALIAS iuc_common)

# One include root for the whole tree: a header is always spelled from it
# (#include "core/api/uploader.h"). Every library links it PUBLIC.
add_library(iuc_root INTERFACE)
add_library(Iuc::Root ALIAS iuc_root)
target_include_directories(iuc_root INTERFACE ${PROJECT_SOURCE_DIR})
target_link_libraries(iuc_common INTERFACE iuc_root)

target_compile_definitions(iuc_common INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_USE_QSTRINGBUILDER
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_KEYWORDS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
)

if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(iuc_common INTERFACE
        -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align
        -Woverloaded-virtual -Wimplicit-fallthrough)
    # -Wnull-dereference everywhere but in widget code: there GCC 12 at -O2
    # flags every QPointer checked and then used (QPointer reads its weak
    # reference again on each use) and QWidget::isVisible() on a pointer a
    # test has just checked. A target opts out with
    # set_target_properties(T PROPERTIES IUC_WIDGET_CODE ON) (ui/, tests/ui).
    target_compile_options(iuc_common INTERFACE
        $<$<NOT:$<BOOL:$<TARGET_PROPERTY:IUC_WIDGET_CODE>>>:-Wnull-dereference>)
    if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
        # GCC 12 at -O2 reports moves of std::variant members holding Qt
        # containers as "maybe uninitialized" (a known false positive).
        target_compile_options(iuc_common INTERFACE -Wno-maybe-uninitialized)
    endif()
    if(IUC_WARNINGS_AS_ERRORS)
        target_compile_options(iuc_common INTERFACE -Werror)
    endif()
elseif(MSVC)
    target_compile_options(iuc_common INTERFACE /W4 /permissive- /Zc:__cplusplus)
    if(IUC_WARNINGS_AS_ERRORS)
        target_compile_options(iuc_common INTERFACE /WX)
    endif()
endif()
