# a certificate from an authority the trusted root does not hold
@ARGS import -t debian -o $OUT --registry file://$TOP/tests/fixtures/provenance/registry/ --trusted-root $TOP/tests/fixtures/provenance/trusted_root.json npm:prov-other-ca
@EXIT 3
@STDERR-HAS prov-other-ca@1.0.0: provenance: attestations[0]: certificate: does not lead to the trusted root's authorities at the integrated time 1714978860: unable to get local issuer certificate
@NO-OUTPUT
