//! Work that can wait until the frame showing an edit is painted: the journal entry and the results
//! shown beside the editor (`hooks::use_settled`). An animation frame runs before its paint; the
//! task it posts runs after it. The two callbacks are made once: a closure and a timer per keystroke
//! cost measurable time (docs/performance.md).

use std::cell::{Cell, RefCell};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

thread_local! {
    static AFTER_PAINT: AfterPaint = AfterPaint {
        frame: Closure::new(painting),
        task: Closure::new(run),
        waiting: Cell::new(false),
        tasks: RefCell::new(Vec::new()),
    };
}

struct AfterPaint {
    frame: Closure<dyn Fn()>,
    task: Closure<dyn Fn()>,
    waiting: Cell<bool>,
    tasks: RefCell<Vec<fn()>>,
}

/// Runs `task` once the next frame is painted; asked for again before then, it runs once. A hidden
/// page paints no frames: what must not wait for it is also run from `pagehide` and
/// `visibilitychange`.
pub fn after_paint(task: fn()) {
    AFTER_PAINT.with(|a| {
        let mut tasks = a.tasks.borrow_mut();
        if !tasks.contains(&task) {
            tasks.push(task);
        }
        if !a.waiting.replace(true) {
            let _ = gloo::utils::window().request_animation_frame(a.frame.as_ref().unchecked_ref());
        }
    });
}

fn painting() {
    AFTER_PAINT.with(|a| {
        let _ = gloo::utils::window()
            .set_timeout_with_callback_and_timeout_and_arguments_0(a.task.as_ref().unchecked_ref(), 0);
    });
}

fn run() {
    let tasks = AFTER_PAINT.with(|a| {
        a.waiting.set(false);
        std::mem::take(&mut *a.tasks.borrow_mut())
    });
    for task in tasks {
        task();
    }
}
