//! The one entry point: who said what, and when -> the replies. Adapters call
//! [`Engine::handle`] and only translate its [`Reply`]s; every decision is made here (and in
//! [`crate::conversation`]), and the store is the only I/O.

use std::{
    collections::hash_map::DefaultHasher,
    hash::{Hash, Hasher},
    sync::{
        atomic::{AtomicU64, Ordering},
        Mutex, MutexGuard, OnceLock,
    },
};

use chrono::{DateTime, Utc};

use crate::{
    content::{Content, ContentError},
    conversation::{Decision, Turn},
    due_queue,
    i18n::{I18nError, Locales, SOURCE_LOCALE},
    input::{Input, UserKey, Who},
    msg::Msg,
    prefs::Prefs,
    reminders::{Paused, Reminder},
    reply::{Button, Draft, Part, Picture, Reply},
    session::Session,
    store::{Store, StoreError},
    understanding::{SearchIndex, Sign, Understanding, UnderstandingError},
};

#[derive(Debug, thiserror::Error)]
pub enum EngineError {
    #[error(transparent)]
    Content(#[from] ContentError),
    #[error(transparent)]
    I18n(#[from] I18nError),
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Understanding(#[from] UnderstandingError),
    /// The content and the lexicons must name the same red-flag signs, or a typed red flag
    /// could have no referral (or a referral no typed words).
    #[error("the red-flag sign {0:?} is in the content or the lexicons, but not in both")]
    Sign(String),
}

/// Inputs of one user are handled one at a time (a double click, or Discord running two
/// handlers at once, must not advance a question twice); different users run in parallel.
const STRIPES: usize = 64;
/// How often a turn is run again when another process changed the user's session between
/// its read and its commit; more than this means something is wrong, and the user is told.
const ATTEMPTS: usize = 5;
/// Days of silence after which a runner's records are deleted, unless the deployment says.
pub const DEFAULT_RETENTION_DAYS: u32 = 365;

pub struct Engine<S> {
    content: Content,
    locales: Locales,
    understanding: Understanding,
    /// Per locale, what a typed question can be answered with (the FAQ, tips, routine).
    indices: std::collections::BTreeMap<String, SearchIndex>,
    store: S,
    stripes: Vec<Mutex<()>>,
    /// Called after a reminder was added or changed, so the scheduler looks again.
    reminder_hook: OnceLock<Box<dyn Fn() + Send + Sync>>,
    /// The deployment's time zone, for reminders written without one.
    default_zone: OnceLock<String>,
    /// Days of silence after which a runner's records are deleted (`UPBACK_RETENTION_DAYS`).
    retention_days: OnceLock<u32>,
    /// Turns run again because their commit conflicted with another process's (for /metrics).
    conflicts: AtomicU64,
    /// Who has been noted active today, so the retention clock costs one write per person
    /// per day, not one per input (cleared when the day changes).
    seen_today: Mutex<(Option<chrono::NaiveDate>, std::collections::HashSet<UserKey>)>,
}

/// What a turn read before deciding.
struct Read {
    prefs: Prefs,
    tag: String,
    session: Option<Session>,
    /// Said before the turn's own replies (a session that could not be read).
    notices: Vec<Draft>,
}

impl<S: Store> Engine<S> {
    /// Checks that every message the content uses exists, and that the content and the
    /// lexicons know the same red-flag signs, so a mistake stops start-up instead of reaching a
    /// user.
    pub fn new(
        content: Content,
        locales: Locales,
        understanding: Understanding,
        store: S,
    ) -> Result<Self, EngineError> {
        for sign in &content.signs {
            if Sign::from_id(&sign.id).is_none() {
                return Err(EngineError::Sign(sign.id.clone()));
            }
        }
        if let Some(missing) = Sign::ALL.iter().find(|s| content.sign(s.id()).is_none()) {
            return Err(EngineError::Sign(missing.id().to_string()));
        }
        locales.check_defined(content.message_ids().iter().map(String::as_str))?;
        let indices = locales
            .tags()
            .into_iter()
            .map(|tag| {
                let docs = crate::knowledge::documents(&content, &locales, tag);
                (tag.to_string(), understanding.index(tag, docs))
            })
            .collect();
        Ok(Self {
            content,
            locales,
            understanding,
            indices,
            store,
            stripes: (0..STRIPES).map(|_| Mutex::new(())).collect(),
            reminder_hook: OnceLock::new(),
            default_zone: OnceLock::new(),
            retention_days: OnceLock::new(),
            conflicts: AtomicU64::new(0),
            seen_today: Mutex::new((None, std::collections::HashSet::new())),
        })
    }

    /// The built-in content, locales and lexicons over `store`.
    pub fn built_in(store: S) -> Result<Self, EngineError> {
        Self::new(Content::built_in()?, Locales::embedded()?, Understanding::built_in()?, store)
    }

    pub fn content(&self) -> &Content {
        &self.content
    }

    pub fn locales(&self) -> &Locales {
        &self.locales
    }

    pub fn store(&self) -> &S {
        &self.store
    }

    /// Turns run again after a conflicting commit from another process, since start.
    pub fn conflicts_retried(&self) -> u64 {
        self.conflicts.load(Ordering::Relaxed)
    }

    /// Handles one input of one user at `now`. Never fails: a problem becomes a kind reply.
    pub fn handle(&self, who: &Who, input: Input, now: DateTime<Utc>) -> Vec<Reply> {
        let user = input.key_for(who);
        let _one_at_a_time = self.lock(&user);
        let replies = self.turn(who, &user, input, now);
        self.note_activity(&user, now);
        replies
    }

    /// Any input at all restarts a person's retention clock (after the turn, so a first
    /// turn that stored something counts, and a /forget leaves nothing behind).
    fn note_activity(&self, user: &UserKey, now: DateTime<Utc>) {
        if !crate::store::is_a_person(user) {
            return;
        }
        let today = now.date_naive();
        {
            let mut seen = self.seen_today.lock().unwrap_or_else(|p| p.into_inner());
            if seen.0 != Some(today) {
                *seen = (Some(today), std::collections::HashSet::new());
            }
            if seen.1.contains(user) {
                return;
            }
        }
        // Not noted (nothing stored yet, or a failure): asked again at their next input.
        match self.store.touch(user, today) {
            Ok(true) => {
                let mut seen = self.seen_today.lock().unwrap_or_else(|p| p.into_inner());
                if seen.0 == Some(today) {
                    seen.1.insert(user.clone());
                }
            }
            Ok(false) => {}
            Err(e) => tracing::warn!(error = %e, "could not note a runner's activity"),
        }
    }

    /// Deletes, as /forget would, the records of everyone whose last input was more than the
    /// retention limit before `now`. Returns who was forgotten (the terminal removes their
    /// files too).
    pub fn forget_inactive(&self, now: DateTime<Utc>) -> Result<Vec<UserKey>, StoreError> {
        let today = now.date_naive();
        let before = today - chrono::Duration::days(i64::from(self.retention_days()));
        let mut forgotten = Vec::new();
        for user in self.store.inactive(before, today)? {
            let _one_at_a_time = self.lock(&user);
            // Back since the list was made (their turn holds this lock while it notes them).
            let back = {
                let seen = self.seen_today.lock().unwrap_or_else(|p| p.into_inner());
                seen.0 == Some(today) && seen.1.contains(&user)
            };
            if back {
                continue;
            }
            self.store.forget(&user)?;
            forgotten.push(user);
        }
        Ok(forgotten)
    }

    fn turn(&self, who: &Who, user: &UserKey, input: Input, now: DateTime<Utc>) -> Vec<Reply> {
        let user = user.clone();
        let mut attempt = 1;
        loop {
            let read = match self.read(who, &user) {
                Ok(read) => read,
                Err(tag) => return vec![self.render(&tag, &trouble())],
            };
            let Read { prefs, tag, session, notices } = read;
            let read_rev = session.as_ref().map_or(0, |s| s.rev);
            let turn = Turn {
                content: &self.content,
                locales: &self.locales,
                understanding: &self.understanding,
                index: self.indices.get(&tag),
                store: &self.store,
                who,
                now,
                session,
                prefs,
                tag,
                default_zone: self.default_zone.get().map(String::as_str),
                retention_days: self.retention_days(),
            };
            let decision = match turn.decide(input.clone()) {
                Ok(d) => d,
                Err(e) => {
                    tracing::error!(error = %e, "could not handle an input");
                    return vec![self.render(&turn.tag, &trouble())];
                }
            };
            let tag = decision.tag.clone().unwrap_or_else(|| turn.tag.clone());
            match self.commit(&user, &turn, read_rev, decision) {
                Ok(drafts) => {
                    let mut shown = notices;
                    shown.extend(drafts);
                    return self.render_all(&tag, keep_health_data_out_of_groups(who, shown));
                }
                Err(StoreError::Conflict(what)) if attempt < ATTEMPTS => {
                    // Another process changed this user meanwhile: decide again on what is there now.
                    tracing::info!(what, attempt, "a commit conflicted; running the turn again");
                    self.conflicts.fetch_add(1, Ordering::Relaxed);
                    attempt += 1;
                }
                Err(e) => {
                    // Nothing is said to be saved unless it was, nor said to be unchanged: a
                    // write whose sync failed may still be there after it.
                    tracing::error!(error = %e, "could not save");
                    return vec![self.render(&tag, &Draft::private([Msg::new("trouble-saving").into()]))];
                }
            }
        }
    }

    /// One user's inputs one at a time, in this process (other processes are kept in order by
    /// the conditional commit).
    fn lock(&self, user: &UserKey) -> MutexGuard<'_, ()> {
        let mut hasher = DefaultHasher::new();
        user.hash(&mut hasher);
        let stripe = &self.stripes[(hasher.finish() as usize) % STRIPES];
        stripe.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// The user's preferences, language and open session; an unreadable session is set aside
    /// with a notice, any other failure is the user's language for a kind "try again".
    fn read(&self, who: &Who, user: &UserKey) -> Result<Read, String> {
        let prefs = self.store.prefs(user).unwrap_or_else(|e| {
            tracing::warn!(error = %e, "preferences unreadable; using defaults");
            Prefs::default()
        });
        let tag = self.language(who, &prefs);
        let mut notices = Vec::new();
        let session = match self.store.session(user) {
            Ok(s) => s,
            Err(StoreError::Unreadable { .. }) => {
                notices.push(Draft::private([Msg::new("session-unreadable").into()]));
                None
            }
            Err(e) => {
                tracing::error!(error = %e, "could not read the session");
                return Err(tag);
            }
        };
        Ok(Read { prefs, tag, session, notices })
    }

    /// The user's own choice, else the nearest to what their platform reports.
    fn language(&self, who: &Who, prefs: &Prefs) -> String {
        prefs
            .locale
            .as_deref()
            .filter(|t| self.locales.has(t))
            .unwrap_or_else(|| self.locales.negotiate(who.locale.as_deref()))
            .to_string()
    }

    /// Saves what the turn decided, conditional on the session it read, and returns what to
    /// show: the turn's drafts, then whatever depends on the commit's outcome.
    fn commit(
        &self,
        user: &UserKey,
        turn: &Turn<'_, S>,
        read: u64,
        decision: Decision,
    ) -> Result<Vec<Draft>, StoreError> {
        let Decision { mut drafts, change, forget, reminders_changed, then, .. } = decision;
        let committed = match change {
            Some(mut change) => {
                change.read = read;
                self.store.commit(user, change)?
            }
            None => Default::default(),
        };
        if forget {
            self.store.forget(user)?;
            drafts.iter_mut().for_each(|d| d.forgotten = true);
        }
        if reminders_changed {
            if let Some(hook) = self.reminder_hook.get() {
                hook();
            }
        }
        if let Some(then) = then {
            drafts.extend(turn.after_commit(then, &committed));
        }
        Ok(drafts)
    }

    fn render_all(&self, tag: &str, drafts: Vec<Draft>) -> Vec<Reply> {
        drafts.iter().map(|d| self.render(tag, d)).collect()
    }

    /// Puts a draft into words in the user's language.
    pub fn render(&self, tag: &str, draft: &Draft) -> Reply {
        let asking = tag;
        let tag = draft.locale.as_deref().filter(|t| self.locales.has(t)).unwrap_or(tag);
        let part = |p: &Part| match p {
            Part::Msg(m) => self.locales.format(tag, m),
            Part::Raw(s) => s.clone(),
        };
        let image = draft.image.as_ref().and_then(|picture| {
            match picture.draw(&|m: &Msg| self.locales.format(tag, m)) {
                Ok(png) => Some(png),
                Err(e) => {
                    // The words say it all the same; a picture is extra.
                    tracing::warn!(error = %e, "could not draw a picture; sending the text alone");
                    None
                }
            }
        });
        Reply {
            text: draft.parts.iter().map(part).collect::<Vec<_>>().join("\n\n"),
            buttons: draft
                .buttons
                .iter()
                .map(|row| {
                    row.iter().map(|b| Button { label: part(&b.label), action: b.action.clone() }).collect()
                })
                .collect(),
            image,
            file: draft.file.clone(),
            private: draft.private,
            edit: draft.edit,
            lang: tag.to_string(),
            version: draft.version,
            toast: draft.toast.as_ref().map(|m| self.locales.format(asking, m)),
            forgotten: draft.forgotten,
        }
    }

    /// Registers what to call when reminders change (the scheduler's wake-up); the first
    /// registration wins.
    pub fn on_reminders_changed(&self, hook: Box<dyn Fn() + Send + Sync>) {
        let _ = self.reminder_hook.set(hook);
    }

    /// Sets the time zone used for a reminder written without one (the first call wins).
    pub fn set_default_zone(&self, zone: &str) {
        let _ = self.default_zone.set(zone.to_string());
    }

    /// Sets how many days of silence delete a runner's records (the first call wins).
    pub fn set_retention_days(&self, days: u32) {
        let _ = self.retention_days.set(days);
    }

    /// How many days of silence delete a runner's records.
    pub fn retention_days(&self) -> u32 {
        self.retention_days.get().copied().unwrap_or(DEFAULT_RETENTION_DAYS)
    }

    /// When the earliest active reminder is due.
    pub fn next_due(&self) -> Result<Option<DateTime<Utc>>, StoreError> {
        self.store.next_due()
    }

    /// The reminders due at `now` ([`due_queue::take`]: each moved on to its next occurrence
    /// in the store before it is handed out), each post drawn in its group's language.
    pub fn take_due(&self, now: DateTime<Utc>, grace: chrono::Duration) -> DueBatch {
        let taken = due_queue::take(&self.store, &self.content, now, grace);
        DueBatch {
            due: taken
                .due
                .into_iter()
                .map(|(reminder, post)| Due { reply: self.render(&reminder.locale, &post), reminder })
                .collect(),
            more: taken.more,
            error: taken.error,
        }
    }

    /// Stops a reminder whose chat is gone or forbids the bot, keeping why for /reminders.
    pub fn pause_gone(&self, reminder: &Reminder, detail: &str) -> Result<(), StoreError> {
        for _ in 0..ATTEMPTS {
            let Some(mut r) =
                self.store.reminders(&reminder.owner)?.into_iter().find(|r| r.id == reminder.id)
            else {
                return Ok(());
            };
            r.paused = Some(Paused::ChatGone { detail: detail.chars().take(200).collect() });
            if self.store.swap_reminder(&r)? {
                return Ok(());
            }
        }
        Err(StoreError::Conflict("reminder"))
    }

    /// The language a user is answered in, for adapters that label things themselves.
    pub fn locale_for(&self, who: &Who) -> String {
        self.language(who, &self.store.prefs(&who.key()).unwrap_or_default())
    }
}

/// Health data never reaches a group that cannot show a reply to one member alone: whatever
/// is personal is replaced by a pointer to the private chat, and the rest is said to the group.
/// Pictures and files follow the same rule whatever draft carries them: a pain chart is health
/// data and a file is a runner's own data, so neither is ever attached there (a club's chart
/// of Done counts is neither).
fn keep_health_data_out_of_groups(who: &Who, mut drafts: Vec<Draft>) -> Vec<Draft> {
    if who.in_open_group() {
        if drafts.iter().any(|d| d.personal) {
            drafts.retain(|d| !d.personal);
            drafts.push(crate::views::go_private(crate::command::Command::Start));
        }
        for d in &mut drafts {
            d.private = false;
            d.file = None;
            if d.image.as_ref().is_some_and(Picture::is_personal) {
                d.image = None;
            }
        }
    }
    drafts
}

/// What the scheduler posts this round.
#[derive(Debug, Default)]
pub struct DueBatch {
    pub due: Vec<Due>,
    /// More were due than one batch takes: ask again at once.
    pub more: bool,
    /// The store failed part-way; `due` holds what was moved on before it did.
    pub error: Option<StoreError>,
}

/// A reminder to post now, and what it says.
#[derive(Debug, Clone)]
pub struct Due {
    pub reminder: Reminder,
    pub reply: Reply,
}

fn trouble() -> Draft {
    Draft::private([Msg::new("trouble").into()])
}

impl<S> Engine<S> {
    /// The source locale's tag, for adapters that need one before any user speaks.
    pub fn source_locale(&self) -> &'static str {
        SOURCE_LOCALE
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{
        chart::{Mark, PainPoint},
        input::{ChatKind, Platform, Role},
        reply::{Attachment, JSON},
    };

    fn in_a_telegram_group() -> Who {
        Who {
            platform: Platform::Telegram,
            user_id: "1".into(),
            chat_id: "-1".into(),
            locale: None,
            role: Role::Member,
            chat: ChatKind::Group { private_replies: false },
            name: None,
        }
    }

    #[test]
    fn no_pain_chart_or_file_reaches_an_open_group_even_on_a_public_draft() {
        let today = chrono::NaiveDate::from_ymd_opt(2026, 6, 2).expect("date");
        let at = today.and_hms_opt(8, 0, 0).expect("time").and_utc();
        let pain = Picture::Pain {
            points: vec![PainPoint { at, severity: Some(4), mark: Mark::Checkin }],
            today,
            trend: None,
        };
        let club = Picture::club(&[(at, 3)], today).expect("a club chart");
        let file =
            Attachment { name: "x.json".into(), mime: JSON.into(), bytes: b"{}".to_vec(), description: None };
        let mut careless = Draft::public([Msg::new("help").into()]);
        careless.image = Some(pain.clone());
        careless.file = Some(file.clone());
        let mut counts = Draft::public([Msg::new("clubstats-head").into()]);
        counts.image = Some(club.clone());

        let kept =
            keep_health_data_out_of_groups(&in_a_telegram_group(), vec![careless.clone(), counts.clone()]);
        assert_eq!(kept.len(), 2, "public words stay");
        assert!(kept[0].image.is_none() && kept[0].file.is_none(), "{:?}", kept[0]);
        assert_eq!(kept[1].image, Some(club), "a club's counts are no health data");

        let alone = Who { chat: ChatKind::Private, ..in_a_telegram_group() };
        let kept = keep_health_data_out_of_groups(&alone, vec![careless]);
        assert_eq!((kept[0].image.as_ref(), kept[0].file.as_ref()), (Some(&pain), Some(&file)));
    }
}
