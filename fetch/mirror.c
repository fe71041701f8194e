/* The mirror's store (mirror.h). */
#define _XOPEN_SOURCE 700   /* realpath */
#include "mirror.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "digest.h"
#include "files.h"
#include "localfile.h"
#include "../core/util.h"

#define MAX_ARTIFACT ((size_t)256 << 20)

static void waiting(void *ctx, const char *dir)
{
	(void)ctx;
	fprintf(stderr, "ferry: waiting for another ferry run on %s\n", dir);
}

/* 1 when dir holds nothing, or only what a mirror run that wrote no
 * document leaves (.ferry with its lock, store/) */
static int empty_or_ours(const char *dir)
{
	DIR *d = opendir(dir);
	int ok = d != NULL;
	for (struct dirent *de; ok && (de = readdir(d));)
		ok = strcmp(de->d_name, ".") == 0 || strcmp(de->d_name, "..") == 0 || strcmp(de->d_name, ".ferry") == 0 ||
		     strcmp(de->d_name, "store") == 0;
	if (d)
		closedir(d);
	return ok;
}

int mirror_open(struct mirror *m, const char *dir, const char *url, struct ferr *e)
{
	memset(m, 0, sizeof *m);
	m->lock.fd = -1;
	size_t n = strlen(dir);
	while (n > 1 && dir[n - 1] == '/')
		n--;
	m->dir = xstrndup(dir, n);
	if (files_mkdirs_made(m->dir, 0755, &m->made) != 0) {
		ferr_set(e, FERR_IO, "mirror %s: cannot create it: %s", m->dir, strerror(errno));
		goto fail;
	}
	char *kept = NULL;
	size_t kl;
	if (mirror_read(m, ".ferry/mirror.url", 4096, &kept, &kl, e) != 0)
		goto fail;
	if (!kept && !m->made && !empty_or_ours(m->dir)) {   /* never write over what is not ferry's */
		ferr_set(e, FERR_USAGE, "mirror %s: a folder that is not a mirror (no .ferry/mirror.url) and not empty: "
			 "give a new or empty one", m->dir);
		goto fail;
	}
	if (outlock_take(&m->lock, m->dir, 600, waiting, NULL, e) != 0) {
		free(kept);
		goto fail;
	}
	if (kept)
		kept[strcspn(kept, "\n")] = 0;
	char *want = url ? (url[strlen(url) - 1] == '/' ? xstrdup(url) : xasprintf("%s/", url)) : NULL;
	if (kept && want && strcmp(kept, want) != 0) {
		ferr_set(e, FERR_USAGE, "mirror %s: --url %s, but its documents name %s", m->dir, want, kept);
		free(kept), free(want);
		goto fail;
	}
	char *abs = kept || want ? NULL : realpath(m->dir, NULL);
	m->url = kept ? kept : want ? want : xasprintf("file://%s/", abs ? abs : m->dir);
	free(abs);
	if (kept)
		free(want);
	m->url_kept = kept != NULL;
	return 0;
fail:
	mirror_close(m);
	return -1;
}

void mirror_close(struct mirror *m)
{
	if (m->lock.fd >= 0 && !m->url_kept)
		outlock_release_remove(&m->lock);   /* a first run that wrote no document */
	else if (m->lock.fd >= 0)
		outlock_release(&m->lock);
	if (!m->url_kept && m->made)
		files_unmake(m->dir, m->made);
	free(m->dir), free(m->url), free(m->made);
	memset(m, 0, sizeof *m);
	m->lock.fd = -1;
}

static char *store_path(const struct mirror *m, const char *sha)
{
	return xasprintf("%s/store/sha256/%.2s/%s", m->dir, sha, sha);
}

/* the folder of path made */
static int parent(const char *path, struct ferr *e)
{
	char *d = xstrdup(path);
	char *slash = strrchr(d, '/');
	if (slash)
		*slash = 0;
	int rc = files_mkdirs(d, 0755) == 0 ? 0 : ferr_set(e, FERR_IO, "mirror: %s: %s", d, strerror(errno));
	free(d);
	return rc;
}

int mirror_store(struct mirror *m, const void *data, size_t len, char **sha256, struct ferr *e)
{
	*sha256 = digest_hex(DIGEST_SHA256, data, len);
	char *path = store_path(m, *sha256);
	int rc = 0;
	size_t have;
	char *old = localfile_read(path, MAX_ARTIFACT, &have);
	if (old) {
		if (have != len || memcmp(old, data, len) != 0)
			rc = ferr_set(e, FERR_INTEGRITY, "mirror: %s: the stored file is not the bytes of its name", path);
	} else if (parent(path, e) != 0 || files_write_atomic(path, data, len, 0444, FILES_DURABLE) != 0) {
		rc = ferr_set(e, FERR_IO, "mirror: %s: %s", path, strerror(errno));
	}
	free(old), free(path);
	if (rc != 0) {
		free(*sha256);
		*sha256 = NULL;
	}
	return rc;
}

int mirror_place(struct mirror *m, const char *sha256, const char *rel, struct ferr *e)
{
	char *from = store_path(m, sha256), *to = xasprintf("%s/%s", m->dir, rel);
	char *tmp = xasprintf("%s.ferry-tmp", to);
	int rc = parent(to, e);
	if (rc == 0) {
		unlink(tmp);
		if (link(from, tmp) != 0) {   /* no links here: a copy */
			size_t len;
			char *data = localfile_read(from, MAX_ARTIFACT, &len);
			rc = data && files_write_atomic(to, data, len, 0444, FILES_DURABLE) == 0
				     ? 0 : ferr_set(e, FERR_IO, "mirror: %s: %s", to, strerror(errno));
			free(data);
		} else if (rename(tmp, to) != 0) {
			rc = ferr_set(e, FERR_IO, "mirror: %s: %s", to, strerror(errno));
			unlink(tmp);
		}
	}
	free(from), free(to), free(tmp);
	return rc;
}

int mirror_write(struct mirror *m, const char *rel, const char *data, size_t len, struct ferr *e)
{
	if (!m->url_kept) {   /* before the first document that names it */
		char *line = xasprintf("%s\n", m->url), *up = xasprintf("%s/.ferry/mirror.url", m->dir);
		int urc = parent(up, e) == 0 && files_write_atomic(up, line, strlen(line), 0644, FILES_DURABLE) == 0
				  ? 0 : ferr_set(e, FERR_IO, "mirror: %s: %s", up, strerror(errno));
		free(line), free(up);
		if (urc != 0)
			return -1;
		m->url_kept = 1;
	}
	char *path = xasprintf("%s/%s", m->dir, rel);
	int rc = parent(path, e);
	if (rc == 0 && files_write_atomic(path, data, len, 0644, FILES_DURABLE) != 0)
		rc = ferr_set(e, FERR_IO, "mirror: %s: %s", path, strerror(errno));
	free(path);
	return rc;
}

int mirror_read(const struct mirror *m, const char *rel, size_t max, char **data, size_t *len, struct ferr *e)
{
	char *path = xasprintf("%s/%s", m->dir, rel);
	int rc = localfile_config(path, max, data, len, e);
	free(path);
	return rc;
}

int mirror_check_store(const char *dir, char **bad, size_t *count, struct ferr *e)
{
	*bad = NULL;
	*count = 0;
	char *top = xasprintf("%s/store/sha256", dir);
	DIR *d = opendir(top);
	if (!d) {
		int rc = errno == ENOENT ? 0 : ferr_set(e, FERR_IO, "mirror: %s: %s", top, strerror(errno));
		free(top);
		return rc;
	}
	struct strv subs = {0};
	for (struct dirent *de; (de = readdir(d));)
		if (de->d_name[0] != '.')
			strv_add(&subs, de->d_name);
	closedir(d);
	strv_sort(&subs);
	for (size_t i = 0; i < subs.n && !*bad; i++) {
		char *sub = xasprintf("%s/%s", top, subs.v[i]);
		DIR *s = opendir(sub);
		struct strv names = {0};
		for (struct dirent *de; s && (de = readdir(s));)
			if (de->d_name[0] != '.')
				strv_add(&names, de->d_name);
		if (s)
			closedir(s);
		strv_sort(&names);
		for (size_t k = 0; k < names.n && !*bad; k++) {
			char *path = xasprintf("%s/%s", sub, names.v[k]);
			size_t len;
			char *data = localfile_read(path, MAX_ARTIFACT, &len);
			char *hex = data ? digest_hex(DIGEST_SHA256, data, len) : NULL;
			if (!hex || strcmp(hex, names.v[k]) != 0 || strncmp(names.v[k], subs.v[i], 2) != 0)
				*bad = xasprintf("%s: %s", path, hex ? "its sha256 is not its name" : "unreadable");
			(*count)++;
			free(data), free(hex), free(path);
		}
		strv_free(&names);
		free(sub);
	}
	strv_free(&subs);
	free(top);
	return 0;
}
