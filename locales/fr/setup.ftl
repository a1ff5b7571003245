# Installer le bot dans un club : ce qu’il dit une seule fois dans un groupe ou un serveur qui vient de l’ajouter.

group-welcome =
    Salut tout le monde, moi c’est upback 👋 J’aide les coureurs et coureuses à comprendre pourquoi le haut du dos fait mal après la course, et quoi faire pour y remédier. Je suis un bot, pas un médecin.

    Pour tout le monde : /start lance un petit bilan rien que pour toi, /checkin note comment va ton dos, /faq, /tips et /stretch répondent directement ici, et /leaderboard oui affiche ton nom dans les stats du club. Ou mentionne-moi avec une question.

    Pour les modérateurs : /routine publie la routine d’étirements avec un bouton ✅ Fait, /remind crée les rappels d’étirement du club (par ex. /remind tue,thu 19:30 Europe/Paris) et /clubstats montre à quel point le club s’étire. /help affiche tout.
