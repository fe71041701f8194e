# A feature the root does not have is a usage error naming it
@ENV XDG_CACHE_HOME=$TMP/cache
@BEFORE cp "$TOP/tests/distro/plan/crates-Packages" Packages
@ARGS plan crate:crossbeam-epoch --target debian --distro-index Packages --registry file://$TOP/tests/registry/crates/ --features turbo
@EXIT 2
@STDERR-HAS crossbeam-epoch@0.9.13: has no feature 'turbo'
