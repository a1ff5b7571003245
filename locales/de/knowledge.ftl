# Was der Bot weiß und teilt: Ratschläge, die Dehnroutine, häufige Fragen und Tipps.

advice-stretch = 🧘 Dehne Brust, obere Schultern und die Seiten deines Rückens: jeweils etwa 30 Sekunden, zwei- bis dreimal am Tag. Mit /stretch bekommst du die Routine.
advice-strength = 💪 Kräftige die Muskeln, die dich aufrecht halten: Rudern, Reverse Flys und Schulterblätter zusammenziehen, zwei- bis dreimal pro Woche.
advice-core = 🧱 Stärke deinen Rumpf: Unterarmstütz, Seitstütz und Dead Bugs ein paarmal pro Woche, damit dein Oberkörper auch müde stabil bleibt.
advice-arms = 🏃 Lockere deinen Armschwung: Ellbogen etwa 90° gebeugt, Hände streifen die Hüfte, vor und zurück statt quer, Schultern unten. Ein kurzes Video von dir hilft – ein Lauftrainer auch.
advice-breathing = 🌬️ Übe täglich 5 bis 10 Minuten Bauchatmung und mach deinen mittleren Rücken mit sanften Drehungen beweglich. Beim Laufen ganz ausatmen und die Schultern locker lassen.
advice-foam = 🟠 Roll deinen oberen Rücken mit der Faszienrolle aus: langsam rollen und an festen Stellen 60 bis 90 Sekunden mit mäßigem Druck verweilen.
advice-load = 📅 Schalte einen Gang zurück: die nächsten Läufe kurz und locker, die Strecke langsam steigern und Ruhetage einplanen.
advice-warmup = 🔥 Wärm dich vor dem Laufen 5 bis 10 Minuten auf: zügiges Gehen oder lockeres Traben, Armkreisen und sanfte Drehungen für den oberen Rücken.
advice-hydrate = 💧 Trink über den Tag verteilt (Ziel: hellgelber Urin), trink vor dem Loslaufen und nimm auf längeren Läufen Wasser mit.
advice-surface = 🌳 Tausch ein paar Straßenläufe gegen Waldwege, Wiese oder die Bahn – das dämpft die Stöße.
advice-shoes = 👟 Schau dir deine Schuhe an: Wenn sie abgelaufen sind oder sich platt anfühlen, ist ein gut sitzendes, stützendes Paar fällig.
advice-cadence = 👣 Versuch etwas schnellere, kürzere Schritte – etwa 5 % mehr pro Minute – für sanftere Landungen.

stretch-held-back = ⚠️ Du hast mir vor Kurzem von etwas erzählt, das zuerst fachlich abgeklärt werden sollte. Bitte warte mit diesen Übungen, bis du untersucht wurdest oder es nur noch leicht wehtut.
stretch-head = 🧘 Deine Dehnroutine für den oberen Rücken. Beweg dich sanft, atme ruhig und hör auf, wenn etwas wehtut.
stretch-pec = 1. Brustdehnung: Unterarm an den Türrahmen, nach vorn durchtreten, bis sich die Brust öffnet. { $seconds } s halten, { $repeats }-mal pro Seite.
stretch-trap = 2. Obere Schulter: aufrecht sitzen, das Ohr zur Schulter neigen und die andere Schulter sinken lassen. { $seconds } s halten, { $repeats }-mal pro Seite.
stretch-lat = 3. Seitlicher Rücken: einen Arm über den Kopf strecken und zur anderen Seite lehnen, bis du die Rückenseite spürst. { $seconds } s halten, { $repeats }-mal pro Seite.
stretch-foam = 4. Faszienrolle: quer unter den oberen Rücken legen, langsam rollen und an festen Stellen bis zu { $seconds } s bleiben.
stretch-thoracic = 5. Offenes Buch: auf die Seite legen, Knie gebeugt, den oberen Arm zur anderen Seite aufklappen. { $repeats } langsame Wiederholungen pro Seite, am Ende { $seconds } s halten.
stretch-breathing = 6. Bauchatmung: eine Hand auf die Brust, eine auf den Bauch; so atmen, dass sich nur die untere Hand bewegt, { $minutes } Minuten lang.
stretch-foot = Zwei- bis dreimal am Tag wirkt am besten. Wenn es schmerzt statt zu ziehen, nimm etwas zurück.

faq-head = Wähl eine Frage:
faq-serious-question = Sind Schmerzen im oberen Rücken nach dem Laufen ein Zeichen für etwas Ernstes?
faq-serious-answer = Meistens nicht. Bei Läufern stecken fast immer eine überlastete oder müde Muskulatur, die Haltung oder die Technik dahinter. Ernste Ursachen wie ein Bruch oder ein eingeklemmter Nerv gibt es aber – starke oder anhaltende Schmerzen gehören deshalb in ärztliche Hände.
faq-stretching-question = Kann es schlimmer werden, wenn ich das Dehnen auslasse?
faq-stretching-answer = Ja. Bleiben Brust, Schultern und oberer Rücken verkürzt, bewegst du dich weniger frei und überlastest dich leichter. Regelmäßiges Dehnen erhält die Beweglichkeit und hilft den Muskeln bei der Erholung.
faq-surface-question = Spielt der Untergrund eine Rolle?
faq-surface-answer = Kann sein. Harter oder unebener Boden schickt mehr Stöße durch den Körper, und ein Teil davon landet im oberen Rücken. Waldwege, Wiese oder die Bahn sind schonender.
faq-exercises-question = Welche Übungen beugen vor?
faq-exercises-answer = Alles, was Rumpf, oberen Rücken und Schultern kräftigt: Unterarmstütz, Rudern und Schulterblätter zusammenziehen sind ein guter Anfang. Am besten regelmäßig, nicht erst, wenn es wehtut.
faq-shoes-question = Können meine Schuhe Schmerzen im oberen Rücken verursachen?
faq-shoes-answer = Indirekt ja. Schuhe, die nicht passen oder abgelaufen sind, verändern, wie du dich bewegst und landest – das belastet den ganzen Körper bis nach oben. Stützende, gut gedämpfte Schuhe in gutem Zustand helfen.
faq-cadence-question = Hilft es, meine Schrittfrequenz zu ändern?
faq-cadence-answer = Gut möglich. Ein paar Schritte mehr pro Minute verkürzen deinen Schritt und machen jede Landung weicher – weniger Erschütterung für den oberen Rücken.
faq-hold-question = Wie lange sollte ich beim Dehnen halten?
faq-hold-answer = Halte jede Dehnung etwa 30 Sekunden und atme ruhig weiter, zwei- bis dreimal am Tag. Es soll sanft ziehen, aber nie wehtun.
faq-foam-question = Wie lange und wie fest sollte ich mit der Faszienrolle rollen?
faq-foam-answer = Mit mäßigem Druck und langsam. Findest du eine feste Stelle, bleib 60 bis 90 Sekunden darauf und roll dann weiter.
faq-breathing-question = Wie lange sollte ich die Bauchatmung üben?
faq-breathing-answer = 5 bis 10 Minuten am Tag reichen. Setz oder leg dich bequem hin und lass den Bauch sich heben, während die Brust ruhig bleibt.

tips-head = 💡 Sieben Tipps gegen einen verspannten oberen Rücken nach dem Laufen:
tip-stretch = 1. Dehne die festen Stellen – Brust, obere Schultern und Rückenseiten – jeweils 30 Sekunden, zwei- bis dreimal am Tag.
tip-foam = 2. Roll deinen oberen Rücken mit der Faszienrolle aus und bleib 60 bis 90 Sekunden auf Verhärtungen.
tip-breathe = 3. Übe täglich 5 bis 10 Minuten ruhige Bauchatmung, damit Nacken und Schultern nicht mitatmen müssen.
tip-posture = 4. Steh, sitz und lauf aufrecht – und unterstütze das mit Rudern und Reverse Flys.
tip-hydrate = 5. Trink und iss gut: Muskeln mit genug Flüssigkeit und Energie verkrampfen und verhärten seltener.
tip-form = 6. Lass deine Lauftechnik anschauen – ein Trainer oder ein kurzes Video zeigt, was deinen Rücken belastet.
tip-therapy = 7. Massage, Physiotherapie und ähnliche Behandlungen können hartnäckige Verspannungen lösen.
