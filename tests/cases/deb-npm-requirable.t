# a package with JavaScript keeps pkg-js-tools' require test: no
# debian/tests/pkg-js/test is written when upstream ships no tests
@BEFORE python3 $TOP/tests/distro/plan/withtarball.py pf-linux-x64 reg
@ARGS import npm:pf-linux-x64 -t debian -o $OUT --registry file://$TMP/reg/
@SH [ -e "$OUT/node-pf-linux-x64/debian/control" ] && [ ! -e "$OUT/node-pf-linux-x64/debian/tests/pkg-js/test" ]
