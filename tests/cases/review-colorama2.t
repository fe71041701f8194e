# colorama2 by colorama's author: a family of packages, not a squat
@ARGS review pypi:colorama2@0.1.0 --registry file://$TOP/tests/review/pypi/
@STDOUT-LACKS typosquat
@STDOUT-HAS install-hook
