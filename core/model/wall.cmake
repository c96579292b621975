# The wall display's core: which conferences are split across versions (R11),
# as a pure function and as a paced watch over a session.
qt_add_library(iuc_model_split STATIC splitconferences.h splitconferences.cpp)
target_include_directories(iuc_model_split PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/..)
target_link_libraries(iuc_model_split PUBLIC iuc_domain Qt6::Core PRIVATE Iuc::Common)

qt_add_library(iuc_model_wall STATIC splitconferencewatch.h splitconferencewatch.cpp)
target_include_directories(iuc_model_wall PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/..)
target_link_libraries(iuc_model_wall PUBLIC iuc_model_split iuc_session Qt6::Core QCoro6::Core PRIVATE Iuc::Common)
