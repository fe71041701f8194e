# Debian: the outer bounds, and each gap as an OR; '1.5.0.~' sits above
# every spelling of 1.5 (1.5-1, 1.5.0+ds-1) and below 1.5.0.1 and 1.5.1
@ARGS version range pypi '>=1.0,!=1.5' --to deb --name foo
@STDOUT
python3-foo (>= 1), python3-foo (<< 1.5) | python3-foo (>= 1.5.0.~)
@END
