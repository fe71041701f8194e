# >1.0 excludes 1.0's post-releases: no translated version is 1.0, it sits above them
@ARGS version range pypi '>1.0' --to rpm --name foo
@STDOUT
python3dist(foo) > 1.0
@END
