/* review.h: what changed between two versions of a package, and which of
 * those changes a reviewer must look at first (`ferry review`).
 *
 * The CLI fetches (convert/pkgfetch.h); this module only compares what it is
 * given: two struct pkg as the readers filled them, their archive members
 * (struct pkgfiles, bytes kept), the registry's version history, and facts
 * about dependencies.  It never prints.
 *
 * Ownership: a struct review owns every string and array in it and
 * review_free releases them.  The inputs (struct review_in) are borrowed
 * and must outlive review_run only.  Rule ids and severities are static. */
#ifndef FERRY_REVIEW_H
#define FERRY_REVIEW_H

#include <stddef.h>

#include "../core/err.h"
#include "../core/model.h"
#include "../fetch/archive.h"

enum severity { SEV_INFO, SEV_LOW, SEV_MEDIUM, SEV_HIGH };
const char *severity_str(enum severity s);
/* "info", "low", "medium", "high" -> 0..3; -1 if none of them */
int severity_parse(const char *s);

/* ---- the registry's history of one package (review/delta_registry.c) ----
 * struct history is the model's (core/model.h); the ecosystem's reader
 * parses it (convert/reader.h). */
/* A metadata document of `eco` (npm packument, crates index file, PyPI JSON
 * API) -> its versions, settled (history_settle).  0, or -1 with e set:
 * FERR_INPUT, or FERR_USAGE for an unknown ecosystem. */
int history_read(const char *eco, const char *name, const char *doc, size_t len, struct history *h,
		 struct ferr *e);

/* ---- inputs ------------------------------------------------------------ */
/* What the CLI learnt about a dependency the new version declares. */
struct depfact {
	char *name;
	char *first;       /* its first publish time, "" if unknown */
	int missing;       /* the registry does not know it */
	char *distro;      /* with --distro-index: the package shipping it
			      ("node-foo 1.2.0-1"), "" when none does; NULL
			      without indexes */
};

/* The maintainers of a popular package the name resembles, as its registry
 * gives them (the CLI looks them up). */
struct lookalike {
	char *name;                 /* the popular name */
	const char *how;            /* "edit distance 1", ... (borrowed) */
	struct strv maintainers;    /* its maintainers and publisher */
	int known;                  /* 1 when the registry was asked and answered */
	char *registry_name;        /* the spelling the registry knows it by
				       (crates: '-' or '_'), NULL when unknown */
};

/* A package of the target distribution that ships this upstream package
 * (the CLI finds them in its index, solver/names.h). */
struct distro_ship {
	char *package;           /* "node-left-pad" */
	char *package_version;   /* "1.3.0-3" */
	char *version;           /* the upstream version recovered: "1.3.0" */
};

struct review_in {
	const char *eco;                 /* "npm", "crate", "pypi" */
	const struct pkg *old;           /* NULL: a first review */
	const struct pkgfiles *oldf;     /* NULL with old */
	const struct pkg *new;
	const struct pkgfiles *newf;
	const struct history *hist;      /* the package's versions, may be NULL */
	const struct depfact *deps;      /* facts on the new version's dependencies */
	size_t ndeps;
	const struct lookalike *looks;   /* popular names this one resembles */
	size_t nlooks;
	long long recent_days;           /* a dependency younger than this is "recent" */
	const struct distro_ship *ships; /* what the distribution ships of it */
	size_t nships;
	const struct srcmatch *source;   /* the new version against its source
					    commit (review/srcmatch.h), or NULL */
};

struct srcmatch;

/* ---- outputs ----------------------------------------------------------- */
struct metachange {
	char *field;       /* "dependency flatmap-stream (runtime)", "license", ... */
	char *old, *new;   /* NULL when absent on that side */
	char *note;        /* e.g. "first published 4 days before", or NULL */
};

struct filechange {
	char *path;
	char status;       /* 'A' added, 'D' removed, 'M' changed */
	size_t old_size, new_size;
	int binary;        /* not text: no diff */
	char *diff;        /* unified diff of a changed text file, or NULL */
};

struct finding {
	const char *rule;  /* an id of review_rules[] */
	enum severity sev;
	char *why;         /* one line */
	char *evidence;    /* "path:line" or "metadata: field" */
};

struct review {
	struct metachange *meta;
	size_t nmeta;
	struct filechange *files;   /* sorted by path */
	size_t nfiles;
	struct finding *findings;   /* sorted: severity (high first), rule, evidence */
	size_t nfindings;
	size_t old_bytes, new_bytes;   /* unpacked sizes */
	struct strv impersonated;   /* typosquat: the lookalikes (struct lookalike
				       names) it fired for, in the inputs' order */
	size_t diff_lines_cut;      /* review_cap_diffs: diff lines left out */
};

/* Compares, diffs and runs every rule.  0, or -1 with e set (FERR_IO when
 * the diff engine cannot run). */
int review_run(const struct review_in *in, struct review *out, struct ferr *e);
void review_free(struct review *r);
/* A package against the one it impersonates (typosquat): in->old is the
 * impersonated package, in->new this one.  The same metadata and file
 * deltas as review_run (plus description and author), no rules: the
 * findings are this package's own review.  0, or -1 with e set. */
int review_compare(const struct review_in *in, struct review *out, struct ferr *e);
/* Keeps the first per_file lines of each diff and total lines in all; a
 * cut diff ends with a line saying how many lines were left out. */
void review_cap_diffs(struct review *r, size_t per_file, size_t total);
enum severity review_worst(const struct review *r);   /* SEV_INFO when none */

/* ---- the rules (review/rules.c), documented in docs/rules.md ---------- */
struct rule_info {
	const char *id;
	const char *summary;
};
extern const struct rule_info review_rules[];
extern const size_t review_nrules;

/* the rule passes used by review_run */
void rules_run(const struct review_in *in, struct review *r);
/* signature-missing, provenance-lost, provenance-changed, source-mismatch
 * (review/rules_trust.c), run by rules_run */
void rules_trust(const struct review_in *in, struct review *r);
/* a finding, its text formatted (review/finding.c) */
void review_add(struct review *r, const char *rule, enum severity sev, const char *evidence, const char *fmt, ...)
	__attribute__((format(printf, 5, 6)));

/* ---- files (review/files.c, review/diff.c) ------------------------------ */
int file_is_text(const char *data, size_t len);
/* "ELF", "PE", "Mach-O" when the bytes start like an executable, else NULL */
const char *file_binary_kind(const char *data, size_t len);
/* code by its extension or a #! line */
int file_is_code(const struct pkgfile *f);
/* build output, where long lines are expected: in a build folder, a source
 * map, or minified beside the source it was built from (a sibling without
 * ".min" at least half its size) */
int file_is_build_output(const struct pkgfiles *files, const struct pkgfile *f);
const char *file_basename(const char *path);   /* the part after the last '/' */
/* A unified diff (GNU diff -u) of two texts, labelled a/PATH and b/PATH;
 * *out NULL when equal.  0, or -1 with e set (FERR_IO). */
int diff_unified(const char *path, const char *a, size_t alen, const char *b, size_t blen, char **out,
		 struct ferr *e);

/* ---- names (review/typo.c) ---------------------------------------------- */
/* The ecosystem's comparison form, its registry's identity of a name
 * (eco.h: normal): PEP 503 for PyPI, '_' as '-' and lower case for crates,
 * as is for npm (caller frees); NULL for an unknown ecosystem, of which
 * typo_relation finds nothing and typo_candidates says so. */
char *typo_normal(const char *eco, const char *name);
/* Damerau-Levenshtein (optimal string alignment) distance, capped: returns
 * cap + 1 as soon as it must exceed cap. */
size_t typo_distance(const char *a, const char *b, size_t cap);
/* How `name` imitates `popular` ("edit distance 1", "separator swap",
 * "affix -js", "repeated character", ...), or NULL if it does not. */
const char *typo_relation(const char *eco, const char *name, const char *popular);
/* The shipped popular names of an ecosystem (review/popular/ECO.txt) plus
 * any extra list file (one name a line, or GuardDog's JSON): the names
 * `name` imitates, sorted, into *out (strings owned by out).  A name that
 * is itself on the list imitates nothing. */
int typo_candidates(const char *eco, const char *name, const char *extra_file, struct strv *out,
		    struct strv *hows, struct ferr *e);

#endif
