# review of a package the registry does not have: input rejected (exit 3,
# "not in the registry"), as for import
@ENV XDG_CACHE_HOME=$TMP/cache
@ARGS review npm:no-such-package@1.0.0 --registry $REG
@EXIT 3
@STDERR-LINES 1
@STDERR-HAS ferry: no-such-package: not in the registry: 
@NO-OUTPUT
