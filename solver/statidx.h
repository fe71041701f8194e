/* statidx.h: what a distribution index held when ferry last read it,
 * remembered by the index file's stat.
 *
 * One small text file, DIR/stat-index, maps an index's absolute path to its
 * stat signature when it was read (device, inode, size, mtime and ctime in
 * nanoseconds) and the .solv file that holds its content.  While the
 * signature is unchanged, the index need not be read, decompressed or
 * hashed again.  Any write to a file changes its ctime, which no one can
 * set back (mtime can be, with touch), so an index modified in place with
 * the same size and its old mtime still differs.
 *
 * A write in the same timestamp tick as ferry's read would leave the
 * signature unchanged (git's "racily clean" entries), so a signature is
 * only recorded once the file's ctime is safely older than the moment the
 * read began (statidx_settled); an index changed just before being read is
 * read again next time, and recorded then.
 *
 * The file is rewritten whole under a temporary name and renamed into
 * place: two ferry runs that race lose at most each other's new entry,
 * never the file.  Entries whose path or .solv file has gone are dropped
 * on rewrite.
 *
 * Ownership: statidx_find fills a caller's buffer; nothing is kept. */
#ifndef FERRY_STATIDX_H
#define FERRY_STATIDX_H

#include <stddef.h>
#include <sys/stat.h>

#include "../core/util.h"

#define STATIDX_NAME 128   /* room for a .solv file name */

/* The time now (CLOCK_REALTIME), nanoseconds since the epoch. */
long long statidx_now(void);
/* Appends st's signature to sig: "DEV:INO:SIZE:MTIME:CTIME". */
void statidx_sig(struct buf *sig, const struct stat *st);
/* 1 if st's ctime is old enough, against a read that began at start, for
 * its signature to stand for its content (0.1 s for file systems with
 * sub-second timestamps, 2 s for the others). */
int statidx_settled(const struct stat *st, long long start);

/* The .solv file name recorded for key with this signature: 0 and solv
 * filled, or -1 (no entry, another signature, or no index file). */
int statidx_find(const char *dir, const char *key, const char *sig, char solv[STATIDX_NAME]);
/* Records key -> (sig, solv), best effort: a cache that cannot be written
 * only costs the next run a read. */
void statidx_record(const char *dir, const char *key, const char *sig, const char *solv);

#endif
