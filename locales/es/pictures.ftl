# Las imágenes y archivos que entrega el bot: el gráfico del dolor en /history y tras un
# registro, el gráfico del club en /clubstats y el archivo de /export. El texto de los gráficos
# se dibuja en DejaVu Sans: solo letras y signos (nada de emojis), y breve; lo que no cabe se
# corta con «…».

# Un día bajo el eje de un gráfico, en corto.
chart-day = { $day } { $month ->
        [1] ene
        [2] feb
        [3] mar
        [4] abr
        [5] may
        [6] jun
        [7] jul
        [8] ago
        [9] sept
        [10] oct
        [11] nov
       *[12] dic
    }

pain-chart-title = Tu dolor de espalda alta, últimos { $days } días
pain-chart-axis = Dolor (0–10)
pain-chart-assessment = Revisión
pain-chart-red-flag = Señal de alarma
pain-chart-checkin = Registro
pain-chart-after-run = Registro tras correr
pain-chart-stretch = Estiramientos
pain-chart-trend = Tendencia
# El gráfico en una frase, para quien no pueda verlo.
pain-chart-alt = { $trend ->
        [better] Gráfico de tu dolor de espalda alta, de 0 a 10, en los últimos { $days } días: mejorando.
        [steady] Gráfico de tu dolor de espalda alta, de 0 a 10, en los últimos { $days } días: más o menos igual.
        [worse] Gráfico de tu dolor de espalda alta, de 0 a 10, en los últimos { $days } días: empeorando.
       *[none] Gráfico de tu dolor de espalda alta, de 0 a 10, en los últimos { $days } días.
    }

club-chart-title = Toques en Hecho por sesión del club, últimas { $weeks } semanas
club-chart-axis = Miembros que tocaron Hecho
club-chart-alt = Gráfico de barras: cuántos miembros tocaron Hecho en { $sessions ->
        [one] la única sesión del club
       *[other] cada una de las { $sessions } sesiones del club
    } de las últimas { $weeks } semanas; como mucho, { $most } en una sesión.

export-file = 📄 Aquí tienes todo lo que guardo sobre ti, en un archivo JSON: { $assessments ->
        [0] ninguna revisión
        [one] una revisión
       *[other] { $assessments } revisiones
    }, { $checkins ->
        [0] ningún registro
        [one] un registro
       *[other] { $checkins } registros
    } y tus ajustes (idioma, zona horaria y si guardo tu historial).

# In the terminal (upback chat) a picture or a file is written into the data directory; these
# lines say where. They are removed with everything else by /forget.
console-picture-saved = 🖼 { $alt } Está guardado en { $path }
console-file-saved = 💾 Está guardado en { $path }

# Under export-file, when the file holds more than checks, check-ins and settings.
export-also = También incluye: { $items }.
