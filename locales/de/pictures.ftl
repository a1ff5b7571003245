# Die Bilder und Dateien des Bots: das Schmerzdiagramm unter /history und nach einem Check-in,
# das Vereinsdiagramm unter /clubstats und die /export-Datei. Diagrammtext wird in DejaVu Sans
# gezeichnet: nur Buchstaben und Satzzeichen (keine Emojis), und kurz – zu langer Text wird
# mit „…“ gekürzt.

# Ein Tag unter der Achse eines Diagramms, kurz.
chart-day = { $day }. { $month ->
        [1] Jan.
        [2] Feb.
        [3] März
        [4] Apr.
        [5] Mai
        [6] Juni
        [7] Juli
        [8] Aug.
        [9] Sept.
        [10] Okt.
        [11] Nov.
       *[12] Dez.
    }

pain-chart-title = Deine Schmerzen im oberen Rücken, letzte { $days } Tage
pain-chart-axis = Schmerz (0–10)
pain-chart-assessment = Rücken-Check
pain-chart-red-flag = Warnzeichen
pain-chart-checkin = Befinden
pain-chart-after-run = Befinden nach dem Lauf
pain-chart-stretch = Dehnroutine
pain-chart-trend = Tendenz
# Das Diagramm in einem Satz, für alle, die es nicht sehen können.
pain-chart-alt = { $trend ->
        [better] Diagramm deiner Schmerzen im oberen Rücken von 0 bis 10 in den letzten { $days } Tagen: wird besser.
        [steady] Diagramm deiner Schmerzen im oberen Rücken von 0 bis 10 in den letzten { $days } Tagen: ungefähr gleich.
        [worse] Diagramm deiner Schmerzen im oberen Rücken von 0 bis 10 in den letzten { $days } Tagen: wird schlechter.
       *[none] Diagramm deiner Schmerzen im oberen Rücken von 0 bis 10 in den letzten { $days } Tagen.
    }

club-chart-title = Erledigt-Klicks pro Vereinseinheit, letzte { $weeks } Wochen
club-chart-axis = Mitglieder mit „Erledigt“
club-chart-alt = Balkendiagramm: wie viele Mitglieder bei { $sessions ->
        [one] der einen Vereinseinheit
       *[other] jeder der { $sessions } Vereinseinheiten
    } der letzten { $weeks } Wochen auf Erledigt geklickt haben; die meisten bei einer Einheit: { $most }.

export-file = 📄 Hier ist alles, was ich über dich speichere, in einer JSON-Datei: { $assessments ->
        [0] keine Checks
        [one] ein Check
       *[other] { $assessments } Checks
    }, { $checkins ->
        [0] keine Check-ins
        [one] ein Check-in
       *[other] { $checkins } Check-ins
    } und deine Einstellungen (Sprache, Zeitzone, ob ich einen Verlauf führe).

# In the terminal (upback chat) a picture or a file is written into the data directory; these
# lines say where. They are removed with everything else by /forget.
console-picture-saved = 🖼 { $alt } Gespeichert unter { $path }
console-file-saved = 💾 Gespeichert unter { $path }

# Under export-file, when the file holds more than checks, check-ins and settings.
export-also = Außerdem findest du darin: { $items }.
