# the ledger's policy lets verified provenance through
@BEFORE mkdir -p ledger/maintainers && printf "[policy]\nrequire-provenance = true\n" > ledger/config.toml
@ARGS import -t debian -o $OUT --registry file://$TOP/tests/fixtures/provenance/registry/ --trusted-root $TOP/tests/fixtures/provenance/trusted_root.json --ledger $TMP/ledger npm:prov-good@1.0.0
@STDOUT-HAS provenance: https://github.com/ferry-test/prov-good@
