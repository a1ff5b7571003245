//! One turn of a conversation: the user's state and one input -> the drafts to show and the
//! change to store. A turn reads the store (the history, a fresh id; an id drawn but never
//! used is harmless) and writes nothing: every write it wants — the session, a result, a
//! reminder, a Done press, a routine post's record — is part of the [`Decision`]'s change,
//! which the engine commits at once and only then shows, so nothing is called saved before it
//! is. One write follows the commit instead of being part of it: a /forget
//! ([`Decision::forget`]), which destroys the user's key, so that nothing the commit wrote
//! outlives it. What a reply can only say after the commit (a Done count) comes back through
//! [`Turn::after_commit`].

use chrono::{DateTime, Utc};

use crate::{
    action::{Action, Nonce},
    command::{self, Command},
    content::Content,
    history::Entry,
    i18n::Locales,
    input::{CommandArgs, Input, Who},
    msg::{Arg, Msg},
    prefs::{Keeping, Prefs},
    reply::Draft,
    session::{Prompt, Session},
    store::{Change, Committed, SessionChange, Store, StoreError},
    understanding::{SearchIndex, Understanding},
    views::{self, Saving},
};

mod account;
mod check;
mod checkin;
mod club;
mod joining;
mod typed;

/// The longest text worth reading; longer is answered kindly and otherwise ignored.
pub const MAX_TEXT: usize = 4096;

/// What a turn decided.
#[derive(Debug, Default)]
pub struct Decision {
    pub drafts: Vec<Draft>,
    pub change: Option<Change>,
    /// Remove every record of the user after committing.
    pub forget: bool,
    /// The language changed in this turn: render in this one.
    pub tag: Option<String>,
    /// A reminder was added or changed: the scheduler should look again.
    pub reminders_changed: bool,
    /// More to show once the commit says how it went.
    pub then: Option<Then>,
}

/// Drafts that depend on what the commit reports.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Then {
    /// The routine post after a Done press, showing the count the store arrived at.
    DoneCounted { post: u64 },
}

impl Decision {
    pub(crate) fn show(drafts: impl IntoIterator<Item = Draft>) -> Self {
        Self { drafts: drafts.into_iter().collect(), ..Self::default() }
    }

    fn change(&mut self) -> &mut Change {
        self.change.get_or_insert_with(Change::none)
    }

    fn with_session(mut self, session: Session) -> Self {
        let change = if session.is_idle() { SessionChange::Clear } else { SessionChange::Set(session) };
        self.change().session = change;
        self
    }

    fn with_prefs(mut self, prefs: Prefs) -> Self {
        self.change().prefs = Some(prefs);
        self
    }

    fn append(mut self, entry: crate::history::Entry) -> Self {
        self.change().append.push(entry);
        self
    }
}

pub struct Turn<'a, S> {
    pub content: &'a Content,
    pub locales: &'a Locales,
    /// What typed text says: red flags, answers, scores.
    pub understanding: &'a Understanding,
    /// What a typed question can be answered with, in the user's language.
    pub index: Option<&'a SearchIndex>,
    pub store: &'a S,
    pub who: &'a Who,
    pub now: DateTime<Utc>,
    pub session: Option<Session>,
    pub prefs: Prefs,
    /// The locale the user is answered in.
    pub tag: String,
    /// The time zone of a reminder written without one, when the user has none kept.
    pub default_zone: Option<&'a str>,
    /// After this many days without a word from them, a runner's records are deleted.
    pub retention_days: u32,
}

impl<S: Store> Turn<'_, S> {
    pub fn decide(&self, input: Input) -> Result<Decision, StoreError> {
        match input {
            Input::Open => self.open(),
            Input::Joined { at } => Ok(self.joined(at)),
            // In a group, only what is addressed to the bot is its business: a photo is not.
            Input::NonText if self.who.in_group() => Ok(Decision::default()),
            Input::NonText => Ok(Decision::show([Draft::private([Msg::new("non-text").into()])
                .button_row(views::menu_row(&[Command::Start, Command::Help]))])),
            Input::Text(text) => self.text(&text),
            Input::Command { name, args } => self.command_text(&name, &args),
            Input::Action(code) => match Action::decode(&code) {
                Ok(action) => self.action(action),
                Err(e) => {
                    tracing::info!(reason = %e, "unusable button code");
                    Ok(self.expired())
                }
            },
        }
    }

    /// The runner's time zone: theirs if kept, the deployment's otherwise, else UTC. It decides
    /// where one day of a streak ends.
    fn zone(&self) -> chrono_tz::Tz {
        [self.prefs.zone.as_deref(), self.default_zone]
            .into_iter()
            .flatten()
            .find_map(|z| z.parse().ok())
            .unwrap_or(chrono_tz::UTC)
    }

    /// The stretch routine asked for by one runner; alone with the bot, they can tick it off
    /// for their streak (in a group, the club's routine post has the Done button).
    fn stretch_routine(&self) -> Result<Draft, StoreError> {
        let mut d = views::stretch(self.content, self.held_back()?);
        if !self.who.in_group() {
            d = d.button_row(vec![views::button(Msg::new("button-stretched"), Action::Stretched)]);
        }
        Ok(d.button_row(views::menu_row(&[Command::Start, Command::Checkin, Command::Tips])))
    }

    /// The runner's days in a row with a stretch, on their calendar.
    fn stretch_streak(&self, history: &crate::history::History) -> u32 {
        let zone = self.zone();
        history.stretch_streak(self.now.with_timezone(&zone).date_naive(), |at| {
            at.with_timezone(&zone).date_naive()
        })
    }

    /// What to show once the commit has reported back.
    pub fn after_commit(&self, then: Then, committed: &Committed) -> Vec<Draft> {
        match then {
            Then::DoneCounted { post } => self.done_counted(post, committed),
        }
    }

    /// A nonce for a new conversation: unique (from the store) and not guessable from the
    /// previous one.
    fn fresh_nonce(&self) -> Result<Nonce, StoreError> {
        let mut x = self.store.next_id()?
            ^ (self.now.timestamp_nanos_opt().unwrap_or_default() as u64).rotate_left(17);
        // splitmix64's finaliser: spreads consecutive ids over the whole range.
        x = (x ^ (x >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        x = (x ^ (x >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        Ok((x ^ (x >> 31)) as Nonce)
    }

    /// Where what this turn could save goes: the history, nowhere (the runner said no, or a
    /// group where they cannot be asked), or held until they answer whether it may be kept.
    fn saving(&self) -> Saving {
        match self.prefs.history {
            Some(Keeping::Keep) => Saving::Saved,
            Some(Keeping::Off) => Saving::NotKept,
            None if self.who.in_open_group() => Saving::NotKept,
            None => Saving::Ask { days: self.retention_days },
        }
    }

    /// Sets `session` and saves `entry` as the runner chose (see [`Self::saving`]): nothing
    /// reaches the history before they said it may.
    fn keep(&self, d: Decision, mut session: Session, entry: Entry) -> Decision {
        match self.saving() {
            Saving::Saved => d.with_session(session).append(entry),
            Saving::NotKept => d.with_session(session),
            Saving::Ask { .. } => {
                session.pending.push(entry);
                d.with_session(session)
            }
        }
    }

    /// Whether a red flag of the last two weeks still waits to be checked, so stretches and
    /// workouts are held back.
    fn held_back(&self) -> Result<bool, StoreError> {
        Ok(self.store.history(&self.who.key())?.awaiting_check(self.now).is_some())
    }

    /// After a side trip in the middle of a check or a check-in (the FAQ, the language, the
    /// history…), the question on screen is shown again, so the runner sees where they are:
    /// the check-in's when one is open (it is the latest asked; the check's follows it once
    /// answered), else the check's.
    fn back_to_the_check(&self, mut d: Decision) -> Decision {
        let untouched = d.change.as_ref().is_none_or(|c| c.session == SessionChange::Keep);
        if let (false, true, Some(s)) = (self.who.in_group(), untouched, &self.session) {
            match (&s.prompt, &s.assessment) {
                (Some(Prompt::Checkin { severity: None }), _) => d.drafts.push(views::checkin_ask(s.nonce)),
                (Some(Prompt::Checkin { severity: Some(severity) }), _) => {
                    // Said anew below the side trip, not in place of the message it came from.
                    let mut asked = views::checkin_after_run(s.nonce, *severity);
                    asked.edit = false;
                    d.drafts.push(asked);
                }
                (_, Some(a)) => d.drafts.extend(self.ask(s.nonce, a, false)),
                _ => {}
            }
        }
        d
    }

    /// The help, with the welcome in front the first time.
    fn help(&self) -> Decision {
        let d = Decision::show([views::help(!self.prefs.welcomed)]);
        if self.prefs.welcomed {
            d
        } else {
            d.with_prefs(Prefs { welcomed: true, ..self.prefs.clone() })
        }
    }

    fn session_or_new(&self) -> Result<Session, StoreError> {
        match &self.session {
            Some(s) => Ok(Session { updated: self.now, ..s.clone() }),
            None => Ok(Session::new(self.fresh_nonce()?, self.now)),
        }
    }

    /// The open session, when `nonce` is its own.
    fn live(&self, nonce: Nonce) -> Option<&Session> {
        self.session.as_ref().filter(|s| s.nonce == nonce)
    }

    fn open(&self) -> Result<Decision, StoreError> {
        match self.session.as_ref().and_then(|s| s.assessment.as_ref().map(|a| (s, a))) {
            Some((s, a)) => {
                let mut d = Decision::show([Draft::private([Msg::new("welcome-back").into()])]);
                d.drafts.extend(self.ask(s.nonce, a, false));
                Ok(d)
            }
            None => Ok(self.help()),
        }
    }

    fn command_named(&self, name: &str, args: &CommandArgs) -> Result<Decision, StoreError> {
        // A deep link (`/start checkin`) opens the flow it names.
        if let Some(c) = Command::linked(name, &args.text) {
            return self.command(c, &CommandArgs::default());
        }
        match Command::from_name(name) {
            Some(Command::Start) => self.command(Command::Start, &CommandArgs::default()),
            Some(c) => self.command(c, args),
            None => {
                let mut name: String = name.chars().take(32).collect();
                name.retain(|c| c.is_alphanumeric() || c == '_' || c == '-');
                Ok(Decision::show([Draft::private([Msg::with(
                    "unknown-command",
                    vec![("name", Arg::Str(name))],
                )
                .into()])
                .button_row(views::menu_row(&[Command::Help]))]))
            }
        }
    }

    fn command(&self, command: Command, args: &CommandArgs) -> Result<Decision, StoreError> {
        if command.is_personal() && self.who.in_open_group() {
            return Ok(Decision::show([views::go_private(command)]));
        }
        let d = match command {
            Command::Start => return self.start(),
            Command::Checkin => return self.checkin(),
            Command::Forget => return self.forget(),
            Command::Cancel => return self.cancel(),
            Command::History => {
                let off = self.prefs.history == Some(Keeping::Off);
                let history = self.store.history(&self.who.key())?;
                let streak = self.stretch_streak(&history);
                let waiting = self
                    .session
                    .as_ref()
                    .map(|s| views::Waiting { count: s.pending.len(), days: self.retention_days });
                Decision::show([views::history(&history, off, streak, self.now.date_naive(), waiting)])
            }
            Command::Faq => Decision::show([views::faq_menu(self.content)]),
            Command::Tips => Decision::show([views::tips(self.content)]),
            Command::Stretch => Decision::show([self.stretch_routine()?]),
            Command::Help => self.help(),
            Command::Export => self.export()?,
            Command::Language => self.language_menu(),
            Command::Privacy => self.privacy()?,
            Command::Routine | Command::Remind | Command::Reminders | Command::Clubstats => {
                self.club_command(command, args)?
            }
            Command::Leaderboard => self.leaderboard(args),
        };
        Ok(self.back_to_the_check(d))
    }

    fn cancel(&self) -> Result<Decision, StoreError> {
        match &self.session {
            Some(s) if !s.is_idle() => {
                let msg = if s.assessment.is_some() {
                    Msg::new("cancelled-assessment")
                } else {
                    Msg::new("cancelled")
                };
                let session = Session { assessment: None, prompt: None, ..s.clone() };
                Ok(Decision::show([Draft::private([msg.into()])
                    .button_row(views::menu_row(&[Command::Start, Command::Help]))])
                .with_session(session))
            }
            _ => Ok(Decision::show([Draft::private([Msg::new("nothing-to-cancel").into()])
                .button_row(views::menu_row(&[Command::Start, Command::Help]))])),
        }
    }

    /// A button that is not (or no longer) valid: say so kindly and offer a way on.
    pub(crate) fn expired(&self) -> Decision {
        let mut d = Draft::private([Msg::new("button-expired").into()]);
        if let Some(s) = self.session.as_ref().filter(|s| s.assessment.is_some()) {
            d = d.button_row(vec![views::button(
                Msg::new("button-resume"),
                Action::Resume { nonce: s.nonce },
            )]);
        } else {
            d = d.button_row(views::menu_row(&[Command::Start]));
        }
        Decision::show([d.button_row(views::menu_row(&[Command::Help]))])
    }

    fn action(&self, action: Action) -> Result<Decision, StoreError> {
        match action {
            Action::Answer { nonce, step, choice } => self.answer(nonce, step, choice),
            Action::Back { nonce, step } => self.back(nonce, step),
            Action::Why { nonce, step } => self.why(nonce, step),
            Action::Toggle { nonce, step, choice } => self.toggle(nonce, step, choice),
            Action::Confirm { nonce, step } => self.confirm(nonce, step),
            Action::Checked { nonce, yes } => self.checked(nonce, yes),
            Action::Keeping(keep) => Ok(self.set_keeping(keep)),
            Action::Cancel { nonce } => match self.live(nonce) {
                Some(_) => self.cancel(),
                None => Ok(self.expired()),
            },
            Action::Resume { nonce } => self.resume(nonce),
            Action::Restart { nonce } => match self.live(nonce) {
                Some(_) => self.begin(),
                None => Ok(self.expired()),
            },
            Action::Severity { nonce, value } => self.severity(nonce, value),
            Action::AfterRun { nonce, after_run } => self.after_run(nonce, after_run),
            Action::ForgetConfirm { nonce } => self.forget_confirmed(nonce),
            Action::ForgetKeep { nonce } => self.forget_declined(nonce),
            Action::Faq(n) => match self.content.faq.get(usize::from(n)) {
                Some(id) => Ok(self.back_to_the_check(Decision::show([views::faq_answer(id)]))),
                None => Ok(self.expired()),
            },
            Action::Language(tag) => Ok(self.back_to_the_check(self.set_language(tag)?)),
            Action::Run(command) => self.command(command, &CommandArgs::default()),
            Action::Stretched => self.stretched(),
            Action::Done { .. }
            | Action::PauseReminder { .. }
            | Action::ResumeReminder { .. }
            | Action::RemoveReminder { .. } => self.club_action(&action),
        }
    }
}

/// Typed text that is a command: its name and what follows it.
fn typed_command(text: &str) -> Option<(&str, CommandArgs)> {
    command::split(text).map(|t| (t.name, CommandArgs::text(t.arg)))
}
