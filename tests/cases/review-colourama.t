# colourama: one letter from colorama, by someone else
@ARGS review pypi:colourama@0.1.6 --registry file://$TOP/tests/review/pypi/ --json --fail-on high
@EXIT 1
@STDOUT-HAS       "rule": "typosquat",
@STDOUT-HAS       "why": "the name colourama imitates colorama (edit distance 1), with none of its maintainers",
