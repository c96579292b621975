qt_add_library(iuc_model STATIC
    deploymentmodel.h deploymentmodel.cpp
    nodefiltermodel.h nodefiltermodel.cpp
    runmodel.h runmodel.cpp
    newrunforecast.h newrunforecast.cpp
    runreport.h runreport.cpp
    ../api/resources.h ../api/snapshot.h
)
target_include_directories(iuc_model PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/..)
target_link_libraries(iuc_model PUBLIC iuc_engine iuc_domain Qt6::Core PRIVATE Iuc::Common)
