# Two majors of one library at once: the older is a compat package beside
# the newer, not a failure
@ENV XDG_CACHE_HOME=$TMP/cache
@BEFORE cp "$TOP/tests/distro/plan/Packages.gz" .
@ARGS plan npm:maj-root --target debian --distro-index Packages.gz --registry file://$TOP/tests/distro/plan/npm/
@STDOUT
STATUS        PACKAGE                          VERSION        DISTRIBUTION                                 REQUIRED BY
new           maj-root                         1.0.0          -                                            (root)
compat        maj-a                            1.4.0          -                                            maj-root@1.0.0 (^1.0.0)
new           maj-b                            1.0.0          -                                            maj-root@1.0.0 (^1.0.0)
new           maj-a                            2.1.0          -                                            maj-b@1.0.0 (^2.0.0)
@END
