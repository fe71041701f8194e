# a tree at the newest release allowed: said, nothing written, exit 0
@BEFORE python3 $TOP/tests/fixtures/ledger/mkreg.py reg && "$FERRY" import npm:ledger-demo@1.2.0 -t debian -o out --registry file://$TMP/reg/ >/dev/null && (cd out && find . -type f | sort | xargs sha256sum) > sums
@ARGS update $OUT/node-ledger-demo --to '<2' --registry file://$TMP/reg/
@STDOUT-HAS debian: ledger-demo 1.2.0: 
@STDOUT-HAS /out/node-ledger-demo is at the newest version allowed by <2
@SH cd $OUT && find . -type f | sort | xargs sha256sum | cmp - ../sums
