#include "license.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

static const struct {
	const char *spdx, *deb, *common;
} map[] = {
	{"MIT", "Expat", NULL},
	{"ISC", "ISC", NULL},
	{"0BSD", "0BSD", NULL},
	{"BSD-2-Clause", "BSD-2-clause", NULL},
	{"BSD-3-Clause", "BSD-3-clause", NULL},
	{"Apache-2.0", "Apache-2.0", "Apache-2.0"},
	{"MPL-2.0", "MPL-2.0", "MPL-2.0"},
	{"GPL-2.0", "GPL-2", "GPL-2"},
	{"GPL-2.0-only", "GPL-2", "GPL-2"},
	{"GPL-2.0+", "GPL-2+", "GPL-2"},
	{"GPL-2.0-or-later", "GPL-2+", "GPL-2"},
	{"GPL-3.0", "GPL-3", "GPL-3"},
	{"GPL-3.0-only", "GPL-3", "GPL-3"},
	{"GPL-3.0+", "GPL-3+", "GPL-3"},
	{"GPL-3.0-or-later", "GPL-3+", "GPL-3"},
	{"LGPL-2.1", "LGPL-2.1", "LGPL-2.1"},
	{"LGPL-2.1-only", "LGPL-2.1", "LGPL-2.1"},
	{"LGPL-2.1-or-later", "LGPL-2.1+", "LGPL-2.1"},
	{"LGPL-3.0", "LGPL-3", "LGPL-3"},
	{"LGPL-3.0-only", "LGPL-3", "LGPL-3"},
	{"LGPL-3.0-or-later", "LGPL-3+", "LGPL-3"},
	{"CC0-1.0", "CC0-1.0", "CC0-1.0"},
	{"Artistic-1.0", "Artistic", "Artistic"},
	{"Artistic-1.0-Perl", "Artistic", "Artistic"},
	{"Artistic-2.0", "Artistic-2.0", NULL},
	{"LGPL-2.0", "LGPL-2", "LGPL-2"},
	{"LGPL-2.0-only", "LGPL-2", "LGPL-2"},
	{"LGPL-2.0-or-later", "LGPL-2+", "LGPL-2"},
	{"LGPL-2.1+", "LGPL-2.1+", "LGPL-2.1"},
	{"LGPL-3.0+", "LGPL-3+", "LGPL-3"},
	{"MPL-1.1", "MPL-1.1", "MPL-1.1"},
	{"GFDL-1.3", "GFDL-1.3", "GFDL-1.3"},
	{"MIT-0", "MIT-0", NULL},
	{"BSD-1-Clause", "BSD-1-clause", NULL},
	{"BSD-4-Clause", "BSD-4-clause", NULL},
	{"Unicode-DFS-2016", "Unicode-DFS-2016", NULL},
	{"Unicode-3.0", "Unicode-3.0", NULL},
	{"Unlicense", "Unlicense", NULL},
	{"WTFPL", "WTFPL", NULL},
	{"Zlib", "Zlib", NULL},
	{"BlueOak-1.0.0", "BlueOak-1.0.0", NULL},
	{"Python-2.0", "PSF-2.0", NULL},
};

const char *license_common(const char *deb_id)
{
	for (size_t i = 0; i < sizeof map / sizeof map[0]; i++)
		if (strcmp(map[i].deb, deb_id) == 0)
			return map[i].common;
	return NULL;
}

/* "LLVM-exception" -> "LLVM exception" (DEP-5: "GPL-2+ with OpenSSL exception") */
static void add_exception(struct buf *b, const char *tok)
{
	const char *x = strstr(tok, "-exception");
	size_t n = x ? (size_t)(x - tok) : strlen(tok);
	for (size_t i = 0; i < n; i++)
		buf_addc(b, tok[i] == '-' ? ' ' : tok[i]);
	buf_adds(b, " exception");
}

char *license_deb(const char *spdx, struct strv *ids)
{
	struct buf b = {0};
	const char *p = spdx;
	int words = 0, with = 0, closed = 0;
	while (*p) {
		if (*p == ' ' || *p == '(' || *p == ')') {
			closed = *p == ')' ? 1 : *p == ' ' ? closed : 0;
			p++;
			continue;
		}
		size_t n = 0;
		while (p[n] && p[n] != ' ' && p[n] != '(' && p[n] != ')')
			n++;
		for (size_t i = 0; i < n; i++)
			if (!isalnum((unsigned char)p[i]) && !strchr(".-+:", p[i]))
				goto bad;
		char *tok = xstrndup(p, n);
		p += n;
		int op = strcmp(tok, "OR") == 0 || strcmp(tok, "AND") == 0 || strcmp(tok, "WITH") == 0;
		/* DEP-5 has no parentheses: "(A OR B) AND C" is "A or B, and C" */
		if (op && closed && strcmp(tok, "WITH") != 0)
			buf_addc(&b, ',');
		closed = 0;
		if (words)
			buf_addc(&b, ' ');
		words++;
		if (op) {
			for (char *c = tok; *c; c++)
				*c = (char)tolower((unsigned char)*c);
			buf_adds(&b, tok);
			with = strcmp(tok, "with") == 0;
			free(tok);
			continue;
		}
		if (with) {   /* the paragraph is the license with its exception */
			size_t at = b.len;
			add_exception(&b, tok);
			if (ids->n) {
				char *full = xasprintf("%s with %s", ids->v[ids->n - 1], b.p + at);
				free(ids->v[ids->n - 1]);
				ids->v[ids->n - 1] = full;
			}
			with = 0;
			free(tok);
			continue;
		}
		const char *deb = tok;
		for (size_t i = 0; i < sizeof map / sizeof map[0]; i++)
			if (strcmp(map[i].spdx, tok) == 0)
				deb = map[i].deb;
		buf_adds(&b, deb);
		int next_with = strncmp(p, " WITH ", 6) == 0;
		if (!strv_has(ids, deb) || next_with)
			strv_add(ids, deb);
		free(tok);
	}
	if (words == 0 || with)
		goto bad;
	return buf_steal(&b);
bad:
	buf_free(&b);
	return NULL;
}
