#include "secretstore.h"

namespace Concord {

SecretStore::~SecretStore() = default;

} // namespace Concord
