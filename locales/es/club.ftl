# Rutinas de grupo y recordatorios.

moderators-only = Lo siento, eso solo pueden hacerlo los administradores y moderadores del grupo. No se ha cambiado nada.

button-done = ✅ Hecho
done-counted = ✅ ¡Contado, buen trabajo!
done-already = Ya lo habías marcado ✅
done-counted-streak = ✅ Contado: ya son { $streak } sesiones del club seguidas 🔥
routine-posted = ✅ Publicada para el club.
routine-count = { $count ->
        [0] Todavía nadie lo ha marcado. ¡Toca «Hecho» cuando termines!
        [one] Una persona ya ha estirado. 💪
       *[other] { $count } personas ya han estirado. 💪
    }

weekday-mon = lun
weekday-tue = mar
weekday-wed = mié
weekday-thu = jue
weekday-fri = vie
weekday-sat = sáb
weekday-sun = dom

schedule-daily = Todos los días a las { $time } ({ $zone })
schedule-weekly = Cada { $days } a las { $time } ({ $zone })
schedule-once = Una vez, el { $date } a las { $time } ({ $zone })

remind-usage =
    Dime cuándo, por ejemplo así:
    /remind daily 08:00 Europe/Madrid
    /remind checkin mon,wed,fri 07:30 Europe/Madrid
    /remind 2026-12-24 10:00 Europe/Madrid lleva esterilla
    Empieza con «checkin» para un aviso de registro en lugar de uno de estiramientos. Tu zona horaria la recuerdo después de la primera vez.
remind-usage-group =
    Dime cuándo, por ejemplo así:
    /remind tue,thu 19:30 Europe/Madrid después del entreno del club
    /remind 2026-12-24 10:00 Europe/Madrid
    Los días van de mon a sun (o «daily»), la hora en formato de 24 horas y la zona horaria con un nombre tipo Región/Ciudad.
remind-bad-days = No he entendido los días. Usa mon,tue,… o «daily», o una fecha como 2026-12-24.
remind-bad-time = No he entendido la hora. Usa el formato de 24 horas, como 19:30.
remind-bad-zone = No conozco la zona horaria «{ $zone }». Usa un nombre como Europe/Madrid o America/Mexico_City.
remind-no-zone = ¿En qué zona horaria estás? Indícala una vez, por ejemplo Europe/Madrid, y la recordaré.
remind-past = Esa fecha y hora ya han pasado.
remind-set = ⏰ ¡Recordatorio creado! El primero llegará el { $next }.

reminders-empty = Aquí todavía no hay recordatorios.
reminders-head = ⏰ Recordatorios de aquí:
reminder-line = #{ $n } · { $kind }
reminder-kind-stretch = estiramientos
reminder-kind-checkin = registro
reminder-next = Próximo: { $next }
reminder-paused = En pausa
reminder-finished = Terminado (era único)
reminder-gone = Detenido: ya no puedo publicar en este chat ({ $detail }).
reminder-note = 📝 { $note }
button-pause-reminder = ⏸ Pausar #{ $n }
button-resume-reminder = ▶ Reanudar #{ $n }
button-remove-reminder = 🗑 Borrar #{ $n }

reminder-stretch = 🔔 ¡Hora de estirar! Tu espalda alta te lo agradecerá.
reminder-checkin = 🔔 Hora de un registro rápido: ¿cómo sientes hoy la espalda?

option-remind-when = Días y hora, p. ej. tue,thu 19:30 Europe/Madrid
option-remind-note = Una nota breve para el recordatorio
option-remind-role = Un rol al que mencionar (nunca a todos)
option-leaderboard-choice = Mostrar tu nombre en las estadísticas del club, o no
option-leaderboard-on = sí: mostrar mi nombre
option-leaderboard-off = no: contarme sin nombre

# /clubstats y /leaderboard: cuánto estira el club, contado con los toques en Hecho.
clubstats-head = 📊 Estiramientos del club, según los toques en ✅ Hecho:
clubstats-this-week = Esta semana: { $members ->
        [one] un miembro estiró
       *[other] { $members } miembros estiraron
    }, { $sessions ->
        [one] una sesión publicada
       *[other] { $sessions } sesiones publicadas
    }.
clubstats-last-week = La semana pasada: { $members ->
        [one] un miembro estiró
       *[other] { $members } miembros estiraron
    }, { $sessions ->
        [one] una sesión publicada
       *[other] { $sessions } sesiones publicadas
    }.
clubstats-regulars = Los más constantes de las últimas 8 semanas:
clubstats-regular = 🏅 { $name } · { $count ->
        [one] una vez
       *[other] { $count } veces
    }
clubstats-anonymous = { $count ->
        [one] …y una persona constante más que prefiere no salir con su nombre.
       *[other] …y { $count } personas constantes más que prefieren no salir con su nombre.
    }
clubstats-leaderboard-hint = Cada miembro puede poner su nombre en esta lista con /leaderboard sí (y quitarlo con /leaderboard no).
clubstats-empty = Aún no hay sesiones del club en las últimas 8 semanas. Publica una con /routine o programa un recordatorio de estiramientos, y los toques en Hecho aparecerán aquí.
clubstats-in-group = Las estadísticas son de un club: pídelas en el grupo o servidor de tu club.
leaderboard-on = 🏅 Vale, tu nombre sale en las estadísticas de este club como { $name }. Con /leaderboard no lo quitas.
leaderboard-off = Vale, cuentas en las estadísticas del club sin tu nombre.
leaderboard-usage = Usa /leaderboard sí para mostrar tu nombre en las estadísticas de este club, o /leaderboard no para contar sin él. Hasta que digas algo, no sale.
leaderboard-in-group = La clasificación es de un club: escribe /leaderboard sí en el grupo o servidor de tu club.
