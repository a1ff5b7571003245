# Ce que dit le bot à la fin d'un bilan, lors d'un suivi et dans l'historique.

intro =
    Voyons ce qui se cache derrière ta gêne dans le haut du dos. Je vais te poser environ { $questions } petites questions : ça prend deux ou trois minutes, et tu peux revenir en arrière ou arrêter à tout moment.

    D’abord, quelques questions de sécurité.
progress = Question { $number } sur environ { $about }

red-flag-emergency =
    🚨 Arrête-toi ici et demande de l’aide médicale tout de suite.

    Ce que tu décris peut être le signe de quelque chose qu’un médecin doit voir aujourd’hui, pas d’un programme d’étirements. Appelle les urgences (112 en Europe, 911 en Amérique du Nord) ou fais-toi conduire aux urgences. N’attends pas de voir si ça passe.
red-flag-professional =
    ⚠️ On met la partie « soins maison » de côté pour l’instant.

    Ce que tu m’as dit mérite d’être vu rapidement par un médecin ou un kiné, idéalement dans les prochains jours et avant ta prochaine séance difficile. Si ça s’aggrave d’un coup, ou s’il y a une douleur dans la poitrine, un essoufflement, un engourdissement ou une faiblesse qui s’étend, consulte en urgence.
red-flag-you-said = Tu m’as dit : « { $answer } ».
red-flag-you-said-severity = Tu as noté ta douleur { $severity } sur 10.
saved-to-history = Je l’ai enregistré dans ton historique.

factor-posture = Posture
factor-core = Gainage
factor-arm-swing = Balancement des bras
factor-breathing = Respiration
factor-fatigue = Fatigue musculaire
factor-hydration = Hydratation

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
result-see-professional = Consulte un médecin ou un kiné si la douleur dure plus de deux semaines, s’aggrave, te réveille la nuit ou s’accompagne d’engourdissements, de fourmillements, de fièvre ou de symptômes dans la poitrine.

checkin-ask = Comment va le haut de ton dos aujourd’hui, de 0 (aucune gêne) à 10 (le pire imaginable) ?
checkin-after-run = { $severity } sur 10, c’est noté. C’est après une course ?
checkin-saved = Enregistré : { $severity }/10{ $after_run ->
        [yes] {" "}après une course.
       *[no] , pas après une course.
    }
checkin-high = C’est une douleur importante. Si elle reste aussi forte, fais-la vérifier par un médecin ou un kiné.

trend-better = Tendance : ça s’améliore { $chart }
trend-steady = Tendance : à peu près pareil { $chart }
trend-worse = Tendance : ça empire { $chart } – si ça continue, fais-toi examiner.

history-head = Tes derniers bilans et suivis :
history-empty = Rien pour l’instant. Fais un bilan ou un petit suivi et je commencerai à tenir les comptes.
history-unreadable = { $count ->
        [one] Un ancien enregistrement n’a pas pu être lu, je l’ai donc laissé de côté (il est toujours conservé).
       *[other] { $count } anciens enregistrements n’ont pas pu être lus, je les ai donc laissés de côté (ils sont toujours conservés).
    }
history-assessment = { $date } · bilan { $severity }/10 · le plus probable : { $factor }
history-assessment-nothing = { $date } · bilan { $severity }/10 · rien de marquant
history-assessment-professional = { $date } · bilan { $severity }/10 · conseil : consulter
history-assessment-emergency = { $date } · bilan · conseil : aide urgente
history-checkin = { $date } · suivi { $severity }/10{ $kind ->
        [after-run] , après une course
        [stretch] , routine d’étirements faite
       *[other] {""}
    }
