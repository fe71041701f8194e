/* Unit tests for the two extension tables: every distribution family
 * (core/family.h) has every descriptor slot, and every (family x
 * ecosystem) pair has its capability naming, its compat rule, its writer
 * (convert/writer.h), a libsolv pool (solver/distpool.h), and the slots
 * the solver asks instead of branching on a family: bare, provides,
 * upstream (names recovery), a known naming table, the family's
 * upstream_version and relation syntax.  A family or an ecosystem added
 * without one of them fails here.
 * Prints "ok - NAME" / "not ok - NAME". */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "convert/pydist.h"
#include "convert/writer.h"
#include "core/eco.h"
#include "core/family.h"
#include "core/util.h"
#include "solver/distpool.h"

static int failed;

static void check(const char *name, int cond)
{
	printf("%s - %s\n", cond ? "ok" : "not ok", name);
	if (!cond)
		failed = 1;
}

static void checkf(int cond, const char *fmt, const char *a, const char *b)
{
	char *name = xasprintf(fmt, a, b);
	check(name, cond);
	free(name);
}

/* the ecosystems, from eco_names() ("npm, crate, pypi") */
static void ecosystems(struct strv *out)
{
	char *copy = xstrdup(eco_names()), *save = NULL;
	for (char *s = strtok_r(copy, ", ", &save); s; s = strtok_r(NULL, ", ", &save))
		strv_add(out, s);
	free(copy);
}

static void descriptor(const struct family *f)
{
	const char *n = f->name ? f->name : "(unnamed)";
	checkf(f->name && *f->name && family_find(f->name) == f, "%s: found by its name%s", n, "");
	checkf(f->alias && *f->alias && family_by_alias(f->alias) == f, "%s: found by its alias%s", n, "");
	checkf(f->disttype && f->arch && f->noarch, "%s: disttype, arch and noarch%s", n, "");
	const struct verspell *sp = f->spell;
	checkf(sp && sp->pre_hyphen && sp->post_sep && (!sp->revisions_above || sp->past_revisions),
	       "%s: version spelling%s", n, "");
	checkf(f->relation && f->esc_line && f->esc_text, "%s: relations and escaping%s", n, "");
	checkf(f->pyenv && f->pyenv->python_version, "%s: a Python environment%s", n, "");
	checkf(f->index_a && f->index_label, "%s: names for its indexes%s", n, "");
	checkf(f->rel.all && f->rel.any, "%s: its relation syntax%s", n, "");
	char *up = f->upstream_version ? f->upstream_version("1.2.3-1") : NULL;
	checkf(up && strcmp(up, "1.2.3") == 0, "%s: the upstream version of 1.2.3-1 is 1.2.3%s", n, "");
	free(up);
	struct ferr e = {0};
	Pool *pool = distpool_new(f, &e);
	checkf(pool != NULL, "%s: libsolv knows its disttype%s", n, "");
	if (pool)
		pool_free(pool);
	char *note = NULL;
	struct ivlist l = {0};
	char *any = f->relation("x", &l, &note);
	checkf(any == NULL, "%s: an empty interval list is no relation%s", n, "");
	free(any);
	free(note);
}

/* bare, provides, upstream and table: what the solver and names recovery
 * ask of a pair; what bare names, upstream finds again (as a package's
 * name, or as a provide where relations name capabilities) */
static void solver_slots(const struct family *f, const struct family_eco *fe)
{
	const char *e = fe->eco;
	checkf(fe->bare && fe->provides && fe->upstream, "%s x %s: bare, provides and upstream slots", f->name, e);
	checkf(!fe->table || pydist_table(fe->table), "%s x %s: its naming table is known", f->name, e);
	if (!fe->bare || !fe->provides || !fe->upstream)
		return;
	char *bare = fe->bare("foo", NULL);
	checkf(bare && strstr(bare, "foo"), "%s x %s: bare names the package", f->name, e);
	struct strv prov = {0};
	struct unitname u = {"foo", NULL, "foo", "1.0.0"};
	fe->provides(&u, NULL, &prov);
	checkf(bare && strv_has(&prov, bare), "%s x %s: the base provides what bare asks for", f->name, e);
	strv_free(&prov);
	const char *rule = NULL;
	char *up = bare ? fe->upstream(bare, f->by_capability, NULL, &rule) : NULL;
	checkf(up && strcmp(up, "foo") == 0 && rule, "%s x %s: upstream finds foo again in what bare names", f->name, e);
	free(up);
	up = fe->upstream("foo", 0, NULL, &rule);
	char *up1 = fe->upstream("foo", 1, NULL, &rule);
	checkf(!up && !up1, "%s x %s: upstream finds nothing in a name no rule has", f->name, e);
	free(up);
	free(up1);
	free(bare);
}

static void pair(const struct family *f, const char *eco_name)
{
	const struct eco *eco = eco_find(eco_name);
	const struct family_eco *fe = family_eco(f, eco_name);
	checkf(fe && fe->cap && fe->compat_sep, "%s x %s: capability naming and compat rule", f->name, eco_name);
	const struct writer *w = writer_find(f, eco_name);
	checkf(w && w->write, "%s x %s: a writer", f->name, eco_name);
	if (!eco || !fe || !fe->cap)
		return;
	char *cap = fe->cap("foo");
	checkf(cap && strstr(cap, "foo"), "%s x %s: the capability names the package", f->name, eco_name);
	free(cap);
	const char *why = NULL;
	char *v = eco->translate("1.0.0", f->spell, &why);
	checkf(v && v[0] == '1' && !strchr(v, '~'), "%s x %s: 1.0.0 has a release spelling", f->name, eco_name);
	free(v);
	char *note = NULL;
	char *dep = eco_render_dep(eco, "foo", ">=1.0", f, &note, &why);
	checkf(dep != NULL, "%s x %s: >=1.0 renders", f->name, eco_name);
	free(dep);
	free(note);
	char *compat = family_compat(f, eco_name, "foo", "2.1.0");
	checkf(compat && strncmp(compat, "foo", 3) == 0 && strchr(compat, '2'), "%s x %s: compat name", f->name,
	       eco_name);
	free(compat);
	solver_slots(f, fe);
}

/* each writer's pair is a known family and ecosystem: no slot that a
 * lookup can never reach */
static void writers(void)
{
	const struct writer *w;
	for (size_t i = 0; (w = writer_at(i)) != NULL; i++) {
		const struct family *f = family_find(w->family);
		checkf(f && eco_find(w->eco) && writer_find(f, w->eco) == w, "writer %s x %s: known and first of its pair",
		       w->family, w->eco);
	}
}

int main(void)
{
	struct strv ecos = {0};
	ecosystems(&ecos);
	check("the ecosystem table lists ecosystems", ecos.n > 0);
	const struct family *f;
	size_t nf = 0;
	for (size_t i = 0; (f = family_at(i)) != NULL; i++, nf++) {
		descriptor(f);
		for (size_t k = 0; k < ecos.n; k++)
			pair(f, ecos.v[k]);
	}
	check("the family table lists families, within FAMILY_MAX", nf > 0 && nf <= FAMILY_MAX);
	check("an unknown family is nobody's default", family_find("arch") == NULL && family_by_alias("fedora") == NULL);
	writers();
	strv_free(&ecos);
	return failed;
}
