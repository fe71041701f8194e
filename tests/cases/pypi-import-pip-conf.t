# index-url in [global] of the user's pip.conf ($HOME/.config/pip/pip.conf)
@ENV HOME=$TMP/home
@ENV PIP_INDEX_URL=
@ENV PIP_CONFIG_FILE=
@ENV XDG_CONFIG_HOME=
@BEFORE mkdir -p home/.config/pip && printf '[global]\ntimeout = 60\nindex-url = %spypi/simple\n' "${REG%npm/}" > home/.config/pip/pip.conf
@ARGS import pypi:attrs -t fedora -o $OUT
@STDOUT-HAS fedora: attrs 22.2.0 ->
@FILE-HAS python-attrs/python-attrs.spec Version:        22.2.0
