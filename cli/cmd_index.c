/* ferry index: what a distribution's package index ships of the three
 * ecosystems, through libsolv and the .solv cache. */
#include <getopt.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "cli.h"
#include "../convert/jsonmem.h"
#include "../core/util.h"
#include "../core/family.h"
#include "../solver/distpool.h"
#include "../solver/names.h"

static const char help[] =
	"usage: ferry index [--distro-index INDEX]... [--target debian|fedora]\n"
	"                   [--lookup ECO:NAME]... [--json]\n\n"
	"Loads the distribution's package indexes into libsolv and reports which\n"
	"npm, crates.io and PyPI packages they ship, and by which naming rule each\n"
	"was found.  Each index is cached as a .solv file under\n"
	"$XDG_CACHE_HOME/ferry/solv; an index file whose stat is unchanged since\n"
	"it was read is not read again.  Each is said to be parsed, from the\n"
	".solv cache (found by its sha256), or from the .solv cache, by stat.\n\n"
	"  --distro-index INDEX  an index (repeatable); default: the host's\n"
	"                        /var/lib/apt/lists/*_Packages*.  One of:\n"
	"      PATH              a Debian Packages file or rpm-md primary.xml,\n"
	"                        in any compression\n"
	"      rpmdb:ROOT        the rpm database of the system installed under\n"
	"                        the directory ROOT, at rpm's %_dbpath or\n"
	"                        /usr/lib/sysimage/rpm, /var/lib/rpm,\n"
	"                        /usr/share/rpm (rpmdb:/ is this system's;\n"
	"                        --target fedora)\n"
	"  --target T           debian (default) or fedora: the version semantics\n"
	"  --lookup ECO:NAME    the distribution packages that ship ECO:NAME\n"
	"  --json               one JSON document on stdout (\"loaded\": parsed,\n"
	"                       cached or cached-by-stat)\n";

/* What ferry index gathers over the indexes: the text and JSON reports,
 * and per (ecosystem, naming rule) a count */
struct report {
	Pool *pool;
	const struct family *fam;
	const struct strv *lookups;
	struct strv rules;      /* "ECO\tRULE", at most 64 */
	long counts[64];
	struct buf out;
	json_t *jidx, *jlook;
};

/* the lookups that name this upstream package */
static void lookup_one(struct report *rp, const struct upname *u)
{
	for (size_t q = 0; q < rp->lookups->n; q++) {
		const char *lk = rp->lookups->v[q], *colon = strchr(lk, ':');
		if (!colon || strncmp(lk, u->eco, (size_t)(colon - lk)) != 0 || !names_same(u->eco, colon + 1, u->name))
			continue;
		Solvable *s = pool_id2solvable(rp->pool, u->solvable);
		const char *pkg = pool_id2str(rp->pool, s->name), *evr = pool_id2str(rp->pool, s->evr);
		buf_printf(&rp->out, "%s: %s %s in %s %s (%s)\n", lk, u->name, u->version, pkg, evr, u->rule);
		json_t *jl = json_object();
		json_object_set_new(jl, "lookup", json_string(lk));
		json_object_set_new(jl, "name", json_string(u->name));
		json_object_set_new(jl, "version", json_string(u->version));
		json_object_set_new(jl, "package", json_string(pkg));
		json_object_set_new(jl, "package_version", json_string(evr));
		json_object_set_new(jl, "rule", json_string(u->rule));
		json_array_append_new(rp->jlook, jl);
	}
}

/* distpool_each: one index reported, its names counted and looked up */
static int one_index(void *ctx, const char *path, const struct distro_load *l, struct ferr *e)
{
	struct report *rp = ctx;
	if (!distpool_kind_of(rp->fam, l->kind)) {
		const struct family *other = NULL;
		for (size_t i = 0; (other = family_at(i)) != NULL && !distpool_kind_of(other, l->kind); i++)
			;
		return ferr_set(e, FERR_USAGE, "index: %s is %s; pass --target %s", path, distpool_kind_what(path, l->kind),
				other ? other->name : "(none)");
	}
	static const char *const how[] = {
		[DISTRO_PARSED] = "parsed", [DISTRO_CACHED] = "from the .solv cache",
		[DISTRO_CACHED_STAT] = "from the .solv cache, by stat",
	};
	buf_printf(&rp->out, "index %s: %d packages (%s%s)\n", path, l->repo->nsolvables, how[l->how],
		   l->how == DISTRO_PARSED && l->stored ? ", cached" : "");
	json_t *ji = json_object();
	json_object_set_new(ji, "path", json_string(path));
	json_object_set_new(ji, "packages", json_integer(l->repo->nsolvables));
	json_object_set_new(ji, "cached", json_boolean(l->how != DISTRO_PARSED));
	json_object_set_new(ji, "loaded", json_string(distro_how_str(l->how)));
	json_object_set_new(ji, "sha256", json_string(l->sha256));
	json_array_append_new(rp->jidx, ji);
	struct upname *names;
	size_t n;
	names_recover(rp->pool, l->repo, l->kind, &names, &n);
	for (size_t k = 0; k < n; k++) {
		char *key = xasprintf("%s\t%s", names[k].eco, names[k].rule);
		size_t r;
		for (r = 0; r < rp->rules.n && strcmp(rp->rules.v[r], key) != 0; r++)
			;
		if (r == rp->rules.n && r < 64)
			strv_add(&rp->rules, key);
		if (r < 64)
			rp->counts[r]++;
		free(key);
		lookup_one(rp, &names[k]);
	}
	names_free(names, n);
	return 0;
}

/* "ECO names by RULE: N" lines, and {"ECO": {"RULE": N}} */
static json_t *rule_counts(struct report *rp)
{
	json_t *jnames = json_object();
	for (size_t r = 0; r < rp->rules.n; r++) {
		char *tab = strchr(rp->rules.v[r], '\t');
		*tab = 0;
		buf_printf(&rp->out, "%s names by %s: %ld\n", rp->rules.v[r], tab + 1, rp->counts[r]);
		json_t *je = json_object_get(jnames, rp->rules.v[r]);
		if (!je) {
			je = json_object();
			json_object_set_new(jnames, rp->rules.v[r], je);
		}
		json_object_set_new(je, tab + 1, json_integer(rp->counts[r]));
		*tab = '\t';
	}
	return jnames;
}

int cmd_index(int argc, char **argv, struct ferr *e)
{
	if (cli_wants_help(argc, argv)) {
		fputs(help, stdout);
		return 0;
	}
	static const struct option opts[] = {
		{"distro-index", required_argument, NULL, 'i'},
		{"target", required_argument, NULL, 't'},
		{"lookup", required_argument, NULL, 'l'},
		{"json", no_argument, NULL, 'j'},
		{NULL, 0, NULL, 0},
	};
	struct strv given = {0}, paths = {0}, lookups = {0};
	const char *target = "debian";
	int json = 0, c, rc = -1;
	optind = 1;
	while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		switch (c) {
		case 'i': strv_add(&given, optarg); break;
		case 't': target = optarg; break;
		case 'l': strv_add(&lookups, optarg); break;
		case 'j': json = 1; break;
		default:
			strv_free(&given);
			strv_free(&lookups);
			return ferr_set(e, FERR_USAGE, "index: bad option (see ferry index --help)");
		}
	}
	const struct family *fam = family_find(target);
	distpool_paths(&given, &paths);
	strv_free(&given);
	if (!fam) {
		strv_free(&paths);
		strv_free(&lookups);
		return ferr_set(e, FERR_USAGE, "index: --target must be debian or fedora");
	}
	if (!paths.n) {
		strv_free(&lookups);
		return ferr_set(e, FERR_CONFIG, "index: no distribution index: pass --distro-index INDEX (a Packages "
				"file or primary.xml, any compression, or rpmdb:ROOT)");
	}
	struct report rp = {.fam = fam, .lookups = &lookups, .jidx = json_array(), .jlook = json_array()};
	json_t *doc = json_object();
	rp.pool = distpool_new(fam, e);
	if (!rp.pool || distpool_load(rp.pool, &paths, one_index, &rp, e) < 0)
		goto done;
	json_object_set_new(doc, "names", rule_counts(&rp));
	json_object_set_new(doc, "indexes", rp.jidx);
	json_object_set_new(doc, "lookups", rp.jlook);
	rp.jidx = rp.jlook = NULL;
	if (json) {
		char *s = jsonmem_dumps(doc, JSON_SORT_KEYS | JSON_INDENT(2));
		puts(s);
		free(s);
	} else {
		fputs(rp.out.p ? rp.out.p : "", stdout);
	}
	rc = 0;
done:
	json_decref(rp.jidx);
	json_decref(rp.jlook);
	json_decref(doc);
	buf_free(&rp.out);
	strv_free(&rp.rules);
	strv_free(&paths);
	strv_free(&lookups);
	if (rp.pool)
		pool_free(rp.pool);
	return rc;
}
