# an entry without its .asc: reported as unsigned and ignored
@BEFORE sh $TOP/tests/fixtures/ledger/setup.sh $TMP
@BEFORE { GNUPGHOME=$TMP/gnupg $FERRY approve --ledger $TMP/ledger --registry file://$TMP/reg/ npm:ledger-demo@1.0.0 --criteria safe-to-run && rm $TMP/ledger/audits/npm/ledger-demo/1.0.0-*.toml.asc; } >/dev/null
@ARGS vet check npm:ledger-demo@1.0.0 --criteria safe-to-run --ledger $TMP/ledger --registry file://$TMP/reg/
@EXIT 1
@STDERR-HAS audits/npm/ledger-demo/1.0.0-
@STDERR-HAS unsigned: no readable .asc signature beside it
@STDOUT-HAS vetted versions: none
@SH gpgconf --homedir $TMP/gnupg --kill gpg-agent
