# Las palabras de cada día del bot: saludos, menús, botones, errores.

language-name = Español
list-separator = {", "}
list-and = { $count ->
        [2] {" y "}
       *[other] {" y "}
    }

welcome = ¡Hola, soy upback! 👋 Ayudo a corredores y corredoras a averiguar por qué les duele la parte alta de la espalda después de correr, y qué hacer al respecto.
help =
    Esto es lo que sé hacer:

    /start – una revisión rápida de qué hay detrás de tus molestias
    /checkin – anota cómo sientes hoy la espalda
    /history – tus revisiones y registros anteriores, con la tendencia
    /faq – preguntas frecuentes
    /tips – siete consejos para aliviar la espalda alta
    /stretch – una rutina de estiramientos con tiempos
    /export – todo lo que guardo sobre ti, en JSON
    /forget – borrar todo lo que guardo sobre ti
    /language – elegir mi idioma
    /privacy – qué guardo sobre ti (tú decides)
    /remind – un recordatorio para estirar o registrarte, p. ej. /remind daily 08:00 Europe/Madrid
    /reminders – tus recordatorios
    /cancel – dejar lo que estamos haciendo

    Para moderadores de un club: /routine publica la rutina de estiramientos en el canal, /remind crea los recordatorios del club (p. ej. /remind tue,thu 19:30 Europe/Madrid) y /reminders los muestra.
not-a-doctor = Para que lo sepas: soy un bot, no un médico. Puedo ayudarte a ordenar ideas, pero no puedo examinarte ni darte un diagnóstico.
welcome-back = ¡Qué bien verte de nuevo! Estabas a mitad de una revisión, así que seguimos donde lo dejaste.
free-text = Perdona, no lo he entendido del todo. Puedo responder preguntas sobre el dolor en la espalda alta (mira las preguntas frecuentes), empezar una revisión o anotar cómo te encuentras hoy. Leo mensajes cortos, no historias largas, y no soy médico: si algo te preocupa, consulta a uno.
thanks-reply = ¡De nada! Cuida esa espalda y vuelve cuando quieras.
bot-not-doctor = No, soy un bot, no un médico. Puedo ayudarte a ver qué puede haber detrás de un dolor en la parte alta de la espalda después de correr y qué probar, pero no puedo examinarte ni diagnosticar nada. Si algo te preocupa o no mejora, ve a un médico o a un fisioterapeuta.
not-what-you-asked = ¿No era eso lo que preguntabas? Quizá alguna de estas:
pick-several = Toca todas las que encajen y luego «Siguiente».
pick-at-least-one = Marca primero al menos una respuesta, o toca «{ $none }».
pick-at-least-one-plain = Marca primero al menos una respuesta.
red-flag-ticked = Has marcado arriba algo que tengo que tomarme en serio, así que lo dejo marcado. Si al final no es tu caso, tócalo otra vez para desmarcarlo; si lo es, toca Siguiente.
toggle-on = ✅ { $label }
toggle-off = ▫️ { $label }
tap-a-button = No te he entendido. Toca una de las respuestas de abajo o envía /cancel para parar.
typed-noted = Apuntado: «{ $answer }».
non-text = Solo puedo leer mensajes de texto. Envía /help para ver lo que sé hacer.
too-long = Eso es un poco largo para mí. ¿Puedes resumirlo o elegir un botón?
unknown-command = No conozco /{ $name }. Envía /help para ver lo que sé hacer.
go-private = Eso es personal, así que mejor no en el grupo. Toca abajo para hablar conmigo en privado.
trouble = Perdona, algo ha fallado por mi parte y no se ha cambiado nada. Vuelve a intentarlo en un momento.
trouble-saving = Perdona, algo ha fallado por mi parte y no he podido asegurarme de que se haya guardado. Vuelve a intentarlo en un momento.
session-unreadable = Perdona, no he podido leer dónde lo dejamos la última vez, así que empezamos de cero. Tu historial está a salvo.
button-expired = Ese botón ha caducado o ya no puedo usarlo. No pasa nada: desde aquí puedes seguir.
already-answered = Esa ya la respondiste. Aquí es donde estamos ahora:
resume-offer = Tienes una revisión a medias (vas por la pregunta { $number }). ¿Sigues o empiezas de nuevo?
cancelled-assessment = Vale, he parado la revisión. No se ha guardado nada de ella. Puedes empezar otra cuando quieras.
cancelled = Vale, cancelado.
nothing-to-cancel = Ahora mismo no hay nada que cancelar.

forget-confirm = Esto borra para siempre todas tus revisiones, registros y ajustes. ¿Seguro?
forget-done = Hecho. He borrado todo lo que tenía sobre ti.
forget-kept = Sin problema, lo he dejado todo como estaba.

# Guardar tus datos: lo pregunto antes de guardar nada.
saved-to-history = Lo he guardado en tu historial.
not-kept = No lo he guardado, como me pediste: tu historial está desactivado. Puedes activarlo cuando quieras con /privacy.
consent-ask = Antes de guardar nada, una pregunta: ¿me dejas conservar tus revisiones, registros y ajustes? Se quedan en la base de datos de este bot, que gestiona tu club, para que puedas seguir tu historial y tu tendencia. /export te lo enseña todo y /forget lo borra; si pasan { $days } días sin saber de ti, se borra igualmente.
privacy =
    🔒 Lo que guardo, si me dejas: tus revisiones, registros y ajustes (idioma, zona horaria).
    Por qué: para que veas tu historial y si tu espalda va mejorando.
    Dónde: solo en la base de datos de este bot, que gestiona tu club. No se comparte nada.
    Cuánto tiempo: hasta que lo borres con /forget, o hasta { $days } días después de tu último mensaje.
    /export te enseña todo lo que tengo.
privacy-now-kept = Ahora mismo guardo tu historial.
privacy-now-off = Ahora mismo me usas sin historial: te enseño los resultados, pero no los guardo.
privacy-now-unasked = Todavía no me has dicho si puedo guardar tu historial, así que no he guardado ninguna de tus revisiones ni de tus registros.
history-on = Vale, a partir de ahora guardo tu historial.
history-on-saved = Vale, guardaré tu historial. { $count ->
        [one] También he guardado lo que acabas de hacer.
       *[other] También he guardado las últimas { $count } cosas que has hecho.
    }
history-turned-off = Vale, no guardaré historial. Las revisiones siguen funcionando y te enseñaré cada resultado. Lo que ya tenía guardado se queda hasta que lo borres con /forget.

# «¿Te lo han mirado?», antes de la siguiente revisión o registro tras una señal de alarma.
follow-up-ask = El { $date } te recomendé que te viera un médico o un fisio. ¿Has ido?
follow-up-not-yet = Por favor, que te lo miren pronto. Mientras tanto dejaré fuera los estiramientos y los ejercicios; descansar y moverte con suavidad está bien.

language-choose = ¿Qué idioma prefieres?
language-set = Entendido, a partir de ahora te hablo en español.

button-start = 🩺 Empezar revisión
button-checkin = 📝 Registrar
button-history = 📈 Mi historial
button-faq = ❓ Preguntas
button-tips = 💡 Consejos
button-stretch = 🧘 Rutina de estiramientos
button-help = Ayuda
button-export = Exportar mis datos
button-forget = Borrar mis datos
button-language = Idioma
button-cancel = ✖ Cancelar
button-back = ← Atrás
button-why = ¿Por qué lo preguntas?
button-resume = ▶ Seguir
button-restart = ↺ Empezar de nuevo
button-after-run = Después de correr
button-not-after-run = No después de correr
button-go-private = 🔒 Hablar en privado
button-forget-yes = Sí, borrarlo todo
button-forget-no = No, mantenerlo
button-language-auto = El idioma de mi app
button-next = Siguiente ➜
button-privacy = 🔒 Privacidad
button-keep-history = ✅ Vale, guarda mi historial
button-no-history = Usar sin historial
button-checked-yes = ✅ Sí, ya he ido
button-checked-not-yet = Todavía no

# El menú de comandos de cada plataforma.
command-start = Averigua por qué te duele la espalda alta
command-checkin = Anota cómo sientes hoy la espalda
command-history = Tus revisiones y registros, con la tendencia
command-faq = Preguntas frecuentes
command-tips = Siete consejos para aliviar la espalda alta
command-stretch = Una rutina de estiramientos con tiempos
command-export = Todo lo que guardo sobre ti, en JSON
command-forget = Borrar todo lo que guardo sobre ti
command-language = Elegir mi idioma
command-privacy = Qué guardo sobre ti (tú decides)
command-help = Lo que sé hacer
command-cancel = Dejar lo que estamos haciendo
command-routine = Publicar la rutina del grupo (moderadores)
command-remind = Crear un recordatorio para estirar o registrarte
command-reminders = Ver, pausar o borrar recordatorios
command-clubstats = Estadísticas de estiramientos del club (moderación)
command-leaderboard = Mostrar tu nombre en las estadísticas del club, o no
button-routine = 🧘 Publicar la rutina
button-remind = ⏰ Crear recordatorio
button-reminders = ⏰ Recordatorios
button-clubstats = 📊 Estadísticas del club
button-leaderboard = 🏅 Clasificación
button-stretched = ✅ Hecho

# Fechas y horas en el orden habitual.
date = { $day }/{ $month }/{ $year }
datetime = { $date } a las { $time }

# Nombres de comandos donde la plataforma los traduce (Discord).
command-name-start = revisión
command-name-checkin = registro
command-name-history = historial
command-name-faq = preguntas
command-name-tips = consejos
command-name-stretch = estirar
command-name-export = exportar
command-name-forget = olvidar
command-name-language = idioma
command-name-privacy = privacidad
command-name-help = ayuda
command-name-cancel = cancelar
command-name-routine = rutina
command-name-remind = recordar
command-name-reminders = recordatorios
command-name-clubstats = estadisticas
command-name-leaderboard = clasificacion

# /privacy and /export: what the database holds about the runner right now, one item each,
# joined into one sentence (list-separator).
privacy-kept-now = Esto es lo que tengo guardado sobre ti ahora mismo: { $items }.
privacy-kept-nothing = Ahora mismo no tengo nada más guardado sobre ti.
kept-history = tus revisiones y registros (mira /history)
kept-pending = lo que acabas de hacer (hasta que me digas si puedo guardar tu historial)
kept-open-check = la revisión que aún no has terminado (para que puedas seguir)
kept-open-checkin = el registro que aún no has terminado
kept-reminder = tu recordatorio (mira /reminders)
kept-reminders = tus recordatorios (mira /reminders)
kept-club-reminders = los recordatorios del club que creaste (llevan tu nombre)
kept-zone = tu zona horaria
kept-language = el idioma que elegiste
kept-leaderboard = el nombre con el que sales en las estadísticas del club
kept-presses = las veces que pulsaste «Hecho» en las rutinas de estiramiento del club
kept-unreadable = registros antiguos que ya no puedo leer (guardados, no borrados)

# A number off the 0-10 scale typed for a score (the check-in's question or the check's pain
# question, which follows).
off-the-scale = Eso se sale de la escala: va de 0 a 10. Toca abajo el número que encaje o envía /cancel para parar.
scale-not-a-measure = Eso suena a un tiempo, una distancia o un número de veces, no a cuánto te duele. Aquí necesito un número del 0 al 10: 0 es nada de dolor y 10, el peor que te puedas imaginar. Toca abajo el número que encaje o envía /cancel para parar.
