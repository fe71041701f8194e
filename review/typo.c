/* Typosquatting: how a name imitates a popular one.  The popular names are
 * data shipped in the binary (review/popular/ECO.txt, made by
 * tools/popular.sh from the bundled snapshots and the distribution's own
 * packaged names), plus a list the user points at (--popular FILE). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "review.h"
#include "../convert/namelist.h"
#include "../core/eco.h"
#include "../core/embedded.h"
#include "../core/util.h"
#include "../fetch/localfile.h"

#define MAX_LIST (64u << 20)

char *typo_normal(const char *eco, const char *name)
{
	const struct eco *e = eco_find(eco);
	return e ? e->normal(name) : NULL;
}

size_t typo_distance(const char *a, const char *b, size_t cap)
{
	size_t n = strlen(a), m = strlen(b);
	if ((n > m ? n - m : m - n) > cap)
		return cap + 1;
	size_t *d = xcalloc((n + 1) * (m + 1), sizeof *d);
#define D(i, j) d[(i) * (m + 1) + (j)]
	for (size_t i = 0; i <= n; i++)
		D(i, 0) = i;
	for (size_t j = 0; j <= m; j++)
		D(0, j) = j;
	for (size_t i = 1; i <= n; i++) {
		size_t row_min = (size_t)-1;
		for (size_t j = 1; j <= m; j++) {
			size_t cost = a[i - 1] != b[j - 1];
			size_t v = D(i - 1, j) + 1;
			if (D(i, j - 1) + 1 < v)
				v = D(i, j - 1) + 1;
			if (D(i - 1, j - 1) + cost < v)
				v = D(i - 1, j - 1) + cost;
			if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] && D(i - 2, j - 2) + 1 < v)
				v = D(i - 2, j - 2) + 1;
			D(i, j) = v;
			if (v < row_min)
				row_min = v;
		}
		if (row_min > cap) {
			free(d);
			return cap + 1;
		}
	}
	size_t r = D(n, m);
#undef D
	free(d);
	return r > cap ? cap + 1 : r;
}

static char *strip_separators(const char *s)
{
	char *o = xmalloc(strlen(s) + 1), *w = o;
	for (; *s; s++)
		if (*s != '-' && *s != '_' && *s != '.')
			*w++ = *s;
	*w = 0;
	return o;
}

/* name == popular with one character doubled, or one of a doubled pair dropped */
static int repeat_of(const char *longer, const char *shorter)
{
	size_t n = strlen(longer);
	if (n != strlen(shorter) + 1)
		return 0;
	for (size_t i = 1; i < n; i++)
		if (longer[i] == longer[i - 1] && strncmp(longer, shorter, i) == 0 && strcmp(longer + i + 1, shorter + i) == 0)
			return 1;
	return 0;
}

static const char *const affixes[] = {"-js", ".js", "js", "-node", "node-", "py-", "python-", "py", "-py",
				      "-python", "-rs", "rs-", "-rust", "rust-", "-cli", "-2", "2", "3", "-dev",
				      "-lib", "lib", "-official", "-utils"};

const char *typo_relation(const char *eco, const char *name, const char *popular)
{
	char *n = typo_normal(eco, name), *p = typo_normal(eco, popular);
	const char *how = NULL;
	if (!n || !p)
		goto out;
	size_t nl = strlen(n), pl = strlen(p);
	if (strcmp(n, p) == 0)
		goto out;
	char *sn = strip_separators(n), *sp = strip_separators(p);
	int sep = strcmp(sn, sp) == 0;
	free(sn), free(sp);
	if (sep) {
		how = "separator swap";
		goto out;
	}
	for (size_t i = 0; i < sizeof affixes / sizeof affixes[0] && pl >= 4; i++) {
		size_t al = strlen(affixes[i]);
		if (nl != pl + al)
			continue;
		int pre = affixes[i][strlen(affixes[i]) - 1] == '-';
		if ((pre && strncmp(n, affixes[i], al) == 0 && strcmp(n + al, p) == 0) ||
		    (!pre && strncmp(n, p, pl) == 0 && strcmp(n + pl, affixes[i]) == 0)) {
			how = pre ? "added prefix" : "added suffix";
			goto out;
		}
	}
	if (repeat_of(n, p)) {
		how = "repeated character";
		goto out;
	}
	if (repeat_of(p, n)) {
		how = "omitted character";
		goto out;
	}
	if (nl >= 5 && pl >= 5) {
		size_t cap = nl > 10 ? 2 : 1;
		size_t d = typo_distance(n, p, cap);
		if (d <= cap)
			how = d == 1 ? "edit distance 1" : "edit distance 2";
	}
out:
	free(n), free(p);
	return how;
}

static const char *shipped(const char *eco)
{
	char want[64];
	snprintf(want, sizeof want, "review/popular/%s.txt", eco);
	const char *text = embedded_text(want);
	return text ? text : "";
}

static void list_lines(const char *text, struct strv *out)
{
	for (const char *p = text; *p;) {
		size_t n = strcspn(p, "\n");
		while (n && (p[n - 1] == '\r' || p[n - 1] == ' '))
			n--;
		if (n && p[0] != '#')
			strv_push(out, xstrndup(p, n));
		p += strcspn(p, "\n");
		if (*p)
			p++;
	}
}

static int extra_list(const char *file, struct strv *out, struct ferr *e)
{
	size_t len;
	char *text = localfile_read(file, MAX_LIST, &len);
	if (!text)
		return ferr_set(e, FERR_IO, "%s: cannot read the popular-name list", file);
	const char *s = text + strspn(text, " \t\r\n");
	if (*s == '{') {   /* GuardDog's {"packages": [...]} */
		if (namelist_guarddog(text, len, out) != 0) {
			free(text);
			return ferr_set(e, FERR_INPUT, "%s: popular-name list: no \"packages\" array", file);
		}
	} else {
		list_lines(text, out);
	}
	free(text);
	return 0;
}

int typo_candidates(const char *eco, const char *name, const char *extra_file, struct strv *out, struct strv *hows,
		    struct ferr *e)
{
	if (!eco_find(eco))
		return ferr_set(e, FERR_USAGE, "%s: unknown ecosystem '%s' (known: %s)", name, eco, eco_names());
	struct strv names = {0};
	list_lines(shipped(eco), &names);
	if (extra_file && extra_list(extra_file, &names, e) != 0) {
		strv_free(&names);
		return -1;
	}
	char *me = typo_normal(eco, name);
	int popular = 0;
	struct strv found = {0};
	for (size_t i = 0; i < names.n && !popular; i++) {
		char *x = typo_normal(eco, names.v[i]);
		if (strcmp(x, me) == 0)
			popular = 1;
		free(x);
		if (popular)
			break;
		const char *how = typo_relation(eco, name, names.v[i]);
		if (how)
			strv_push(&found, xasprintf("%s\t%s", names.v[i], how));
	}
	if (!popular) {
		strv_sort(&found);
		strv_uniq(&found);
		for (size_t i = 0; i < found.n; i++) {
			char *tab = strchr(found.v[i], '\t');
			strv_push(out, xstrndup(found.v[i], (size_t)(tab - found.v[i])));
			strv_add(hows, tab + 1);
		}
	}
	strv_free(&found);
	strv_free(&names);
	free(me);
	return 0;
}
