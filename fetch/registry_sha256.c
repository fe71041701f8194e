/* The digest check the entries of registries that give a sha256 share
 * (registry_kind.h).  Its own file: the entries call it and registry.c
 * calls the entries, so that no two files call each other. */
#include "registry_kind.h"

#include "digest.h"

int registry_check_sha256(const void *data, size_t len, const struct pkg *p, const char *what, struct ferr *e)
{
	return digest_check_sha256(data, len, p->cksum, what, e);
}
