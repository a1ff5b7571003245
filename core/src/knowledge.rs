//! The texts a typed question can be answered with, as search documents: what the bot
//! already says in `/faq`, `/tips` and `/stretch`, rendered in the user's language, so that
//! search finds exactly the words the user is then shown.

use crate::{content::Content, i18n::Locales, msg::Msg, reply::Part, understanding::Doc, views};

/// The id of the stretch routine's document (answered with the whole routine).
pub const STRETCH: &str = "stretch";

/// One document per FAQ entry (`faq-<id>`: the question as title, the answer as body), one
/// per tip (`tip-<id>`) and one for the stretch routine ([`STRETCH`]: its heading as title).
pub fn documents(content: &Content, locales: &Locales, tag: &str) -> Vec<Doc> {
    let mut docs = Vec::new();
    for id in &content.faq {
        docs.push(Doc {
            id: format!("faq-{id}"),
            title: locales.format(tag, &Msg::new(format!("faq-{id}-question"))),
            body: locales.format(tag, &Msg::new(format!("faq-{id}-answer"))),
        });
    }
    for id in &content.tips {
        docs.push(Doc {
            id: format!("tip-{id}"),
            title: String::new(),
            body: locales.format(tag, &Msg::new(format!("tip-{id}"))),
        });
    }
    let routine = views::stretch(content, false);
    let mut parts = routine.parts.iter().filter_map(|p| match p {
        Part::Msg(m) => Some(locales.format(tag, m)),
        Part::Raw(_) => None,
    });
    let title = parts.next().unwrap_or_default();
    docs.push(Doc { id: STRETCH.to_string(), title, body: parts.collect::<Vec<_>>().join("\n") });
    docs
}
