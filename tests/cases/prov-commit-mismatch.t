# beyond npm's client: the commit the predicate names must be the certificate's
@ARGS import -t debian -o $OUT --registry file://$TOP/tests/fixtures/provenance/registry/ --trusted-root $TOP/tests/fixtures/provenance/trusted_root.json npm:prov-commit-mismatch
@EXIT 3
@STDERR-HAS prov-commit-mismatch@1.0.0: provenance: the predicate names commit 0000000000000000000000000000000000000000, its certificate b2c8dfdf3ceddd8fc4e73e424cc8dddea707c539
@NO-OUTPUT
