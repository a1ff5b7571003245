# Ce que dit le bot à la fin d'un bilan, lors d'un suivi et dans l'historique.

intro =
    Voyons ce qui se cache derrière ta gêne dans le haut du dos. Je vais te poser { $questions } petites questions : ça prend deux ou trois minutes, et tu peux revenir en arrière ou arrêter à tout moment.

    D’abord, quelques questions de sécurité.
progress = Question { $number } sur { $total }

red-flag-emergency =
    🚨 Arrête-toi ici et demande de l’aide médicale tout de suite.

    Ce que tu décris peut être le signe de quelque chose qu’un médecin doit voir aujourd’hui, pas d’un programme d’étirements. N’attends pas de voir si ça passe.
red-flag-professional =
    ⚠️ On met la partie « soins maison » de côté pour l’instant.

    Ce que tu m’as dit mérite d’être vu d’abord par un professionnel, avant ta prochaine séance difficile. Si ça s’aggrave d’un coup, ou s’il y a une douleur dans la poitrine, du mal à respirer, ou un engourdissement ou une faiblesse qui s’étend, consulte en urgence.

# Quoi faire, qui voir et dans quel délai, pour chaque signal d’alerte (ids dans assessment.toml).
referral-chest = Douleur, pression ou serrement dans la poitrine : appelle tout de suite le numéro d’urgence (112 en Europe, 911 en Amérique du Nord). Ne prends pas le volant toi-même.
referral-breath = Du mal à respirer, et ça ne passe pas : appelle tout de suite le numéro d’urgence (112 / 911) et reste assis bien droit en attendant.
referral-spread = Douleur qui s’étend au bras ou à la mâchoire : appelle tout de suite le numéro d’urgence (112 / 911) – ça peut venir du cœur.
referral-sweat = Sueurs, nausées ou peau moite avec la douleur : appelle tout de suite le numéro d’urgence (112 / 911).
referral-bladder = Perte de contrôle de la vessie ou des intestins : va tout de suite aux urgences. Les nerfs de ta colonne doivent être examinés aujourd’hui, pas la semaine prochaine.
referral-faint = Perte de connaissance, ou presque : appelle le numéro d’urgence, ou fais-toi conduire aux urgences tout de suite.
referral-fall = Ça a commencé après une chute ou un choc : consulte un médecin aujourd’hui ou demain pour écarter une blessure, et ne cours pas d’ici là.
referral-nerves = Engourdissement, fourmillements ou faiblesse dans un bras ou une jambe : consulte un médecin d’ici un ou deux jours. Si ça s’étend vite ou si tu perds de la force, va aux urgences.
referral-fever = De la fièvre ou des frissons avec le mal de dos : consulte un médecin d’ici un ou deux jours – aujourd’hui même si tu te sens vraiment mal.
referral-weight = Une perte de poids inexpliquée : prends rendez-vous chez ton médecin cette semaine.
referral-night = Une douleur la nuit ou au repos : consulte un médecin ou un kiné cette semaine. Une douleur liée à la course se calme en général au repos.
referral-worse = Une douleur qui ne cesse d’empirer : consulte un médecin ou un kiné d’ici quelques jours, et lève le pied sur la course d’ici là.
referral-long = Une douleur qui ne s’est pas calmée en plus de deux semaines : consulte un médecin ou un kiné d’ici une semaine.
referral-severe = Une douleur de 8 sur 10 ou plus : consulte un médecin d’ici un ou deux jours. Si elle est arrivée d’un coup, ou avec une gêne dans la poitrine ou du mal à respirer, appelle le 112 / 911.

factor-posture = Posture
factor-core = Gainage
factor-arm-swing = Balancement des bras
factor-breathing = Respiration
factor-fatigue = Fatigue musculaire
factor-hydration = Hydratation
    .and = { list-and }

level-likely = probable
level-possible = possible
level-unlikely = peu probable

result-head = Voici ce qui se passe selon moi, du plus probable au moins probable :
result-factor = { $rank }. { $factor } : { $level } ({ $score } %)
result-factor-why =
    { $rank }. { $factor } : { $level } ({ $score } %)
    { $reason }
result-unlikely = Moins probable pour toi : { $factors }.
result-nothing-stands-out = Rien ne ressort clairement de tes réponses. C’est plutôt une bonne nouvelle : il s’agit sans doute de courbatures ordinaires, qui passent avec un peu d’étirements, du repos et des footings tranquilles.
advice-head = Ce que j’essaierais :
result-score-meaning = Le % montre à quel point tes réponses pointent vers chaque cause. Ce n’est pas une probabilité médicale.
advice-held-back = J’ai laissé de côté les étirements et les exercices pour l’instant : fais-toi d’abord examiner, comme je te l’ai conseillé. Quand ce sera fait, dis-le-moi la prochaine fois que tu lances un bilan.
result-see-professional = Consulte un médecin ou un kiné si la douleur dure plus de deux semaines, s’aggrave, te réveille la nuit ou s’accompagne d’engourdissements, de fourmillements, de fièvre ou de symptômes dans la poitrine.

checkin-ask = Comment va le haut de ton dos aujourd’hui, de 0 (aucune gêne) à 10 (le pire imaginable) ?
checkin-after-run = { $severity } sur 10, d’accord. C’est après une course ?
checkin-noted = Compris : { $severity }/10{ $after_run ->
        [yes] {" "}après une course.
       *[no] , pas après une course.
    }
checkin-high = C’est une douleur importante. Si elle reste aussi forte, fais-la vérifier par un médecin ou un kiné.

trend-better = Tendance : ça s’améliore { $chart }
trend-steady = Tendance : à peu près pareil { $chart }
trend-worse = Tendance : ça empire { $chart } – si ça continue, fais-toi examiner.

history-head = Tes derniers bilans et suivis :
history-streak = 🔥 { $days } jours d’affilée avec des étirements. Continue comme ça !
stretched = 🙌 Bravo, étirements faits !
history-empty = Rien pour l’instant. Fais un bilan ou un petit suivi et je commencerai à tenir les comptes.
history-off = Tu m’utilises sans historique, donc il n’y a rien ici. Touche ci-dessous si tu veux que j’en tienne un.
history-unreadable = { $count ->
        [one] Un ancien enregistrement n’a pas pu être lu, je l’ai donc laissé de côté (il est toujours conservé).
       *[other] { $count } anciens enregistrements n’ont pas pu être lus, je les ai donc laissés de côté (ils sont toujours conservés).
    }
history-assessment = { $date } · bilan { $severity }/10 · le plus probable : { $factor }
history-assessment-nothing = { $date } · bilan { $severity }/10 · rien de marquant
history-assessment-professional = { $date } · bilan { $severity }/10 · conseil : consulter
history-assessment-emergency = { $date } · bilan · conseil : aide urgente
history-checked = { $date } · vu par un professionnel
history-checkin = { $date } · suivi { $severity }/10{ $kind ->
        [after-run] , après une course
        [stretch] , routine d’étirements faite
       *[other] {""}
    }

# /history while what the runner just did waits for their answer to "may I keep your history?"
# (the question follows).
history-waiting = { $count ->
        [one] Ce que tu viens de faire n’est pas encore dans ton historique : ça attend ta réponse juste en dessous.
       *[other] Les { $count } dernières choses que tu as faites ne sont pas encore dans ton historique : elles attendent ta réponse juste en dessous.
    }

# The intro when the answers decide how many questions there are (follow-ups open for what
# needs a closer look): as few and as many as it can be, so the counter never contradicts it.
intro-range =
    Voyons ce qui se cache derrière ta gêne dans le haut du dos. Je vais te poser entre { $least } et { $most } petites questions, selon tes réponses : ça prend deux ou trois minutes, et tu peux revenir en arrière ou arrêter à tout moment.

    D’abord, quelques questions de sécurité.
# The counter while answers still to come may close follow-ups: the most there can be, which
# only comes down (progress is the exact count).
progress-up-to = Question { $number } sur { $total } au maximum
