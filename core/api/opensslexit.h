#pragma once

// Keeps OpenSSL's global state alive until the process is gone.
//
// Why: Qt 6 runs HTTP(S) on its own "Qt HTTP thread". When a program ends,
// QThread::wait() returns as soon as that thread's run() is over — before
// the C library runs the thread's key destructors, one of which is
// OpenSSL's per-thread clean-up. OpenSSL's own exit handler
// (OPENSSL_cleanup) then frees the same per-thread records from the main
// thread at the same moment: a double free that the sanitizer build of
// upgradectl caught now and then at exit. The process is ending and the
// operating system reclaims the memory anyway, so the exit handler is not
// installed at all.
//
// Call it first thing in main(), before anything touches OpenSSL: only the
// first initialisation of OpenSSL decides whether the handler is installed.

namespace iuc::api {

void keepOpenSslUntilProcessExit();

} // namespace iuc::api
