# Gruppenroutinen und Erinnerungen.

moderators-only = Tut mir leid, das dürfen nur die Admins und Moderatoren der Gruppe. Es wurde nichts geändert.

button-done = ✅ Erledigt
done-counted = ✅ Gezählt – stark!
done-already = Das hast du schon abgehakt ✅
routine-posted = ✅ Für den Verein gepostet.
routine-count = { $count ->
        [0] Noch hat niemand abgehakt. Tippe auf „Erledigt“, wenn du fertig bist!
        [one] Eine Person hat schon gedehnt. 💪
       *[other] { $count } Leute haben schon gedehnt. 💪
    }

weekday-mon = Mo
weekday-tue = Di
weekday-wed = Mi
weekday-thu = Do
weekday-fri = Fr
weekday-sat = Sa
weekday-sun = So

schedule-daily = Jeden Tag um { $time } ({ $zone })
schedule-weekly = Jeden { $days } um { $time } ({ $zone })
schedule-once = Einmalig am { $date } um { $time } ({ $zone })

remind-usage =
    Sag mir, wann – zum Beispiel so:
    /remind daily 08:00 Europe/Berlin
    /remind checkin mon,wed,fri 07:30 Europe/Berlin
    /remind 2026-12-24 10:00 Europe/Berlin Matte mitbringen
    Beginne mit „checkin“ für eine Check-in-Erinnerung statt einer zum Dehnen. Deine Zeitzone merke ich mir nach dem ersten Mal.
remind-usage-group =
    Sag mir, wann – zum Beispiel so:
    /remind tue,thu 19:30 Europe/Berlin nach dem Vereinslauf
    /remind 2026-12-24 10:00 Europe/Berlin
    Tage sind mon bis sun (oder „daily“), die Uhrzeit im 24-Stunden-Format, die Zeitzone ein Name wie Region/Stadt.
remind-bad-days = Die Tage konnte ich nicht lesen. Nimm mon,tue,… oder „daily“ oder ein Datum wie 2026-12-24.
remind-bad-time = Die Uhrzeit konnte ich nicht lesen. Nimm das 24-Stunden-Format, etwa 19:30.
remind-bad-zone = Die Zeitzone „{ $zone }“ kenne ich nicht. Nimm einen Namen wie Europe/Berlin oder America/New_York.
remind-no-zone = In welcher Zeitzone bist du? Gib sie einmal an, etwa Europe/Berlin, dann merke ich sie mir.
remind-past = Dieser Zeitpunkt ist schon vorbei.
remind-set = ⏰ Erinnerung angelegt! Die erste kommt am { $next }.

reminders-empty = Hier gibt es noch keine Erinnerungen.
reminders-head = ⏰ Erinnerungen hier:
reminder-line = #{ $n } · { $kind }
reminder-kind-stretch = Dehnen
reminder-kind-checkin = Check-in
reminder-next = Nächste: { $next }
reminder-paused = Pausiert
reminder-finished = Erledigt (war einmalig)
reminder-gone = Gestoppt: Ich kann in diesem Chat nicht mehr posten ({ $detail }).
reminder-note = 📝 { $note }
button-pause-reminder = ⏸ #{ $n } pausieren
button-resume-reminder = ▶ #{ $n } fortsetzen
button-remove-reminder = 🗑 #{ $n } löschen

reminder-stretch = 🔔 Zeit zum Dehnen! Dein oberer Rücken wird es dir danken.
reminder-checkin = 🔔 Zeit für ein kurzes Check-in: Wie fühlt sich dein Rücken heute an?

option-remind-when = Tage und Uhrzeit, z. B. tue,thu 19:30 Europe/Berlin
option-remind-note = Eine kurze Notiz zur Erinnerung
option-remind-role = Eine Rolle, die erwähnt wird (nie alle)
