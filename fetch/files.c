/* Filesystem helpers (files.h). */
#include "files.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../core/util.h"

int files_mkdirs(const char *path, mode_t mode)
{
	return files_mkdirs_made(path, mode, NULL);
}

int files_mkdirs_made(const char *path, mode_t mode, char **made)
{
	char *p = xstrdup(path);
	if (made)
		*made = NULL;
	for (char *s = p + 1;; s++) {
		if (*s && *s != '/')
			continue;
		char c = *s;
		*s = 0;
		if (mkdir(p, mode) == 0) {
			if (made && !*made)
				*made = xstrdup(p);
		} else if (errno != EEXIST) {
			free(p);
			return -1;
		}
		*s = c;
		if (!c)
			break;
	}
	free(p);
	return 0;
}

void files_unmake(const char *path, const char *made)
{
	if (!made)
		return;
	size_t n = strlen(made);
	if (strncmp(path, made, n) != 0 || (path[n] && path[n] != '/'))
		return;
	char *p = xstrdup(path);
	for (;;) {
		if (rmdir(p) != 0 || strlen(p) <= n)
			break;
		*strrchr(p, '/') = 0;
	}
	free(p);
}

char *files_cache_dir(const char *sub)
{
	const char *x = getenv("XDG_CACHE_HOME"), *h = getenv("HOME");
	if (x && *x)
		return xasprintf("%s/ferry/%s", x, sub);
	if (h && *h)
		return xasprintf("%s/.cache/ferry/%s", h, sub);
	return NULL;
}

void files_remove_tree(const char *path)
{
	struct stat st;
	if (lstat(path, &st) != 0)
		return;
	if (!S_ISDIR(st.st_mode)) {
		unlink(path);
		return;
	}
	DIR *d = opendir(path);
	if (d) {
		struct dirent *de;
		while ((de = readdir(d))) {
			if (strcmp(de->d_name, ".") == 0 || strcmp(de->d_name, "..") == 0)
				continue;
			char *sub = xasprintf("%s/%s", path, de->d_name);
			files_remove_tree(sub);
			free(sub);
		}
		closedir(d);
	}
	rmdir(path);
}

/* ---- whole files --------------------------------------------------------- */

/* DIR/.BASE.XXXXXX beside path */
static char *temp_for(const char *path)
{
	const char *slash = strrchr(path, '/');
	if (!slash)
		return xasprintf(".%s.XXXXXX", path);
	return xasprintf("%.*s/.%s.XXXXXX", (int)(slash - path), path, slash + 1);
}

int files_sync_dir(const char *dir)
{
	int fd = open(dir, O_RDONLY | O_DIRECTORY);
	if (fd < 0)
		return -1;
	int rc = fsync(fd), err = errno;
	close(fd);
	errno = err;
	return rc;
}

/* the folder path is in */
static int sync_folder(const char *path)
{
	const char *slash = strrchr(path, '/');
	char *dir = slash ? xstrndup(path, (size_t)(slash - path + (slash == path))) : xstrdup(".");
	int rc = files_sync_dir(dir), err = errno;
	free(dir);
	errno = err;
	return rc;
}

/* tmp (written, closed) into place; ok says whether writing it went well */
static int place(const char *path, char *tmp, int ok, int err, unsigned flags)
{
	struct stat st;
	int had = lstat(path, &st) == 0;
	if (ok && rename(tmp, path) != 0)
		ok = 0, err = errno;
	if (!ok) {
		unlink(tmp);
		free(tmp);
		errno = err;
		return -1;
	}
	free(tmp);
	if ((flags & FILES_DURABLE) && sync_folder(path) != 0) {
		err = errno;
		if (!had)
			unlink(path);
		errno = err;
		return -1;
	}
	return 0;
}

int files_write_atomic(const char *path, const void *data, size_t len, mode_t mode, unsigned flags)
{
	char *tmp = temp_for(path);
	int fd = mkstemp(tmp);
	if (fd < 0) {
		int err = errno;
		free(tmp);
		errno = err;
		return -1;
	}
	const char *p = data;
	size_t off = 0;
	int ok = 1, err = 0;
	while (ok && off < len) {
		ssize_t n = write(fd, p + off, len - off);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0)
			ok = 0, err = errno;
		else
			off += (size_t)n;
	}
	if (ok && (fchmod(fd, mode) != 0 || ((flags & FILES_DURABLE) && fsync(fd) != 0)))
		ok = 0, err = errno;
	if (close(fd) != 0 && ok)
		ok = 0, err = errno;
	return place(path, tmp, ok, err, flags);
}

int files_write_atomic_with(const char *path, mode_t mode, unsigned flags, int (*fill)(FILE *f, void *ctx),
			    void *ctx)
{
	char *tmp = temp_for(path);
	int fd = mkstemp(tmp);
	FILE *f = fd >= 0 ? fdopen(fd, "wb") : NULL;
	if (!f) {
		int err = errno;
		if (fd >= 0) {
			close(fd);
			unlink(tmp);
		}
		free(tmp);
		errno = err;
		return -1;
	}
	int ok = fill(f, ctx) == 0 && fflush(f) == 0 && !ferror(f);
	int err = ok ? 0 : errno ? errno : EIO;
	if (ok && (fchmod(fd, mode) != 0 || ((flags & FILES_DURABLE) && fsync(fd) != 0)))
		ok = 0, err = errno;
	if (fclose(f) != 0 && ok)
		ok = 0, err = errno;
	return place(path, tmp, ok, err, flags);
}
