# ~= needs two release numbers
@ARGS version range pypi '~=1' --to rpm
@EXIT 3
@STDERR-HAS two release numbers
@STDERR-LINES 1
