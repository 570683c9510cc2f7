// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace tickerline::testing {

// An SQLite VFS for tests that wraps the default one and makes writes fail on demand, the way
// SQLite's own test_vfs does: while it lives it is the default VFS, so every connection the code
// under test opens goes through it. It counts the write-side operations (xWrite, xTruncate,
// xSync) of all files; once armed at N, the operation numbered N (from 0, counted since the last
// reset) fails, and with a persistent fault every later one too. Syncs are counted but not made.
class FaultVfs final
{
public:
    enum class Fault {
        IoError,  // SQLITE_IOERR_WRITE / _TRUNCATE / _FSYNC: "disk I/O error"
        DiskFull, // SQLITE_FULL: "database or disk is full"
    };
    enum class Persistence { Persistent, Transient };

    FaultVfs();
    ~FaultVfs();
    FaultVfs(const FaultVfs &) = delete;
    FaultVfs &operator=(const FaultVfs &) = delete;

    // Counts from zero again, with no fault armed.
    void reset();
    void arm(int failAt, Fault fault, Persistence persistence);
    void disarm();
    // Write-side operations since the last reset, failed ones included.
    int operations() const;
    // How many operations were made to fail since the last reset.
    int injected() const;
};

} // namespace tickerline::testing
