# with review required and no newer version vetted, update refuses: the
# review that costs least among the newer versions on stdout (the delta
# from the audited 1.0.0 to 1.2.0 costs what the one to 1.1.0 does, and
# far less than 2.0.0's: the newest of the cheapest), one error line,
# exit 1, nothing written
@BEFORE sh $TOP/tests/fixtures/ledger/setup.sh $TMP && "$FERRY" import npm:ledger-demo@1.0.0 -t debian -o out --registry file://$TMP/reg/ >/dev/null && GNUPGHOME=$TMP/gnupg "$FERRY" approve --ledger $TMP/ledger --registry file://$TMP/reg/ npm:ledger-demo@1.0.0 --criteria safe-to-deploy >/dev/null && (cd out && find . -type f | sort | xargs sha256sum) > sums
@ARGS update $OUT/node-ledger-demo --require-review --ledger $TMP/ledger --registry file://$TMP/reg/
@EXIT 1
@STDOUT-HAS npm:ledger-demo@1.2.0: not vetted for safe-to-deploy
@STDOUT-HAS smallest review: ferry approve npm:ledger-demo@1.2.0 --delta-from 1.0.0 --criteria safe-to-deploy
@STDERR-HAS ferry: ledger-demo: no version newer than 1.0.0 is vetted by the ledger (the cheapest to review: 1.2.0); nothing written
@STDOUT-LACKS npm:ledger-demo@2.0.0
@STDERR-LINES 1
@SH cd $OUT && find . -type f | sort | xargs sha256sum | cmp - ../sums
@SH gpgconf --homedir $TMP/gnupg --kill gpg-agent
