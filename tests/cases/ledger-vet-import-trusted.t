# with --trust-imports a cargo-vet audit counts, by version (it carries no
# digests), and says where it came from
@BEFORE mkdir ledger && $FERRY vet import $TOP/tests/fixtures/ledger/audits.toml --from cargo-vet --ledger $TMP/ledger >/dev/null
@ENV XDG_CACHE_HOME=$TMP/cache
@ARGS vet check crate:itoa@1.0.1 --criteria safe-to-run --trust-imports --ledger $TMP/ledger --registry file://$TOP/tests/registry/crates/
@STDOUT-HAS crate:itoa@1.0.1: vetted for safe-to-run
@STDOUT-HAS   audit 1.0.1 by Alice Example <alice@example.invalid> (imported/crate/itoa/1.0.1-
@STDOUT-HAS [imported from cargo-vet audits.toml sha256:
