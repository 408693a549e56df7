//! Every `console` example in README.md is run and its output compared, so README never lies.
//! After a deliberate change of output, `TRYCMD=overwrite cargo test --test readme` rewrites the
//! examples; read the diff before committing it.

#[test]
fn readme_examples_are_true() {
    trycmd::TestCases::new()
        .env("ATTACHE_LANG", "en")
        .case("README.md");
}
