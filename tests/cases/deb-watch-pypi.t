# A PyPI project's debian/watch: the configured registry's JSON API, the
# sdist's own file name with the version captured
@ARGS import pypi:jsonschema@4.10.3 -t debian -o $OUT --registry ${HTTP}pypi/
@FILE-HAS python-jsonschema/debian/watch version=4
@SH grep -qxF " ${HTTP}pypi/pypi/jsonschema/json "'[^"\s]*/jsonschema-(\d[\d.]*(?:(?:a|b|rc)\d+)?(?:\.post\d+)?)\.tar\.gz' $OUT/python-jsonschema/debian/watch
@FILE-HAS python-jsonschema/debian/watch uversionmangle=s/(\d)(a|b|rc)(\d)/$1~$2$3/;s/\.post(\d)/+post$1/
