fn main() {
    std::process::exit(storectl::cli::main());
}
