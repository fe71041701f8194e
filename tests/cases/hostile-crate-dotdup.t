# a second Cargo.toml (with a build script) spelled ./Cargo.toml
@ARGS import crate:h-crate-dotdup -t fedora -t debian -o $OUT --registry file://$TOP/tests/hostile/crates/
@EXIT 3
@STDERR-HAS h-crate-dotdup@1.0.0: .crate: Cargo.toml: two members with the same path
@STDERR-LINES 1
@NO-OUTPUT
