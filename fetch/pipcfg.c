#include "pipcfg.h"
#include "localfile.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/util.h"

char *pipcfg_lookup(const char *text)
{
	char *found = NULL;
	int in = 0;
	const char *p = text;
	while (*p) {
		size_t n = strcspn(p, "\n");
		char *line = xstrndup(p, n);
		p += n + (p[n] == '\n');
		char *s = line;
		while (isspace((unsigned char)*s))
			s++;
		if (*s == '[') {
			in = strncmp(s, "[global]", 8) == 0 || strncmp(s, "[install]", 9) == 0;
		} else if (in && !found && strncmp(s, "index-url", 9) == 0) {
			char *v = s + 9;
			while (*v == ' ' || *v == '\t')
				v++;
			if (*v == '=' || *v == ':') {
				v++;
				while (*v == ' ' || *v == '\t')
					v++;
				size_t k = strlen(v);
				while (k && isspace((unsigned char)v[k - 1]))
					v[--k] = 0;
				if (k)
					found = xstrdup(v);
			}
		}
		free(line);
	}
	return found;
}

/* NULL when the file is absent or says nothing, or with e set when it
 * exists but cannot be read */
static char *from_file(const char *path, struct ferr *e)
{
	char *text;
	if (localfile_config(path, 1u << 20, &text, NULL, e) != 0)
		return NULL;
	char *r = text ? pipcfg_lookup(text) : NULL;
	free(text);
	return r;
}

static char *base_of(const char *url)
{
	struct buf b = {0};
	buf_adds(&b, url);
	if (!str_endswith(b.p, "/"))
		buf_addc(&b, '/');
	if (str_endswith(b.p, "/simple/"))
		b.p[b.len - 7] = 0;
	return buf_steal(&b);
}

char *pipcfg_registry(const char *flag, struct ferr *e)
{
	if (flag && *flag)
		return base_of(flag);
	const char *env = getenv("PIP_INDEX_URL");
	if (env && *env)
		return base_of(env);
	const char *home = getenv("HOME"), *xdg = getenv("XDG_CONFIG_HOME"), *cf = getenv("PIP_CONFIG_FILE");
	char *paths[5] = {0};
	size_t np = 0;
	if (cf && *cf)
		paths[np++] = xstrdup(cf);
	if (xdg && *xdg)
		paths[np++] = xasprintf("%s/pip/pip.conf", xdg);
	else if (home && *home)
		paths[np++] = xasprintf("%s/.config/pip/pip.conf", home);
	if (home && *home)
		paths[np++] = xasprintf("%s/.pip/pip.conf", home);
	paths[np++] = xstrdup("/etc/xdg/pip/pip.conf");
	paths[np++] = xstrdup("/etc/pip.conf");
	char *found = NULL;
	struct ferr fe = {0};
	for (size_t i = 0; i < np; i++) {
		if (!found && !fe.kind)
			found = from_file(paths[i], &fe);
		free(paths[i]);
	}
	if (fe.kind) {
		*e = fe;
		return NULL;
	}
	if (found) {
		char *b = base_of(found);
		free(found);
		return b;
	}
	ferr_set(e, FERR_CONFIG, "no PyPI index configured: pass --registry URL, set PIP_INDEX_URL, or set "
		 "index-url in [global] of pip.conf");
	return NULL;
}
