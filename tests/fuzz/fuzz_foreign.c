/* ferry update's reading of a Debian tree ferry did not write
 * (cli/updateforeign.h): byte 0 picks what the rest is: 0 a
 * debian/control whose first binary package's Depends move for a new
 * version (ms's bound rises, string-width comes, left-pad goes), 1 a
 * debian/changelog read with a fixed control.  A control that comes back
 * changed must say why (a change line); one whose relations moved must
 * still hold every line before the first field that moves. */
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "../../cli/updateforeign.h"
#include "../../core/family.h"

static void deps(struct pkg *p, const char *a, const char *ra, const char *b, const char *rb)
{
	p->eco = "npm", p->name = xstrdup("fdemo"), p->version = xstrdup("1.1.0");
	pkg_add_dep(p, a, ra, DEP_RUNTIME);
	pkg_add_dep(p, b, rb, DEP_RUNTIME);
}

static void control(const char *text)
{
	struct pkg old = {0}, p = {0};
	deps(&old, "ms", "^2.1.1", "left-pad", "^1.1.0");
	deps(&p, "ms", "^2.1.3", "string-width", "^4.2.0");
	struct foreign f = {.fam = &family_debian, .eco = eco_find("npm"), .control = xstrdup(text)};
	struct foreign_opts o = {.old = &old, .p = &p};
	struct strv changes = {0};
	char *moved = foreign_depends(&f, &o, &changes);
	if (!moved)
		fuzz_fail("foreign_depends gave nothing", text);
	/* the fields that move are Depends and Build-Depends: the text before
	 * the first of them stays */
	const char *dep = strstr(text, "\nDepends:"), *bd = strstr(text, "\nBuild-Depends:");
	const char *cut = !strncmp(text, "Build-Depends:", 14) || !strncmp(text, "Depends:", 8) ? text
			  : bd && (!dep || bd < dep) ? bd : dep;
	if (!changes.n && strcmp(moved, text) != 0)
		fuzz_fail("a control with nothing to move came back changed", text);
	if (cut && strncmp(moved, text, (size_t)(cut - text)) != 0 && changes.n)
		fuzz_fail("the lines before Depends or Build-Depends changed", text);
	free(moved);
	strv_free(&changes);
	foreign_free(&f);
	pkg_free(&old), pkg_free(&p);
}

static void changelog(const char *text)
{
	struct foreign f = {.fam = &family_debian, .changelog = xstrdup(text),
			    .control = xstrdup("Source: node-x\n\nPackage: node-x\nDepends: nodejs\n")};
	struct ferr e = {0};
	if (foreign_parse(&f, "fuzz", &e) == 0 && (!f.source || !f.version || !f.upstream || !f.name))
		fuzz_fail("a changelog read without its parts", text);
	foreign_free(&f);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 1)
		return 0;
	char *s = fuzz_str(data + 1, size - 1);
	if (data[0] & 1)
		changelog(s);
	else
		control(s);
	free(s);
	return 0;
}
