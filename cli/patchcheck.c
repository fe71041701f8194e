/* A tree's patches tried on a new artifact (patchcheck.h). */
#include "patchcheck.h"

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../fetch/archive.h"
#include "../fetch/files.h"
#include "../fetch/localfile.h"
#include "../fetch/tool.h"

#define MAX_PATCH (16u << 20)

struct patch {
	char *path;    /* OUT/TOP/... */
	char *strip;   /* "-p1" */
};

/* quilt's series: "NAME [-pN]" a line, '#' comments */
static void from_series(const char *dir, const char *text, struct patch **v, size_t *n)
{
	for (const char *l = text; *l;) {
		size_t len = strcspn(l, "\n");
		char *line = xstrndup(l, len);
		l += len + (l[len] == '\n');
		char *hash = strchr(line, '#');
		if (hash)
			*hash = 0;
		char *save, *name = strtok_r(line, " \t", &save), *opt = name ? strtok_r(NULL, " \t", &save) : NULL;
		if (name) {
			*v = xrealloc(*v, (*n + 1) * sizeof **v);
			int p = opt && opt[0] == '-' && opt[1] == 'p' && isdigit((unsigned char)opt[2]) && !opt[3];
			(*v)[(*n)++] = (struct patch){xasprintf("%s/%s", dir, name), xstrdup(p ? opt : "-p1")};
		}
		free(line);
	}
}

/* a spec's "PatchN: FILE" lines (FILE may be a URL: its last part) */
static void from_spec(const char *dir, const char *tag, const char *spec, struct patch **v, size_t *n)
{
	size_t tl = strlen(tag);
	for (const char *l = spec; *l;) {
		size_t len = strcspn(l, "\n");
		if (len > tl && strncmp(l, tag, tl) == 0) {
			size_t d = tl + strspn(l + tl, "0123456789");
			if (d < len && l[d] == ':') {
				char *val = xstrndup(l + d + 1, len - d - 1);
				char *s = val + strspn(val, " \t");
				s[strcspn(s, " \t")] = 0;
				const char *base = strrchr(s, '/') ? strrchr(s, '/') + 1 : s;
				if (*base) {
					*v = xrealloc(*v, (*n + 1) * sizeof **v);
					(*v)[(*n)++] = (struct patch){xasprintf("%s/%s", dir, base), xstrdup("-p1")};
				}
				free(val);
			}
		}
		l += len + (l[len] == '\n');
	}
}

/* the artifact's files below dir */
static int unpack(const void *artifact, size_t len, const char *dir, const char *what, struct ferr *e)
{
	struct pkgfiles files = {0};
	if (archive_read(artifact, len, &archive_default_limits, archive_keep_all, NULL, what, &files, e) != 0)
		return -1;
	int rc = 0;
	for (size_t i = 0; i < files.n && rc == 0; i++) {
		const struct pkgfile *f = &files.v[i];
		char *canon = archive_path_canon(f->path);
		if (f->type == 'f' && f->data && canon) {
			char *path = xasprintf("%s/%s", dir, canon);
			char *slash = strrchr(path, '/');
			*slash = 0;
			int ok = files_mkdirs(path, 0700) == 0;
			*slash = '/';
			if (!ok || files_write_atomic(path, f->data, f->len, 0600, 0) != 0)
				rc = ferr_set(e, FERR_IO, "%s: cannot write %s: %s", what, path, strerror(errno));
			free(path);
		}
		free(canon);
	}
	pkgfiles_free(&files);
	return rc;
}

static int apply(const struct patch *p, const char *scratch, const char *version, struct strv *failures,
		 struct ferr *e)
{
	size_t len;
	char *text = localfile_read(p->path, MAX_PATCH, &len);
	if (!text) {
		strv_push(failures, xasprintf("%s: cannot be read: %s", p->path, strerror(errno)));
		return 1;
	}
	char *argv[] = {"patch", "-N", "-f", "-s", p->strip, "-d", (char *)scratch, "-i", "@0", NULL};
	struct tool_text in[] = {{text, len}};
	char *out = NULL;
	size_t outsize;
	int status, rc = 0;
	char *what = xasprintf("%s: patch", p->path);
	if (tool_run(what, argv, in, 1, 1u << 16, &out, &outsize, &status, e) != 0)
		rc = -1;
	else if (status != 0) {
		const char *o = out ? out : "";
		strv_push(failures, xasprintf("%s: does not apply to %s: %.*s", p->path, version, (int)strcspn(o, "\n"),
					      o));
		rc = 1;
	}
	free(what);
	free(out);
	free(text);
	return rc;
}

int patchcheck(const struct family *f, const char *out, const char *top, const char *spec, const char *version,
	       const void *artifact, size_t len, size_t *checked, struct strv *failures, struct ferr *e)
{
	*checked = 0;
	struct patch *v = NULL;
	size_t n = 0;
	if (f->patch_series) {
		char *path = xasprintf("%s/%s/%s", out, top, f->patch_series);
		size_t sl;
		char *series = localfile_read(path, MAX_PATCH, &sl);
		char *dir = xstrdup(path);
		*strrchr(dir, '/') = 0;
		if (series)
			from_series(dir, series, &v, &n);
		free(series), free(dir), free(path);
	}
	if (f->patch_tag && spec) {
		char *dir = xasprintf("%s/%s", out, top);
		from_spec(dir, f->patch_tag, spec, &v, &n);
		free(dir);
	}
	int rc = 0;
	if (n) {
		const char *tmp = getenv("TMPDIR");
		char *scratch = xasprintf("%s/ferry-patch.XXXXXX", tmp && *tmp ? tmp : "/tmp");
		char *what = xasprintf("%s %s: %s", top, version, "artifact");
		int made = mkdtemp(scratch) != NULL;
		if (!made)
			rc = ferr_set(e, FERR_IO, "%s: cannot make a scratch folder: %s", top, strerror(errno));
		else
			rc = unpack(artifact, len, scratch, what, e);
		for (size_t i = 0; i < n && rc == 0; i++) {
			++*checked;
			int r = apply(&v[i], scratch, version, failures, e);
			if (r < 0)
				rc = -1;
			if (r != 0)
				break;   /* the rest build on it */
		}
		if (made)
			files_remove_tree(scratch);
		free(scratch), free(what);
	}
	for (size_t i = 0; i < n; i++)
		free(v[i].path), free(v[i].strip);
	free(v);
	return rc;
}
