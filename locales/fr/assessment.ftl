# Les questions du bilan, leurs réponses, pourquoi je les pose, et les raisons citées au résultat.

## La sécurité d'abord

q-alarm = En plus du mal de dos, as-tu en ce moment l’un de ces symptômes ?
q-alarm-chest = Douleur ou pression dans la poitrine
q-alarm-breath = Du mal à respirer
q-alarm-spread = Douleur qui descend dans le bras ou la mâchoire
q-alarm-sweat = Sueurs ou nausées avec la douleur
q-alarm-bladder = Perte de contrôle de la vessie ou des intestins
q-alarm-none = Aucun
why-alarm = Ils peuvent signaler autre chose qu’un muscle fatigué – parfois le cœur, les poumons ou les nerfs. Il faut un médecin tout de suite, c’est pour ça que je pose toujours ces questions en premier.

q-warning = Et est-ce que l’un de ces cas te correspond ?
q-warning-fall = Ça a commencé après une chute ou un choc
q-warning-nerves = Engourdissement, fourmillements ou faiblesse dans les bras ou les jambes
q-warning-fever = De la fièvre, ou une perte de poids inexpliquée
q-warning-night = J’ai mal la nuit ou au repos
q-warning-none = Aucun
why-warning = Les douleurs liées à la course se calment au repos. Une douleur après une blessure, des signes nerveux, de la fièvre ou une douleur au repos doivent être vus par un médecin ou un kiné avant d’essayer quoi que ce soit seul.

## Ta douleur

q-severity = Au pire moment, à combien est-elle ? 0, c’est aucune douleur, 10 la pire imaginable.
why-severity = Une douleur forte mérite un vrai examen. Et ça t’aide à voir plus tard si ça s’améliore.

q-course = Depuis quand l’as-tu, et comment ça évolue ?
q-course-today = Ça a commencé avec cette course
q-course-better = Quelques jours, ça va mieux
q-course-same = Quelques jours, à peu près pareil
q-course-worse = Ça empire
q-course-long = Plus de deux semaines
why-course = Des courbatures ordinaires disparaissent en quelques jours. Une douleur qui augmente ou qui dure des semaines doit être vue par un professionnel.

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
q-breath-screen-belly = Profonde et régulière, par le ventre
q-breath-screen-chest = Rapide et haute, dans la poitrine
q-breath-screen-gasp = Je bloque ma respiration ou je finis par haleter
why-breath-screen = Quand la respiration reste haute dans la poitrine, de petits muscles du cou et du haut du dos soulèvent les côtes à chaque inspiration, et ils se fatiguent.
reason-breath-screen-chest = Tu respires vite et haut dans la poitrine, donc les muscles du cou et du haut du dos doivent aider.
reason-breath-screen-gasp = Tu as tendance à bloquer ta respiration ou à haleter, ce qui crispe les muscles autour des côtes.

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

q-core-sway = Quand tu fatigues, ton buste se tord-il ou se balance-t-il d’un côté à l’autre ?
q-core-sway-yes = Oui
q-core-sway-unsure = Je ne sais pas
q-core-sway-no = Non
why-core-sway = Un buste stable demande un bon gainage. Quand il vacille, le haut du dos joue les stabilisateurs de secours.
reason-core-sway-yes = Ton buste se tord ou se balance quand tu fatigues – signe que le gainage lâche.
reason-core-sway-unsure = Ton buste commence peut-être à se tordre quand tu fatigues.

q-core-shoulders = En fin de course, as-tu l’impression d’avancer en poussant avec les épaules ?
q-core-shoulders-yes = Oui
q-core-shoulders-unsure = Parfois
q-core-shoulders-no = Non
why-core-shoulders = La force devrait passer des jambes au buste par le gainage. Si le gainage faiblit, les épaules et le haut du dos tentent de compenser.
reason-core-shoulders-yes = En fin de course, tu pousses avec les épaules plutôt qu’avec ton gainage.
reason-core-shoulders-unsure = En fin de course, ce sont parfois tes épaules qui poussent.

q-core-pelvis = Ton bas du dos se creuse-t-il beaucoup, avec le bassin basculé vers l’avant ?
q-core-pelvis-yes = Oui
q-core-pelvis-unsure = Je ne sais pas
q-core-pelvis-no = Non
why-core-pelvis = Un bas du dos très creusé va souvent avec un gainage faible, et le haut du dos s’arrondit pour compenser.
reason-core-pelvis-yes = Ton bas du dos se creuse et ton bassin bascule vers l’avant, alors le haut du dos s’arrondit pour compenser.
reason-core-pelvis-unsure = Ton bas du dos se creuse peut-être plus que nécessaire.

q-core-stride = As-tu du mal à garder une foulée et un rythme réguliers quand tu fatigues ?
q-core-stride-yes = Oui
q-core-stride-unsure = Parfois
q-core-stride-no = Non
why-core-stride = Un bon gainage t’aide à sentir où est ton corps. Quand il flanche, la foulée devient désordonnée et le haut du dos se démène pour garder l’équilibre.
reason-core-stride-yes = Ta foulée et ton rythme se désorganisent quand tu fatigues.
reason-core-stride-unsure = Ton rythme se dérègle parfois quand tu fatigues.

q-arms-cross = Tes mains passent-elles devant le milieu de ta poitrine ?
q-arms-cross-yes = Oui
q-arms-cross-unsure = Je ne sais pas
q-arms-cross-no = Non
why-arms-cross = Des bras qui croisent devant toi font tourner le buste, et les muscles entre les omoplates doivent sans cesse freiner ce mouvement.
reason-arms-cross-yes = Tes mains croisent le milieu du corps, alors le haut de ton dos lutte sans arrêt contre la rotation.
reason-arms-cross-unsure = Tes bras croisent peut-être devant toi.

q-arms-shrug = Tes épaules remontent-elles vers les oreilles ?
q-arms-shrug-yes = Oui
q-arms-shrug-unsure = Parfois
q-arms-shrug-no = Non
why-arms-shrug = Des épaules remontées gardent les muscles du dessus contractés pendant toute la course ; des muscles contractés reçoivent moins de sang et fatiguent.
reason-arms-shrug-yes = Tes épaules remontent vers les oreilles et gardent le haut du dos sous tension.
reason-arms-shrug-unsure = Tes épaules remontent parfois quand tu cours.

q-arms-drive = Tes bras restent-ils plutôt immobiles au lieu d’aller franchement d’avant en arrière ?
q-arms-drive-yes = Oui
q-arms-drive-unsure = Je ne sais pas
q-arms-drive-no = Non
why-arms-drive = Un balancement de bras trop mou oblige le corps à trouver son élan ailleurs, souvent en tordant le buste et en sollicitant le haut du dos.
reason-arms-drive-yes = Tes bras bougent à peine, alors c’est le buste et le haut du dos qui font le travail.
reason-arms-drive-unsure = Ton balancement de bras est peut-être un peu mou.

q-arms-uneven = Un bras se balance-t-il différemment de l’autre ?
q-arms-uneven-yes = Oui
q-arms-uneven-unsure = Je ne sais pas
q-arms-uneven-no = Non
why-arms-uneven = Un balancement inégal fait travailler davantage un côté du haut du dos, c’est pourquoi la gêne peut être d’un seul côté.
reason-arms-uneven-yes = Un bras se balance différemment, donc un côté de ton dos travaille plus.
reason-arms-uneven-unsure = Tes bras ne se balancent peut-être pas de la même façon.

q-breath-neck = Quand tu respires fort, ta nuque et tes épaules se crispent-elles ?
q-breath-neck-yes = Oui
q-breath-neck-unsure = Je ne sais pas
q-breath-neck-no = Non
why-breath-neck = Si le diaphragme ne fait pas l’essentiel du travail, les muscles du cou et du haut du dos soulèvent les côtes – des milliers de fois par course.
reason-breath-neck-yes = Ta nuque et tes épaules se crispent quand tu respires fort.
reason-breath-neck-unsure = Ta nuque et tes épaules t’aident peut-être à respirer.

q-breath-hold = Te surprends-tu à bloquer ta respiration dans les côtes ou les efforts intenses ?
q-breath-hold-yes = Oui
q-breath-hold-unsure = Parfois
q-breath-hold-no = Non
why-breath-hold = Bloquer sa respiration rigidifie tout ce qui entoure les côtes, et cette raideur gagne le haut du dos.
reason-breath-hold-yes = Tu bloques ta respiration dans les efforts intenses, ce qui crispe le haut du corps.
reason-breath-hold-unsure = Il t’arrive de bloquer ta respiration quand ça devient dur.

q-breath-cramp = As-tu des crampes ou des raideurs dans le haut du dos pendant la course ?
q-breath-cramp-yes = Oui
q-breath-cramp-unsure = Parfois
q-breath-cramp-no = Non
why-breath-cramp = Des muscles qui manquent d’oxygène font des crampes et se raidissent plus vite ; une mauvaise respiration et un manque d’eau réduisent tous deux l’apport.
reason-breath-cramp-yes = Le haut de ton dos se crispe ou se raidit pendant la course, signe qu’il manque d’oxygène.
reason-breath-cramp-unsure = Le haut de ton dos se raidit parfois en pleine course.

q-breath-stiff = Le milieu de ton dos est-il raide quand tu tournes le buste ou respires très profondément ?
q-breath-stiff-yes = Oui
q-breath-stiff-unsure = Je ne sais pas
q-breath-stiff-no = Non
why-breath-stiff = Un milieu de dos raide empêche les côtes de s’ouvrir complètement, alors chaque respiration demande plus d’effort aux muscles autour.
reason-breath-stiff-yes = Le milieu de ton dos est raide quand tu tournes ou respires à fond, ce qui rend la respiration plus laborieuse.
reason-breath-stiff-unsure = Le milieu de ton dos est peut-être un peu raide.

q-fatigue-form = Vers la fin, tes épaules sont-elles remontées ou ta nuque s’est-elle crispée ?
q-fatigue-form-yes = Oui
q-fatigue-form-unsure = Je ne sais pas
q-fatigue-form-no = Non
why-fatigue-form = Quand le haut du dos fatigue, la nuque et les épaules essaient d’aider, ce qui ajoute de la charge et de la raideur.
reason-fatigue-form-yes = En fatiguant, tes épaules sont remontées et ta nuque s’est crispée : le haut du dos était à bout.
reason-fatigue-form-unsure = Ta posture s’est peut-être dégradée avec la fatigue.

q-fatigue-load = As-tu couru plus, ou plus fort, que d’habitude ces deux dernières semaines ?
q-fatigue-load-yes = Oui
q-fatigue-load-no = Non
why-fatigue-load = Les muscles ont besoin de temps pour suivre plus de distance ou de vitesse. Une hausse brutale de l’entraînement déclenche souvent des douleurs.
reason-fatigue-load-yes = Tu as augmenté ton entraînement récemment, plus vite que tes muscles ne se sont adaptés.

q-water-day = Un jour normal, de quelle couleur est ton urine ?
q-water-day-pale = Jaune pâle
q-water-day-dark = Jaune plus foncé
q-water-day-unsure = Je n’ai jamais fait attention
why-water-day = Jaune pâle veut dire que tu bois assez dans la journée ; plus foncé, que tu pars souvent courir un peu déshydraté.
reason-water-day-dark = Ton urine est souvent d’un jaune plus foncé, donc tu pars souvent courir un peu déshydraté.
reason-water-day-unsure = Tu ne sais pas trop si tu bois assez dans la journée.

q-water-cramp = As-tu eu des crampes, ou t’es-tu senti raide et lourd, pendant ou après la course ?
q-water-cramp-yes = Oui
q-water-cramp-no = Non
why-water-cramp = Les crampes et les raideurs sont la façon habituelle dont se plaignent les muscles qui manquent d’eau.
reason-water-cramp-yes = Tu as eu des crampes ou tu t’es senti raide et lourd, comme des muscles qui manquent d’eau.

## Ce qui change les conseils

q-stretching = À quelle fréquence étires-tu ta poitrine, tes épaules et le haut de ton dos ?
q-stretching-regular = Presque tous les jours
q-stretching-sometimes = De temps en temps
q-stretching-rarely = Presque jamais
why-stretching = Des muscles de la poitrine et des épaules raccourcis te tirent vers l’avant. Si tu les étires rarement, c’est un gain facile.

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
