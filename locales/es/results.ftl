# Lo que dice el bot al final de una revisión, en un registro y en el historial.

intro =
    Vamos a ver qué hay detrás de tus molestias en la espalda alta. Te haré unas { $questions } preguntas rápidas: son dos o tres minutos, y puedes volver atrás o parar cuando quieras.

    Primero, unas preguntas de seguridad.
progress = Pregunta { $number } de unas { $about }

red-flag-emergency =
    🚨 Para aquí y busca ayuda médica ahora mismo.

    Lo que describes puede ser señal de algo que un médico tiene que ver hoy, no un plan de estiramientos. Llama al número de emergencias (112 en Europa, 911 en Norteamérica) o pide que te lleven a urgencias. No esperes a ver si se pasa.
red-flag-professional =
    ⚠️ Vamos a dejar aquí la parte de autocuidado.

    Lo que me has contado conviene que lo revise pronto un médico o un fisioterapeuta: lo ideal, en los próximos días y antes de tu próximo entreno duro. Si empeora de repente o aparecen dolor en el pecho, falta de aire, hormigueo o debilidad que se extiende, acude a urgencias.
red-flag-you-said = Me dijiste: «{ $answer }».
red-flag-you-said-severity = Valoraste tu dolor con un { $severity } sobre 10.
saved-to-history = Lo he guardado en tu historial.

factor-posture = Postura
factor-core = Fuerza del core
factor-arm-swing = Braceo
factor-breathing = Respiración
factor-fatigue = Fatiga muscular
factor-hydration = Hidratación

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
result-see-professional = Consulta a un médico o fisioterapeuta si el dolor dura más de dos semanas, va a más, te despierta por la noche o viene con hormigueo, entumecimiento, fiebre o molestias en el pecho.

checkin-ask = ¿Cómo sientes hoy la espalda alta, de 0 (nada de molestias) a 10 (lo peor que puedas imaginar)?
checkin-after-run = { $severity } sobre 10, anotado. ¿Es después de correr?
checkin-saved = Guardado: { $severity }/10{ $after_run ->
        [yes] {" "}después de correr.
       *[no] , no después de correr.
    }
checkin-high = Es bastante dolor. Si sigue así de alto, que te lo mire un médico o un fisio.

trend-better = Tendencia: mejorando { $chart }
trend-steady = Tendencia: más o menos igual { $chart }
trend-worse = Tendencia: empeorando { $chart }. Si sigue así, que lo vea un profesional.

history-head = Tus últimas revisiones y registros:
history-empty = Aquí todavía no hay nada. Haz una revisión o un registro rápido y empezaré a llevar la cuenta.
history-unreadable = { $count ->
        [one] Un registro antiguo no se ha podido leer, así que lo he omitido (sigue guardado).
       *[other] { $count } registros antiguos no se han podido leer, así que los he omitido (siguen guardados).
    }
history-assessment = { $date } · revisión { $severity }/10 · lo más probable: { $factor }
history-assessment-nothing = { $date } · revisión { $severity }/10 · nada destacado
history-assessment-professional = { $date } · revisión { $severity }/10 · consejo: ver a un profesional
history-assessment-emergency = { $date } · revisión · consejo: buscar ayuda urgente
history-checkin = { $date } · registro { $severity }/10{ $kind ->
        [after-run] , después de correr
        [stretch] , rutina de estiramientos hecha
       *[other] {""}
    }
