//! A horizontal stacked bar in SVG with a text alternative: one segment per party's share.

use yew::prelude::*;

#[derive(Clone, PartialEq)]
pub struct Segment {
    pub label: String,
    pub value: i64,
}

#[derive(Properties, PartialEq)]
pub struct BarChartProps {
    pub title: AttrValue,
    pub segments: Vec<Segment>,
    /// The text alternative: the figures in words.
    pub description: AttrValue,
}

#[function_component(BarChart)]
pub fn bar_chart(p: &BarChartProps) -> Html {
    let total: i64 = p.segments.iter().map(|s| s.value.max(0)).sum();
    let mut x = 0i64;
    let rects = p.segments.iter().enumerate().map(|(i, s)| {
        // Widths are in thousandths of the bar; integer arithmetic keeps the last edge at 1000.
        let start = if total > 0 { x * 1000 / total } else { 0 };
        x += s.value.max(0);
        let end = if total > 0 { x * 1000 / total } else { 0 };
        html! { <rect x={start.to_string()} y="0" width={(end - start).to_string()} height="40" class={format!("seg seg-{}", i % 6)} /> }
    });
    html! {
        <figure class="bar-chart">
            <svg viewBox="0 0 1000 40" preserveAspectRatio="none" role="img" aria-label={p.description.clone()}>
                <title>{ &p.title }</title>
                { for rects }
            </svg>
            <figcaption>
                <ul class="legend">
                    { for p.segments.iter().enumerate().map(|(i, s)| html! {
                        <li><span class={format!("swatch seg-{}", i % 6)} aria-hidden="true"></span>{ &s.label }</li>
                    }) }
                </ul>
            </figcaption>
        </figure>
    }
}
