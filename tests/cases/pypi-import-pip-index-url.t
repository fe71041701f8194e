# PIP_INDEX_URL names the Simple API (…/simple/); ferry takes the root
@ENV HOME=$TMP/home
@ENV PIP_CONFIG_FILE=
@ENV PIP_INDEX_URL=file://$TMP/preg/simple/
@BEFORE r=${REG#file://}; ln -s "${r%npm/}pypi" preg
@ARGS import pypi:attrs -t fedora -t debian -o $OUT
@STDOUT-HAS fedora: attrs 22.2.0 ->
@FILE-HAS python-attrs/python-attrs.spec Source:         attrs-22.2.0.tar.gz
@FILE-HAS python-attrs/debian/control Package: python3-attr
