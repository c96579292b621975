# Parsers: the API's JSON answers as the typed resources of resources.h, and
# error bodies in every shape a server or proxy sends. Qt Core only.
qt_add_library(iuc_api_resources STATIC
    resources.h
    resourceparser.h resourceparser.cpp
    jsonreader.h jsonreader.cpp
    timeparser.cpp
    errorbody.h errorbody.cpp
)
target_include_directories(iuc_api_resources PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/..)
target_link_libraries(iuc_api_resources PUBLIC iuc_domain Qt6::Core PRIVATE Iuc::Common)
