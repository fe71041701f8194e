# a marker false for Debian 12's Python 3.11: no dependency
@ARGS version require pypi 'importlib-metadata; python_version < "3.8"' --to deb
@STDOUT
# not needed: its marker is false for this target
@END
