/* ferry update: a tree ferry generated, moved to a newer version of its
 * package with the packager's edits kept (cli/updatetree.h). */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "trustopts.h"
#include "importrun.h"
#include "patchcheck.h"
#include "updateforeign.h"
#include "updatetree.h"
#include "vetrun.h"
#include "../convert/pkgfetch.h"
#include "../convert/writer.h"
#include "../core/eco.h"
#include "../core/util.h"
#include "../fetch/localfile.h"
#include "../fetch/outdir.h"
#include "../fetch/outrecord.h"
#include "../review/review.h"

static const char help[] =
	"usage: ferry update DIR [--to VERSION|RANGE] [--registry URL]\n"
	"                        [--require-review] [--ledger L] [--distribution D]\n\n"
	"Moves DIR, a tree ferry import wrote (a Fedora spec folder OUT/nodejs-NAME\n"
	"or a Debian source tree OUT/node-NAME), to a newer version of its package:\n"
	"the packaging is generated afresh for it and merged with what the packager\n"
	"changed since ferry last wrote it.  The merge base is ferry's last\n"
	"generation, kept beside the trees: OUT/.ferry/TOP.files lists each file\n"
	"with its sha256, and OUT/.ferry/base/SHA256 holds its text (diff it with\n"
	"your copy to see your edits).  Each file:\n"
	"  unedited            the new generation\n"
	"  edited              a three-way merge (GNU diff3); a conflict is left in\n"
	"                      the file between <<<<<<< yours and >>>>>>> ferry NEW,\n"
	"                      listed, and the run exits 1 with everything written\n"
	"  the changelog       a new entry on top of all of yours (Debian: version\n"
	"                      NEW-1, UNRELEASED unless --distribution; Fedora:\n"
	"                      Release back to 1), naming the review that vetted it,\n"
	"                      dated as import dates it, or as your newest entry\n"
	"                      where that is later\n"
	"  yours alone         kept as it is (patches, overrides, notes)\n"
	"  removed by you      stays removed\n"
	"Patches (debian/patches/series, a spec's PatchN: lines) are applied to the\n"
	"new upstream source in a scratch folder, as quilt push -a or %autosetup -p1\n"
	"would: those that fail are listed, exit 1.\n\n"
	"options:\n"
	"  --to VERSION|RANGE   the version, or the newest a range allows; default\n"
	"                       the newest release (a compat tree stays in its\n"
	"                       series: nodejs-NAME4 moves within 4.x)\n"
	"  --registry URL       as for ferry import\n"
	TRUSTOPTS_HELP
	"  --require-review     move only to a version the ledger vets: the newest\n"
	"                       vetted one; none: the cheapest review to do, exit 1\n"
	"                       (also when the ledger's policy says require-review)\n"
	"  --ledger DIR         the review ledger (else $FERRY_LEDGER)\n"
	"  --trust-imports      imported audits count (see ferry vet --help)\n"
	"  --distribution D     Debian's changelog distribution (default UNRELEASED)\n"
	"  --packager 'N <E>'   the new entry's identity, as for ferry import\n"
	"Nothing is written when the new version cannot be had or checked; one run\n"
	"at a time writes into OUT, as for ferry import.\n";

/* what the tree was made from: its record's origin line */
struct origin {
	const struct eco *eco;
	const struct family *fam;
	char *name, *version;
	int compat;
	int foreign;     /* the packaging is a packager's (cli/updateforeign.h) */
};

static int read_origin(const char *out, const char *top, struct outrecord *rec, struct origin *o, struct ferr *e)
{
	char *path = xasprintf("%s/.ferry/%s.files", out, top);
	size_t len, line;
	const char *why;
	int rc = -1;
	char *text = localfile_read(path, OUTRECORD_MAX_BYTES, &len);
	if (!text && errno == ENOENT)
		rc = 1;
	else if (!text)
		ferr_set(e, FERR_IO, "%s: cannot read: %s", path, strerror(errno));
	else if (outrecord_parse(text, len, top, rec, &why, &line) != 0)
		ferr_set(e, FERR_INPUT, "%s: line %zu: %s: not a record ferry wrote", path, line, why);
	else if (!rec->origin)
		ferr_set(e, FERR_INPUT, "%s: names no origin (an older ferry wrote it): import the package again with "
			 "--force, then update", path);
	else {
		struct strv w = {0};
		char *words = xstrdup(rec->origin), *save;
		for (char *t = strtok_r(words, " ", &save); t; t = strtok_r(NULL, " ", &save))
			strv_add(&w, t);
		free(words);
		o->eco = w.n >= 4 ? eco_find(w.v[0]) : NULL;
		o->fam = w.n >= 4 ? family_find(w.v[3]) : NULL;
		int embeds = 0, other = 0;
		for (size_t i = 4; i < w.n; i++) {
			o->compat |= strcmp(w.v[i], "compat") == 0;
			embeds |= strcmp(w.v[i], "embeds") == 0;
			o->foreign |= strcmp(w.v[i], "foreign") == 0;
			other |= strcmp(w.v[i], "compat") != 0 && strcmp(w.v[i], "embeds") != 0 &&
				 strcmp(w.v[i], "foreign") != 0;
		}
		if (!o->eco || !o->fam || other)
			ferr_set(e, FERR_INPUT, "%s: origin '%.200s': not ECO NAME VERSION FAMILY [compat] [embeds] [foreign]",
				 path, rec->origin);
		else if (embeds)   /* their versions are the plan's to choose */
			ferr_set(e, FERR_FOUND, "%s/%s: embeds other packages as components, which a plan chooses: update "
				 "it with ferry import %s:%s --recursive (--force keeps what you added)", out, top,
				 w.v[0], w.v[1]);
		else {
			o->name = xstrdup(w.v[1]), o->version = xstrdup(w.v[2]);
			rc = 0;
		}
		strv_free(&w);
	}
	free(text);
	free(path);
	return rc;
}

/* What OUT/TOP was made from: its record's origin, or, with no record,
 * what a Debian source tree says of itself (*fr filled; o->foreign set).
 * 0, or -1 with e. */
static int origin_of(const char *out, const char *top, struct outrecord *rec, struct origin *o, struct foreign *fr,
		     struct ferr *e)
{
	int r = read_origin(out, top, rec, o, e);
	if (r < 0 || (r == 0 && !o->foreign))
		return r;
	int f = foreign_read(out, top, fr, e);
	if (f < 0)
		return -1;
	if (f == 1)
		return ferr_set(e, FERR_INPUT, "%s/%s: no record of ferry's (%s/.ferry/%s.files) and no debian/changelog: "
				"neither a tree ferry import wrote nor a Debian source tree", out, top, out, top);
	if (r == 1) {
		o->eco = fr->eco, o->fam = fr->fam, o->foreign = 1;
		o->name = xstrdup(fr->name), o->version = xstrdup(fr->upstream);
	}
	return 0;
}

/* 1 when candidate v may replace the tree's version: newer, allowed by to
 * (that version, or a range; else any release), in the tree's series when
 * it is a compat tree */
static int allowed(const struct origin *o, const char *to, const char *v)
{
	const char *why;
	int c;
	if (o->eco->compare(v, o->version, &c, &why) != 0 || c <= 0)
		return 0;
	if (to && strcmp(to, v) != 0 && o->eco->satisfies(to, v, &why) != 1)
		return 0;
	if (!to && o->eco->satisfies(o->eco->any_range, v, &why) != 1)
		return 0;
	if (!o->compat)
		return 1;
	char *a = o->eco->series(v), *b = o->eco->series(o->version);
	int same = a && b && strcmp(a, b) == 0;
	free(a), free(b);
	return same;
}

/* the versions the tree may move to, newest first */
static int candidates(const struct registry *reg, const struct origin *o, const char *to, struct strv *out,
		      struct ferr *e)
{
	struct registry_doc doc = {0};
	struct history h = {0};
	char *what = xasprintf("%s: %s", o->name, o->eco->doc_noun);
	int rc = registry_doc(reg, o->name, 0, what, &doc, e);
	free(what);
	if (rc == 0)
		rc = history_read(o->eco->name, o->name, doc.body, doc.len, &h, e);
	for (size_t i = 0; rc == 0 && i < h.n; i++) {
		const struct hist_version *v = &h.v[i];
		if (v->yanked || strv_has(&h.unpublished, v->version) || strv_has(out, v->version) ||
		    !allowed(o, to, v->version))
			continue;
		strv_add(out, v->version);
		/* insertion, newest first */
		for (size_t k = out->n - 1; k > 0; k--) {
			int c;
			const char *why;
			if (o->eco->compare(out->v[k], out->v[k - 1], &c, &why) != 0 || c <= 0)
				break;
			char *t = out->v[k];
			out->v[k] = out->v[k - 1], out->v[k - 1] = t;
		}
	}
	history_free(&h);
	registry_doc_free(&doc);
	return rc;
}

/* the newest candidate, or with the gate on the newest vetted one (its
 * audit in *reviewed); none vetted: what the cheapest of them would need,
 * on stdout, and FERR_FOUND */
static int choose(struct review_gate *g, const struct registry *reg, const struct origin *o,
		  const struct strv *cands, char **chosen, char **reviewed, struct ferr *e)
{
	if (!g->on) {
		*chosen = xstrdup(cands->v[0]);
		return 0;
	}
	if (review_gate_load(g, o->eco->name, o->name, e) != 0)
		return -1;
	struct buf cheapest = {0};
	long long least = -1;
	const char *at = NULL;
	int rc = -1;
	for (size_t i = 0; i < cands->n; i++) {
		struct buf out = {0};
		char *suggest = NULL;
		long long cost = 0;
		int r = vetrun_one(&g->l, reg, o->name, cands->v[i], NULL, 0, &g->criteria, g->trust, &out, &suggest,
				   &cost, NULL, reviewed, e);
		if (r == 0 && (least < 0 || cost < least)) {
			least = cost, at = cands->v[i];
			buf_free(&cheapest);
			buf_adds(&cheapest, out.p ? out.p : "");
		}
		buf_free(&out);
		free(suggest);
		if (r < 0)
			goto done;
		if (r == 1) {
			*chosen = xstrdup(cands->v[i]);
			rc = 0;
			goto done;
		}
	}
	fputs(cheapest.p ? cheapest.p : "", stdout);
	ferr_set(e, FERR_FOUND, "%s: no version newer than %s is vetted by the ledger (the cheapest to review: %s); "
		 "nothing written", o->name, o->version, at ? at : cands->v[0]);
done:
	buf_free(&cheapest);
	return rc;
}

struct update_args {
	const char *dir, *to, *reg, *packager, *ledger, *dist;
	int require_review, trust;
	struct trustopts trust_opts;
};

/* OUT and TOP of DIR ("out/TOP/" -> "out", "TOP") */
static int split_dir(const char *dir, char **out, char **top, struct ferr *e)
{
	size_t n = strlen(dir);
	while (n > 1 && dir[n - 1] == '/')
		n--;
	char *d = xstrndup(dir, n);
	char *slash = strrchr(d, '/');
	*top = xstrdup(slash ? slash + 1 : d);
	*out = slash ? (slash == d ? xstrdup("/") : xstrndup(d, (size_t)(slash - d))) : xstrdup(".");
	free(d);
	if (!**top || strcmp(*top, ".") == 0 || strcmp(*top, "..") == 0)
		return ferr_set(e, FERR_USAGE, "update: '%s': expected OUT/TOP, a tree ferry import wrote", dir);
	return 0;
}

/* the tree's changelog entries as the packager has them, or NULL */
static char *prior_history(const char *out, const char *top, const struct family *f)
{
	char *rel = xasprintf(f->changelog_file, top);
	char *path = xasprintf("%s/%s", out, rel);
	size_t len;
	char *text = localfile_read(path, OUTDIR_MAX_BASE, &len);
	char *h = text && strlen(text) == len ? updatetree_history(f, text) : NULL;
	free(text), free(path), free(rel);
	return h;
}

/* the merged changelog file's text in tree (a spec's PatchN: lines), or NULL */
static const char *tree_file(const struct outtree *t, const char *top, const struct family *f)
{
	char *rel = xasprintf(f->changelog_file, top);
	const char *s = NULL;
	for (size_t i = 0; i < t->n && !s; i++)
		if (strcmp(t->v[i].path, rel) == 0)
			s = t->v[i].data;
	free(rel);
	return s;
}

/* what the run found: conflicts, notes and patches that fail, on stdout;
 * FERR_FOUND when the packager has work to do */
static int report(const char *out, const char *top, const struct origin *o, const char *chosen,
		  const struct update_result *r, size_t checked, const struct strv *failed, struct ferr *e)
{
	printf("%s: %s %s -> %s: %s/%s (%zu file%s merged with your edits, %zu conflict%s; %zu patch%s tried)\n",
	       o->fam->name, o->name, o->version, chosen, out, top, r->merged, r->merged == 1 ? "" : "s",
	       r->conflicts.n, r->conflicts.n == 1 ? "" : "s", checked, checked == 1 ? "" : "es");
	for (size_t i = 0; i < r->conflicts.n; i++)
		printf("conflict: %s\n", r->conflicts.v[i]);
	for (size_t i = 0; i < failed->n; i++)
		printf("patch: %s\n", failed->v[i]);
	for (size_t i = 0; i < r->notes.n; i++)
		printf("kept: %s\n", r->notes.v[i]);
	if (r->conflicts.n || failed->n)
		return ferr_set(e, FERR_FOUND, "%s: %zu conflict%s and %zu patch%s failing to resolve in %s/%s", o->name,
				r->conflicts.n, r->conflicts.n == 1 ? "" : "s", failed->n, failed->n == 1 ? "" : "es", out,
				top);
	return 0;
}

/* The chosen version fetched, checked and read as import does (the
 * family's default architecture), its write options in *wo, dated no
 * earlier than the newest of the packager's changelog entries (NULL:
 * none), since a changelog's entries go newest first. */
static int fetch_chosen(const struct origin *o, const struct registry *reg, struct review_gate *g, const char *chosen,
			const char *pk, const char *entries, struct pkg *p, char **art, size_t *alen, struct write_opts *wo,
			struct ferr *e)
{
	char *want = vetrun_exact(o->eco->name, chosen);
	int rc = importrun_fetch(reg, o->name, want, family_arch(o->fam, NULL), g, p, art, alen, e) != 0 ||
			 importrun_opts(NULL, p, reg, pk, *art, *alen, wo, e) != 0
		 ? -1
		 : 0;
	free(want);
	long long newest = rc == 0 && entries && o->fam->changelog_time ? o->fam->changelog_time(entries) : -1;
	if (newest > wo->date)
		wo->date = newest;
	return rc;
}

/* the new version's tree, generated and merged into *tree */
static int generate(const struct update_args *a, const char *out, const char *top, const struct origin *o,
		    const struct registry *reg, struct review_gate *g, const char *chosen, const char *reviewed,
		    struct outtree *tree, struct update_result *r, struct pkg *p, char **art, size_t *alen,
		    const struct outrecord *rec, struct ferr *e)
{
	char *pk = importrun_packager(a->packager), *hist = prior_history(out, top, o->fam);
	char *ol = xasprintf("ferry %s", o->version), *nl = xasprintf("ferry %s", chosen);
	struct outtree gen = {0};
	struct write_opts wo;
	int rc = -1;
	if (fetch_chosen(o, reg, g, chosen, pk, hist, p, art, alen, &wo, e) != 0)
		goto done;
	wo.compat = o->compat;
	wo.prior_version = o->version, wo.prior_history = hist, wo.reviewed = reviewed;
	wo.changelog_dist = a->dist;
	if (writer_write(o->fam, p, &wo, &gen, e) != 0)
		goto done;
	if (!gen.top || strcmp(gen.top, top) != 0) {
		ferr_set(e, FERR_FOUND, "%s: %s %s would be written as %s, not %s: import it instead", o->name, o->name,
			 chosen, gen.top ? gen.top : "nothing of its own", top);
		goto done;
	}
	const char *why;
	char *ot = o->eco->translate(o->version, o->fam->spell, &why), *nt = o->eco->translate(chosen, o->fam->spell, &why);
	struct update_versions vs = {{o->version, ot}, {chosen, nt}, ot && nt && strcmp(ot, o->version) != 0 ? 2 : 1};
	int merged = updatetree_merge(out, top, o->fam, rec, &gen, ol, nl, &vs, tree, r, e);
	free(ot), free(nt);
	if (merged != 0)
		goto done;
	importrun_origin(tree, top, p, o->fam, o->compat ? ORIGIN_COMPAT : 0);
	rc = 0;
done:
	outtree_free(&gen);
	free(pk), free(hist), free(ol), free(nl);
	return rc;
}

/* A packager's Debian tree: the new version's tree beside it, its
 * packaging carried over and changed where the new metadata says */
static int generate_foreign(const struct update_args *a, const char *out, const char *top, const struct origin *o,
			    const struct foreign *fr, const struct registry *reg, struct review_gate *g,
			    const char *chosen, const char *reviewed, struct outtree *tree, struct strv *changes,
			    struct pkg *p, char **art, size_t *alen, struct ferr *e)
{
	char *oldwant = vetrun_exact(o->eco->name, o->version), *pk = importrun_packager(a->packager);
	struct pkg old = {0};
	struct ferr oe = {0};
	struct write_opts wo;
	int rc = -1;
	if (fetch_chosen(o, reg, g, chosen, pk, fr->changelog, p, art, alen, &wo, e) != 0)
		goto done;
	int have_old = pkgfetch_meta(reg, o->name, oldwant, &old, &oe) == 0;
	if (!have_old)
		strv_push(changes, xasprintf("%s %s is not in the registry (%s): no relation dropped", o->name, o->version,
					     oe.msg));
	struct foreign_opts fo = {have_old ? &old : NULL, p, *art, *alen, pk, reviewed, a->dist, wo.date};
	if (foreign_tree(fr, out, top, &fo, tree, changes, e) != 0)
		goto done;
	importrun_origin(tree, tree->top, p, o->fam, ORIGIN_FOREIGN);
	rc = 0;
done:
	pkg_free(&old);
	free(oldwant), free(pk);
	return rc;
}

static int report_foreign(const char *out, const char *top, const struct origin *o, const char *chosen,
			  const struct outtree *tree, const struct strv *changes, size_t checked,
			  const struct strv *failed, struct ferr *e)
{
	printf("%s: %s %s -> %s: %s/%s, a new tree beside %s/%s with its packaging carried over (%zu change%s; "
	       "%zu patch%s tried)\n", o->fam->name, o->name, o->version, chosen, out, tree->top, out, top, changes->n,
	       changes->n == 1 ? "" : "s", checked, checked == 1 ? "" : "es");
	for (size_t i = 0; i < changes->n; i++)
		printf("changed: %s\n", changes->v[i]);
	for (size_t i = 0; i < failed->n; i++)
		printf("patch: %s\n", failed->v[i]);
	if (failed->n)
		return ferr_set(e, FERR_FOUND, "%s: %zu patch%s failing to resolve in %s/%s", o->name, failed->n,
				failed->n == 1 ? "" : "es", out, tree->top);
	return 0;
}

static int run(const struct update_args *a, struct ferr *e)
{
	char *out = NULL, *top = NULL, *chosen = NULL, *reviewed = NULL, *art = NULL;
	size_t alen = 0, checked = 0;
	struct origin o = {0};
	struct outrecord rec = {0};
	struct registry reg = {0};
	struct review_gate g = {0};
	struct strv cands = {0}, failed = {0};
	struct outtree tree = {0};
	struct update_result r = {0};
	struct pkg p = {0};
	struct foreign fr = {0};
	struct strv changes = {0};
	int rc = -1;
	if (split_dir(a->dir, &out, &top, e) != 0 || origin_of(out, top, &rec, &o, &fr, e) != 0 ||
	    trustopts_open(&a->trust_opts, &reg, o.eco->name, a->reg, o.name, e) != 0 ||
	    review_gate_open(&g, a->require_review, a->ledger, a->trust, e) != 0)
		goto done;
	review_gate_policy(&g, &reg);
	if (candidates(&reg, &o, a->to, &cands, e) != 0)
		goto done;
	if (!cands.n) {
		printf("%s: %s %s: %s/%s is at the newest version allowed%s%s\n", o.fam->name, o.name, o.version, out,
		       top, a->to ? " by " : "", a->to ? a->to : "");
		rc = 0;
		goto done;
	}
	if (o.foreign) {
		if (choose(&g, &reg, &o, &cands, &chosen, &reviewed, e) != 0 ||
		    generate_foreign(a, out, top, &o, &fr, &reg, &g, chosen, reviewed, &tree, &changes, &p, &art, &alen,
				     e) != 0 ||
		    review_gate_verdict(&g, e) != 0 ||
		    patchcheck(o.fam, out, top, NULL, chosen, art, alen, &checked, &failed, e) != 0 ||
		    importrun_commit(&tree, out, 0, o.name, e) != 0)
			goto done;
		rc = report_foreign(out, top, &o, chosen, &tree, &changes, checked, &failed, e);
		goto done;
	}
	if (choose(&g, &reg, &o, &cands, &chosen, &reviewed, e) != 0 ||
	    generate(a, out, top, &o, &reg, &g, chosen, reviewed, &tree, &r, &p, &art, &alen, &rec, e) != 0 ||
	    review_gate_verdict(&g, e) != 0 ||
	    patchcheck(o.fam, out, top, tree_file(&tree, top, o.fam), chosen, art, alen, &checked, &failed, e) != 0 ||
	    importrun_commit(&tree, out, OUTTREE_FORCE, o.name, e) != 0)
		goto done;
	rc = report(out, top, &o, chosen, &r, checked, &failed, e);
done:
	update_result_free(&r);
	outtree_free(&tree);
	strv_free(&cands), strv_free(&failed), strv_free(&changes);
	foreign_free(&fr);
	outrecord_free(&rec);
	review_gate_free(&g);
	registry_close(&reg);
	pkg_free(&p);
	free(out), free(top), free(chosen), free(reviewed), free(art), free(o.name), free(o.version);
	return rc;
}

int cmd_update(int argc, char **argv, struct ferr *e)
{
	if (cli_wants_help(argc, argv)) {
		fputs(help, stdout);
		return 0;
	}
	static const struct option opts[] = {
		{"to", required_argument, NULL, 't'},
		{"registry", required_argument, NULL, 'r'},
		{"packager", required_argument, NULL, 'p'},
		{"require-review", no_argument, NULL, 'V'},
		{"ledger", required_argument, NULL, 'L'},
		{"trust-imports", no_argument, NULL, 'T'},
		{"distribution", required_argument, NULL, 'd'},
		TRUSTOPTS_LONG,
		{NULL, 0, NULL, 0},
	};
	struct update_args a = {0};
	int c;
	optind = 1;
	while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		switch (c) {
		case 't': a.to = optarg; break;
		case 'r': a.reg = optarg; break;
		case 'p': a.packager = optarg; break;
		case 'V': a.require_review = 1; break;
		case 'L': a.ledger = optarg; break;
		case 'T': a.trust = 1; break;
		case 'd': a.dist = optarg; break;
		default:
			if (trustopts_take(&a.trust_opts, c, optarg))
				break;
			return ferr_set(e, FERR_USAGE, "update: bad option (see ferry update --help)");
		}
	}
	if (optind + 1 != argc)
		return ferr_set(e, FERR_USAGE, "update: expected one DIR, a tree ferry import wrote (see ferry update --help)");
	a.dir = argv[optind];
	if (a.dist && (!*a.dist || strspn(a.dist, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.+-") !=
					   strlen(a.dist)))
		return ferr_set(e, FERR_USAGE, "update: --distribution '%.64s': not a distribution name", a.dist);
	return run(&a, e);
}
