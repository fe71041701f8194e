# Cargo's ^0.0.3 admits 0.0.3 only: crate 0.0.x versions are each their own
# series, so a closure needing zero-a 0.0.3 and 0.0.4 keeps both, the
# older a compat package, as Cargo builds it (one slot rule: eco->series)
@ENV XDG_CACHE_HOME=$TMP/cache
@ARGS plan crate:zero-root --target debian --distro-index $TOP/tests/distro/plan/Packages --registry file://$TOP/tests/distro/plan/crates/
@STDOUT
STATUS        PACKAGE                          VERSION        DISTRIBUTION                                 REQUIRED BY
new           zero-root                        1.0.0          -                                            (root)
compat        zero-a                           0.0.3          -                                            zero-root@1.0.0 (^0.0.3)
new           zero-b                           1.0.0          -                                            zero-root@1.0.0 (^1)
new           zero-a                           0.0.4          -                                            zero-b@1.0.0 (^0.0.4)
@END
