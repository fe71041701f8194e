/* The signature and provenance options of the fetching commands (trustopts.h). */
#include "trustopts.h"

#include <stdlib.h>

#include "../core/util.h"

int trustopts_take(struct trustopts *t, int c, const char *arg)
{
	switch (c) {
	case TRUSTOPT_REQUIRE_SIGNATURES: t->require_signatures = 1; return 1;
	case TRUSTOPT_REGISTRY_KEYS: t->keys = arg; return 1;
	case TRUSTOPT_TRUSTED_ROOT: t->root = arg; return 1;
	case TRUSTOPT_REQUIRE_PROVENANCE: t->require_provenance = 1; return 1;
	}
	return 0;
}

int trustopts_open(const struct trustopts *t, struct registry *r, const char *eco, const char *flag,
		   const char *name, struct ferr *e)
{
	if (registry_open(r, eco, flag, name, e) != 0)
		return -1;
	if (t->require_signatures)
		r->require_signatures = 1;
	if (t->keys) {
		free(r->keys_file);
		r->keys_file = xstrdup(t->keys);
	}
	if (t->root) {
		free(r->trusted_root);
		r->trusted_root = xstrdup(t->root);
	}
	if (t->require_provenance)
		r->require_provenance = 1;
	return 0;
}

json_t *trustopts_provenance_json(const struct provenance *v)
{
	json_t *pv = json_object();
	json_object_set_new(pv, "repository", json_string(v->repository));
	json_object_set_new(pv, "commit", json_string(v->commit));
	json_object_set_new(pv, "ref", json_string(v->ref));
	json_object_set_new(pv, "workflow", json_string(v->workflow));
	json_object_set_new(pv, "builder", json_string(v->builder));
	json_object_set_new(pv, "issuer", json_string(v->issuer));
	json_object_set_new(pv, "publish_key", json_string(v->publish_key));
	json_object_set_new(pv, "log_index", json_string(v->log_index));
	json_object_set_new(pv, "integrated_time", json_integer(v->time));
	return pv;
}
