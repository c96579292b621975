# The administrator log (R13): line parser, classification, and its model.
qt_add_library(iuc_model_log STATIC
    logline.h logline.cpp
    logmodel.h logmodel.cpp
)
target_include_directories(iuc_model_log PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/..)
target_link_libraries(iuc_model_log PUBLIC iuc_api_resources Qt6::Core PRIVATE Iuc::Common)
