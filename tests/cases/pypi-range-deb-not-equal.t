# Debian: the outer bounds, and each gap as an OR; '+~' sits above 1.5's revisions
@ARGS version range pypi '>=1.0,!=1.5' --to deb --name foo
@STDOUT
python3-foo (>= 1), python3-foo (<< 1.5) | python3-foo (>= 1.5+~)
@END
