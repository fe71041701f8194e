# an index line with "vers" twice: which one a reader keeps is the reader's
# choice, so the line is refused (one place parses index lines)
@ARGS import crate:h-crate-dupkey -t fedora -t debian -o $OUT --registry file://$TOP/tests/hostile/crates/
@EXIT 3
@STDERR-HAS h-crate-dupkey: index line 1: not a JSON object (or a key twice)
@STDERR-LINES 1
@NO-OUTPUT
