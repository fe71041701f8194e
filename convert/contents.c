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
