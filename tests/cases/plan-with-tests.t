# --with-tests: the dev-dependencies of every package built for the runtime
# closure (opt-a's opt-test2), not those of packages needed only for tests
# (opt-test's opt-test3)
@ENV XDG_CACHE_HOME=$TMP/cache
@BEFORE cp "$TOP/tests/distro/plan/Packages.gz" .
@ARGS plan npm:opt-root --target debian --distro-index Packages.gz --registry file://$TOP/tests/distro/plan/npm/ --with-tests
@STDOUT
STATUS        PACKAGE                          VERSION        DISTRIBUTION                                 REQUIRED BY
new           opt-root                         1.0.0          -                                            (root)
new           opt-a                            1.0.0          -                                            opt-root@1.0.0 (^1.0.0)
new           opt-test                         1.0.0          -                                            opt-root@1.0.0 (^1.0.0, dev)
new           opt-test2                        1.0.0          -                                            opt-a@1.0.0 (^1.0.0, dev)
@END
