# Las preguntas de la revisión, sus respuestas, por qué pregunto, y las razones del resultado.

## Primero, la seguridad

q-alarm = Además del dolor de espalda, ¿tienes ahora mismo alguno de estos síntomas?
q-alarm-chest = Dolor u opresión en el pecho
q-alarm-breath = Me cuesta respirar
q-alarm-spread = Dolor que se extiende al brazo o la mandíbula
q-alarm-sweat = Sudor o náuseas con el dolor
q-alarm-bladder = He perdido el control de la vejiga o el intestino
q-alarm-faint = Me he desmayado o casi
q-alarm-none = Nada de esto
why-alarm = Pueden indicar algo distinto a un músculo cansado, a veces del corazón, los pulmones o los nervios. Necesitan un médico enseguida, por eso siempre pregunto por ellos primero.

q-warning = ¿Y te pasa alguna de estas cosas?
q-warning-fall = Empezó tras una caída o un golpe
q-warning-nerves = Entumecimiento, hormigueo o debilidad en brazos o piernas
q-warning-fever = Fiebre o escalofríos
q-warning-weight = He perdido peso sin saber por qué
q-warning-night = Me duele por la noche o en reposo
q-warning-none = Nada de esto
why-warning = Las molestias de correr mejoran con el reposo. El dolor tras una lesión, los síntomas nerviosos, la fiebre o el dolor en reposo conviene que los vea un médico o un fisio antes de probar por tu cuenta.

## Tu dolor

q-severity = En su peor momento, ¿cuánto duele? 0 es nada de dolor y 10 el peor que puedas imaginar.
why-severity = Un dolor fuerte merece una exploración en condiciones. Además, te ayuda a ver más adelante si vas mejorando.

q-course = ¿Desde cuándo lo tienes y cómo va?
q-course-today = Empezó con esta carrera
q-course-settles = Vuelve después de correr y se pasa en un día o dos
q-course-better = Unos días, y va a menos
q-course-same = Unos días, sin cambios
q-course-worse = Cada vez va a peor
q-course-long = Más de dos semanas, y no mejora
why-course = Las molestias que van y vienen con tus carreras son habituales, y normalmente puedes cuidarlas tú mismo. Un dolor que va a más, o que no ha mejorado en dos semanas, debería verlo un profesional.
reason-course-settles = Vuelve después de correr y se pasa en un día o dos: músculos que se recuperan, pero que vuelven a agotarse.

q-where = ¿Dónde lo notas más?
q-where-blades = Entre los omóplatos
q-where-neck = En la base del cuello
q-where-side = Más en un lado
q-where-across = Por toda la espalda alta
why-where = Dónde duele da pistas de qué músculos trabajan de más: el cuello apunta a hombros encogidos; un solo lado, a un braceo desigual.
reason-where-blades = Lo notas entre los omóplatos, donde tiran una postura encorvada y unos músculos respiratorios tensos.
reason-where-neck = Está en la base del cuello, donde los hombros encogidos y la cabeza adelantada cargan los músculos.
reason-where-side = Es peor en un lado, lo que suele significar que un brazo trabaja más que el otro.
reason-where-across = Se reparte por toda la espalda alta, típico de músculos que simplemente están agotados.

q-when = ¿Cuándo te molesta más?
q-when-during = Mientras corro
q-when-after = Justo después de correr
q-when-nextday = Al día siguiente
q-when-twist = Al girar el tronco
why-when = El momento es una pista: el dolor durante la carrera apunta a técnica y respiración; al día siguiente, a músculos cansados.
reason-when-during = Te duele mientras corres, cuando la técnica y la respiración están trabajando.
reason-when-after = Aparece justo después de correr, cuando los músculos cansados y deshidratados más se quejan.
reason-when-nextday = Aparece al día siguiente, la señal clásica de músculos que han hecho más de lo acostumbrado.
reason-when-twist = Te duele al girar el tronco, lo que apunta a una espalda media rígida y a un core que no te sujeta firme.

q-experience = ¿Cuánto tiempo llevas corriendo con regularidad?
q-experience-new = Menos de seis meses
q-experience-some = De seis meses a dos años
q-experience-long = Más de dos años
why-experience = Si llevas poco tiempo corriendo, a menudo todavía no tienes la fuerza de core y de la parte alta del cuerpo que pide correr, así que esos músculos se cansan antes.
reason-experience-new = Llevas poco tiempo corriendo, y los músculos que te sostienen todavía se están poniendo al día.

## Una pregunta por cada causa

q-posture-screen = En un día normal, ¿cuánto tiempo pasas sentado: mesa, coche, sofá, pantallas?
q-posture-screen-little = Menos de 4 horas
q-posture-screen-some = De 4 a 7 horas
q-posture-screen-lots = 8 horas o más
why-posture-screen = Pasar muchas horas sentado tiende a redondear los hombros y adelantar la cabeza. Luego, al correr, la espalda alta tiene que esforzarse más para sostenerte.
reason-posture-screen-some = Pasas sentado buena parte del día.
reason-posture-screen-lots = En un día normal pasas 8 horas o más sentado, y eso tiende a redondear los hombros.

q-core-screen = ¿Podrías aguantar una plancha bien hecha durante un minuto entero?
q-core-screen-easy = Sí, sin problema
q-core-screen-barely = Justo
q-core-screen-no = No
why-core-screen = El core mantiene estable la columna mientras corres. Cuando se cansa, la espalda alta le echa una mano, y ese trabajo extra no le corresponde.
reason-core-screen-barely = Aguantar un minuto de plancha te cuesta de verdad.
reason-core-screen-no = Todavía no aguantas un minuto de plancha, así que tu core puede cansarse pronto.

q-arms-screen = ¿Has notado algo raro en tus brazos al correr, en un vídeo, una foto o un comentario de alguien?
q-arms-screen-fine = No, se ven relajados
q-arms-screen-unsure = Nunca me he fijado
q-arms-screen-odd = Sí, algo no va bien
why-arms-screen = El braceo lo mueven y lo estabilizan los músculos de la espalda alta. Un braceo torpe los tiene ocupados toda la carrera.
reason-arms-screen-unsure = Todavía no te has fijado en tu braceo.
reason-arms-screen-odd = Has notado algo raro en tu braceo.

q-breath-screen = ¿Cómo notas la respiración en una carrera normal?
q-breath-screen-chest = Rápida y alta, en el pecho
q-breath-screen-hold = Aguanto el aire en las cuestas o en los tramos duros
q-breath-screen-gasp = Acabo boqueando
q-breath-screen-belly = Profunda y regular, desde la tripa
why-breath-screen = Cuando la respiración se queda alta en el pecho, pequeños músculos del cuello y la espalda alta levantan las costillas en cada respiración, y se cansan.
reason-breath-screen-chest = Respiras rápido y alto en el pecho, así que los músculos del cuello y la espalda alta tienen que ayudar.
reason-breath-screen-hold = Aguantas el aire cuando aprieta, y eso pone rígidos los músculos alrededor de las costillas.
reason-breath-screen-gasp = Acabas boqueando, y eso tensa los músculos alrededor de las costillas.

q-fatigue-screen = ¿Cómo fue la carrera antes de las molestias?
q-fatigue-screen-easy = Corta y suave
q-fatigue-screen-long = Más larga de lo habitual
q-fatigue-screen-hard = Larga o dura, y acabé cansado
why-fatigue-screen = Los músculos cansados te sostienen peor. Cuando flaquean, otros toman el relevo, y la espalda alta suele acabar haciendo más de la cuenta.
reason-fatigue-screen-long = La carrera fue más larga de lo que acostumbras.
reason-fatigue-screen-hard = La carrera fue larga o dura y acabaste agotado.

q-water-screen = ¿Cuánto bebiste antes y durante esa carrera?
q-water-screen-plenty = Bastante
q-water-screen-little = Un poco
q-water-screen-none = Casi nada
why-water-screen = A los músculos con poca agua les llega menos sangre y eliminan peor los desechos, así que se agarrotan y se acalambran antes.
reason-water-screen-little = Bebiste poco alrededor de esa carrera.
reason-water-screen-none = No bebiste casi nada alrededor de esa carrera.

## Preguntas de seguimiento

q-posture-head = Si te ves corriendo (en un escaparate, una foto), ¿llevas la cabeza adelantada o los hombros redondeados?
q-posture-head-yes = Sí, ese soy yo
q-posture-head-unsure = No estoy seguro
q-posture-head-no = No, corro erguido
why-posture-head = Una cabeza adelantada carga la espalda alta en cada zancada, y esos músculos acaban compensando.
reason-posture-head-yes = Al correr, la cabeza se te va hacia delante y los hombros se redondean.
reason-posture-head-unsure = No sabes bien si la cabeza y los hombros se mantienen erguidos al correr.

q-water-day = En un día normal, ¿de qué color es tu orina?
q-water-day-pale = Amarillo clarito
q-water-day-dark = Amarillo más oscuro
q-water-day-unsure = Nunca me he fijado
why-water-day = Amarillo clarito significa que bebes lo suficiente durante el día; más oscuro, que sueles salir a correr algo deshidratado.
reason-water-day-dark = Tu orina suele ser de un amarillo más oscuro, así que a menudo sales a correr algo deshidratado.
reason-water-day-unsure = No sabes bien cuánto bebes a lo largo del día.

q-core-how = Cuando te cansas corriendo, ¿cuáles de estas cosas te pasan?
q-core-how-sway = El tronco se me gira o se balancea de lado a lado
q-core-how-shoulders = Me impulso con los hombros
q-core-how-pelvis = Arqueo la zona lumbar y la cadera se me va hacia delante
q-core-how-stride = La zancada y el ritmo se vuelven irregulares
q-core-how-none = Nada de esto
why-core-how = El core mantiene estable el tronco, pasa hacia arriba la fuerza de las piernas, sostiene la postura y te ayuda a sentir dónde está tu cuerpo. Cuando se cansa, la espalda alta toma el relevo en esas cuatro tareas.
reason-core-how-sway = El tronco se te gira o balancea al cansarte: señal de que el core afloja.
reason-core-how-shoulders = Al final de la carrera tiras de los hombros en lugar del core.
reason-core-how-pelvis = Arqueas la zona lumbar y la cadera se inclina hacia delante, así que la espalda alta se redondea para compensar.
reason-core-how-stride = La zancada y el ritmo se te desmontan cuando te cansas.

q-arms-how = ¿Cuáles de estas cosas encajan con tu braceo?
q-arms-how-cross = Las manos me cruzan por delante del pecho
q-arms-how-shrug = Se me suben los hombros hacia las orejas
q-arms-how-still = Llevo los brazos bastante quietos
q-arms-how-uneven = Un brazo se mueve distinto que el otro
q-arms-how-none = Nada de esto
why-arms-how = Brazos que cruzan por delante, hombros subidos, un braceo flojo o uno desigual: todo eso hace que los músculos entre los omóplatos hagan horas extra.
reason-arms-how-cross = Tus manos cruzan la línea media del cuerpo, así que tu espalda alta no para de frenar el giro.
reason-arms-how-shrug = Se te suben los hombros hacia las orejas y la espalda alta va tensa.
reason-arms-how-still = Apenas braceas, así que el tronco y la espalda alta hacen el trabajo.
reason-arms-how-uneven = Un brazo se mueve distinto, así que un lado de tu espalda trabaja más.

q-breath-how = ¿Y cuáles de estas te suenan?
q-breath-how-neck = Se me tensan el cuello y los hombros cuando respiro fuerte
q-breath-how-cramp = La espalda alta se me acalambra o agarrota al correr
q-breath-how-stiff = Noto rígida la espalda media al girarme o al respirar hondo
q-breath-how-stress = Antes de correr suelo estar estresado o nervioso
q-breath-how-none = Nada de esto
why-breath-how = Si el diafragma no hace la mayor parte del trabajo, los músculos del cuello y la espalda alta levantan las costillas. El estrés hace la respiración más superficial, y una espalda media rígida no deja que las costillas se abran.
reason-breath-how-neck = Se te tensan el cuello y los hombros cuando respiras fuerte.
reason-breath-how-cramp = La espalda alta se te acalambra o agarrota durante la carrera, señal de que le falta oxígeno.
reason-breath-how-stiff = Tu espalda media está rígida al girarte o respirar hondo, y eso hace que respirar cueste más.
reason-breath-how-stress = Sueles estar estresado antes de correr, y el estrés mantiene la respiración alta y superficial.

q-fatigue-how = ¿Te pasa alguna de estas dos cosas?
q-fatigue-how-form = Al final, hombros subidos o cuello cargado
q-fatigue-how-load = He corrido más, o más fuerte, en las últimas dos semanas
q-fatigue-how-none = Ninguna de las dos
why-fatigue-how = Cuando los músculos de la espalda alta se cansan, pasan su trabajo al cuello y los hombros, y los músculos necesitan tiempo para adaptarse a más kilómetros o más ritmo.
reason-fatigue-how-form = Al cansarte se te subieron los hombros y se te cargó el cuello: la espalda alta se estaba quedando sin fuerzas.
reason-fatigue-how-load = Has subido el entrenamiento hace poco, más de lo que tus músculos han asimilado.

q-water-how = ¿Alguna de estas?
q-water-how-cramp = Calambres, o rigidez y pesadez, durante o después de correr
q-water-how-heat = Hacía calor o sudé mucho
q-water-how-dry = No llevo agua en carreras de más de una hora
q-water-how-none = Nada de esto
why-water-how = Los calambres y la rigidez son la forma en que se quejan los músculos con poca agua; el calor y las carreras largas sin beber son los motivos de siempre.
reason-water-how-cramp = Tuviste calambres o te notaste rígido y pesado, como les pasa a los músculos con poca agua.
reason-water-how-heat = Hacía calor o sudaste mucho, así que perdiste más agua de lo normal.
reason-water-how-dry = Corres más de una hora sin llevar agua.

## Hábitos que cambian el consejo

q-stretching = ¿Con qué frecuencia estiras el pecho, los hombros y la espalda alta?
q-stretching-regular = Casi todos los días
q-stretching-sometimes = De vez en cuando
q-stretching-rarely = Casi nunca
why-stretching = Los músculos del pecho y los hombros acortados tiran de ti hacia delante. Si casi nunca los estiras, ahí tienes una mejora fácil.
reason-stretching-sometimes = Estiras el pecho y los hombros solo de vez en cuando.
reason-stretching-rarely = Casi nunca estiras el pecho y los hombros, así que tiran de ti hacia delante.

q-warmup = ¿Calientas antes de correr?
q-warmup-always = Sí, siempre
q-warmup-sometimes = A veces
q-warmup-rarely = Casi nunca
why-warmup = Los músculos que empiezan a correr en frío se cansan y se tensan antes, y la espalda alta no es una excepción.
reason-warmup-rarely = Casi nunca calientas, así que tus músculos empiezan cada carrera en frío.

q-strength = ¿Haces algo de fuerza o de core?
q-strength-weekly = Sí, cada semana
q-strength-sometimes = De vez en cuando
q-strength-never = La verdad es que no
why-strength = Un core y una espalda alta fuertes te mantienen erguido al correr; sin ese trabajo, se cansan mucho antes que las piernas.
reason-strength-sometimes = Solo haces fuerza o core de vez en cuando.
reason-strength-never = Todavía no haces fuerza ni core, así que los músculos que te sostienen se cansan pronto.

q-surface = ¿Por dónde corres casi siempre?
q-surface-hard = Asfalto y aceras
q-surface-mixed = Un poco de todo
q-surface-soft = Caminos, césped o pista
why-surface = El suelo duro manda más impacto por el cuerpo, y los músculos cansados lo notan.

q-shoes = ¿Cómo están tus zapatillas de correr?
q-shoes-fresh = Bastante nuevas y cómodas
q-shoes-worn = Gastadas
q-shoes-unsure = Ni idea de cuántos años tienen
why-shoes = Unas zapatillas cansadas amortiguan menos y pueden cambiar cómo te mueves, lo que añade carga más arriba.

q-cadence = ¿Cómo describirías tu zancada?
q-cadence-quick = Pasos rápidos y ligeros
q-cadence-long = Zancadas largas y saltarinas
q-cadence-unsure = Ni idea
why-cadence = Las zancadas largas implican aterrizajes más duros. Unos pocos pasos más por minuto suavizan cada uno.
