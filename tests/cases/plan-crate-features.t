# Crate features follow what is asked: the root's default feature turns on
# std, which asks crossbeam-utils for its std feature; Debian's debcargo
# feature Provides satisfy both
@ENV XDG_CACHE_HOME=$TMP/cache
@BEFORE cp "$TOP/tests/distro/plan/crates-Packages" Packages
@ARGS plan crate:crossbeam-epoch --target debian --distro-index Packages --registry file://$TOP/tests/registry/crates/
@STDOUT
STATUS        PACKAGE                          VERSION        DISTRIBUTION                                 REQUIRED BY
new           crossbeam-epoch                  0.9.13         -                                            (root)
distro        autocfg                          -              librust-autocfg-dev 1.1.0-1                  crossbeam-epoch@0.9.13 (^1, build)
distro        cfg-if                           -              librust-cfg-if-dev 1.0.0-1                   crossbeam-epoch@0.9.13 (^1)
distro        crossbeam-utils                  -              librust-crossbeam-utils-dev 0.8.14-1         crossbeam-epoch@0.9.13 (^0.8.5)
distro        memoffset                        -              librust-memoffset-dev 0.7.1-1                crossbeam-epoch@0.9.13 (^0.7)
distro        scopeguard                       -              librust-scopeguard-dev 1.1.0-1               crossbeam-epoch@0.9.13 (^1.1)
distro        crossbeam-utils                  -              librust-crossbeam-utils-dev 0.8.14-1         crossbeam-epoch@0.9.13 (^0.8.5, feature std)
@END
