/* outlock.h: one ferry run at a time per output folder.  The lock is
 * flock(2) on OUT/.ferry/lock, held while a run checks the folder against
 * its records and commits its trees (fetch/outdir.h); the fetching before
 * runs in parallel.  The kernel drops the lock when the holder exits, even
 * by SIGKILL, so a stale lock cannot block anyone.
 *
 * Waiting: outlock_take tries at once; when another run holds the lock it
 * calls waiting(ctx, dir) once (the CLI prints "waiting for another ferry
 * run on DIR") and tries again every 50 ms for up to timeout seconds (0:
 * for ever), then fails with FERR_IO naming the lock file.
 *
 * Ownership: a struct outlock is its taker's; outlock_release closes the
 * descriptor (the lock goes with it).  outlock_release_remove also removes
 * the lock file and OUT/.ferry when this run created them and they are
 * otherwise empty (a failed first import leaves the folder as it was); it
 * does so while still holding the lock, and outlock_take checks after
 * locking that the file it locked is still the one at the path, so that a
 * removed lock file never lets two runs in at once. */
#ifndef FERRY_OUTLOCK_H
#define FERRY_OUTLOCK_H

#include "../core/err.h"

struct outlock {
	int fd;          /* -1: not held */
	int made_dir;    /* this run created OUT/.ferry */
	int made_file;   /* ... and the lock file */
	char *path;      /* OUT/.ferry/lock */
};

int outlock_take(struct outlock *l, const char *dir, double timeout, void (*waiting)(void *ctx, const char *dir),
		 void *ctx, struct ferr *e);
void outlock_release(struct outlock *l);
void outlock_release_remove(struct outlock *l);

#endif
