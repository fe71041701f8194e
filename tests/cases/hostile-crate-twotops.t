# a second top folder in a .crate
@ARGS import crate:h-crate-twotops -t fedora -t debian -o $OUT --registry file://$TOP/tests/hostile/crates/
@EXIT 3
@STDERR-HAS h-crate-twotops@1.0.0: .crate: other-1.0.0/src/lib.rs: member outside the package's top folder
@STDERR-LINES 1
@NO-OUTPUT
