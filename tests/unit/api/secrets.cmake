# SecretStore against the real Secret Service (scripts/test runs the tests in
# a D-Bus session with an unlocked gnome-keyring) and without any keychain
# (a child process with no session bus); ProfileStore over temporary INI files.
iuc_add_qtest(tst_secretstore SOURCES tst_secretstore.cpp secretstesthelpers.h
    LIBS iuc_secrets iuc_testcommon LABELS unit)
iuc_add_qtest(tst_profilestore SOURCES tst_profilestore.cpp secretstesthelpers.h
    LIBS iuc_secrets iuc_testcommon LABELS unit)
