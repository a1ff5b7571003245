//! One turn of a conversation: the user's state and one input -> the drafts to show and the
//! change to store. Reads the store (history, a fresh id) but writes nothing: the engine
//! commits the [`Decision`] and only then shows what it says, so nothing is called saved
//! before it is.

use chrono::{DateTime, Utc};

use crate::{
    action::{Action, Nonce},
    assessment::{Assessment, Next},
    command::{self, Command},
    content::{Content, Outcome},
    engine::{ChatKind, Input, Who},
    history::{AssessmentRecord, CheckinKind, CheckinRecord, Entry},
    i18n::Locales,
    reply::{Draft, DraftButton, Msg, Part},
    scoring,
    session::{Prefs, Prompt, Session},
    store::{Change, SessionChange, Store, StoreError},
    views,
};

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
}

impl Decision {
    pub(crate) fn show(drafts: impl IntoIterator<Item = Draft>) -> Self {
        Self { drafts: drafts.into_iter().collect(), ..Self::default() }
    }

    fn with_session(mut self, session: Session) -> Self {
        let change = if session.is_idle() { SessionChange::Clear } else { SessionChange::Set(session) };
        self.change.get_or_insert_with(Change::none).session = change;
        self
    }

    fn append(mut self, entry: Entry) -> Self {
        self.change.get_or_insert_with(Change::none).append.push(entry);
        self
    }
}

pub struct Turn<'a, S> {
    pub content: &'a Content,
    pub locales: &'a Locales,
    pub store: &'a S,
    pub who: &'a Who,
    pub now: DateTime<Utc>,
    pub session: Option<Session>,
    pub prefs: Prefs,
    /// The locale the user is answered in.
    pub tag: String,
    /// The time zone of a reminder written without one, when the user has none kept.
    pub default_zone: Option<&'a str>,
}

impl<S: Store> Turn<'_, S> {
    pub fn decide(&self, input: Input) -> Result<Decision, StoreError> {
        match input {
            Input::Open => self.open(),
            // In a group, only commands are for the bot: a photo there is none of its business.
            Input::NonText if self.who.chat != ChatKind::Private => Ok(Decision::default()),
            Input::NonText => Ok(Decision::show([Draft::private([Msg::new("non-text").into()])
                .button_row(views::menu_row(&[Command::Start, Command::Help]))])),
            Input::Text(text) => self.text(&text),
            Input::Command { name, arg } => self.command_named(&name, &arg),
            Input::Action(code) => match Action::decode(&code) {
                Ok(action) => self.action(action),
                Err(e) => {
                    tracing::info!(reason = %e, "unusable button code");
                    Ok(self.expired())
                }
            },
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
            None => Ok(Decision::show([views::help()])),
        }
    }

    fn text(&self, text: &str) -> Result<Decision, StoreError> {
        if text.len() > MAX_TEXT {
            return Ok(Decision::show([Draft::private([Msg::new("too-long").into()])]));
        }
        if let Some(typed) = command::split(text) {
            return self.command_named(typed.name, typed.arg);
        }
        if self.who.chat != ChatKind::Private {
            // Group chatter is not addressed to the bot; only commands are.
            return Ok(Decision::default());
        }
        let typed = text.trim().to_lowercase();
        // An answer typed instead of tapped.
        if let Some(session) = &self.session {
            if let Some(a) = &session.assessment {
                if let Next::Ask { question, .. } = a.next(self.content) {
                    let found = question.choices.iter().position(|c| {
                        let label = match question.label_id(c) {
                            Some(id) => self.locales.format(&self.tag, &Msg::new(id)).to_lowercase(),
                            None => c.id.clone(),
                        };
                        label == typed
                    });
                    if let Some(choice) = found {
                        let step = u16::try_from(a.step()).unwrap_or(u16::MAX);
                        return self.answer(session.nonce, step, u8::try_from(choice).unwrap_or(u8::MAX));
                    }
                    let mut d = Decision::show([Draft::private([Msg::new("tap-a-button").into()])]);
                    d.drafts.extend(self.ask(session.nonce, a, false));
                    return Ok(d);
                }
            }
            if let Some(Prompt::Checkin { severity: None }) = session.prompt {
                if let Ok(value) = typed.parse::<u8>() {
                    if value <= 10 {
                        return self.severity(session.nonce, value);
                    }
                }
            }
        }
        Ok(Decision::show([Draft::private([Msg::new("free-text").into()])
            .button_row(views::menu_row(&[Command::Start, Command::Checkin]))
            .button_row(views::menu_row(&[Command::Help]))]))
    }

    fn command_named(&self, name: &str, arg: &str) -> Result<Decision, StoreError> {
        match Command::from_name(name) {
            // A deep link (`/start checkin`) opens the flow it names.
            Some(Command::Start) => match Command::from_name(arg) {
                Some(c) if c != Command::Start => self.command(c, ""),
                _ => self.command(Command::Start, ""),
            },
            Some(c) => self.command(c, arg),
            None => {
                let mut name: String = name.chars().take(32).collect();
                name.retain(|c| c.is_alphanumeric() || c == '_' || c == '-');
                Ok(Decision::show([Draft::private([Msg::with(
                    "unknown-command",
                    vec![("name", crate::reply::Arg::Str(name))],
                )
                .into()])
                .button_row(views::menu_row(&[Command::Help]))]))
            }
        }
    }

    fn command(&self, command: Command, arg: &str) -> Result<Decision, StoreError> {
        if command.is_personal() && self.who.chat == (ChatKind::Group { private_replies: false }) {
            return Ok(Decision::show([views::go_private(command)]));
        }
        match command {
            Command::Start => self.start(),
            Command::Checkin => {
                let mut session = self.session_or_new()?;
                session.prompt = Some(Prompt::Checkin { severity: None });
                Ok(Decision::show([views::checkin_ask(session.nonce)]).with_session(session))
            }
            Command::History => Ok(Decision::show([views::history(&self.store.history(&self.who.key())?)])),
            Command::Faq => Ok(Decision::show([views::faq_menu(self.content)])),
            Command::Tips => Ok(Decision::show([views::tips(self.content)])),
            Command::Stretch => Ok(Decision::show([views::stretch(self.content)])),
            Command::Help => Ok(Decision::show([views::help()])),
            Command::Export => {
                let user = self.who.key();
                let json = self.store.history(&user)?.export(user.as_str(), &self.prefs);
                let pretty = serde_json::to_string_pretty(&json).unwrap_or_else(|_| json.to_string());
                Ok(Decision::show([
                    Draft::private([Msg::new("export-head").into()]),
                    Draft::private([Part::Raw(pretty)]),
                ]))
            }
            Command::Forget => {
                let mut session = self.session_or_new()?;
                session.prompt = Some(Prompt::ConfirmForget);
                let nonce = session.nonce;
                Ok(Decision::show([Draft::private([Msg::new("forget-confirm").into()]).button_row(vec![
                    DraftButton {
                        label: Part::Msg(Msg::new("button-forget-yes")),
                        action: Action::ForgetConfirm { nonce }.encode(),
                    },
                    DraftButton {
                        label: Part::Msg(Msg::new("button-forget-no")),
                        action: Action::ForgetKeep { nonce }.encode(),
                    },
                ])])
                .with_session(session))
            }
            Command::Language => {
                let mut d = Draft::private([Msg::new("language-choose").into()]);
                for tag in self.locales.tags() {
                    let name = self.locales.format(tag, &Msg::new("language-name"));
                    d = d.button_row(vec![DraftButton {
                        label: Part::Raw(name),
                        action: Action::Language(Some(tag.to_string())).encode(),
                    }]);
                }
                d = d.button_row(vec![DraftButton {
                    label: Part::Msg(Msg::new("button-language-auto")),
                    action: Action::Language(None).encode(),
                }]);
                Ok(Decision::show([d]))
            }
            Command::Cancel => self.cancel(),
            Command::Routine | Command::Remind | Command::Reminders => self.club_command(command, arg),
        }
    }

    fn start(&self) -> Result<Decision, StoreError> {
        if let Some(session) = &self.session {
            if let Some(a) = &session.assessment {
                let nonce = session.nonce;
                let number = a.step() + 1;
                return Ok(Decision::show([Draft::private([Msg::with(
                    "resume-offer",
                    vec![("number", crate::reply::Arg::Num(number as f64))],
                )
                .into()])
                .button_row(vec![
                    DraftButton {
                        label: Part::Msg(Msg::new("button-resume")),
                        action: Action::Resume { nonce }.encode(),
                    },
                    DraftButton {
                        label: Part::Msg(Msg::new("button-restart")),
                        action: Action::Restart { nonce }.encode(),
                    },
                ])]));
            }
        }
        self.begin()
    }

    /// A new assessment with a new nonce: every older button is stale from now on.
    fn begin(&self) -> Result<Decision, StoreError> {
        let assessment = Assessment::default();
        let session = Session {
            nonce: self.fresh_nonce()?,
            assessment: Some(assessment.clone()),
            prompt: None,
            updated: self.now,
        };
        let mut d = Decision::show([views::intro(self.content)]);
        d.drafts.extend(self.ask(session.nonce, &assessment, false));
        Ok(d.with_session(session))
    }

    /// The drafts for wherever the assessment is.
    fn ask(&self, nonce: Nonce, a: &Assessment, edit: bool) -> Vec<Draft> {
        match a.next(self.content) {
            Next::Ask { question, number, about } => {
                let d = views::question(nonce, a, question, number, about);
                vec![if edit { d.editing() } else { d }]
            }
            // Finished states are never stored; show the way forward if one ever is.
            _ => vec![views::help()],
        }
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
            d = d.button_row(vec![DraftButton {
                label: Part::Msg(Msg::new("button-resume")),
                action: Action::Resume { nonce: s.nonce }.encode(),
            }]);
        } else {
            d = d.button_row(views::menu_row(&[Command::Start]));
        }
        Decision::show([d.button_row(views::menu_row(&[Command::Help]))])
    }

    fn action(&self, action: Action) -> Result<Decision, StoreError> {
        match action {
            Action::Answer { nonce, step, choice } => self.answer(nonce, step, choice),
            Action::Back { nonce, step } => {
                let Some((s, a)) = self.live_assessment(nonce) else {
                    return Ok(self.expired());
                };
                match a.back(usize::from(step)) {
                    Ok(back) => {
                        let drafts = self.ask(nonce, &back, true);
                        Ok(Decision::show(drafts).with_session(Session {
                            assessment: Some(back),
                            updated: self.now,
                            ..s.clone()
                        }))
                    }
                    Err(_) => Ok(self.expired()),
                }
            }
            Action::Why { nonce, step } => {
                let Some((_, a)) = self.live_assessment(nonce) else {
                    return Ok(self.expired());
                };
                match a.next(self.content) {
                    Next::Ask { question, .. } if usize::from(step) == a.step() => {
                        Ok(Decision::show([views::why(question)]))
                    }
                    _ => Ok(self.expired()),
                }
            }
            Action::Cancel { nonce } => match self.live(nonce) {
                Some(_) => self.cancel(),
                None => Ok(self.expired()),
            },
            Action::Resume { nonce } => {
                let Some((_, a)) = self.live_assessment(nonce) else {
                    return Ok(self.expired());
                };
                Ok(Decision::show(self.ask(nonce, a, false)))
            }
            Action::Restart { nonce } => match self.live(nonce) {
                Some(_) => self.begin(),
                None => Ok(self.expired()),
            },
            Action::Severity { nonce, value } => self.severity(nonce, value),
            Action::AfterRun { nonce, after_run } => {
                let Some(s) = self.live(nonce) else {
                    return Ok(self.expired());
                };
                let Some(Prompt::Checkin { severity: Some(severity) }) = s.prompt else {
                    return Ok(self.expired());
                };
                let record = Entry::Checkin(CheckinRecord {
                    at: self.now,
                    severity: Some(severity),
                    after_run: Some(after_run),
                    kind: CheckinKind::Feeling,
                });
                let mut history = self.store.history(&self.who.key())?;
                history.entries.push(record.clone());
                Ok(Decision::show([views::checkin_saved(severity, after_run, &history)])
                    .with_session(Session { prompt: None, updated: self.now, ..s.clone() })
                    .append(record))
            }
            Action::ForgetConfirm { nonce } => match self.live(nonce) {
                Some(s) if s.prompt == Some(Prompt::ConfirmForget) => Ok(Decision {
                    drafts: vec![Draft::private([Msg::new("forget-done").into()]).editing()],
                    forget: true,
                    ..Decision::default()
                }),
                _ => Ok(self.expired()),
            },
            Action::ForgetKeep { nonce } => match self.live(nonce) {
                Some(s) if s.prompt == Some(Prompt::ConfirmForget) => {
                    Ok(Decision::show([Draft::private([Msg::new("forget-kept").into()]).editing()])
                        .with_session(Session { prompt: None, updated: self.now, ..s.clone() }))
                }
                _ => Ok(self.expired()),
            },
            Action::Faq(n) => match self.content.faq.get(usize::from(n)) {
                Some(id) => Ok(Decision::show([views::faq_answer(id)])),
                None => Ok(self.expired()),
            },
            Action::Language(tag) => {
                if tag.as_deref().is_some_and(|t| !self.locales.has(t)) {
                    return Ok(self.expired());
                }
                let shown = tag
                    .clone()
                    .unwrap_or_else(|| self.locales.negotiate(self.who.locale.as_deref()).to_string());
                let mut prefs = self.prefs.clone();
                prefs.locale = tag;
                Ok(Decision {
                    drafts: vec![Draft::private([Msg::new("language-set").into()])],
                    change: Some(Change { prefs: Some(prefs), ..Change::none() }),
                    tag: Some(shown),
                    ..Decision::default()
                })
            }
            Action::Run(command) => self.command(command, ""),
            Action::Done { .. }
            | Action::PauseReminder { .. }
            | Action::ResumeReminder { .. }
            | Action::RemoveReminder { .. } => self.club_action(&action),
        }
    }

    fn live_assessment(&self, nonce: Nonce) -> Option<(&Session, &Assessment)> {
        self.live(nonce).and_then(|s| s.assessment.as_ref().map(|a| (s, a)))
    }

    fn severity(&self, nonce: Nonce, value: u8) -> Result<Decision, StoreError> {
        let Some(s) = self.live(nonce) else {
            return Ok(self.expired());
        };
        if s.prompt != Some(Prompt::Checkin { severity: None }) || value > 10 {
            return Ok(self.expired());
        }
        let session = Session {
            prompt: Some(Prompt::Checkin { severity: Some(value) }),
            updated: self.now,
            ..s.clone()
        };
        Ok(Decision::show([views::checkin_after_run(nonce, value)]).with_session(session))
    }

    fn answer(&self, nonce: Nonce, step: u16, choice: u8) -> Result<Decision, StoreError> {
        let Some((s, a)) = self.live_assessment(nonce) else {
            return Ok(self.expired());
        };
        let answered = match a.answer(self.content, usize::from(step), usize::from(choice)) {
            Ok(next) => next,
            Err(_) => {
                // A double tap or an old question's button: show where we really are.
                let mut d = Decision::show([Draft::private([Msg::new("already-answered").into()])]);
                d.drafts.extend(self.ask(nonce, a, false));
                return Ok(d);
            }
        };
        match answered.next(self.content) {
            Next::Ask { .. } => {
                let drafts = self.ask(nonce, &answered, true);
                Ok(Decision::show(drafts).with_session(Session {
                    assessment: Some(answered),
                    updated: self.now,
                    ..s.clone()
                }))
            }
            Next::RedFlag { outcome, question } => {
                let record = self.record(&answered, outcome, Vec::new());
                Ok(Decision::show([views::red_flag(outcome, question, &answered).editing()])
                    .with_session(Session { assessment: None, updated: self.now, ..s.clone() })
                    .append(record))
            }
            Next::Complete => {
                let verdict = scoring::score(self.content, &answered);
                let record = self.record(&answered, Outcome::SelfCare, verdict.factors.clone());
                Ok(Decision::show(views::result(self.content, &verdict))
                    .with_session(Session { assessment: None, updated: self.now, ..s.clone() })
                    .append(record))
            }
        }
    }

    fn record(&self, a: &Assessment, outcome: Outcome, factors: Vec<scoring::FactorScore>) -> Entry {
        Entry::Assessment(AssessmentRecord {
            at: self.now,
            severity: a.severity(self.content),
            outcome,
            factors,
            answers: a.answers.clone(),
        })
    }
}
