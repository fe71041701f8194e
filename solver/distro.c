#include "distro.h"

#include <archive.h>
#include <errno.h>
#include <glob.h>
#include <solv/repo_deb.h>
#include <solv/repo_rpmmd.h>
#include <solv/repo_solv.h>
#include <solv/repo_write.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../fetch/digest.h"

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

/* The whole file, through any compression libarchive knows. */
static int slurp(const char *path, struct buf *out, struct ferr *e)
{
	struct archive *a = archive_read_new();
	archive_read_support_filter_all(a);
	archive_read_support_format_raw(a);
	struct archive_entry *ent;
	int rc = -1;
	if (archive_read_open_filename(a, path, 1 << 16) != ARCHIVE_OK || archive_read_next_header(a, &ent) != ARCHIVE_OK) {
		ferr_set(e, FERR_IO, "distribution index %s: %s", path, archive_error_string(a));
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

/* sha256 of the file as it lies on disk: no decompression on a cache hit */
static char *file_sha256(const char *path, struct ferr *e)
{
	FILE *f = fopen(path, "rb");
	if (!f) {
		ferr_set(e, FERR_IO, "distribution index %s: %s", path, strerror(errno));
		return NULL;
	}
	struct buf b = {0};
	char chunk[1 << 16];
	size_t n;
	while ((n = fread(chunk, 1, sizeof chunk, f)) > 0 && b.len <= DISTRO_MAX_INDEX)
		buf_add(&b, chunk, n);
	fclose(f);
	char *h = digest_hex(DIGEST_SHA256, b.p ? b.p : "", b.len);
	buf_free(&b);
	return h;
}

static int from_cache(Repo *repo, const char *file)
{
	FILE *f = fopen(file, "rb");
	if (!f)
		return -1;
	int r = repo_add_solv(repo, f, 0);
	fclose(f);
	return r == 0 ? 0 : -1;
}

static void to_cache(Repo *repo, const char *dir, const char *file)
{
	mkdirs(dir);
	char *tmp = xasprintf("%s.%ld.tmp", file, (long)getpid());
	FILE *f = fopen(tmp, "wb");
	if (f) {
		int bad = repo_write(repo, f) != 0;
		bad |= fclose(f) != 0;
		if (bad || rename(tmp, file) != 0)
			unlink(tmp);
	}
	free(tmp);
}

int distro_load(Pool *pool, const char *path, struct distro_load *out, struct ferr *e)
{
	memset(out, 0, sizeof *out);
	out->sha256 = file_sha256(path, e);
	if (!out->sha256)
		return -1;
	char *dir = cache_dir();
	int rc = -1;
	struct buf data = {0};
	out->repo = repo_create(pool, path);
	for (int k = 0; dir && k < 2; k++) {
		char *file = xasprintf("%s/%s.%s.solv", dir, out->sha256, k == 0 ? "deb" : "rpm");
		int hit = from_cache(out->repo, file) == 0;
		free(file);
		if (hit) {
			out->kind = k == 0 ? DISTRO_DEB : DISTRO_RPM;
			out->cached = 1;
			rc = 0;
			goto done;
		}
	}
	if (slurp(path, &data, e) != 0)
		goto done;
	int kind = distro_sniff(data.p ? data.p : "", data.len);
	if (kind < 0) {
		ferr_set(e, FERR_INPUT, "distribution index %s: neither a Debian Packages file nor rpm-md primary.xml", path);
		goto done;
	}
	out->kind = (enum distro_kind)kind;
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
	if (dir) {
		char *file = xasprintf("%s/%s.%s.solv", dir, out->sha256, kind == DISTRO_DEB ? "deb" : "rpm");
		to_cache(out->repo, dir, file);
		free(file);
	}
	rc = 0;
done:
	buf_free(&data);
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
