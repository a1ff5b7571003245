# The bot's everyday words: greetings, menus, buttons, errors.

language-name = English
list-separator = {", "}
# Joins a list's last item to the others: "A and B", "A, B, and C" ($count: how many items).
# An item's own message may carry an `.and` attribute where the word after it changes the
# joiner (Spanish "e" before "Hidratación").
list-and = { $count ->
        [2] {" and "}
       *[other] {", and "}
    }

welcome = Hi, I'm upback 👋 I help runners work out why their upper back is sore after a run, and what to do about it.
help =
    Here's what I can do:

    /start — a short check of what's behind your soreness
    /checkin — log how your back feels today
    /history — your past checks and check-ins, with the trend
    /faq — common questions
    /tips — seven ways to ease a sore upper back
    /stretch — a stretch routine with hold times
    /export — everything I keep about you, as JSON
    /forget — delete everything I keep about you
    /language — choose my language
    /privacy — what I keep about you, and your choice
    /remind — a reminder to stretch or check in, e.g. /remind daily 08:00 Europe/Madrid
    /reminders — your reminders
    /cancel — stop what we're doing

    Club moderators: /routine posts the stretch routine in the channel, /remind sets the club's reminders (e.g. /remind tue,thu 19:30 Europe/Berlin), /reminders lists them.
not-a-doctor = Just so you know: I'm a bot, not a doctor. I can help you think it through, but I can't examine you or diagnose anything.
welcome-back = Welcome back! You were in the middle of a check, so let's carry on where you left off.
free-text = Sorry, I didn't quite get that. I can answer questions about a sore upper back (have a look at the FAQ), start a check, or note how you feel today. I read short messages, not long stories, and I'm not a doctor: if something worries you, please see one.
thanks-reply = You're welcome! Look after that back, and come back any time.
bot-not-doctor = No, I'm a bot, not a doctor. I can help you work out what may be behind a sore upper back after running and what to try, but I can't examine you or diagnose anything. If something worries you, or it isn't getting better, please see a doctor or a physio.
not-what-you-asked = Not what you asked? Maybe one of these:
pick-several = Tap all that fit, then Next.
pick-at-least-one = Tick at least one answer first, or tap "{ $none }".
pick-at-least-one-plain = Tick at least one answer first.
red-flag-ticked = You've ticked something above that I need to take seriously, so I've kept it. If it doesn't fit after all, tap it again to untick it; if it does, tap Next.
toggle-on = ✅ { $label }
toggle-off = ▫️ { $label }
tap-a-button = I didn't catch that. Tap one of the answers below, or send /cancel to stop.
typed-noted = Noted: “{ $answer }”.
non-text = I can only read text messages. Send /help to see what I can do.
too-long = That's a bit too long for me to read. Could you keep it short, or pick a button?
unknown-command = I don't know /{ $name }. Send /help to see what I can do.
go-private = That's personal, so let's not do it in the group. Tap below to talk to me privately.
trouble = Sorry, something went wrong on my side and nothing was changed. Please try again in a moment.
trouble-saving = Sorry, something went wrong on my side and I could not make sure that was saved. Please try again in a moment.
session-unreadable = Sorry, I couldn't read where we left off last time, so we'll start fresh. Your history is safe.
button-expired = That button has expired, or it isn't one I can use any more. No harm done — here's where you can go from here.
already-answered = You already answered that one. Here's where we are now:
resume-offer = You have a check in progress (you're on question { $number }). Carry on, or start again from the top?
cancelled-assessment = Okay, I've stopped the check. Nothing from it was saved. You can start again whenever you like.
cancelled = Okay, cancelled.
nothing-to-cancel = There's nothing to cancel right now.

forget-confirm = This deletes all your checks, check-ins and settings, for good. Are you sure?
forget-done = Done. I've deleted everything I had about you.
forget-kept = No problem, I've kept everything as it was.

# Keeping a runner's data: asked before anything is saved.
saved-to-history = I've saved this to your history.
not-kept = I haven't kept this, as you asked: your history is off. Turn it on any time with /privacy.
consent-ask = Before I save anything: may I keep your checks, check-ins and settings? They stay in this bot's database, run by your club, so you can follow your history and trend. /export shows everything and /forget deletes it; after { $days } days without a word from you, it's deleted anyway.
privacy =
    🔒 What I keep, if you let me: your checks, check-ins and settings (language, time zone).
    Why: so you can see your history and whether your back is getting better.
    Where: only in this bot's database, run by your club. Nothing is shared.
    For how long: until you delete it with /forget, or { $days } days after your last message to me.
    /export shows you everything I have.
privacy-now-kept = Right now I keep your history.
privacy-now-off = Right now you use me without a history: I show you results but don't keep them.
privacy-now-unasked = You haven't told me yet whether I may keep your history, so I haven't saved any of your checks or check-ins.
history-on = Okay, I'll keep your history from now on.
history-on-saved = Okay, I'll keep your history. { $count ->
        [one] I've saved what you just did, too.
       *[other] I've saved the last { $count } things you did, too.
    }
history-turned-off = Okay, I won't keep a history. Checks still work and I'll show you every result. Anything I kept before stays until you /forget it.

# "Did you get checked?", before the next check or check-in after a red flag.
follow-up-ask = On { $date } I suggested you get checked by a doctor or physio. Did you?
follow-up-not-yet = Please do get it checked soon. Until then I'll leave out stretches and exercises — rest and gentle movement are fine.

language-choose = Which language should I use?
language-set = Got it, I'll talk to you in English from now on.

button-start = 🩺 Start a check
button-checkin = 📝 Check in
button-history = 📈 My history
button-faq = ❓ FAQ
button-tips = 💡 Tips
button-stretch = 🧘 Stretch routine
button-help = Help
button-export = Export my data
button-forget = Delete my data
button-language = Language
button-cancel = ✖ Cancel
button-back = ← Back
button-why = Why do you ask?
button-resume = ▶ Carry on
button-restart = ↺ Start again
button-after-run = After a run
button-not-after-run = Not after a run
button-go-private = 🔒 Talk privately
button-forget-yes = Yes, delete everything
button-forget-no = No, keep it
button-language-auto = Match my app's language
button-next = Next ➜
button-privacy = 🔒 Privacy
button-keep-history = ✅ OK, keep my history
button-no-history = Use without history
button-checked-yes = ✅ Yes, I got checked
button-checked-not-yet = Not yet

# The command menu of each platform.
command-start = Find out why your upper back is sore
command-checkin = Log how your back feels today
command-history = Your checks and check-ins, with the trend
command-faq = Common questions
command-tips = Seven ways to ease a sore upper back
command-stretch = A stretch routine with hold times
command-export = Everything I keep about you, as JSON
command-forget = Delete everything I keep about you
command-language = Choose my language
command-privacy = What I keep about you, and your choice
command-help = What I can do
command-cancel = Stop what we're doing
command-routine = Post the group stretch routine (moderators)
command-remind = Set a stretch or check-in reminder
command-reminders = List, pause or remove reminders
command-clubstats = This club's stretching stats (moderators)
command-leaderboard = Show your name on the club's stats, or not
button-routine = 🧘 Post the routine
button-remind = ⏰ Set a reminder
button-reminders = ⏰ Reminders
button-clubstats = 📊 Club stats
button-leaderboard = 🏅 Leaderboard
button-stretched = ✅ I did it

# Dates and times, in this language's usual order.
date = { $year }-{ $month }-{ $day }
datetime = { $date } { $time }

# Command names where a platform translates them (Discord); in en-US, the names themselves.
command-name-start = start
command-name-checkin = checkin
command-name-history = history
command-name-faq = faq
command-name-tips = tips
command-name-stretch = stretch
command-name-export = export
command-name-forget = forget
command-name-language = language
command-name-privacy = privacy
command-name-help = help
command-name-cancel = cancel
command-name-routine = routine
command-name-remind = remind
command-name-reminders = reminders
command-name-clubstats = clubstats
command-name-leaderboard = leaderboard

# /privacy and /export: what the database holds about the runner right now, one item each,
# joined into one sentence (list-separator).
privacy-kept-now = Stored about you right now: { $items }.
privacy-kept-nothing = Nothing else about you is stored right now.
kept-history = your checks and check-ins (see /history)
kept-pending = what you just did (until you tell me whether I may keep your history)
kept-open-check = the check you haven't finished yet (so you can carry on)
kept-open-checkin = the check-in you haven't finished yet
kept-reminder = your reminder (see /reminders)
kept-reminders = your reminders (see /reminders)
kept-club-reminders = the club reminders you set (they carry your name)
kept-zone = your time zone
kept-language = the language you chose
kept-leaderboard = the name you show in club stats
kept-presses = your Done presses under the club's stretch routines
kept-unreadable = older records I can't read any more (kept, not deleted)

# A number off the 0-10 scale typed for a score (the check-in's question or the check's pain
# question, which follows).
off-the-scale = That's off the scale: it goes from 0 to 10. Tap the number that fits below, or send /cancel to stop.
# Numbers that measure something else (a time, a distance, a count: "for 6 months",
# "10 km") typed for the same 0-10 score; the question follows.
scale-not-a-measure = That sounds like a time, a distance or a count, not how much it hurts. Here I need a number from 0 to 10: 0 is no pain at all, 10 the worst you can imagine. Tap the one that fits below, or send /cancel to stop.
