/* ferry plan: what of a package's dependency closure the distribution
 * already ships, and what must be packaged. */
#include <getopt.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "planrun.h"
#include "source.h"
#include "../core/util.h"
#include "../solver/order.h"
#include "../solver/plan.h"


static const char help[] =
	"usage: ferry plan ECO:NAME[@RANGE] --target fedora|debian [--distro-index PATH]...\n"
	"                  [--registry URL] [--json | --dot | --build-order]\n\n"
	"Walks the package's runtime dependencies (npm: dependencies and\n"
	"peerDependencies; crates: normal and build dependencies for Linux;\n"
	"PyPI: Requires-Dist whose markers hold on the target's Python) and asks\n"
	"libsolv, on the distribution's own index, whether a package there\n"
	"satisfies each requirement.  Every package of the closure gets a status:\n"
	"  distro        the distribution ships a satisfying version (which one)\n"
	"  new           not in the distribution: package this version\n"
	"  update        in the distribution, but too old for the requirement\n"
	"  compat        an older major needed beside a newer one\n"
	"  unresolvable  no registry version satisfies the requirement\n"
	"Indexes: --distro-index PATH (repeatable; Packages files in any\n"
	"compression, primary.xml), default the host's apt lists.  The registry\n"
	"is found as for ferry import.\n"
	"  --json         the plan as JSON\n"
	"  --dot          a Graphviz graph, coloured by status\n"
	"  --build-order  build batches of the packages to build, dependencies\n"
	"                 first, one line each: \"N: ITEM ITEM...\"; packages of\n"
	"                 one batch can build in parallel.  An item is NAME@VERSION,\n"
	"                 or cycle(NAME@VERSION NAME@VERSION...) for packages that\n"
	"                 need each other (a bootstrap problem), placed after what\n"
	"                 the cycle needs; items and cycle members are sorted\n";

int cmd_plan(int argc, char **argv, struct ferr *e)
{
	if (cli_wants_help(argc, argv)) {
		fputs(help, stdout);
		return 0;
	}
	static const struct option opts[] = {
		{"target", required_argument, NULL, 't'},
		{"distro-index", required_argument, NULL, 'i'},
		{"registry", required_argument, NULL, 'r'},
		{"json", no_argument, NULL, 'j'},
		{"dot", no_argument, NULL, 'd'},
		{"build-order", no_argument, NULL, 'b'},
		{NULL, 0, NULL, 0},
	};
	struct strv paths = {0};
	const char *target = NULL, *reg_flag = NULL;
	int json = 0, dot = 0, order = 0, c;
	optind = 1;
	while ((c = getopt_long(argc, argv, "t:", opts, NULL)) != -1) {
		switch (c) {
		case 't': target = optarg; break;
		case 'i': strv_add(&paths, optarg); break;
		case 'r': reg_flag = optarg; break;
		case 'j': json = 1; break;
		case 'd': dot = 1; break;
		case 'b': order = 1; break;
		default:
			strv_free(&paths);
			return ferr_set(e, FERR_USAGE, "plan: bad option (see ferry plan --help)");
		}
	}
	if (optind + 1 != argc || !target || (strcmp(target, "fedora") != 0 && strcmp(target, "debian") != 0)) {
		strv_free(&paths);
		return ferr_set(e, FERR_USAGE, "plan: expected ECO:NAME[@RANGE] and --target fedora|debian");
	}
	const char *arg = argv[optind], *colon = strchr(arg, ':');
	char *eco = colon ? xstrndup(arg, (size_t)(colon - arg)) : NULL;
	const struct source *src = eco ? source_find(eco) : NULL;
	free(eco);
	if (!src) {
		strv_free(&paths);
		return ferr_set(e, FERR_USAGE, "plan: '%s': expected ECO:NAME with ECO one of %s", arg, source_names());
	}
	const char *s = colon + 1, *at = strchr(s + (s[0] == '@'), '@');
	char *name = at ? xstrndup(s, (size_t)(at - s)) : xstrdup(s);
	char *want = at ? xstrdup(at + 1) : NULL;
	int rpm = strcmp(target, "fedora") == 0, rc = -1;
	char *registry = NULL;
	struct plan pl = {0};
	const char *why = src->invalid_name(name);
	if (why) {
		ferr_set(e, FERR_USAGE, "plan: '%.214s': %s", name, why);
		goto done;
	}
	registry = src->registry(reg_flag, name, e);
	if (!registry || planrun(src, registry, name, want, rpm, &paths, 0, &pl, e) != 0)
		goto done;
	if (order) {
		struct strv batches = {0};
		plan_build_order(&pl, &batches);
		for (size_t i = 0; i < batches.n; i++)
			printf("%zu: %s\n", i + 1, batches.v[i]);
		strv_free(&batches);
	} else if (dot) {
		static const char *const colour[] = {"palegreen", "lightskyblue", "gold", "orange", "tomato"};
		printf("digraph plan {\n\tnode [style=filled];\n");
		for (size_t i = 0; i < pl.n; i++) {
			const struct plan_node *n = &pl.v[i];
			/* names are checked registry names; versions too */
			printf("\t\"%s%s%s\" [fillcolor=%s, label=\"%s\\n%s%s%s\"];\n", n->name, n->version ? "@" : "",
			       n->version ? n->version : "", colour[n->status], n->name, plan_status_str(n->status),
			       n->distro_pkg ? ": " : "", n->distro_pkg ? n->distro_pkg : "");
			if (*n->required_by)
				printf("\t\"%s\" -> \"%s%s%s\";\n", n->required_by, n->name, n->version ? "@" : "",
				       n->version ? n->version : "");
		}
		printf("}\n");
	} else if (json) {
		char *t = planrun_json(&pl);
		fputs(t, stdout);
		free(t);
	} else {
		printf("%-13s %-32s %-14s %-44s %s\n", "STATUS", "PACKAGE", "VERSION", "DISTRIBUTION", "REQUIRED BY");
		for (size_t i = 0; i < pl.n; i++) {
			const struct plan_node *n = &pl.v[i];
			char *dist = n->distro_pkg ? xasprintf("%s %s", n->distro_pkg, n->distro_version) : xstrdup("-");
			char *by = *n->required_by ? xasprintf("%s (%s)", n->required_by, n->range) : xstrdup("(root)");
			printf("%-13s %-32s %-14s %-44s %s\n", plan_status_str(n->status), n->name,
			       n->version ? n->version : "-", dist, by);
			if (n->why)
				printf("%13s %s\n", "", n->why);
			free(dist);
			free(by);
		}
	}
	rc = 0;
	for (size_t i = 0; i < pl.n; i++)
		if (pl.v[i].status == PLAN_UNRESOLVABLE)
			rc = ferr_set(e, FERR_FOUND, "%s: the closure has unresolvable requirements", name);
done:
	plan_free(&pl);
	strv_free(&paths);
	free(registry);
	free(name);
	free(want);
	return rc;
}
