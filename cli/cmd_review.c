/* ferry review: what changed between two versions of a package (or what a
 * first version holds), and the findings of the review rules
 * (review/review.h, docs/rules.md). */
#include <getopt.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "trustopts.h"
#include "../convert/pkgfetch.h"
#include "../core/eco.h"
#include "../core/pkgspec.h"
#include "../core/util.h"
#include "../fetch/registry.h"
#include "../review/review.h"
#include "distroship.h"
#include "sourcerun.h"

#define MAX_LOOKALIKES 10

static const char help[] =
	"usage: ferry review ECO:NAME@OLD..NEW [options]   (a delta review)\n"
	"       ferry review ECO:NAME@VERSION [options]    (a first review)\n\n"
	"Fetches the artifacts (checked against the registry's digests), reads them\n"
	"in memory and reports the metadata delta (dependencies, install hooks, bins,\n"
	"license, repository, publisher, maintainers, publish time), the file delta\n"
	"with unified diffs of changed text files, and the findings of the review\n"
	"rules (docs/rules.md): rule, severity, explanation, evidence.  When the\n"
	"name imitates a popular one (typosquat), that package's latest version is\n"
	"fetched from the same registry and compared file by file (diffs cut at\n"
	"40 lines a file, 200 in all).\n"
	"ECO is npm, crate or pypi.\n\n"
	"options:\n"
	"      --registry URL     the registry (else as ferry import finds it)\n"
	TRUSTOPTS_HELP
	"      --json             one JSON document on stdout\n"
	"      --fail-on SEV      exit 1 when a finding is at least SEV\n"
	"                         (info, low, medium, high)\n"
	"      --popular FILE     more popular names for the typosquat rule (one a\n"
	"                         line, or GuardDog's {\"packages\": [...]} JSON)\n"
	"      --recent-days N    a dependency first published less than N days\n"
	"                         before the version is recent (default 30)\n"
	"      --distro-index INDEX  the target distribution's index (repeatable; a\n"
	"                         Packages file, a primary.xml, or rpmdb:ROOT, as\n"
	"                         ferry plan takes them): the rule\n"
	"                         distro-version-gone checks that the version it\n"
	"                         ships is still in the registry, not yanked or\n"
	"                         deprecated\n"
	"      --no-diff          leave the unified diffs out\n"
	"      --source DIR|URL   compare the new version's artifact with its source:\n"
	"                         the tree of the git repository DIR or URL at the\n"
	"                         commit its verified provenance names, else its own\n"
	"                         record (npm gitHead, .cargo_vcs_info.json), else the\n"
	"                         tag vVERSION, VERSION or NAME@VERSION; the files the\n"
	"                         ecosystem's pack step would ship (npm files and\n"
	"                         .npmignore, Cargo include/exclude) byte for byte:\n"
	"                         rule source-mismatch\n"
	"      --source-ref REF   the commit or tag to compare with\n"
	"      --no-tarball-rewrite  npm: fetch dist.tarball as given\n";

struct opts {
	const char *registry, *popular;
	struct strv indexes;   /* --distro-index */
	int json, diffs, rewrite;
	int fail_on;
	long long recent_days;
	struct trustopts trust;
	const char *source, *source_ref;   /* --source, --source-ref */
};

/* "ECO:NAME@OLD..NEW" or "ECO:NAME@VERSION" (core/pkgspec.h) */
static int parse_arg(const char *arg, struct pkgspec *ps, char **old, char **new, struct ferr *e)
{
	const char *why;
	if ((pkgspec_parse(arg, 0, ps, &why) != 0 && !why) || !ps->want || !*ps->want)
		return ferr_set(e, FERR_USAGE, "review: '%.200s': expected ECO:NAME@OLD..NEW or ECO:NAME@VERSION, ECO one of %s",
				arg, eco_names());
	const char *want = ps->want, *dots = strstr(want, "..");
	if (dots) {
		*old = xstrndup(want, (size_t)(dots - want));
		*new = xstrdup(dots + 2);
		if (!**old || !**new)
			return ferr_set(e, FERR_USAGE, "review: '%.200s': a version is missing around '..'", arg);
	} else {
		*new = xstrdup(want);
	}
	if (why)
		return ferr_set(e, FERR_USAGE, "review: '%.200s': %s", ps->name, why);
	return 0;
}

/* the document of another package of the same registry, under the
 * spelling the registry keeps (*spelling, the caller's): NULL with
 * *missing set when the registry does not know it, NULL with e set on
 * failure */
static char *doc_of(const struct registry *reg, const char *name, size_t *len, char **spelling, int *missing,
		    struct ferr *e)
{
	char *what = xasprintf("%s: registry metadata", name);
	struct registry_doc d;
	struct ferr e2 = {0};
	*missing = 0;
	if (registry_doc_spelled(reg, name, what, spelling, &d, &e2) != 0) {
		if (e2.kind == FERR_MISSING)
			*missing = 1;
		else
			*e = e2;
	}
	free(what);
	free(d.url);
	*len = d.len;
	return d.body;
}

static int dep_facts(const struct registry *reg, const struct pkg *old, const struct pkg *new,
		     struct depfact **out, size_t *n, struct ferr *e)
{
	for (size_t i = 0; i < new->ndeps; i++) {
		const struct dep *d = &new->deps[i];
		int seen = 0;
		for (size_t k = 0; old && k < old->ndeps; k++)
			seen |= strcmp(old->deps[k].name, d->name) == 0;
		for (size_t k = 0; k < *n; k++)
			seen |= strcmp((*out)[k].name, d->name) == 0;
		if (seen || d->kind == DEP_DEV)
			continue;
		size_t len;
		int missing;
		char *spelling = NULL;
		char *doc = doc_of(reg, d->name, &len, &spelling, &missing, e);
		free(spelling);
		if (!doc && !missing)
			return -1;
		struct history h = {0};
		struct ferr e2 = {0};
		if (doc && history_read(reg->eco, d->name, doc, len, &h, &e2) != 0)
			missing = 0;
		*out = xrealloc(*out, (*n + 1) * sizeof **out);
		(*out)[(*n)++] = (struct depfact){xstrdup(d->name), xstrdup(h.first ? h.first : ""), missing, NULL};
		history_free(&h);
		free(doc);
	}
	return 0;
}

static int lookalikes(const struct registry *reg, const struct opts *o, const char *name, struct strv *hows,
		      struct lookalike **out, size_t *n, struct ferr *e)
{
	const struct eco *eco = eco_find(reg->eco);
	const struct reader *rd = reader_find(reg->eco);
	struct strv names = {0};
	if (typo_candidates(reg->eco, name, o->popular, &names, hows, e) != 0)
		return -1;
	for (size_t i = 0; i < names.n && i < MAX_LOOKALIKES; i++) {
		struct lookalike l = {xstrdup(names.v[i]), hows->v[i], {0}, 0, NULL};
		size_t len;
		int missing;
		struct ferr e2 = {0};
		char *spelling = NULL, *ref = NULL;
		char *doc = doc_of(reg, names.v[i], &len, &spelling, &missing, &e2);
		struct pkg p = {0};
		if (doc && rd->select(doc, len, spelling, NULL, &p, &ref, &e2) == 0) {
			l.known = 1;
			l.registry_name = spelling, spelling = NULL;
			for (size_t k = 0; k < p.maintainers.n; k++)
				strv_add(&l.maintainers, p.maintainers.v[k]);
			if (p.publisher && *p.publisher)
				strv_add(&l.maintainers, p.publisher);
			/* where the ecosystem has an author beside them (PyPI) */
			if (eco->author_publishes && p.author && *p.author)
				strv_add(&l.maintainers, p.author);
		}
		pkg_free(&p);
		free(doc), free(ref), free(spelling);
		*out = xrealloc(*out, (*n + 1) * sizeof **out);
		(*out)[(*n)++] = l;
	}
	strv_free(&names);
	return 0;
}

/* ---- the impersonated package ------------------------------------------ */
#define IMP_DIFF_LINES 40      /* lines of each diff against it */
#define IMP_DIFF_TOTAL 200     /* lines of all of them */

struct impersonation {
	const char *name;      /* the popular name; NULL when typosquat did not fire */
	char *unfetched;       /* why it could not be compared (one line), or NULL */
	struct pkg p;
	struct fetched f;
	struct review cmp;     /* the impersonated package (old) -> this one (new) */
	size_t identical;      /* files the same in both */
};

static void impersonation_free(struct impersonation *m)
{
	free(m->unfetched);
	pkg_free(&m->p);
	fetched_free(&m->f);
	review_free(&m->cmp);
	memset(m, 0, sizeof *m);
}

/* When typosquat fired: the package against the first name it imitates
 * that the registry has (its latest version), through the same deltas as
 * OLD..NEW.  Not finding it is said, not an error; 0, or -1 with e set
 * when the comparison itself fails. */
static int impersonation(const struct registry *reg, const struct review *r, const struct lookalike *looks,
			 size_t nlooks, const struct review_in *mine, struct impersonation *m, struct ferr *e)
{
	const struct lookalike *l = NULL;
	for (size_t i = 0; i < r->impersonated.n && !l; i++)
		for (size_t k = 0; k < nlooks && !l; k++)
			if (looks[k].known && strcmp(looks[k].name, r->impersonated.v[i]) == 0)
				l = &looks[k];
	if (!r->impersonated.n)
		return 0;
	if (!l) {
		m->name = r->impersonated.v[0];
		m->unfetched = xstrdup("not in this registry");
		return 0;
	}
	m->name = l->name;
	struct ferr e2 = {0};
	if (pkgfetch(reg, l->registry_name, NULL, archive_keep_all, &m->p, &m->f, &e2) != 0) {
		m->unfetched = xasprintf("cannot be fetched from this registry: %s", e2.msg);
		return 0;
	}
	struct review_in in = *mine;
	in.old = &m->p, in.oldf = &m->f.files;
	in.hist = NULL, in.looks = NULL, in.nlooks = 0, in.source = NULL;
	if (review_compare(&in, &m->cmp, e) != 0)
		return -1;
	review_cap_diffs(&m->cmp, IMP_DIFF_LINES, IMP_DIFF_TOTAL);
	size_t changed = 0, files = 0;
	for (size_t i = 0; i < m->cmp.nfiles; i++)
		changed += m->cmp.files[i].status != 'D';
	for (size_t i = 0; i < mine->newf->n; i++)
		files += mine->newf->v[i].type == 'f';
	m->identical = files - changed;
	return 0;
}

/* ---- output ------------------------------------------------------------- */

static void print_meta(const struct review *r, const char *indent)
{
	if (!r->nmeta)
		printf("%s(unchanged)\n", indent);
	for (size_t i = 0; i < r->nmeta; i++) {
		const struct metachange *m = &r->meta[i];
		printf("%s%s: %s -> %s%s%s%s\n", indent, m->field, m->old ? m->old : "(none)", m->new ? m->new : "(none)",
		       m->note ? " [" : "", m->note ? m->note : "", m->note ? "]" : "");
	}
}

static void print_files(const struct review *r, const char *indent)
{
	for (size_t i = 0; i < r->nfiles; i++) {
		const struct filechange *f = &r->files[i];
		printf("%s%c %s", indent, f->status, f->path);
		if (f->status == 'A')
			printf(" (%zu bytes%s)\n", f->new_size, f->binary ? ", binary" : "");
		else if (f->status == 'D')
			printf(" (%zu bytes)\n", f->old_size);
		else
			printf(" (%zu to %zu bytes%s)\n", f->old_size, f->new_size, f->binary ? ", binary" : "");
	}
}

static void count_files(const struct review *r, size_t *a, size_t *d, size_t *c)
{
	*a = *d = *c = 0;
	for (size_t i = 0; i < r->nfiles; i++)
		*a += r->files[i].status == 'A', *d += r->files[i].status == 'D', *c += r->files[i].status == 'M';
}

static void print_impersonation(const struct pkg *new, const struct impersonation *m, const struct opts *o)
{
	if (!m->name)
		return;
	if (m->unfetched) {
		printf("\nimpersonates: %s: %s; no comparison\n", m->name, m->unfetched);
		return;
	}
	const struct review *r = &m->cmp;
	size_t a, d, c;
	count_files(r, &a, &d, &c);
	printf("\nimpersonates: %s %s (its latest version in this registry): %s, %zu bytes, sha512 %.16s...\n",
	       m->p.name, m->p.version, m->p.source_file, m->p.source_size, m->p.sha512);
	printf("  metadata, %s -> %s:\n", m->p.name, new->name);
	print_meta(r, "    ");
	printf("  files: %zu only in %s (A), %zu only in %s (D), %zu changed (M), %zu identical (%zu to %zu bytes unpacked)\n",
	       a, new->name, d, m->p.name, c, m->identical, r->old_bytes, r->new_bytes);
	print_files(r, "    ");
	if (!o->diffs)
		return;
	printf("  diffs, a/ = %s, b/ = %s (cut at %d lines a file, %d in all; %zu lines cut):\n", m->p.name, new->name,
	       IMP_DIFF_LINES, IMP_DIFF_TOTAL, r->diff_lines_cut);
	for (size_t i = 0; i < r->nfiles; i++)
		if (r->files[i].diff)
			printf("%s", r->files[i].diff);
}

static void print_text(const char *eco, const struct pkg *old, const struct pkg *new, const struct review *r,
		       const struct impersonation *m, const struct srcmatch *sm, const struct opts *o)
{
	printf("review %s:%s %s%s%s\n", eco, new->name, old ? old->version : "", old ? ".." : "", new->version);
	for (int i = 0; i < 2; i++) {
		const struct pkg *p = i ? new : old;
		if (p) {
			char *sig = pkgfetch_signature_said(p), *prov = pkgfetch_provenance_said(p);
			printf("  %s: %s, %zu bytes, sha512 %.16s...%s%s\n", i ? "new" : "old", p->source_file,
			       p->source_size, p->sha512, sig ? "; " : "", sig ? sig : "");
			if (prov)
				printf("       %s\n", prov);
			free(sig), free(prov);
		}
	}
	printf("\nmetadata%s:\n", old ? " delta" : "");
	print_meta(r, "  ");
	if (old) {
		size_t a, d, c;
		count_files(r, &a, &d, &c);
		printf("\nfiles: %zu added, %zu removed, %zu changed (%zu to %zu bytes unpacked)\n", a, d, c, r->old_bytes,
		       r->new_bytes);
		print_files(r, "  ");
	} else {
		printf("\nfiles: %zu bytes unpacked\n", r->new_bytes);
	}
	if (sm)
		sourcerun_print(sm, o->diffs);
	printf("\nfindings: %zu\n", r->nfindings);
	for (size_t i = 0; i < r->nfindings; i++) {
		const struct finding *f = &r->findings[i];
		printf("  %-6s %-19s %s\n         at %s\n", severity_str(f->sev), f->rule, f->why, f->evidence);
	}
	print_impersonation(new, m, o);
	if (o->diffs)
		for (size_t i = 0; i < r->nfiles; i++)
			if (r->files[i].diff)
				printf("\n%s", r->files[i].diff);
}

static json_t *str_or_null(const char *s)
{
	return s ? json_string(s) : json_null();
}

static json_t *side_json(const struct pkg *p)
{
	if (!p)
		return json_null();
	json_t *o = json_object();
	json_object_set_new(o, "version", json_string(p->version));
	json_object_set_new(o, "artifact", json_string(p->source_file));
	json_object_set_new(o, "size", json_integer((json_int_t)p->source_size));
	json_object_set_new(o, "sha512", json_string(p->sha512));
	json_object_set_new(o, "publish_time", json_string(p->publish_time ? p->publish_time : ""));
	/* the key ids that verified the registry's signature; "": none; null:
	 * the registry signs nothing */
	json_object_set_new(o, "signed_by", str_or_null(p->signed_by));
	/* verified provenance; null: none verified (provenance_note says why,
	 * where the registry names some) */
	json_object_set_new(o, "provenance", p->provenance ? trustopts_provenance_json(p->provenance) : json_null());
	json_object_set_new(o, "provenance_note", str_or_null(p->provenance_note));
	return o;
}

static json_t *meta_json(const struct review *r)
{
	json_t *meta = json_array();
	for (size_t i = 0; i < r->nmeta; i++) {
		json_t *m = json_object();
		json_object_set_new(m, "field", json_string(r->meta[i].field));
		json_object_set_new(m, "old", str_or_null(r->meta[i].old));
		json_object_set_new(m, "new", str_or_null(r->meta[i].new));
		if (r->meta[i].note)
			json_object_set_new(m, "note", json_string(r->meta[i].note));
		json_array_append_new(meta, m);
	}
	return meta;
}

static json_t *files_json(const struct review *r, const struct opts *o)
{
	json_t *files = json_array();
	for (size_t i = 0; i < r->nfiles; i++) {
		const struct filechange *f = &r->files[i];
		json_t *x = json_object();
		char st[2] = {f->status, 0};
		json_object_set_new(x, "path", json_string(f->path));
		json_object_set_new(x, "status", json_string(st));
		json_object_set_new(x, "old_size", json_integer((json_int_t)f->old_size));
		json_object_set_new(x, "new_size", json_integer((json_int_t)f->new_size));
		json_object_set_new(x, "binary", json_boolean(f->binary));
		if (o->diffs && f->diff)
			json_object_set_new(x, "diff", json_stringn(f->diff, strlen(f->diff)));
		json_array_append_new(files, x);
	}
	return files;
}

/* the "impersonates" object: null when typosquat did not fire */
static json_t *impersonation_json(const struct impersonation *m, const struct opts *o)
{
	if (!m->name)
		return json_null();
	json_t *x = json_object();
	json_object_set_new(x, "name", json_string(m->name));
	json_object_set_new(x, "found", json_boolean(!m->unfetched));
	if (m->unfetched) {
		json_object_set_new(x, "why", json_string(m->unfetched));
		return x;
	}
	const struct review *r = &m->cmp;
	json_object_set_new(x, "registry_name", json_string(m->p.name));
	json_object_set_new(x, "package", side_json(&m->p));
	json_object_set_new(x, "metadata", meta_json(r));
	json_object_set_new(x, "files", files_json(r, o));
	json_object_set_new(x, "identical", json_integer((json_int_t)m->identical));
	json_object_set_new(x, "unpacked", json_pack("{s:I,s:I}", "old", (json_int_t)r->old_bytes, "new",
						     (json_int_t)r->new_bytes));
	json_object_set_new(x, "diff_cap", json_pack("{s:i,s:i,s:I}", "lines_per_file", IMP_DIFF_LINES, "lines_total",
						     IMP_DIFF_TOTAL, "lines_cut", (json_int_t)r->diff_lines_cut));
	return x;
}

static int print_json(const char *eco, const struct pkg *old, const struct pkg *new, const struct review *r,
		      const struct impersonation *imp, const struct srcmatch *sm, const struct opts *o)
{
	json_t *root = json_object(), *fs = json_array();
	json_object_set_new(root, "ecosystem", json_string(eco));
	json_object_set_new(root, "name", json_string(new->name));
	json_object_set_new(root, "old", side_json(old));
	json_object_set_new(root, "new", side_json(new));
	for (size_t i = 0; i < r->nfindings; i++) {
		const struct finding *f = &r->findings[i];
		json_t *x = json_object();
		json_object_set_new(x, "rule", json_string(f->rule));
		json_object_set_new(x, "severity", json_string(severity_str(f->sev)));
		json_object_set_new(x, "why", json_string(f->why));
		json_object_set_new(x, "evidence", json_string(f->evidence));
		json_array_append_new(fs, x);
	}
	json_object_set_new(root, "metadata", meta_json(r));
	json_object_set_new(root, "files", files_json(r, o));
	json_object_set_new(root, "unpacked", json_pack("{s:I,s:I}", "old", (json_int_t)r->old_bytes, "new",
							(json_int_t)r->new_bytes));
	json_object_set_new(root, "findings", fs);
	json_object_set_new(root, "worst", r->nfindings ? json_string(severity_str(review_worst(r))) : json_null());
	json_object_set_new(root, "impersonates", impersonation_json(imp, o));
	json_object_set_new(root, "source", sm ? sourcerun_json(sm) : json_null());
	int rc = json_dumpf(root, stdout, JSON_INDENT(2) | JSON_ENSURE_ASCII);
	putchar('\n');
	json_decref(root);
	return rc;
}

/* the options into *o: 0, or -1 with e (o->indexes freed) */
static int parse_opts(int argc, char **argv, struct opts *o, struct ferr *e)
{
	static const struct option longopts[] = {
		{"registry", required_argument, NULL, 'r'},  {"json", no_argument, NULL, 'j'},
		{"fail-on", required_argument, NULL, 'f'},   {"popular", required_argument, NULL, 'p'},
		{"recent-days", required_argument, NULL, 'd'}, {"no-diff", no_argument, NULL, 'D'},
		{"no-tarball-rewrite", no_argument, NULL, 'R'}, {"distro-index", required_argument, NULL, 'i'},
		{"source", required_argument, NULL, 'S'}, {"source-ref", required_argument, NULL, 'G'},
		TRUSTOPTS_LONG,
		{NULL, 0, NULL, 0},
	};
	int c;
	optind = 1;
	opterr = 0;
	while ((c = getopt_long(argc, argv, "", longopts, NULL)) != -1) {
		char *end;
		switch (c) {
		case 'r': o->registry = optarg; break;
		case 'j': o->json = 1; break;
		case 'p': o->popular = optarg; break;
		case 'D': o->diffs = 0; break;
		case 'R': o->rewrite = 0; break;
		case 'i': strv_add(&o->indexes, optarg); break;
		case 'S': o->source = optarg; break;
		case 'G': o->source_ref = optarg; break;
		case 'f':
			if ((o->fail_on = severity_parse(optarg)) < 0)
				return strv_free(&o->indexes), ferr_set(e, FERR_USAGE, "review: --fail-on '%.100s': expected info, low, medium or high", optarg);
			break;
		case 'd':
			o->recent_days = strtoll(optarg, &end, 10);
			if (*end || end == optarg || o->recent_days < 0 || o->recent_days > 100000)
				return strv_free(&o->indexes), ferr_set(e, FERR_USAGE, "review: --recent-days '%.100s': expected a number of days", optarg);
			break;
		default:
			if (trustopts_take(&o->trust, c, optarg))
				break;
			strv_free(&o->indexes);
			return ferr_set(e, FERR_USAGE, "review: unknown option '%.100s' (see ferry review --help)", argv[optind - 1]);
		}
	}
	if (optind != argc - 1)
		return strv_free(&o->indexes), ferr_set(e, FERR_USAGE, "review: expected one ECO:NAME@OLD..NEW or ECO:NAME@VERSION (see ferry review --help)");
	return 0;
}

int cmd_review(int argc, char **argv, struct ferr *e)
{
	if (cli_wants_help(argc, argv)) {
		fputs(help, stdout);
		return 0;
	}
	struct opts o = {.diffs = 1, .rewrite = 1, .fail_on = -1, .recent_days = 30};
	if (parse_opts(argc, argv, &o, e) != 0)
		return -1;
	struct pkgspec ps = {0};
	struct registry reg = {0};
	char *oldv = NULL, *newv = NULL;
	struct pkg po = {0}, pn = {0};
	struct fetched fo = {0}, fn = {0};
	struct history hist = {0};
	struct depfact *facts = NULL;
	struct lookalike *looks = NULL;
	struct strv hows = {0};
	struct distro_ship *ships = NULL;
	size_t nfacts = 0, nlooks = 0, nships = 0;
	struct review r = {0};
	struct impersonation imp = {0};
	struct srcmatch sm = {0};
	int rc = -1;
	if (parse_arg(argv[optind], &ps, &oldv, &newv, e) != 0)
		goto out;
	const char *name = ps.name, *eco = ps.eco->name;
	if (trustopts_open(&o.trust, &reg, eco, o.registry, name, e) != 0)
		goto out;
	reg.rewrite = o.rewrite;
	if (oldv && pkgfetch(&reg, name, oldv, archive_keep_all, &po, &fo, e) != 0)
		goto out;
	if (pkgfetch(&reg, name, newv, archive_keep_all, &pn, &fn, e) != 0)
		goto out;
	if (history_read(eco, name, fn.doc, fn.doc_len, &hist, e) != 0)
		goto out;
	if (dep_facts(&reg, oldv ? &po : NULL, &pn, &facts, &nfacts, e) != 0)
		goto out;
	if (lookalikes(&reg, &o, pn.name, &hows, &looks, &nlooks, e) != 0)
		goto out;
	if (o.indexes.n && distro_ships(&o.indexes, eco, pn.name, &ships, &nships, e) != 0)
		goto out;
	/* is each new dependency new to the distribution too? */
	for (size_t i = 0; o.indexes.n && i < nfacts; i++) {
		struct distro_ship *ds = NULL;
		size_t nds = 0;
		if (distro_ships(&o.indexes, eco, facts[i].name, &ds, &nds, e) != 0)
			goto out;
		facts[i].distro = nds ? xasprintf("%s %s", ds[nds - 1].package, ds[nds - 1].package_version) : xstrdup("");
		distro_ships_free(ds, nds);
	}
	if (o.source && sourcerun(&reg, o.source, o.source_ref, &pn, &fn.files, &sm, e) != 0)
		goto out;
	struct review_in in = {eco, oldv ? &po : NULL, oldv ? &fo.files : NULL, &pn, &fn.files, &hist,
			       facts, nfacts, looks, nlooks, o.recent_days, ships, nships, o.source ? &sm : NULL};
	if (review_run(&in, &r, e) != 0)
		goto out;
	if (impersonation(&reg, &r, looks, nlooks, &in, &imp, e) != 0)
		goto out;
	if (o.json)
		print_json(eco, oldv ? &po : NULL, &pn, &r, &imp, o.source ? &sm : NULL, &o);
	else
		print_text(eco, oldv ? &po : NULL, &pn, &r, &imp, o.source ? &sm : NULL, &o);
	rc = 0;
	if (o.fail_on >= 0 && r.nfindings && (int)review_worst(&r) >= o.fail_on)
		rc = ferr_set(e, FERR_FOUND, "%s@%s: review: findings at or above %s (the worst: %s)", pn.name, pn.version,
			      severity_str((enum severity)o.fail_on), severity_str(review_worst(&r)));
out:
	impersonation_free(&imp);
	srcmatch_free(&sm);
	review_free(&r);
	for (size_t i = 0; i < nfacts; i++)
		free(facts[i].name), free(facts[i].first), free(facts[i].distro);
	for (size_t i = 0; i < nlooks; i++)
		free(looks[i].name), free(looks[i].registry_name), strv_free(&looks[i].maintainers);
	free(facts), free(looks);
	distro_ships_free(ships, nships);
	strv_free(&o.indexes);
	strv_free(&hows);
	history_free(&hist);
	pkg_free(&po), pkg_free(&pn);
	fetched_free(&fo), fetched_free(&fn);
	pkgspec_free(&ps);
	registry_close(&reg);
	free(oldv), free(newv);
	return rc;
}
