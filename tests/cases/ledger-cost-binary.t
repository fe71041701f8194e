# the cost of a review is reckoned on the real delta: 1.2.0 brings four
# changed lines and a 128-byte ELF file, 2.0.0 four hundred lines of plain
# text in a much bigger artifact; the executable makes 1.2.0 the costlier
# review although its artifact differs less from the vetted 1.0.0
@BEFORE sh $TOP/tests/fixtures/ledger/setup.sh $TMP binary
@BEFORE GNUPGHOME=$TMP/gnupg $FERRY approve --ledger $TMP/ledger --registry file://$TMP/reg/ npm:ledger-demo@1.0.0 --criteria safe-to-run >/dev/null
@ARGS vet check npm:ledger-demo@1.2.0 --criteria safe-to-run --ledger $TMP/ledger --registry file://$TMP/reg/
@EXIT 1
@STDOUT-HAS   cost of the delta from 1.0.0: 10004: 4 lines, 1 executable (10000)
@STDOUT-HAS   smallest review: ferry approve npm:ledger-demo@1.2.0 --delta-from 1.0.0 --criteria safe-to-run  (cost 10004: 4 lines, 1 executable (10000))
@SH $FERRY vet check npm:ledger-demo@2.0.0 --criteria safe-to-run --ledger $TMP/ledger --registry file://$TMP/reg/ | grep -qx '  cost of the delta from 1.0.0: 404: 404 lines'
@SH test $(stat -c %s $TMP/reg/-/ledger-demo-2.0.0.tgz) -gt $(stat -c %s $TMP/reg/-/ledger-demo-1.2.0.tgz)
@SH gpgconf --homedir $TMP/gnupg --kill gpg-agent
