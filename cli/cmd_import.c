/* ferry import: one registry package -> distribution packaging. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "trustopts.h"
#include "../convert/pkgfetch.h"
#include "../convert/writer.h"
#include "../core/eco.h"
#include "../core/naming.h"
#include "../core/pkgspec.h"
#include "../core/util.h"
#include "../fetch/archive.h"
#include "../fetch/localfile.h"
#include "../fetch/outdir.h"
#include "embedset.h"
#include "importrun.h"
#include "planrun.h"
#include "vetrun.h"

static const char help[] =
	"usage: ferry import npm:NAME[@VERSION|@RANGE|@TAG] --target fedora|debian -o DIR\n"
	"       ferry import crate:NAME[@VERSION|@REQ] ...\n"
	"       ferry import pypi:NAME[@VERSION|@SPEC] ...\n\n"
	"Fetches the package's metadata and artifact (npm tarball, .crate, sdist),\n"
	"checks the artifact against the registry's digest, reads it in memory and\n"
	"writes packaging:\n"
	"  fedora: DIR/nodejs-NAME/, DIR/rust-NAME/ or DIR/python-NAME/ with the\n"
	"          spec, a sources file and the verified artifact\n"
	"  debian: DIR/node-NAME/debian/, DIR/rust-NAME/debian/ or\n"
	"          DIR/python-NAME/debian/, and the orig tarball beside it\n\n"
	"options:\n"
	"  -t, --target T         fedora or debian (repeat for both)\n"
	"  -o, --output DIR       output folder (created if missing)\n"
	"      --registry URL     the registry; else, as each ecosystem's own tools\n"
	"                         find it: npm_config_registry and .npmrc (npm);\n"
	"                         FERRY_CRATES_REGISTRY and Cargo's source\n"
	"                         replacement for crates-io (crate); PIP_INDEX_URL\n"
	"                         and pip.conf's index-url (pypi)\n"
	"      --no-tarball-rewrite  npm: fetch dist.tarball as given, even from another host\n"
	TRUSTOPTS_HELP
	"      --recursive        the whole closure: every package `ferry plan` says to\n"
	"                         build (new, update, compat), and plan-TARGET.json;\n"
	"                         compat packages under the target's compat name:\n"
	"                         the major appended (nodejs-NAME4, rust-NAME7,\n"
	"                         rust-NAME_0.13, python3-NAME2), debcargo's\n"
	"                         rust-NAME-7; Debian npm: embedded in the packages\n"
	"                         needing them (docs/compat.md)\n"
	"      --distro-source DIR  with --recursive: the distribution's sources, as\n"
	"                         DIR/PACKAGE/debian/changelog (or one tree,\n"
	"                         DIR/debian/changelog): an update's changelog\n"
	"                         continues the distribution's\n"
	"      --with-tests, --with-optional, --features F,..., --no-default-features\n"
	"                         with --recursive: what the plan follows, as for\n"
	"                         ferry plan\n"
	"      --distro-index INDEX  with --recursive: the distribution's index, a\n"
	"                         file or rpmdb:ROOT as for ferry index\n"
	"                         (repeatable; default the host's apt lists)\n"
	"      --arch ARCH        the target's architecture by its own name (Debian\n"
	"                         amd64, arm64, ...; Fedora x86_64, aarch64, ...;\n"
	"                         default amd64 or x86_64): npm optional dependencies\n"
	"                         whose os, cpu or libc exclude it are not\n"
	"                         Recommended (a comment says so), as in ferry plan\n"
	"      --packager 'N <E>' changelog and Maintainer identity\n"
	"                         (else $FERRY_PACKAGER, $DEBFULLNAME <$DEBEMAIL>)\n"
	"      --require-review   write nothing unless every package written is vetted\n"
	"                         by the review ledger (also when the ledger's\n"
	"                         config.toml says [policy] require-review = true);\n"
	"                         lists what is missing and the smallest reviews\n"
	"      --ledger DIR       the review ledger (else $FERRY_LEDGER)\n"
	"      --trust-imports    imported audits count (see ferry vet --help)\n"
	"      --force            write even where the output folder holds files ferry\n"
	"                         did not write or that changed since it wrote them:\n"
	"                         what the packager added is carried over untouched,\n"
	"                         files ferry wrote and the packager edited are\n"
	"                         replaced; a file ferry did not write is never\n"
	"                         overwritten or deleted, not even so\n"
	"Without --force, an import refuses (exit 1, one line per path, nothing\n"
	"written) where DIR/TOP differs from what ferry wrote there, as recorded in\n"
	"DIR/.ferry/TOP.files.  One run at a time writes into DIR (a lock on\n"
	"DIR/.ferry/lock): another waits up to $FERRY_LOCK_TIMEOUT seconds (default\n"
	"600; 0: for ever), saying so on stderr, then fails.\n"
	"Dates come from $SOURCE_DATE_EPOCH, else the registry's publish time, else\n"
	"the artifact's newest file time.\n"
	"Registry metadata (not artifacts) goes through the HTTP cache in\n"
	"$XDG_CACHE_HOME/ferry/http (else ~/.cache/ferry/http), as for ferry plan;\n"
	"FERRY_HTTP_CACHE=off turns it off.  A transfer may take FERRY_HTTP_TIMEOUT\n"
	"seconds (default 600; 0: no limit) and follow 5 redirects.\n";

struct request {
	const struct eco *eco;
	char *name;
	char *want;   /* NULL: the registry's latest */
	const struct family_arch *arch;   /* --arch, in the first target's names */
};

/* "ECO:NAME[@WANT]" (core/pkgspec.h) */
static int parse_request(const char *arg, struct request *r, struct ferr *e)
{
	struct pkgspec s;
	const char *why;
	int rc = pkgspec_parse(arg, 0, &s, &why);
	r->eco = s.eco, r->name = s.name, r->want = s.want;
	s.name = s.want = NULL;
	pkgspec_free(&s);
	if (rc != 0 && !why)
		return ferr_set(e, FERR_USAGE, "import: '%s': expected ECO:NAME[@VERSION] with ECO one of %s", arg,
				eco_names());
	if (why)
		return ferr_set(e, FERR_USAGE, "import: '%.214s': %s", r->name, why);
	return 0;
}



/* What import prints for one written tree: where it went, or that the
 * package lives inside the packages needing it (a writer that embeds
 * compat packages wrote nothing for it), and what it embeds. */
static void said_line(struct buf *said, const char *fam, const struct pkg *p, const char *out, const struct outtree *t,
		      int compat, const struct write_component *comps, size_t ncomps, const char *sig)
{
	if (!t->top) {
		buf_printf(said, "%s: %s %s -> embedded in the packages needing it (compat)\n", fam, p->name, p->version);
		return;
	}
	buf_printf(said, "%s: %s %s -> %s/%s%s", fam, p->name, p->version, out, t->top, compat ? " (compat)" : "");
	int embeds = 0;
	for (size_t k = 0; k < t->n && !embeds; k++)
		embeds = strstr(t->v[k].path, ".orig-") != NULL;
	for (size_t k = 0; embeds && k < ncomps; k++)
		buf_printf(said, "%s%s %s", k ? ", " : " (embeds ", comps[k].pkg->name, comps[k].pkg->version);
	if (embeds && ncomps)
		buf_adds(said, ")");
	if (sig)
		buf_printf(said, "; %s", sig);
	char *prov = pkgfetch_provenance_said(p);
	if (prov)
		buf_printf(said, "; %s", prov);
	free(prov);
	buf_adds(said, "\n");
}

/* One package version for the given families, into tree; said gets the
 * lines to print once the tree is written.  compat: under its compat name,
 * beside a newer major (core/naming.h). */
static int import_one(const struct request *rq, const struct write_opts *base, const struct registry *reg, const char *pk, const struct family *const *fams, size_t nf,
		      const char *out, struct outtree *tree, struct buf *said, struct review_gate *gate,
		      struct ferr *e)
{
	struct pkg p = {0};
	char *tarball = NULL, *sig = NULL;
	size_t tlen = 0;
	int rc = -1;
	struct write_opts wo;
	if (importrun_fetch(reg, rq->name, rq->want, rq->arch, gate, &p, &tarball, &tlen, e) != 0 ||
	    importrun_opts(base, &p, reg, pk, tarball, tlen, &wo, e) != 0)
		goto done;
	sig = pkgfetch_signature_said(&p);
	for (size_t i = 0; i < nf; i++) {
		struct outtree t = {0};
		if (writer_write(fams[i], &p, &wo, &t, e) != 0) {
			outtree_free(&t);
			goto done;
		}
		for (size_t k = 0; k < t.n; k++)
			outtree_add_bytes(tree, t.v[k].path, t.v[k].data, t.v[k].len, t.v[k].mode);
		if (t.top)
			importrun_origin(tree, t.top, &p, fams[i],
					 (wo.compat ? ORIGIN_COMPAT : 0) | (wo.ncomponents ? ORIGIN_EMBEDS : 0));
		said_line(said, fams[i]->name, &p, out, &t, wo.compat, wo.components, wo.ncomponents, sig);
		outtree_free(&t);
	}
	rc = 0;
done:
	free(sig);
	pkg_free(&p);
	free(tarball);
	return rc;
}

/* An update's distribution package, its version and, from the sources
 * under dir (--distro-source, or NULL), its changelog (*history, caller
 * frees; NULL when dir has none for it), into o.  0, or -1 with e. */
static int distro_history(const struct plan_node *n, const char *dir, struct write_opts *o, char **history,
			  struct ferr *e)
{
	o->distro_pkg = n->distro_pkg;
	o->distro_version = n->distro_version;
	o->bundle = n->bundle;   /* solver/bundle.h */
	o->bundle_version = n->bundle_version;
	*history = NULL;
	if (!dir || !n->distro_pkg)
		return 0;
	char *paths[2] = {xasprintf("%s/%s/debian/changelog", dir, n->distro_pkg),
			  xasprintf("%s/debian/changelog", dir)};
	int rc = 0;
	for (size_t i = 0; i < 2 && !*history && rc == 0; i++) {
		char *text = NULL;
		size_t len = 0;
		rc = localfile_config(paths[i], 4u << 20, &text, &len, e);
		size_t pl = strlen(n->distro_pkg);
		int ours = text && strncmp(text, n->distro_pkg, pl) == 0 && strncmp(text + pl, " (", 2) == 0;
		if (text && !ours && i == 0)
			rc = ferr_set(e, FERR_INPUT, "%s: %s: not a debian/changelog of %s (its first line names another)",
				      n->name, paths[i], n->distro_pkg);
		else if (ours && (strlen(text) != len || strchr(text, '\r')))
			rc = ferr_set(e, FERR_INPUT, "%s: %s: a NUL byte or carriage return in a changelog", n->name,
				      paths[i]);
		if (ours && rc == 0)
			*history = text;
		else
			free(text);
	}
	free(paths[0]);
	free(paths[1]);
	o->distro_changelog = *history;
	return rc;
}

/* --recursive: per target, the plan, then every package it says to build
 * (new, update, compat) at the version it chose, and the plan itself; a
 * compat package under the target's compat name. */
static int import_closure(const struct request *rq, const struct plan_opts *popts, const struct registry *reg,
			  const char *pk, const struct family *const *fams, size_t nf, const struct strv *indexes,
			  const char *out, const char *distro_src, struct outtree *tree, struct buf *said,
			  struct review_gate *gate, struct ferr *e)
{
	for (size_t w = 0; w < nf; w++) {
		struct plan pl = {0};
		struct plan_opts po = *popts;   /* the options; the root is the request's */
		po.root = rq->name;
		po.want = rq->want;
		if (planrun(reg, &po, fams[w], indexes, 1, &pl, e) != 0) {
			plan_free(&pl);
			return -1;
		}
		if (pl.problems.n) {
			ferr_set(e, FERR_FOUND, "%s: the closure cannot be solved: %.*s", rq->name,
				 (int)strcspn(pl.problems.v[0], "\n"), pl.problems.v[0]);
			plan_free(&pl);
			return -1;
		}
		char *path = xasprintf("plan-%s.json", fams[w]->name);
		outtree_add(tree, path, planrun_json(&pl, rq->name, fams[w]->name), 0644);
		free(path);
		struct strv done = {0};
		struct embedset es = {0};
		int rc = embedset_fetch(&es, &pl, reg, vetrun_exact, rq->eco->name, e);
		for (size_t i = 0; i < pl.n && rc == 0; i++) {
			const struct plan_node *n = &pl.v[i];
			if (n->status == PLAN_UNRESOLVABLE) {
				rc = ferr_set(e, FERR_FOUND, "%s: %s '%s' (needed by %s) is unresolvable: %s", rq->name, n->name,
					      n->range, n->required_by, n->why ? n->why : "");
				break;
			}
			if (!n->version)
				continue;
			char *nv = xasprintf("%s@%s", n->name, n->version);
			if (!strv_has(&done, nv)) {
				strv_add(&done, nv);
				/* the exact version the plan chose ("=" for crates) */
				char *want = vetrun_exact(rq->eco->name, n->version);
				struct request one = {rq->eco, n->name, want, rq->arch};
				struct write_component *comps = NULL;
				size_t nc = 0;
				int compat = n->status == PLAN_COMPAT;
				rc = compat ? 0 : embedset_below(&es, &pl, nv, &comps, &nc, e);
				struct write_opts base = {.compat = compat, .components = comps, .ncomponents = nc};
				char *history = NULL;
				struct embedset kept = {0};
				struct strv lost = {0};
				if (rc == 0 && n->status == PLAN_UPDATE)
					rc = distro_history(n, distro_src, &base, &history, e);
				/* an update keeps what the package it moves on from provided */
				if (rc == 0 && n->status == PLAN_UPDATE && !n->bundle && n->bundle_provides.n)
					rc = embedset_kept(&kept, n, family_eco(fams[w], rq->eco->name), reg, vetrun_exact,
							   rq->eco->name, &comps, &nc, &lost, e);
				base.components = comps, base.ncomponents = nc, base.lost_provides = &lost;
				size_t had = tree->n;
				if (rc == 0)
					rc = import_one(&one, &base, reg, pk, &fams[w], 1, out, tree, said, gate, e);
				/* an old major that only its dependents embed, asked for on its own */
				if (rc == 0 && compat && i == 0 && tree->n == had)
					rc = ferr_set(e, FERR_FOUND,
						      "%s: %s %s is an older major than the distribution's %s %s, and %s packages no "
						      "second major of a module from %s: it embeds it in the packages that need it "
						      "(docs/compat.md); import one of those",
						      rq->name, n->name, n->version, n->distro_pkg ? n->distro_pkg : "package",
						      n->distro_version ? n->distro_version : "", fams[w]->name, rq->eco->name);
				free(history);
				embedset_free(&kept);
				strv_free(&lost);
				free(comps);
				free(want);
			}
			free(nv);
		}
		if (rc == 0 && done.n == 0 && pl.n && pl.v[0].status == PLAN_DISTRO && pl.v[0].distro_pkg)
			/* the request is the distribution's already: say so, not nothing */
			buf_printf(said, "%s: %s: nothing to build: %s %s satisfies it (see %s/plan-%s.json)\n",
				   fams[w]->name, rq->name, pl.v[0].distro_pkg,
				   pl.v[0].distro_version ? pl.v[0].distro_version : "", out, fams[w]->name);
		strv_free(&done);
		embedset_free(&es);
		plan_free(&pl);
		if (rc != 0)
			return -1;
	}
	return 0;
}



/* import's options */
struct import_args {
	const struct family *fams[FAMILY_MAX];
	size_t nf;
	const char *out, *reg_flag, *pk_flag, *ledger_flag, *distro_src;
	int rewrite, recursive, require_review, trust_imports, force;
	struct strv indexes;
	struct plan_opts popts;   /* --recursive: what the plan follows */
	struct trustopts trust;
};

static void import_args_free(struct import_args *a)
{
	strv_free(&a->popts.features);
	strv_free(&a->indexes);
}

/* one option into a: 0, or -1 with e */
static int import_option(struct import_args *a, int c, struct ferr *e)
{
	switch (c) {
	case 't': {
		const struct family *f = family_find(optarg);
		if (!f)
			return ferr_set(e, FERR_USAGE, "import: --target: '%s' is not fedora or debian", optarg);
		size_t k = 0;
		while (k < a->nf && a->fams[k] != f)
			k++;
		if (k == a->nf)   /* each family once, in the order asked */
			a->fams[a->nf++] = f;
		return 0;
	}
	case 'o': a->out = optarg; return 0;
	case 'r': a->reg_flag = optarg; return 0;
	case 'R': a->rewrite = 0; return 0;
	case 'p': a->pk_flag = optarg; return 0;
	case 'c': a->recursive = 1; return 0;
	case 'i': strv_add(&a->indexes, optarg); return 0;
	case 'V': a->require_review = 1; return 0;
	case 'L': a->ledger_flag = optarg; return 0;
	case 'T': a->trust_imports = 1; return 0;
	case 'W': a->popts.with_tests = 1; return 0;
	case 'O': a->popts.with_optional = 1; return 0;
	case 'f': planrun_features_add(&a->popts.features, optarg); return 0;
	case 'n': a->popts.no_default = 1; return 0;
	case 'D': a->distro_src = optarg; return 0;
	case 'a': a->popts.arch = optarg; return 0;
	case 'F': a->force = 1; return 0;
	}
	if (trustopts_take(&a->trust, c, optarg))
		return 0;
	return ferr_set(e, FERR_USAGE, "import: bad option (see ferry import --help)");
}

/* the command line into a: 0, or -1 with e (a freed) */
static int import_parse(int argc, char **argv, struct import_args *a, struct ferr *e)
{
	static const struct option opts[] = {
		{"target", required_argument, NULL, 't'},
		{"output", required_argument, NULL, 'o'},
		{"registry", required_argument, NULL, 'r'},
		{"no-tarball-rewrite", no_argument, NULL, 'R'},
		{"packager", required_argument, NULL, 'p'},
		{"recursive", no_argument, NULL, 'c'},
		{"distro-index", required_argument, NULL, 'i'},
		{"require-review", no_argument, NULL, 'V'},
		{"ledger", required_argument, NULL, 'L'},
		{"trust-imports", no_argument, NULL, 'T'},
		{"with-tests", no_argument, NULL, 'W'},
		{"with-optional", no_argument, NULL, 'O'},
		{"features", required_argument, NULL, 'f'},
		{"no-default-features", no_argument, NULL, 'n'},
		{"distro-source", required_argument, NULL, 'D'},
		{"arch", required_argument, NULL, 'a'},
		{"force", no_argument, NULL, 'F'},
		TRUSTOPTS_LONG,
		{NULL, 0, NULL, 0},
	};
	memset(a, 0, sizeof *a);
	a->rewrite = 1;
	int c;
	optind = 1;
	while ((c = getopt_long(argc, argv, "t:o:", opts, NULL)) != -1)
		if (import_option(a, c, e) != 0) {
			import_args_free(a);
			return -1;
		}
	const struct plan_opts *po = &a->popts;
	if (!a->recursive && (po->with_tests || po->with_optional || po->features.n || po->no_default || a->distro_src)) {
		import_args_free(a);
		return ferr_set(e, FERR_USAGE, "import: --with-tests, --with-optional, --features, "
				"--no-default-features and --distro-source go with --recursive");
	}
	if (optind + 1 != argc || a->nf == 0 || !a->out) {
		import_args_free(a);
		return ferr_set(e, FERR_USAGE, "import: expected ECO:NAME[@VERSION], --target fedora|debian and -o DIR "
				"(see ferry import --help)");
	}
	return 0;
}

int cmd_import(int argc, char **argv, struct ferr *e)
{
	if (cli_wants_help(argc, argv)) {
		fputs(help, stdout);
		return 0;
	}
	struct import_args a;
	if (import_parse(argc, argv, &a, e) != 0)
		return -1;
	struct request rq = {0};
	struct registry reg = {0};
	char *pk = NULL;
	struct outtree tree = {0};
	struct buf said = {0};
	struct review_gate gate = {0};
	int rc = -1;
	if (parse_request(argv[optind], &rq, e) != 0 ||
	    review_gate_open(&gate, a.require_review, a.ledger_flag, a.trust_imports, e) != 0)
		goto done;
	for (size_t i = 0; i < a.nf; i++)
		if (!family_arch(a.fams[i], a.popts.arch)) {
			ferr_set(e, FERR_USAGE, "import: --arch %.64s: not an architecture of %s (%s)", a.popts.arch,
				 a.fams[i]->name, family_arch_names(a.fams[i]));
			goto done;
		}
	rq.arch = family_arch(a.fams[0], a.popts.arch);
	if (trustopts_open(&a.trust, &reg, rq.eco->name, a.reg_flag, rq.name, e) != 0)
		goto done;
	reg.rewrite = a.rewrite;
	review_gate_policy(&gate, &reg);
	pk = importrun_packager(a.pk_flag);
	int r = a.recursive ? import_closure(&rq, &a.popts, &reg, pk, a.fams, a.nf, &a.indexes, a.out, a.distro_src, &tree,
					    &said, &gate, e)
			    : import_one(&rq, NULL, &reg, pk, a.fams, a.nf, a.out, &tree, &said, &gate, e);
	if (r != 0 || review_gate_verdict(&gate, e) != 0)
		goto done;
	if (importrun_commit(&tree, a.out, a.force ? OUTTREE_FORCE : 0, rq.name, e) != 0)
		goto done;
	fputs(said.p ? said.p : "", stdout);
	rc = 0;
done:
	buf_free(&said);
	review_gate_free(&gate);
	outtree_free(&tree);
	import_args_free(&a);
	registry_close(&reg);
	free(rq.name), free(rq.want), free(pk);
	return rc;
}
