/* The output folder's lock (outlock.h). */
#include "outlock.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "../core/util.h"

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* 1 when fd is still the file at path (not removed and made anew) */
static int same_file(int fd, const char *path)
{
	struct stat a, b;
	return fstat(fd, &a) == 0 && lstat(path, &b) == 0 && a.st_dev == b.st_dev && a.st_ino == b.st_ino;
}

/* opens (creating) the lock file: fd, or -1 with errno */
static int open_lock(struct outlock *l)
{
	int fd = open(l->path, O_RDWR | O_CLOEXEC | O_NOFOLLOW);
	if (fd >= 0 || errno != ENOENT)
		return fd;
	fd = open(l->path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0644);
	if (fd >= 0)
		l->made_file = 1;
	else if (errno == EEXIST)
		fd = open(l->path, O_RDWR | O_CLOEXEC | O_NOFOLLOW);
	return fd;
}

int outlock_take(struct outlock *l, const char *dir, double timeout, void (*waiting)(void *ctx, const char *dir),
		 void *ctx, struct ferr *e)
{
	memset(l, 0, sizeof *l);
	l->fd = -1;
	char *fdir = xasprintf("%s/.ferry", dir);
	if (mkdir(fdir, 0755) == 0)
		l->made_dir = 1;
	else if (errno != EEXIST) {
		int err = errno;
		free(fdir);
		return ferr_set(e, FERR_IO, "%s/.ferry: cannot create: %s", dir, strerror(err));
	}
	struct stat st;
	if (lstat(fdir, &st) != 0 || !S_ISDIR(st.st_mode)) {
		ferr_set(e, FERR_IO, "%s: not a folder (ferry keeps its records and lock there)", fdir);
		free(fdir);
		return -1;
	}
	free(fdir);
	l->path = xasprintf("%s/.ferry/lock", dir);
	double until = timeout > 0 ? now() + timeout : 0;
	int said = 0;
	for (;;) {
		int fd = open_lock(l);
		if (fd < 0) {
			ferr_set(e, FERR_IO, "%s: cannot open: %s", l->path, strerror(errno));
			break;
		}
		if (flock(fd, LOCK_EX | LOCK_NB) == 0) {
			if (same_file(fd, l->path)) {
				l->fd = fd;
				return 0;
			}
			close(fd);   /* removed by the run before: lock the new one */
			continue;
		}
		int err = errno;
		close(fd);
		if (err != EWOULDBLOCK && err != EINTR) {
			ferr_set(e, FERR_IO, "%s: cannot lock: %s", l->path, strerror(err));
			break;
		}
		if (!said && waiting)
			waiting(ctx, dir);
		said = 1;
		if (until && now() >= until) {
			ferr_set(e, FERR_IO, "%s: another ferry run still holds it after %g s (FERRY_LOCK_TIMEOUT)",
				 l->path, timeout);
			break;
		}
		nanosleep(&(struct timespec){0, 50 * 1000 * 1000}, NULL);
	}
	outlock_release_remove(l);
	return -1;
}

void outlock_release(struct outlock *l)
{
	if (l->fd >= 0)
		close(l->fd);
	l->fd = -1;
	free(l->path);
	l->path = NULL;
}

void outlock_release_remove(struct outlock *l)
{
	if (l->path && l->made_file && l->fd >= 0)
		unlink(l->path);
	if (l->path && l->made_dir) {
		char *slash = strrchr(l->path, '/');
		*slash = 0;
		rmdir(l->path);   /* only when empty */
		*slash = '/';
	}
	outlock_release(l);
}
