# a publish attestation alone proves no source: refused
@ARGS import -t debian -o $OUT --registry file://$TOP/tests/fixtures/provenance/registry/ --trusted-root $TOP/tests/fixtures/provenance/trusted_root.json npm:prov-publish-only
@EXIT 3
@STDERR-HAS prov-publish-only@1.0.0: provenance: no SLSA provenance attestation among 1
@NO-OUTPUT
