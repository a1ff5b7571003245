# Routines de groupe et rappels.

moderators-only = Désolé, seuls les administrateurs et modérateurs du groupe peuvent faire ça. Rien n’a été modifié.

button-done = ✅ Fait
done-counted = ✅ C’est compté, bravo !
done-already = Tu l’as déjà coché ✅
done-counted-streak = ✅ C’est compté : { $streak } séances du club d’affilée 🔥
routine-posted = ✅ Publiée pour le club.
routine-count = { $count ->
        [0] Personne ne l’a encore cochée. Touche « Fait » quand c’est bon !
        [one] Une personne s’est déjà étirée. 💪
       *[other] { $count } personnes se sont déjà étirées. 💪
    }

weekday-mon = lun.
weekday-tue = mar.
weekday-wed = mer.
weekday-thu = jeu.
weekday-fri = ven.
weekday-sat = sam.
weekday-sun = dim.

schedule-daily = Tous les jours à { $time } ({ $zone })
schedule-weekly = Chaque { $days } à { $time } ({ $zone })
schedule-once = Une seule fois, le { $date } à { $time } ({ $zone })

remind-usage =
    Dis-moi quand, par exemple comme ça :
    /remind daily 08:00 Europe/Paris
    /remind checkin mon,wed,fri 07:30 Europe/Paris
    /remind 2026-12-24 10:00 Europe/Paris prends ton tapis
    Commence par « checkin » pour un rappel de suivi plutôt que d’étirements. Je retiens ton fuseau horaire après la première fois.
remind-usage-group =
    Dis-moi quand, par exemple comme ça :
    /remind tue,thu 19:30 Europe/Paris après la sortie du club
    /remind 2026-12-24 10:00 Europe/Paris
    Les jours vont de mon à sun (ou « daily »), l’heure est au format 24 h, et le fuseau horaire est un nom du type Région/Ville.
remind-bad-days = Je n’ai pas compris les jours. Utilise mon,tue,… ou « daily », ou une date comme 2026-12-24.
remind-bad-time = Je n’ai pas compris l’heure. Utilise le format 24 h, comme 19:30.
remind-bad-zone = Je ne connais pas le fuseau horaire « { $zone } ». Utilise un nom comme Europe/Paris ou America/Montreal.
remind-no-zone = Dans quel fuseau horaire es-tu ? Indique-le une fois, par exemple Europe/Paris, et je m’en souviendrai.
remind-past = Cette date et cette heure sont déjà passées.
remind-set = ⏰ Rappel créé ! Le premier arrivera le { $next }.

reminders-empty = Il n’y a pas encore de rappels ici.
reminders-head = ⏰ Les rappels d’ici :
reminder-line = #{ $n } · { $kind }
reminder-kind-stretch = étirements
reminder-kind-checkin = suivi
reminder-next = Prochain : { $next }
reminder-paused = En pause
reminder-finished = Terminé (c’était un rappel unique)
reminder-gone = Arrêté : je ne peux plus publier dans cette discussion ({ $detail }).
reminder-note = 📝 { $note }
button-pause-reminder = ⏸ Suspendre #{ $n }
button-resume-reminder = ▶ Reprendre #{ $n }
button-remove-reminder = 🗑 Supprimer #{ $n }

reminder-stretch = 🔔 C’est l’heure de s’étirer ! Le haut de ton dos te dira merci.
reminder-checkin = 🔔 C’est l’heure d’un petit suivi : comment va ton dos aujourd’hui ?

option-remind-when = Jours et heure, par ex. tue,thu 19:30 Europe/Paris
option-remind-note = Une courte note à ajouter au rappel
option-remind-role = Un rôle à mentionner (jamais tout le monde)
option-leaderboard-choice = Afficher ton nom dans les stats du club, ou pas
option-leaderboard-on = oui : afficher mon nom
option-leaderboard-off = non : me compter sans nom

# /clubstats et /leaderboard : combien le club s’étire, compté d’après les appuis sur Fait.
clubstats-head = 📊 Les étirements du club, d’après les appuis sur ✅ Fait :
clubstats-this-week = Cette semaine : { $members ->
        [one] un membre s’est étiré
       *[other] { $members } membres se sont étirés
    }, { $sessions ->
        [one] une séance publiée
       *[other] { $sessions } séances publiées
    }.
clubstats-last-week = La semaine dernière : { $members ->
        [one] un membre s’est étiré
       *[other] { $members } membres se sont étirés
    }, { $sessions ->
        [one] une séance publiée
       *[other] { $sessions } séances publiées
    }.
clubstats-regulars = Les plus assidus des 8 dernières semaines :
clubstats-regular = 🏅 { $name } · { $count ->
        [one] une fois
       *[other] { $count } fois
    }
clubstats-anonymous = { $count ->
        [one] …et une personne assidue de plus qui préfère rester anonyme.
       *[other] …et { $count } personnes assidues de plus qui préfèrent rester anonymes.
    }
clubstats-leaderboard-hint = Chaque membre peut mettre son nom sur cette liste avec /leaderboard oui (et le retirer avec /leaderboard non).
clubstats-empty = Pas encore de séance du club ces 8 dernières semaines. Publie-en une avec /routine ou programme un rappel d’étirements, et les appuis sur Fait apparaîtront ici.
clubstats-in-group = Les stats concernent un club : demande-les dans le groupe ou le serveur de ton club.
leaderboard-on = 🏅 C’est noté, ton nom apparaît dans les stats de ce club sous { $name }. /leaderboard non le retire.
leaderboard-off = C’est noté, tu es compté·e dans les stats du club sans ton nom.
leaderboard-usage = Écris /leaderboard oui pour afficher ton nom dans les stats de ce club, ou /leaderboard non pour être compté·e sans. Tant que tu ne dis rien, il n’apparaît pas.
leaderboard-in-group = Le classement appartient à un club : écris /leaderboard oui dans le groupe ou le serveur de ton club.
