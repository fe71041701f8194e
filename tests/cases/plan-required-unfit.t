# a required dependency that is not for the target (os darwin) is
# unresolvable, as npm refuses it (EBADPLATFORM)
@ENV XDG_CACHE_HOME=$TMP/cache
@ARGS plan npm:pf-req --target debian --distro-index $TOP/tests/distro/plan/Packages-bookworm --registry file://$TOP/tests/distro/plan/npm/
@EXIT 1
@STDOUT
STATUS        PACKAGE                          VERSION        DISTRIBUTION                                 REQUIRED BY
new           pf-req                           1.0.0          -                                            (root)
unresolvable  pf-darwin                        -              -                                            pf-req@1.0.0 (^1.0.0)
              pf-darwin@1.0.0 is not for amd64: its os field excludes this target
@END
