# Was der Bot am Ende eines Checks, beim Check-in und im Verlauf sagt.

intro =
    Finden wir heraus, was hinter deinem verspannten oberen Rücken steckt. Ich stelle dir etwa { $questions } kurze Fragen – das dauert zwei, drei Minuten, und du kannst jederzeit zurückgehen oder aufhören.

    Zuerst ein paar Fragen zu deiner Sicherheit.
progress = Frage { $number } von etwa { $about }

red-flag-emergency =
    🚨 Bitte hör hier auf und hol dir sofort ärztliche Hilfe.

    Was du beschreibst, kann ein Zeichen für etwas sein, das heute noch ärztlich abgeklärt werden muss – nicht für einen Dehnplan. Ruf den Notruf an (112 in Europa, 911 in Nordamerika) oder lass dich in eine Notaufnahme bringen. Bitte warte nicht ab, ob es vorbeigeht.
red-flag-professional =
    ⚠️ Die Selbsthilfe lassen wir an dieser Stelle lieber ruhen.

    Was du mir erzählt hast, sollte sich bald eine Ärztin, ein Arzt oder eine Physiotherapeutin ansehen – am besten in den nächsten Tagen und vor deinem nächsten harten Lauf. Wenn es plötzlich schlimmer wird oder Brustschmerzen, Atemnot, Taubheit oder Schwäche dazukommen, such sofort Hilfe.
red-flag-you-said = Du hast gesagt: „{ $answer }“.
red-flag-you-said-severity = Du hast deine Schmerzen mit { $severity } von 10 bewertet.
saved-to-history = Ich habe das in deinem Verlauf gespeichert.

factor-posture = Haltung
factor-core = Rumpfkraft
factor-arm-swing = Armschwung
factor-breathing = Atmung
factor-fatigue = Muskelermüdung
factor-hydration = Flüssigkeit

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
result-see-professional = Geh zur Ärztin, zum Arzt oder in die Physiotherapie, wenn die Schmerzen länger als zwei Wochen anhalten, immer schlimmer werden, dich nachts wecken oder mit Taubheit, Kribbeln, Fieber oder Beschwerden in der Brust einhergehen.

checkin-ask = Wie fühlt sich dein oberer Rücken heute an, von 0 (gar nicht verspannt) bis 10 (schlimmer geht’s nicht)?
checkin-after-run = { $severity } von 10, notiert. Ist das nach einem Lauf?
checkin-saved = Gespeichert: { $severity }/10{ $after_run ->
        [yes] {" "}nach einem Lauf.
       *[no] , nicht nach einem Lauf.
    }
checkin-high = Das sind ziemlich starke Schmerzen. Wenn es so bleibt, lass es bitte ärztlich oder physiotherapeutisch abklären.

trend-better = Trend: wird besser { $chart }
trend-steady = Trend: ungefähr gleich { $chart }
trend-worse = Trend: wird schlechter { $chart } – wenn das so weitergeht, lass es dir fachlich ansehen.

history-head = Deine letzten Checks und Check-ins:
history-empty = Hier ist noch nichts. Mach einen Check oder ein kurzes Check-in, dann fange ich an mitzuschreiben.
history-unreadable = { $count ->
        [one] Ein älterer Eintrag war nicht lesbar, darum habe ich ihn weggelassen (er ist noch gespeichert).
       *[other] { $count } ältere Einträge waren nicht lesbar, darum habe ich sie weggelassen (sie sind noch gespeichert).
    }
history-assessment = { $date } · Check { $severity }/10 · am ehesten { $factor }
history-assessment-nothing = { $date } · Check { $severity }/10 · nichts Auffälliges
history-assessment-professional = { $date } · Check { $severity }/10 · Rat: fachlich abklären lassen
history-assessment-emergency = { $date } · Check · Rat: sofort Hilfe holen
history-checkin = { $date } · Check-in { $severity }/10{ $kind ->
        [after-run] , nach einem Lauf
        [stretch] , Dehnroutine gemacht
       *[other] {""}
    }
