//! A wide table's frame: scrolls sideways on screen instead of running under the summary, named and
//! reachable from the keyboard as a region (the pattern for wide tables that WCAG 1.4.10 reflow
//! allows). Printed, it shows everything.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ScrollRegionProps {
    /// The region's accessible name: the table's caption or its section's heading.
    pub label: AttrValue,
    pub children: Html,
}

#[function_component(ScrollRegion)]
pub fn scroll_region(props: &ScrollRegionProps) -> Html {
    html! {
        <div class="scroll-x" role="region" aria-label={props.label.clone()} tabindex="0">{ props.children.clone() }</div>
    }
}
