# the distribution ships quiet-build 0.1.1, which the registry has yanked:
# distro-version-gone, medium (the crate is found by its librust-*-dev name)
@ENV XDG_CACHE_HOME=$TMP/cache
@ARGS review crate:quiet-build@0.1.0 --registry file://$TOP/tests/review/crates/ --no-diff --distro-index $TOP/tests/review/distro/Packages-yanked
@STDOUT-HAS   medium distro-version-gone the distribution ships quiet-build 0.1.1 (librust-quiet-build-dev 0.1.1-1), which the registry has yanked
@STDOUT-HAS          at distro: librust-quiet-build-dev 0.1.1-1
@SH $FERRY review crate:quiet-build@0.1.0 --registry file://$TOP/tests/review/crates/ --distro-index $TOP/tests/review/distro/Packages-gone | grep -c distro-version-gone | grep -qx 0
