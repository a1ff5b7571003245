# Les mots de tous les jours du bot : accueil, menus, boutons, erreurs.

language-name = Français
list-separator = {", "}
list-and = { $count ->
        [2] {" et "}
       *[other] {" et "}
    }

welcome = Salut, moi c’est upback 👋 J’aide les coureurs et coureuses à comprendre pourquoi le haut du dos fait mal après la course, et quoi faire pour y remédier.
help =
    Voici ce que je sais faire :

    /start – un petit bilan de ce qui se cache derrière ta gêne
    /checkin – noter comment va ton dos aujourd’hui
    /history – tes bilans et suivis précédents, avec la tendance
    /faq – questions fréquentes
    /tips – sept conseils pour soulager le haut du dos
    /stretch – une routine d’étirements avec les temps de maintien
    /export – tout ce que je garde sur toi, en JSON
    /forget – effacer tout ce que je garde sur toi
    /language – choisir ma langue
    /privacy – ce que je garde sur toi (c’est toi qui choisis)
    /remind – un rappel pour t’étirer ou faire ton suivi, par ex. /remind daily 08:00 Europe/Paris
    /reminders – tes rappels
    /cancel – arrêter ce qu’on est en train de faire

    Pour les modérateurs d’un club : /routine publie la routine d’étirements dans le salon, /remind crée les rappels du club (par ex. /remind tue,thu 19:30 Europe/Paris), /reminders les affiche.
not-a-doctor = Pour que ce soit clair : je suis un bot, pas un médecin. Je peux t’aider à y voir plus clair, mais je ne peux ni t’examiner ni poser de diagnostic.
welcome-back = Content de te revoir ! Tu étais en plein bilan, on reprend là où tu t’étais arrêté.
free-text = Désolé, je n’ai pas bien compris. Je peux répondre à tes questions sur le haut du dos douloureux (jette un œil aux questions fréquentes), lancer un bilan ou noter comment tu te sens aujourd’hui. Je lis des messages courts, pas de longues histoires, et je ne suis pas médecin : si quelque chose t’inquiète, va consulter.
thanks-reply = Avec plaisir ! Prends soin de ton dos, et reviens quand tu veux.
bot-not-doctor = Non, je suis un bot, pas un médecin. Je peux t’aider à comprendre ce qui peut se cacher derrière un haut du dos douloureux après la course et ce que tu peux essayer, mais je ne peux ni t’examiner ni poser de diagnostic. Si quelque chose t’inquiète ou que ça ne s’améliore pas, va voir un médecin ou un kiné.
not-what-you-asked = Ce n’est pas ta question ? Peut-être l’une de celles-ci :
pick-several = Touche tout ce qui correspond, puis « Suivant ».
pick-at-least-one = Coche d’abord au moins une réponse, ou touche « { $none } ».
pick-at-least-one-plain = Coche d’abord au moins une réponse.
red-flag-ticked = Tu as coché plus haut quelque chose que je dois prendre au sérieux, alors je le garde coché. Si finalement ça ne te correspond pas, touche-le à nouveau pour le décocher ; sinon, touche Suivant.
toggle-on = ✅ { $label }
toggle-off = ▫️ { $label }
tap-a-button = Je n’ai pas compris. Touche une des réponses ci-dessous, ou envoie /cancel pour arrêter.
typed-noted = Noté : « { $answer } ».
non-text = Je ne sais lire que les messages texte. Envoie /help pour voir ce que je sais faire.
too-long = C’est un peu long pour moi. Tu peux faire plus court, ou choisir un bouton ?
unknown-command = Je ne connais pas /{ $name }. Envoie /help pour voir ce que je sais faire.
go-private = C’est personnel, alors évitons le groupe. Touche ci-dessous pour me parler en privé.
trouble = Désolé, quelque chose a coincé de mon côté et rien n’a été modifié. Réessaie dans un instant.
trouble-saving = Désolé, quelque chose a coincé de mon côté et je n’ai pas pu m’assurer que c’est bien enregistré. Réessaie dans un instant.
session-unreadable = Désolé, je n’ai pas pu relire où on s’était arrêtés, alors on repart de zéro. Ton historique est en sécurité.
button-expired = Ce bouton a expiré, ou je ne peux plus l’utiliser. Pas de souci : voici comment continuer.
already-answered = Tu as déjà répondu à celle-ci. Voilà où on en est :
resume-offer = Tu as un bilan en cours (tu en es à la question { $number }). On continue, ou on recommence depuis le début ?
cancelled-assessment = D’accord, j’ai arrêté le bilan. Rien n’en a été enregistré. Tu peux recommencer quand tu veux.
cancelled = D’accord, c’est annulé.
nothing-to-cancel = Il n’y a rien à annuler pour le moment.

forget-confirm = Cela efface définitivement tous tes bilans, suivis et réglages. Tu es sûr ?
forget-done = C’est fait. J’ai effacé tout ce que j’avais sur toi.
forget-kept = Pas de problème, j’ai tout laissé tel quel.

# Garder tes données : je te le demande avant d’enregistrer quoi que ce soit.
saved-to-history = Je l’ai enregistré dans ton historique.
not-kept = Je ne l’ai pas gardé, comme tu me l’as demandé : ton historique est désactivé. Tu peux l’activer quand tu veux avec /privacy.
consent-ask = Avant d’enregistrer quoi que ce soit : est-ce que je peux garder tes bilans, suivis et réglages ? Ils restent dans la base de données de ce bot, gérée par ton club, pour que tu puisses suivre ton historique et ta tendance. /export te montre tout et /forget l’efface ; après { $days } jours sans nouvelles de toi, c’est effacé de toute façon.
privacy =
    🔒 Ce que je garde, si tu es d’accord : tes bilans, suivis et réglages (langue, fuseau horaire).
    Pourquoi : pour que tu voies ton historique et si ton dos va mieux.
    Où : uniquement dans la base de données de ce bot, gérée par ton club. Rien n’est partagé.
    Combien de temps : jusqu’à ce que tu l’effaces avec /forget, ou jusqu’à { $days } jours après ton dernier message.
    /export te montre tout ce que j’ai.
privacy-now-kept = En ce moment, je garde ton historique.
privacy-now-off = En ce moment, tu m’utilises sans historique : je te montre les résultats, mais je ne les garde pas.
privacy-now-unasked = Tu ne m’as pas encore dit si je peux garder ton historique, donc je n’ai gardé aucun de tes bilans ni de tes suivis.
history-on = D’accord, je garde ton historique à partir de maintenant.
history-on-saved = D’accord, je garde ton historique. { $count ->
        [one] J’ai aussi enregistré ce que tu viens de faire.
       *[other] J’ai aussi enregistré les { $count } dernières choses que tu as faites.
    }
history-turned-off = D’accord, je ne garde pas d’historique. Les bilans marchent toujours et je te montre chaque résultat. Ce que j’avais déjà gardé reste là jusqu’à ce que tu l’effaces avec /forget.

# « Tu as consulté ? », avant le bilan ou le suivi qui suit un signal d’alerte.
follow-up-ask = Le { $date }, je t’ai conseillé de te faire examiner par un médecin ou un kiné. C’est fait ?
follow-up-not-yet = Fais-le vérifier bientôt, s’il te plaît. D’ici là, je laisse de côté les étirements et les exercices – tu peux te reposer et bouger en douceur.

language-choose = Quelle langue veux-tu que j’utilise ?
language-set = C’est noté, je te parle en français à partir de maintenant.

button-start = 🩺 Lancer un bilan
button-checkin = 📝 Suivi du jour
button-history = 📈 Mon historique
button-faq = ❓ Questions fréquentes
button-tips = 💡 Conseils
button-stretch = 🧘 Routine d’étirements
button-help = Aide
button-export = Exporter mes données
button-forget = Effacer mes données
button-language = Langue
button-cancel = ✖ Annuler
button-back = ← Retour
button-why = Pourquoi cette question ?
button-resume = ▶ Continuer
button-restart = ↺ Recommencer
button-after-run = Après une course
button-not-after-run = Pas après une course
button-go-private = 🔒 Parler en privé
button-forget-yes = Oui, tout effacer
button-forget-no = Non, garder
button-language-auto = La langue de mon appli
button-next = Suivant ➜
button-privacy = 🔒 Confidentialité
button-keep-history = ✅ OK, garde mon historique
button-no-history = Utiliser sans historique
button-checked-yes = ✅ Oui, c’est fait
button-checked-not-yet = Pas encore

# Le menu des commandes de chaque plateforme.
command-start = Découvre pourquoi le haut de ton dos fait mal
command-checkin = Note comment va ton dos aujourd’hui
command-history = Tes bilans et suivis, avec la tendance
command-faq = Questions fréquentes
command-tips = Sept conseils pour soulager le haut du dos
command-stretch = Une routine d’étirements avec les temps de maintien
command-export = Tout ce que je garde sur toi, en JSON
command-forget = Effacer tout ce que je garde sur toi
command-language = Choisir ma langue
command-privacy = Ce que je garde sur toi (c’est toi qui choisis)
command-help = Ce que je sais faire
command-cancel = Arrêter ce qu’on est en train de faire
command-routine = Publier la routine du groupe (modérateurs)
command-remind = Créer un rappel d’étirements ou de suivi
command-reminders = Voir, suspendre ou supprimer des rappels
command-clubstats = Les stats d’étirement du club (modération)
command-leaderboard = Afficher ton nom dans les stats du club, ou pas
button-routine = 🧘 Publier la routine
button-remind = ⏰ Créer un rappel
button-reminders = ⏰ Rappels
button-clubstats = 📊 Stats du club
button-leaderboard = 🏅 Classement
button-stretched = ✅ C’est fait

# Dates et heures dans l'ordre habituel.
date = { $day }/{ $month }/{ $year }
datetime = { $date } à { $time }

# Noms des commandes là où la plateforme les traduit (Discord).
command-name-start = bilan
command-name-checkin = suivi
command-name-history = historique
command-name-faq = questions
command-name-tips = conseils
command-name-stretch = étirements
command-name-export = exporter
command-name-forget = oublier
command-name-language = langue
command-name-privacy = confidentialité
command-name-help = aide
command-name-cancel = annuler
command-name-routine = routine-groupe
command-name-remind = rappel
command-name-reminders = rappels
command-name-clubstats = stats-club
command-name-leaderboard = classement

# /privacy and /export: what the database holds about the runner right now, one item each,
# joined into one sentence (list-separator).
privacy-kept-now = Voici ce que je garde sur toi en ce moment : { $items }.
privacy-kept-nothing = Je ne garde rien d’autre sur toi en ce moment.
kept-history = tes bilans et suivis (voir /history)
kept-pending = ce que tu viens de faire (jusqu’à ce que tu me dises si je peux garder ton historique)
kept-open-check = le bilan que tu n’as pas encore terminé (pour que tu puisses reprendre)
kept-open-checkin = le suivi que tu n’as pas encore terminé
kept-reminder = ton rappel (voir /reminders)
kept-reminders = tes rappels (voir /reminders)
kept-club-reminders = les rappels du club que tu as créés (ils portent ton nom)
kept-zone = ton fuseau horaire
kept-language = la langue que tu as choisie
kept-leaderboard = le nom sous lequel tu apparais dans les stats du club
kept-presses = tes clics sur « Fait » sous les routines d’étirement du club
kept-unreadable = d’anciens enregistrements que je n’arrive plus à lire (gardés, pas effacés)

# A number off the 0-10 scale typed for a score (the check-in's question or the check's pain
# question, which follows).
off-the-scale = C’est hors de l’échelle : elle va de 0 à 10. Touche le nombre qui convient ci-dessous, ou envoie /cancel pour arrêter.
scale-not-a-measure = On dirait une durée, une distance ou un nombre de fois, pas l’intensité de la douleur. Ici, il me faut un nombre de 0 à 10 : 0, aucune douleur ; 10, la pire que tu puisses imaginer. Touche le nombre qui convient ci-dessous, ou envoie /cancel pour arrêter.
