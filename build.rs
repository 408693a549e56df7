// The data files are embedded with include_dir, which cannot tell cargo to watch them on stable
// Rust: without this, a new or changed file under data/ would not rebuild the binary.
fn main() {
    println!("cargo:rerun-if-changed=data");
}
