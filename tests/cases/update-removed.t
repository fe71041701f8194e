# a file ferry generates that the packager removed (debian/watch) stays
# removed through one update and the next: the record keeps it as removed
# (mode 0000, its generation as the merge base), nothing writes it back;
# a plain import over the tree still names it (it would come back)
@BEFORE python3 $TOP/tests/fixtures/ledger/mkreg.py reg && "$FERRY" import npm:ledger-demo@1.0.0 -t debian -o out --registry file://$TMP/reg/ >/dev/null && rm out/node-ledger-demo/debian/watch && "$FERRY" update out/node-ledger-demo --to 1.1.0 --registry file://$TMP/reg/ > first.out
@ARGS update $OUT/node-ledger-demo --to 1.2.0 --registry file://$TMP/reg/
@STDOUT-HAS kept: 
@STDOUT-HAS /out/node-ledger-demo/debian/watch: removed since ferry wrote it: left out
@FILE-HAS node-ledger-demo/debian/changelog node-ledger-demo (1.2.0-1) UNRELEASED
@SH grep -q 'debian/watch: removed since ferry wrote it: left out' first.out
@SH test ! -e $OUT/node-ledger-demo/debian/watch
@SH grep -q '^0000 [0-9a-f]* node-ledger-demo/debian/watch$' $OUT/.ferry/node-ledger-demo.files
@SH s=$(sed -n 's/^0000 \([0-9a-f]*\) node-ledger-demo\/debian\/watch$/\1/p' $OUT/.ferry/node-ledger-demo.files) && test -e $OUT/.ferry/base/$s
@SH ! "$FERRY" import npm:ledger-demo@1.2.0 -t debian -o $OUT --registry file://$TMP/reg/ 2>err && grep -q 'node-ledger-demo/debian/watch: written by ferry, since removed' err
