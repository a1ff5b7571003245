# Was der Bot am Ende eines Checks, beim Check-in und im Verlauf sagt.

intro =
    Finden wir heraus, was hinter deinem verspannten oberen Rücken steckt. Ich stelle dir { $questions } kurze Fragen – das dauert zwei, drei Minuten, und du kannst jederzeit zurückgehen oder aufhören.

    Zuerst ein paar Fragen zu deiner Sicherheit.
progress = Frage { $number } von { $total }

red-flag-emergency =
    🚨 Bitte hör hier auf und hol dir sofort ärztliche Hilfe.

    Was du beschreibst, kann ein Zeichen für etwas sein, das heute noch ärztlich abgeklärt werden muss – nicht für einen Dehnplan. Bitte warte nicht ab, ob es vorbeigeht.
red-flag-professional =
    ⚠️ Die Selbsthilfe lassen wir an dieser Stelle lieber ruhen.

    Was du mir erzählt hast, sollte erst fachlich abgeklärt werden, bevor du das nächste Mal hart läufst. Wenn es plötzlich schlimmer wird oder Brustschmerzen, Atemnot oder eine sich ausbreitende Taubheit oder Schwäche dazukommen, hol dir sofort ärztliche Hilfe.

# Was zu tun ist, zu wem und wie bald – für jedes Warnzeichen (Ids in assessment.toml).
referral-chest = Schmerzen, Druck oder Enge in der Brust: Ruf sofort den Notruf an (112 in Europa, 911 in Nordamerika). Setz dich nicht selbst ans Steuer.
referral-breath = Atemnot, die nicht nachlässt: Ruf sofort den Notruf an (112 / 911) und setz dich aufrecht hin, während du wartest.
referral-spread = Schmerzen, die in Arm oder Kiefer ausstrahlen: Ruf sofort den Notruf an (112 / 911) – das kann vom Herzen kommen.
referral-sweat = Schweißausbruch, Übelkeit oder feuchtkalte Haut zusammen mit den Schmerzen: Ruf sofort den Notruf an (112 / 911).
referral-bladder = Kontrolle über Blase oder Darm verloren: Geh sofort in die Notaufnahme. Die Nerven in deiner Wirbelsäule müssen heute untersucht werden, nicht erst nächste Woche.
referral-faint = Ohnmächtig geworden oder kurz davor: Ruf den Notruf an oder lass dich sofort in eine Notaufnahme bringen.
referral-fall = Es fing nach einem Sturz oder Stoß an: Lass dich heute oder morgen ärztlich untersuchen, um eine Verletzung auszuschließen, und lauf bis dahin nicht.
referral-nerves = Taubheit, Kribbeln oder Schwäche in einem Arm oder Bein: Lass dich innerhalb von ein, zwei Tagen ärztlich untersuchen. Wenn es sich schnell ausbreitet oder du Kraft verlierst, geh in die Notaufnahme.
referral-fever = Fieber oder Schüttelfrost zusammen mit den Rückenschmerzen: Lass dich innerhalb von ein, zwei Tagen ärztlich untersuchen – noch heute, wenn du dich sehr krank fühlst.
referral-weight = Gewichtsverlust ohne Erklärung: Mach noch diese Woche einen Termin bei deiner Hausärztin oder deinem Hausarzt.
referral-night = Schmerzen nachts oder in Ruhe: Geh diese Woche zur Ärztin, zum Arzt oder in die Physiotherapie. Laufbeschwerden werden in Ruhe normalerweise besser.
referral-worse = Schmerzen, die immer schlimmer werden: Geh in den nächsten Tagen zur Ärztin, zum Arzt oder in die Physiotherapie, und fahr das Laufen bis dahin zurück.
referral-long = Schmerzen, die seit über zwei Wochen nicht nachlassen: Geh innerhalb der nächsten Woche zur Ärztin, zum Arzt oder in die Physiotherapie.
referral-severe = Schmerzen bei 8 von 10 oder mehr: Lass dich innerhalb von ein, zwei Tagen ärztlich untersuchen. Wenn sie plötzlich angefangen haben oder Beschwerden in der Brust oder beim Atmen dazukommen, ruf 112 / 911 an.

factor-posture = Haltung
factor-core = Rumpfkraft
factor-arm-swing = Armschwung
factor-breathing = Atmung
factor-fatigue = Muskelermüdung
factor-hydration = Flüssigkeit
    .and = { list-and }

level-likely = wahrscheinlich
level-possible = möglich
level-unlikely = unwahrscheinlich

result-head = Das steckt meiner Einschätzung nach dahinter, das Wahrscheinlichste zuerst:
result-factor = { $rank }. { $factor } – { $level } ({ $score } %)
result-factor-why =
    { $rank }. { $factor } – { $level } ({ $score } %)
    { $reason }
result-unlikely = Eher nicht bei dir: { $factors }.
result-nothing-stands-out = Aus deinen Antworten sticht nichts klar heraus. Das ist eine gute Nachricht: Wahrscheinlich ist es ein ganz normaler Muskelkater, der mit etwas Dehnen, Ruhe und lockerem Laufen vergeht.
advice-head = Das würde ich ausprobieren:
result-score-meaning = Die Prozentzahl zeigt, wie deutlich deine Antworten auf die jeweilige Ursache hindeuten. Sie ist keine medizinische Wahrscheinlichkeit.
advice-held-back = Dehnungen und Übungen lasse ich vorerst weg: Bitte lass dich zuerst untersuchen, wie ich es dir geraten habe. Wenn das erledigt ist, sag es mir, sobald du das nächste Mal einen Check startest.
result-see-professional = Geh zur Ärztin, zum Arzt oder in die Physiotherapie, wenn die Schmerzen länger als zwei Wochen anhalten, immer schlimmer werden, dich nachts wecken oder mit Taubheit, Kribbeln, Fieber oder Beschwerden in der Brust einhergehen.

checkin-ask = Wie fühlt sich dein oberer Rücken heute an, von 0 (gar nicht verspannt) bis 10 (schlimmer geht’s nicht)?
checkin-after-run = { $severity } von 10, verstanden. Ist das nach einem Lauf?
checkin-noted = Alles klar: { $severity }/10{ $after_run ->
        [yes] {" "}nach einem Lauf.
       *[no] , nicht nach einem Lauf.
    }
checkin-high = Das sind ziemlich starke Schmerzen. Wenn es so bleibt, lass es bitte ärztlich oder physiotherapeutisch abklären.

trend-better = Trend: wird besser { $chart }
trend-steady = Trend: ungefähr gleich { $chart }
trend-worse = Trend: wird schlechter { $chart } – wenn das so weitergeht, lass es dir fachlich ansehen.

history-head = Deine letzten Checks und Check-ins:
history-streak = 🔥 { $days } Tage in Folge gedehnt. Weiter so!
stretched = 🙌 Stark, Dehnen erledigt!
history-empty = Hier ist noch nichts. Mach einen Check oder ein kurzes Check-in, dann fange ich an mitzuschreiben.
history-off = Du nutzt mich ohne Verlauf, deshalb ist hier nichts. Tippe unten, wenn ich einen für dich führen soll.
history-unreadable = { $count ->
        [one] Ein älterer Eintrag war nicht lesbar, darum habe ich ihn weggelassen (er ist noch gespeichert).
       *[other] { $count } ältere Einträge waren nicht lesbar, darum habe ich sie weggelassen (sie sind noch gespeichert).
    }
history-assessment = { $date } · Check { $severity }/10 · am ehesten { $factor }
history-assessment-nothing = { $date } · Check { $severity }/10 · nichts Auffälliges
history-assessment-professional = { $date } · Check { $severity }/10 · Rat: fachlich abklären lassen
history-assessment-emergency = { $date } · Check · Rat: sofort Hilfe holen
history-checked = { $date } · fachlich abgeklärt
history-checkin = { $date } · Check-in { $severity }/10{ $kind ->
        [after-run] , nach einem Lauf
        [stretch] , Dehnroutine gemacht
       *[other] {""}
    }

# /history while what the runner just did waits for their answer to "may I keep your history?"
# (the question follows).
history-waiting = { $count ->
        [one] Was du gerade gemacht hast, steht noch nicht in deinem Verlauf: Es wartet auf deine Antwort hier unten.
       *[other] Deine letzten { $count } Einträge stehen noch nicht in deinem Verlauf: Sie warten auf deine Antwort hier unten.
    }

# The intro when the answers decide how many questions there are (follow-ups open for what
# needs a closer look): as few and as many as it can be, so the counter never contradicts it.
intro-range =
    Finden wir heraus, was hinter deinem verspannten oberen Rücken steckt. Ich stelle dir { $least } bis { $most } kurze Fragen, je nachdem, was du antwortest – das dauert zwei, drei Minuten, und du kannst jederzeit zurückgehen oder aufhören.

    Zuerst ein paar Fragen zu deiner Sicherheit.
# The counter while answers still to come may close follow-ups: the most there can be, which
# only comes down (progress is the exact count).
progress-up-to = Frage { $number } von höchstens { $total }
