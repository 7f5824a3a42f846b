#include "PowerCutVfs.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <mutex>
#include <random>
#include <sqlite3.h>
#include <string>
#include <unistd.h>

namespace {

constexpr sqlite3_int64 sectorSize = 512;

// What one file (by path: every connection's handle of it shares the kernel's page cache) had
// when it was last synced, for the sectors written or cut off since.
struct Unsynced
{
    sqlite3_int64 syncedSize = 0;
    std::map<sqlite3_int64, std::string> before; // sector index -> its bytes at the last sync
};

struct ShimFile
{
    sqlite3_file base; // first: SQLite sees a ShimFile as a sqlite3_file
    sqlite3_file* real; // the default VFS's file, in the same allocation right after this
    std::string* path; // the database or its WAL; nullptr for files not watched
};

struct Shim
{
    std::mutex mutex; // the saving thread and the checkpoint thread write at the same time
    sqlite3_vfs* real = nullptr;
    sqlite3_vfs vfs {};
    sqlite3_io_methods methods {};
    PowerCutPlan plan;
    long long writes = 0;
    long long databaseWrites = 0; // of them, to the database file (checkpoints)
    std::map<std::string, Unsynced> unsynced;
    std::multimap<std::string, sqlite3_file*> handles; // open real files by path
};

Shim& shim()
{
    static Shim s;
    return s;
}

ShimFile* shimFile(sqlite3_file* file)
{
    return reinterpret_cast<ShimFile*>(file);
}

sqlite3_int64 sizeOf(sqlite3_file* real)
{
    sqlite3_int64 size = 0;
    real->pMethods->xFileSize(real, &size);
    return size;
}

// Keeps the synced bytes of the sectors [first, last] before they change (caller holds the mutex).
void keepBefore(ShimFile* f, sqlite3_int64 first, sqlite3_int64 last)
{
    const sqlite3_int64 size = sizeOf(f->real);
    auto [entry, fresh] = shim().unsynced.try_emplace(*f->path);
    Unsynced& u = entry->second;
    if (fresh)
        u.syncedSize = size;
    for (sqlite3_int64 s = first; s <= last; ++s) {
        if (u.before.count(s))
            continue;
        const sqlite3_int64 start = s * sectorSize;
        const sqlite3_int64 length = std::clamp<sqlite3_int64>(size - start, 0, sectorSize);
        std::string bytes(static_cast<size_t>(length), '\0');
        if (length > 0)
            f->real->pMethods->xRead(f->real, bytes.data(), static_cast<int>(length), start);
        u.before.emplace(s, std::move(bytes));
    }
}

void writeAt(sqlite3_file* real, const std::string& bytes, sqlite3_int64 offset)
{
    if (!bytes.empty())
        real->pMethods->xWrite(real, bytes.data(), static_cast<int>(bytes.size()), offset);
}

// Puts back what was never synced, as a power failure would leave the disk, then dies.
[[noreturn]] void cutPower(const char* where)
{
    Shim& s = shim();
    std::mt19937_64 random(s.plan.seed);
    long long reverted = 0;
    long long kept = 0;
    for (auto& [path, u] : s.unsynced) {
        const auto handle = s.handles.find(path);
        if (handle == s.handles.end())
            continue; // no handle left to write through (the saving connection keeps both open)
        sqlite3_file* real = handle->second;
        const sqlite3_int64 size = sizeOf(real);
        sqlite3_int64 finalSize = u.syncedSize;
        std::map<sqlite3_int64, bool> keep;
        for (const auto& [sector, bytes] : u.before) {
            keep[sector] = s.plan.torn && random() % 2 == 0;
            if (keep[sector])
                finalSize = std::max(finalSize, std::min(size, (sector + 1) * sectorSize));
        }
        for (const auto& [sector, bytes] : u.before) {
            if (keep[sector]) {
                ++kept;
                continue;
            }
            ++reverted;
            const sqlite3_int64 start = sector * sectorSize;
            const sqlite3_int64 synced = std::clamp<sqlite3_int64>(u.syncedSize - start, 0, sectorSize);
            writeAt(real, bytes.substr(0, static_cast<size_t>(synced)), start);
            // Past the synced end, a sector that did not make it holds whatever the disk had.
            const sqlite3_int64 garbageEnd = std::min(finalSize, start + sectorSize);
            std::string garbage;
            for (sqlite3_int64 i = start + synced; i < garbageEnd; ++i)
                garbage.push_back(static_cast<char>(random()));
            writeAt(real, garbage, start + synced);
        }
        if (finalSize < size)
            real->pMethods->xTruncate(real, finalSize);
    }
    std::fprintf(
        stderr,
        "POWER-CUT write %lld (%lld to the database file) in %s: %lld sectors reverted, %lld kept (%s)\n",
        s.writes, s.databaseWrites, where, reverted, kept, s.plan.torn ? "torn" : "full");
    std::fflush(stderr);
    _exit(s.plan.exitCode);
}

int shimClose(sqlite3_file* file)
{
    ShimFile* f = shimFile(file);
    if (f->path) {
        std::lock_guard<std::mutex> lock(shim().mutex);
        auto range = shim().handles.equal_range(*f->path);
        for (auto it = range.first; it != range.second; ++it)
            if (it->second == f->real) {
                shim().handles.erase(it);
                break;
            }
        delete f->path;
        f->path = nullptr;
    }
    return f->real->pMethods->xClose(f->real);
}

int shimRead(sqlite3_file* file, void* buffer, int amount, sqlite3_int64 offset)
{
    sqlite3_file* real = shimFile(file)->real;
    return real->pMethods->xRead(real, buffer, amount, offset);
}

int shimWrite(sqlite3_file* file, const void* buffer, int amount, sqlite3_int64 offset)
{
    ShimFile* f = shimFile(file);
    if (!f->path)
        return f->real->pMethods->xWrite(f->real, buffer, amount, offset);
    Shim& s = shim();
    std::lock_guard<std::mutex> lock(s.mutex);
    keepBefore(f, offset / sectorSize, (offset + amount - 1) / sectorSize);
    const int rc = f->real->pMethods->xWrite(f->real, buffer, amount, offset);
    const bool wal = f->path->size() > 4 && f->path->compare(f->path->size() - 4, 4, "-wal") == 0;
    if (!wal)
        ++s.databaseWrites;
    if (++s.writes == s.plan.cutAtWrite)
        cutPower(wal ? "the WAL" : "the database");
    return rc;
}

int shimTruncate(sqlite3_file* file, sqlite3_int64 size)
{
    ShimFile* f = shimFile(file);
    if (!f->path)
        return f->real->pMethods->xTruncate(f->real, size);
    std::lock_guard<std::mutex> lock(shim().mutex);
    const sqlite3_int64 current = sizeOf(f->real);
    if (size < current)
        keepBefore(f, size / sectorSize, (current - 1) / sectorSize);
    return f->real->pMethods->xTruncate(f->real, size);
}

int shimSync(sqlite3_file* file, int flags)
{
    ShimFile* f = shimFile(file);
    if (!f->path)
        return f->real->pMethods->xSync(f->real, flags);
    std::lock_guard<std::mutex> lock(shim().mutex);
    const int rc = f->real->pMethods->xSync(f->real, flags);
    if (rc == SQLITE_OK)
        shim().unsynced.erase(*f->path); // fsync() makes every handle's writes of the file durable
    return rc;
}

int shimFileSize(sqlite3_file* file, sqlite3_int64* size)
{
    sqlite3_file* real = shimFile(file)->real;
    return real->pMethods->xFileSize(real, size);
}

int shimLock(sqlite3_file* file, int level)
{
    sqlite3_file* real = shimFile(file)->real;
    return real->pMethods->xLock(real, level);
}

int shimUnlock(sqlite3_file* file, int level)
{
    sqlite3_file* real = shimFile(file)->real;
    return real->pMethods->xUnlock(real, level);
}

int shimCheckReservedLock(sqlite3_file* file, int* result)
{
    sqlite3_file* real = shimFile(file)->real;
    return real->pMethods->xCheckReservedLock(real, result);
}

int shimFileControl(sqlite3_file* file, int op, void* arg)
{
    sqlite3_file* real = shimFile(file)->real;
    return real->pMethods->xFileControl(real, op, arg);
}

int shimSectorSize(sqlite3_file* file)
{
    sqlite3_file* real = shimFile(file)->real;
    return real->pMethods->xSectorSize(real);
}

int shimDeviceCharacteristics(sqlite3_file* file)
{
    sqlite3_file* real = shimFile(file)->real;
    return real->pMethods->xDeviceCharacteristics(real);
}

int shimShmMap(sqlite3_file* file, int region, int size, int extend, void volatile** out)
{
    sqlite3_file* real = shimFile(file)->real;
    return real->pMethods->xShmMap(real, region, size, extend, out);
}

int shimShmLock(sqlite3_file* file, int offset, int n, int flags)
{
    sqlite3_file* real = shimFile(file)->real;
    return real->pMethods->xShmLock(real, offset, n, flags);
}

void shimShmBarrier(sqlite3_file* file)
{
    sqlite3_file* real = shimFile(file)->real;
    real->pMethods->xShmBarrier(real);
}

int shimShmUnmap(sqlite3_file* file, int deleteFlag)
{
    sqlite3_file* real = shimFile(file)->real;
    return real->pMethods->xShmUnmap(real, deleteFlag);
}

int shimOpen(sqlite3_vfs*, const char* name, sqlite3_file* file, int flags, int* outFlags)
{
    Shim& s = shim();
    ShimFile* f = shimFile(file);
    f->real = reinterpret_cast<sqlite3_file*>(f + 1);
    f->path = nullptr;
    f->base.pMethods = nullptr;
    const int rc = s.real->xOpen(s.real, name, f->real, flags, outFlags);
    if (f->real->pMethods == nullptr)
        return rc;
    f->base.pMethods = &s.methods; // also on failure: SQLite then calls xClose
    if (rc == SQLITE_OK && name && (flags & (SQLITE_OPEN_MAIN_DB | SQLITE_OPEN_WAL))) {
        std::lock_guard<std::mutex> lock(s.mutex);
        f->path = new std::string(name);
        s.handles.emplace(*f->path, f->real);
    }
    return rc;
}

int shimDelete(sqlite3_vfs*, const char* name, int syncDir)
{
    Shim& s = shim();
    {
        std::lock_guard<std::mutex> lock(s.mutex);
        s.unsynced.erase(name);
    }
    return s.real->xDelete(s.real, name, syncDir);
}

} // namespace

bool PowerCutVfs::install(const PowerCutPlan& plan)
{
    Shim& s = shim();
    s.real = sqlite3_vfs_find(nullptr);
    if (!s.real)
        return false;
    s.plan = plan;
    s.vfs = *s.real; // path names, randomness, time and the rest stay the default VFS's
    s.vfs.pNext = nullptr;
    s.vfs.zName = "powercut";
    s.vfs.szOsFile = static_cast<int>(sizeof(ShimFile)) + s.real->szOsFile;
    s.vfs.xOpen = shimOpen;
    s.vfs.xDelete = shimDelete;
    sqlite3_io_methods& m = s.methods;
    m.iVersion = 2; // WAL's shared memory, but no xFetch: every page SQLite reads comes through xRead
    m.xClose = shimClose;
    m.xRead = shimRead;
    m.xWrite = shimWrite;
    m.xTruncate = shimTruncate;
    m.xSync = shimSync;
    m.xFileSize = shimFileSize;
    m.xLock = shimLock;
    m.xUnlock = shimUnlock;
    m.xCheckReservedLock = shimCheckReservedLock;
    m.xFileControl = shimFileControl;
    m.xSectorSize = shimSectorSize;
    m.xDeviceCharacteristics = shimDeviceCharacteristics;
    m.xShmMap = shimShmMap;
    m.xShmLock = shimShmLock;
    m.xShmBarrier = shimShmBarrier;
    m.xShmUnmap = shimShmUnmap;
    return sqlite3_vfs_register(&s.vfs, 1) == SQLITE_OK;
}
