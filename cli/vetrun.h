/* vetrun.h: the ledger against a registry, shared by ferry approve, ferry
 * vet check and ferry import --require-review: artifacts fetched (and
 * checked) through convert/pkgfetch.h, their digests handed to ledger_vet, and
 * the smallest reviews that would vet what is not.
 *
 * Ownership: a struct review_gate owns everything in it (review_gate_free);
 * strings returned are the caller's. */
#ifndef FERRY_VETRUN_H
#define FERRY_VETRUN_H

#include "../core/pkgspec.h"
#include "../fetch/registry.h"
#include "../core/util.h"
#include "../review/ledger.h"

/* The ledger folder: flag, else $FERRY_LEDGER, else NULL. */
const char *vetrun_ledger_dir(const char *flag);
/* "a,b" and repeated flags into a list; every name must be declared. */
int vetrun_criteria(const struct ledger *l, const char *arg, struct strv *out, struct ferr *e);
/* Prints each entry the ledger ignored, one line on stderr. */
void vetrun_report_rejected(const struct ledger *l);
/* "ECO:NAME@VERSION" (an exact version) into *s (the caller frees it with
 * pkgspec_free, also on failure); cmd names the command in messages. */
int vetrun_target(const char *arg, const char *cmd, struct pkgspec *s, struct ferr *e);
/* The request that selects exactly version ("=1.0.0" for crates:
 * core/eco.h's exact; the version itself when it does not parse, for the
 * reader to judge).  Caller frees. */
char *vetrun_exact(const char *eco, const char *version);

/* Vets eco:name@version for every criteria, printing the chains (or what
 * is missing, the cost of each review considered and the cheapest one) on
 * out.  seed: the version's artifact when the caller already holds it
 * (NULL: fetched).  When not vetted, *suggest gets the cheapest `ferry
 * approve` line, *cost its cost (review/cost.h: a full audit or a delta
 * from a vetted version, on the real files) and *cost_why (unless NULL)
 * the cost with its breakdown.  When vetted, *reviewed (unless NULL)
 * names the audit that reaches the version ("delta 1.0.0..1.1.0, audit
 * FILE by WHO"), for a changelog.  1 vetted, 0 not, -1 with e when the
 * version's artifact cannot be had. */
int vetrun_one(struct ledger *l, const struct registry *reg, const char *name,
	       const char *version, const void *seed, size_t seedlen, const struct strv *criteria, int trust,
	       struct buf *out, char **suggest, long long *cost, char **cost_why, char **reviewed, struct ferr *e);

/* The review cost (review/cost.h) of the delta from version from to
 * version to of name, on their real files: 0 with *cost and *why (its
 * breakdown, the caller's), or -1 with e when either cannot be had. */
int vetrun_delta_cost(const struct registry *reg, const char *name, const char *from, const char *to,
		      long long *cost, char **why, struct ferr *e);

/* import's gate: on with --require-review or the ledger's policy. */
struct review_gate {
	int on, trust;
	struct ledger l;
	struct strv criteria;
	struct strv seen;       /* "eco:name@version" already checked */
	struct strv loaded;     /* "eco:name" whose entries are loaded */
	struct strv missing;    /* "COST\tSUGGESTION\tBREAKDOWN", for sorting */
	struct buf report;
};
/* 0 (g->on says whether to gate), or -1 with e. */
int review_gate_open(struct review_gate *g, int require, const char *ledger_flag, int trust, struct ferr *e);
/* The ledger's entries of eco:name loaded once (each one it ignores said
 * on stderr).  0, or -1 with e. */
int review_gate_load(struct review_gate *g, const char *eco, const char *name, struct ferr *e);
/* One package about to be written; its artifact in data.  0, or -1 with e
 * (a failure to check, not a missing review). */
int review_gate_note(struct review_gate *g, const struct registry *reg, const char *name,
		     const char *version, const void *data, size_t len, struct ferr *e);
/* 0 when everything noted is vetted; else prints what is missing and the
 * reviews to do, smallest first, on stdout and returns -1 (FERR_FOUND). */
int review_gate_verdict(struct review_gate *g, struct ferr *e);
void review_gate_free(struct review_gate *g);
/* The ledger's [policy] require-provenance and require-signatures onto
 * the registry versions are fetched from (nothing without a ledger). */
void review_gate_policy(const struct review_gate *g, struct registry *reg);

#endif
