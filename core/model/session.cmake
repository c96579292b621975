# The session: client, refresh loop and models of one connected deployment.
qt_add_library(iuc_session STATIC deploymentsession.h deploymentsession.cpp demodeployment.h)
target_include_directories(iuc_session PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/..)
target_link_libraries(iuc_session PUBLIC iuc_model iuc_model_log iuc_poller iuc_api Qt6::Core PRIVATE Iuc::Common)
