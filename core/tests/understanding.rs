//! The tables that say what upback understands of what runners type, in every language: red
//! flags (with typos, inflections, word order, negations and ordinary running talk), pain
//! scores, typed answers and typed questions. Written as data so that a clinician or a
//! translator can read them, and add the line that proves a fix.

use std::{
    collections::BTreeSet,
    sync::OnceLock,
    time::{Duration, Instant},
};

use proptest::prelude::*;
use upback_core::{
    content::Content,
    i18n::Locales,
    knowledge,
    msg::Msg,
    understanding::{Doc, Offer, Sign, Sign::*, Understanding, UnderstandingError},
};

/// Built once: loading is the expensive part, reading is cheap.
fn understanding() -> &'static Understanding {
    static BUILT: OnceLock<Understanding> = OnceLock::new();
    BUILT.get_or_init(|| Understanding::built_in().expect("the built-in lexicons load"))
}

fn locales() -> Locales {
    Locales::embedded().expect("the locales load")
}

// ------------------------------------------------------------------ red flags

/// (typed text, the signs it must give, exactly). Negatives expect nothing.
type Table = &'static [(&'static str, &'static [Sign])];

const EN_FLAGS: Table = &[
    // every sign, as runners put it
    ("my upper back hurts and I have chest pain and can't breathe", &[Chest, Breath]),
    ("I have chest pain", &[Chest]),
    ("CHEST PAIN", &[Chest]),
    ("there's a tightness in my chest", &[Chest]),
    ("feels like pressure on my chest", &[Chest]),
    ("chets pain since the run", &[Chest]),
    ("I've never had chest pain like this", &[Chest]),
    ("cant breath", &[Breath]),
    ("I can't breathe properly", &[Breath]),
    ("short of breath", &[Breath]),
    ("I have trouble brething", &[Breath]),
    ("it's hard to breathe", &[Breath]),
    ("the pain is radiating down my left arm", &[Spread]),
    ("the pain goes into my jaw", &[Spread]),
    ("I broke out in a cold sweat", &[Sweat]),
    ("I feel sick with it", &[Sweat]),
    ("I lost control of my bladder", &[Bladder]),
    ("I fainted after the race", &[Faint]),
    ("I nearly passed out", &[Faint]),
    ("it started after I fell on the ice", &[Fall]),
    ("I had a fall last week", &[Fall]),
    ("got hit by a car while cycling", &[Fall]),
    ("pins and needles in my hand", &[Nerves]),
    ("my left arm is numb", &[Nerves]),
    ("tingling in my fingers", &[Nerves]),
    ("I have a fever and chills", &[Fever]),
    ("I've been losing weight for no reason", &[Weight]),
    ("it wakes me up at night", &[Night]),
    ("it hurts even at rest", &[Night]),
    ("keeps getting worse", &[Worse]),
    ("it's been hurting for three weeks", &[Long]),
    ("it won't go away", &[Long]),
    ("the pain is unbearable", &[Severe]),
    ("excrutiating pain", &[Severe]),
    ("no chest pain but I can't breathe", &[Breath]),
    ("no, I have a fever", &[Fever]),
    ("I'm not sure if it's chest pain", &[Chest]),
    // plain negations
    ("no chest pain", &[]),
    ("I don't have any chest pain", &[]),
    ("no fever", &[]),
    ("no fever, no chills", &[]),
    ("I didn't fall", &[]),
    ("not getting worse", &[]),
    ("I have no numbness or tingling", &[]),
    // running talk and stretch talk
    ("my back is a bit stiff after the long run", &[]),
    ("the stretches helped", &[]),
    ("I ran 10k today", &[]),
    ("I breathe fine", &[]),
    ("my chest stretch is my favourite", &[]),
    ("the chest stretch felt great", &[]),
    ("I was out of breath after the sprint but it settled fast", &[]),
    ("I ran hills today", &[]),
    ("I felt a faint ache between my shoulder blades", &[]),
    ("I fell asleep on the sofa after the long run", &[]),
    ("my back hurts after chest day at the gym", &[]),
    ("I've been training for months for this marathon", &[]),
    ("sweating a lot on the run", &[]),
    ("it only hurts for a week after a race", &[]),
    ("it gets worse when I run hills", &[]),
    ("it gets worse when I rest", &[Worse]),
];

const DE_FLAGS: Table = &[
    ("Brustschmerzen", &[Chest]),
    ("ich habe Brustschmerzen und bekomme keine Luft", &[Chest, Breath]),
    ("Schmerzen in der Brust", &[Chest]),
    ("die Brust tut weh", &[Chest]),
    ("Druck auf der Brust", &[Chest]),
    ("Brustschmerzn", &[Chest]),
    ("BRUSTSCHMERZEN", &[Chest]),
    ("ich bekomme keine Luft", &[Breath]),
    ("kriege keine Luft", &[Breath]),
    ("ich kann nicht atmen", &[Breath]),
    ("Atemnot beim Gehen", &[Breath]),
    ("ich habe Atemprobleme", &[Breath]),
    ("es strahlt in den linken Arm aus", &[Spread]),
    ("Kieferschmerzen", &[Spread]),
    ("kalter Schweiß", &[Sweat]),
    ("mir ist übel", &[Sweat]),
    ("ich kann die Blase nicht halten", &[Bladder]),
    ("ich bin ohnmächtig geworden", &[Faint]),
    ("mir wurde schwarz vor Augen", &[Faint]),
    ("ich bin gestürzt", &[Fall]),
    ("ich bin gesturzt", &[Fall]),
    ("nach einem Fahrradsturz", &[Fall]),
    ("mein Arm kribbelt", &[Nerves]),
    ("Taubheitsgefühl in der Hand", &[Nerves]),
    ("die Hand ist eingeschlafen", &[Nerves]),
    ("Fieber und Schüttelfrost", &[Fever]),
    ("ich habe ungewollt abgenommen", &[Weight]),
    ("der Schmerz weckt mich nachts", &[Night]),
    ("nachts tut es weh", &[Night]),
    ("es wird immer schlimmer", &[Worse]),
    ("seit drei Wochen", &[Long]),
    ("das geht seit Monaten nicht weg", &[Long]),
    ("unerträgliche Schmerzen", &[Severe]),
    ("keine Brustschmerzen, aber ich bekomme keine Luft", &[Breath]),
    ("Fieber habe ich keins", &[Fever]),
    ("keine Brustschmerzen", &[]),
    ("keine Schmerzen in der Brust", &[]),
    ("ich habe kein Fieber", &[]),
    ("ich bin nicht gestürzt", &[]),
    ("kein Kribbeln, keine Taubheit", &[]),
    ("mein Rücken ist nach dem langen Lauf etwas steif", &[]),
    ("die Dehnübungen haben geholfen", &[]),
    ("ich bin heute 10 km gelaufen", &[]),
    ("ich atme ganz normal", &[]),
    ("die Brustdehnung tut gut", &[]),
    ("die Dehnung hat mir gut gefallen", &[]),
    ("seit einer Woche etwas verspannt", &[]),
    ("ich trainiere seit Monaten für den Marathon", &[]),
    ("mir ist nicht übel", &[]),
    ("bergab wird es schlimmer", &[]),
];

const ES_FLAGS: Table = &[
    ("me duele el pecho", &[Chest]),
    ("dolor en el pecho", &[Chest]),
    ("DOLOR EN EL PECHO", &[Chest]),
    ("dolor de pexho", &[Chest]),
    ("siento opresión en el pecho", &[Chest]),
    ("me duele la espalda y el pecho y no puedo respirar", &[Chest, Breath]),
    ("no puedo respirar", &[Breath]),
    ("me cuesta respirar", &[Breath]),
    ("me falta el aire", &[Breath]),
    ("el dolor se irradia al brazo izquierdo", &[Spread]),
    ("me duele la mandíbula", &[Spread]),
    ("tengo sudor frío", &[Sweat]),
    ("tengo náuseas", &[Sweat]),
    ("perdí el control de la vejiga", &[Bladder]),
    ("me desmayé", &[Faint]),
    ("perdí el conocimiento", &[Faint]),
    ("me caí corriendo", &[Fall]),
    ("me cai", &[Fall]),
    ("tuve un accidente con la bici", &[Fall]),
    ("se me duerme el brazo", &[Nerves]),
    ("hormigueo en la mano", &[Nerves]),
    ("tengo la mano entumecida", &[Nerves]),
    ("fiebre", &[Fever]),
    ("tengo fiebre y escalofríos", &[Fever]),
    ("he perdido peso sin motivo", &[Weight]),
    ("me despierta por la noche", &[Night]),
    ("me duele incluso en reposo", &[Night]),
    ("cada vez peor", &[Worse]),
    ("llevo tres semanas con dolor", &[Long]),
    ("no se me quita", &[Long]),
    ("el dolor es insoportable", &[Severe]),
    ("no tengo fiebre pero me duele el pecho", &[Chest]),
    ("no, tengo fiebre", &[Fever]),
    ("sin dolor en el pecho", &[]),
    ("no tengo dolor en el pecho", &[]),
    ("no tengo fiebre", &[]),
    ("no tengo fiebre ni escalofríos", &[]),
    ("no me caí", &[]),
    ("me duele un poco la espalda después de la tirada larga", &[]),
    ("los estiramientos me ayudaron", &[]),
    ("hoy corrí 10 km", &[]),
    ("respiro bien", &[]),
    ("el estiramiento de pecho me ayuda", &[]),
    ("hace una semana que corro más", &[]),
    ("corro desde hace meses", &[]),
    ("empeora cuando corro cuesta abajo", &[]),
];

const FR_FLAGS: Table = &[
    ("j'ai mal à la poitrine", &[Chest]),
    ("j'ai mal a la poitrine", &[Chest]),
    ("douleur thoracique", &[Chest]),
    ("douleur poitrinne", &[Chest]),
    ("J'AI MAL À LA POITRINE", &[Chest]),
    ("la poitrine serrée et je n'arrive pas à respirer", &[Chest, Breath]),
    ("je n'arrive pas à respirer", &[Breath]),
    ("j'ai du mal à respirer", &[Breath]),
    ("je manque d'air", &[Breath]),
    ("ça irradie dans le bras", &[Spread]),
    ("mal à la mâchoire", &[Spread]),
    ("des sueurs froides", &[Sweat]),
    ("j'ai la nausée", &[Sweat]),
    ("j'ai perdu le contrôle de ma vessie", &[Bladder]),
    ("je me suis évanoui", &[Faint]),
    ("j'ai perdu connaissance", &[Faint]),
    ("je suis tombé en courant", &[Fall]),
    ("je suis tombe", &[Fall]),
    ("après une chute à vélo", &[Fall]),
    ("mon bras gauche est engourdi", &[Nerves]),
    ("fourmillements dans la main", &[Nerves]),
    ("faiblesse dans la jambe", &[Nerves]),
    ("j'ai de la fièvre", &[Fever]),
    ("fièvre et frissons", &[Fever]),
    ("j'ai perdu du poids sans raison", &[Weight]),
    ("la douleur me réveille la nuit", &[Night]),
    ("j'ai mal même au repos", &[Night]),
    ("ça empire de jour en jour", &[Worse]),
    ("de pire en pire", &[Worse]),
    ("ça dure depuis trois semaines", &[Long]),
    ("ça ne passe pas", &[Long]),
    ("la douleur est insupportable", &[Severe]),
    ("pas de fièvre mais j'ai mal à la poitrine", &[Chest]),
    ("non, j'ai mal à la poitrine", &[Chest]),
    ("j'ai pas mal de douleurs à la poitrine", &[Chest]),
    ("pas de douleur à la poitrine", &[]),
    ("je n'ai pas mal à la poitrine", &[]),
    ("je n'ai pas de fièvre", &[]),
    ("je ne suis pas tombé", &[]),
    ("sans fourmillements", &[]),
    ("j'ai le dos un peu raide après la sortie longue", &[]),
    ("les étirements m'ont aidé", &[]),
    ("j'ai couru 10 km aujourd'hui", &[]),
    ("je respire bien", &[]),
    ("l'étirement de la poitrine me fait du bien", &[]),
    ("ça fait une semaine que je cours plus", &[]),
    ("je cours depuis des mois", &[]),
    ("c'est pire quand je cours en descente", &[]),
];

fn check_flags(u: &Understanding, tag: &str, table: Table) {
    let wrong: Vec<String> = table
        .iter()
        .filter_map(|(text, want)| {
            let got = u.red_flags(tag, text);
            (got != *want).then(|| format!("{text:?}: wanted {want:?}, got {got:?}"))
        })
        .collect();
    assert!(wrong.is_empty(), "{tag}:\n{}", wrong.join("\n"));
}

#[test]
fn english_red_flags_are_spotted_and_negations_and_running_talk_are_not() {
    assert!(EN_FLAGS.len() >= 40);
    check_flags(understanding(), "en-US", EN_FLAGS);
}

#[test]
fn german_red_flags_are_spotted_and_negations_and_running_talk_are_not() {
    assert!(DE_FLAGS.len() >= 40);
    check_flags(understanding(), "de", DE_FLAGS);
}

#[test]
fn spanish_red_flags_are_spotted_and_negations_and_running_talk_are_not() {
    assert!(ES_FLAGS.len() >= 40);
    check_flags(understanding(), "es", ES_FLAGS);
}

#[test]
fn french_red_flags_are_spotted_and_negations_and_running_talk_are_not() {
    assert!(FR_FLAGS.len() >= 40);
    check_flags(understanding(), "fr", FR_FLAGS);
}

#[test]
fn every_sign_has_a_positive_in_every_language_s_table() {
    for (tag, table) in [("en-US", EN_FLAGS), ("de", DE_FLAGS), ("es", ES_FLAGS), ("fr", FR_FLAGS)] {
        let covered: BTreeSet<Sign> = table.iter().flat_map(|(_, signs)| signs.iter().copied()).collect();
        let missing: Vec<&str> = Sign::ALL.iter().filter(|s| !covered.contains(s)).map(|s| s.id()).collect();
        assert!(missing.is_empty(), "{tag} has no example for {missing:?}");
    }
}

#[test]
fn a_red_flag_in_another_language_than_the_user_s_is_still_spotted() {
    let u = understanding();
    assert_eq!(u.red_flags("en-US", "Brustschmerzen"), [Chest]);
    assert_eq!(u.red_flags("de", "I can't breathe"), [Breath]);
    assert_eq!(u.red_flags("fr", "me duele el pecho"), [Chest]);
    assert_eq!(u.red_flags("es", "j'ai mal à la poitrine"), [Chest]);
    assert_eq!(u.red_flags("xx-unknown", "chest pain"), [Chest]);
}

#[test]
fn a_negation_in_one_language_holds_when_the_words_look_like_another_s() {
    // "fiebre" is one letter from German "Fieber" and French "fièvre": their lexicons must
    // not read it as a fever the Spanish "no" has denied.
    let u = understanding();
    assert_eq!(u.red_flags("de", "no tengo fiebre"), []);
    assert_eq!(u.red_flags("es", "pas de fièvre"), []);
    assert_eq!(u.red_flags("fr", "kein Fieber"), []);
}

/// Frequent words one letter (or one stem) away from a sign word, found by reading each of
/// the 40,000 most frequent words of each language alone; each was a false alarm once.
const ORDINARY_WORDS: &[(&str, &[&str])] = &[
    (
        "en-US",
        &[
            "single",
            "political",
            "federal",
            "engine",
            "employees",
            "cooking",
            "hills",
            "empire",
            "continent",
            "unbeatable",
            "tinge",
            "never",
            "fewer",
        ],
    ),
    (
        "de",
        &[
            "vom",
            "lieber",
            "Gruppe",
            "Verbrechen",
            "gebrochen",
            "Sturm",
            "Taube",
            "Fell",
            "Rippe",
            "erreichen",
            "bestürzt",
        ],
    ),
    (
        "es",
        &[
            "chico",
            "arroz",
            "comité",
            "ácido",
            "cheque",
            "cuida",
            "liebre",
            "alambres",
            "esperando",
            "occidente",
        ],
    ),
    (
        "fr",
        &[
            "pilote",
            "coûte",
            "fière",
            "causée",
            "grimpe",
            "empirique",
            "chut",
            "fournis",
            "épanoui",
            "étoffe",
        ],
    ),
];

#[test]
fn ordinary_words_close_to_a_sign_word_are_not_red_flags() {
    let u = understanding();
    for (tag, words) in ORDINARY_WORDS {
        let alarms: Vec<String> = words
            .iter()
            .filter_map(|w| {
                let got = u.red_flags(tag, w);
                (!got.is_empty()).then(|| format!("{w:?} → {got:?}"))
            })
            .collect();
        assert!(alarms.is_empty(), "{tag}: {}", alarms.join(", "));
    }
}

#[test]
fn typos_are_forgiven_in_the_user_s_own_language_only() {
    let u = understanding();
    assert_eq!(u.red_flags("de", "Brustschmerzn"), [Chest]);
    assert_eq!(u.red_flags("en-US", "Brustschmerzen"), [Chest]);
    assert_eq!(u.red_flags("en-US", "Brustschmerzn"), [], "a German typo with English set is not caught");
}

#[test]
fn red_flags_come_deduplicated_and_emergencies_first() {
    let u = understanding();
    let got = u.red_flags("en-US", "fever, and chest pain, chest pain, chest pain, and I can't breathe");
    assert_eq!(got, [Chest, Breath, Fever]);
}

// ------------------------------------------------------------------ pain scores

/// Per language: (typed text, the score it gives).
type Scores = &'static [(&'static str, &'static [(&'static str, Option<u8>)])];

const SCORES: Scores = &[
    (
        "en-US",
        &[
            ("7", Some(7)),
            ("about 7/10", Some(7)),
            ("7 out of 10", Some(7)),
            ("seven", Some(7)),
            ("I'd say a solid six", Some(6)),
            ("10/10, the worst", Some(10)),
            ("zero", Some(0)),
            ("7 or 8", Some(8)),
            ("between 5 and 6", Some(6)),
            ("7.5", Some(8)),
            ("this one is a 4", Some(4)),
            ("after 20 minutes it's a 6", Some(6)),
            ("11", None),
            ("I ran 5 km and it's a 3", Some(3)),
            ("for 6 months", None),
            ("3 times a week", None),
            ("it hurts a lot", None),
            ("", None),
        ],
    ),
    (
        "de",
        &[
            ("7", Some(7)),
            ("sieben", Some(7)),
            ("7 von 10", Some(7)),
            ("ungefähr 7/10", Some(7)),
            ("eine Sieben", Some(7)),
            ("so eine 4", Some(4)),
            ("ein bisschen, vielleicht drei", Some(3)),
            ("null", Some(0)),
            ("7 oder 8", Some(8)),
            ("zwischen 5 und 6", Some(6)),
            ("7,5", Some(8)),
            ("zwölf", None),
            ("15", None),
            ("tut ziemlich weh", None),
        ],
    ),
    (
        "es",
        &[
            ("7", Some(7)),
            ("siete", Some(7)),
            ("un 7", Some(7)),
            ("un 7 de 10", Some(7)),
            ("7 sobre 10", Some(7)),
            ("más o menos un seis", Some(6)),
            ("cero", Some(0)),
            ("7 u 8", Some(8)),
            ("entre 5 y 6", Some(6)),
            ("diez", Some(10)),
            ("nueve de diez", Some(9)),
            ("20", None),
            ("duele bastante", None),
        ],
    ),
    (
        "fr",
        &[
            ("7", Some(7)),
            ("sept", Some(7)),
            ("un 7", Some(7)),
            ("7 sur 10", Some(7)),
            ("sept sur dix", Some(7)),
            ("c'est un peu douloureux, je dirais trois", Some(3)),
            ("zéro", Some(0)),
            ("7 ou 8", Some(8)),
            ("entre 5 et 6", Some(6)),
            ("neuf", Some(9)),
            ("dix sur dix", Some(10)),
            ("12", None),
            ("ça fait assez mal", None),
        ],
    ),
];

#[test]
fn pain_scores_are_read_from_digits_and_words_and_unclear_ones_give_none() {
    let u = understanding();
    for (tag, table) in SCORES {
        assert!(table.len() >= 10, "{tag}");
        let wrong: Vec<String> = table
            .iter()
            .filter_map(|(text, want)| {
                let got = u.score(tag, text);
                (got != *want).then(|| format!("{text:?}: wanted {want:?}, got {got:?}"))
            })
            .collect();
        assert!(wrong.is_empty(), "{tag}:\n{}", wrong.join("\n"));
    }
}

#[test]
fn a_number_word_of_another_language_counts_only_when_the_user_s_finds_none() {
    let u = understanding();
    assert_eq!(u.score("de", "seven"), Some(7));
    assert_eq!(u.score("en-US", "sieben"), Some(7));
    assert_eq!(u.score("en-US", "seven, or sieben"), Some(7));
}

// ------------------------------------------------------------------ choosing an option

/// Per language: (question id in the assessment, typed text, the option id it means, or `None`).
type Choices = &'static [(&'static str, &'static [(&'static str, &'static str, Option<&'static str>)])];

const CHOICES: Choices = &[
    (
        "en-US",
        &[
            ("alarm", "none", Some("none")),
            ("alarm", "nope", Some("none")),
            ("alarm", "nothing like that", Some("none")),
            ("alarm", "None of these", Some("none")),
            ("alarm", "chest pain", Some("chest")),
            ("alarm", "sweatng or feeling sick", Some("sweat")),
            ("alarm", "no chest pain", None),
            ("alarm", "asdf", None),
            ("warning", "it hurts at night", Some("night")),
            ("where", "betwen my shoulder blades", Some("blades")),
            ("course", "over two weeks", Some("long")),
            ("course", "a few days, easing off", Some("better")),
            ("course", "a few days now, getting better", Some("better")),
            ("course", "a few days, no change", Some("same")),
            ("posture-head", "yep", Some("yes")),
            ("posture-head", "not sure", Some("unsure")),
            ("posture-head", "no idea", Some("unsure")),
            ("posture-head", "nope", Some("no")),
            ("posture-head", "maybe", Some("unsure")),
            ("posture-head", "no, I run tall", Some("no")),
        ],
    ),
    (
        "de",
        &[
            ("alarm", "nichts davon", Some("none")),
            ("alarm", "nein", Some("none")),
            ("alarm", "keine", Some("none")),
            ("alarm", "Schmerzen in der Brust", Some("chest")),
            ("alarm", "Atemnto", Some("breath")),
            ("alarm", "keine Brustschmerzen", None),
            ("warning", "Fieber", Some("fever")),
            ("where", "zwischen den Schulterblätern", Some("blades")),
            ("course", "seit ein paar Tagen, wird besser", Some("better")),
            ("course", "ein paar Tage, bleibt gleich", Some("same")),
            ("posture-head", "jap", Some("yes")),
            ("posture-head", "keine Ahnung", Some("unsure")),
            ("posture-head", "nö", Some("no")),
            ("posture-head", "ja, das bin ich", Some("yes")),
        ],
    ),
    (
        "es",
        &[
            ("alarm", "ninguno", Some("none")),
            ("alarm", "nada de eso", Some("none")),
            ("alarm", "no", Some("none")),
            ("alarm", "dolor en el pecho", Some("chest")),
            ("alarm", "me cuesta respirrar", Some("breath")),
            ("alarm", "sin dolor en el pecho", None),
            ("warning", "fiebre", Some("fever")),
            ("where", "entre los omoplatos", Some("blades")),
            ("course", "empezó hace unos días y va a mejor", Some("better")),
            ("course", "unos días, sigue igual", Some("same")),
            ("posture-head", "sí", Some("yes")),
            ("posture-head", "no sé", Some("unsure")),
            ("posture-head", "no", Some("no")),
            ("posture-head", "para nada", Some("no")),
        ],
    ),
    (
        "fr",
        &[
            ("alarm", "aucun", Some("none")),
            ("alarm", "rien de tout ça", Some("none")),
            ("alarm", "non", Some("none")),
            ("alarm", "douleur dans la poitrine", Some("chest")),
            ("alarm", "du mal a respirer", Some("breath")),
            ("alarm", "pas de douleur à la poitrine", None),
            ("warning", "fièvre", Some("fever")),
            ("where", "entre les omoplates", Some("blades")),
            ("course", "depuis quelques jours, ça va mieux", Some("better")),
            ("course", "quelques jours, toujours pareil", Some("same")),
            ("posture-head", "ouais", Some("yes")),
            ("posture-head", "je sais pas", Some("unsure")),
            ("posture-head", "non", Some("no")),
            ("posture-head", "je cours droit", Some("no")),
        ],
    ),
];

/// The options of a question as the user sees them, in `tag`.
fn offers(content: &Content, locales: &Locales, tag: &str, question: &str) -> Vec<(String, String)> {
    let q = content.questions.iter().find(|q| q.id == question).expect("question exists");
    q.choices
        .iter()
        .map(|c| {
            let label = q.label_id(c).map_or_else(|| c.id.clone(), |id| locales.format(tag, &Msg::new(id)));
            (c.id.clone(), label)
        })
        .collect()
}

#[test]
fn typed_answers_find_their_option_by_label_or_synonym_and_unclear_ones_give_none() {
    let (u, content, locales) = (understanding(), Content::built_in().expect("content"), locales());
    for (tag, table) in CHOICES {
        assert!(table.len() >= 8, "{tag}");
        let wrong: Vec<String> = table
            .iter()
            .filter_map(|(question, text, want)| {
                let options = offers(&content, &locales, tag, question);
                let shown: Vec<Offer> = options.iter().map(|(id, label)| Offer { id, label }).collect();
                let got = u.choose(tag, text, &shown).map(|i| options[i].0.as_str());
                (got != *want).then(|| format!("{question} {text:?}: wanted {want:?}, got {got:?}"))
            })
            .collect();
        assert!(wrong.is_empty(), "{tag}:\n{}", wrong.join("\n"));
    }
}

#[test]
fn two_options_that_fit_equally_give_none() {
    let u = understanding();
    let options = [Offer { id: "a", label: "Left side" }, Offer { id: "b", label: "Right side" }];
    assert_eq!(u.choose("en-US", "side", &options), None);
    assert_eq!(u.choose("en-US", "left side", &options), Some(0));
    assert_eq!(u.choose("en-US", "the rigth side", &options), Some(1));
    assert_eq!(u.choose("en-US", "anything", &[]), None);
}

// ------------------------------------------------------------------ search

/// Typed questions and the document that answers them, per language.
const QUESTIONS: &[(&str, &[(&str, &str)])] = &[
    (
        "en-US",
        &[
            ("how long should I hold a stretch?", "faq-hold"),
            ("How long do I hold each stretch", "faq-hold"),
            ("how hard should I foam roll", "faq-foam"),
            ("how long should i foam roll for?", "faq-foam"),
            ("how long should I practise belly breathing", "faq-breathing"),
            ("belly breathing, how many minutes?", "faq-breathing"),
            ("is it serious?", "faq-serious"),
            ("is upper back pain after running a sign of something serious", "faq-serious"),
            ("can my shoes cause back pain?", "faq-shoes"),
            ("should I run on grass or trails?", "faq-surface"),
            ("will changing my cadence help", "faq-cadence"),
            ("what about my cadance", "faq-cadence"),
            ("which exercises help prevent it", "faq-exercises"),
            ("can skipping stretches make it worse", "faq-stretching"),
            ("show me the stretch routine", "stretch"),
            ("does massage or physio help", "tip-therapy"),
            ("should I get my running form checked", "tip-form"),
        ],
    ),
    (
        "de",
        &[
            ("wie lange soll ich dehnen", "faq-hold"),
            ("Wie lange halte ich eine Dehnung?", "faq-hold"),
            ("wie fest soll ich mit der Faszienrolle rollen", "faq-foam"),
            ("wie lange faszienrolle", "faq-foam"),
            ("wie lange soll ich Bauchatmung üben?", "faq-breathing"),
            ("ist das ernst?", "faq-serious"),
            ("sind Rückenschmerzen nach dem Laufen etwas Ernstes", "faq-serious"),
            ("können meine Schuhe schuld sein?", "faq-shoes"),
            ("spielt der Untergrund eine Rolle", "faq-surface"),
            ("hilft eine höhere Schrittfrequenz?", "faq-cadence"),
            ("welche Übungen helfen vorzubeugen", "faq-exercises"),
            ("wird es schlimmer, wenn ich das Dehnen auslasse", "faq-stretching"),
            ("zeig mir die Dehnroutine", "stretch"),
            ("hilft Massage oder Physiotherapie", "tip-therapy"),
        ],
    ),
    (
        "es",
        &[
            ("¿cuánto tiempo mantengo un estiramiento?", "faq-hold"),
            ("cuanto tiempo hay que mantener cada estiramiento", "faq-hold"),
            ("¿con cuánta fuerza uso el rodillo?", "faq-foam"),
            ("cuánto tiempo con el rodillo", "faq-foam"),
            ("¿cuánto tiempo practico la respiración abdominal?", "faq-breathing"),
            ("¿es grave?", "faq-serious"),
            ("¿el dolor de espalda al correr es algo grave?", "faq-serious"),
            ("¿las zapatillas pueden causar dolor?", "faq-shoes"),
            ("¿influye la superficie?", "faq-surface"),
            ("¿me ayuda cambiar la cadencia?", "faq-cadence"),
            ("¿qué ejercicios ayudan a prevenirlo?", "faq-exercises"),
            ("¿saltarme los estiramientos lo empeora?", "faq-stretching"),
            ("enséñame la rutina de estiramientos", "stretch"),
            ("¿los masajes o la fisioterapia ayudan?", "tip-therapy"),
        ],
    ),
    (
        "fr",
        &[
            ("combien de temps tenir un étirement ?", "faq-hold"),
            ("je dois tenir chaque étirement combien de temps", "faq-hold"),
            ("quelle pression pour le rouleau ?", "faq-foam"),
            ("combien de temps passer le rouleau", "faq-foam"),
            ("combien de temps pratiquer la respiration abdominale", "faq-breathing"),
            ("est-ce grave ?", "faq-serious"),
            ("une douleur dans le haut du dos après la course c'est grave", "faq-serious"),
            ("mes chaussures peuvent-elles causer ça ?", "faq-shoes"),
            ("le terrain compte-t-il ?", "faq-surface"),
            ("changer ma cadence peut aider ?", "faq-cadence"),
            ("quels exercices pour l'éviter", "faq-exercises"),
            ("sauter les étirements peut aggraver les choses ?", "faq-stretching"),
            ("montre-moi la routine d'étirements", "stretch"),
        ],
    ),
];

/// Texts the bot must not answer from what it knows, per language.
const OFF_TOPIC: &[(&str, &[&str])] = &[
    (
        "en-US",
        &[
            "hello",
            "what's the weather tomorrow",
            "asdf qwer",
            "I like pizza",
            "thanks!",
            "who are you?",
            "tell me a joke",
            "my cat is cute",
            "I ran 10k today",
            "can you help me",
            "how are you",
            "I love running",
            "running is fun",
            "good morning",
            "ok",
            "lol 😂",
            "what is the meaning of life",
            "where is the nearest parkrun",
        ],
    ),
    (
        "de",
        &[
            "hallo",
            "wie wird das Wetter morgen",
            "asdf qwer",
            "ich mag Pizza",
            "danke",
            "wer bist du?",
            "erzähl mir einen Witz",
            "meine Katze ist süß",
            "ich bin heute 10 km gelaufen",
            "kannst du mir helfen",
            "wie geht es dir",
            "ich liebe das Laufen",
            "guten Morgen",
            "ok",
            "wo ist der nächste Parkrun",
        ],
    ),
    (
        "es",
        &[
            "hola",
            "¿qué tiempo hará mañana?",
            "asdf qwer",
            "me gusta la pizza",
            "gracias",
            "¿quién eres?",
            "cuéntame un chiste",
            "mi gato es muy bonito",
            "hoy corrí 10 km",
            "¿me puedes ayudar?",
            "¿qué tal?",
            "me encanta correr",
            "buenos días",
            "vale",
            "¿dónde hay una carrera popular?",
        ],
    ),
    (
        "fr",
        &[
            "bonjour",
            "quel temps fera-t-il demain ?",
            "asdf qwer",
            "j'aime la pizza",
            "merci",
            "qui es-tu ?",
            "raconte-moi une blague",
            "mon chat est mignon",
            "j'ai couru 10 km aujourd'hui",
            "tu peux m'aider ?",
            "ça va ?",
            "j'adore courir",
            "bonne journée",
            "ok",
            "où est le prochain parkrun",
        ],
    ),
];

/// Questions that share too few words with their answer to be sure of it: they may go
/// unanswered (the bot shows its menu), but must never get a wrong answer.
const HARD: &[(&str, &str, &str)] = &[
    ("en-US", "are my old shoes the problem", "faq-shoes"),
    ("fr", "est-ce que la kiné ou les massages aident", "tip-therapy"),
    ("de", "welche Übungen beugen dem vor", "faq-exercises"),
    ("es", "¿correr por asfalto es peor?", "faq-surface"),
];

#[test]
fn typed_questions_are_answered_with_the_right_text_in_every_language() {
    let (u, content, locales) = (understanding(), Content::built_in().expect("content"), locales());
    for (tag, table) in QUESTIONS {
        assert!(table.len() >= 12, "{tag}");
        let index = u.index(tag, knowledge::documents(&content, &locales, tag));
        let wrong: Vec<String> = table
            .iter()
            .filter_map(|(text, want)| {
                let got = index.best(text).map(|h| h.id);
                (got.as_deref() != Some(*want))
                    .then(|| format!("{text:?}: wanted {want}, got {got:?} ({:?})", index.confidence(text)))
            })
            .collect();
        assert!(wrong.is_empty(), "{tag}:\n{}", wrong.join("\n"));
    }
}

#[test]
fn off_topic_texts_get_no_answer_in_every_language() {
    let (u, content, locales) = (understanding(), Content::built_in().expect("content"), locales());
    for (tag, table) in OFF_TOPIC {
        assert!(table.len() >= 8, "{tag}");
        let index = u.index(tag, knowledge::documents(&content, &locales, tag));
        let answered: Vec<String> = table
            .iter()
            .filter_map(|text| {
                index.best(text).map(|h| format!("{text:?} → {} ({:?})", h.id, index.confidence(text)))
            })
            .collect();
        assert!(answered.is_empty(), "{tag}:\n{}", answered.join("\n"));
    }
}

#[test]
fn hard_paraphrases_are_never_answered_wrongly() {
    let (u, content, locales) = (understanding(), Content::built_in().expect("content"), locales());
    for (tag, text, want) in HARD {
        let index = u.index(tag, knowledge::documents(&content, &locales, tag));
        let ranked = index.search(text);
        assert_eq!(
            ranked.first().map(|h| h.id.as_str()),
            Some(*want),
            "{tag} {text:?} ranks its answer first"
        );
        if let Some(hit) = index.best(text) {
            assert_eq!(hit.id, *want, "{tag} {text:?}");
        }
    }
}

#[test]
fn search_ranks_best_first_and_leaves_out_documents_without_a_shared_word() {
    let u = understanding();
    let docs = vec![
        Doc {
            id: "shoes".into(),
            title: "Can my shoes cause pain?".into(),
            body: "Worn shoes change how you land.".into(),
        },
        Doc {
            id: "cadence".into(),
            title: "Will cadence help?".into(),
            body: "Quicker steps land softer than worn ones.".into(),
        },
        Doc { id: "water".into(), title: "Should I drink more?".into(), body: "Yes, steadily.".into() },
    ];
    let index = u.index("en-US", docs);
    let hits = index.search("worn shoes");
    let ids: Vec<&str> = hits.iter().map(|h| h.id.as_str()).collect();
    assert_eq!(ids, ["shoes", "cadence"]);
    assert!(hits[0].score > hits[1].score);
    assert!(index.search("pizza").is_empty());
    assert_eq!(index.best("pizza"), None);
}

#[test]
fn the_knowledge_documents_are_the_texts_the_bot_shows() {
    let (content, locales) = (Content::built_in().expect("content"), locales());
    let docs = knowledge::documents(&content, &locales, "fr");
    assert_eq!(docs.len(), content.faq.len() + content.tips.len() + 1);
    let hold = docs.iter().find(|d| d.id == "faq-hold").expect("the new FAQ entry is there");
    assert_eq!(hold.title, locales.format("fr", &Msg::new("faq-hold-question")));
    assert_eq!(hold.body, locales.format("fr", &Msg::new("faq-hold-answer")));
    let routine = docs.iter().find(|d| d.id == knowledge::STRETCH).expect("the routine is there");
    assert_eq!(routine.title, locales.format("fr", &Msg::new("stretch-head")));
    assert!(routine.body.contains("30 s"), "the routine is rendered with its numbers: {}", routine.body);
}

// ------------------------------------------------------------------ robustness

#[test]
fn garbage_emoji_rtl_text_and_huge_messages_return_quickly_without_panicking() {
    let u = understanding();
    let (content, locales) = (Content::built_in().expect("content"), locales());
    let index = u.index("en-US", knowledge::documents(&content, &locales, "en-US"));
    let mut garbage = String::new();
    let mut x: u32 = 12345;
    while garbage.chars().count() < 4096 {
        x = x.wrapping_mul(1_103_515_245).wrapping_add(12345);
        garbage.push(char::from_u32(0x21 + (x >> 8) % 0x2FF0).unwrap_or('?'));
        if x % 7 == 0 {
            garbage.push(' ');
        }
    }
    let texts = [
        garbage,
        "🏃‍♀️🔥💥🫁❤️‍🩹".repeat(600),
        "أشعر بألم في صدري ولا أستطيع التنفس ".repeat(100),
        "כואב לי בחזה ".repeat(300),
        "pain ".repeat(10_000),
        "chest ".repeat(10_000),
        "no ".repeat(5_000) + &"chest pain, ".repeat(5_000),
        "'''’’’---///,,,".repeat(500),
        "a".repeat(50_000),
        "7/10 ".repeat(3_000),
    ];
    let options = [Offer { id: "none", label: "None of these" }, Offer { id: "chest", label: "Chest pain" }];
    let started = Instant::now();
    for text in &texts {
        for tag in ["en-US", "de", "es", "fr", "??"] {
            let _ = u.red_flags(tag, text);
            let _ = u.score(tag, text);
            let _ = u.choose(tag, text, &options);
        }
        let _ = index.search(text);
        let _ = index.best(text);
    }
    let elapsed = started.elapsed();
    assert!(elapsed < Duration::from_secs(20), "took {elapsed:?}");
    // Safety does not stop at the first thousand words.
    assert_eq!(u.red_flags("en-US", &("fine ".repeat(2_000) + "and now chest pain")), [Chest]);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]
    #[test]
    fn any_text_is_read_without_panicking(text in "\\PC{0,200}") {
        let u = understanding();
        for tag in ["en-US", "de", "es", "fr"] {
            let _ = u.red_flags(tag, &text);
            if let Some(s) = u.score(tag, &text) {
                prop_assert!(s <= 10);
            }
            let _ = u.choose(tag, &text, &[Offer { id: "yes", label: "Yes" }, Offer { id: "no", label: "No" }]);
        }
    }
}

// ------------------------------------------------------------------ the lexicon files

#[test]
fn every_locale_has_a_lexicon_and_every_lexicon_a_locale() {
    let locales = locales();
    let mut with_text = locales.tags();
    with_text.sort_unstable();
    let u = understanding();
    let mut lexicons = u.tags();
    lexicons.sort_unstable();
    assert_eq!(lexicons, with_text);
}

#[test]
fn a_club_s_own_lexicon_is_checked_like_the_built_in_ones() {
    let broken =
        "stemmer = \"english\"\nnegations = []\nclause_breaks = []\n[score]\nnumbers = []\n[signs]\n";
    let err =
        Understanding::from_sources([("en-US", broken)]).err().map(|e| e.to_string()).unwrap_or_default();
    assert!(err.contains("sign \"chest\" has 0 phrases"), "{err}");
    let err = Understanding::from_sources([]).err();
    assert_eq!(err, Some(UnderstandingError::Empty));
}
