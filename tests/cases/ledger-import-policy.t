# the ledger's own policy (require-review = true) gates import without the
# flag; the smallest review is the delta from the nearest vetted version
@BEFORE sh $TOP/tests/fixtures/ledger/setup.sh $TMP
@BEFORE { printf '[policy]\nrequire-review = true\ncriteria = "safe-to-run"\n' >$TMP/ledger/config.toml && GNUPGHOME=$TMP/gnupg $FERRY approve --ledger $TMP/ledger --registry file://$TMP/reg/ npm:ledger-demo@1.1.0 --criteria safe-to-run; } >/dev/null
@ENV FERRY_LEDGER=$TMP/ledger
@ARGS import npm:ledger-demo@2.0.0 -t fedora -o $OUT --registry file://$TMP/reg/
@EXIT 1
@NO-OUTPUT
@STDOUT-HAS ferry approve npm:ledger-demo@2.0.0 --delta-from 1.1.0 --criteria safe-to-run  #
@STDERR-HAS not vetted for safe-to-run
@SH gpgconf --homedir $TMP/gnupg --kill gpg-agent
