# What the bot knows and shares: advice after a check, the stretch routine, the FAQ and the
# tips. Said in the bot's own words.

advice-stretch = 🧘 Stretch your chest, upper shoulders and the sides of your back: about 30 seconds each, two or three times a day. Send /stretch for the routine.
advice-strength = 💪 Strengthen the muscles that hold you tall: rows, reverse flyes and shoulder-blade squeezes, two or three times a week.
advice-core = 🧱 Build your core: planks, side planks and dead bugs a few times a week, so your trunk stays steady when you tire.
advice-arms = 🏃 Relax your arm swing: elbows bent about 90°, hands brushing your hips, swinging forward and back rather than across, shoulders low. A short video of yourself helps, and so does a running coach.
advice-breathing = 🌬️ Practise belly breathing for 5 to 10 minutes a day, and loosen your mid-back with gentle twists. On runs, breathe out fully and keep your shoulders soft.
advice-foam = 🟠 Foam-roll your upper back: roll slowly and pause 60 to 90 seconds on tight spots, with moderate pressure.
advice-load = 📅 Ease back a little: keep the next runs short and easy, add distance gradually, and plan rest days.
advice-warmup = 🔥 Warm up for 5 to 10 minutes before you run: brisk walking or easy jogging, arm circles and gentle upper-back twists.
advice-hydrate = 💧 Drink steadily through the day (aim for pale yellow pee), drink before you head out, and take water on longer runs.
advice-surface = 🌳 Swap some road runs for trails, grass or a track to cut the jarring.
advice-shoes = 👟 Check your shoes: if they're worn out or feel flat, it's time for a supportive, well-fitting pair.
advice-cadence = 👣 Try slightly quicker, shorter steps — around 5% more per minute — for lighter landings.

stretch-held-back = ⚠️ You told me recently about something a professional should check first. Please hold off on these until you've been seen, or until it's only mildly sore.
stretch-head = 🧘 Your upper-back stretch routine. Move gently, breathe slowly, and stop if anything hurts.
stretch-pec = 1. Chest stretch: forearm on a door frame, step through until the front of your chest opens. Hold { $seconds } s, { $repeats } times each side.
stretch-trap = 2. Upper shoulder stretch: sit tall, tip your ear towards your shoulder, and let the other shoulder sink. Hold { $seconds } s, { $repeats } times each side.
stretch-lat = 3. Side-of-back stretch: reach one arm overhead and lean away until you feel the side of your back. Hold { $seconds } s, { $repeats } times each side.
stretch-foam = 4. Foam roller: lie on it across your upper back and roll slowly, pausing up to { $seconds } s on tight spots.
stretch-thoracic = 5. Open book: lie on your side, knees bent, and open your top arm across to the other side. { $repeats } slow reps each side, pausing { $seconds } s at the end.
stretch-breathing = 6. Belly breathing: one hand on your chest, one on your belly; breathe so only the lower hand moves, for { $minutes } minutes.
stretch-foot = Two or three times a day works best. If it hurts rather than stretches, ease off.

faq-head = Pick a question:
faq-serious-question = Is a sore upper back after running a sign of something serious?
faq-serious-answer = Usually not. In runners it's most often a strained or tired muscle, posture or form. Serious causes such as a fracture or a trapped nerve do exist, so pain that's severe or doesn't go away should be seen by a doctor.
faq-stretching-question = Can skipping stretches make it worse?
faq-stretching-answer = Yes. If your chest, shoulders and upper back stay tight, you move less freely and strain more easily. Regular stretching keeps your range of motion and helps muscles recover.
faq-surface-question = Does what I run on matter?
faq-surface-answer = It can. Hard or uneven ground sends more shock up your body, and your upper back takes some of it. Trails, grass or a track are kinder.
faq-exercises-question = Which exercises help prevent it?
faq-exercises-answer = Anything that strengthens your core, upper back and shoulders: planks, rows and shoulder-blade squeezes are a great start. Do them regularly, not just when it hurts.
faq-shoes-question = Can my shoes cause upper back pain?
faq-shoes-answer = Indirectly, yes. Shoes that don't fit or are worn out change how you move and land, which adds load all the way up. Supportive, cushioned shoes in good shape help.
faq-cadence-question = Will changing my cadence help?
faq-cadence-answer = It might. Taking a few more steps per minute shortens your stride and softens each landing, so there's less jarring for your upper back.
faq-hold-question = How long should I hold a stretch?
faq-hold-answer = About 30 seconds, breathing slowly, two or three times a day. It should pull gently, never hurt.
faq-foam-question = How long and how hard should I foam roll?
faq-foam-answer = Keep the pressure moderate and roll slowly. When you hit a tight spot, pause there for 60 to 90 seconds, then move on.
faq-breathing-question = How long should I practise belly breathing?
faq-breathing-answer = 5 to 10 minutes a day is plenty. Sit or lie comfortably and let your belly rise while your chest stays still.

tips-head = 💡 Seven ways to ease a sore upper back after running:
tip-stretch = 1. Stretch the tight spots — chest, upper shoulders and sides of the back — for 30 seconds, two or three times a day.
tip-foam = 2. Foam-roll your upper back, pausing 60 to 90 seconds on knots.
tip-breathe = 3. Practise slow belly breathing for 5 to 10 minutes a day so your neck and shoulders don't have to help you breathe.
tip-posture = 4. Stand, sit and run tall, and back it up with rows and reverse flyes.
tip-hydrate = 5. Drink well and eat well: muscles with enough fluid and fuel cramp and stiffen less.
tip-form = 6. Get your running form checked — a coach or a short video can spot what's straining your back.
tip-therapy = 7. Massage, physiotherapy and similar hands-on treatments can ease stubborn tension.
