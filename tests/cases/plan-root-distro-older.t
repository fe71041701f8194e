# A request Debian's package does not satisfy stays the registry's:
# depd@1 beside Debian's newer node-depd 2.0.0-2 is compat
@ENV XDG_CACHE_HOME=$TMP/cache
@ARGS plan npm:depd@^1.1.0 --target debian --distro-index $TOP/tests/distro/plan/Packages-bookworm --registry file://$TOP/tests/distro/plan/npm/
@STDOUT
STATUS        PACKAGE                          VERSION        DISTRIBUTION                                 REQUIRED BY
compat        depd                             1.1.2          node-depd 2.0.0-2                            (root)
@END
