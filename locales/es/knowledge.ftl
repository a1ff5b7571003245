# Lo que el bot sabe y comparte: consejos, la rutina de estiramientos, preguntas y consejos.

advice-stretch = 🧘 Estira el pecho, la parte alta de los hombros y los laterales de la espalda: unos 30 segundos cada uno, dos o tres veces al día. Envía /stretch para ver la rutina.
advice-strength = 💪 Fortalece los músculos que te mantienen erguido: remo, pájaros (aperturas invertidas) y juntar escápulas, dos o tres veces por semana.
advice-core = 🧱 Trabaja el core: planchas, planchas laterales y dead bugs unas cuantas veces por semana, para que el tronco aguante firme cuando te cansas.
advice-arms = 🏃 Relaja el braceo: codos a unos 90°, manos rozando la cadera, adelante y atrás en vez de cruzar, hombros bajos. Un vídeo corto tuyo ayuda, y un entrenador también.
advice-breathing = 🌬️ Practica la respiración abdominal 5 a 10 minutos al día y suelta la espalda media con giros suaves. Al correr, suelta bien el aire y deja los hombros sueltos.
advice-foam = 🟠 Pasa el rodillo por la espalda alta: despacio, parándote 60 a 90 segundos en los puntos tensos, con presión moderada.
advice-load = 📅 Baja un poco el ritmo: los próximos rodajes cortos y suaves, aumenta la distancia poco a poco y planifica días de descanso.
advice-warmup = 🔥 Calienta de 5 a 10 minutos antes de correr: caminar a paso ligero o trotar suave, círculos con los brazos y giros suaves de la espalda alta.
advice-hydrate = 💧 Bebe a lo largo del día (busca una orina amarillo clarito), bebe antes de salir y lleva agua en las tiradas largas.
advice-surface = 🌳 Cambia algunos rodajes de asfalto por caminos, césped o pista para amortiguar los impactos.
advice-shoes = 👟 Revisa tus zapatillas: si están gastadas o las notas planas, toca un par que sujete y te quede bien.
advice-cadence = 👣 Prueba pasos un poco más cortos y rápidos (alrededor de un 5 % más por minuto) para aterrizar más suave.

stretch-held-back = ⚠️ Hace poco me contaste algo que primero debería mirar un profesional. Deja estos estiramientos para cuando te hayan visto, o para cuando solo te moleste un poco.
stretch-head = 🧘 Tu rutina de estiramientos para la espalda alta. Muévete con suavidad, respira despacio y para si algo duele.
stretch-pec = 1. Pecho: antebrazo en el marco de una puerta, da un paso adelante hasta que se abra el pecho. Mantén { $seconds } s, { $repeats } veces por lado.
stretch-trap = 2. Parte alta del hombro: siéntate erguido, inclina la oreja hacia el hombro y deja que el otro hombro baje. Mantén { $seconds } s, { $repeats } veces por lado.
stretch-lat = 3. Lateral de la espalda: estira un brazo por encima de la cabeza e inclínate hacia el otro lado hasta notar el costado. Mantén { $seconds } s, { $repeats } veces por lado.
stretch-foam = 4. Rodillo: túmbate con él bajo la espalda alta y rueda despacio, parándote hasta { $seconds } s en los puntos tensos.
stretch-thoracic = 5. Libro abierto: túmbate de lado, rodillas dobladas, y abre el brazo de arriba hacia el otro lado. { $repeats } repeticiones lentas por lado, con { $seconds } s de pausa al final.
stretch-breathing = 6. Respiración abdominal: una mano en el pecho y otra en la tripa; respira de forma que solo se mueva la de abajo, durante { $minutes } minutos.
stretch-foot = Lo ideal es dos o tres veces al día. Si duele en lugar de estirar, afloja.

faq-head = Elige una pregunta:
faq-serious-question = ¿Que me duela la espalda alta al correr es señal de algo grave?
faq-serious-answer = Normalmente no. En corredores suele ser un músculo sobrecargado o cansado, la postura o la técnica. Existen causas serias, como una fractura o un nervio pinzado, así que un dolor fuerte o que no se va debe verlo un médico.
faq-stretching-question = ¿Saltarme los estiramientos puede empeorarlo?
faq-stretching-answer = Sí. Si el pecho, los hombros y la espalda alta siguen tensos, te mueves con menos soltura y te sobrecargas más fácilmente. Estirar con regularidad mantiene la movilidad y ayuda a que los músculos se recuperen.
faq-surface-question = ¿Influye la superficie por la que corro?
faq-surface-answer = Puede influir. El suelo duro o irregular manda más impacto por todo el cuerpo, y parte llega a la espalda alta. Los caminos, el césped o la pista son más amables.
faq-exercises-question = ¿Qué ejercicios ayudan a prevenirlo?
faq-exercises-answer = Todo lo que fortalezca el core, la espalda alta y los hombros: planchas, remo y juntar escápulas son un gran comienzo. Hazlos con regularidad, no solo cuando duele.
faq-shoes-question = ¿Mis zapatillas pueden causar dolor en la espalda alta?
faq-shoes-answer = De forma indirecta, sí. Unas zapatillas que no te quedan bien o están gastadas cambian cómo te mueves y cómo aterrizas, y eso carga todo el cuerpo hacia arriba. Unas zapatillas con buena sujeción y amortiguación, en buen estado, ayudan.
faq-cadence-question = ¿Me ayudará cambiar la cadencia?
faq-cadence-answer = Puede que sí. Dar algunos pasos más por minuto acorta la zancada y suaviza cada aterrizaje, así la espalda alta recibe menos golpes.
faq-hold-question = ¿Cuánto tiempo mantengo cada estiramiento?
faq-hold-answer = Unos 30 segundos, respirando con calma, dos o tres veces al día. Tiene que tirar un poco, nunca doler.
faq-foam-question = ¿Cuánto tiempo y con cuánta fuerza uso el rodillo?
faq-foam-answer = Con una presión moderada y despacio. Cuando des con un punto tenso, quédate ahí de 60 a 90 segundos y sigue.
faq-breathing-question = ¿Cuánto tiempo practico la respiración abdominal?
faq-breathing-answer = Con 5 a 10 minutos al día basta. Siéntate o túmbate cómodo y deja que la tripa suba mientras el pecho se queda quieto.

tips-head = 💡 Siete maneras de aliviar la espalda alta después de correr:
tip-stretch = 1. Estira las zonas tensas (pecho, parte alta de los hombros y laterales de la espalda) 30 segundos, dos o tres veces al día.
tip-foam = 2. Pasa el rodillo por la espalda alta y quédate 60 a 90 segundos en los nudos.
tip-breathe = 3. Practica la respiración abdominal lenta 5 a 10 minutos al día para que cuello y hombros no tengan que ayudarte a respirar.
tip-posture = 4. Mantente erguido de pie, sentado y corriendo, y refuérzalo con remo y pájaros.
tip-hydrate = 5. Bebe y come bien: los músculos con suficiente líquido y energía se contracturan y agarrotan menos.
tip-form = 6. Que te revisen la técnica de carrera: un entrenador o un vídeo corto puede ver qué está cargando tu espalda.
tip-therapy = 7. Los masajes, la fisioterapia y tratamientos manuales parecidos pueden aliviar la tensión que no se va.
