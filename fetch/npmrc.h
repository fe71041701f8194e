/* npmrc.h: the npm registry for a package name, found the way npm finds
 * it: --registry, then npm_config_registry / NPM_CONFIG_REGISTRY, then
 * `registry=` and `@scope:registry=` in the project's ./.npmrc, the user's
 * npmrc ($NPM_CONFIG_USERCONFIG or ~/.npmrc) and the global npmrc
 * ($NPM_CONFIG_GLOBALCONFIG or /etc/npmrc), in that order.  A scope's own
 * registry wins over the plain one, as in npm.
 *
 * Returns the registry URL with exactly one trailing '/', owned by the
 * caller, or NULL with e set (FERR_CONFIG) saying how to configure one. */
#ifndef FERRY_NPMRC_H
#define FERRY_NPMRC_H

#include "../core/err.h"

char *npmrc_registry(const char *flag, const char *pkgname, struct ferr *e);

/* Reads `key` from one npmrc file's text; NULL if absent.  ${VAR} in the
 * value expands from the environment.  Exposed for tests. */
char *npmrc_lookup(const char *text, const char *key);

#endif
