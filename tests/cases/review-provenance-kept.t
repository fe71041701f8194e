# provenance kept from one version to the next: no provenance finding
@ARGS review npm:prov-good@1.0.0..1.1.0 --registry file://$TOP/tests/fixtures/provenance/registry/ --trusted-root $TOP/tests/fixtures/provenance/trusted_root.json --no-diff
@STDOUT-HAS findings: 0
@STDOUT-LACKS provenance-lost
@STDOUT-LACKS provenance-changed
