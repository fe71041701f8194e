# a full audit of 1.0.0 and deltas 1.0.0..1.1.0 and 1.1.0..1.2.0 vet 1.2.0;
# the chain is printed from the full audit
@BEFORE sh $TOP/tests/fixtures/ledger/setup.sh $TMP
@BEFORE { GNUPGHOME=$TMP/gnupg $FERRY approve --ledger $TMP/ledger --registry file://$TMP/reg/ npm:ledger-demo@1.0.0 --criteria safe-to-run && GNUPGHOME=$TMP/gnupg $FERRY approve --ledger $TMP/ledger --registry file://$TMP/reg/ npm:ledger-demo@1.1.0 --delta-from 1.0.0 --criteria safe-to-run && GNUPGHOME=$TMP/gnupg $FERRY approve --ledger $TMP/ledger --registry file://$TMP/reg/ npm:ledger-demo@1.2.0 --delta-from 1.1.0 --criteria safe-to-run; } >/dev/null
@ARGS vet check npm:ledger-demo@1.2.0 --criteria safe-to-run --ledger $TMP/ledger --registry file://$TMP/reg/
@STDOUT-HAS npm:ledger-demo@1.2.0: vetted for safe-to-run
@STDOUT-HAS   audit 1.0.0 by Test <t@example.invalid>
@STDOUT-HAS   delta 1.0.0 -> 1.1.0 by
@STDOUT-HAS   delta 1.1.0 -> 1.2.0 by
@STDERR-LINES 0
@SH gpgconf --homedir $TMP/gnupg --kill gpg-agent
