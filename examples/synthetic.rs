//! Writes a SYNTHETIC dataset of N projects for tests and benchmarks (never shipped, never real):
//! `cargo run --release --example synthetic -- 100000 target/synthetic-100000.json [seed]`.

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let n: usize = args.get(1).and_then(|a| a.parse().ok()).unwrap_or(1000);
    let out = args.get(2).cloned().unwrap_or_else(|| format!("target/synthetic-{n}.json"));
    let seed: u64 = args.get(3).and_then(|a| a.parse().ok()).unwrap_or(20201);
    let dataset = investeren_in_twente::synthetic::generate(n, seed);
    let file = std::fs::File::create(&out).unwrap_or_else(|e| panic!("cannot write {out}: {e}"));
    serde_json::to_writer(std::io::BufWriter::new(file), &dataset).expect("serialise");
    eprintln!("wrote {out}: {n} synthetic projects");
}
