# nothing configured: ferry says how to configure a registry
@ARGS import npm:left-pad -t fedora -o $OUT
@EXIT 2
@STDERR-HAS no npm registry configured
@STDERR-LINES 1
@NO-OUTPUT
