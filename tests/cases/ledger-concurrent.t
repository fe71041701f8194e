# eight approvals at once: eight entries, each signed and valid, no
# temporary file left behind
@BEFORE sh $TOP/tests/fixtures/ledger/setup.sh $TMP
@BEFORE for i in 1 2 3 4 5 6 7 8; do GNUPGHOME=$TMP/gnupg $FERRY approve --ledger $TMP/ledger --registry file://$TMP/reg/ npm:ledger-demo@1.0.0 --criteria safe-to-run --notes "reviewer run $i" >/dev/null & done; wait
@ARGS vet check npm:ledger-demo@1.0.0 --criteria safe-to-run --ledger $TMP/ledger --registry file://$TMP/reg/
@STDOUT-HAS vetted for safe-to-run
@STDERR-LINES 0
@SH test $(ls $TMP/ledger/audits/npm/ledger-demo/*.toml | wc -l) = 8 && test $(ls $TMP/ledger/audits/npm/ledger-demo/*.toml.asc | wc -l) = 8
@SH test -z "$(ls -A $TMP/ledger/audits/npm/ledger-demo | grep '^\.tmp')"
@SH for f in $TMP/ledger/audits/npm/ledger-demo/*.toml; do GNUPGHOME=$TMP/gnupg gpg --batch --quiet --verify "$f.asc" "$f" 2>/dev/null || exit 1; done
@SH test $(cat $TMP/ledger/audits/npm/ledger-demo/*.toml | grep -c '^notes = "reviewer run [1-8]"') = 8
@SH gpgconf --homedir $TMP/gnupg --kill gpg-agent
