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
#include "../solver/distro.h"
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
	struct strv paths = {0}, lookups = {0};
	const char *target = "debian";
	int json = 0, c, rc = -1;
	optind = 1;
	while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		switch (c) {
		case 'i': strv_add(&paths, optarg); break;
		case 't': target = optarg; break;
		case 'l': strv_add(&lookups, optarg); break;
		case 'j': json = 1; break;
		default:
			strv_free(&paths);
			strv_free(&lookups);
			return ferr_set(e, FERR_USAGE, "index: bad option (see ferry index --help)");
		}
	}
	if (strcmp(target, "debian") != 0 && strcmp(target, "fedora") != 0) {
		strv_free(&paths);
		strv_free(&lookups);
		return ferr_set(e, FERR_USAGE, "index: --target must be debian or fedora");
	}
	if (!paths.n)
		distro_default_indexes(&paths);
	if (!paths.n) {
		strv_free(&lookups);
		return ferr_set(e, FERR_CONFIG, "index: no distribution index: pass --distro-index INDEX (a Packages "
				"file or primary.xml, any compression, or rpmdb:ROOT)");
	}
	Pool *pool = pool_create();
	pool_setdisttype(pool, strcmp(target, "fedora") == 0 ? DISTTYPE_RPM : DISTTYPE_DEB);
	json_t *doc = json_object(), *jidx = json_array(), *jnames = json_object(), *jlook = json_array();
	struct strv rules = {0};
	long counts[64] = {0};
	struct buf out = {0};
	for (size_t i = 0; i < paths.n; i++) {
		struct distro_load l;
		if (distro_load(pool, paths.v[i], &l, e) != 0) {
			distro_load_free(&l);
			goto done;
		}
		int kind_ok = (l.kind == DISTRO_RPM) == (strcmp(target, "fedora") == 0);
		if (!kind_ok) {
			distro_load_free(&l);
			ferr_set(e, FERR_USAGE, "index: %s is %s; pass --target %s", paths.v[i],
				 l.kind == DISTRO_DEB ? "a Debian index" :
				 str_startswith(paths.v[i], "rpmdb:") ? "an rpm database" : "a rpm-md index",
				 l.kind == DISTRO_RPM ? "fedora" : "debian");
			goto done;
		}
		static const char *const how[] = {
			[DISTRO_PARSED] = "parsed", [DISTRO_CACHED] = "from the .solv cache",
			[DISTRO_CACHED_STAT] = "from the .solv cache, by stat",
		};
		buf_printf(&out, "index %s: %d packages (%s%s)\n", paths.v[i], l.repo->nsolvables, how[l.how],
			   l.how == DISTRO_PARSED && l.stored ? ", cached" : "");
		json_t *ji = json_object();
		json_object_set_new(ji, "path", json_string(paths.v[i]));
		json_object_set_new(ji, "packages", json_integer(l.repo->nsolvables));
		json_object_set_new(ji, "cached", json_boolean(l.how != DISTRO_PARSED));
		json_object_set_new(ji, "loaded", json_string(distro_how_str(l.how)));
		json_object_set_new(ji, "sha256", json_string(l.sha256));
		json_array_append_new(jidx, ji);
		struct upname *names;
		size_t n;
		names_recover(pool, l.repo, l.kind, &names, &n);
		for (size_t k = 0; k < n; k++) {
			char *key = xasprintf("%s\t%s", names[k].eco, names[k].rule);
			size_t r;
			for (r = 0; r < rules.n && strcmp(rules.v[r], key) != 0; r++)
				;
			if (r == rules.n && r < 64)
				strv_add(&rules, key);
			if (r < 64)
				counts[r]++;
			free(key);
			for (size_t q = 0; q < lookups.n; q++) {
				const char *colon = strchr(lookups.v[q], ':');
				if (!colon || strncmp(lookups.v[q], names[k].eco, (size_t)(colon - lookups.v[q])) != 0 ||
				    !names_same(names[k].eco, colon + 1, names[k].name))
					continue;
				Solvable *s = pool_id2solvable(pool, names[k].solvable);
				buf_printf(&out, "%s: %s %s in %s %s (%s)\n", lookups.v[q], names[k].name, names[k].version,
					   pool_id2str(pool, s->name), pool_id2str(pool, s->evr), names[k].rule);
				json_t *jl = json_object();
				json_object_set_new(jl, "lookup", json_string(lookups.v[q]));
				json_object_set_new(jl, "name", json_string(names[k].name));
				json_object_set_new(jl, "version", json_string(names[k].version));
				json_object_set_new(jl, "package", json_string(pool_id2str(pool, s->name)));
				json_object_set_new(jl, "package_version", json_string(pool_id2str(pool, s->evr)));
				json_object_set_new(jl, "rule", json_string(names[k].rule));
				json_array_append_new(jlook, jl);
			}
		}
		names_free(names, n);
		distro_load_free(&l);
	}
	for (size_t r = 0; r < rules.n; r++) {
		char *tab = strchr(rules.v[r], '\t');
		*tab = 0;
		buf_printf(&out, "%s names by %s: %ld\n", rules.v[r], tab + 1, counts[r]);
		json_t *je = json_object_get(jnames, rules.v[r]);
		if (!je) {
			je = json_object();
			json_object_set_new(jnames, rules.v[r], je);
		}
		json_object_set_new(je, tab + 1, json_integer(counts[r]));
		*tab = '\t';
	}
	json_object_set_new(doc, "indexes", jidx);
	json_object_set_new(doc, "names", jnames);
	json_object_set_new(doc, "lookups", jlook);
	jidx = jnames = jlook = NULL;
	if (json) {
		char *s = jsonmem_dumps(doc, JSON_SORT_KEYS | JSON_INDENT(2));
		puts(s);
		free(s);
	} else {
		fputs(out.p ? out.p : "", stdout);
	}
	rc = 0;
done:
	json_decref(jidx);
	json_decref(jnames);
	json_decref(jlook);
	json_decref(doc);
	buf_free(&out);
	strv_free(&rules);
	strv_free(&paths);
	strv_free(&lookups);
	pool_free(pool);
	return rc;
}
