# Setting the bot up in a club: what it says once in a group or server that just added it.

group-welcome =
    Hi everyone, I'm upback 👋 I help runners work out why their upper back is sore after a run, and what to do about it. I'm a bot, not a doctor.

    Everyone here: /start runs a short check just for you, /checkin logs how your back feels, /faq, /tips and /stretch answer right here, and /leaderboard on puts your name on the club's stats. Or mention me with a question.

    Moderators: /routine posts the stretch routine with a ✅ Done button, /remind sets the club's stretch reminders (e.g. /remind tue,thu 19:30 Europe/Berlin), and /clubstats shows how the club has been stretching. /help lists everything.
