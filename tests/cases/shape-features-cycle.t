# issue 10: 100 features that enable each other in a cycle (old crates have
# such cycles; the 2019 index six): every closure is then its own walk.
# All enable one another: Debian groups them under f0, as before
@BEFORE python3 $TOP/tests/hostile/make_shapes.py featloop 100 reg
@ARGS import crate:h-shape-featloop -t fedora -t debian -o $OUT --registry file://$TMP/reg/
@FILE-HAS rust-h-shape-featloop/debian/control Package: librust-h-shape-featloop+f0-dev
@SH test "$(grep -c '^Package:' $OUT/rust-h-shape-featloop/debian/control)" = 2
