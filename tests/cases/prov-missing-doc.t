# dist.attestations names a document the registry does not serve
@BEFORE cp -r $TOP/tests/fixtures/provenance/registry reg && rm reg/-/npm/v1/attestations/prov-good@1.0.0
@ARGS import -t debian -o $OUT --registry file://$TMP/reg/ --trusted-root $TOP/tests/fixtures/provenance/trusted_root.json npm:prov-good@1.0.0
@EXIT 3
@STDERR-HAS prov-good@1.0.0: provenance: dist.attestations names attestations the registry does not serve
@NO-OUTPUT
