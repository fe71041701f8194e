/* Unit tests for the ecosystem descriptors (core/eco.h): every entry fills
 * every slot it must, and the one series rule gives what the solver, the
 * compat names and review rely on.  Prints "ok - NAME" / "not ok - NAME". */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/eco.h"

static int failed;

static void check(const char *name, int cond)
{
	printf("%s - %s\n", cond ? "ok" : "not ok", name);
	if (!cond)
		failed = 1;
}

static void owned(const char *name, char *got, const char *want)
{
	int ok = want ? got && strcmp(got, want) == 0 : !got;
	if (ok)
		printf("ok - %s\n", name);
	else
		printf("not ok - %s: got [%s] want [%s]\n", name, got ? got : "(null)", want ? want : "(null)");
	failed |= !ok;
	free(got);
}

/* every slot that has no "NULL: none" in eco.h */
static void slots(void)
{
	size_t n = 0;
	for (const struct eco *e; (e = eco_at(n)); n++) {
		char name[64];
		snprintf(name, sizeof name, "eco %s: every slot filled", e->name);
		check(name, e->name && e->label && e->doc_noun && e->artifact_noun && e->invalid_name && e->normal &&
				    e->exact && e->series && e->satisfies && e->compare && e->translate && e->pkgver &&
				    e->intervals && (!e->feature_cap == !e->feature_noun) && eco_find(e->name) == e);
	}
	check("eco: three ecosystems, none found by a wrong name", n == 3 && !eco_find("") && !eco_find("NPM"));
	check("eco: eco_names lists the table", strcmp(eco_names(), "npm, crate, pypi") == 0);
}

static const struct {
	const char *eco, *version, *series;
} series_cases[] = {
	{"npm", "4.3.0", "4"},
	{"npm", "0.13.1", "0.13"},
	{"npm", "0.0.3", "0.0.3"},
	{"npm", "1.0.0-beta.1", "1"},
	{"npm", "not-a-version", NULL},
	{"crate", "1.0.152", "1"},
	{"crate", "0.7.3", "0.7"},
	{"crate", "0.0.3", "0.0.3"},   /* Cargo: ^0.0.3 and ^0.0.4 are incompatible */
	{"crate", "0.0.4", "0.0.4"},
	{"pypi", "21.4.0", "21"},
	{"pypi", "2!1.0", "1"},
	{"pypi", "007.1", "7"},
	{"pypi", "0.9", "0"},
	{"pypi", "123456789012345678901234567890.1", "123456789012345678901234567890"},   /* past 2^64 */
	{"pypi", "x.y", NULL},
};

static void series(void)
{
	for (size_t i = 0; i < sizeof series_cases / sizeof series_cases[0]; i++) {
		char name[128];
		snprintf(name, sizeof name, "series %s %s", series_cases[i].eco, series_cases[i].version);
		owned(name, eco_find(series_cases[i].eco)->series(series_cases[i].version), series_cases[i].series);
	}
}

static void spellings(void)
{
	owned("exact crate", eco_find("crate")->exact("1.2.3"), "=1.2.3");
	owned("exact npm", eco_find("npm")->exact("1.2.3-rc.1"), "1.2.3-rc.1");
	owned("exact pypi", eco_find("pypi")->exact("1.0.post1"), "1.0.post1");
	owned("exact refuses a range", eco_find("npm")->exact("^1.2.3"), NULL);
	owned("normal crate", eco_find("crate")->normal("Serde_JSON"), "serde-json");
	owned("normal pypi", eco_find("pypi")->normal("Zope.Interface"), "zope-interface");
	owned("normal npm", eco_find("npm")->normal("@Scope/x"), "@Scope/x");
	owned("feature crate", eco_find("crate")->feature_cap("serde", "derive"), "serde/derive");
	owned("extra pypi", eco_find("pypi")->feature_cap("requests", "socks"), "requests[socks]");
}

int main(void)
{
	slots();
	series();
	spellings();
	return failed;
}
