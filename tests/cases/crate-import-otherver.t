# the index line says 1.0.0, the .crate's Cargo.toml says 6.6.6
@ARGS import crate:h-crate-otherver -t fedora -t debian -o $OUT --registry file://$TOP/tests/hostile/crates/
@EXIT 3
@STDERR-HAS h-crate-otherver@1.0.0: Cargo.toml: package is h-crate-otherver 6.6.6
@STDERR-LINES 1
@NO-OUTPUT
