# --require-provenance refuses a version without provenance
@ARGS import -t debian -o $OUT --registry file://$TOP/tests/fixtures/provenance/registry/ --trusted-root $TOP/tests/fixtures/provenance/trusted_root.json npm:prov-none --require-provenance
@EXIT 3
@STDERR-HAS prov-none@1.0.0: provenance: none (no dist.attestations), and provenance is required (--require-provenance, or the ledger's policy)
@NO-OUTPUT
