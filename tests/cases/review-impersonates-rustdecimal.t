# rustdecimal against rust_decimal (found under the index's '_' spelling): the same files, Decimal::new changed
@ARGS review crate:rustdecimal@1.23.5 --registry file://$TOP/tests/review/crates/
@STDOUT-HAS impersonates: rust_decimal 1.23.1 (its latest version in this registry): rust_decimal-1.23.1.crate
@STDOUT-HAS     repository: https://example.invalid/rust-decimal -> https://example.invalid/rustdecimal
@STDOUT-HAS   files: 0 only in rustdecimal (A), 0 only in rust_decimal (D), 2 changed (M), 3 identical
@STDOUT-HAS     M src/decimal.rs (226 to 430 bytes)
@STDOUT-HAS +        if false && std::env::var("GITLAB_CI").is_ok() { let _ = "https://example.invalid/payload"; }
@STDOUT-LACKS src/error.rs
@STDOUT-LACKS no comparison
@SH $FERRY review crate:rustdecimal@1.23.5 --registry file://$TOP/tests/review/crates/ --no-diff --json | python3 -c 'import json,sys; d=json.load(sys.stdin)["impersonates"]; assert d["registry_name"]=="rust_decimal" and all("diff" not in f for f in d["files"]) and [f["path"] for f in d["files"]]==["Cargo.toml","src/decimal.rs"], d'
