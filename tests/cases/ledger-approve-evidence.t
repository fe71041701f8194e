# approve records what was verified (registry signature, provenance) in the signed entry; vet check shows it
@BEFORE sh $TOP/tests/fixtures/ledger/setup.sh $TMP
@ENV GNUPGHOME=$TMP/gnupg
@ARGS approve npm:prov-good@1.0.0 --criteria safe-to-run --ledger $TMP/ledger --registry file://$TOP/tests/fixtures/provenance/registry/ --trusted-root $TOP/tests/fixtures/provenance/trusted_root.json
@STDOUT-HAS approved npm:prov-good@1.0.0 for safe-to-run:
@SH grep -qxF 'registry-signature = "SHA256:ZWifivkfWzPoy4JbHBI16M5Scr1p2xandWt/YQeAyWQ"' $TMP/ledger/audits/npm/prov-good/1.0.0-*.toml
@SH grep -qxF 'provenance-repository = "https://github.com/ferry-test/prov-good"' $TMP/ledger/audits/npm/prov-good/1.0.0-*.toml
@SH grep -qxF 'provenance-commit = "c08305273c04cef4483de536a3bba3f6c666f0c3"' $TMP/ledger/audits/npm/prov-good/1.0.0-*.toml
@SH f=$(ls $TMP/ledger/audits/npm/prov-good/1.0.0-*.toml) && GNUPGHOME=$TMP/gnupg gpg --batch --verify "$f.asc" "$f" 2>/dev/null
@SH $FERRY vet check npm:prov-good@1.0.0 --criteria safe-to-run --ledger $TMP/ledger --registry file://$TOP/tests/fixtures/provenance/registry/ | grep -qF "    approved with provenance: https://github.com/ferry-test/prov-good@c08305273c04cef4483de536a3bba3f6c666f0c3, workflow https://github.com/ferry-test/prov-good/.github/workflows/publish.yml@refs/tags/v1.0.0, log entry 1001"
@SH $FERRY vet check npm:prov-good@1.0.0 --criteria safe-to-run --ledger $TMP/ledger --registry file://$TOP/tests/fixtures/provenance/registry/ | grep -qF "    approved with registry signature: SHA256:ZWifivkfWzPoy4JbHBI16M5Scr1p2xandWt/YQeAyWQ"
@SH gpgconf --homedir $TMP/gnupg --kill gpg-agent
