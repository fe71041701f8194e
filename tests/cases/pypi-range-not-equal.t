# != as an OR, never as two lines no version satisfies
@ARGS version range pypi '>=1.0,!=1.5' --to rpm --name foo
@STDOUT
((python3dist(foo) >= 1 with python3dist(foo) < 1.5) or python3dist(foo) > 1.5)
@END
