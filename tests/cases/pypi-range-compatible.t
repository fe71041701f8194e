# ~=1.2.3 is >=1.2.3 and ==1.2.*, and 1.3's pre-releases stay out
@ARGS version range pypi '~=1.2.3' --to rpm --name Foo_Bar
@STDOUT
(python3dist(foo-bar) >= 1.2.3 with python3dist(foo-bar) < 1.3~~)
@END
