# The best version for ^1.0.0 alone is 1.9.0, but ~1.2.0 elsewhere needs 1.2.x:
# the solver takes one version that serves both, as a distribution would
@ENV XDG_CACHE_HOME=$TMP/cache
@BEFORE cp "$TOP/tests/distro/plan/Packages.gz" .
@ARGS plan npm:uni-root --target debian --distro-index Packages.gz --registry file://$TOP/tests/distro/plan/npm/
@STDOUT
STATUS        PACKAGE                          VERSION        DISTRIBUTION                                 REQUIRED BY
new           uni-root                         1.0.0          -                                            (root)
new           uni-a                            1.2.5          -                                            uni-root@1.0.0 (^1.0.0)
new           uni-b                            1.0.0          -                                            uni-root@1.0.0 (^1.0.0)
@END
