# and Fedora's: aarch64 is node's arm64 too
@ENV XDG_CACHE_HOME=$TMP/cache
@ARGS plan npm:pf-root --target fedora --with-optional --arch aarch64 --distro-index $TOP/tests/distro/plan/primary.xml --registry file://$TOP/tests/distro/plan/npm/
@STDOUT
STATUS        PACKAGE                          VERSION        DISTRIBUTION                                 REQUIRED BY
new           pf-root                          1.0.0          -                                            (root)
new           pf-linux-arm64                   1.0.0          -                                            pf-root@1.0.0 (1.0.0, optional)
new           pf-not-win32                     1.0.0          -                                            pf-root@1.0.0 (1.0.0, optional)
@END
