# h-crate-othername's index file holds a line about another crate
@ARGS import crate:h-crate-othername -t fedora -t debian -o $OUT --registry file://$TOP/tests/hostile/crates/
@EXIT 3
@STDERR-HAS h-crate-othername: index line 1: names crate 'itoa'
@STDERR-LINES 1
@NO-OUTPUT
