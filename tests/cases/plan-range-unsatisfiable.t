# A range no published version satisfies is unresolvable, with the reason;
# the rest of the closure is still planned; exit 1
@ENV XDG_CACHE_HOME=$TMP/cache
@ARGS plan npm:range-root --target debian --distro-index $TOP/tests/distro/plan/Packages --registry file://$TOP/tests/distro/plan/npm/
@EXIT 1
@STDERR-HAS range-root: the closure has unresolvable requirements
@STDOUT
STATUS        PACKAGE                          VERSION        DISTRIBUTION                                 REQUIRED BY
new           range-root                       1.0.0          -                                            (root)
unresolvable  uni-a                            -              -                                            range-root@1.0.0 (^7.0.0)
              uni-a@^7.0.0: no published version satisfies the range
new           uni-b                            1.0.0          -                                            range-root@1.0.0 (^1.0.0)
new           uni-a                            1.2.5          -                                            uni-b@1.0.0 (~1.2.0)
@END
