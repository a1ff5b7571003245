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
                .filter_map(|a| {
                    let q = content.question(&a.question)?;
                    let w = q.choice(&a.choice)?.weights.get(&factor).copied().unwrap_or(0);
                    (w > 0).then(|| (w, a.clone()))
                })
                .collect();
            let points: u32 = weighed.iter().map(|(w, _)| w).sum();
            weighed.sort_by_key(|(w, _)| std::cmp::Reverse(*w));
            let max = content.max_points.get(&factor).copied().unwrap_or(0).max(1);
            let score = (points * 100 + max / 2) / max;
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

    // Advice follows the likely factors; when nothing is likely, the possible ones.
    let top = factors.iter().map(|f| f.level).max().unwrap_or(Level::Unlikely).max(Level::Possible);
    let rank_of = |factor: &Factor| factors.iter().position(|f| &f.factor == factor && f.level >= top);
    let mut advice: Vec<(usize, &str)> = content
        .advice
        .iter()
        .filter_map(|a| {
            let by_factor = a.factors.iter().filter_map(rank_of).min();
            let by_answer =
                a.answers.iter().any(|qa| qa.split_once(':').is_some_and(|(q, c)| assessment.chose(q, c)));
            match (by_factor, by_answer) {
                (Some(rank), _) => Some((rank, a.id.as_str())),
                (None, true) => Some((Factor::ALL.len(), a.id.as_str())),
                (None, false) => None,
            }
        })
        .collect();
    advice.sort_by_key(|(rank, _)| *rank);
    Verdict { factors, advice: advice.into_iter().map(|(_, id)| id.to_string()).collect() }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assessment::{tests::persona, Next};

    fn content() -> Content {
        Content::built_in().expect("built-in content")
    }

    fn top_two(answers: &[(&str, &str)]) -> Vec<Factor> {
        let c = content();
        let a = persona(&c, answers);
        assert_eq!(a.next(&c), Next::Complete, "the persona finishes the assessment");
        score(&c, &a).factors.iter().take(2).map(|f| f.factor).collect()
    }

    #[test]
    fn the_desk_worker_is_told_posture() {
        // The article's example: long hours at a desk with poor ergonomics, head forward.
        let top = top_two(&[
            ("where", "blades"),
            ("posture-screen", "lots"),
            ("posture-head", "yes"),
            ("stretching", "rarely"),
        ]);
        assert_eq!(top[0], Factor::Posture, "{top:?}");
    }

    #[test]
    fn the_runner_with_a_weak_core_is_told_core() {
        // Weak abs, the torso twisting and the shoulders doing the work late in the run.
        let top = top_two(&[
            ("when", "twist"),
            ("core-screen", "no"),
            ("core-sway", "yes"),
            ("core-shoulders", "yes"),
            ("core-stride", "unsure"),
        ]);
        assert!(top.contains(&Factor::Core), "{top:?}");
    }

    #[test]
    fn arms_crossing_the_midline_point_at_arm_swing() {
        let top = top_two(&[("where", "side"), ("arms-screen", "odd"), ("arms-cross", "yes")]);
        assert!(top.contains(&Factor::ArmSwing), "{top:?}");
    }

    #[test]
    fn shallow_breathing_points_at_breathing() {
        let top = top_two(&[("when", "during"), ("breath-screen", "chest"), ("breath-neck", "yes")]);
        assert!(top.contains(&Factor::Breathing), "{top:?}");
    }

    #[test]
    fn a_long_run_with_rising_effort_points_at_fatigue() {
        let top = top_two(&[
            ("where", "across"),
            ("when", "nextday"),
            ("fatigue-screen", "hard"),
            ("fatigue-form", "yes"),
        ]);
        assert!(top.contains(&Factor::Fatigue), "{top:?}");
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
    fn nothing_in_particular_gives_no_likely_factor() {
        let c = content();
        let v = score(&c, &persona(&c, &[]));
        assert!(v.factors.iter().all(|f| f.level == Level::Unlikely), "{:?}", v.factors);
    }

    #[test]
    fn modifiers_add_their_advice() {
        let c = content();
        let a = persona(
            &c,
            &[("fatigue-screen", "hard"), ("surface", "hard"), ("shoes", "worn"), ("cadence", "long")],
        );
        let v = score(&c, &a);
        for id in ["surface", "shoes", "cadence", "load"] {
            assert!(v.advice.iter().any(|a| a == id), "{id} missing from {:?}", v.advice);
        }
    }
}
