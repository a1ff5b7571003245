# Les questions du bilan, leurs réponses, pourquoi je les pose, et les raisons citées au résultat.

## La sécurité d'abord

q-alarm = En plus du mal de dos, as-tu en ce moment l’un de ces symptômes ?
q-alarm-chest = Douleur ou pression dans la poitrine
q-alarm-breath = Du mal à respirer
q-alarm-spread = Douleur qui descend dans le bras ou la mâchoire
q-alarm-sweat = Sueurs ou nausées avec la douleur
q-alarm-bladder = Perte de contrôle de la vessie ou des intestins
q-alarm-faint = Perte de connaissance, ou presque
q-alarm-none = Aucun
why-alarm = Ils peuvent signaler autre chose qu’un muscle fatigué – parfois le cœur, les poumons ou les nerfs. Il faut un médecin tout de suite, c’est pour ça que je pose toujours ces questions en premier.

q-warning = Et est-ce que l’un de ces cas te correspond ?
q-warning-fall = Ça a commencé après une chute ou un choc
q-warning-nerves = Engourdissement, fourmillements ou faiblesse dans les bras ou les jambes
q-warning-fever = De la fièvre ou des frissons
q-warning-weight = Une perte de poids inexpliquée
q-warning-night = J’ai mal la nuit ou au repos
q-warning-none = Aucun
why-warning = Les douleurs liées à la course se calment au repos. Une douleur après une blessure, des signes nerveux, de la fièvre ou une douleur au repos doivent être vus par un médecin ou un kiné avant d’essayer quoi que ce soit seul.

## Ta douleur

q-severity = Au pire moment, à combien est-elle ? 0, c’est aucune douleur, 10 la pire imaginable.
why-severity = Une douleur forte mérite un vrai examen. Et ça t’aide à voir plus tard si ça s’améliore.

q-course = Depuis quand l’as-tu, et comment ça évolue ?
q-course-today = Ça a commencé avec cette course
q-course-settles = Ça revient après mes sorties et ça passe en un jour ou deux
q-course-better = Quelques jours, et ça se calme
q-course-same = Quelques jours, ça ne bouge pas vraiment
q-course-worse = Ça empire
q-course-long = Plus de deux semaines, sans amélioration
why-course = Une gêne qui va et vient avec tes sorties est courante, et tu peux en général t’en occuper toi-même. Une douleur qui augmente, ou qui ne s’est pas calmée au bout de deux semaines, doit être vue par un professionnel.
reason-course-settles = Ça revient après tes sorties et ça passe en un jour ou deux : des muscles qui récupèrent, mais qui s’épuisent à nouveau.

q-where = Où la sens-tu le plus ?
q-where-blades = Entre les omoplates
q-where-neck = À la base de la nuque
q-where-side = Plutôt d’un côté
q-where-across = Sur tout le haut du dos
why-where = L’endroit qui fait mal indique quels muscles travaillent trop : la nuque fait penser à des épaules remontées, un seul côté à un balancement de bras inégal.
reason-where-blades = Tu la sens entre les omoplates, là où tirent une posture voûtée et des muscles respiratoires tendus.
reason-where-neck = Elle se situe à la base de la nuque, là où des épaules remontées et une tête en avant chargent les muscles.
reason-where-side = C’est pire d’un côté, ce qui veut souvent dire qu’un bras travaille plus que l’autre.
reason-where-across = Elle s’étend sur tout le haut du dos, typique de muscles tout simplement épuisés.

q-when = Quand est-ce que ça te gêne le plus ?
q-when-during = Pendant la course
q-when-after = Juste après la course
q-when-nextday = Le lendemain
q-when-twist = Quand je tourne le buste
why-when = Le moment est un indice : une douleur pendant la course oriente vers la technique et la respiration, le lendemain vers des muscles fatigués.
reason-when-during = Ça fait mal pendant que tu cours, quand la technique et la respiration sont sollicitées.
reason-when-after = Ça arrive juste après la course, quand les muscles fatigués et déshydratés se plaignent le plus.
reason-when-nextday = Ça apparaît le lendemain, le signe classique de muscles poussés au-delà de leurs habitudes.
reason-when-twist = Tourner le buste fait mal, ce qui évoque un milieu de dos raide et un gainage qui ne te tient pas bien.

q-experience = Depuis combien de temps cours-tu régulièrement ?
q-experience-new = Moins de six mois
q-experience-some = Entre six mois et deux ans
q-experience-long = Plus de deux ans
why-experience = Quand on court depuis peu, on n’a souvent pas encore la force du haut du corps et du gainage que demande la course, alors ces muscles fatiguent plus vite.
reason-experience-new = Tu cours depuis peu, et les muscles qui te tiennent droit sont encore en train de rattraper leur retard.

## Une question par cause

q-posture-screen = Un jour normal, combien de temps passes-tu assis : bureau, voiture, canapé, écrans ?
q-posture-screen-little = Moins de 4 heures
q-posture-screen-some = De 4 à 7 heures
q-posture-screen-lots = 8 heures ou plus
why-posture-screen = De longues heures assis ont tendance à arrondir les épaules et à avancer la tête. En courant, le haut du dos doit alors travailler d’autant plus pour te tenir.
reason-posture-screen-some = Tu passes une bonne partie de la journée assis.
reason-posture-screen-lots = Tu es assis 8 heures ou plus un jour normal, ce qui a tendance à arrondir les épaules.

q-core-screen = Pourrais-tu tenir une planche bien faite pendant une minute entière ?
q-core-screen-easy = Oui, facilement
q-core-screen-barely = Tout juste
q-core-screen-no = Non
why-core-screen = Ton gainage stabilise la colonne pendant la course. Quand il fatigue, le haut du dos vient en renfort, et ce travail-là n’est pas le sien.
reason-core-screen-barely = Une minute de planche, c’est un vrai combat pour toi.
reason-core-screen-no = Tu ne tiens pas encore une minute de planche, donc ton gainage fatigue peut-être tôt.

q-arms-screen = As-tu déjà remarqué quelque chose de bizarre dans tes bras quand tu cours – sur une vidéo, une photo, ou par une remarque ?
q-arms-screen-fine = Non, ils ont l’air détendus
q-arms-screen-unsure = Je n’ai jamais regardé
q-arms-screen-odd = Oui, quelque chose cloche
why-arms-screen = Le balancement des bras est porté et stabilisé par les muscles du haut du dos. Un balancement maladroit les occupe pendant toute la course.
reason-arms-screen-unsure = Tu n’as encore jamais regardé ton balancement de bras.
reason-arms-screen-odd = Tu as remarqué quelque chose de bizarre dans ton balancement de bras.

q-breath-screen = Comment est ta respiration sur une course habituelle ?
q-breath-screen-chest = Rapide et haute, dans la poitrine
q-breath-screen-hold = Je bloque ma respiration en côte ou dans les passages durs
q-breath-screen-gasp = Je finis par haleter
q-breath-screen-belly = Profonde et régulière, par le ventre
why-breath-screen = Quand la respiration reste haute dans la poitrine, de petits muscles du cou et du haut du dos soulèvent les côtes à chaque inspiration, et ils se fatiguent.
reason-breath-screen-chest = Tu respires vite et haut dans la poitrine, donc les muscles du cou et du haut du dos doivent aider.
reason-breath-screen-hold = Tu bloques ta respiration quand ça devient dur, ce qui rigidifie les muscles autour des côtes.
reason-breath-screen-gasp = Tu finis par haleter, ce qui crispe les muscles autour des côtes.

q-fatigue-screen = Comment s’est passée la course avant la gêne ?
q-fatigue-screen-easy = Courte et facile
q-fatigue-screen-long = Plus longue que d’habitude
q-fatigue-screen-hard = Longue ou dure, et j’étais cuit à la fin
why-fatigue-screen = Des muscles fatigués te tiennent moins bien. Quand ils faiblissent, d’autres prennent le relais, et le haut du dos finit souvent par en faire plus que sa part.
reason-fatigue-screen-long = Cette course était plus longue que ce dont tu as l’habitude.
reason-fatigue-screen-hard = La course était longue ou dure et tu étais épuisé à la fin.

q-water-screen = Combien as-tu bu avant et pendant cette course ?
q-water-screen-plenty = Beaucoup
q-water-screen-little = Un peu
q-water-screen-none = Presque rien
why-water-screen = Des muscles qui manquent d’eau reçoivent moins de sang et éliminent moins bien les déchets, alors ils se raidissent et font des crampes plus tôt.
reason-water-screen-little = Tu as peu bu autour de cette course.
reason-water-screen-none = Tu n’as presque rien bu autour de cette course.

## Questions de suivi

q-posture-head = Quand tu te vois courir (dans une vitrine, sur une photo), as-tu la tête en avant ou les épaules arrondies ?
q-posture-head-yes = Oui, c’est tout moi
q-posture-head-unsure = Je ne sais pas
q-posture-head-no = Non, je cours bien droit
why-posture-head = Une tête en avant pèse sur le haut du dos à chaque foulée, et ces muscles finissent par compenser.
reason-posture-head-yes = En courant, ta tête part vers l’avant et tes épaules s’arrondissent.
reason-posture-head-unsure = Tu ne sais pas trop si ta tête et tes épaules restent droites quand tu cours.

q-water-day = Un jour normal, de quelle couleur est ton urine ?
q-water-day-pale = Jaune pâle
q-water-day-dark = Jaune plus foncé
q-water-day-unsure = Je n’ai jamais fait attention
why-water-day = Jaune pâle veut dire que tu bois assez dans la journée ; plus foncé, que tu pars souvent courir un peu déshydraté.
reason-water-day-dark = Ton urine est souvent d’un jaune plus foncé, donc tu pars souvent courir un peu déshydraté.
reason-water-day-unsure = Tu ne sais pas trop si tu bois assez dans la journée.

q-core-how = Quand tu fatigues en courant, lesquels de ces signes remarques-tu ?
q-core-how-sway = Mon buste se tord ou se balance d’un côté à l’autre
q-core-how-shoulders = J’avance en poussant avec les épaules
q-core-how-pelvis = Mon bas du dos se creuse et mon bassin bascule vers l’avant
q-core-how-stride = Ma foulée et mon rythme deviennent irréguliers
q-core-how-none = Aucun
why-core-how = Ton gainage garde ton buste stable, fait passer la force des jambes vers le haut, tient ta posture et t’aide à sentir où est ton corps. Quand il fatigue, le haut du dos prend le relais pour ces quatre tâches.
reason-core-how-sway = Ton buste se tord ou se balance quand tu fatigues – signe que le gainage lâche.
reason-core-how-shoulders = En fin de course, tu pousses avec les épaules plutôt qu’avec ton gainage.
reason-core-how-pelvis = Ton bas du dos se creuse et ton bassin bascule vers l’avant, alors le haut du dos s’arrondit pour compenser.
reason-core-how-stride = Ta foulée et ton rythme se désorganisent quand tu fatigues.

q-arms-how = Lesquels de ces points correspondent à ton balancement de bras ?
q-arms-how-cross = Mes mains passent devant ma poitrine
q-arms-how-shrug = Mes épaules remontent vers les oreilles
q-arms-how-still = Mes bras restent plutôt immobiles
q-arms-how-uneven = Un bras se balance différemment de l’autre
q-arms-how-none = Aucun
why-arms-how = Des bras qui croisent devant toi, des épaules remontées, un balancement mou ou inégal : tout ça fait faire des heures sup aux muscles entre les omoplates.
reason-arms-how-cross = Tes mains croisent le milieu du corps, alors le haut de ton dos lutte sans arrêt contre la rotation.
reason-arms-how-shrug = Tes épaules remontent vers les oreilles et gardent le haut du dos sous tension.
reason-arms-how-still = Tes bras bougent à peine, alors c’est le buste et le haut du dos qui font le travail.
reason-arms-how-uneven = Un bras se balance différemment, donc un côté de ton dos travaille plus.

q-breath-how = Et lesquels de ces points te parlent ?
q-breath-how-neck = Ma nuque et mes épaules se crispent quand je respire fort
q-breath-how-cramp = J’ai des crampes ou des raideurs dans le haut du dos en courant
q-breath-how-stiff = Milieu du dos raide quand je tourne le buste ou inspire à fond
q-breath-how-stress = Je suis souvent stressé ou anxieux avant de courir
q-breath-how-none = Aucun
why-breath-how = Si le diaphragme ne fait pas l’essentiel du travail, les muscles du cou et du haut du dos soulèvent les côtes à sa place. Le stress rend la respiration plus superficielle, et un milieu de dos raide empêche les côtes de s’ouvrir.
reason-breath-how-neck = Ta nuque et tes épaules se crispent quand tu respires fort.
reason-breath-how-cramp = Le haut de ton dos se crispe ou se raidit pendant la course, signe qu’il manque d’oxygène.
reason-breath-how-stiff = Le milieu de ton dos est raide quand tu tournes ou respires à fond, ce qui rend la respiration plus laborieuse.
reason-breath-how-stress = Tu es souvent stressé avant de courir, et le stress garde la respiration haute et superficielle.

q-fatigue-how = Est-ce que l’un des deux te correspond ?
q-fatigue-how-form = Vers la fin, épaules remontées ou nuque crispée
q-fatigue-how-load = J’ai couru plus, ou plus fort, ces deux dernières semaines
q-fatigue-how-none = Aucun des deux
why-fatigue-how = Des muscles du haut du dos fatigués passent leur travail à la nuque et aux épaules, et les muscles ont besoin de temps pour suivre plus de distance ou de vitesse.
reason-fatigue-how-form = En fatiguant, tes épaules sont remontées et ta nuque s’est crispée : le haut du dos était à bout.
reason-fatigue-how-load = Tu as augmenté ton entraînement récemment, plus vite que tes muscles ne se sont adaptés.

q-water-how = Et parmi ceux-ci, lesquels te correspondent ?
q-water-how-cramp = Des crampes, ou raide et lourd, pendant ou après la course
q-water-how-heat = Il faisait chaud, ou j’ai beaucoup transpiré
q-water-how-dry = Je ne prends pas d’eau sur les sorties de plus d’une heure
q-water-how-none = Aucun
why-water-how = Les crampes et les raideurs, c’est la façon dont se plaignent les muscles qui manquent d’eau ; la chaleur et les longues sorties sans boire en sont les causes habituelles.
reason-water-how-cramp = Tu as eu des crampes ou tu t’es senti raide et lourd, comme des muscles qui manquent d’eau.
reason-water-how-heat = Il faisait chaud ou tu as beaucoup transpiré, donc tu as perdu plus d’eau que d’habitude.
reason-water-how-dry = Tu cours plus d’une heure sans emporter d’eau.

## Les habitudes qui changent les conseils

q-stretching = À quelle fréquence étires-tu ta poitrine, tes épaules et le haut de ton dos ?
q-stretching-regular = Presque tous les jours
q-stretching-sometimes = De temps en temps
q-stretching-rarely = Presque jamais
why-stretching = Des muscles de la poitrine et des épaules raccourcis te tirent vers l’avant. Si tu les étires rarement, c’est un gain facile.
reason-stretching-sometimes = Tu n’étires ta poitrine et tes épaules que de temps en temps.
reason-stretching-rarely = Tu n’étires presque jamais ta poitrine et tes épaules, alors elles te tirent vers l’avant.

q-warmup = Est-ce que tu t’échauffes avant de courir ?
q-warmup-always = Oui, à chaque fois
q-warmup-sometimes = Parfois
q-warmup-rarely = Presque jamais
why-warmup = Des muscles qui démarrent une sortie à froid fatiguent et se crispent plus vite, et le haut du dos ne fait pas exception.
reason-warmup-rarely = Tu ne t’échauffes presque jamais, donc tes muscles démarrent chaque sortie à froid.

q-strength = Fais-tu du renforcement ou du gainage ?
q-strength-weekly = Oui, chaque semaine
q-strength-sometimes = De temps en temps
q-strength-never = Pas vraiment
why-strength = Un gainage et un haut du dos solides te tiennent droit en courant ; sans ce travail, ils fatiguent bien avant tes jambes.
reason-strength-sometimes = Tu ne fais du renforcement ou du gainage que de temps en temps.
reason-strength-never = Tu ne fais pas encore de renforcement ni de gainage, donc les muscles qui te tiennent droit fatiguent tôt.

q-surface = Sur quoi cours-tu le plus souvent ?
q-surface-hard = Route et trottoirs
q-surface-mixed = Un peu de tout
q-surface-soft = Chemins, herbe ou piste
why-surface = Un sol dur envoie plus de chocs dans le corps, et les muscles fatigués le sentent.

q-shoes = Dans quel état sont tes chaussures de course ?
q-shoes-fresh = Assez neuves et confortables
q-shoes-worn = Usées
q-shoes-unsure = Aucune idée de leur âge
why-shoes = Des chaussures fatiguées amortissent moins et peuvent changer ta façon de bouger, ce qui ajoute de la charge plus haut.

q-cadence = Comment décrirais-tu ta foulée ?
q-cadence-quick = Des pas rapides et légers
q-cadence-long = De grandes foulées bondissantes
q-cadence-unsure = Aucune idée
why-cadence = Des foulées plus longues, ce sont des appuis plus durs. Quelques pas de plus par minute adoucissent chacun d’eux.
