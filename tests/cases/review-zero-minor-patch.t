# 0.1.0 to 0.1.1 stays in the series 0.1: a dependency added there is a
# new dependency in a patch release
@ARGS review npm:zero-series@0.1.0..0.1.1 --registry file://$TOP/tests/review/npm/ --no-diff --fail-on high
@EXIT 1
@STDOUT-HAS   high   dep-new             new dependency left-pad ^1.3.0 in a patch release (0.1.0 to 0.1.1)
