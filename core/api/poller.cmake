# The refresh loop over ManagementClient (one chain at a time, backoff, R1).
qt_add_library(iuc_poller STATIC deploymentpoller.h deploymentpoller.cpp snapshot.h)
target_include_directories(iuc_poller PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/..)
target_link_libraries(iuc_poller PUBLIC iuc_api Qt6::Core QCoro6::Core PRIVATE Iuc::Common)
