# a missing link (no delta 1.0.0..1.1.0): 1.2.0 is not vetted; the
# smallest review is the delta from the vetted version 1.0.0
@BEFORE sh $TOP/tests/fixtures/ledger/setup.sh $TMP
@BEFORE { GNUPGHOME=$TMP/gnupg $FERRY approve --ledger $TMP/ledger --registry file://$TMP/reg/ npm:ledger-demo@1.0.0 --criteria safe-to-run && GNUPGHOME=$TMP/gnupg $FERRY approve --ledger $TMP/ledger --registry file://$TMP/reg/ npm:ledger-demo@1.2.0 --delta-from 1.1.0 --criteria safe-to-run; } >/dev/null
@ARGS vet check npm:ledger-demo@1.2.0 --criteria safe-to-run --ledger $TMP/ledger --registry file://$TMP/reg/
@EXIT 1
@STDOUT-HAS npm:ledger-demo@1.2.0: not vetted for safe-to-run
@STDOUT-HAS   vetted versions: 1.0.0
@STDOUT-HAS smallest review: ferry approve npm:ledger-demo@1.2.0 --delta-from 1.0.0 --criteria safe-to-run
@STDERR-HAS ferry: npm:ledger-demo@1.2.0: review: not vetted for safe-to-run
@SH gpgconf --homedir $TMP/gnupg --kill gpg-agent
