//! Answers -> the factors ranked, each with a level and the answers that point at it, and
//! the advice that fits. Pure arithmetic over the content's weights.

use serde::{Deserialize, Serialize};

use crate::{
    assessment::{Answer, Assessment},
    content::{Content, Factor},
};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    Unlikely,
    Possible,
    Likely,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FactorScore {
    pub factor: Factor,
    pub level: Level,
    /// Points as a percentage of the most this factor could collect.
    pub score: u32,
    /// The answers that weighed on this factor, heaviest first.
    #[serde(default)]
    pub reasons: Vec<Answer>,
}

/// The result of a completed assessment.
#[derive(Debug, Clone, PartialEq)]
pub struct Verdict {
    /// Best first.
    pub factors: Vec<FactorScore>,
    /// Advice ids, most relevant first.
    pub advice: Vec<String>,
}

pub fn score(content: &Content, assessment: &Assessment) -> Verdict {
    let mut factors: Vec<(FactorScore, u32)> = Factor::ALL
        .iter()
        .map(|&factor| {
            let mut weighed: Vec<(u32, Answer)> = assessment
                .answers
                .iter()
                .filter_map(|a| content.question(&a.question).map(|q| (a, q)))
                .flat_map(|(a, q)| {
                    a.choices.iter().filter_map(move |c| {
                        let w = q.choice(c)?.weights.get(&factor).copied().unwrap_or(0);
                        (w > 0).then(|| (w, Answer::one(&a.question, c)))
                    })
                })
                .collect();
            let points: u32 = weighed.iter().map(|(w, _)| w).sum();
            weighed.sort_by_key(|(w, _)| std::cmp::Reverse(*w));
            let max = content.max_points.get(&factor).copied().unwrap_or(0).max(1);
            let score = ((points * 100 + max / 2) / max).min(100);
            let level = if score >= content.levels.likely {
                Level::Likely
            } else if score >= content.levels.possible {
                Level::Possible
            } else {
                Level::Unlikely
            };
            (
                FactorScore { factor, level, score, reasons: weighed.into_iter().map(|(_, a)| a).collect() },
                points,
            )
        })
        .collect();
    // Highest score first; raw points, then the article's order, break ties.
    factors.sort_by(|(a, ap), (b, bp)| b.score.cmp(&a.score).then(bp.cmp(ap)).then(a.factor.cmp(&b.factor)));
    let factors: Vec<FactorScore> = factors.into_iter().map(|(f, _)| f).collect();
    let advice = advice(content, assessment, &factors);
    Verdict { factors, advice }
}

/// Every factor the result lists gets a piece of advice that fits it, best factor first; then
/// the rest of what fits a likely factor; then what the answers themselves call for.
fn advice(content: &Content, assessment: &Assessment, factors: &[FactorScore]) -> Vec<String> {
    let mut chosen: Vec<String> = Vec::new();
    for f in factors.iter().filter(|f| f.level > Level::Unlikely) {
        // The first fitting item not shown yet; when every fitting one is, the factor has its own.
        let fitting: Vec<&str> =
            content.advice.iter().filter(|a| a.factors.contains(&f.factor)).map(|a| a.id.as_str()).collect();
        if let Some(id) = fitting.iter().find(|id| !chosen.iter().any(|c| c == *id)) {
            chosen.push(id.to_string());
        }
    }
    let mut add = |id: &str| {
        if !chosen.iter().any(|c| c == id) {
            chosen.push(id.to_string());
        }
    };
    for f in factors.iter().filter(|f| f.level == Level::Likely) {
        for a in content.advice.iter().filter(|a| a.factors.contains(&f.factor)) {
            add(&a.id);
        }
    }
    for a in &content.advice {
        if a.answers.iter().any(|qa| qa.split_once(':').is_some_and(|(q, c)| assessment.chose(q, c))) {
            add(&a.id);
        }
    }
    chosen
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assessment::{tests::persona, Next};

    fn content() -> Content {
        Content::built_in().expect("built-in content")
    }

    fn verdict(answers: &[(&str, &str)]) -> Verdict {
        let c = content();
        let a = persona(&c, answers);
        assert_eq!(a.next(&c), Next::Complete, "the persona finishes the assessment");
        score(&c, &a)
    }

    fn top_two(answers: &[(&str, &str)]) -> Vec<Factor> {
        verdict(answers).factors.iter().take(2).map(|f| f.factor).collect()
    }

    fn level(v: &Verdict, factor: Factor) -> Level {
        v.factors.iter().find(|f| f.factor == factor).map(|f| f.level).unwrap_or(Level::Unlikely)
    }

    #[test]
    fn the_desk_worker_is_told_posture() {
        // The article's example: long hours at a desk with poor ergonomics, head forward.
        let v = verdict(&[
            ("where", "blades"),
            ("posture-screen", "lots"),
            ("posture-head", "yes"),
            ("stretching", "rarely"),
        ]);
        assert_eq!(v.factors[0].factor, Factor::Posture, "{:?}", v.factors);
        assert_eq!(v.factors[0].level, Level::Likely, "{:?}", v.factors);
    }

    #[test]
    fn the_runner_with_a_weak_core_is_told_core() {
        // Weak abs, the torso twisting and the shoulders doing the work late in the run.
        let v = verdict(&[("when", "twist"), ("core-screen", "no"), ("core-how", "sway,shoulders")]);
        assert_eq!(v.factors[0].factor, Factor::Core, "{:?}", v.factors);
        assert_eq!(level(&v, Factor::Core), Level::Likely);
    }

    #[test]
    fn arms_crossing_the_midline_point_at_arm_swing() {
        let v = verdict(&[("where", "side"), ("arms-screen", "odd"), ("arms-how", "cross,shrug")]);
        assert_eq!(v.factors[0].factor, Factor::ArmSwing, "{:?}", v.factors);
        assert_eq!(level(&v, Factor::ArmSwing), Level::Likely);
    }

    #[test]
    fn shallow_breathing_points_at_breathing() {
        let v = verdict(&[("when", "during"), ("breath-screen", "chest,hold"), ("breath-how", "neck")]);
        assert_eq!(v.factors[0].factor, Factor::Breathing, "{:?}", v.factors);
        assert_eq!(level(&v, Factor::Breathing), Level::Likely);
    }

    #[test]
    fn a_long_run_with_rising_effort_points_at_fatigue() {
        let v = verdict(&[
            ("where", "across"),
            ("when", "nextday"),
            ("fatigue-screen", "hard"),
            ("fatigue-how", "form,load"),
        ]);
        assert_eq!(v.factors[0].factor, Factor::Fatigue, "{:?}", v.factors);
        assert_eq!(level(&v, Factor::Fatigue), Level::Likely);
    }

    #[test]
    fn a_long_run_without_water_points_at_hydration() {
        let top = top_two(&[
            ("when", "after"),
            ("fatigue-screen", "long"),
            ("water-screen", "none"),
            ("water-day", "dark"),
        ]);
        assert!(top.contains(&Factor::Hydration), "{top:?}");
    }

    #[test]
    fn reasons_come_from_the_users_own_answers() {
        let c = content();
        let a = persona(&c, &[("posture-screen", "lots"), ("posture-head", "yes")]);
        let v = score(&c, &a);
        assert_eq!(v.factors[0].factor, Factor::Posture);
        assert_eq!(v.factors[0].level, Level::Likely);
        let reasons: Vec<&str> = v.factors[0].reasons.iter().map(|r| r.question.as_str()).collect();
        assert_eq!(reasons, ["posture-screen", "posture-head"]);
        assert!(v.advice.contains(&"strength".to_string()), "{:?}", v.advice);
    }

    #[test]
    fn every_factor_listed_gets_advice_that_fits_it() {
        let c = content();
        let v = verdict(&[
            ("posture-screen", "lots"),
            ("core-screen", "no"),
            ("arms-screen", "odd"),
            ("breath-screen", "chest"),
            ("fatigue-screen", "hard"),
            ("water-screen", "none"),
        ]);
        let listed: Vec<_> = v.factors.iter().filter(|f| f.level > Level::Unlikely).collect();
        assert!(listed.len() >= 4, "{:?}", v.factors);
        for f in listed {
            assert!(!f.reasons.is_empty(), "{:?} has no reason", f.factor);
            let fits = v
                .advice
                .iter()
                .take(7)
                .any(|id| c.advice.iter().any(|a| &a.id == id && a.factors.contains(&f.factor)));
            assert!(fits, "no advice for {:?} in the first seven of {:?}", f.factor, v.advice);
        }
    }

    #[test]
    fn nothing_in_particular_gives_no_likely_factor() {
        let v = verdict(&[]);
        assert!(v.factors.iter().all(|f| f.level == Level::Unlikely), "{:?}", v.factors);
    }

    #[test]
    fn habits_add_their_advice() {
        let v = verdict(&[
            ("surface", "hard"),
            ("shoes", "worn"),
            ("cadence", "long"),
            ("warmup", "rarely"),
            ("strength", "never"),
        ]);
        for id in ["surface", "shoes", "cadence", "warmup", "strength"] {
            assert!(v.advice.iter().any(|a| a == id), "{id} missing from {:?}", v.advice);
        }
    }
}
