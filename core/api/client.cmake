# client: ManagementClient (QCoro over one QNetworkAccessManager), TLS trust
# (system, CA file, pinned, loopback), and the resumable chunked upload.
qt_add_library(iuc_api STATIC
    tlstrust.h tlstrust.cpp
    replyerror.h replyerror.cpp
    managementclient.h managementclient.cpp managementclientresources.cpp
    filerangedevice.h filerangedevice.cpp
    lowdelay.h lowdelay.cpp
    transferrate.h transferrate.cpp
    uploader.h uploader.cpp
)
target_include_directories(iuc_api PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/..)
target_link_libraries(iuc_api
    PUBLIC iuc_api_resources iuc_domain Qt6::Core Qt6::Network QCoro6::Core QCoro6::Network
    PRIVATE Iuc::Common)
