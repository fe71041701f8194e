# review --source of a crate: .cargo_vcs_info.json names the commit and folder; Cargo's exclude honoured, Cargo.toml.orig compared with the source's Cargo.toml, the normalised Cargo.toml set apart
@BEFORE python3 $TOP/tests/fixtures/source/mkrepo.py $TMP/s >/dev/null
@ARGS review crate:srccrate@0.1.0 --registry file://$TMP/s/creg/ --source $TMP/s/repo --no-diff
@STDOUT-HAS  (the package's own record of its commit (unverified)), folder crates/srccrate: 3 the same, 0 only in the artifact, 0 differ, 0 not shipped, 2 written by the pack step
@STDOUT-HAS   g Cargo.toml
@STDOUT-LACKS source-mismatch
