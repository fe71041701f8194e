# import --require-review of a version vetted by a chain: written
@BEFORE sh $TOP/tests/fixtures/ledger/setup.sh $TMP
@BEFORE { GNUPGHOME=$TMP/gnupg $FERRY approve --ledger $TMP/ledger --registry file://$TMP/reg/ npm:ledger-demo@1.0.0 --criteria safe-to-deploy && GNUPGHOME=$TMP/gnupg $FERRY approve --ledger $TMP/ledger --registry file://$TMP/reg/ npm:ledger-demo@1.2.0 --delta-from 1.0.0 --criteria safe-to-deploy; } >/dev/null
@ARGS import npm:ledger-demo@1.2.0 --require-review --ledger $TMP/ledger -t fedora -o $OUT --registry file://$TMP/reg/
@STDOUT-HAS fedora: ledger-demo 1.2.0 ->
@FILE-HAS nodejs-ledger-demo/nodejs-ledger-demo.spec Version:        1.2.0
@SH gpgconf --homedir $TMP/gnupg --kill gpg-agent
