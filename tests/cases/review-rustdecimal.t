# rustdecimal: rust_decimal without its separator
@ARGS review crate:rustdecimal@1.23.5 --registry file://$TOP/tests/review/crates/ --fail-on high
@EXIT 1
@STDOUT-HAS   high   typosquat           the name rustdecimal imitates rust-decimal (separator swap)
