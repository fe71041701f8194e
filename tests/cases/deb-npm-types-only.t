# a package of type definitions only (no main, no exports, no index.js,
# like type-fest) cannot pass pkg-js-tools' default require("./.") test:
# debian/tests/pkg-js/test checks its declared types file instead
@BEFORE python3 $TOP/tests/distro/plan/withtarball.py --types-only pf-linux-x64 reg
@ARGS import npm:pf-linux-x64 -t debian -o $OUT --registry file://$TMP/reg/
@FILE-HAS node-pf-linux-x64/debian/tests/pkg-js/test test -f 'index.d.ts'
@FILE-HAS node-pf-linux-x64/debian/tests/pkg-js/test cannot
