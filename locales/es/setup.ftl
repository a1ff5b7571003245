# Preparar el bot en un club: lo que dice una sola vez en un grupo o servidor que acaba de añadirlo.

group-welcome =
    ¡Hola a todos! Soy upback 👋 Ayudo a corredores y corredoras a averiguar por qué les duele la parte alta de la espalda después de correr, y qué hacer al respecto. Soy un bot, no un médico.

    Para todo el grupo: /start hace una revisión rápida solo para ti, /checkin anota cómo sientes la espalda, /faq, /tips y /stretch responden aquí mismo, y /leaderboard sí pone tu nombre en las estadísticas del club. O mencióname con una pregunta.

    Para moderadores: /routine publica la rutina de estiramientos con un botón ✅ Hecho, /remind crea los recordatorios de estiramiento del club (p. ej. /remind tue,thu 19:30 Europe/Madrid) y /clubstats muestra cuánto estira el club. /help lo muestra todo.
