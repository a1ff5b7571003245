# Die Alltagswörter des Bots: Begrüßung, Menüs, Buttons, Fehler.

language-name = Deutsch
list-separator = {", "}
list-and = { $count ->
        [2] {" und "}
       *[other] {" und "}
    }

welcome = Hi, ich bin upback 👋 Ich helfe Läuferinnen und Läufern herauszufinden, warum der obere Rücken nach dem Laufen wehtut – und was dagegen hilft.
help =
    Das kann ich für dich tun:

    /start – ein kurzer Check, was hinter deinen Beschwerden steckt
    /checkin – notieren, wie sich dein Rücken heute anfühlt
    /history – deine bisherigen Checks und Check-ins mit Trend
    /faq – häufige Fragen
    /tips – sieben Tipps gegen einen verspannten oberen Rücken
    /stretch – eine Dehnroutine mit Haltezeiten
    /export – alles, was ich über dich speichere, als JSON
    /forget – alles löschen, was ich über dich speichere
    /language – meine Sprache wählen
    /privacy – was ich über dich speichere (du entscheidest)
    /remind – eine Erinnerung zum Dehnen oder für ein Check-in, z. B. /remind daily 08:00 Europe/Berlin
    /reminders – deine Erinnerungen
    /cancel – abbrechen, was wir gerade machen

    Für Moderatoren eines Lauftreffs: /routine postet die Dehnroutine in den Kanal, /remind legt die Erinnerungen des Vereins an (z. B. /remind tue,thu 19:30 Europe/Berlin), /reminders zeigt sie an.
not-a-doctor = Nur damit du Bescheid weißt: Ich bin ein Bot und keine Ärztin und kein Arzt. Ich kann dir beim Einordnen helfen, aber dich weder untersuchen noch eine Diagnose stellen.
welcome-back = Schön, dass du wieder da bist! Du warst mitten in einem Check – machen wir da weiter, wo du aufgehört hast.
free-text = Entschuldige, das habe ich nicht ganz verstanden. Ich beantworte Fragen zu einem verspannten oberen Rücken (schau in die häufigen Fragen), starte einen Check oder notiere, wie es dir heute geht. Ich lese kurze Nachrichten, keine langen Geschichten, und ich bin kein Arzt: Wenn dich etwas beunruhigt, lass dich bitte ärztlich untersuchen.
thanks-reply = Gern geschehen! Pass gut auf deinen Rücken auf, und melde dich jederzeit wieder.
bot-not-doctor = Nein, ich bin ein Bot, keine Ärztin und kein Arzt. Ich helfe dir herauszufinden, was hinter einem verspannten oberen Rücken nach dem Laufen stecken kann und was du ausprobieren kannst, aber ich kann dich nicht untersuchen und nichts diagnostizieren. Wenn dich etwas beunruhigt oder es nicht besser wird, geh bitte zu einer Ärztin, einem Arzt oder in die Physiotherapie.
not-what-you-asked = Nicht das, was du wissen wolltest? Vielleicht eine von diesen:
pick-several = Tippe alles an, was passt, dann auf „Weiter“.
pick-at-least-one = Wähl zuerst mindestens eine Antwort oder tippe auf „{ $none }“.
pick-at-least-one-plain = Wähl zuerst mindestens eine Antwort.
red-flag-ticked = Du hast oben etwas angekreuzt, das ich ernst nehmen muss, deshalb bleibt es angekreuzt. Passt es doch nicht, tippe es noch einmal an, um es abzuwählen; passt es, tippe auf Weiter.
toggle-on = ✅ { $label }
toggle-off = ▫️ { $label }
tap-a-button = Das habe ich nicht verstanden. Tippe auf eine der Antworten unten oder schick /cancel zum Abbrechen.
typed-noted = Notiert: „{ $answer }“.
non-text = Ich kann nur Textnachrichten lesen. Schick /help, um zu sehen, was ich kann.
too-long = Das ist mir etwas zu lang zum Lesen. Magst du dich kürzer fassen oder einen Button nehmen?
unknown-command = /{ $name } kenne ich nicht. Schick /help, um zu sehen, was ich kann.
go-private = Das ist persönlich, darum lieber nicht in der Gruppe. Tippe unten, um privat mit mir zu schreiben.
trouble = Entschuldige, bei mir ist etwas schiefgelaufen, und es wurde nichts geändert. Versuch es bitte gleich noch einmal.
trouble-saving = Entschuldige, bei mir ist etwas schiefgelaufen, und ich konnte nicht sicherstellen, dass das gespeichert ist. Versuch es bitte gleich noch einmal.
session-unreadable = Entschuldige, ich konnte nicht lesen, wo wir zuletzt stehen geblieben sind – wir fangen neu an. Dein Verlauf ist sicher.
button-expired = Dieser Button ist abgelaufen oder gehört nicht mehr zu unserem Gespräch. Kein Problem – hier geht es weiter.
already-answered = Diese Frage hast du schon beantwortet. Hier sind wir gerade:
resume-offer = Du hast einen Check angefangen (du bist bei Frage { $number }). Weitermachen oder von vorn beginnen?
cancelled-assessment = Okay, ich habe den Check abgebrochen. Davon wurde nichts gespeichert. Du kannst jederzeit neu starten.
cancelled = Okay, abgebrochen.
nothing-to-cancel = Gerade gibt es nichts abzubrechen.

forget-confirm = Damit löschst du alle deine Checks, Check-ins und Einstellungen – endgültig. Bist du sicher?
forget-done = Erledigt. Ich habe alles gelöscht, was ich über dich hatte.
forget-kept = Kein Problem, es bleibt alles, wie es war.

# Die Daten behalten: Ich frage, bevor ich irgendetwas speichere.
saved-to-history = Ich habe das in deinem Verlauf gespeichert.
not-kept = Das habe ich nicht gespeichert, wie du es wolltest: Dein Verlauf ist aus. Mit /privacy kannst du ihn jederzeit einschalten.
consent-ask = Bevor ich etwas speichere: Darf ich deine Checks, Check-ins und Einstellungen behalten? Sie liegen in der Datenbank dieses Bots, die dein Verein betreibt, damit du deinen Verlauf und Trend verfolgen kannst. /export zeigt dir alles, /forget löscht es; wenn du dich { $days } Tage lang nicht meldest, wird es ohnehin gelöscht.
privacy =
    🔒 Was ich speichere, wenn du es erlaubst: deine Checks, Check-ins und Einstellungen (Sprache, Zeitzone).
    Warum: damit du deinen Verlauf siehst und ob dein Rücken besser wird.
    Wo: nur in der Datenbank dieses Bots, die dein Verein betreibt. Nichts wird weitergegeben.
    Wie lange: bis du es mit /forget löschst, oder bis { $days } Tage nach deiner letzten Nachricht an mich.
    /export zeigt dir alles, was ich habe.
privacy-now-kept = Im Moment speichere ich deinen Verlauf.
privacy-now-off = Im Moment nutzt du mich ohne Verlauf: Ich zeige dir Ergebnisse, speichere sie aber nicht.
privacy-now-unasked = Du hast mir noch nicht gesagt, ob ich deinen Verlauf speichern darf, also habe ich noch keine Checks oder Check-ins gespeichert.
history-on = Okay, ab jetzt speichere ich deinen Verlauf.
history-on-saved = Okay, ich speichere deinen Verlauf. { $count ->
        [one] Was du gerade gemacht hast, habe ich auch gleich gespeichert.
       *[other] Deine letzten { $count } Einträge habe ich auch gleich gespeichert.
    }
history-turned-off = Okay, ich speichere keinen Verlauf. Checks funktionieren weiter, und ich zeige dir jedes Ergebnis. Was ich schon gespeichert habe, bleibt, bis du es mit /forget löschst.

# „Warst du dort?“ – vor dem nächsten Check oder Check-in nach einem Warnzeichen.
follow-up-ask = Am { $date } habe ich dir geraten, das ärztlich oder physiotherapeutisch abklären zu lassen. Hast du das gemacht?
follow-up-not-yet = Bitte lass es bald abklären. Bis dahin lasse ich Dehnungen und Übungen weg – Ruhe und sanfte Bewegung sind in Ordnung.

language-choose = Welche Sprache soll ich verwenden?
language-set = Alles klar, ab jetzt schreibe ich dir auf Deutsch.

button-start = 🩺 Check starten
button-checkin = 📝 Check-in
button-history = 📈 Mein Verlauf
button-faq = ❓ Häufige Fragen
button-tips = 💡 Tipps
button-stretch = 🧘 Dehnroutine
button-help = Hilfe
button-export = Meine Daten exportieren
button-forget = Meine Daten löschen
button-language = Sprache
button-cancel = ✖ Abbrechen
button-back = ← Zurück
button-why = Warum fragst du?
button-resume = ▶ Weitermachen
button-restart = ↺ Neu beginnen
button-after-run = Nach einem Lauf
button-not-after-run = Nicht nach einem Lauf
button-go-private = 🔒 Privat schreiben
button-forget-yes = Ja, alles löschen
button-forget-no = Nein, behalten
button-language-auto = Sprache meiner App
button-next = Weiter ➜
button-privacy = 🔒 Datenschutz
button-keep-history = ✅ Ja, Verlauf speichern
button-no-history = Ohne Verlauf nutzen
button-checked-yes = ✅ Ja, hab’s abklären lassen
button-checked-not-yet = Noch nicht

# Das Befehlsmenü jeder Plattform.
command-start = Finde heraus, warum dein oberer Rücken wehtut
command-checkin = Notieren, wie sich dein Rücken heute anfühlt
command-history = Deine Checks und Check-ins mit Trend
command-faq = Häufige Fragen
command-tips = Sieben Tipps gegen einen verspannten oberen Rücken
command-stretch = Eine Dehnroutine mit Haltezeiten
command-export = Alles, was ich über dich speichere, als JSON
command-forget = Alles löschen, was ich über dich speichere
command-language = Meine Sprache wählen
command-privacy = Was ich über dich speichere (du entscheidest)
command-help = Was ich kann
command-cancel = Abbrechen, was wir gerade machen
command-routine = Die Dehnroutine für die Gruppe posten (Moderatoren)
command-remind = Eine Erinnerung zum Dehnen oder Check-in anlegen
command-reminders = Erinnerungen anzeigen, pausieren oder löschen
command-clubstats = Dehn-Statistik dieses Vereins (Moderation)
command-leaderboard = Deinen Namen in der Vereinsstatistik zeigen oder nicht
button-routine = 🧘 Routine posten
button-remind = ⏰ Erinnerung anlegen
button-reminders = ⏰ Erinnerungen
button-clubstats = 📊 Vereinsstatistik
button-leaderboard = 🏅 Bestenliste
button-stretched = ✅ Geschafft

# Datum und Uhrzeit in der üblichen Schreibweise.
date = { $day }.{ $month }.{ $year }
datetime = { $date }, { $time } Uhr

# Befehlsnamen, wo eine Plattform sie übersetzt (Discord).
command-name-start = check
command-name-checkin = befinden
command-name-history = verlauf
command-name-faq = fragen
command-name-tips = tipps
command-name-stretch = dehnen
command-name-export = exportieren
command-name-forget = vergessen
command-name-language = sprache
command-name-privacy = datenschutz
command-name-help = hilfe
command-name-cancel = abbrechen
command-name-routine = gruppenroutine
command-name-remind = erinnern
command-name-reminders = erinnerungen
command-name-clubstats = vereinsstatistik
command-name-leaderboard = bestenliste

# /privacy and /export: what the database holds about the runner right now, one item each,
# joined into one sentence (list-separator).
privacy-kept-now = Das habe ich gerade über dich gespeichert: { $items }.
privacy-kept-nothing = Sonst ist gerade nichts über dich gespeichert.
kept-history = deine Checks und Check-ins (siehe /history)
kept-pending = was du gerade gemacht hast (bis du mir sagst, ob ich deinen Verlauf speichern darf)
kept-open-check = deinen noch nicht beendeten Check (damit du weitermachen kannst)
kept-open-checkin = dein noch nicht beendetes Check-in
kept-reminder = deine Erinnerung (siehe /reminders)
kept-reminders = deine Erinnerungen (siehe /reminders)
kept-club-reminders = die von dir eingerichteten Vereins-Erinnerungen (mit deinem Namen)
kept-zone = deine Zeitzone
kept-language = die Sprache, die du gewählt hast
kept-leaderboard = den Namen, unter dem du in der Vereinsstatistik erscheinst
kept-presses = deine Klicks auf „Erledigt“ unter den Dehnroutinen des Vereins
kept-unreadable = ältere Einträge, die ich nicht mehr lesen kann (aufbewahrt, nicht gelöscht)

# A number off the 0-10 scale typed for a score (the check-in's question or the check's pain
# question, which follows).
off-the-scale = Das liegt außerhalb der Skala: Sie geht von 0 bis 10. Tippe unten auf die passende Zahl oder schick /cancel zum Abbrechen.
scale-not-a-measure = Das klingt nach einer Dauer, einer Strecke oder einer Anzahl, nicht danach, wie stark es wehtut. Hier brauche ich eine Zahl von 0 bis 10: 0 heißt gar keine Schmerzen, 10 die schlimmsten, die du dir vorstellen kannst. Tippe unten auf die passende Zahl oder schick /cancel zum Abbrechen.
