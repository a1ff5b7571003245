//! The turns about the user's own data and settings: /export, /forget (with its
//! confirmation) and /language.

use super::{Decision, Turn};
use crate::{
    action::{Action, Nonce},
    kept::Kept,
    msg::{Arg, Msg},
    prefs::{Keeping, Prefs},
    reply::{Attachment, Draft, DraftButton, Part, JSON},
    session::{Prompt, Session},
    store::{Store, StoreError},
    views,
};

impl<S: Store> Turn<'_, S> {
    /// /export: everything stored about the runner (every record a backup holds of them) as
    /// one JSON file, named after the day on their calendar, with a line saying what is in it.
    pub(super) fn export(&self) -> Result<Decision, StoreError> {
        let user = self.who.key();
        let kept = Kept::from_records(self.store.kept_about(&user)?);
        let json = kept.export(user.as_str());
        let mut bytes = serde_json::to_vec_pretty(&json).unwrap_or_else(|_| json.to_string().into_bytes());
        bytes.push(b'\n');
        let said = Msg::with(
            "export-file",
            vec![
                ("assessments", Arg::Num(kept.assessments() as f64)),
                ("checkins", Arg::Num(kept.checkins() as f64)),
            ],
        );
        let day = self.now.with_timezone(&self.zone()).date_naive();
        let mut parts = vec![said.into()];
        let also = kept.items(false);
        if !also.is_empty() {
            parts.push(Msg::with("export-also", vec![("items", Arg::List(also))]).into());
        }
        let mut d = Draft::private(parts);
        d.file = Some(Attachment {
            name: format!("upback-export-{day}.json"),
            mime: JSON.to_string(),
            bytes,
            description: None,
        });
        Ok(Decision::show([d]))
    }

    /// /privacy, saying what the database holds about the runner right now.
    pub(super) fn privacy(&self) -> Result<Decision, StoreError> {
        let kept = Kept::from_records(self.store.kept_about(&self.who.key())?);
        Ok(Decision::show([views::privacy(self.prefs.history, self.retention_days, kept.items(true))]))
    }

    pub(super) fn forget(&self) -> Result<Decision, StoreError> {
        let mut session = self.session_or_new()?;
        session.prompt = Some(Prompt::ConfirmForget);
        let nonce = session.nonce;
        Ok(Decision::show([Draft::private([Msg::new("forget-confirm").into()]).button_row(vec![
            views::button(Msg::new("button-forget-yes"), Action::ForgetConfirm { nonce }),
            views::button(Msg::new("button-forget-no"), Action::ForgetKeep { nonce }),
        ])])
        .with_session(session))
    }

    pub(super) fn forget_confirmed(&self, nonce: Nonce) -> Result<Decision, StoreError> {
        match self.live(nonce) {
            Some(s) if s.prompt == Some(Prompt::ConfirmForget) => Ok(Decision {
                drafts: vec![Draft::private([Msg::new("forget-done").into()]).editing()],
                forget: true,
                ..Decision::default()
            }),
            _ => Ok(self.expired()),
        }
    }

    pub(super) fn forget_declined(&self, nonce: Nonce) -> Result<Decision, StoreError> {
        match self.live(nonce) {
            Some(s) if s.prompt == Some(Prompt::ConfirmForget) => {
                Ok(Decision::show([Draft::private([Msg::new("forget-kept").into()]).editing()])
                    .with_session(Session { prompt: None, updated: self.now, ..s.clone() }))
            }
            _ => Ok(self.expired()),
        }
    }

    /// The runner's answer to "may I keep your history?" (from the question under a result, or
    /// /privacy): what waits in the session is saved, or dropped.
    pub(super) fn set_keeping(&self, keep: bool) -> Decision {
        let prefs =
            Prefs { history: Some(if keep { Keeping::Keep } else { Keeping::Off }), ..self.prefs.clone() };
        let pending = self.session.as_ref().map(|s| s.pending.clone()).unwrap_or_default();
        let saved_now = if keep { pending.len() } else { 0 };
        let mut d = Decision::show([views::kept(keep, saved_now).editing()]).with_prefs(prefs);
        if let Some(s) = self.session.as_ref().filter(|s| !s.pending.is_empty()) {
            d = d.with_session(Session { pending: Vec::new(), updated: self.now, ..s.clone() });
            if keep {
                for entry in pending {
                    d = d.append(entry);
                }
            }
        }
        d
    }

    pub(super) fn language_menu(&self) -> Decision {
        let mut d = Draft::private([Msg::new("language-choose").into()]);
        for tag in self.locales.tags() {
            let name = self.locales.format(tag, &Msg::new("language-name"));
            d = d.button_row(vec![DraftButton {
                label: Part::Raw(name),
                action: Action::Language(Some(tag.to_string())).encode(),
            }]);
        }
        d = d.button_row(vec![views::button(Msg::new("button-language-auto"), Action::Language(None))]);
        Decision::show([d])
    }

    pub(super) fn set_language(&self, tag: Option<String>) -> Result<Decision, StoreError> {
        if tag.as_deref().is_some_and(|t| !self.locales.has(t)) {
            return Ok(self.expired());
        }
        let shown =
            tag.clone().unwrap_or_else(|| self.locales.negotiate(self.who.locale.as_deref()).to_string());
        let mut prefs = self.prefs.clone();
        prefs.locale = tag;
        let mut d = Decision::show([Draft::private([Msg::new("language-set").into()])]).with_prefs(prefs);
        d.tag = Some(shown);
        Ok(d)
    }
}
