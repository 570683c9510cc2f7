// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/faultvfs.h"

#include <sqlite3.h>

#include <atomic>
#include <cstdlib>
#include <cstring>

namespace tickerline::testing {

namespace {

// One shim at a time: SQLite's list of VFSes is process-wide, and so is this state.
struct State
{
    sqlite3_vfs *real = nullptr;
    sqlite3_vfs shim{};
    std::atomic_int operations{0};
    std::atomic_int injected{0};
    std::atomic_int failAt{-1}; // -1: disarmed
    std::atomic_bool persistent{false};
    std::atomic<FaultVfs::Fault> fault{FaultVfs::Fault::IoError};
};

State g_state;

// The file SQLite sees: ours, with the real VFS's file right behind it.
struct FaultFile
{
    sqlite3_file base;
    sqlite3_file *real;
};

sqlite3_file *realOf(sqlite3_file *file)
{
    return reinterpret_cast<FaultFile *>(file)->real;
}

// Counts one write-side operation; the code it must fail with, or SQLITE_OK.
int nextWrite(int ioErrorCode)
{
    const int number = g_state.operations.fetch_add(1);
    const int failAt = g_state.failAt.load();
    if (failAt < 0 || number < failAt || (number > failAt && !g_state.persistent.load()))
        return SQLITE_OK;
    g_state.injected.fetch_add(1);
    return g_state.fault.load() == FaultVfs::Fault::DiskFull ? SQLITE_FULL : ioErrorCode;
}

int faultClose(sqlite3_file *file)
{
    sqlite3_file *real = realOf(file);
    return real->pMethods ? real->pMethods->xClose(real) : SQLITE_OK;
}

int faultRead(sqlite3_file *file, void *buffer, int amount, sqlite3_int64 offset)
{
    return realOf(file)->pMethods->xRead(realOf(file), buffer, amount, offset);
}

int faultWrite(sqlite3_file *file, const void *buffer, int amount, sqlite3_int64 offset)
{
    if (const int rc = nextWrite(SQLITE_IOERR_WRITE))
        return rc;
    return realOf(file)->pMethods->xWrite(realOf(file), buffer, amount, offset);
}

int faultTruncate(sqlite3_file *file, sqlite3_int64 size)
{
    if (const int rc = nextWrite(SQLITE_IOERR_TRUNCATE))
        return rc;
    return realOf(file)->pMethods->xTruncate(realOf(file), size);
}

// Counted and failed like a write, but not passed on: a test never loses power, and real fsyncs
// would be most of a fault suite's run time (SQLite's own tests run without them too).
int faultSync(sqlite3_file *, int)
{
    return nextWrite(SQLITE_IOERR_FSYNC);
}

int faultFileSize(sqlite3_file *file, sqlite3_int64 *size)
{
    return realOf(file)->pMethods->xFileSize(realOf(file), size);
}

int faultLock(sqlite3_file *file, int lock)
{
    return realOf(file)->pMethods->xLock(realOf(file), lock);
}

int faultUnlock(sqlite3_file *file, int lock)
{
    return realOf(file)->pMethods->xUnlock(realOf(file), lock);
}

int faultCheckReservedLock(sqlite3_file *file, int *result)
{
    return realOf(file)->pMethods->xCheckReservedLock(realOf(file), result);
}

int faultFileControl(sqlite3_file *file, int op, void *argument)
{
    return realOf(file)->pMethods->xFileControl(realOf(file), op, argument);
}

int faultSectorSize(sqlite3_file *file)
{
    return realOf(file)->pMethods->xSectorSize(realOf(file));
}

int faultDeviceCharacteristics(sqlite3_file *file)
{
    return realOf(file)->pMethods->xDeviceCharacteristics(realOf(file));
}

// The WAL index lives in shared memory: memory writes, not file writes, so not counted.
int faultShmMap(sqlite3_file *file, int region, int size, int extend, void volatile **memory)
{
    return realOf(file)->pMethods->xShmMap(realOf(file), region, size, extend, memory);
}

int faultShmLock(sqlite3_file *file, int offset, int n, int flags)
{
    return realOf(file)->pMethods->xShmLock(realOf(file), offset, n, flags);
}

void faultShmBarrier(sqlite3_file *file)
{
    realOf(file)->pMethods->xShmBarrier(realOf(file));
}

int faultShmUnmap(sqlite3_file *file, int deleteFlag)
{
    return realOf(file)->pMethods->xShmUnmap(realOf(file), deleteFlag);
}

int faultFetch(sqlite3_file *file, sqlite3_int64 offset, int amount, void **pointer)
{
    return realOf(file)->pMethods->xFetch(realOf(file), offset, amount, pointer);
}

int faultUnfetch(sqlite3_file *file, sqlite3_int64 offset, void *pointer)
{
    return realOf(file)->pMethods->xUnfetch(realOf(file), offset, pointer);
}

const sqlite3_io_methods kMethods{
    3,
    &faultClose,
    &faultRead,
    &faultWrite,
    &faultTruncate,
    &faultSync,
    &faultFileSize,
    &faultLock,
    &faultUnlock,
    &faultCheckReservedLock,
    &faultFileControl,
    &faultSectorSize,
    &faultDeviceCharacteristics,
    &faultShmMap,
    &faultShmLock,
    &faultShmBarrier,
    &faultShmUnmap,
    &faultFetch,
    &faultUnfetch,
};

int faultOpen(sqlite3_vfs *, sqlite3_filename name, sqlite3_file *file, int flags, int *outFlags)
{
    auto *wrapper = reinterpret_cast<FaultFile *>(file);
    wrapper->real = reinterpret_cast<sqlite3_file *>(wrapper + 1);
    wrapper->real->pMethods = nullptr;
    const int rc = g_state.real->xOpen(g_state.real, name, wrapper->real, flags, outFlags);
    // Without methods SQLite never calls xClose, which is what a failed open needs.
    wrapper->base.pMethods = wrapper->real->pMethods ? &kMethods : nullptr;
    return rc;
}

// Without the directory's fsync, for the reason faultSync gives.
int faultDelete(sqlite3_vfs *, const char *name, int)
{
    return g_state.real->xDelete(g_state.real, name, 0);
}

int faultAccess(sqlite3_vfs *, const char *name, int flags, int *result)
{
    return g_state.real->xAccess(g_state.real, name, flags, result);
}

int faultFullPathname(sqlite3_vfs *, const char *name, int size, char *out)
{
    return g_state.real->xFullPathname(g_state.real, name, size, out);
}

void *faultDlOpen(sqlite3_vfs *, const char *name)
{
    return g_state.real->xDlOpen(g_state.real, name);
}

void faultDlError(sqlite3_vfs *, int size, char *message)
{
    g_state.real->xDlError(g_state.real, size, message);
}

void (*faultDlSym(sqlite3_vfs *, void *handle, const char *symbol))(void)
{
    return g_state.real->xDlSym(g_state.real, handle, symbol);
}

void faultDlClose(sqlite3_vfs *, void *handle)
{
    g_state.real->xDlClose(g_state.real, handle);
}

int faultRandomness(sqlite3_vfs *, int size, char *out)
{
    return g_state.real->xRandomness(g_state.real, size, out);
}

int faultSleep(sqlite3_vfs *, int microseconds)
{
    return g_state.real->xSleep(g_state.real, microseconds);
}

int faultCurrentTime(sqlite3_vfs *, double *now)
{
    return g_state.real->xCurrentTime(g_state.real, now);
}

int faultGetLastError(sqlite3_vfs *, int size, char *out)
{
    return g_state.real->xGetLastError(g_state.real, size, out);
}

int faultCurrentTimeInt64(sqlite3_vfs *, sqlite3_int64 *now)
{
    return g_state.real->xCurrentTimeInt64(g_state.real, now);
}

} // namespace

FaultVfs::FaultVfs()
{
    if (g_state.real)
        std::abort(); // two at once would unregister each other
    sqlite3_initialize();
    g_state.real = sqlite3_vfs_find(nullptr);
    sqlite3_vfs &shim = g_state.shim;
    shim = sqlite3_vfs{};
    shim.iVersion = 2;
    shim.szOsFile = int(sizeof(FaultFile)) + g_state.real->szOsFile;
    shim.mxPathname = g_state.real->mxPathname;
    shim.zName = "tickerline-fault";
    shim.xOpen = &faultOpen;
    shim.xDelete = &faultDelete;
    shim.xAccess = &faultAccess;
    shim.xFullPathname = &faultFullPathname;
    shim.xDlOpen = &faultDlOpen;
    shim.xDlError = &faultDlError;
    shim.xDlSym = &faultDlSym;
    shim.xDlClose = &faultDlClose;
    shim.xRandomness = &faultRandomness;
    shim.xSleep = &faultSleep;
    shim.xCurrentTime = &faultCurrentTime;
    shim.xGetLastError = &faultGetLastError;
    shim.xCurrentTimeInt64 = &faultCurrentTimeInt64;
    reset();
    sqlite3_vfs_register(&shim, 1);
}

FaultVfs::~FaultVfs()
{
    sqlite3_vfs_unregister(&g_state.shim);
    sqlite3_vfs_register(g_state.real, 1); // the default again (unregistering picks any)
    g_state.real = nullptr;
}

void FaultVfs::reset()
{
    disarm();
    g_state.operations = 0;
    g_state.injected = 0;
}

void FaultVfs::arm(int failAt, Fault fault, Persistence persistence)
{
    g_state.fault = fault;
    g_state.persistent = persistence == Persistence::Persistent;
    g_state.failAt = failAt;
}

void FaultVfs::disarm()
{
    g_state.failAt = -1;
}

int FaultVfs::operations() const
{
    return g_state.operations.load();
}

int FaultVfs::injected() const
{
    return g_state.injected.load();
}

} // namespace tickerline::testing
