@ARGS version require pypi 'foo @ https://example.invalid/foo.tar.gz' --to rpm
@EXIT 3
@STDERR-HAS direct URL reference
@STDERR-LINES 1
