/* ledger.h: the review ledger (README.md, "The review ledger"): signed audits of package
 * versions and deltas, one TOML file per entry under a folder meant to live
 * in a distribution's packaging repository, and the vetting of a version
 * from them.  No network: the artifacts' digests come from the caller.
 *
 *   LEDGER/config.toml          [policy] and [criteria.NAME] (optional)
 *   LEDGER/maintainers/NAME.asc the public keys whose signatures count
 *   LEDGER/audits/ECO/NAME/     VERSION-HASH.toml or OLD..NEW-HASH.toml,
 *                               each with its detached signature (.asc)
 *   LEDGER/imported/ECO/NAME/   audits imported from elsewhere (unsigned,
 *                               carrying their origin)
 *
 * Ownership: a struct ledger owns everything in it (ledger_free); a struct
 * audit owns its strings (audit_free); a struct vet owns its lists but
 * borrows the audits of the ledger it came from. */
#ifndef FERRY_LEDGER_H
#define FERRY_LEDGER_H

#include <stddef.h>

#include "../core/err.h"
#include "../core/util.h"
#include "sign.h"

struct audit {
	char *file;          /* relative to the ledger, e.g. "audits/npm/x/1.0.0-0123456789ab.toml" */
	char *eco, *name, *version;
	char *from;          /* delta-from, NULL for a full audit */
	char *sha256, *sha512;             /* the audited artifact of version */
	char *from_sha256, *from_sha512;   /* and of from, for a delta */
	long long size, from_size;         /* bytes, -1 unknown */
	struct strv criteria;
	char *who, *fingerprint, *date, *notes;   /* date: may be NULL in imports */
	char *origin;        /* imported entries: where they came from; else NULL */
	/* what was verified of version when it was approved (convert/pkgfetch.h),
	 * signed with the entry; NULL where there was nothing */
	char *signed_by;     /* the registry keys that signed it ("" none) */
	char *prov_repository, *prov_commit, *prov_workflow, *prov_log_index;
};
void audit_free(struct audit *a);
/* The entry as TOML text, every string escaped (caller frees). */
char *audit_toml(const struct audit *a);

struct ledger_criteria {
	char *name, *description;
	struct strv implies;
};

struct ledger {
	char *dir;
	int require_review;         /* [policy] require-review */
	int trust_imports;          /* [policy] trust-imports */
	int require_provenance;     /* [policy] require-provenance: versions without
				       verified provenance are not imported */
	int require_signatures;     /* [policy] require-signatures */
	char *policy_criteria;      /* [policy] criteria, default "safe-to-deploy" */
	struct ledger_criteria *crit;   /* built-in ones first */
	size_t ncrit;
	struct sign_keyring *keys;  /* maintainers/, opened by the first load */
	struct audit *v;            /* entries that passed verification */
	size_t n;
	struct strv rejected;       /* "FILE: why" for each entry ignored */
};

/* Reads DIR/config.toml if present (a missing ledger folder is an empty
 * ledger).  0, or -1 with e (FERR_INPUT for a bad config). */
int ledger_open(const char *dir, struct ledger *l, struct ferr *e);
void ledger_free(struct ledger *l);

int ledger_criteria_known(const struct ledger *l, const char *name);
/* 1 when criteria `have` (with what they imply, transitively) include want */
int ledger_satisfies(const struct ledger *l, const struct strv *have, const char *want);

/* Loads and verifies the entries of one package (eco and name), or of the
 * whole ledger (both NULL), own and imported.  Entries that fail (bad or
 * missing signature, key not among the maintainers, unreadable, naming
 * another package than their folder) go to l->rejected, not l->v.  0, or
 * -1 with e when the keyring cannot be set up. */
int ledger_load(struct ledger *l, const char *eco, const char *name, struct ferr *e);

/* 1 when a's ecosystem, name and versions make plain file names. */
int ledger_fileable(const struct audit *a);
/* Writes a as a new entry: under audits/ signed with key (see
 * sign_detached; a->who and a->fingerprint are set from the key) or, when
 * a->origin is set, under imported/ unsigned.  Each file is written to a
 * temporary name in its folder and renamed into place (signature first),
 * so readers and concurrent writers never see half an entry.  *path gets
 * the entry's path relative to the ledger (caller frees).  0, or -1 with e. */
int ledger_add(const struct ledger *l, struct audit *a, const char *key, char **path, struct ferr *e);

/* The artifact of one version as the registry serves it now: 0 with the
 * digests (borrowed until the vet is freed) and size, -1 if unavailable. */
typedef int (*ledger_artifact_fn)(void *ctx, const char *version, const char **sha256, const char **sha512,
				  long long *size);

struct vet {
	int vetted;
	const struct audit **chain;   /* from a full audit to the version */
	size_t nchain;
	struct strv vetted_versions;  /* every version vetted for the criteria */
	struct strv notes;            /* audits that did not count, and why */
};

/* Whether version of eco:name is vetted for criteria by the loaded
 * entries: a chain of audits, each with the criteria, from a full audit
 * through deltas, every audit bound to the digests of the artifacts the
 * registry serves (art).  Imported entries count only with trust_imports
 * (and, carrying no digests when they come from cargo-vet, by version). */
void ledger_vet(const struct ledger *l, const char *eco, const char *name, const char *version,
		const char *criteria, int trust_imports, ledger_artifact_fn art, void *ctx, struct vet *r);
void vet_free(struct vet *r);

#endif
