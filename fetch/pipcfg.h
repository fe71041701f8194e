/* pipcfg.h: the PyPI index to read, found the way pip finds it:
 * --registry, then $PIP_INDEX_URL, then index-url in [global] of pip's
 * configuration files ($PIP_CONFIG_FILE, $XDG_CONFIG_HOME/pip/pip.conf or
 * ~/.config/pip/pip.conf, ~/.pip/pip.conf, /etc/xdg/pip/pip.conf,
 * /etc/pip.conf; the first that sets it wins).
 *
 * pip names the Simple API (".../simple/"); the JSON API lives beside it
 * (".../pypi/NAME/json").  Returns the index's base URL ending in '/',
 * with a trailing "simple/" removed, owned by the caller, or NULL with e
 * set (FERR_CONFIG) saying how to configure one. */
#ifndef FERRY_PIPCFG_H
#define FERRY_PIPCFG_H

#include "../core/err.h"

char *pipcfg_registry(const char *flag, struct ferr *e);

/* index-url in [global] (or [install]) of one pip.conf's text, or NULL. */
char *pipcfg_lookup(const char *text);

#endif
