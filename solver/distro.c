#include "distro.h"

#include <archive.h>
#include <errno.h>
#include <fcntl.h>
#include <glob.h>
#include <solv/knownid.h>
#include <solv/repo_deb.h>
#include <solv/repo_rpmmd.h>
#include <solv/repo_solv.h>
#include <solv/repo_write.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "statidx.h"
#include "../fetch/digest.h"

/* the .solv files' format: ferry's keys (solv_key below) changed -> new number */
#define SOLV_VERSION "2"

int distro_sniff(const char *data, size_t len)
{
	size_t i = 0;
	while (i < len && (data[i] == ' ' || data[i] == '\n' || data[i] == '\r' || data[i] == '\t'))
		i++;
	if (len - i >= 8 && memcmp(data + i, "Package:", 8) == 0)
		return DISTRO_DEB;
	if (len - i >= 5 && memcmp(data + i, "<?xml", 5) == 0) {
		size_t n = len - i < 4096 ? len - i : 4096;
		for (size_t k = i; k + 9 <= i + n; k++)
			if (memcmp(data + k, "<metadata", 9) == 0)
				return DISTRO_RPM;
	}
	return -1;
}

const char *distro_how_str(enum distro_how how)
{
	switch (how) {
	case DISTRO_PARSED: return "parsed";
	case DISTRO_CACHED: return "cached";
	case DISTRO_CACHED_STAT: return "cached-by-stat";
	}
	return "?";
}

/* The index as it lies on disk (compressed bytes), with its stat before
 * and after the read: a file written meanwhile shows in the difference. */
static int read_file(const char *path, struct buf *out, struct stat *before, struct stat *after, struct ferr *e)
{
	int fd = open(path, O_RDONLY);
	if (fd < 0)
		return ferr_set(e, FERR_IO, "distribution index %s: %s", path, strerror(errno));
	int rc = -1;
	if (fstat(fd, before) != 0) {
		ferr_set(e, FERR_IO, "distribution index %s: %s", path, strerror(errno));
		goto out;
	}
	char chunk[1 << 16];
	ssize_t n;
	while ((n = read(fd, chunk, sizeof chunk)) > 0) {
		if (out->len + (size_t)n > DISTRO_MAX_INDEX) {
			ferr_set(e, FERR_INPUT, "distribution index %s: larger than %zu bytes", path, DISTRO_MAX_INDEX);
			goto out;
		}
		buf_add(out, chunk, (size_t)n);
	}
	if (n < 0 || fstat(fd, after) != 0) {
		ferr_set(e, FERR_IO, "distribution index %s: %s", path, strerror(errno));
		goto out;
	}
	rc = 0;
out:
	close(fd);
	return rc;
}

/* Those bytes through any compression libarchive knows. */
static int decompress(const char *path, const struct buf *in, struct buf *out, struct ferr *e)
{
	struct archive *a = archive_read_new();
	archive_read_support_filter_all(a);
	archive_read_support_format_raw(a);
	struct archive_entry *ent;
	int rc = -1;
	if (archive_read_open_memory(a, in->p ? in->p : "", in->len) != ARCHIVE_OK ||
	    archive_read_next_header(a, &ent) != ARCHIVE_OK) {
		/* libarchive's raw reader has no header for an empty file */
		if (in->len == 0)
			rc = 0;
		else
			ferr_set(e, FERR_INPUT, "distribution index %s: %s", path, archive_error_string(a));
		goto out;
	}
	char chunk[1 << 16];
	la_ssize_t n;
	while ((n = archive_read_data(a, chunk, sizeof chunk)) > 0) {
		if (out->len + (size_t)n > DISTRO_MAX_INDEX) {
			ferr_set(e, FERR_INPUT, "distribution index %s: larger than %zu bytes uncompressed", path,
				 DISTRO_MAX_INDEX);
			goto out;
		}
		buf_add(out, chunk, (size_t)n);
	}
	if (n < 0) {
		ferr_set(e, FERR_INPUT, "distribution index %s: %s", path, archive_error_string(a));
		goto out;
	}
	rc = 0;
out:
	archive_read_free(a);
	return rc;
}

static char *cache_dir(void)
{
	const char *x = getenv("XDG_CACHE_HOME"), *h = getenv("HOME");
	if (x && *x)
		return xasprintf("%s/ferry/solv", x);
	if (h && *h)
		return xasprintf("%s/.cache/ferry/solv", h);
	return NULL;
}

static void mkdirs(const char *dir)
{
	char *d = xstrdup(dir);
	for (char *p = d + 1; *p; p++)
		if (*p == '/') {
			*p = 0;
			mkdir(d, 0755);
			*p = '/';
		}
	mkdir(d, 0755);
	free(d);
}

static char *solv_name(const char *sha, enum distro_kind kind)
{
	return xasprintf("%s." SOLV_VERSION ".%s.solv", sha, kind == DISTRO_DEB ? "deb" : "rpm");
}

static int from_cache(Repo *repo, const char *dir, const char *name)
{
	char *file = xasprintf("%s/%s", dir, name);
	FILE *f = fopen(file, "rb");
	free(file);
	if (!f)
		return -1;
	int r = repo_add_solv(repo, f, 0);
	fclose(f);
	if (r != 0)
		repo_empty(repo, 1);
	return r == 0 ? 0 : -1;
}

/* What the cache keeps of a package: what solving and names recovery read */
static int solv_key(Repo *repo, Repokey *key, void *kfdata)
{
	switch (key->name) {
	case SOLVABLE_NAME: case SOLVABLE_ARCH: case SOLVABLE_EVR: case SOLVABLE_VENDOR:
	case SOLVABLE_PROVIDES: case SOLVABLE_OBSOLETES: case SOLVABLE_CONFLICTS: case SOLVABLE_REQUIRES:
	case SOLVABLE_RECOMMENDS: case SOLVABLE_SUGGESTS: case SOLVABLE_SUPPLEMENTS: case SOLVABLE_ENHANCES:
	case SOLVABLE_FILELIST: case SOLVABLE_MULTIARCH: case SOLVABLE_SOURCENAME: case SOLVABLE_SOURCEEVR:
	case SOLVABLE_SOURCEARCH:
		return repo_write_stdkeyfilter(repo, key, kfdata);
	default:
		return KEY_STORAGE_DROPPED;
	}
}

/* Written under a temporary name and renamed: a reader sees all or nothing. */
static int to_cache(Repo *repo, const char *dir, const char *name)
{
	mkdirs(dir);
	char *file = xasprintf("%s/%s", dir, name);
	char *tmp = xasprintf("%s.XXXXXX", file);
	int fd = mkstemp(tmp), ok = 0;
	if (fd >= 0) {
		FILE *f = fdopen(fd, "wb");
		if (f) {
			int bad = repo_write_filtered(repo, f, solv_key, NULL, NULL) != 0;
			bad |= fclose(f) != 0;
			ok = !bad && rename(tmp, file) == 0;
		} else {
			close(fd);
		}
		if (!ok)
			unlink(tmp);
	}
	free(tmp);
	free(file);
	return ok ? 0 : -1;
}

/* path made absolute against the working directory (not resolved: stat
 * follows links, and the signature names the file itself); trailing '/'
 * dropped.  NULL if the working directory cannot be named. */
static char *abs_path(const char *path)
{
	struct buf b = {0};
	if (path[0] != '/') {
		char *cwd = NULL;
		for (size_t cap = 256; cap <= ((size_t)1 << 20) && !cwd; cap *= 2) {
			cwd = xmalloc(cap);
			if (!getcwd(cwd, cap)) {
				free(cwd);
				cwd = NULL;
				if (errno != ERANGE)
					return NULL;
			}
		}
		if (!cwd)
			return NULL;
		buf_adds(&b, cwd);
		if (strcmp(cwd, "/") != 0)
			buf_addc(&b, '/');
		free(cwd);
	}
	buf_adds(&b, path);
	while (b.len > 1 && b.p[b.len - 1] == '/')
		b.p[--b.len] = 0;
	return buf_steal(&b);
}

static int same_stat(const struct stat *a, const struct stat *b)
{
	return a->st_dev == b->st_dev && a->st_ino == b->st_ino && a->st_size == b->st_size &&
	       a->st_mtim.tv_sec == b->st_mtim.tv_sec && a->st_mtim.tv_nsec == b->st_mtim.tv_nsec &&
	       a->st_ctim.tv_sec == b->st_ctim.tv_sec && a->st_ctim.tv_nsec == b->st_ctim.tv_nsec;
}

/* An index file: by stat, else by the sha256 of its bytes, else parsed. */
static int load_file(Pool *pool, const char *path, const char *dir, struct distro_load *out, struct ferr *e)
{
	char *key = dir ? abs_path(path) : NULL;
	struct buf sig = {0}, raw = {0}, data = {0};
	char *name = NULL;
	int rc = -1;
	struct stat st, after;
	out->repo = repo_create(pool, path);
	if (key && stat(key, &st) == 0 && S_ISREG(st.st_mode)) {
		char solv[STATIDX_NAME];
		statidx_sig(&sig, &st);
		if (statidx_find(dir, key, sig.p, solv) == 0 && from_cache(out->repo, dir, solv) == 0) {
			out->kind = strstr(solv, ".rpm.solv") ? DISTRO_RPM : DISTRO_DEB;
			out->how = DISTRO_CACHED_STAT;
			out->sha256 = xstrndup(solv, strcspn(solv, "."));
			rc = 0;
			goto done;
		}
	}
	long long start = statidx_now();
	if (read_file(path, &raw, &st, &after, e) != 0)
		goto done;
	out->sha256 = digest_hex(DIGEST_SHA256, raw.p ? raw.p : "", raw.len);
	int kind = -1;
	for (int k = 0; dir && k < 2 && kind < 0; k++) {
		name = solv_name(out->sha256, k == 0 ? DISTRO_DEB : DISTRO_RPM);
		if (from_cache(out->repo, dir, name) == 0) {
			kind = k == 0 ? DISTRO_DEB : DISTRO_RPM;
		} else {
			free(name);
			name = NULL;
		}
	}
	if (kind >= 0) {
		out->how = DISTRO_CACHED;
	} else {
		if (decompress(path, &raw, &data, e) != 0)
			goto done;
		buf_free(&raw);
		kind = distro_sniff(data.p ? data.p : "", data.len);
		if (kind < 0) {
			ferr_set(e, FERR_INPUT, "distribution index %s: neither a Debian Packages file nor rpm-md primary.xml",
				 path);
			goto done;
		}
		FILE *f = fmemopen(data.p, data.len, "r");
		if (!f) {
			ferr_set(e, FERR_IO, "distribution index %s: %s", path, strerror(errno));
			goto done;
		}
		int r = kind == DISTRO_DEB ? repo_add_debpackages(out->repo, f, 0) : repo_add_rpmmd(out->repo, f, NULL, 0);
		fclose(f);
		if (r != 0) {
			ferr_set(e, FERR_INPUT, "distribution index %s: %s", path, pool_errstr(pool));
			goto done;
		}
		repo_internalize(out->repo);
		out->how = DISTRO_PARSED;
		name = solv_name(out->sha256, (enum distro_kind)kind);
		out->stored = dir && to_cache(out->repo, dir, name) == 0;
	}
	out->kind = (enum distro_kind)kind;
	/* remembered by stat only when what was read is what the stat says */
	if (key && S_ISREG(after.st_mode) && same_stat(&st, &after) && statidx_settled(&after, start) &&
	    (out->how == DISTRO_CACHED || out->stored)) {
		buf_free(&sig);
		statidx_sig(&sig, &after);
		statidx_record(dir, key, sig.p, name);
	}
	rc = 0;
done:
	free(name);
	buf_free(&sig);
	buf_free(&raw);
	buf_free(&data);
	free(key);
	return rc;
}

int distro_load(Pool *pool, const char *path, struct distro_load *out, struct ferr *e)
{
	memset(out, 0, sizeof *out);
	char *dir = cache_dir();
	int rc = load_file(pool, path, dir, out, e);
	free(dir);
	return rc;
}

void distro_load_free(struct distro_load *l)
{
	free(l->sha256);
	l->sha256 = NULL;
}

void distro_default_indexes(struct strv *out)
{
	glob_t g;
	if (glob("/var/lib/apt/lists/*_Packages*", 0, NULL, &g) == 0)
		for (size_t i = 0; i < g.gl_pathc; i++)
			if (!str_endswith(g.gl_pathv[i], ".diff_Index"))
				strv_add(out, g.gl_pathv[i]);
	globfree(&g);
	strv_sort(out);
}
