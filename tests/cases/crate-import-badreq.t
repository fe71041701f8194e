# a dependency requirement that is not Cargo syntax (RubyGems' "~>")
@ARGS import crate:h-crate-badreq -t fedora -t debian -o $OUT --registry file://$TOP/tests/hostile/crates/
@EXIT 3
@STDERR-HAS h-crate-badreq: deps.itoa: req '~>1.0': 
@STDERR-LINES 1
@NO-OUTPUT
