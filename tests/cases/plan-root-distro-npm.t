# The root is the distribution's when Debian's package satisfies the
# request (node-depd 2.0.0-2 for depd@2.0.0): nothing to build, never an
# "update" to the same version
@ENV XDG_CACHE_HOME=$TMP/cache
@ARGS plan npm:depd@2.0.0 --target debian --distro-index $TOP/tests/distro/plan/Packages-bookworm --registry file://$TOP/tests/distro/plan/npm/
@STDOUT
STATUS        PACKAGE                          VERSION        DISTRIBUTION                                 REQUIRED BY
distro        depd                             -              node-depd 2.0.0-2                            (root)
@END
