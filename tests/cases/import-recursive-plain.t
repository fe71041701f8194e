# ... and without it, the same closure imports: everything else is in the
# distribution (debcargo's feature Provides included)
@ENV XDG_CACHE_HOME=$TMP/cache
@ARGS import crate:crossbeam-epoch --recursive -t debian --distro-index $TOP/tests/distro/plan/crates-Packages --registry file://$TOP/tests/registry/crates/ -o $OUT
@STDOUT-HAS debian: crossbeam-epoch 0.9.13 ->
@FILE-HAS plan-debian.json "distro_package": "librust-crossbeam-utils-dev"
