# Den Bot in einem Verein einrichten: was er einmal sagt, wenn eine Gruppe oder ein Server ihn hinzufügt.

group-welcome =
    Hallo zusammen, ich bin upback 👋 Ich helfe Läuferinnen und Läufern herauszufinden, warum der obere Rücken nach dem Laufen wehtut – und was dagegen hilft. Ich bin ein Bot, keine Ärztin und kein Arzt.

    Für alle hier: /start macht einen kurzen Check nur für dich, /checkin notiert, wie sich dein Rücken anfühlt, /faq, /tips und /stretch antworten direkt hier, und mit /leaderboard an erscheint dein Name in der Vereinsstatistik. Oder erwähne mich mit einer Frage.

    Für Moderatoren: /routine postet die Dehnroutine mit einem ✅-Erledigt-Knopf, /remind legt die Dehn-Erinnerungen des Vereins an (z. B. /remind tue,thu 19:30 Europe/Berlin), und /clubstats zeigt, wie fleißig der Verein dehnt. /help zeigt alles.
