#pragma once
// A TCP port on loopback that nothing listens on right now, for tests that start servers
// (chosen outside the kernel's ephemeral range: see LoopbackPorts.h).

#include "engine/live/LoopbackPorts.h"

namespace parkwatt::test {

inline int freePort()
{
    return chooseLoopbackPort();
}

} // namespace parkwatt::test
