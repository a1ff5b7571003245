# Ce que le bot sait et partage : conseils, routine d'étirements, questions fréquentes.

advice-stretch = 🧘 Étire la poitrine, le haut des épaules et les côtés du dos : environ 30 secondes chacun, deux ou trois fois par jour. Envoie /stretch pour la routine.
advice-strength = 💪 Renforce les muscles qui te tiennent droit : rowing, oiseau (écartés inversés) et serrage des omoplates, deux ou trois fois par semaine.
advice-core = 🧱 Travaille ton gainage : planche, planche latérale et dead bug quelques fois par semaine, pour que ton buste reste stable quand tu fatigues.
advice-arms = 🏃 Détends ton balancement de bras : coudes pliés à environ 90°, mains qui frôlent les hanches, d’avant en arrière plutôt qu’en travers, épaules basses. Une petite vidéo de toi aide, un coach aussi.
advice-breathing = 🌬️ Pratique la respiration abdominale 5 à 10 minutes par jour, et assouplis le milieu du dos avec des rotations douces. En courant, expire à fond et garde les épaules relâchées.
advice-foam = 🟠 Passe le rouleau de massage sur le haut du dos : roule lentement et reste 60 à 90 secondes sur les points tendus, avec une pression modérée.
advice-load = 📅 Lève un peu le pied : des prochaines sorties courtes et tranquilles, une distance qui augmente progressivement, et des jours de repos prévus.
advice-warmup = 🔥 Échauffe-toi 5 à 10 minutes avant de courir : marche rapide ou petit footing, moulinets des bras et rotations douces du haut du dos.
advice-hydrate = 💧 Bois régulièrement dans la journée (vise une urine jaune pâle), bois avant de partir et emporte de l’eau sur les sorties longues.
advice-surface = 🌳 Remplace quelques sorties sur bitume par des chemins, de l’herbe ou la piste pour limiter les chocs.
advice-shoes = 👟 Vérifie tes chaussures : si elles sont usées ou paraissent plates, il est temps d’en prendre une paire qui maintient bien et te va.
advice-cadence = 👣 Essaie des pas un peu plus courts et rapides – environ 5 % de plus par minute – pour des appuis plus légers.

stretch-held-back = ⚠️ Tu m’as parlé récemment de quelque chose qu’un professionnel devrait vérifier d’abord. Mets ces étirements de côté jusqu’à ce que tu aies consulté, ou que ça ne fasse plus que légèrement mal.
stretch-head = 🧘 Ta routine d’étirements pour le haut du dos. Bouge en douceur, respire lentement, et arrête si quelque chose fait mal.
stretch-pec = 1. Poitrine : avant-bras contre un encadrement de porte, avance d’un pas jusqu’à sentir la poitrine s’ouvrir. Tiens { $seconds } s, { $repeats } fois de chaque côté.
stretch-trap = 2. Haut de l’épaule : assis bien droit, penche l’oreille vers l’épaule et laisse l’autre épaule descendre. Tiens { $seconds } s, { $repeats } fois de chaque côté.
stretch-lat = 3. Côté du dos : tends un bras au-dessus de la tête et penche-toi de l’autre côté jusqu’à sentir le flanc. Tiens { $seconds } s, { $repeats } fois de chaque côté.
stretch-foam = 4. Rouleau : allonge-toi dessus, en travers du haut du dos, et roule lentement en restant jusqu’à { $seconds } s sur les points tendus.
stretch-thoracic = 5. Livre ouvert : allongé sur le côté, genoux pliés, ouvre le bras du dessus vers l’autre côté. { $repeats } répétitions lentes de chaque côté, avec { $seconds } s de pause à la fin.
stretch-breathing = 6. Respiration abdominale : une main sur la poitrine, une sur le ventre ; respire de sorte que seule la main du bas bouge, pendant { $minutes } minutes.
stretch-foot = Deux ou trois fois par jour, c’est l’idéal. Si ça fait mal au lieu d’étirer, relâche.

faq-head = Choisis une question :
faq-serious-question = Une douleur dans le haut du dos après la course, c’est grave ?
faq-serious-answer = En général, non. Chez les coureurs, c’est le plus souvent un muscle surmené ou fatigué, la posture ou la technique. Il existe des causes sérieuses, comme une fracture ou un nerf coincé : une douleur forte ou qui ne passe pas doit donc être vue par un médecin.
faq-stretching-question = Sauter les étirements peut-il aggraver les choses ?
faq-stretching-answer = Oui. Si la poitrine, les épaules et le haut du dos restent raides, tu bouges moins librement et tu forces plus facilement. S’étirer régulièrement entretient la mobilité et aide les muscles à récupérer.
faq-surface-question = Le terrain sur lequel je cours compte-t-il ?
faq-surface-answer = Ça peut. Un sol dur ou inégal envoie plus de chocs dans tout le corps, et le haut du dos en encaisse une partie. Les chemins, l’herbe ou la piste sont plus doux.
faq-exercises-question = Quels exercices aident à l’éviter ?
faq-exercises-answer = Tout ce qui renforce le gainage, le haut du dos et les épaules : la planche, le rowing et le serrage des omoplates sont un excellent début. Fais-les régulièrement, pas seulement quand ça fait mal.
faq-shoes-question = Mes chaussures peuvent-elles causer des douleurs dans le haut du dos ?
faq-shoes-answer = Indirectement, oui. Des chaussures mal ajustées ou usées changent ta façon de bouger et de poser le pied, ce qui charge tout le corps jusqu’en haut. Des chaussures qui maintiennent et amortissent bien, en bon état, aident.
faq-cadence-question = Changer ma cadence peut-il aider ?
faq-cadence-answer = C’est possible. Faire quelques pas de plus par minute raccourcit la foulée et adoucit chaque appui, donc moins de secousses pour le haut du dos.
faq-hold-question = Combien de temps tenir un étirement ?
faq-hold-answer = Environ 30 secondes, en respirant calmement, deux ou trois fois par jour. Ça doit tirer doucement, jamais faire mal.
faq-foam-question = Combien de temps et avec quelle pression passer le rouleau ?
faq-foam-answer = Une pression modérée, en roulant lentement. Quand tu tombes sur un point tendu, reste dessus 60 à 90 secondes, puis continue.
faq-breathing-question = Combien de temps pratiquer la respiration abdominale ?
faq-breathing-answer = 5 à 10 minutes par jour, c’est largement assez. Assieds-toi ou allonge-toi confortablement et laisse ton ventre se soulever pendant que ta poitrine reste immobile.

tips-head = 💡 Sept façons de soulager le haut du dos après la course :
tip-stretch = 1. Étire les zones raides – poitrine, haut des épaules et côtés du dos – 30 secondes, deux ou trois fois par jour.
tip-foam = 2. Passe le rouleau sur le haut du dos en restant 60 à 90 secondes sur les nœuds.
tip-breathe = 3. Pratique une respiration abdominale lente 5 à 10 minutes par jour, pour que le cou et les épaules n’aient pas à t’aider à respirer.
tip-posture = 4. Tiens-toi droit debout, assis et en courant, et renforce-toi avec du rowing et de l’oiseau.
tip-hydrate = 5. Bois et mange bien : des muscles avec assez d’eau et d’énergie font moins de crampes et se raidissent moins.
tip-form = 6. Fais analyser ta foulée – un coach ou une courte vidéo peut repérer ce qui charge ton dos.
tip-therapy = 7. Les massages, la kinésithérapie et les soins manuels du même genre peuvent détendre les tensions tenaces.
