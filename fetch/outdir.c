#include "outdir.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../core/util.h"
#include "files.h"

char *mkdtemp(char *template);   /* POSIX 2008; glibc hides it under strict C11 */

static int write_file(const char *path, const struct outfile *f)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_EXCL, f->mode);
	if (fd < 0)
		return -1;
	size_t off = 0;
	while (off < f->len) {
		ssize_t n = write(fd, f->data + off, f->len - off);
		if (n < 0) {
			if (errno == EINTR)
				continue;
			close(fd);
			return -1;
		}
		off += (size_t)n;
	}
	/* on disk before the tree is renamed into place: the output counts */
	if (fchmod(fd, (mode_t)f->mode) != 0 || fsync(fd) != 0) {
		int err = errno;
		close(fd);
		errno = err;
		return -1;
	}
	if (close(fd) != 0)
		return -1;
	return 0;
}

int outtree_commit(const struct outtree *t, const char *dir, struct ferr *e)
{
	char *made = NULL;   /* the folders this run created: gone again on failure */
	if (files_mkdirs_made(dir, 0755, &made) != 0)
		return ferr_set(e, FERR_IO, "%s: cannot create: %s", dir, strerror(errno));
	char *tmp = xasprintf("%s/.ferry-new-XXXXXX", dir);
	if (!mkdtemp(tmp)) {
		ferr_set(e, FERR_IO, "%s: cannot create a temporary folder: %s", dir, strerror(errno));
		free(tmp);
		files_unmake(dir, made);
		free(made);
		return -1;
	}
	int rc = -1;
	char *old = NULL;
	struct strv tops = {0};
	for (size_t i = 0; i < t->n; i++) {
		const char *rel = t->v[i].path;
		char *path = xasprintf("%s/%s", tmp, rel);
		char *slash = strrchr(path, '/');
		*slash = 0;
		int ok = files_mkdirs(path, 0755) == 0;
		*slash = '/';
		if (!ok || write_file(path, &t->v[i]) != 0) {
			ferr_set(e, FERR_IO, "%s/%s: cannot write: %s", dir, rel, strerror(errno));
			free(path);
			goto out;
		}
		free(path);
		size_t n = strcspn(rel, "/");
		char *top = xstrndup(rel, n);
		if (!strv_has(&tops, top))
			strv_push(&tops, top);
		else
			free(top);
	}
	/* Entries already there are moved aside into one folder first, so a
	 * failure half way can put every one of them back. */
	old = xasprintf("%s/.ferry-old-XXXXXX", dir);
	if (!mkdtemp(old)) {
		ferr_set(e, FERR_IO, "%s: cannot create a temporary folder: %s", dir, strerror(errno));
		goto out;
	}
	size_t placed = 0;
	for (; placed < tops.n; placed++) {
		const char *name = tops.v[placed];
		char *from = xasprintf("%s/%s", tmp, name), *to = xasprintf("%s/%s", dir, name);
		char *aside = xasprintf("%s/%s", old, name);
		struct stat st;
		int ok = (lstat(to, &st) != 0 || rename(to, aside) == 0) && rename(from, to) == 0;
		if (!ok)
			ferr_set(e, FERR_IO, "%s: cannot rename into place: %s", to, strerror(errno));
		free(from), free(to), free(aside);
		if (!ok)
			break;
	}
	if (placed < tops.n) {
		for (size_t k = 0; k <= placed && k < tops.n; k++) {
			char *to = xasprintf("%s/%s", dir, tops.v[k]), *aside = xasprintf("%s/%s", old, tops.v[k]);
			struct stat st;
			if (lstat(aside, &st) == 0) {
				files_remove_tree(to);
				rename(aside, to);
			} else if (k < placed) {
				files_remove_tree(to);
			}
			free(to), free(aside);
		}
		goto out;
	}
	rc = 0;
out:
	files_remove_tree(tmp);
	free(tmp);
	if (old)
		files_remove_tree(old);
	free(old);
	strv_free(&tops);
	if (rc != 0)
		files_unmake(dir, made);
	free(made);
	return rc;
}
