#include "core/api/opensslexit.h"

#include <openssl/crypto.h>

namespace iuc::api {

void keepOpenSslUntilProcessExit()
{
    OPENSSL_init_crypto(OPENSSL_INIT_NO_ATEXIT, nullptr);
}

} // namespace iuc::api
