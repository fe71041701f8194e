/* ferry plan: what of a package's dependency closure the distribution
 * already ships, and what must be packaged. */
#include <getopt.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "trustopts.h"
#include "planrun.h"
#include "../core/pkgspec.h"
#include "../core/util.h"
#include "../solver/order.h"
#include "../solver/plan.h"


static const char help[] =
	"usage: ferry plan ECO:NAME[@RANGE] --target fedora|debian [--distro-index INDEX]...\n"
	"                  [--registry URL] [--json | --dot | --build-order]\n"
	"                  [--with-tests] [--with-optional] [--features F,...]\n"
	"                  [--no-default-features] [--arch ARCH]\n\n"
	"Solves the package's runtime closure with libsolv against the\n"
	"distribution's own index (npm: dependencies and peerDependencies;\n"
	"crates: normal and build dependencies for Linux, with the features\n"
	"asked; PyPI: Requires-Dist whose markers hold on the target's Python,\n"
	"with the extras asked).  The distribution's packages are preferred;\n"
	"registry versions are fetched only for what it does not satisfy, the\n"
	"best in each range, one version per slot (semver-major, or major\n"
	"release for PyPI) as distributions ship them.\n"
	"Every package of the closure gets a status:\n"
	"  distro        the distribution ships a satisfying version (which one)\n"
	"  new           not in the distribution: package this version\n"
	"  update        in the distribution, but too old for the requirement\n"
	"  compat        an older major needed beside a newer one\n"
	"  unresolvable  no registry version satisfies the requirement\n"
	"Requirements that cannot hold together are libsolv's problems, explained\n"
	"(exit 1, as for unresolvable ones).\n"
	"Indexes: --distro-index INDEX (repeatable): Packages files or\n"
	"primary.xml in any compression, or rpmdb:ROOT, the rpm database of the\n"
	"system installed under the directory ROOT (rpmdb:/ is this system's);\n"
	"default the host's apt lists.  See ferry index --help.  The registry\n"
	"is found as for ferry import.  Registry documents are kept in the HTTP\n"
	"cache ($XDG_CACHE_HOME/ferry/http, else ~/.cache/ferry/http) and asked\n"
	"for again only when stale (revalidated by ETag or Last-Modified);\n"
	"FERRY_HTTP_CACHE=off turns the cache off.  A transfer may take\n"
	"FERRY_HTTP_TIMEOUT seconds (default 600; 0: no limit) and follow 5\n"
	"redirects; a registry that fails any other way fails the plan (exit 4).\n"
	"  --json         the plan as JSON\n"
	"  --dot          a Graphviz graph, coloured by status\n"
	"  --build-order  build batches of the packages to build, dependencies\n"
	"                 first, one line each: \"N: ITEM ITEM...\"; packages of\n"
	"                 one batch can build in parallel.  An item is NAME@VERSION,\n"
	"                 or cycle(NAME@VERSION NAME@VERSION...) for packages that\n"
	"                 need each other (a bootstrap problem), placed after what\n"
	"                 the cycle needs; items and cycle members are sorted\n"
	"  --with-tests   also what building each package with its tests needs\n"
	"                 (npm devDependencies, crate dev-dependencies, PyPI's\n"
	"                 test/tests/testing extras)\n"
	"  --with-optional  npm optionalDependencies and optional peers\n"
	"  --features F,... crate features of the root (PyPI: the extras, also\n"
	"                 written pypi:NAME[E,...])\n"
	"  --no-default-features  crates: without the root's default feature\n"
	"  --arch ARCH    the target's architecture by the distribution's name\n"
	"                 (Debian amd64, arm64, i386, armhf, ppc64el, s390x, ...;\n"
	"                 Fedora x86_64, aarch64, ...; default amd64 or x86_64):\n"
	"                 npm optional dependencies whose os, cpu or libc exclude\n"
	"                 it are left out, required ones are unresolvable\n"
	"Each version to package has its registry signature checked (npm), as\n"
	"ferry import does; the plan says how each was signed.\n"
	TRUSTOPTS_HELP;

/* a Graphviz graph, coloured by status */
static void print_dot(const struct plan *pl)
{
	static const char *const colour[] = {"palegreen", "lightskyblue", "gold", "orange", "tomato"};
	printf("digraph plan {\n\tnode [style=filled];\n");
	for (size_t i = 0; i < pl->n; i++) {
		const struct plan_node *n = &pl->v[i];
		/* names are checked registry names; versions too */
		printf("\t\"%s%s%s\" [fillcolor=%s, label=\"%s\\n%s%s%s\"];\n", n->name, n->version ? "@" : "",
		       n->version ? n->version : "", colour[n->status], n->name, plan_status_str(n->status),
		       n->distro_pkg ? ": " : "", n->distro_pkg ? n->distro_pkg : "");
		if (*n->required_by)
			printf("\t\"%s\" -> \"%s%s%s\";\n", n->required_by, n->name, n->version ? "@" : "",
			       n->version ? n->version : "");
	}
	printf("}\n");
}

/* one line per node, and libsolv's reason under it */
static void print_table(const struct plan *pl)
{
	printf("%-13s %-32s %-14s %-44s %s\n", "STATUS", "PACKAGE", "VERSION", "DISTRIBUTION", "REQUIRED BY");
	for (size_t i = 0; i < pl->n; i++) {
		const struct plan_node *n = &pl->v[i];
		char *dist = n->distro_pkg ? xasprintf("%s %s", n->distro_pkg, n->distro_version) : xstrdup("-");
		char *by = !*n->required_by ? xstrdup("(root)")
			   : xasprintf("%s (%s%s%s%s%s)", n->required_by, n->range,
				       n->kind != DEP_RUNTIME ? ", " : "", n->kind != DEP_RUNTIME ? dep_kind_str(n->kind) : "",
				       n->feature ? ", feature " : "", n->feature ? n->feature : "");
		printf("%-13s %-32s %-14s %-44s %s\n", plan_status_str(n->status), n->name,
		       n->version ? n->version : "-", dist, by);
		if (n->why)
			printf("%13s %s\n", "", n->why);
		if (n->bundle)   /* bundle.h */
			printf("%13s bundled in %s %s%s\n", "", n->bundle, n->bundle_version,
			       n->status == PLAN_UPDATE ? ": the update takes over its files (Breaks/Replaces)" : "");
		for (size_t k = 0; n->status == PLAN_UPDATE && !n->bundle && k < n->bundle_provides.n; k++)
			printf("%13s %s also provides %.*s %s\n", "", n->distro_pkg,
			       (int)strcspn(n->bundle_provides.v[k], "\t"), n->bundle_provides.v[k],
			       n->bundle_provides.v[k] + strcspn(n->bundle_provides.v[k], "\t") + !!strchr(n->bundle_provides.v[k], '\t'));
		if (n->note)
			printf("%13s note: %s\n", "", n->note);
		if (n->signed_by && *n->signed_by)   /* an unsigned one is in --json, "" */
			printf("%13s registry signature: verified (key %s)\n", "", n->signed_by);
		if (n->provenance)
			printf("%13s provenance: %s@%s\n", "", n->provenance->repository, n->provenance->commit);
		free(dist);
		free(by);
	}
}

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
		{"with-tests", no_argument, NULL, 'T'},
		{"with-optional", no_argument, NULL, 'O'},
		{"features", required_argument, NULL, 'f'},
		{"no-default-features", no_argument, NULL, 'n'},
		{"arch", required_argument, NULL, 'a'},
		TRUSTOPTS_LONG,
		{NULL, 0, NULL, 0},
	};
	struct strv paths = {0};
	const char *target = NULL, *reg_flag = NULL;
	int json = 0, dot = 0, order = 0, c;
	struct plan_opts po = {0};
	struct trustopts trust = {0};
	optind = 1;
	while ((c = getopt_long(argc, argv, "t:", opts, NULL)) != -1) {
		switch (c) {
		case 't': target = optarg; break;
		case 'i': strv_add(&paths, optarg); break;
		case 'r': reg_flag = optarg; break;
		case 'j': json = 1; break;
		case 'd': dot = 1; break;
		case 'b': order = 1; break;
		case 'T': po.with_tests = 1; break;
		case 'O': po.with_optional = 1; break;
		case 'n': po.no_default = 1; break;
		case 'a': po.arch = optarg; break;
		case 'f': planrun_features_add(&po.features, optarg); break;
		default:
			if (trustopts_take(&trust, c, optarg))
				break;
			strv_free(&po.features);
			strv_free(&paths);
			return ferr_set(e, FERR_USAGE, "plan: bad option (see ferry plan --help)");
		}
	}
	const struct family *fam = target ? family_find(target) : NULL;
	if (optind + 1 != argc || !fam) {
		strv_free(&po.features);
		strv_free(&paths);
		return ferr_set(e, FERR_USAGE, "plan: expected ECO:NAME[@RANGE] and --target fedora|debian");
	}
	const char *arg = argv[optind], *why;
	struct pkgspec ps;
	if (pkgspec_parse(arg, PKGSPEC_EXTRAS, &ps, &why) != 0 && !why) {   /* pypi:NAME[EXTRA,...] */
		pkgspec_free(&ps);
		strv_free(&po.features);
		strv_free(&paths);
		return ferr_set(e, FERR_USAGE, "plan: '%s': expected ECO:NAME with ECO one of %s", arg, eco_names());
	}
	char *name = ps.name, *want = ps.want;
	if (ps.extras)
		planrun_features_add(&po.features, ps.extras);
	po.root = name;
	po.want = want;
	int rc = -1;
	struct registry reg = {0};
	struct plan pl = {0};
	if (why) {
		ferr_set(e, FERR_USAGE, "plan: '%.214s': %s", name, why);
		goto done;
	}
	if (trustopts_open(&trust, &reg, ps.eco->name, reg_flag, name, e) != 0 || planrun(&reg, &po, fam, &paths, 0, &pl, e) != 0)
		goto done;
	if (pl.problems.n) {
		if (json) {
			char *t = planrun_json(&pl, name, fam->name);
			fputs(t, stdout);
			free(t);
		} else {
			for (size_t i = 0; i < pl.problems.n; i++)
				printf("%s\n", pl.problems.v[i]);
		}
		rc = ferr_set(e, FERR_FOUND, "%s: the closure cannot be solved (%zu problem%s)", name, pl.problems.n,
			      pl.problems.n == 1 ? "" : "s");
		goto done;
	}
	if (order) {
		struct strv batches = {0};
		plan_build_order(&pl, &batches);
		for (size_t i = 0; i < batches.n; i++)
			printf("%zu: %s\n", i + 1, batches.v[i]);
		strv_free(&batches);
	} else if (dot) {
		print_dot(&pl);
	} else if (json) {
		char *t = planrun_json(&pl, name, fam->name);
		fputs(t, stdout);
		free(t);
	} else {
		print_table(&pl);
	}
	rc = 0;
	for (size_t i = 0; i < pl.n; i++)
		if (pl.v[i].status == PLAN_UNRESOLVABLE)
			rc = ferr_set(e, FERR_FOUND, "%s: the closure has unresolvable requirements", name);
done:
	strv_free(&po.features);
	plan_free(&pl);
	strv_free(&paths);
	registry_close(&reg);
	free(ps.extras);
	free(name);
	free(want);
	return rc;
}
