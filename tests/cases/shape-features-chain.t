# issue 10: an index line whose 800 features form a chain (once rounds to a
# fixed point: a minute); one walk of the graph now.  Every feature enables
# f799 and so itoa: Debian groups them all under f799
@BEFORE python3 $TOP/tests/hostile/make_shapes.py features 800 reg
@ARGS import crate:h-shape-features -t fedora -t debian -o $OUT --registry file://$TMP/reg/
@FILE-HAS rust-h-shape-features/debian/control Package: librust-h-shape-features+f799-dev
@FILE-HAS rust-h-shape-features/debian/control  librust-h-shape-features+f0-dev (= ${binary:Version}),
@FILE-HAS rust-h-shape-features/rust-h-shape-features.spec %package     -n %{name}+f799-devel
@SH test "$(grep -c '^Package:' $OUT/rust-h-shape-features/debian/control)" = 2
