#include "contents.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static int stem(const char *path, const char *const *stems, size_t n, const char *after)
{
	if (strchr(path, '/'))
		return 0;
	for (size_t i = 0; i < n; i++) {
		size_t k = strlen(stems[i]);
		if (strncasecmp(path, stems[i], k) == 0 && (path[k] == 0 || strchr(after, path[k])))
			return 1;
	}
	return 0;
}

int contents_is_license(const char *path)
{
	static const char *const stems[] = {"license", "licence", "copying", "unlicense", "notice"};
	return stem(path, stems, sizeof stems / sizeof stems[0], ".-_");
}

int contents_is_doc(const char *path)
{
	static const char *const stems[] = {"readme", "changelog", "changes", "history", "authors", "contributing"};
	return stem(path, stems, sizeof stems / sizeof stems[0], ".");
}

int contents_plain_name(const char *s)
{
	if (!*s || *s == '-' || *s == '.')
		return 0;
	for (; *s; s++)
		if (!isalnum((unsigned char)*s) && !strchr("._+-", *s))
			return 0;
	return 1;
}

int contents_plain_path(const char *s)
{
	do {
		size_t n = strcspn(s, "/");
		if (!n || *s == '-' || *s == '.')
			return 0;
		for (size_t i = 0; i < n; i++)
			if (!isalnum((unsigned char)s[i]) && !strchr("._+-", s[i]))
				return 0;
		s += n;
	} while (*s++ == '/');
	return 1;
}

void contents_scan(const struct pkgfiles *f, struct pkg *p)
{
	for (size_t i = 0; i < f->n; i++) {
		const char *path = f->v[i].path;
		if (!strchr(path, '/') && f->v[i].type != 'l')
			strv_add(&p->files, path);
		if (f->v[i].type == 'f' && contents_is_license(path) && contents_plain_name(path)) {
			strv_add(&p->licenses, path);
			if (f->v[i].data)
				strv_push(&p->license_texts, xasprintf("%s\t%.*s", path, (int)f->v[i].len, f->v[i].data));
			if (!p->license_text && f->v[i].data)
				p->license_text = xstrndup(f->v[i].data, f->v[i].len);
		} else if (f->v[i].type == 'f' && contents_is_doc(path) && contents_plain_name(path)) {
			strv_add(&p->docs, path);
		}
	}
	if (!p->license_text)
		p->license_text = xstrdup("");
}

int contents_is_script(const char *path)
{
	return str_endswith(path, ".js") || str_endswith(path, ".cjs") || str_endswith(path, ".mjs");
}

/* "x.min.js" -> "x" (the stem before lintian's minified suffixes), else NULL */
static char *minified_stem(const char *base)
{
	static const char *const tags[] = {"compiled", "compressed", "lite", "min", "packed", "pack", "prod", "umd", "yc"};
	if (!str_endswith(base, ".js"))
		return NULL;
	size_t n = strlen(base) - 3;
	for (size_t i = 0; i < sizeof tags / sizeof tags[0]; i++) {
		size_t k = strlen(tags[i]);
		if (n > k + 1 && strncasecmp(base + n - k, tags[i], k) == 0 && strchr("-._", base[n - k - 1]))
			return xstrndup(base, n - k - 1);
	}
	return NULL;
}

static size_t longest_line(const char *s, size_t n)
{
	size_t best = 0, cur = 0;
	for (size_t i = 0; i < n; i++) {
		cur = s[i] == '\n' ? 0 : cur + 1;
		if (cur > best)
			best = cur;
	}
	return best;
}

/* a source for the file at path (stem: its name without the minified
 * suffix or ".js") in lintian's places, other than the file itself */
static int has_source(const struct pkgfiles *f, const char *path, const char *stem)
{
	static const char *const exts[] = {".js", "_orig.js", ".js.orig", ".src.js", "-src.js", ".debug.js", "-debug.js",
					   "-nc.js", ".ts"};
	static const char *const dirs[] = {"", "../", "src/", "../src/"};
	const char *slash = strrchr(path, '/');
	size_t dn = slash ? (size_t)(slash - path) : 0;
	for (size_t d = 0; d < sizeof dirs / sizeof dirs[0]; d++) {
		if (strncmp(dirs[d], "../", 3) == 0 && !slash)
			continue;   /* above the root */
		struct buf dir = {0};
		buf_adds(&dir, "");
		if (strncmp(dirs[d], "../", 3) == 0) {
			size_t up = dn;   /* the parent folder's end, C11 has no memrchr */
			while (up > 0 && path[up - 1] != '/')
				up--;
			buf_add(&dir, path, up);
			buf_adds(&dir, dirs[d] + 3);
		} else {
			buf_add(&dir, path, slash ? dn + 1 : 0);
			buf_adds(&dir, dirs[d]);
		}
		for (size_t x = 0; x < sizeof exts / sizeof exts[0]; x++) {
			char *cand = xasprintf("%s%s%s", dir.p, stem, exts[x]);
			const struct pkgfile *c = strcmp(cand, path) ? pkgfiles_find(f, cand) : NULL;
			free(cand);
			if (c && c->type == 'f') {
				buf_free(&dir);
				return 1;
			}
		}
		buf_free(&dir);
	}
	return 0;
}

/* s (n bytes) names stem as a module: "stem'", "stem\"", "stem.js" */
static int names(const char *s, size_t n, const char *stem)
{
	size_t k = strlen(stem);
	for (size_t at = 0; k && at + k <= n; at++) {
		const char *hit = memchr(s + at, stem[0], n - k + 1 - at);
		if (!hit)
			return 0;
		at = (size_t)(hit - s);
		if (memcmp(hit, stem, k) != 0)
			continue;
		const char *p = hit, *after = p + k;
		size_t left = n - (size_t)(after - s);
		int before_ok = p == s || strchr("/'\"", p[-1]);
		if (before_ok && left && (*after == '\'' || *after == '"' || *after == '`' ||
					  (left >= 3 && memcmp(after, ".js", 3) == 0)))
			return 1;
	}
	return 0;
}

/* an entry point ("./dist/x", "dist/x.js") or a file another script names */
static int needed(const struct pkgfiles *f, const struct strv *entries, const char *path, const char *stem)
{
	for (size_t i = 0; i < entries->n; i++) {
		const char *e = entries->v[i];
		while (strncmp(e, "./", 2) == 0)
			e += 2;
		size_t n = strlen(e);
		if (strcmp(e, path) == 0 || (strncmp(e, path, n) == 0 && (!strcmp(path + n, ".js") ||
									   !strcmp(path + n, "/index.js"))))
			return 1;
	}
	for (size_t i = 0; i < f->n; i++) {
		const struct pkgfile *o = &f->v[i];
		if (o->type == 'f' && o->data && contents_is_script(o->path) && strcmp(o->path, path) != 0 &&
		    names(o->data, o->len, stem))
			return 1;
	}
	return 0;
}

void contents_nosource(const struct pkgfiles *f, const struct strv *entries, struct pkg *p)
{
	size_t seen = 0;
	for (size_t i = 0; i < f->n; i++) {
		const struct pkgfile *x = &f->v[i];
		if (x->type != 'f' || !x->data || !str_endswith(x->path, ".js"))
			continue;
		const char *slash = strrchr(x->path, '/');
		const char *base = slash ? slash + 1 : x->path;
		char *stem = minified_stem(base);
		if (!stem && longest_line(x->data, x->len) > CONTENTS_LONG_LINE)
			stem = xstrndup(base, strlen(base) - 3);
		if (!stem)
			continue;
		if (++seen > CONTENTS_MAX_NOSOURCE) {   /* each costs a pass over every script */
			if (seen == CONTENTS_MAX_NOSOURCE + 1)
				strv_push(&p->notes, xasprintf("more than %d minified or generated scripts: those "
							       "from %s on are not examined, and kept", CONTENTS_MAX_NOSOURCE, x->path));
			free(stem);
			continue;
		}
		if (!has_source(f, x->path, stem)) {
			if (!contents_plain_path(x->path))
				strv_push(&p->notes, xasprintf("minified or generated without its source, an unusual "
							       "path, not removed: %s", x->path));
			else if (needed(f, entries, x->path, stem))
				strv_add(&p->nosource_kept, x->path);
			else
				strv_add(&p->nosource, x->path);
		}
		free(stem);
	}
}
