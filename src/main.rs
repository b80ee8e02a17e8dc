//! Entry point of the browser app: everything lives in the library so that it can be tested.

fn main() {
    tym_app::start();
}
