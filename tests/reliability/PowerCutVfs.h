#pragma once

#include <cstdint>

// A power cut inside one process, for tests. A shim over SQLite's default (unix) VFS keeps,
// for the database file and its WAL, the bytes as they were at the file's last xSync (the
// pre-image of every 512-byte sector written or cut off since). At the chosen write it puts
// back what was never synced, all of it or a random subset of sectors (torn writes; a sector
// past the synced end that is not kept gets garbage), and _exit()s at once: what the disk
// would hold after the power failed. The -shm file is left alone: it is memory, and SQLite
// rebuilds it from the WAL when the next program opens the database.
// Every connection of the process (the saving one, the background checkpoint thread's, the
// read-only ones) goes through the shim, so a cut can land in a commit or in a checkpoint.
struct PowerCutPlan
{
    std::uint64_t seed = 1; // chooses the sectors kept when torn
    bool torn = false;
    long long cutAtWrite = 1; // counted over the writes of all watched files of the process
    int exitCode = 86;
};

namespace PowerCutVfs {
// Registers the shim as the default VFS. Call before the first connection opens.
bool install(const PowerCutPlan& plan);
} // namespace PowerCutVfs
