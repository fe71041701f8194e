@ARGS frobnicate
@EXIT 2
@STDERR-HAS unknown command
