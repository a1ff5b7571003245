# Die Fragen des Checks, ihre Antworten, warum ich frage, und die Begründungen im Ergebnis.

## Sicherheit zuerst

q-alarm = Hast du gerade, zusätzlich zu den Rückenschmerzen, eines davon?
q-alarm-chest = Schmerzen oder Druck in der Brust
q-alarm-breath = Atemnot
q-alarm-spread = Schmerzen, die in Arm oder Kiefer ausstrahlen
q-alarm-sweat = Schwitzen oder Übelkeit mit den Schmerzen
q-alarm-bladder = Kontrolle über Blase oder Darm verloren
q-alarm-faint = Ohnmächtig geworden oder kurz davor
q-alarm-none = Nichts davon
why-alarm = Das kann auf etwas anderes als einen müden Muskel hindeuten – manchmal auf Herz, Lunge oder Nerven. Das gehört sofort ärztlich abgeklärt, deshalb frage ich es immer zuerst.

q-warning = Und trifft eines davon zu?
q-warning-fall = Es fing nach einem Sturz oder Stoß an
q-warning-nerves = Taubheit, Kribbeln oder Schwäche in Armen oder Beinen
q-warning-fever = Fieber oder Schüttelfrost
q-warning-weight = Gewichtsverlust ohne Erklärung
q-warning-night = Es tut nachts oder in Ruhe weh
q-warning-none = Nichts davon
why-warning = Laufbeschwerden werden mit Ruhe besser. Schmerzen nach einer Verletzung, Nervenbeschwerden, Fieber oder Ruheschmerzen sollte sich eine Ärztin, ein Arzt oder die Physiotherapie ansehen, bevor du selbst etwas versuchst.

## Deine Schmerzen

q-severity = Wie stark ist es im schlimmsten Moment? 0 heißt kein Schmerz, 10 der schlimmste, den du dir vorstellen kannst.
why-severity = Starke Schmerzen verdienen eine richtige Untersuchung. Außerdem siehst du später, ob es besser wird.

q-course = Wie lange hast du es schon, und wie entwickelt es sich?
q-course-today = Seit diesem Lauf
q-course-settles = Kommt nach Läufen wieder, legt sich in ein, zwei Tagen
q-course-better = Ein paar Tage, es lässt nach
q-course-same = Ein paar Tage, kaum Veränderung
q-course-worse = Es wird immer schlimmer
q-course-long = Über zwei Wochen, und es wird nicht besser
why-course = Beschwerden, die mit deinen Läufen kommen und gehen, sind häufig, und meist kannst du dich gut selbst darum kümmern. Schmerzen, die immer stärker werden oder nach zwei Wochen nicht nachgelassen haben, sollten fachlich angeschaut werden.
reason-course-settles = Es kommt nach Läufen wieder und legt sich innerhalb von ein, zwei Tagen – Muskeln, die sich zwar erholen, aber jedes Mal wieder ermüden.

q-where = Wo spürst du es am meisten?
q-where-blades = Zwischen den Schulterblättern
q-where-neck = Am Übergang zum Nacken
q-where-side = Eher auf einer Seite
q-where-across = Über den ganzen oberen Rücken
why-where = Wo es wehtut, verrät, welche Muskeln überlastet sind: der Nacken deutet auf hochgezogene Schultern, eine Seite auf einen ungleichen Armschwung.
reason-where-blades = Du spürst es zwischen den Schulterblättern, wo eine runde Haltung und angespannte Atemmuskeln ziehen.
reason-where-neck = Es sitzt am Nackenansatz, wo hochgezogene Schultern und ein vorgeschobener Kopf die Muskeln belasten.
reason-where-side = Es ist auf einer Seite schlimmer – oft arbeitet dann ein Arm mehr als der andere.
reason-where-across = Es zieht über den ganzen oberen Rücken, typisch für Muskeln, die einfach erschöpft sind.

q-when = Wann stört es dich am meisten?
q-when-during = Während des Laufens
q-when-after = Direkt nach dem Laufen
q-when-nextday = Am nächsten Tag
q-when-twist = Wenn ich den Oberkörper drehe
why-when = Der Zeitpunkt ist ein Hinweis: Schmerzen beim Laufen sprechen für Technik und Atmung, am nächsten Tag für müde Muskeln.
reason-when-during = Es tut beim Laufen weh, wenn Technik und Atmung gefordert sind.
reason-when-after = Es kommt direkt nach dem Laufen, wenn müde, ausgetrocknete Muskeln sich am meisten melden.
reason-when-nextday = Es zeigt sich am nächsten Tag – das klassische Zeichen für Muskeln, die mehr als gewohnt leisten mussten.
reason-when-twist = Das Drehen des Oberkörpers tut weh, was auf einen steifen mittleren Rücken und einen Rumpf hindeutet, der dich nicht stabil hält.

q-experience = Wie lange läufst du schon regelmäßig?
q-experience-new = Weniger als ein halbes Jahr
q-experience-some = Ein halbes bis zwei Jahre
q-experience-long = Mehr als zwei Jahre
why-experience = Wer noch nicht lange läuft, hat die Kraft in Oberkörper und Rumpf, die das Laufen verlangt, oft noch nicht aufgebaut – diese Muskeln ermüden dann schneller.
reason-experience-new = Du läufst noch nicht so lange, und die Muskeln, die dich aufrecht halten, holen noch auf.

## Eine Frage pro Ursache

q-posture-screen = Wie lange sitzt du an einem normalen Tag – Schreibtisch, Auto, Sofa, Bildschirme?
q-posture-screen-little = Weniger als 4 Stunden
q-posture-screen-some = 4 bis 7 Stunden
q-posture-screen-lots = 8 Stunden oder mehr
why-posture-screen = Langes Sitzen zieht die Schultern nach vorn und schiebt den Kopf vor. Beim Laufen muss der obere Rücken dann besonders viel halten.
reason-posture-screen-some = Du sitzt einen guten Teil des Tages.
reason-posture-screen-lots = Du sitzt an einem normalen Tag 8 Stunden oder mehr – das macht die Schultern gern rund.

q-core-screen = Könntest du einen sauberen Unterarmstütz eine ganze Minute halten?
q-core-screen-easy = Ja, locker
q-core-screen-barely = Gerade so
q-core-screen-no = Nein
why-core-screen = Dein Rumpf hält die Wirbelsäule beim Laufen stabil. Wird er müde, springt der obere Rücken ein – und dafür ist er nicht gebaut.
reason-core-screen-barely = Eine Minute Unterarmstütz ist für dich ein Kampf.
reason-core-screen-no = Eine Minute Unterarmstütz schaffst du noch nicht, dein Rumpf ermüdet also vielleicht früh.

q-arms-screen = Ist dir an deinen Armen beim Laufen schon mal etwas aufgefallen – auf einem Video, einem Foto oder durch eine Bemerkung?
q-arms-screen-fine = Nein, sie wirken locker
q-arms-screen-unsure = Hab nie darauf geachtet
q-arms-screen-odd = Ja, da stimmt was nicht
why-arms-screen = Dein Armschwung wird von der Muskulatur des oberen Rückens angetrieben und stabilisiert. Ein ungünstiger Schwung hält sie den ganzen Lauf über auf Trab.
reason-arms-screen-unsure = Du hast dir deinen Armschwung noch nie genauer angeschaut.
reason-arms-screen-odd = Dir ist an deinem Armschwung etwas aufgefallen.

q-breath-screen = Wie fühlt sich deine Atmung auf einem normalen Lauf an?
q-breath-screen-chest = Schnell und hoch in der Brust
q-breath-screen-hold = Ich halte bergauf oder bei harten Stücken die Luft an
q-breath-screen-gasp = Am Ende japse ich nach Luft
q-breath-screen-belly = Tief und gleichmäßig, aus dem Bauch
why-breath-screen = Bleibt die Atmung hoch in der Brust, heben kleine Muskeln in Nacken und oberem Rücken bei jedem Atemzug die Rippen – und ermüden.
reason-breath-screen-chest = Du atmest schnell und hoch in der Brust, sodass Nacken- und obere Rückenmuskeln mithelfen müssen.
reason-breath-screen-hold = Du hältst die Luft an, wenn es hart wird – dabei spannen sich die Muskeln um die Rippen fest an.
reason-breath-screen-gasp = Am Ende japst du nach Luft, was die Muskeln um die Rippen verspannt.

q-fatigue-screen = Wie war der Lauf vor den Beschwerden?
q-fatigue-screen-easy = Kurz und locker
q-fatigue-screen-long = Länger als sonst
q-fatigue-screen-hard = Lang oder hart, am Ende war ich platt
why-fatigue-screen = Müde Muskeln halten dich schlechter. Lassen sie nach, übernehmen andere – und der obere Rücken leistet oft mehr als seinen Teil.
reason-fatigue-screen-long = Der Lauf war länger, als du es gewohnt bist.
reason-fatigue-screen-hard = Der Lauf war lang oder hart, und am Ende warst du erschöpft.

q-water-screen = Wie viel hast du vor und während dieses Laufs getrunken?
q-water-screen-plenty = Reichlich
q-water-screen-little = Ein bisschen
q-water-screen-none = So gut wie nichts
why-water-screen = Muskeln, denen Flüssigkeit fehlt, werden schlechter durchblutet und bauen Abfallstoffe langsamer ab – sie verhärten und verkrampfen schneller.
reason-water-screen-little = Du hast rund um den Lauf nur wenig getrunken.
reason-water-screen-none = Du hast rund um den Lauf so gut wie nichts getrunken.

## Nachfragen

q-posture-head = Wenn du dich beim Laufen siehst (Schaufenster, Foto): Ist dein Kopf vorgeschoben oder sind die Schultern rund?
q-posture-head-yes = Ja, das bin ich
q-posture-head-unsure = Weiß nicht
q-posture-head-no = Nein, ich laufe aufrecht
why-posture-head = Ein vorgeschobener Kopf belastet den oberen Rücken bei jedem Schritt, und die Muskeln müssen gegenhalten.
reason-posture-head-yes = Beim Laufen wandert dein Kopf nach vorn und die Schultern werden rund.
reason-posture-head-unsure = Du bist nicht sicher, ob Kopf und Schultern beim Laufen aufrecht bleiben.

q-water-day = Welche Farbe hat dein Urin an einem normalen Tag?
q-water-day-pale = Hellgelb
q-water-day-dark = Dunkler gelb
q-water-day-unsure = Nie drauf geachtet
why-water-day = Hellgelb heißt, dass du über den Tag genug trinkst; dunkler heißt, dass du oft schon etwas durstig losläufst.
reason-water-day-dark = Dein Urin ist meist dunkler gelb, du startest also oft leicht ausgetrocknet.
reason-water-day-unsure = Du weißt nicht genau, wie gut du über den Tag trinkst.

q-core-how = Was davon passiert, wenn du beim Laufen müde wirst?
q-core-how-sway = Mein Oberkörper dreht sich oder schwankt hin und her
q-core-how-shoulders = Ich schiebe mich mit den Schultern voran
q-core-how-pelvis = Ich mache ein Hohlkreuz, mein Becken kippt nach vorn
q-core-how-stride = Schritt und Rhythmus werden ungleichmäßig
q-core-how-none = Nichts davon
why-core-how = Dein Rumpf hält den Oberkörper stabil, leitet die Kraft aus den Beinen nach oben, hält deine Haltung und hilft dir zu spüren, wo dein Körper gerade ist. Wird er müde, springt der obere Rücken für alle vier Aufgaben ein.
reason-core-how-sway = Dein Oberkörper dreht sich oder schwankt, wenn du müde wirst – ein Zeichen, dass der Rumpf nachlässt.
reason-core-how-shoulders = Spät im Lauf schiebst du mit den Schultern statt aus dem Rumpf.
reason-core-how-pelvis = Dein unterer Rücken macht ein Hohlkreuz und das Becken kippt nach vorn, sodass sich der obere Rücken zum Ausgleich rundet.
reason-core-how-stride = Wenn du müde wirst, geraten Schritt und Rhythmus durcheinander.

q-arms-how = Was davon passt zu deinem Armschwung?
q-arms-how-cross = Meine Hände schwingen quer vor der Brust
q-arms-how-shrug = Meine Schultern wandern Richtung Ohren
q-arms-how-still = Meine Arme hängen eher still
q-arms-how-uneven = Ein Arm schwingt anders als der andere
q-arms-how-none = Nichts davon
why-arms-how = Arme, die vor dem Körper kreuzen, hochgezogene Schultern, ein schlaffer oder ungleicher Schwung – all das lässt die Muskeln zwischen den Schulterblättern Überstunden machen.
reason-arms-how-cross = Deine Hände schwingen über die Körpermitte, also kämpft dein oberer Rücken ständig gegen die Drehung.
reason-arms-how-shrug = Deine Schultern wandern Richtung Ohren und halten den oberen Rücken unter Spannung.
reason-arms-how-still = Deine Arme schwingen kaum mit, also übernehmen Oberkörper und oberer Rücken die Arbeit.
reason-arms-how-uneven = Ein Arm schwingt anders, also arbeitet eine Rückenseite mehr.

q-breath-how = Und was davon trifft auf dich zu?
q-breath-how-neck = Nacken und Schultern verspannen, wenn ich schwer atme
q-breath-how-cramp = Mein oberer Rücken verkrampft oder wird steif beim Laufen
q-breath-how-stiff = Steifer mittlerer Rücken beim Drehen oder tiefen Einatmen
q-breath-how-stress = Vor dem Laufen bin ich oft gestresst oder nervös
q-breath-how-none = Nichts davon
why-breath-how = Macht das Zwerchfell nicht den Großteil der Arbeit, heben Nacken- und obere Rückenmuskeln die Rippen. Stress macht die Atmung flacher, und ein steifer mittlerer Rücken hindert die Rippen daran, sich zu öffnen.
reason-breath-how-neck = Nacken und Schultern verspannen, wenn du schwer atmest.
reason-breath-how-cramp = Dein oberer Rücken verkrampft oder verhärtet beim Laufen – ein Zeichen, dass ihm Sauerstoff fehlt.
reason-breath-how-stiff = Dein mittlerer Rücken ist steif, wenn du dich drehst oder tief atmest – das macht das Atmen mühsamer.
reason-breath-how-stress = Vor Läufen bist du oft gestresst, und Stress hält die Atmung hoch und flach.

q-fatigue-how = Trifft eins davon zu?
q-fatigue-how-form = Gegen Ende: Schultern hoch oder Nacken fest
q-fatigue-how-load = Ich bin in den letzten zwei Wochen mehr oder härter gelaufen
q-fatigue-how-none = Keins von beiden
why-fatigue-how = Müde obere Rückenmuskeln geben ihre Arbeit an Nacken und Schultern ab, und Muskeln brauchen Zeit, um mit mehr Umfang oder Tempo mitzuhalten.
reason-fatigue-how-form = Als du müde wurdest, gingen die Schultern hoch und der Nacken wurde fest – dem oberen Rücken ging die Puste aus.
reason-fatigue-how-load = Du hast dein Training zuletzt gesteigert – mehr, als deine Muskeln schon mitgehen.

q-water-how = Passt etwas davon?
q-water-how-cramp = Krämpfe oder steif und schwer, beim oder nach dem Lauf
q-water-how-heat = Es war heiß, oder ich habe viel geschwitzt
q-water-how-dry = Auf Läufen über eine Stunde nehme ich kein Wasser mit
q-water-how-none = Nichts davon
why-water-how = Mit Krämpfen und Steifheit beschweren sich Muskeln, denen Flüssigkeit fehlt; meist stecken Hitze oder lange Läufe ohne Trinken dahinter.
reason-water-how-cramp = Du hattest Krämpfe oder fühltest dich steif und schwer – wie Muskeln, denen Flüssigkeit fehlt.
reason-water-how-heat = Es war heiß oder du hast viel geschwitzt, also hast du mehr Flüssigkeit verloren als sonst.
reason-water-how-dry = Du läufst über eine Stunde, ohne Wasser mitzunehmen.

## Gewohnheiten, die den Rat verändern

q-stretching = Wie oft dehnst du Brust, Schultern und oberen Rücken?
q-stretching-regular = An den meisten Tagen
q-stretching-sometimes = Ab und zu
q-stretching-rarely = Kaum
why-stretching = Verkürzte Brust- und Schultermuskeln ziehen dich nach vorn. Wenn du sie selten dehnst, ist das ein leichter Gewinn.
reason-stretching-sometimes = Du dehnst Brust und Schultern nur ab und zu.
reason-stretching-rarely = Du dehnst Brust und Schultern kaum, deshalb ziehen sie dich nach vorn.

q-warmup = Wärmst du dich vor dem Laufen auf?
q-warmup-always = Ja, jedes Mal
q-warmup-sometimes = Manchmal
q-warmup-rarely = Kaum
why-warmup = Muskeln, die kalt in einen Lauf starten, ermüden und verspannen schneller – der obere Rücken ist da keine Ausnahme.
reason-warmup-rarely = Du wärmst dich kaum auf, also startest du jeden Lauf mit kalten Muskeln.

q-strength = Machst du Kraft- oder Rumpftraining?
q-strength-weekly = Ja, jede Woche
q-strength-sometimes = Ab und zu
q-strength-never = Eigentlich nicht
why-strength = Starke Rumpf- und obere Rückenmuskeln halten dich beim Laufen aufrecht; ohne dieses Training ermüden sie lange vor deinen Beinen.
reason-strength-sometimes = Du machst nur ab und zu Kraft- oder Rumpftraining.
reason-strength-never = Du machst noch kein Kraft- oder Rumpftraining, deshalb ermüden die Muskeln, die dich aufrecht halten, früh.

q-surface = Worauf läufst du meistens?
q-surface-hard = Straße und Gehweg
q-surface-mixed = Gemischt
q-surface-soft = Waldwege, Wiese oder Bahn
why-surface = Harter Boden schickt mehr Stöße durch den Körper, und müde Muskeln spüren das.

q-shoes = Wie sind deine Laufschuhe?
q-shoes-fresh = Recht neu und bequem
q-shoes-worn = Abgelaufen
q-shoes-unsure = Keine Ahnung, wie alt
why-shoes = Müde Schuhe dämpfen weniger und können verändern, wie du dich bewegst – das belastet weiter oben mehr.

q-cadence = Wie würdest du deinen Laufschritt beschreiben?
q-cadence-quick = Schnelle, leichte Schritte
q-cadence-long = Lange, federnde Schritte
q-cadence-unsure = Keine Ahnung
why-cadence = Längere Schritte bedeuten härtere Landungen. Ein paar Schritte mehr pro Minute machen jede Landung weicher.
