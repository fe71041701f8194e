# safe-to-run does not imply safe-to-deploy
@BEFORE sh $TOP/tests/fixtures/ledger/setup.sh $TMP
@BEFORE { GNUPGHOME=$TMP/gnupg $FERRY approve --ledger $TMP/ledger --registry file://$TMP/reg/ npm:ledger-demo@1.0.0 --criteria safe-to-run; } >/dev/null
@ARGS vet check npm:ledger-demo@1.0.0 --criteria safe-to-deploy --ledger $TMP/ledger --registry file://$TMP/reg/
@EXIT 1
@STDOUT-HAS npm:ledger-demo@1.0.0: not vetted for safe-to-deploy
@SH gpgconf --homedir $TMP/gnupg --kill gpg-agent
