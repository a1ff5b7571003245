# Die Fragen des Checks, ihre Antworten, warum ich frage, und die Begründungen im Ergebnis.

## Sicherheit zuerst

q-alarm = Hast du gerade, zusätzlich zu den Rückenschmerzen, eines davon?
q-alarm-chest = Schmerzen oder Druck in der Brust
q-alarm-breath = Atemnot
q-alarm-spread = Schmerzen, die in Arm oder Kiefer ausstrahlen
q-alarm-sweat = Schwitzen oder Übelkeit mit den Schmerzen
q-alarm-bladder = Kontrolle über Blase oder Darm verloren
q-alarm-none = Nichts davon
why-alarm = Das kann auf etwas anderes als einen müden Muskel hindeuten – manchmal auf Herz, Lunge oder Nerven. Das gehört sofort ärztlich abgeklärt, deshalb frage ich es immer zuerst.

q-warning = Und trifft eines davon zu?
q-warning-fall = Es fing nach einem Sturz oder Stoß an
q-warning-nerves = Taubheit, Kribbeln oder Schwäche in Armen oder Beinen
q-warning-fever = Fieber oder Gewichtsverlust ohne Erklärung
q-warning-night = Es tut nachts oder in Ruhe weh
q-warning-none = Nichts davon
why-warning = Laufbeschwerden werden mit Ruhe besser. Schmerzen nach einer Verletzung, Nervenbeschwerden, Fieber oder Ruheschmerzen sollte sich eine Ärztin, ein Arzt oder die Physiotherapie ansehen, bevor du selbst etwas versuchst.

## Deine Schmerzen

q-severity = Wie stark ist es im schlimmsten Moment? 0 heißt kein Schmerz, 10 der schlimmste, den du dir vorstellen kannst.
why-severity = Starke Schmerzen verdienen eine richtige Untersuchung. Außerdem siehst du später, ob es besser wird.

q-course = Wie lange hast du es schon, und wie entwickelt es sich?
q-course-today = Seit diesem Lauf
q-course-better = Ein paar Tage, wird besser
q-course-same = Ein paar Tage, etwa gleich
q-course-worse = Es wird immer schlimmer
q-course-long = Länger als zwei Wochen
why-course = Normaler Muskelkater verschwindet nach ein paar Tagen. Schmerzen, die zunehmen oder wochenlang bleiben, sollten fachlich angeschaut werden.

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
q-breath-screen-belly = Tief und gleichmäßig, aus dem Bauch
q-breath-screen-chest = Schnell und hoch in der Brust
q-breath-screen-gasp = Ich halte die Luft an oder japse am Ende
why-breath-screen = Bleibt die Atmung hoch in der Brust, heben kleine Muskeln in Nacken und oberem Rücken bei jedem Atemzug die Rippen – und ermüden.
reason-breath-screen-chest = Du atmest schnell und hoch in der Brust, sodass Nacken- und obere Rückenmuskeln mithelfen müssen.
reason-breath-screen-gasp = Du hältst oft die Luft an oder japst, was die Muskeln um die Rippen verspannt.

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

q-core-sway = Dreht sich dein Oberkörper oder schwankt er zur Seite, wenn du müde wirst?
q-core-sway-yes = Ja
q-core-sway-unsure = Weiß nicht
q-core-sway-no = Nein
why-core-sway = Ein stabiler Oberkörper braucht einen starken Rumpf. Wackelt er, springt der obere Rücken als Ersatzstabilisator ein.
reason-core-sway-yes = Dein Oberkörper dreht sich oder schwankt, wenn du müde wirst – ein Zeichen, dass der Rumpf nachlässt.
reason-core-sway-unsure = Dein Oberkörper fängt vielleicht an zu drehen, wenn du müde wirst.

q-core-shoulders = Hast du spät im Lauf das Gefühl, dich mit den Schultern voranzuschieben?
q-core-shoulders-yes = Ja
q-core-shoulders-unsure = Manchmal
q-core-shoulders-no = Nein
why-core-shoulders = Die Kraft sollte von den Beinen über den Rumpf kommen. Gibt der Rumpf nach, versuchen Schultern und oberer Rücken das auszugleichen.
reason-core-shoulders-yes = Spät im Lauf schiebst du mit den Schultern statt aus dem Rumpf.
reason-core-shoulders-unsure = Manchmal übernehmen spät im Lauf deine Schultern das Schieben.

q-core-pelvis = Macht dein unterer Rücken ein starkes Hohlkreuz, mit nach vorn gekipptem Becken?
q-core-pelvis-yes = Ja
q-core-pelvis-unsure = Weiß nicht
q-core-pelvis-no = Nein
why-core-pelvis = Ein Hohlkreuz geht oft mit einem schwachen Rumpf einher, und der obere Rücken rundet sich zum Ausgleich.
reason-core-pelvis-yes = Dein unterer Rücken macht ein Hohlkreuz und das Becken kippt nach vorn, sodass sich der obere Rücken zum Ausgleich rundet.
reason-core-pelvis-unsure = Dein unterer Rücken macht vielleicht ein stärkeres Hohlkreuz als nötig.

q-core-stride = Fällt es dir schwer, Schritt und Rhythmus gleichmäßig zu halten, wenn du müde wirst?
q-core-stride-yes = Ja
q-core-stride-unsure = Manchmal
q-core-stride-no = Nein
why-core-stride = Ein starker Rumpf hilft dir zu spüren, wo dein Körper ist. Lässt er nach, wird der Schritt unruhig und der obere Rücken kämpft ums Gleichgewicht.
reason-core-stride-yes = Wenn du müde wirst, geraten Schritt und Rhythmus durcheinander.
reason-core-stride-unsure = Dein Rhythmus kommt manchmal ins Stolpern, wenn du müde wirst.

q-arms-cross = Schwingen deine Hände über die Mitte deiner Brust?
q-arms-cross-yes = Ja
q-arms-cross-unsure = Weiß nicht
q-arms-cross-no = Nein
why-arms-cross = Arme, die vor dem Körper kreuzen, verdrehen den Oberkörper, und die Muskeln zwischen den Schulterblättern müssen ständig gegensteuern.
reason-arms-cross-yes = Deine Hände schwingen über die Körpermitte, also kämpft dein oberer Rücken ständig gegen die Drehung.
reason-arms-cross-unsure = Deine Arme kreuzen vielleicht vor dem Körper.

q-arms-shrug = Wandern deine Schultern Richtung Ohren?
q-arms-shrug-yes = Ja
q-arms-shrug-unsure = Manchmal
q-arms-shrug-no = Nein
why-arms-shrug = Hochgezogene Schultern halten die Muskeln obendrauf den ganzen Lauf über angespannt – angespannte Muskeln werden schlechter durchblutet und ermüden.
reason-arms-shrug-yes = Deine Schultern wandern Richtung Ohren und halten den oberen Rücken unter Spannung.
reason-arms-shrug-unsure = Deine Schultern ziehen beim Laufen manchmal nach oben.

q-arms-drive = Hängen deine Arme eher still, statt kräftig vor und zurück zu schwingen?
q-arms-drive-yes = Ja
q-arms-drive-unsure = Weiß nicht
q-arms-drive-no = Nein
why-arms-drive = Ein schlaffer Armschwung zwingt den Körper, den Schwung woanders herzuholen – oft durch Verdrehen des Oberkörpers und mit dem oberen Rücken.
reason-arms-drive-yes = Deine Arme schwingen kaum mit, also übernehmen Oberkörper und oberer Rücken die Arbeit.
reason-arms-drive-unsure = Dein Armschwung ist vielleicht eher schwach.

q-arms-uneven = Schwingt ein Arm anders als der andere?
q-arms-uneven-yes = Ja
q-arms-uneven-unsure = Weiß nicht
q-arms-uneven-no = Nein
why-arms-uneven = Ein ungleicher Armschwung lässt eine Seite des oberen Rückens mehr arbeiten – darum sitzt der Schmerz manchmal nur auf einer Seite.
reason-arms-uneven-yes = Ein Arm schwingt anders, also arbeitet eine Rückenseite mehr.
reason-arms-uneven-unsure = Deine Arme schwingen vielleicht nicht gleichmäßig.

q-breath-neck = Verspannen Nacken und Schultern, wenn du schwer atmest?
q-breath-neck-yes = Ja
q-breath-neck-unsure = Weiß nicht
q-breath-neck-no = Nein
why-breath-neck = Macht das Zwerchfell nicht den Großteil der Arbeit, heben Nacken- und obere Rückenmuskeln die Rippen – tausende Male pro Lauf.
reason-breath-neck-yes = Nacken und Schultern verspannen, wenn du schwer atmest.
reason-breath-neck-unsure = Nacken und Schultern helfen dir vielleicht beim Atmen.

q-breath-hold = Ertappst du dich dabei, an Anstiegen oder bei harten Abschnitten die Luft anzuhalten?
q-breath-hold-yes = Ja
q-breath-hold-unsure = Manchmal
q-breath-hold-no = Nein
why-breath-hold = Luftanhalten spannt alles rund um die Rippen an, und diese Steifheit zieht in den oberen Rücken.
reason-breath-hold-yes = Bei harten Abschnitten hältst du die Luft an, was deinen Oberkörper verspannt.
reason-breath-hold-unsure = Manchmal hältst du die Luft an, wenn es hart wird.

q-breath-cramp = Bekommst du während des Laufens Krämpfe oder Steifheit im oberen Rücken?
q-breath-cramp-yes = Ja
q-breath-cramp-unsure = Manchmal
q-breath-cramp-no = Nein
why-breath-cramp = Muskeln mit zu wenig Sauerstoff verkrampfen und verhärten schneller; schlechte Atmung und zu wenig Flüssigkeit verringern beide die Versorgung.
reason-breath-cramp-yes = Dein oberer Rücken verkrampft oder verhärtet beim Laufen – ein Zeichen, dass ihm Sauerstoff fehlt.
reason-breath-cramp-unsure = Dein oberer Rücken wird beim Laufen manchmal steif.

q-breath-stiff = Fühlt sich dein mittlerer Rücken steif an, wenn du dich drehst oder ganz tief einatmest?
q-breath-stiff-yes = Ja
q-breath-stiff-unsure = Weiß nicht
q-breath-stiff-no = Nein
why-breath-stiff = Ein steifer mittlerer Rücken lässt die Rippen sich nicht ganz öffnen, also kostet jeder Atemzug die umliegenden Muskeln mehr Kraft.
reason-breath-stiff-yes = Dein mittlerer Rücken ist steif, wenn du dich drehst oder tief atmest – das macht das Atmen mühsamer.
reason-breath-stiff-unsure = Dein mittlerer Rücken ist vielleicht eher steif.

q-fatigue-form = Sind gegen Ende deine Schultern hochgegangen oder ist der Nacken fest geworden?
q-fatigue-form-yes = Ja
q-fatigue-form-unsure = Weiß nicht
q-fatigue-form-no = Nein
why-fatigue-form = Wenn der obere Rücken ermüdet, wollen Nacken und Schultern helfen – das bringt zusätzliche Belastung und Steifheit.
reason-fatigue-form-yes = Als du müde wurdest, gingen die Schultern hoch und der Nacken wurde fest – dem oberen Rücken ging die Puste aus.
reason-fatigue-form-unsure = Deine Haltung ist vielleicht abgesackt, als du müde wurdest.

q-fatigue-load = Bist du in den letzten zwei Wochen mehr oder härter gelaufen als sonst?
q-fatigue-load-yes = Ja
q-fatigue-load-no = Nein
why-fatigue-load = Muskeln brauchen Zeit, um mit mehr Umfang oder Tempo mitzuhalten. Ein Sprung im Training löst häufig Beschwerden aus.
reason-fatigue-load-yes = Du hast dein Training zuletzt gesteigert – mehr, als deine Muskeln schon mitgehen.

q-water-day = Welche Farbe hat dein Urin an einem normalen Tag?
q-water-day-pale = Hellgelb
q-water-day-dark = Dunkler gelb
q-water-day-unsure = Nie drauf geachtet
why-water-day = Hellgelb heißt, dass du über den Tag genug trinkst; dunkler heißt, dass du oft schon etwas durstig loslaufen.
reason-water-day-dark = Dein Urin ist meist dunkler gelb, du startest also oft leicht ausgetrocknet.
reason-water-day-unsure = Du weißt nicht genau, wie gut du über den Tag trinkst.

q-water-cramp = Hattest du während oder nach dem Lauf Krämpfe, oder hast du dich steif und schwer gefühlt?
q-water-cramp-yes = Ja
q-water-cramp-no = Nein
why-water-cramp = Krämpfe und Steifheit sind die übliche Beschwerde von Muskeln, denen Flüssigkeit fehlt.
reason-water-cramp-yes = Du hattest Krämpfe oder fühltest dich steif und schwer – wie Muskeln, denen Flüssigkeit fehlt.

## Was den Rat verändert

q-stretching = Wie oft dehnst du Brust, Schultern und oberen Rücken?
q-stretching-regular = An den meisten Tagen
q-stretching-sometimes = Ab und zu
q-stretching-rarely = Kaum
why-stretching = Verkürzte Brust- und Schultermuskeln ziehen dich nach vorn. Wenn du sie selten dehnst, ist das ein leichter Gewinn.

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
