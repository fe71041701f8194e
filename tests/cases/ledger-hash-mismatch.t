# the audit of 1.0.0 was of other bytes than the registry now serves under
# 1.0.0: it does not count
@BEFORE sh $TOP/tests/fixtures/ledger/setup.sh $TMP
@BEFORE { GNUPGHOME=$TMP/gnupg $FERRY approve --ledger $TMP/ledger --registry file://$TMP/reg/ npm:ledger-demo@1.0.0 --criteria safe-to-run && python3 $TOP/tests/fixtures/ledger/mkreg.py $TMP/reg2 variant; } >/dev/null
@ARGS vet check npm:ledger-demo@1.0.0 --criteria safe-to-run --ledger $TMP/ledger --registry file://$TMP/reg2/
@EXIT 1
@STDOUT-HAS does not count: digest mismatch: it audited another artifact than the registry serves under that version
@STDOUT-HAS vetted versions: none
@STDERR-LINES 1
@SH gpgconf --homedir $TMP/gnupg --kill gpg-agent
