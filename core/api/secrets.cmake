# secrets: the password in the OS keychain (QtKeychain) with a session-only
# fallback, and the saved deployment profiles (QSettings, never a password).
qt_add_library(iuc_secrets STATIC
    secretstore.h secretstore.cpp
    profile.h
    profilestore.h profilestore.cpp
)
target_include_directories(iuc_secrets PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/..)
target_link_libraries(iuc_secrets
    PUBLIC iuc_domain Qt6::Core QCoro6::Core
    PRIVATE Qt6Keychain::Qt6Keychain Iuc::Common)
