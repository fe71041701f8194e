# approve: one TOML entry and its detached signature under
# audits/ECO/NAME/, binding the artifact's sha256 and sha512; gpg itself
# verifies the signature
@BEFORE sh $TOP/tests/fixtures/ledger/setup.sh $TMP
@ENV GNUPGHOME=$TMP/gnupg
@ARGS approve npm:ledger-demo@1.0.0 --criteria safe-to-run --notes 'read "index.js"' --ledger $TMP/ledger --registry file://$TMP/reg/
@STDOUT-HAS approved npm:ledger-demo@1.0.0 for safe-to-run:
@STDOUT-HAS (signed by Test <t@example.invalid>)
@SH f=$(ls $TMP/ledger/audits/npm/ledger-demo/1.0.0-*.toml) && GNUPGHOME=$TMP/gnupg gpg --batch --verify "$f.asc" "$f"
@SH f=$(ls $TMP/ledger/audits/npm/ledger-demo/1.0.0-*.toml) && grep -qx "sha256 = \"$(sha256sum <$TMP/reg/-/ledger-demo-1.0.0.tgz | cut -d' ' -f1)\"" "$f"
@SH f=$(ls $TMP/ledger/audits/npm/ledger-demo/1.0.0-*.toml) && grep -qx "sha512 = \"$(sha512sum <$TMP/reg/-/ledger-demo-1.0.0.tgz | cut -d' ' -f1)\"" "$f"
@SH grep -qxF 'notes = "read \"index.js\""' $TMP/ledger/audits/npm/ledger-demo/1.0.0-*.toml
@SH grep -qxF 'date = "2023-11-14T22:13:20Z"' $TMP/ledger/audits/npm/ledger-demo/1.0.0-*.toml
@SH test $(ls -A $TMP/ledger/audits/npm/ledger-demo | wc -l) = 2
@SH gpgconf --homedir $TMP/gnupg --kill gpg-agent
