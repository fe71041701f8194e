@ARGS --version
@STDOUT-HAS ferry 0.
