#include "cratesurl.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "http.h"
#include "../core/util.h"

/* cargo's prefix: "1", "2", "3/a", "ab/cd", in the name's own case */
static char *prefix(const char *name, int lower)
{
	size_t n = strlen(name);
	char *s;
	if (n <= 2)
		s = xasprintf("%zu", n);
	else if (n == 3)
		s = xasprintf("3/%c", name[0]);
	else
		s = xasprintf("%.2s/%.2s", name, name + 2);
	if (lower)
		for (char *c = s; *c; c++)
			*c = (char)tolower((unsigned char)*c);
	return s;
}

char *cratesurl_index_path(const char *name)
{
	char *low = xstrdup(name);
	for (char *c = low; *c; c++)
		*c = (char)tolower((unsigned char)*c);
	char *pre = prefix(low, 1);
	char *s = xasprintf("%s/%s", pre, low);
	free(pre);
	free(low);
	return s;
}

char *cratesurl_root(const char *registry)
{
	const char *r = str_startswith(registry, "sparse+") ? registry + 7 : registry;
	return str_endswith(r, "/") ? xstrdup(r) : xasprintf("%s/", r);
}

char *cratesurl_download(const char *root, const char *dl, const char *name, const char *version,
			 const char *cksum)
{
	static const char *const marks[] = {"{crate}", "{version}", "{prefix}", "{lowerprefix}",
					    "{sha256-checksum}"};
	int any = 0;
	for (size_t i = 0; i < sizeof marks / sizeof marks[0]; i++)
		if (strstr(dl, marks[i]))
			any = 1;
	struct buf b = {0};
	if (!any) {
		buf_printf(&b, "%s%s{crate}/{version}/download", dl, str_endswith(dl, "/") ? "" : "/");
	} else {
		buf_adds(&b, dl);
	}
	char *tmpl = buf_steal(&b);
	char *pre = prefix(name, 0), *lpre = prefix(name, 1);
	const char *vals[] = {name, version, pre, lpre, cksum};
	for (const char *p = tmpl; *p;) {
		size_t i;
		for (i = 0; i < sizeof marks / sizeof marks[0]; i++)
			if (str_startswith(p, marks[i]))
				break;
		if (i < sizeof marks / sizeof marks[0]) {
			buf_adds(&b, vals[i]);
			p += strlen(marks[i]);
		} else {
			buf_addc(&b, *p++);
		}
	}
	free(tmpl);
	free(pre);
	free(lpre);
	char *url = buf_steal(&b);
	char *abs = url_resolve(root, url);
	free(url);
	return abs;
}
