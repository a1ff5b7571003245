# The questions of the check, their answers, why each is asked, and the reason lines the
# result quotes back. Ids follow core/content/assessment.toml.

## Safety first

q-alarm = Along with the back pain, do you have any of these right now?
q-alarm-chest = Chest pain or pressure
q-alarm-breath = Struggling to breathe
q-alarm-spread = Pain spreading to my arm or jaw
q-alarm-sweat = Sweating or feeling sick with the pain
q-alarm-bladder = Lost control of bladder or bowels
q-alarm-faint = Fainted or nearly fainted
q-alarm-none = None of these
why-alarm = These can mean something other than a tired muscle — sometimes the heart, the lungs or the nerves. They need a doctor straight away, so I always ask about them first.

q-warning = And do any of these fit?
q-warning-fall = It started after a fall or a knock
q-warning-nerves = Numbness, tingling or weakness in my arms or legs
q-warning-fever = Fever or chills
q-warning-weight = Weight loss I can't explain
q-warning-night = It hurts at night or when I'm resting
q-warning-none = None of these
why-warning = Running soreness eases with rest. Pain after an injury, nerve symptoms, fever or pain at rest point to something a doctor or physio should look at before you try self-help.

## Your pain

q-severity = At its worst, how bad is it? 0 is no pain, 10 is the worst you can imagine.
why-severity = Strong pain deserves a proper examination. It also helps you see later whether things are improving.

q-course = How long have you had it, and how is it going?
q-course-today = It started with this run
q-course-settles = It comes back after runs and settles in a day or two
q-course-better = A few days, and it's easing
q-course-same = A few days, not really changing
q-course-worse = It keeps getting worse
q-course-long = Over two weeks, and it isn't easing
why-course = Soreness that comes and goes with your runs is common and usually fine to look after yourself. Pain that keeps building, or hasn't eased after two weeks, should be seen by a professional.
reason-course-settles = It comes back after runs and settles within a day or two — muscles that recover, but get worn out again.

q-where = Where do you feel it most?
q-where-blades = Between my shoulder blades
q-where-neck = At the base of my neck
q-where-side = More on one side
q-where-across = Across my whole upper back
why-where = Where it hurts hints at which muscles are overworked: the neck points to shrugged shoulders, one side to an uneven arm swing.
reason-where-blades = You feel it between your shoulder blades, where a rounded posture and tight breathing muscles pull.
reason-where-neck = It sits at the base of your neck, where shrugged shoulders and a forward head load the muscles.
reason-where-side = It's worse on one side, which often means one arm works harder than the other.
reason-where-across = It's spread across your whole upper back, typical of muscles that are simply worn out.

q-when = When does it bother you most?
q-when-during = During the run
q-when-after = Right after the run
q-when-nextday = The next day
q-when-twist = When I turn my upper body
why-when = Timing is a clue: pain while running points to form and breathing, pain the next day to tired muscles.
reason-when-during = It hurts while you run, when form and breathing are doing their work.
reason-when-after = It comes on right after running, when tired, dry muscles complain most.
reason-when-nextday = It shows up the next day, the classic sign of muscles pushed past what they're used to.
reason-when-twist = Turning your upper body hurts, which points to a stiff mid-back and a core that isn't holding you steady.

q-experience = How long have you been running regularly?
q-experience-new = Less than six months
q-experience-some = Six months to two years
q-experience-long = More than two years
why-experience = Newer runners often haven't built up the upper-body and core strength running asks for yet, so those muscles tire sooner.
reason-experience-new = You're fairly new to running, and the muscles that hold you up are still catching up.

## One question per cause

q-posture-screen = On a normal day, how long do you sit — desk, car, sofa, screens?
q-posture-screen-little = Less than 4 hours
q-posture-screen-some = 4 to 7 hours
q-posture-screen-lots = 8 hours or more
why-posture-screen = Long hours of sitting tend to round the shoulders and push the head forward. Then the upper back has to work extra hard to hold you up on a run.
reason-posture-screen-some = You sit for a good part of the day.
reason-posture-screen-lots = You sit for 8 hours or more on a normal day, which tends to round the shoulders.

q-core-screen = Could you hold a solid plank for a full minute?
q-core-screen-easy = Yes, easily
q-core-screen-barely = Just about
q-core-screen-no = No
why-core-screen = Your core keeps your spine steady while you run. When it tires, your upper back jumps in to help, and that's extra work it isn't built for.
reason-core-screen-barely = A one-minute plank is a struggle for you.
reason-core-screen-no = You can't hold a plank for a minute yet, so your core may tire early.

q-arms-screen = Has anything looked off about your arms when you run — in a video, a photo, or a friend's comment?
q-arms-screen-fine = No, they look relaxed
q-arms-screen-unsure = I've never looked
q-arms-screen-odd = Yes, something's off
why-arms-screen = Your arm swing is powered and steadied by the muscles of your upper back. An awkward swing keeps them busy all run long.
reason-arms-screen-unsure = You haven't had a look at your arm swing yet.
reason-arms-screen-odd = You've noticed something off about your arm swing.

q-breath-screen = How does your breathing feel on a typical run?
q-breath-screen-chest = Quick and high in my chest
q-breath-screen-hold = I hold my breath on hills or hard bits
q-breath-screen-gasp = I end up gasping
q-breath-screen-belly = Deep and steady, from the belly
why-breath-screen = When breathing stays high in the chest, small muscles in the neck and upper back lift your ribs with every breath, and they tire.
reason-breath-screen-chest = Your breathing stays quick and high in your chest, which makes neck and upper-back muscles help out.
reason-breath-screen-hold = You hold your breath when it gets hard, which braces the muscles around your ribs.
reason-breath-screen-gasp = You end up gasping, which tenses the muscles around your ribs.

q-fatigue-screen = What was the run before the soreness like?
q-fatigue-screen-easy = Short and easy
q-fatigue-screen-long = Longer than usual
q-fatigue-screen-hard = Long or hard, and I was tired by the end
why-fatigue-screen = Tired muscles hold you up less well. As they fade, others take over, and your upper back often ends up doing more than its share.
reason-fatigue-screen-long = That run was longer than you're used to.
reason-fatigue-screen-hard = The run was long or hard and you were worn out by the end.

q-water-screen = How much did you drink before and during that run?
q-water-screen-plenty = Plenty
q-water-screen-little = A little
q-water-screen-none = Next to nothing
why-water-screen = Muscles that are short of water get less blood and clear waste more slowly, so they stiffen and cramp sooner.
reason-water-screen-little = You drank only a little around that run.
reason-water-screen-none = You drank next to nothing around that run.

## Follow-ups

q-posture-head = If you catch sight of yourself running (a shop window, a photo), is your head forward or are your shoulders rounded?
q-posture-head-yes = Yes, that's me
q-posture-head-unsure = Not sure
q-posture-head-no = No, I run tall
why-posture-head = A head that juts forward weighs on the upper back with every stride, and those muscles end up compensating.
reason-posture-head-yes = Your head drifts forward and your shoulders round while you run.
reason-posture-head-unsure = You're not sure whether your head and shoulders stay tall while you run.

q-water-day = On a normal day, what colour is your pee?
q-water-day-pale = Pale yellow
q-water-day-dark = Darker yellow
q-water-day-unsure = Never noticed
why-water-day = Pale yellow means you're drinking enough through the day; darker means you often start runs a little dry.
reason-water-day-dark = Your pee is usually darker yellow, so you often start runs a little dry.
reason-water-day-unsure = You're not sure how well you drink through the day.

q-core-how = As you get tired on a run, which of these happen?
q-core-how-sway = My upper body twists or sways side to side
q-core-how-shoulders = I push myself along with my shoulders
q-core-how-pelvis = My lower back arches and my hips tip forward
q-core-how-stride = My stride and rhythm get uneven
q-core-how-none = None of these
why-core-how = Your core keeps your trunk steady, passes power from your legs up, holds your posture and tells you where your body is. When it tires, the upper back steps in for all four.
reason-core-how-sway = Your upper body twists or sways as you tire — a sign the core is letting go.
reason-core-how-shoulders = Late in runs you drive with your shoulders instead of your core.
reason-core-how-pelvis = Your lower back arches and your hips tip forward, which rounds the upper back to make up for it.
reason-core-how-stride = Your stride and rhythm fall apart as you tire.

q-arms-how = Which of these fit your arm swing?
q-arms-how-cross = My hands swing across my chest
q-arms-how-shrug = My shoulders creep up towards my ears
q-arms-how-still = My arms hang fairly still
q-arms-how-uneven = One arm swings differently from the other
q-arms-how-none = None of these
why-arms-how = Arms that cross your body, shoulders held high, a lazy swing or an uneven one all keep the muscles between your shoulder blades working overtime.
reason-arms-how-cross = Your hands cross the middle of your body, so your upper back keeps fighting the twist.
reason-arms-how-shrug = Your shoulders creep up towards your ears, keeping the upper back tense.
reason-arms-how-still = Your arms barely drive, so your trunk and upper back do the work instead.
reason-arms-how-uneven = One arm swings differently, so one side of your back does more work.

q-breath-how = And which of these sound like you?
q-breath-how-neck = My neck and shoulders tense up when I breathe hard
q-breath-how-cramp = My upper back cramps or stiffens during runs
q-breath-how-stiff = My mid-back feels stiff when I twist or breathe in deeply
q-breath-how-stress = I often feel stressed or anxious before a run
q-breath-how-none = None of these
why-breath-how = If the diaphragm isn't doing most of the work, neck and upper-back muscles lift the ribs instead. Stress makes breathing shallower, and a stiff mid-back stops the ribs from opening.
reason-breath-how-neck = Your neck and shoulders tense up when you breathe hard.
reason-breath-how-cramp = Your upper back cramps or stiffens during runs, a sign it's short of oxygen.
reason-breath-how-stiff = Your mid-back is stiff when you twist or breathe deeply, which makes breathing harder work.
reason-breath-how-stress = You're often stressed before runs, and stress keeps breathing high and shallow.

q-fatigue-how = Do either of these fit?
q-fatigue-how-form = Towards the end, my shoulders rose or my neck tightened
q-fatigue-how-load = I've been running more, or harder, these last couple of weeks
q-fatigue-how-none = Neither
why-fatigue-how = Tired upper-back muscles hand their work to the neck and shoulders, and muscles need time to catch up with more distance or speed.
reason-fatigue-how-form = Your shoulders rose and your neck tightened as you tired — the upper back was running out of steam.
reason-fatigue-how-load = You've stepped up your training recently, more than your muscles have caught up with.

q-water-how = Any of these?
q-water-how-cramp = I got cramps, or felt stiff and heavy, during or after the run
q-water-how-heat = It was hot, or I sweated a lot
q-water-how-dry = I don't take water on runs over an hour
q-water-how-none = None of these
why-water-how = Cramps and stiffness are how muscles short of water complain; heat and long runs without a drink are the usual reasons.
reason-water-how-cramp = You had cramps or felt stiff and heavy, as muscles short of water do.
reason-water-how-heat = It was hot or you sweated a lot, so you lost more water than usual.
reason-water-how-dry = You run for over an hour without taking water along.

## Habits that change the advice

q-stretching = How often do you stretch your chest, shoulders and upper back?
q-stretching-regular = Most days
q-stretching-sometimes = Now and then
q-stretching-rarely = Hardly ever
why-stretching = Tight chest and shoulder muscles pull you forward. If you rarely stretch them, that's an easy win.
reason-stretching-sometimes = You stretch your chest and shoulders only now and then.
reason-stretching-rarely = You hardly ever stretch your chest and shoulders, so they pull you forward.

q-warmup = Do you warm up before you run?
q-warmup-always = Yes, every time
q-warmup-sometimes = Sometimes
q-warmup-rarely = Hardly ever
why-warmup = Muscles that start a run cold tire and tighten sooner, and the upper back is no exception.
reason-warmup-rarely = You hardly ever warm up, so your muscles start every run cold.

q-strength = Do you do any strength or core work?
q-strength-weekly = Yes, every week
q-strength-sometimes = Now and then
q-strength-never = Not really
why-strength = Strong core and upper-back muscles hold you tall on a run; without that work, they tire long before your legs do.
reason-strength-sometimes = You do strength or core work only now and then.
reason-strength-never = You don't do strength or core work yet, so the muscles that hold you up tire early.

q-surface = What do you mostly run on?
q-surface-hard = Roads and pavements
q-surface-mixed = A mix
q-surface-soft = Trails, grass or a track
why-surface = Hard ground sends more shock up through your body, and tired muscles feel it.

q-shoes = How are your running shoes?
q-shoes-fresh = Fairly new and comfy
q-shoes-worn = Worn out
q-shoes-unsure = No idea how old they are
why-shoes = Tired shoes cushion less and can change how you move, which adds load further up the chain.

q-cadence = How would you describe your stride?
q-cadence-quick = Quick, light steps
q-cadence-long = Long, bouncy strides
q-cadence-unsure = No idea
why-cadence = Longer strides mean harder landings. A few more steps per minute soften each one.
