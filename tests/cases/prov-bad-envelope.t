# the log holds the envelope as it is, but its signature is not over its payload
@ARGS import -t debian -o $OUT --registry file://$TOP/tests/fixtures/provenance/registry/ --trusted-root $TOP/tests/fixtures/provenance/trusted_root.json npm:prov-bad-envelope
@EXIT 3
@STDERR-HAS prov-bad-envelope@1.0.0: provenance: attestations[0]: the envelope's signature does not verify over its payload
@NO-OUTPUT
