# npm nests two versions of one major where a closure needs both (1.0.0
# exactly, and ~1.1.0): each gets its own slot, the older a compat package
@ENV XDG_CACHE_HOME=$TMP/cache
@BEFORE cp "$TOP/tests/distro/plan/Packages.gz" .
@ARGS plan npm:slot-root --target debian --distro-index Packages.gz --registry file://$TOP/tests/distro/plan/npm/
@STDOUT
STATUS        PACKAGE                          VERSION        DISTRIBUTION                                 REQUIRED BY
new           slot-root                        1.0.0          -                                            (root)
compat        slot-a                           1.0.0          -                                            slot-root@1.0.0 (1.0.0)
new           slot-b                           1.0.0          -                                            slot-root@1.0.0 (^1.0.0)
new           slot-a                           1.1.0          -                                            slot-b@1.0.0 (~1.1.0)
@END
