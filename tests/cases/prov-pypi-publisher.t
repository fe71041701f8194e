# PEP 740: the provenance object names a publisher the certificate is not
@ARGS import -t debian -o $OUT --registry file://$TOP/tests/fixtures/provenance/pypi/ --trusted-root $TOP/tests/fixtures/provenance/trusted_root.json pypi:prov-py-other
@EXIT 3
@STDERR-HAS prov-py-other@1.0.0: provenance: attestation_bundles[0].attestations[0]: the certificate is https://github.com/ferry-test/prov-py-other/.github/workflows/publish.yml@refs/tags/v1.0.0's, not the publisher GitHub ferry-test/someone-else's workflow publish.yml
@STDERR-LINES 1
@NO-OUTPUT
