# crate:serde with no version asked: the registry's newest (1.0.152 in the
# snapshot) is what Debian's librust-serde-dev 1.0.152-2 ships: distro
@ENV XDG_CACHE_HOME=$TMP/cache
@ARGS plan crate:serde --target debian --distro-index $TOP/tests/distro/plan/Packages-bookworm --registry file://$TOP/tests/registry/crates/
@STDOUT
STATUS        PACKAGE                          VERSION        DISTRIBUTION                                 REQUIRED BY
distro        serde                            -              librust-serde-dev 1.0.152-2                  (root)
@END
