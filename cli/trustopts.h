/* trustopts.h: the options of every command that fetches versions, for
 * what the registries sign: --require-signatures and --registry-keys FILE
 * (which wins over $FERRY_REGISTRY_KEYS and the registry's own keys
 * document; fetch/registry.h), --trusted-root FILE (over
 * $FERRY_TRUSTED_ROOT) and --require-provenance.  A command puts TRUSTOPTS_LONG in its
 * getopt_long table, hands each option to trustopts_take, and applies
 * opens its registries with trustopts_open; trustopts_provenance_json is
 * what they show of verified provenance.
 *
 * Ownership: a struct trustopts borrows the command line's strings. */
#ifndef FERRY_TRUSTOPTS_H
#define FERRY_TRUSTOPTS_H

#include <getopt.h>
#include <jansson.h>

#include "../core/model.h"

#include "../fetch/registry.h"

enum { TRUSTOPT_REQUIRE_SIGNATURES = 0x7100, TRUSTOPT_REGISTRY_KEYS, TRUSTOPT_TRUSTED_ROOT, TRUSTOPT_REQUIRE_PROVENANCE };

#define TRUSTOPTS_LONG \
	{"require-signatures", no_argument, NULL, TRUSTOPT_REQUIRE_SIGNATURES}, \
	{"registry-keys", required_argument, NULL, TRUSTOPT_REGISTRY_KEYS}, \
	{"trusted-root", required_argument, NULL, TRUSTOPT_TRUSTED_ROOT}, \
	{"require-provenance", no_argument, NULL, TRUSTOPT_REQUIRE_PROVENANCE}

#define TRUSTOPTS_HELP \
	"      --require-signatures  refuse a version the registry did not sign (npm's\n" \
	"                         dist.signatures); a bad signature is always refused\n" \
	"      --registry-keys FILE  the registry's signing keys from FILE (its keys\n" \
	"                         endpoint's document, or Sigstore's npm-registry-\n" \
	"                         keys.json), not from the registry ($FERRY_REGISTRY_KEYS)\n" \
	"      --trusted-root FILE   Sigstore's trusted_root.json: with it, npm provenance\n" \
	"                         (dist.attestations) is verified offline and shown\n" \
	"                         ($FERRY_TRUSTED_ROOT; never fetched)\n" \
	"      --require-provenance  refuse a version without verified provenance\n"

struct trustopts {
	int require_signatures, require_provenance;
	const char *keys, *root;
};

/* 1 when option c (with its argument) is one of these, taken into t */
int trustopts_take(struct trustopts *t, int c, const char *arg);
/* registry_open (fetch/registry.h) with t's settings on the registry */
int trustopts_open(const struct trustopts *t, struct registry *r, const char *eco, const char *flag,
		   const char *name, struct ferr *e);

/* What verified provenance proves, as plan --json and review --json give
 * it (a new reference): repository, commit, ref, workflow, builder,
 * issuer, publish_key, log_index, integrated_time. */
json_t *trustopts_provenance_json(const struct provenance *v);

#endif
