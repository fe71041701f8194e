# import --recursive of a closure libsolv cannot solve: one line naming the
# problem, exit 1, nothing written
@ENV XDG_CACHE_HOME=$TMP/cache
@ARGS import crate:slot-root --recursive -t debian --distro-index $TOP/tests/distro/plan/Packages --registry file://$TOP/tests/distro/plan/crates/ -o $OUT
@EXIT 1
@STDERR-HAS slot-root: the closure cannot be solved: problem 1: slot-root@1.0.0 requires slot-a/default =1.0.0
@STDERR-LINES 1
@NO-OUTPUT
