# Lo que dice el bot al final de una revisión, en un registro y en el historial.

intro =
    Vamos a ver qué hay detrás de tus molestias en la espalda alta. Te haré { $questions } preguntas rápidas: son dos o tres minutos, y puedes volver atrás o parar cuando quieras.

    Primero, unas preguntas de seguridad.
progress = Pregunta { $number } de { $total }

red-flag-emergency =
    🚨 Para aquí y busca ayuda médica ahora mismo.

    Lo que describes puede ser señal de algo que un médico tiene que ver hoy, no un plan de estiramientos. No esperes a ver si se pasa.
red-flag-professional =
    ⚠️ Vamos a dejar aquí la parte de autocuidado.

    Lo que me has contado conviene que lo revise primero un profesional, antes de tu próximo entreno duro. Si empeora de repente o aparecen dolor en el pecho, falta de aire, o entumecimiento o debilidad que se extiende, acude a urgencias.

# Qué hacer, a quién acudir y cuándo, para cada señal de alarma (ids en assessment.toml).
referral-chest = Dolor, presión u opresión en el pecho: llama ya al número de emergencias (112 en Europa, 911 en Norteamérica). No conduzcas tú.
referral-breath = Te cuesta respirar y no se te pasa: llama ya al número de emergencias (112 / 911) y quédate sentado bien erguido mientras esperas.
referral-spread = Dolor que se extiende al brazo o la mandíbula: llama ya al número de emergencias (112 / 911); puede venir del corazón.
referral-sweat = Sudor, náuseas o piel fría y húmeda junto con el dolor: llama ya al número de emergencias (112 / 911).
referral-bladder = Pérdida de control de la vejiga o el intestino: ve ya a urgencias. Hay que revisar hoy los nervios de la columna, no la semana que viene.
referral-faint = Desmayo o casi desmayo: llama al número de emergencias o pide que te lleven a urgencias ahora mismo.
referral-fall = Empezó tras una caída o un golpe: ve al médico hoy o mañana para descartar una lesión, y no corras hasta entonces.
referral-nerves = Entumecimiento, hormigueo o debilidad en un brazo o una pierna: ve al médico en uno o dos días. Si se extiende rápido o pierdes fuerza, ve a urgencias.
referral-fever = Fiebre o escalofríos con el dolor de espalda: ve al médico en uno o dos días, hoy mismo si te encuentras muy mal.
referral-weight = Pérdida de peso sin explicación: pide cita con tu médico esta semana.
referral-night = Dolor por la noche o en reposo: ve al médico o al fisioterapeuta esta semana. Las molestias de correr suelen mejorar con el reposo.
referral-worse = Dolor que va a más: ve al médico o al fisioterapeuta en los próximos días, y hasta entonces corre menos y más suave.
referral-long = Dolor que no ha mejorado en más de dos semanas: ve al médico o al fisioterapeuta como mucho en una semana.
referral-severe = Dolor de 8 sobre 10 o más: ve al médico en uno o dos días. Si empezó de repente, o con molestias en el pecho o dificultad para respirar, llama al 112 / 911.

factor-posture = Postura
factor-core = Fuerza del core
factor-arm-swing = Braceo
factor-breathing = Respiración
factor-fatigue = Fatiga muscular
factor-hydration = Hidratación
    .and = {" e "}

level-likely = probable
level-possible = posible
level-unlikely = poco probable

result-head = Esto es lo que creo que está pasando, de más a menos probable:
result-factor = { $rank }. { $factor }: { $level } ({ $score } %)
result-factor-why =
    { $rank }. { $factor }: { $level } ({ $score } %)
    { $reason }
result-unlikely = Menos probable en tu caso: { $factors }.
result-nothing-stands-out = Nada destaca claramente en tus respuestas. Es una buena noticia: lo más probable es que sean agujetas normales que se van con algo de estiramiento, descanso y rodajes suaves.
advice-head = Lo que yo probaría:
result-score-meaning = El % indica cuánto apuntan tus respuestas a cada causa. No es una probabilidad médica.
advice-held-back = De momento he dejado fuera los estiramientos y los ejercicios: primero, que te revisen, como te sugerí. Cuando hayas ido, dímelo la próxima vez que empieces una revisión.
result-see-professional = Consulta a un médico o fisioterapeuta si el dolor dura más de dos semanas, va a más, te despierta por la noche o viene con hormigueo, entumecimiento, fiebre o molestias en el pecho.

checkin-ask = ¿Cómo sientes hoy la espalda alta, de 0 (nada de molestias) a 10 (lo peor que puedas imaginar)?
checkin-after-run = { $severity } sobre 10, vale. ¿Es después de correr?
checkin-noted = Entendido: { $severity }/10{ $after_run ->
        [yes] {" "}después de correr.
       *[no] , no después de correr.
    }
checkin-high = Es bastante dolor. Si sigue así de alto, que te lo mire un médico o un fisio.

trend-better = Tendencia: mejorando { $chart }
trend-steady = Tendencia: más o menos igual { $chart }
trend-worse = Tendencia: empeorando { $chart }. Si sigue así, que lo vea un profesional.

history-head = Tus últimas revisiones y registros:
history-streak = 🔥 { $days } días seguidos estirando. ¡Sigue así!
stretched = 🙌 ¡Buen trabajo, estiramientos hechos!
history-empty = Aquí todavía no hay nada. Haz una revisión o un registro rápido y empezaré a llevar la cuenta.
history-off = Me usas sin historial, así que aquí no hay nada. Toca abajo si quieres que lo guarde.
history-unreadable = { $count ->
        [one] Un registro antiguo no se ha podido leer, así que lo he omitido (sigue guardado).
       *[other] { $count } registros antiguos no se han podido leer, así que los he omitido (siguen guardados).
    }
history-assessment = { $date } · revisión { $severity }/10 · lo más probable: { $factor }
history-assessment-nothing = { $date } · revisión { $severity }/10 · nada destacado
history-assessment-professional = { $date } · revisión { $severity }/10 · consejo: ver a un profesional
history-assessment-emergency = { $date } · revisión · consejo: buscar ayuda urgente
history-checked = { $date } · revisado por un profesional
history-checkin = { $date } · registro { $severity }/10{ $kind ->
        [after-run] , después de correr
        [stretch] , rutina de estiramientos hecha
       *[other] {""}
    }

# /history while what the runner just did waits for their answer to "may I keep your history?"
# (the question follows).
history-waiting = { $count ->
        [one] Lo que acabas de hacer aún no está en tu historial: espera tu respuesta aquí abajo.
       *[other] Las últimas { $count } cosas que has hecho aún no están en tu historial: esperan tu respuesta aquí abajo.
    }

# The intro when the answers decide how many questions there are (follow-ups open for what
# needs a closer look): as few and as many as it can be, so the counter never contradicts it.
intro-range =
    Vamos a ver qué hay detrás de tus molestias en la espalda alta. Te haré entre { $least } y { $most } preguntas rápidas, según lo que respondas: son dos o tres minutos, y puedes volver atrás o parar cuando quieras.

    Primero, unas preguntas de seguridad.
# The counter while answers still to come may close follow-ups: the most there can be, which
# only comes down (progress is the exact count).
progress-up-to = Pregunta { $number } de { $total } como máximo
