/* Unified diffs by GNU diff (diffutils, essential on Debian): the two texts
 * go to files in a private temporary folder (mode 0700), diff runs without
 * a shell, its output is read back under a cap, and the folder is removed.
 * Paths in the archive never become file names: the files are "a" and "b",
 * the archive path only appears as diff's --label. */
#include <errno.h>
#include <fcntl.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "review.h"
#include "../core/util.h"
#include "../fetch/localfile.h"

#define MAX_DIFF (1u << 20)

extern char **environ;

static int write_file(const char *path, const char *data, size_t len)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0600);
	if (fd < 0)
		return -1;
	size_t off = 0;
	while (off < len) {
		ssize_t n = write(fd, data + off, len - off);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0) {
			close(fd);
			return -1;
		}
		off += (size_t)n;
	}
	return close(fd);
}

int diff_unified(const char *path, const char *a, size_t alen, const char *b, size_t blen, char **out,
		 struct ferr *e)
{
	*out = NULL;
	if (alen == blen && memcmp(a, b, alen) == 0)
		return 0;
	const char *tmp = getenv("TMPDIR");
	char *dir = xasprintf("%s/ferry-review.XXXXXX", tmp && *tmp ? tmp : "/tmp");
	char *fa = NULL, *fb = NULL, *fo = NULL, *la = NULL, *lb = NULL;
	int rc = -1;
	if (!mkdtemp(dir)) {
		ferr_set(e, FERR_IO, "%s: diff: cannot create a temporary folder in %s", path, tmp && *tmp ? tmp : "/tmp");
		free(dir);
		return -1;
	}
	fa = xasprintf("%s/a", dir), fb = xasprintf("%s/b", dir), fo = xasprintf("%s/out", dir);
	la = xasprintf("a/%s", path), lb = xasprintf("b/%s", path);
	if (write_file(fa, a, alen) != 0 || write_file(fb, b, blen) != 0) {
		ferr_set(e, FERR_IO, "%s: diff: cannot write the temporary files in %s: %s", path, dir, strerror(errno));
		goto out;
	}
	posix_spawn_file_actions_t fact;
	posix_spawn_file_actions_init(&fact);
	posix_spawn_file_actions_addopen(&fact, 1, fo, O_WRONLY | O_CREAT | O_EXCL, 0600);
	posix_spawn_file_actions_addopen(&fact, 0, "/dev/null", O_RDONLY, 0);
	char *argv[] = {"diff", "-u", "--label", la, "--label", lb, "--", fa, fb, NULL};
	pid_t pid;
	int err = posix_spawnp(&pid, "diff", &fact, NULL, argv, environ);
	posix_spawn_file_actions_destroy(&fact);
	if (err != 0) {
		ferr_set(e, FERR_IO, "%s: diff: cannot run GNU diff: %s", path, strerror(err));
		goto out;
	}
	int st;
	while (waitpid(pid, &st, 0) < 0 && errno == EINTR)
		;
	if (!WIFEXITED(st) || WEXITSTATUS(st) > 1) {
		ferr_set(e, FERR_IO, "%s: diff: GNU diff failed", path);
		goto out;
	}
	struct stat sb;
	if (stat(fo, &sb) == 0 && (size_t)sb.st_size > MAX_DIFF) {
		*out = xasprintf("--- a/%s\n+++ b/%s\n(a diff of %lld bytes, over %u: not shown)\n", path, path,
				 (long long)sb.st_size, MAX_DIFF);
	} else {
		size_t n;
		*out = localfile_read(fo, MAX_DIFF, &n);
		if (!*out) {
			ferr_set(e, FERR_IO, "%s: diff: cannot read its output: %s", path, strerror(errno));
			goto out;
		}
	}
	rc = 0;
out:
	unlink(fa), unlink(fb), unlink(fo);
	rmdir(dir);
	free(dir), free(fa), free(fb), free(fo), free(la), free(lb);
	return rc;
}
