# import --recursive follows the plan's options: with --with-tests the
# crate's dev-dependencies join the closure (here the registry lacks them:
# one line naming the first, exit 1, nothing written)
@ENV XDG_CACHE_HOME=$TMP/cache
@ARGS import crate:crossbeam-epoch --recursive --with-tests -t debian --distro-index $TOP/tests/distro/plan/crates-Packages --registry file://$TOP/tests/registry/crates/ -o $OUT
@EXIT 1
@STDERR-HAS crossbeam-epoch: rand '^0.8' (needed by crossbeam-epoch@0.9.13) is unresolvable
@STDERR-LINES 1
@NO-OUTPUT
