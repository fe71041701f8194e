# a Fulcio certificate is checked at the log's integrated time: one that had expired then is refused
@ARGS import -t debian -o $OUT --registry file://$TOP/tests/fixtures/provenance/registry/ --trusted-root $TOP/tests/fixtures/provenance/trusted_root.json npm:prov-leaf-expired
@EXIT 3
@STDERR-HAS prov-leaf-expired@1.0.0: provenance: attestations[0]: certificate: does not lead to the trusted root's authorities at the integrated time 1714978860: certificate has expired
@STDERR-LINES 1
@NO-OUTPUT
