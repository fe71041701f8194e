@ARGS version range npm 'latest' --to rpm
@EXIT 3
@STDERR-HAS invalid comparator
@STDERR-LINES 1
