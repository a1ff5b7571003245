# Les images et fichiers que le bot remet : le graphique de la douleur sous /history et après
# un suivi, le graphique du club sous /clubstats et le fichier de /export. Le texte des
# graphiques est dessiné en DejaVu Sans : rien que des lettres et de la ponctuation (pas
# d’emoji), et court ; ce qui dépasse est coupé par « … ».

# Un jour sous l’axe d’un graphique, en bref.
chart-day = { $day } { $month ->
        [1] janv.
        [2] févr.
        [3] mars
        [4] avr.
        [5] mai
        [6] juin
        [7] juil.
        [8] août
        [9] sept.
        [10] oct.
        [11] nov.
       *[12] déc.
    }

pain-chart-title = Ta douleur au haut du dos, { $days } derniers jours
pain-chart-axis = Douleur (0–10)
pain-chart-assessment = Bilan
pain-chart-red-flag = Signal d’alerte
pain-chart-checkin = Suivi
pain-chart-after-run = Suivi après une course
pain-chart-stretch = Étirements
pain-chart-trend = Tendance
# Le graphique en une phrase, pour qui ne peut pas le voir.
pain-chart-alt = { $trend ->
        [better] Graphique de ta douleur au haut du dos, de 0 à 10, sur les { $days } derniers jours : ça s’améliore.
        [steady] Graphique de ta douleur au haut du dos, de 0 à 10, sur les { $days } derniers jours : à peu près pareil.
        [worse] Graphique de ta douleur au haut du dos, de 0 à 10, sur les { $days } derniers jours : ça empire.
       *[none] Graphique de ta douleur au haut du dos, de 0 à 10, sur les { $days } derniers jours.
    }

club-chart-title = Appuis sur Fait par séance du club, { $weeks } dernières semaines
club-chart-axis = Membres ayant appuyé sur Fait
club-chart-alt = Diagramme en barres : combien de membres ont appuyé sur Fait à { $sessions ->
        [one] la seule séance du club
       *[other] chacune des { $sessions } séances du club
    } des { $weeks } dernières semaines ; au plus { $most } à une même séance.

export-file = 📄 Voici tout ce que je garde sur toi, dans un fichier JSON : { $assessments ->
        [0] aucun bilan
        [one] un bilan
       *[other] { $assessments } bilans
    }, { $checkins ->
        [0] aucun suivi
        [one] un suivi
       *[other] { $checkins } suivis
    } et tes réglages (langue, fuseau horaire, et si je garde un historique).

# In the terminal (upback chat) a picture or a file is written into the data directory; these
# lines say where. They are removed with everything else by /forget.
console-picture-saved = 🖼 { $alt } Enregistré sous { $path }
console-file-saved = 💾 Enregistré sous { $path }

# Under export-file, when the file holds more than checks, check-ins and settings.
export-also = Il contient aussi : { $items }.
