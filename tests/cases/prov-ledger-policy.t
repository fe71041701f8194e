# the ledger's [policy] require-provenance makes import refuse a version without verified provenance
@BEFORE mkdir -p ledger/maintainers && printf "[policy]\nrequire-provenance = true\n" > ledger/config.toml
@ARGS import -t debian -o $OUT --registry file://$TOP/tests/fixtures/provenance/registry/ --trusted-root $TOP/tests/fixtures/provenance/trusted_root.json --ledger $TMP/ledger npm:prov-none
@EXIT 3
@STDERR-HAS prov-none@1.0.0: provenance: none (no dist.attestations), and provenance is required
@NO-OUTPUT
