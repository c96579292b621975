# ManagementClient, TLS trust and the resumable upload against the real
# emulator over loopback HTTPS, plus a hostile server for what a real
# Management Node (or a proxy) may answer that infinity-sim never does.
add_library(iuc_clientfixture STATIC clientfixture.h clientfixture.cpp hostileserver.h hostileserver.cpp)
target_include_directories(iuc_clientfixture PUBLIC ${CMAKE_CURRENT_SOURCE_DIR})
target_link_libraries(iuc_clientfixture
    PUBLIC iuc_api iuc_simfixture iuc_emulator iuc_emulator_support iuc_testcommon Qt6::Core QCoro6::Core
    PRIVATE Iuc::Common Iuc::Httplib)

set(client_libs iuc_clientfixture iuc_api iuc_simfixture iuc_emulator iuc_emulator_support Iuc::Httplib)
iuc_add_qtest(tst_client_tls SOURCES tst_client_tls.cpp
              LIBS ${client_libs} LABELS integration TIMEOUT 300)
iuc_add_qtest(tst_client_api SOURCES tst_client_api.cpp
              LIBS ${client_libs} LABELS integration TIMEOUT 300)
iuc_add_qtest(tst_client_upload SOURCES tst_client_upload.cpp
              LIBS ${client_libs} LABELS integration TIMEOUT 300)
iuc_add_qtest(tst_client_hostile SOURCES tst_client_hostile.cpp
              LIBS ${client_libs} LABELS integration TIMEOUT 300)
