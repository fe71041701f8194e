@ARGS import crate:h-crate-abspath -t fedora -t debian -o $OUT --registry file://$TOP/tests/hostile/crates/
@EXIT 3
@STDERR-HAS h-crate-abspath@1.0.0: .crate: /etc/evil.rs: absolute path in archive
@STDERR-LINES 1
@NO-OUTPUT
