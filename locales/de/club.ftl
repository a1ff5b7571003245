# Gruppenroutinen und Erinnerungen.

moderators-only = Tut mir leid, das dürfen nur die Admins und Moderatoren der Gruppe. Es wurde nichts geändert.

button-done = ✅ Erledigt
done-counted = ✅ Gezählt – stark!
done-already = Das hast du schon abgehakt ✅
done-counted-streak = ✅ Gezählt – das sind { $streak } Vereinseinheiten in Folge 🔥
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
option-leaderboard-choice = Deinen Namen in der Vereinsstatistik zeigen oder nicht
option-leaderboard-on = an: meinen Namen zeigen
option-leaderboard-off = aus: ohne Namen mitzählen

# /clubstats und /leaderboard: wie viel der Verein dehnt, gezählt aus den Erledigt-Klicks.
clubstats-head = 📊 Dehnen im Verein, aus den ✅-Erledigt-Klicks:
clubstats-this-week = Diese Woche: { $members ->
        [one] ein Mitglied hat
       *[other] { $members } Mitglieder haben
    } gedehnt, { $sessions ->
        [one] eine Einheit gepostet
       *[other] { $sessions } Einheiten gepostet
    }.
clubstats-last-week = Letzte Woche: { $members ->
        [one] ein Mitglied hat
       *[other] { $members } Mitglieder haben
    } gedehnt, { $sessions ->
        [one] eine Einheit gepostet
       *[other] { $sessions } Einheiten gepostet
    }.
clubstats-regulars = Am regelmäßigsten in den letzten 8 Wochen:
clubstats-regular = 🏅 { $name } · { $count ->
        [one] einmal
       *[other] { $count }-mal
    }
clubstats-anonymous = { $count ->
        [one] …und noch jemand Regelmäßiges, der lieber ungenannt bleibt.
       *[other] …und { $count } weitere Regelmäßige, die lieber ungenannt bleiben.
    }
clubstats-leaderboard-hint = Mit /leaderboard an kommt dein Name auf diese Liste (mit /leaderboard aus wieder runter).
clubstats-empty = In den letzten 8 Wochen gab es noch keine Vereinseinheit. Poste eine mit /routine oder stell eine Dehn-Erinnerung ein, dann tauchen die Erledigt-Klicks hier auf.
clubstats-in-group = Die Vereinsstatistik gehört zu einer Gruppe: frag in der Gruppe oder auf dem Server deines Vereins danach.
leaderboard-on = 🏅 Alles klar, dein Name steht in der Statistik dieses Vereins als { $name }. Mit /leaderboard aus nimmst du ihn wieder raus.
leaderboard-off = Alles klar, du wirst in der Vereinsstatistik ohne Namen gezählt.
leaderboard-usage = Mit /leaderboard an zeigst du deinen Namen in der Statistik dieses Vereins, mit /leaderboard aus wirst du ohne ihn gezählt. Bis du etwas sagst, bleibt er weg.
leaderboard-in-group = Die Bestenliste gehört zu einem Verein: schreib /leaderboard an in der Gruppe oder auf dem Server deines Vereins.
