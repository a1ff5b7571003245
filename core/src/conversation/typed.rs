//! Typed text. Safety first: a red flag described in words, in any of the bot's languages,
//! stops everything and gets its referral at once, wherever the runner is, even in a message
//! too long to read otherwise. Then a command; what people say to a bot rather than answer it
//! (hello, help, thanks, "are you a doctor?"); an answer typed instead of tapped (a label, a
//! synonym, a number on the pain scale, Back and Next by their words), said back so that a
//! misreading shows; a typed question, answered from the FAQ, the tips or the routine; and
//! otherwise a kind "I did not understand" with the menu. It reads words, not stories:
//! nothing here is a diagnosis.

use super::{typed_command, Decision, Turn, MAX_TEXT};
use crate::{
    assessment::{Assessment, Next},
    command::Command,
    input::CommandArgs,
    msg::{Arg, Msg},
    reply::Draft,
    session::{Prompt, Session},
    store::{Store, StoreError},
    understanding::{Offer, Sign},
    views,
};

/// How much of a message too long to read is still read for red flags (the first 16 KiB:
/// more than any platform sends at once, and a bound on the work a pasted book can cause).
const RED_FLAG_READ: usize = 16 * 1024;

/// The first `at_most` bytes of `text`, cut at a character boundary.
fn prefix(text: &str, at_most: usize) -> &str {
    let mut end = at_most.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

impl<S: Store> Turn<'_, S> {
    pub(super) fn text(&self, text: &str) -> Result<Decision, StoreError> {
        if text.len() > MAX_TEXT {
            // Too long to read for an answer, never too long to be read for a red flag: a
            // long story can still end in "and now my chest hurts".
            if let Some(flagged) = self.red_flags_in(prefix(text, RED_FLAG_READ))? {
                return Ok(flagged);
            }
            let said = Decision::show([Draft::private([Msg::new("too-long").into()])]);
            return Ok(self.back_to_the_check(said));
        }
        if let Some((name, args)) = typed_command(text) {
            // A command's own text is read for red flags too ("/start I have chest pain").
            return self.command_text(name, &args);
        }
        if let Some(flagged) = self.red_flags_in(text)? {
            return Ok(flagged);
        }
        if let Some(said) = self.small_talk(text) {
            return Ok(self.back_to_the_check(said));
        }
        if self.who.in_group() {
            // Only what is addressed to the bot reaches it from a group (a mention, a reply):
            // a question gets its public answer, anything else a pointer to the private chat.
            return Ok(match self.typed_question(text) {
                Some(d) => d,
                None => Decision::show([views::go_private(Command::Start)]),
            });
        }
        if let Some(off) = self.off_the_scale(text) {
            return Ok(off);
        }
        if let Some(session) = &self.session {
            if let Some(a) = &session.assessment {
                if let Next::Ask { .. } = a.next(self.content) {
                    return self.typed_answer(session, a, text);
                }
            }
            // A check-in's question on screen: what is not its answer, nor a question of its
            // own, gets the question again ("about 4" at "after a run?" is not tip 4).
            let again = |asked: Draft| {
                let mut d = Decision::show([Draft::private([Msg::new("tap-a-button").into()])]);
                d.drafts.push(asked);
                d
            };
            match session.prompt {
                Some(Prompt::Checkin { severity: None }) => {
                    if let Some(value) = self.understanding.score(&self.tag, text) {
                        return self.severity(session.nonce, value);
                    }
                    if !self.asks_a_question(text) {
                        return Ok(again(views::checkin_ask(session.nonce)));
                    }
                }
                Some(Prompt::Checkin { severity: Some(severity) }) => {
                    let offers = [
                        (true, Offer { id: "yes", label: &self.word("button-after-run") }),
                        (false, Offer { id: "no", label: &self.word("button-not-after-run") }),
                    ];
                    let only: Vec<Offer> =
                        offers.iter().map(|(_, o)| Offer { id: o.id, label: o.label }).collect();
                    if let Some(i) = self.understanding.choose(&self.tag, text, &only) {
                        return self.after_run(session.nonce, offers[i].0);
                    }
                    if !self.asks_a_question(text) {
                        return Ok(again(views::checkin_after_run(session.nonce, severity)));
                    }
                }
                _ => {}
            }
        }
        Ok(self.typed_question(text).unwrap_or_else(|| {
            Decision::show([Draft::private([Msg::new("free-text").into()])
                .button_row(views::menu_row(&[Command::Start, Command::Checkin]))
                .button_row(views::menu_row(&[Command::Faq, Command::Help]))])
        }))
    }

    /// A command's own text is read for red flags first ("/start I have chest pain").
    pub(super) fn command_text(&self, name: &str, args: &CommandArgs) -> Result<Decision, StoreError> {
        let said = if args.text.trim().is_empty() { None } else { self.red_flags_in(&args.text)? };
        match said {
            Some(flagged) => Ok(flagged),
            None => self.command_named(name, args),
        }
    }

    /// What people say to a bot rather than answer it: a hello or "help" gets what the bot
    /// does, a thank-you a kind word, "are you a doctor?" the plain answer. Only when that
    /// is all the message says: "help, my chest hurts" was read for its red flag above.
    fn small_talk(&self, text: &str) -> Option<Decision> {
        let says = |id: &str| self.understanding.says(&self.tag, text, id);
        if says("hello") || says("help") {
            return Some(self.help());
        }
        let menu = || views::menu_row(&[Command::Start, Command::Checkin]);
        if says("thanks") {
            let said = Draft::public([Msg::new("thanks-reply").into()]);
            // In the middle of a check or a check-in the question follows instead: no menu
            // that reads as goodbye.
            let checking = self
                .session
                .as_ref()
                .is_some_and(|s| s.assessment.is_some() || matches!(s.prompt, Some(Prompt::Checkin { .. })));
            return Some(Decision::show([if checking { said } else { said.button_row(menu()) }]));
        }
        if says("doctor") {
            let said = Draft::public([Msg::new("bot-not-doctor").into()])
                .button_row(views::menu_row(&[Command::Start, Command::Faq]));
            return Some(Decision::show([said]));
        }
        None
    }

    fn word(&self, id: &str) -> String {
        self.locales.format(&self.tag, &Msg::new(id))
    }

    /// The referral for red flags described in `text`, if there are any. In a check it ends
    /// the check, saved (as the runner chose) with what they had answered so far. In a group
    /// the referral is said to the group: safety beats privacy here.
    fn red_flags_in(&self, text: &str) -> Result<Option<Decision>, StoreError> {
        let signs: Vec<Sign> = self.understanding.red_flags(&self.tag, text);
        let ids: Vec<String> =
            signs.iter().map(|s| s.id().to_string()).filter(|id| self.content.sign(id).is_some()).collect();
        let Some(outcome) = ids.iter().filter_map(|id| self.content.sign(id)).map(|s| s.outcome).max() else {
            return Ok(None);
        };
        if self.who.in_open_group() {
            let mut said = views::referral(self.content, outcome, &ids);
            said.personal = false;
            said.private = false;
            return Ok(Some(Decision::show([said])));
        }
        let open = self.session.as_ref().and_then(|s| s.assessment.clone().map(|a| (s, a)));
        let (session, answered) = match open {
            Some((s, a)) => (s.with_assessment(None, self.now), a),
            None => (self.session_or_new()?, Assessment::default()),
        };
        let record = self.record(&answered, outcome, ids.clone(), Vec::new());
        let said = views::referral_saved(self.content, outcome, &ids, self.saving());
        Ok(Some(self.keep(Decision::show([said]), session, record)))
    }

    /// An answer typed instead of tapped: a number on the pain scale, or one of the options
    /// by its label or in other words. Anything else shows the question again.
    fn typed_answer(&self, session: &Session, a: &Assessment, text: &str) -> Result<Decision, StoreError> {
        let Next::Ask { question, .. } = a.next(self.content) else { return Ok(self.expired()) };
        let step = a.step();
        let nonce = session.nonce;
        // "back", "zurück", "next", "fertig": the buttons' words, when that is all it says.
        if self.understanding.says(&self.tag, text, "back") && step > 0 {
            return self.back(nonce, step as u16);
        }
        // "more or less", "más o menos": no answer, however many words it shares with one.
        let vague = self.understanding.says(&self.tag, text, "vague");
        if question.multiple && self.understanding.says(&self.tag, text, "next") {
            return self.confirm(nonce, step as u16);
        }
        let chosen = if vague {
            None
        } else if question.is_scale {
            self.understanding
                .score(&self.tag, text)
                .and_then(|n| question.choices.iter().position(|c| c.id == n.to_string()))
        } else {
            let labels: Vec<(String, String)> = question
                .choices
                .iter()
                .map(|c| {
                    (c.id.clone(), question.label_id(c).map_or_else(|| c.id.clone(), |id| self.word(&id)))
                })
                .collect();
            let offers: Vec<Offer> = labels.iter().map(|(id, label)| Offer { id, label }).collect();
            // A red flag is taken from the words the lexicon holds for it (read above, before
            // any answer), never from a word it shares with its label: "start" is not "it
            // started after a fall". Every label is still offered, so that "no chest pain"
            // denies that one and answers nothing.
            self.understanding
                .choose(&self.tag, text, &offers)
                .filter(|i| question.choices[*i].sign.is_none())
                // A question about an amount: "about 9 hours" falls in "8 hours or more".
                .or_else(|| {
                    let amount = self.understanding.amount(&self.tag, text)?;
                    question.by_amount(amount).filter(|i| question.choices[*i].sign.is_none())
                })
        };
        if let Some(i) = chosen {
            let choice = &question.choices[i];
            let mut d =
                self.answered(nonce, a, a.answer_with(self.content, step, std::slice::from_ref(&choice.id)))?;
            // What the typed words were taken for, above what comes next: a misreading is
            // seen at once, and ← Back is right there.
            let label = match question.label_id(choice) {
                Some(id) => Arg::Msg(id),
                None => Arg::Str(choice.id.clone()),
            };
            if d.change.is_some() {
                if let Some(first) = d.drafts.first_mut() {
                    first.parts.insert(0, Msg::with("typed-noted", vec![("answer", label)]).into());
                }
            }
            return Ok(d);
        }
        if let Some(answer) = self.typed_question(text).filter(|_| !vague && self.asks_a_question(text)) {
            return Ok(answer);
        }
        let mut d = Decision::show([Draft::private([Msg::new("tap-a-button").into()])]);
        d.drafts.extend(self.ask(session.nonce, a, false));
        Ok(d)
    }

    /// Whether text typed where an answer was expected reads as a question of its own: a
    /// question mark, or four words or more that the FAQ covers well. "start", "between my
    /// shoulder blades" and "I've never looked" are answers the bot did not match, not
    /// questions about exercises.
    pub(super) fn asks_a_question(&self, text: &str) -> bool {
        text.contains(['?', '¿'])
            || (text.split_whitespace().count() >= 4
                && self.index.and_then(|i| i.confidence(text)).is_some_and(|c| c.coverage >= 0.75))
    }

    /// A typed question answered from what the bot knows, when it is sure enough; in a check,
    /// the question on screen comes back below.
    fn typed_question(&self, text: &str) -> Option<Decision> {
        // A bare "yes", "nope" or "8" answers something; it never asks about shoes.
        if !text.chars().any(char::is_alphabetic)
            || ["yes", "no", "unsure", "none", "vague"]
                .iter()
                .any(|id| self.understanding.says(&self.tag, text, id))
        {
            return None;
        }
        let hit = self.index?.best(text)?;
        let answer = if let Some(id) = hit.id.strip_prefix("faq-") {
            views::faq_found(self.content, id)
        } else if let Some(id) = hit.id.strip_prefix("tip-") {
            views::tip_found(id)
        } else {
            self.stretch_routine().ok()?
        };
        Some(self.back_to_the_check(Decision::show([answer])))
    }
}
