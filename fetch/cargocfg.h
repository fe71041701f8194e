/* cargocfg.h: the crates.io index to read, found the way Cargo would:
 * --registry, then $FERRY_CRATES_REGISTRY, then Cargo's source
 * replacement for crates-io in ./.cargo/config.toml and
 * $CARGO_HOME/config.toml (default ~/.cargo/config.toml):
 *
 *   [source.crates-io]  replace-with = "mirror"
 *   [source.mirror]     registry = "sparse+https://..."   (or a file:// URL)
 *
 * Returns the index root URL ending in '/' ("sparse+" dropped), owned by
 * the caller, or NULL with e set (FERR_CONFIG) saying how to configure one. */
#ifndef FERRY_CARGOCFG_H
#define FERRY_CARGOCFG_H

#include "../core/err.h"

char *cargocfg_registry(const char *flag, struct ferr *e);

/* The replacement registry named in one config.toml's text, or NULL. */
char *cargocfg_lookup(const char *text, size_t len);

#endif
