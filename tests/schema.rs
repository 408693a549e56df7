//! The published JSON Schemas (schema/*.schema.json) are generated from the loader's types, and
//! the data validates against them. After a deliberate change of the types, regenerate with
//!     ATTACHE_WRITE_SCHEMAS=1 cargo test --test schema
//! and review the diff.

use std::fs;
use std::path::Path;

use attache::data::{FILES, schemas};

#[test]
fn committed_schemas_match_the_types() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("schema");
    let write = std::env::var_os("ATTACHE_WRITE_SCHEMAS").is_some();
    let generated = schemas();
    assert_eq!(
        generated.iter().map(|(f, _)| *f).collect::<Vec<_>>(),
        FILES,
        "a schema for every file"
    );
    for (file, schema) in &generated {
        let path = dir.join(file.replace(".json", ".schema.json"));
        let text = serde_json::to_string_pretty(schema).expect("serialisable") + "\n";
        if write {
            fs::create_dir_all(&dir).expect("schema/ can be made");
            fs::write(&path, &text).expect("writable");
        }
        let committed = fs::read_to_string(&path).unwrap_or_default();
        assert!(
            committed == text,
            "{} differs from the types; see this file's header",
            path.display()
        );
    }
}

#[test]
fn the_data_validates_against_the_schemas() {
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
    for (file, schema) in schemas() {
        let validator = jsonschema::validator_for(&schema).expect("a valid schema");
        let instance: serde_json::Value =
            serde_json::from_str(&fs::read_to_string(data.join(file)).expect("readable"))
                .expect("JSON");
        let errors: Vec<String> = validator
            .iter_errors(&instance)
            .map(|e| format!("{e} at {}", e.instance_path()))
            .collect();
        assert!(errors.is_empty(), "{file}: {errors:#?}");
    }
    // And the schemas are not vacuous: an unknown field and a wrong type are refused.
    let schema = &schemas()[2].1; // cities.json
    let validator = jsonschema::validator_for(schema).expect("valid");
    let bad: serde_json::Value = serde_json::json!([{ "id": 7, "country": "LV", "mayor": "x" }]);
    assert!(!validator.is_valid(&bad));
}
