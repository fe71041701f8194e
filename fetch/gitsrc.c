/* A git tree at a commit, in memory (gitsrc.h). */
#define _XOPEN_SOURCE 700
#include "gitsrc.h"

#include <errno.h>
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "tool.h"
#include "../core/util.h"

#define MAX_TAR ((size_t)256 << 20)

int gitsrc_is_commit(const char *s)
{
	size_t n = s ? strlen(s) : 0;
	return n >= 7 && n <= 64 && strspn(s, "0123456789abcdef") == n;
}

static int rm_one(const char *path, const struct stat *sb, int flag, struct FTW *ftw)
{
	(void)sb, (void)flag, (void)ftw;
	remove(path);
	return 0;
}

/* git with args after "-C repo" (or "--git-dir repo" for a bare clone):
 * 0 with status and output */
static int git(const char *repo, int bare, const char *const *args, size_t nargs, size_t max, char **out, size_t *len,
	       int *status, struct ferr *e)
{
	char *argv[16];
	size_t k = 0;
	argv[k++] = "git";
	argv[k++] = bare ? "--git-dir" : "-C";
	argv[k++] = (char *)repo;
	for (size_t i = 0; i < nargs && k < 15; i++)
		argv[k++] = (char *)args[i];
	argv[k] = NULL;
	return tool_run("git", argv, NULL, 0, max, out, len, status, e);
}

/* the full commit ref names in repo, or NULL */
static char *resolve(const char *repo, int bare, const char *ref, struct ferr *e)
{
	char *spec = xasprintf("%s^{commit}", ref);
	const char *args[] = {"rev-parse", "--verify", "--quiet", "--end-of-options", spec};
	char *out = NULL;
	size_t len;
	int status;
	char *full = NULL;
	if (git(repo, bare, args, 5, 4096, &out, &len, &status, e) == 0 && status == 0 && out) {
		out[strcspn(out, "\n")] = 0;
		if (gitsrc_is_commit(out))
			full = xstrdup(out);
	}
	free(out), free(spec);
	return full;
}

static int tree(const char *repo, int bare, const char *commit, struct pkgfiles *out, struct ferr *e)
{
	const char *args[] = {"archive", "--format=tar", "--prefix=src/", commit};
	char *tar = NULL;
	size_t len;
	int status;
	if (git(repo, bare, args, 4, MAX_TAR, &tar, &len, &status, e) != 0)
		return -1;
	int rc = -1;
	char *what = xasprintf("source %s at %.12s", repo, commit);
	if (status != 0 || !tar)
		ferr_set(e, FERR_INPUT, "%s: git archive failed%s", what, tar ? "" : " (over 256 MiB)");
	else
		rc = archive_read(tar, len, &archive_default_limits, archive_keep_all, NULL, what, out, e);
	free(tar), free(what);
	return rc;
}

int gitsrc_tree(const char *source, const char *commit, const char *const *refs, size_t nrefs,
		struct pkgfiles *out, char **full, struct ferr *e)
{
	memset(out, 0, sizeof *out);
	*full = NULL;
	if (commit && !gitsrc_is_commit(commit))
		return ferr_set(e, FERR_INPUT, "source: '%.80s' is not a commit's hex name", commit);
	struct stat sb;
	int local = stat(source, &sb) == 0 && S_ISDIR(sb.st_mode);
	char *tmp = NULL, *repo = NULL;
	int rc = -1;
	if (local) {
		repo = xstrdup(source);
	} else {
		const char *t = getenv("TMPDIR");
		tmp = xasprintf("%s/ferry-git.XXXXXX", t && *t ? t : "/tmp");
		if (!mkdtemp(tmp)) {
			ferr_set(e, FERR_IO, "source: cannot create a temporary folder: %s", strerror(errno));
			free(tmp);
			return -1;
		}
		repo = xasprintf("%s/repo", tmp);
		char *argv[] = {"git", "clone", "--bare", "--quiet", "--", (char *)source, repo, NULL};
		char *o = NULL;
		size_t ol;
		int status;
		if (tool_run("git clone", argv, NULL, 0, 1 << 20, &o, &ol, &status, e) != 0)
			goto out;
		free(o);
		if (status != 0) {
			ferr_set(e, FERR_NET, "source %s: git clone failed (exit %d)", source, status);
			goto out;
		}
	}
	for (size_t i = 0; !*full && i < (commit ? 1 : nrefs); i++)
		*full = resolve(repo, !local, commit ? commit : refs[i], e);
	if (!*full) {
		struct buf b = {0};
		for (size_t i = 0; !commit && i < nrefs; i++)
			buf_printf(&b, "%s%s", i ? ", " : "", refs[i]);
		ferr_set(e, FERR_INPUT, "source %s: %s%s not there", source, commit ? "commit " : "none of the tags ",
			 commit ? commit : b.p ? b.p : "(none)");
		buf_free(&b);
		goto out;
	}
	rc = tree(repo, !local, *full, out, e);
out:
	if (rc != 0) {
		free(*full);
		*full = NULL;
	}
	if (tmp) {
		nftw(tmp, rm_one, 16, FTW_DEPTH | FTW_PHYS);
		free(tmp);
	}
	free(repo);
	return rc;
}
