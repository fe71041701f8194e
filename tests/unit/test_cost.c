/* Unit tests for the review cost (review/cost.h): a small delta holding a
 * binary, an install hook or minified code costs more than a larger delta
 * of plain text, the order that the artifacts' size difference gets wrong.
 * Prints "ok - NAME" / "not ok - NAME". */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/util.h"
#include "review/cost.h"

static int failed;

static void check(const char *name, int cond)
{
	printf("%s - %s\n", cond ? "ok" : "not ok", name);
	if (!cond)
		failed = 1;
}

static void add_file(struct pkgfiles *f, const char *path, const char *data, size_t len)
{
	f->v = xrealloc(f->v, (f->n + 1) * sizeof *f->v);
	char *copy = xmalloc(len + 1);
	memcpy(copy, data, len);
	copy[len] = 0;
	f->v[f->n++] = (struct pkgfile){.path = xstrdup(path), .size = len, .type = 'f', .mode = 0644, .data = copy, .len = len};
}

static void add_text(struct pkgfiles *f, const char *path, const char *text)
{
	add_file(f, path, text, strlen(text));
}

/* index.js: `n` numbered lines */
static char *lines(int n, const char *tag)
{
	struct buf b = {0};
	for (int i = 0; i < n; i++)
		buf_printf(&b, "exports.f%d = function (s) { return s + '%s%d'; };\n", i, tag, i);
	return buf_steal(&b);
}

struct side {
	struct pkg p;
	struct pkgfiles f;
};

static void side_init(struct side *s, const char *version)
{
	memset(s, 0, sizeof *s);
	s->p.eco = "npm";
	s->p.name = xstrdup("cost-demo");
	s->p.version = xstrdup(version);
}

static void side_free(struct side *s)
{
	pkg_free(&s->p);
	pkgfiles_free(&s->f);
}

static size_t bytes(const struct pkgfiles *f)
{
	size_t n = 0;
	for (size_t i = 0; i < f->n; i++)
		n += f->v[i].len;
	return n;
}

/* the cost of old..new (old NULL: a first review); -1 when review_run fails */
static long long cost_of(struct side *old, struct side *new, char **str)
{
	struct review_in in = {"npm", old ? &old->p : NULL, old ? &old->f : NULL, &new->p, &new->f, NULL, NULL, 0,
			       NULL, 0, 30, NULL, 0, NULL};
	struct review r;
	struct ferr e = {0};
	if (review_run(&in, &r, &e) != 0) {
		printf("# review_run: %s\n", e.msg);
		review_free(&r);
		return -1;
	}
	struct review_cost c;
	review_cost(&in, &r, &c);
	*str = review_cost_str(&c);
	review_free(&r);
	return c.total;
}

int main(void)
{
	struct side base, plain, binary, hook, minified;
	char *ten = lines(10, "a"), *more = lines(310, "a"), *two = lines(10, "a");
	two[strlen("exports.f0 = function (s) { return s + '")] = 'b';   /* one line changed: 2 diff lines */

	side_init(&base, "1.0.0");
	add_text(&base.f, "index.js", ten);

	side_init(&plain, "1.0.1");   /* 300 lines added */
	add_text(&plain.f, "index.js", more);

	side_init(&binary, "1.0.1");  /* one line changed and a small ELF file */
	add_text(&binary.f, "index.js", two);
	char elf[128] = "\177ELF\2\1\1";
	add_file(&binary.f, "lib/data.txt", elf, sizeof elf);

	side_init(&hook, "1.0.1");    /* one line changed and a postinstall hook */
	add_text(&hook.f, "index.js", two);
	add_text(&hook.f, "install.js", "require('./index.js');\n");
	strv_add(&hook.p.hooks, "postinstall: node install.js");

	side_init(&minified, "1.0.1");   /* one line changed and 30000 bytes on one line */
	add_text(&minified.f, "index.js", two);
	char *min = xmalloc(30001);
	memset(min, 'x', 30000);
	min[30000] = 0;
	add_text(&minified.f, "vendor.js", min);
	free(min);

	char *sp = NULL, *sb = NULL, *sh = NULL, *sm = NULL, *sf = NULL;
	long long cp = cost_of(&base, &plain, &sp), cb = cost_of(&base, &binary, &sb), ch = cost_of(&base, &hook, &sh);
	long long cm = cost_of(&base, &minified, &sm), cf = cost_of(NULL, &base, &sf);

	check("cost: plain text delta is its changed lines", cp == 300 && sp && strcmp(sp, "300: 300 lines") == 0);
	printf("# plain %s; binary %s; hook %s; minified %s; first %s\n", sp, sb, sh, sm, sf);
	check("cost: by size, the binary delta is the smaller one", bytes(&binary.f) < bytes(&plain.f));
	check("cost: a small delta with an executable costs more than 300 lines", cb > cp);
	check("cost: the executable is priced as one", sb && strstr(sb, "1 executable (10000)") && strstr(sb, "2 lines"));
	check("cost: by size, the hook delta is the smaller one", bytes(&hook.f) < bytes(&plain.f));
	check("cost: a small delta adding an install hook costs more than 300 lines", ch > cp);
	check("cost: the hook, its script and the file it runs are priced", sh && strstr(sh, "3 install hook or script changes (15000)"));
	check("cost: a minified file costs its bytes / 10", cm == 2 + 3000 && sm && strstr(sm, "1 minified file of 30000 bytes (3000)"));
	check("cost: a first review counts every line", cf == 10 && sf && strcmp(sf, "10: 10 lines") == 0);

	free(sp), free(sb), free(sh), free(sm), free(sf);
	free(ten), free(more), free(two);
	side_free(&base), side_free(&plain), side_free(&binary), side_free(&hook), side_free(&minified);
	return failed;
}
