# npm optionalDependencies and optional peers are left out by default
@ENV XDG_CACHE_HOME=$TMP/cache
@BEFORE cp "$TOP/tests/distro/plan/Packages.gz" .
@ARGS plan npm:opt-root --target debian --distro-index Packages.gz --registry file://$TOP/tests/distro/plan/npm/
@STDOUT
STATUS        PACKAGE                          VERSION        DISTRIBUTION                                 REQUIRED BY
new           opt-root                         1.0.0          -                                            (root)
new           opt-a                            1.0.0          -                                            opt-root@1.0.0 (^1.0.0)
@END
