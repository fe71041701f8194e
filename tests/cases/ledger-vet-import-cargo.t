# cargo-vet's audits.toml: version and delta audits imported under
# imported/crate/, with their origin; a criteria mapped with
# --criteria-map, an unmapped one skipped, a violation skipped
@BEFORE mkdir ledger
@ARGS vet import $TOP/tests/fixtures/ledger/audits.toml --from cargo-vet --criteria-map crypto-safe=safe-to-deploy --ledger $TMP/ledger
@STDOUT-HAS imported 3 audits from
@STDOUT-HAS (3 skipped)
@STDOUT-HAS skipped 1 [[trusted.NAME]] entries
@STDOUT-HAS skipped crossbeam-epoch: criteria ub-free not declared here (--criteria-map THEIRS=OURS)
@STDOUT-HAS skipped evil: a violation, not an audit
@SH grep -qx 'who = "Bob Example <bob@example.invalid>, Carol Example <carol@example.invalid>"' $TMP/ledger/imported/crate/autocfg/1.0.1..1.1.0-*.toml
@SH grep -qx 'criteria = \["safe-to-run"\]' $TMP/ledger/imported/crate/autocfg/1.0.1..1.1.0-*.toml
@SH grep -qx 'criteria = \["safe-to-deploy"\]' $TMP/ledger/imported/crate/serde/1.0.152-*.toml
@SH grep -q '^origin = "cargo-vet audits.toml sha256:' $TMP/ledger/imported/crate/itoa/1.0.1-*.toml
@SH test ! -e $TMP/ledger/imported/crate/itoa/1.0.1-*.toml.asc
