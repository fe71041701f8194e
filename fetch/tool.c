/* Text tools of the system on texts in memory (tool.h). */
#include <errno.h>
#include <fcntl.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "tool.h"
#include "localfile.h"
#include "../core/util.h"

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

/* argv with "@K" replaced by the path of input K (the strings in paths) */
static char **arguments(char *const argv[], char *const *paths, size_t n)
{
	size_t argc = 0;
	while (argv[argc])
		argc++;
	char **v = xcalloc(argc + 1, sizeof *v);
	for (size_t i = 0; i < argc; i++) {
		const char *a = argv[i];
		int input = a[0] == '@' && a[1] >= '0' && a[1] <= '9' && !a[2] && (size_t)(a[1] - '0') < n;
		v[i] = input ? paths[a[1] - '0'] : (char *)a;
	}
	return v;
}

static int spawn_wait(const char *what, char *const argv[], const char *outpath, int *status, struct ferr *e)
{
	posix_spawn_file_actions_t fact;
	posix_spawn_file_actions_init(&fact);
	posix_spawn_file_actions_addopen(&fact, 1, outpath, O_WRONLY | O_CREAT | O_EXCL, 0600);
	posix_spawn_file_actions_addopen(&fact, 0, "/dev/null", O_RDONLY, 0);
	pid_t pid;
	int err = posix_spawnp(&pid, argv[0], &fact, NULL, argv, environ);
	posix_spawn_file_actions_destroy(&fact);
	if (err != 0)
		return ferr_set(e, FERR_IO, "%s: cannot run %s: %s", what, argv[0], strerror(err));
	int st;
	while (waitpid(pid, &st, 0) < 0 && errno == EINTR)
		;
	if (!WIFEXITED(st))
		return ferr_set(e, FERR_IO, "%s: %s killed by signal %d", what, argv[0],
				WIFSIGNALED(st) ? WTERMSIG(st) : 0);
	*status = WEXITSTATUS(st);
	return 0;
}

int tool_run(const char *what, char *const argv[], const struct tool_text *in, size_t n, size_t max, char **out, size_t *outsize,
	     int *status, struct ferr *e)
{
	*out = NULL, *outsize = 0, *status = -1;
	if (n > 10)
		return ferr_set(e, FERR_IO, "%s: more than 10 inputs", what);
	const char *tmp = getenv("TMPDIR");
	if (!tmp || !*tmp)
		tmp = "/tmp";
	char *dir = xasprintf("%s/ferry-tool.XXXXXX", tmp);
	if (!mkdtemp(dir)) {
		ferr_set(e, FERR_IO, "%s: cannot create a temporary folder in %s: %s", what, tmp, strerror(errno));
		free(dir);
		return -1;
	}
	char *paths[10] = {0};
	char *outpath = xasprintf("%s/out", dir);
	char **args = NULL;
	int rc = -1;
	for (size_t i = 0; i < n; i++) {
		paths[i] = xasprintf("%s/%zu", dir, i);
		if (write_file(paths[i], in[i].data, in[i].len) != 0) {
			ferr_set(e, FERR_IO, "%s: cannot write a temporary file in %s: %s", what, dir, strerror(errno));
			goto out;
		}
	}
	args = arguments(argv, paths, n);
	if (spawn_wait(what, args, outpath, status, e) != 0)
		goto out;
	struct stat sb;
	if (stat(outpath, &sb) != 0) {
		ferr_set(e, FERR_IO, "%s: the output of %s is gone: %s", what, argv[0], strerror(errno));
		goto out;
	}
	*outsize = (size_t)sb.st_size;
	if (*outsize <= max) {
		size_t got;
		*out = localfile_read(outpath, max, &got);
		if (!*out) {
			ferr_set(e, FERR_IO, "%s: cannot read the output of %s: %s", what, argv[0], strerror(errno));
			goto out;
		}
		*outsize = got;
	}
	rc = 0;
out:
	for (size_t i = 0; i < n; i++)
		if (paths[i])
			unlink(paths[i]), free(paths[i]);
	unlink(outpath);
	rmdir(dir);
	free(outpath), free(dir), free(args);
	return rc;
}
