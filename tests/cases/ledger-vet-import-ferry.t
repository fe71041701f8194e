# another ferry ledger: its signed entries come across with their digests
# (so they stay bound to the artifacts), its tampered ones do not
@BEFORE sh $TOP/tests/fixtures/ledger/setup.sh $TMP
@BEFORE { GNUPGHOME=$TMP/gnupg $FERRY approve --ledger $TMP/ledger --registry file://$TMP/reg/ npm:ledger-demo@1.0.0 --criteria safe-to-deploy && GNUPGHOME=$TMP/gnupg $FERRY approve --ledger $TMP/ledger --registry file://$TMP/reg/ npm:ledger-demo@1.1.0 --delta-from 1.0.0 --criteria safe-to-deploy --notes x && sed -i 's/^notes = "x"/notes = "y"/' $TMP/ledger/audits/npm/ledger-demo/1.0.0..1.1.0-*.toml && mkdir ours; } >/dev/null
@ARGS vet import $TMP/ledger --from ferry --ledger $TMP/ours
@STDOUT-HAS imported 1 audits from
@STDOUT-HAS (1 skipped)
@STDOUT-HAS bad signature
@SH $FERRY vet check npm:ledger-demo@1.0.0 --criteria safe-to-run --trust-imports --ledger $TMP/ours --registry file://$TMP/reg/ | grep -q 'vetted for safe-to-run'
@SH python3 $TOP/tests/fixtures/ledger/mkreg.py $TMP/reg2 variant && ! $FERRY vet check npm:ledger-demo@1.0.0 --criteria safe-to-run --trust-imports --ledger $TMP/ours --registry file://$TMP/reg2/ >/dev/null 2>&1
@SH gpgconf --homedir $TMP/gnupg --kill gpg-agent
