/* ferry outdated: what the distribution has behind its registries, and
 * what the review of each update would cost (cli/outdatedrun.h). */
#include <getopt.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "outdatedrun.h"
#include "../convert/jsonmem.h"
#include "../core/eco.h"
#include "../core/family.h"
#include "../core/util.h"
#include "../solver/distpool.h"

static const char help[] =
	"usage: ferry outdated [--distro-index INDEX]... [--target debian|fedora]\n"
	"                      [--eco ECO]... [--registry ECO=URL]... [--behind]\n"
	"                      [--ledger L [--trust-imports]] [--cost] [--json]\n\n"
	"For every npm, crates.io and PyPI package the distribution ships (the\n"
	"names ferry index recovers, bundled ones included), the upstream version\n"
	"it carries against its registry now: the newest release in the same\n"
	"series (the slot an update stays in: 4.x for 4.3.0, 0.13.x for 0.13.1)\n"
	"and the newest of all.  Status:\n"
	"  behind     a newer release in its series: an update (ferry update)\n"
	"  major      only a newer series: a new major, a compat question\n"
	"  current    nothing newer\n"
	"  ahead      the distribution's version is newer than the registry's newest\n"
	"  gone       the registry does not have it (unpublished, renamed)\n"
	"  unchecked  no registry configured for its ecosystem, or its metadata failed\n"
	"Registry documents are fetched 16 at a time through the HTTP cache.\n\n"
	"options:\n"
	"  --distro-index INDEX  as for ferry index (default the host's apt lists)\n"
	"  --target T            debian (default) or fedora\n"
	"  --eco ECO             only this ecosystem (repeatable): npm, crate, pypi\n"
	"  --registry ECO=URL    the registry of one ecosystem; else each one's own\n"
	"                        configuration, as ferry import finds it\n"
	"  --behind              list only what is behind in its series\n"
	"  --ledger L            for each one behind: whether the review ledger\n"
	"                        vets the newest release of its series\n"
	"  --cost                for each one behind: the review cost of the delta\n"
	"                        from the distribution's version (as ferry review\n"
	"                        costs it, on both artifacts: one package at a time)\n"
	"  --json                one JSON document on stdout\n";

static void text_row(const struct outdated_row *r, int ledger, int cost)
{
	char *dist = xasprintf("%s %s", r->pkg, r->pkgver);
	printf("%-6s %-32s %-44s %-14s %-14s %-14s %-9s", r->eco, r->name, dist, r->version,
	       r->slot_newest ? r->slot_newest : "-", r->newest ? r->newest : "-", outdated_status_str(r->status));
	free(dist);
	if (ledger)
		printf(" %-6s", r->vetted < 0 ? "-" : r->vetted ? "yes" : "no");
	if (cost)
		printf(" %s", r->cost >= 0 ? r->cost_why : r->cost_why ? "unknown" : "-");
	putchar('\n');
}

static json_t *json_row(const struct outdated_row *r)
{
	json_t *j = json_object();
	json_object_set_new(j, "eco", json_string(r->eco));
	json_object_set_new(j, "name", json_string(r->name));
	json_object_set_new(j, "package", json_string(r->pkg));
	json_object_set_new(j, "package_version", json_string(r->pkgver));
	json_object_set_new(j, "version", json_string(r->version));
	json_object_set_new(j, "rule", json_string(r->rule));
	json_object_set_new(j, "newest_in_series", r->slot_newest ? json_string(r->slot_newest) : json_null());
	json_object_set_new(j, "newest", r->newest ? json_string(r->newest) : json_null());
	json_object_set_new(j, "status", json_string(outdated_status_str(r->status)));
	if (r->why)
		json_object_set_new(j, "why", json_string(r->why));
	if (r->vetted >= 0)
		json_object_set_new(j, "vetted", json_boolean(r->vetted));
	if (r->cost >= 0)
		json_object_set_new(j, "review_cost", json_integer(r->cost));
	if (r->cost_why)
		json_object_set_new(j, r->cost >= 0 ? "review_cost_parts" : "review_cost_unknown", json_string(r->cost_why));
	return j;
}

/* "npm: 1556 packages: 900 behind, ..." per ecosystem */
static void summary(const struct outdated *o, json_t *js)
{
	for (size_t k = 0; eco_at(k); k++) {
		const char *eco = eco_at(k)->name;
		size_t count[OUTDATED_UNCHECKED + 1] = {0}, all = 0;
		for (size_t i = 0; i < o->n; i++)
			if (o->v[i].eco == eco)
				count[o->v[i].status]++, all++;
		if (!all)
			continue;
		json_t *je = json_object();
		json_object_set_new(je, "packages", json_integer((json_int_t)all));
		if (!js)
			printf("%s: %zu packages:", eco, all);
		for (int s = 0; s <= OUTDATED_UNCHECKED; s++) {
			json_object_set_new(je, outdated_status_str(s), json_integer((json_int_t)count[s]));
			if (!js)
				printf("%s %zu %s", s ? "," : "", count[s], outdated_status_str(s));
		}
		if (js)
			json_object_set_new(js, eco, je);
		else {
			json_decref(je);
			putchar('\n');
		}
	}
}

static void print(const struct outdated *o, int json, int behind, int ledger, int cost)
{
	if (json) {
		json_t *doc = json_object(), *rows = json_array(), *js = json_object(), *notes = json_array();
		for (size_t i = 0; i < o->n; i++)
			if (!behind || o->v[i].status == OUTDATED_BEHIND)
				json_array_append_new(rows, json_row(&o->v[i]));
		summary(o, js);
		for (size_t i = 0; i < o->notes.n; i++)
			json_array_append_new(notes, json_string(o->notes.v[i]));
		json_object_set_new(doc, "packages", rows);
		json_object_set_new(doc, "summary", js);
		json_object_set_new(doc, "notes", notes);
		char *s = jsonmem_dumps(doc, JSON_SORT_KEYS | JSON_INDENT(2));
		puts(s);
		free(s);
		json_decref(doc);
		return;
	}
	printf("%-6s %-32s %-44s %-14s %-14s %-14s %-9s%s%s\n", "ECO", "NAME", "DISTRIBUTION", "CARRIES", "IN SERIES",
	       "NEWEST", "STATUS", ledger ? " VETTED" : "", cost ? " REVIEW COST" : "");
	for (size_t i = 0; i < o->n; i++)
		if (!behind || o->v[i].status == OUTDATED_BEHIND)
			text_row(&o->v[i], ledger, cost);
	summary(o, NULL);
	for (size_t i = 0; i < o->notes.n; i++)
		printf("note: %s\n", o->notes.v[i]);
}

int cmd_outdated(int argc, char **argv, struct ferr *e)
{
	if (cli_wants_help(argc, argv)) {
		fputs(help, stdout);
		return 0;
	}
	static const struct option opts[] = {
		{"distro-index", required_argument, NULL, 'i'}, {"target", required_argument, NULL, 't'},
		{"eco", required_argument, NULL, 'e'},          {"registry", required_argument, NULL, 'r'},
		{"behind", no_argument, NULL, 'b'},             {"ledger", required_argument, NULL, 'L'},
		{"trust-imports", no_argument, NULL, 'T'},      {"cost", no_argument, NULL, 'c'},
		{"json", no_argument, NULL, 'j'},               {NULL, 0, NULL, 0},
	};
	struct strv given = {0}, paths = {0}, ecos = {0}, regs = {0};
	const char *target = "debian", *ledger = NULL;
	int json = 0, behind = 0, trust = 0, cost = 0, c, rc = -1;
	optind = 1;
	while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		switch (c) {
		case 'i': strv_add(&given, optarg); break;
		case 't': target = optarg; break;
		case 'e': strv_add(&ecos, optarg); break;
		case 'r': strv_add(&regs, optarg); break;
		case 'b': behind = 1; break;
		case 'L': ledger = optarg; break;
		case 'T': trust = 1; break;
		case 'c': cost = 1; break;
		case 'j': json = 1; break;
		default: ferr_set(e, FERR_USAGE, "outdated: bad option (see ferry outdated --help)"); goto done;
		}
	}
	const struct family *fam = family_find(target);
	if (!fam || optind != argc) {
		ferr_set(e, FERR_USAGE, "outdated: --target must be debian or fedora, and no operands (see --help)");
		goto done;
	}
	for (size_t i = 0; i < ecos.n; i++)
		if (!eco_find(ecos.v[i])) {
			ferr_set(e, FERR_USAGE, "outdated: --eco %.64s: one of %s", ecos.v[i], eco_names());
			goto done;
		}
	for (size_t i = 0; i < regs.n; i++) {
		const char *eq = strchr(regs.v[i], '=');
		char *eco = eq ? xstrndup(regs.v[i], (size_t)(eq - regs.v[i])) : NULL;
		int ok = eco && eco_find(eco) && eq[1];
		free(eco);
		if (!ok) {
			ferr_set(e, FERR_USAGE, "outdated: --registry %.64s: expected ECO=URL with ECO one of %s",
				 regs.v[i], eco_names());
			goto done;
		}
	}
	distpool_paths(&given, &paths);
	if (!paths.n) {
		ferr_set(e, FERR_CONFIG, "outdated: no distribution index: pass --distro-index INDEX");
		goto done;
	}
	struct outdated o;
	if (outdated_gather(fam, &paths, &ecos, &regs, 16, &o, e) == 0) {
		outdated_review(&o, &regs, ledger, trust, cost);
		print(&o, json, behind, ledger != NULL, cost);
		rc = 0;
	}
	outdated_free(&o);
done:
	strv_free(&given), strv_free(&paths), strv_free(&ecos), strv_free(&regs);
	return rc;
}
