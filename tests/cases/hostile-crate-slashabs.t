# the .crate reader shares the archive checks
@ARGS import crate:h-crate-slashabs -t fedora -t debian -o $OUT --registry file://$TOP/tests/hostile/crates/
@EXIT 3
@STDERR-HAS h-crate-slashabs@1.0.0: .crate: h-crate-slashabs-1.0.0//etc/evil.rs: absolute path once the top folder is stripped
@STDERR-LINES 1
@NO-OUTPUT
