# Las preguntas de la revisión, sus respuestas, por qué pregunto, y las razones del resultado.

## Primero, la seguridad

q-alarm = Además del dolor de espalda, ¿tienes ahora mismo alguno de estos síntomas?
q-alarm-chest = Dolor u opresión en el pecho
q-alarm-breath = Me cuesta respirar
q-alarm-spread = Dolor que se extiende al brazo o la mandíbula
q-alarm-sweat = Sudor o náuseas con el dolor
q-alarm-bladder = He perdido el control de la vejiga o el intestino
q-alarm-none = Ninguno
why-alarm = Pueden indicar algo distinto a un músculo cansado, a veces del corazón, los pulmones o los nervios. Necesitan un médico enseguida, por eso siempre pregunto por ellos primero.

q-warning = ¿Y te pasa alguna de estas cosas?
q-warning-fall = Empezó tras una caída o un golpe
q-warning-nerves = Entumecimiento, hormigueo o debilidad en brazos o piernas
q-warning-fever = Fiebre o pérdida de peso sin explicación
q-warning-night = Me duele por la noche o en reposo
q-warning-none = Ninguna
why-warning = Las molestias de correr mejoran con el reposo. El dolor tras una lesión, los síntomas nerviosos, la fiebre o el dolor en reposo conviene que los vea un médico o un fisio antes de probar por tu cuenta.

## Tu dolor

q-severity = En su peor momento, ¿cuánto duele? 0 es nada de dolor y 10 el peor que puedas imaginar.
why-severity = Un dolor fuerte merece una exploración en condiciones. Además, te ayuda a ver más adelante si vas mejorando.

q-course = ¿Desde cuándo lo tienes y cómo va?
q-course-today = Empezó con esta carrera
q-course-better = Unos días, va a mejor
q-course-same = Unos días, más o menos igual
q-course-worse = Cada vez va a peor
q-course-long = Más de dos semanas
why-course = Las agujetas normales se van en unos días. Un dolor que va a más o dura semanas debería verlo un profesional.

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
q-breath-screen-belly = Profunda y regular, desde la tripa
q-breath-screen-chest = Rápida y alta, en el pecho
q-breath-screen-gasp = Aguanto el aire o acabo boqueando
why-breath-screen = Cuando la respiración se queda alta en el pecho, pequeños músculos del cuello y la espalda alta levantan las costillas en cada respiración, y se cansan.
reason-breath-screen-chest = Respiras rápido y alto en el pecho, así que los músculos del cuello y la espalda alta tienen que ayudar.
reason-breath-screen-gasp = Sueles aguantar el aire o boquear, y eso tensa los músculos alrededor de las costillas.

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

q-core-sway = Cuando te cansas, ¿el tronco se te gira o se balancea de lado a lado?
q-core-sway-yes = Sí
q-core-sway-unsure = No estoy seguro
q-core-sway-no = No
why-core-sway = Un tronco estable necesita un core fuerte. Cuando se tambalea, la espalda alta hace de estabilizador de reserva.
reason-core-sway-yes = El tronco se te gira o balancea al cansarte: señal de que el core afloja.
reason-core-sway-unsure = Puede que el tronco empiece a girarse cuando te cansas.

q-core-shoulders = Al final de la carrera, ¿sientes que te impulsas con los hombros?
q-core-shoulders-yes = Sí
q-core-shoulders-unsure = A veces
q-core-shoulders-no = No
why-core-shoulders = La fuerza debería ir de las piernas al tronco a través del core. Si el core falla, los hombros y la espalda alta intentan suplirlo.
reason-core-shoulders-yes = Al final de la carrera tiras de los hombros en lugar del core.
reason-core-shoulders-unsure = A veces, al final de la carrera, son tus hombros los que empujan.

q-core-pelvis = ¿Arqueas mucho la zona lumbar, con la cadera inclinada hacia delante?
q-core-pelvis-yes = Sí
q-core-pelvis-unsure = No estoy seguro
q-core-pelvis-no = No
why-core-pelvis = Una lumbar muy arqueada suele ir con un core débil, y la espalda alta se redondea para compensar.
reason-core-pelvis-yes = Arqueas la zona lumbar y la cadera se inclina hacia delante, así que la espalda alta se redondea para compensar.
reason-core-pelvis-unsure = Puede que arquees la zona lumbar más de la cuenta.

q-core-stride = ¿Te cuesta mantener una zancada y un ritmo regulares cuando te cansas?
q-core-stride-yes = Sí
q-core-stride-unsure = A veces
q-core-stride-no = No
why-core-stride = Un core fuerte te ayuda a sentir dónde está tu cuerpo. Cuando falla, la zancada se desordena y la espalda alta pelea por mantener el equilibrio.
reason-core-stride-yes = La zancada y el ritmo se te desmontan cuando te cansas.
reason-core-stride-unsure = A veces pierdes el ritmo cuando te cansas.

q-arms-cross = ¿Tus manos cruzan por delante del centro del pecho?
q-arms-cross-yes = Sí
q-arms-cross-unsure = No estoy seguro
q-arms-cross-no = No
why-arms-cross = Si los brazos cruzan por delante, giran el tronco, y los músculos entre los omóplatos tienen que frenarlo una y otra vez.
reason-arms-cross-yes = Tus manos cruzan la línea media del cuerpo, así que tu espalda alta no para de frenar el giro.
reason-arms-cross-unsure = Puede que tus brazos crucen por delante.

q-arms-shrug = ¿Se te suben los hombros hacia las orejas?
q-arms-shrug-yes = Sí
q-arms-shrug-unsure = A veces
q-arms-shrug-no = No
why-arms-shrug = Los hombros encogidos mantienen tensos los músculos de encima toda la carrera, y los músculos tensos reciben menos sangre y se cansan.
reason-arms-shrug-yes = Se te suben los hombros hacia las orejas y la espalda alta va tensa.
reason-arms-shrug-unsure = A veces se te suben los hombros al correr.

q-arms-drive = ¿Llevas los brazos más bien quietos en lugar de moverlos adelante y atrás?
q-arms-drive-yes = Sí
q-arms-drive-unsure = No estoy seguro
q-arms-drive-no = No
why-arms-drive = Un braceo flojo obliga al cuerpo a buscar impulso en otra parte, a menudo girando el tronco y tirando de la espalda alta.
reason-arms-drive-yes = Apenas braceas, así que el tronco y la espalda alta hacen el trabajo.
reason-arms-drive-unsure = Puede que tu braceo sea algo flojo.

q-arms-uneven = ¿Un brazo se mueve distinto que el otro?
q-arms-uneven-yes = Sí
q-arms-uneven-unsure = No estoy seguro
q-arms-uneven-no = No
why-arms-uneven = Un braceo desigual hace trabajar más un lado de la espalda alta; por eso las molestias pueden estar en un solo lado.
reason-arms-uneven-yes = Un brazo se mueve distinto, así que un lado de tu espalda trabaja más.
reason-arms-uneven-unsure = Puede que no bracees igual con los dos brazos.

q-breath-neck = Cuando respiras fuerte, ¿se te tensan el cuello y los hombros?
q-breath-neck-yes = Sí
q-breath-neck-unsure = No estoy seguro
q-breath-neck-no = No
why-breath-neck = Si el diafragma no hace la mayor parte del trabajo, los músculos del cuello y la espalda alta levantan las costillas, miles de veces por carrera.
reason-breath-neck-yes = Se te tensan el cuello y los hombros cuando respiras fuerte.
reason-breath-neck-unsure = Puede que el cuello y los hombros te estén ayudando a respirar.

q-breath-hold = ¿Te pillas aguantando la respiración en las cuestas o en los esfuerzos duros?
q-breath-hold-yes = Sí
q-breath-hold-unsure = A veces
q-breath-hold-no = No
why-breath-hold = Aguantar el aire pone rígido todo lo que rodea las costillas, y esa rigidez se extiende a la espalda alta.
reason-breath-hold-yes = Aguantas la respiración en los esfuerzos duros, y eso tensa la parte alta del cuerpo.
reason-breath-hold-unsure = A veces aguantas la respiración cuando aprieta.

q-breath-cramp = ¿Te dan calambres o rigidez en la espalda alta durante la carrera?
q-breath-cramp-yes = Sí
q-breath-cramp-unsure = A veces
q-breath-cramp-no = No
why-breath-cramp = A los músculos que reciben poco oxígeno les dan calambres y se agarrotan antes; respirar mal y beber poco reducen los dos el aporte.
reason-breath-cramp-yes = La espalda alta se te acalambra o agarrota durante la carrera, señal de que le falta oxígeno.
reason-breath-cramp-unsure = A veces la espalda alta se te pone rígida a mitad de carrera.

q-breath-stiff = ¿Notas rígida la espalda media al girarte o al respirar muy hondo?
q-breath-stiff-yes = Sí
q-breath-stiff-unsure = No estoy seguro
q-breath-stiff-no = No
why-breath-stiff = Una espalda media rígida no deja que las costillas se abran del todo, así que cada respiración cuesta más a los músculos de alrededor.
reason-breath-stiff-yes = Tu espalda media está rígida al girarte o respirar hondo, y eso hace que respirar cueste más.
reason-breath-stiff-unsure = Puede que tu espalda media esté algo rígida.

q-fatigue-form = Hacia el final, ¿se te subieron los hombros o se te cargó el cuello?
q-fatigue-form-yes = Sí
q-fatigue-form-unsure = No estoy seguro
q-fatigue-form-no = No
why-fatigue-form = Cuando la espalda alta se cansa, el cuello y los hombros intentan ayudar, y eso añade carga y rigidez.
reason-fatigue-form-yes = Al cansarte se te subieron los hombros y se te cargó el cuello: la espalda alta se estaba quedando sin fuerzas.
reason-fatigue-form-unsure = Puede que tu técnica se descompusiera al cansarte.

q-fatigue-load = ¿Has corrido más, o más fuerte, de lo normal en las últimas dos semanas?
q-fatigue-load-yes = Sí
q-fatigue-load-no = No
why-fatigue-load = Los músculos necesitan tiempo para adaptarse a más kilómetros o más ritmo. Un salto en el entrenamiento desencadena molestias a menudo.
reason-fatigue-load-yes = Has subido el entrenamiento hace poco, más de lo que tus músculos han asimilado.

q-water-day = En un día normal, ¿de qué color es tu orina?
q-water-day-pale = Amarillo clarito
q-water-day-dark = Amarillo más oscuro
q-water-day-unsure = Nunca me he fijado
why-water-day = Amarillo clarito significa que bebes lo suficiente durante el día; más oscuro, que sueles salir a correr algo deshidratado.
reason-water-day-dark = Tu orina suele ser de un amarillo más oscuro, así que a menudo sales a correr algo deshidratado.
reason-water-day-unsure = No sabes bien cuánto bebes a lo largo del día.

q-water-cramp = ¿Tuviste calambres o te notaste rígido y pesado durante o después de la carrera?
q-water-cramp-yes = Sí
q-water-cramp-no = No
why-water-cramp = Los calambres y la rigidez son la forma habitual en que se quejan los músculos con poca agua.
reason-water-cramp-yes = Tuviste calambres o te notaste rígido y pesado, como les pasa a los músculos con poca agua.

## Lo que cambia el consejo

q-stretching = ¿Con qué frecuencia estiras el pecho, los hombros y la espalda alta?
q-stretching-regular = Casi todos los días
q-stretching-sometimes = De vez en cuando
q-stretching-rarely = Casi nunca
why-stretching = Los músculos del pecho y los hombros acortados tiran de ti hacia delante. Si casi nunca los estiras, ahí tienes una mejora fácil.

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
