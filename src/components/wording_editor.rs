//! The wording of one topic's parts of the document, edited like a document: each part's heading,
//! then its blocks in order — a generated clause shows what it prints (or that it prints nothing) and
//! can be turned into own wording; own wording is a text area with its style, a list of fields to
//! insert at the caret, and the way back to the generated clause it replaced; a table names the data
//! it is built from. Blocks move, go and come like table rows.

use crate::components::{select_field::SelectField, text_field::TextField};
use crate::hooks::Editor;
use std::rc::Rc;
use tym_core::text::block_as_own_text;
use tym_core::wording::{Block, Part, PartKind, Style, Topic};
use tym_core::{Lang, Msg};
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// A topic's parts of the document and what they print, computed by the page from the agreement.
#[derive(Clone, PartialEq)]
pub struct WordingData {
    /// The parts with their index in the document (the template's, while the agreement has none).
    pub parts: Vec<(usize, Part)>,
    /// Per part: the printed heading, and each printed block's text with the index of its source block.
    pub printed: Vec<(String, Vec<(usize, String)>)>,
    /// The fields own wording can insert, (code, label).
    pub fields: Rc<Vec<(String, String)>>,
    /// Swedish wording is edited too (the document is Swedish or some part has Swedish).
    pub bilingual: bool,
}

#[derive(Properties, PartialEq)]
pub struct WordingEditorProps {
    pub topic: Topic,
    pub data: WordingData,
    pub lang: Lang,
    pub editor: Editor,
}

fn style_code(s: Style) -> &'static str {
    match s {
        Style::Paragraph => "paragraph",
        Style::Item => "item",
        Style::Heading => "heading",
    }
}

/// `{{code}}` inserted at the caret of the text area `id` (at its end when it has no focus yet).
fn insert_at_caret(id: &str, code: &str) -> Option<String> {
    let el = web_sys::window()?.document()?.get_element_by_id(id)?.dyn_into::<web_sys::HtmlTextAreaElement>().ok()?;
    let value = el.value();
    let chars: Vec<char> = value.chars().collect();
    // The selection is counted in UTF-16 units; the text is split by characters.
    let utf16_to_char = |u: u32| {
        let mut n = 0u32;
        chars
            .iter()
            .take_while(|c| {
                n += c.len_utf16() as u32;
                n <= u
            })
            .count()
    };
    let at = el.selection_start().ok().flatten().map(utf16_to_char).unwrap_or(chars.len()).min(chars.len());
    let field = format!("{{{{{code}}}}}");
    Some(chars[..at].iter().collect::<String>() + &field + &chars[at..].iter().collect::<String>())
}

#[function_component(WordingEditor)]
pub fn wording_editor(p: &WordingEditorProps) -> Html {
    let (lang, ed, d) = (p.lang, &p.editor, &p.data);
    if d.parts.is_empty() {
        return html! {};
    }
    let topic = p.topic.path();
    let heading_id = format!("wording-{topic}-heading");
    let parts = d.parts.iter().zip(&d.printed).map(|((i, part), (printed_heading, printed))| {
        let i = *i;
        let n = part.blocks.len();
        let blocks = part.blocks.iter().enumerate().map(|(j, b)| {
            let label = |m: Msg| format!("{} {} ({})", lang.t(m), lang.fmt(Msg::UiBlockN, &[&(j + 1).to_string()]), printed_heading);
            let shows: Vec<&String> = printed.iter().filter(|(s, _)| *s == j).map(|(_, t)| t).collect();
            let moving = |up: bool| {
                let ed = ed.clone();
                Callback::from(move |_: MouseEvent| {
                    ed.wording(move |w| {
                        let k = if up { j.checked_sub(1) } else { Some(j + 1) };
                        if let (Some(p), Some(k)) = (w.parts.get_mut(i), k) {
                            if k < p.blocks.len() && j < p.blocks.len() {
                                p.blocks.swap(j, k);
                            }
                        }
                    })
                })
            };
            let remove = {
                let ed = ed.clone();
                Callback::from(move |_: MouseEvent| {
                    ed.wording(move |w| {
                        if let Some(p) = w.parts.get_mut(i).filter(|p| j < p.blocks.len()) {
                            p.blocks.remove(j);
                        }
                    })
                })
            };
            let actions = html! {
                <span class="row-actions">
                    <button type="button" class="move" onclick={moving(true)} disabled={j == 0} aria-label={label(Msg::UiMoveBlockUp)}>{ "↑" }</button>
                    <button type="button" class="move" onclick={moving(false)} disabled={j + 1 == n} aria-label={label(Msg::UiMoveBlockDown)}>{ "↓" }</button>
                    <button type="button" class="remove" onclick={remove} aria-label={label(Msg::UiRemove)}>{ lang.t(Msg::UiRemove) }</button>
                </span>
            };
            let body = match b {
                Block::Clause { clause } => {
                    let clause = *clause;
                    let make_own = {
                        let ed = ed.clone();
                        Callback::from(move |_: MouseEvent| {
                            ed.wording_with(move |a| {
                                let fi = block_as_own_text(a, i, j, Lang::Fi);
                                let sv = if tym_core::i18n::is_installed(Lang::Sv) && a.wording.parts.iter().any(|p| !p.heading.sv.is_empty()) {
                                    block_as_own_text(a, i, j, Lang::Sv)
                                } else {
                                    String::new()
                                };
                                if let Some(b) = a.wording.parts.get_mut(i).and_then(|p| p.blocks.get_mut(j)) {
                                    *b = Block::Own { style: Style::Paragraph, fi, sv, replaces: Some(clause) };
                                }
                            })
                        })
                    };
                    html! {
                        <div class="generated">
                            <p class="tag">{ lang.t(Msg::UiGenerated) }</p>
                            if shows.is_empty() {
                                <p class="hint">{ lang.t(Msg::UiPrintsNothing) }</p>
                            } else {
                                { for shows.iter().map(|t| html! { <p class="preview">{ *t }</p> }) }
                            }
                            <button type="button" onclick={make_own} aria-label={label(Msg::UiMakeOwn)}>{ lang.t(Msg::UiMakeOwn) }</button>
                        </div>
                    }
                }
                Block::Own { style, fi, sv, replaces } => {
                    let id_fi = Editor::own_text_path(i, j, false).id();
                    let id_sv = Editor::own_text_path(i, j, true).id();
                    let styles = vec![
                        ("paragraph".to_string(), lang.t(Msg::UiStyleParagraph).to_string()),
                        ("item".to_string(), lang.t(Msg::UiStyleItem).to_string()),
                        ("heading".to_string(), lang.t(Msg::UiStyleHeading).to_string()),
                    ];
                    let set_style = {
                        let ed = ed.clone();
                        Callback::from(move |v: String| {
                            let style = match v.as_str() {
                                "item" => Style::Item,
                                "heading" => Style::Heading,
                                _ => Style::Paragraph,
                            };
                            ed.wording(move |w| {
                                if let Some(Block::Own { style: s, .. }) = w.parts.get_mut(i).and_then(|p| p.blocks.get_mut(j)) {
                                    *s = style;
                                }
                            })
                        })
                    };
                    let mut fields = vec![(String::new(), "–".to_string())];
                    fields.extend(d.fields.iter().cloned());
                    let insert = {
                        let (typed, id) = (ed.own_text(i, j, false), id_fi.clone());
                        Callback::from(move |code: String| {
                            if code.is_empty() {
                                return;
                            }
                            if let Some(v) = insert_at_caret(&id, &code) {
                                typed.emit(v);
                            }
                            // The list is a command, not a setting: it goes back to its empty choice.
                            if let Some(sel) = web_sys::window()
                                .and_then(|w| w.document())
                                .and_then(|doc| doc.get_element_by_id(&format!("{id}-insert")))
                                .and_then(|e| e.dyn_into::<web_sys::HtmlSelectElement>().ok())
                            {
                                sel.set_value("");
                            }
                            crate::platform::focus_soon(id.clone());
                        })
                    };
                    let back = replaces.map(|clause| {
                        let ed = ed.clone();
                        Callback::from(move |_: MouseEvent| {
                            ed.wording(move |w| {
                                if let Some(b) = w.parts.get_mut(i).and_then(|p| p.blocks.get_mut(j)) {
                                    *b = Block::Clause { clause };
                                }
                            })
                        })
                    });
                    let untranslated = d.bilingual && sv.trim().is_empty() && !fi.trim().is_empty();
                    html! {
                        <div class="own">
                            <TextField id={id_fi.clone()} label={lang.t(Msg::UiOwnText)} value={fi.clone()} multiline=true onchange={ed.own_text(i, j, false)} />
                            if d.bilingual {
                                <TextField id={id_sv} label={lang.t(Msg::UiOwnTextSv)} value={sv.clone()} multiline=true onchange={ed.own_text(i, j, true)}
                                    hint={untranslated.then(|| AttrValue::from(lang.t(Msg::UiUntranslatedHint)))} />
                            }
                            <div class="form-grid">
                                <SelectField id={format!("{id_fi}-style")} label={lang.t(Msg::UiBlockStyle)} options={styles} selected={style_code(*style)} onchange={set_style} />
                                <SelectField id={format!("{id_fi}-insert")} label={lang.t(Msg::UiInsertField)} options={fields} selected="" onchange={insert} />
                            </div>
                            if let Some(back) = back {
                                <button type="button" onclick={back} aria-label={label(Msg::UiBackToGenerated)}>{ lang.t(Msg::UiBackToGenerated) }</button>
                            }
                        </div>
                    }
                }
                Block::Table { table, .. } => html! {
                    <p class="generated tag">{ lang.fmt(Msg::UiTableBlock, &[lang.t(table.label())]) }</p>
                },
            };
            html! { <li class="wording-block" key={j}>{ body }{ actions }</li> }
        });
        let add = {
            let ed = ed.clone();
            Callback::from(move |_: MouseEvent| {
                ed.wording(move |w| {
                    if let Some(p) = w.parts.get_mut(i) {
                        p.blocks.push(Block::own(Style::Paragraph, ""));
                    }
                })
            })
        };
        let heading_fi = Editor::part_heading_path(i, false).id();
        let heading_sv = Editor::part_heading_path(i, true).id();
        html! {
            <fieldset class={classes!("wording-part", (part.kind == PartKind::Annex).then_some("annex"))} key={i}>
                <legend>{ printed_heading }</legend>
                <div class="form-grid">
                    <TextField id={heading_fi} label={lang.t(Msg::UiPartHeading)} value={part.heading.fi.clone()} onchange={ed.part_heading(i, false)} />
                    if d.bilingual {
                        <TextField id={heading_sv} label={lang.t(Msg::UiPartHeadingSv)} value={part.heading.sv.clone()} onchange={ed.part_heading(i, true)} />
                    }
                </div>
                <ol class="wording-blocks">{ for blocks }</ol>
                <button type="button" onclick={add} aria-label={format!("{} ({})", lang.t(Msg::UiAddParagraph), printed_heading)}>{ lang.t(Msg::UiAddParagraph) }</button>
            </fieldset>
        }
    });
    html! {
        <section class="wording" id={format!("wording-{topic}")} aria-labelledby={heading_id.clone()}>
            <h3 id={heading_id}>{ if p.topic == Topic::Other { lang.t(Msg::UiOtherParts) } else { lang.t(Msg::UiAgreementText) } }</h3>
            <p class="hint">{ lang.t(Msg::UiWordingHint) }</p>
            { for parts }
        </section>
    }
}
