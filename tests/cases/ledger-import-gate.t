# import --require-review of an unreviewed version: nothing written, the
# missing review named with the command that records it
@BEFORE sh $TOP/tests/fixtures/ledger/setup.sh $TMP
@ARGS import npm:ledger-demo@1.2.0 --require-review --ledger $TMP/ledger -t fedora -o $OUT --registry file://$TMP/reg/
@EXIT 1
@NO-OUTPUT
@STDOUT-HAS npm:ledger-demo@1.2.0: not vetted for safe-to-deploy
@STDOUT-HAS   ferry approve npm:ledger-demo@1.2.0 --criteria safe-to-deploy  # cost 7: 7 lines
@STDERR-HAS import: review: 1 of 1 packages not vetted for safe-to-deploy
@SH gpgconf --homedir $TMP/gnupg --kill gpg-agent
