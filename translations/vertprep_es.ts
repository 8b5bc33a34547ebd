<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AboutScreen</name>
    <message>
        <source>The usual risks of anaesthesia, which you can discuss with the anaesthetist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Injury to nearby organs, such as the lungs, muscles or nerves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cement leaking out of the vertebra, which is dangerous if it reaches the spinal canal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rarely, cement travelling to the lungs through the veins around the spine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rarely, an infection where the vertebra was treated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the procedure</source>
        <translation>Sobre el procedimiento</translation>
    </message>
    <message>
        <source>What is vertebroplasty?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Osteoporosis makes bones thin, so a vertebra (a bone of the spine) can break even after a small knock. This is painful, above all when you move. In vertebroplasty, the doctor injects bone cement through a needle into the broken vertebra. The cement hardens within a few minutes and holds the broken pieces together, like a cast on a broken arm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. A vertebra broken by osteoporosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Cement, injected through a needle, fills the break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it does not do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It treats the fracture, not the osteoporosis that caused it. Talk to your doctor about long-term treatment for your bones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is not done to prevent fractures. In a spine with no fracture, the procedure is not recommended, because it has risks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it is done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You lie on your stomach in a room with an X-ray machine. You have local anaesthesia with medicine to relax you, or general anaesthesia. Guided by X-rays, the doctor places one or two needles in each broken vertebra through cuts of 3 to 4 mm, and injects a few millilitres of cement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pain usually eases quickly and you can move more easily. There are no large scars. Most people walk again 3 to 6 hours afterwards and go home the same day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No treatment is certain to work: some people improve a lot, others less.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serious side effects happen in fewer than 1 in 200 patients. They include:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: CIRSE patient information, cirse.org/patients</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AfterCare</name>
    <message>
        <source>Rest for the rest of the day, with an adult staying with you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not drive for a day or two, and never while you take strong (opioid) pain medicines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most people can return to their normal daily activities soon after. Your care team tells you what you may do and when.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If sudden new back pain starts, call your care team. A new spine MRI may be needed: because of osteoporosis, a new fracture can happen close to the treated vertebra or far from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chest pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortness of breath</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss of control of your bladder or bowels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New severe pain, numbness, tingling or weakness in your legs or arms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fever of 38 °C (100.4 °F) or higher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redness, swelling or fluid coming from where the needle went in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain that does not get better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the osteoporosis medicine your doctor prescribes, for example denosumab (Prolia).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get enough calcium and vitamin D, as your doctor advises.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stay active with exercise on your feet, such as walking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make your home safer against falls: good light, no loose rugs, and handrails where you need them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Have your bone density checked regularly. Most new fractures happen in the first year.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AfterScreen</name>
    <message>
        <source>After the procedure</source>
        <translation>Después del procedimiento</translation>
    </message>
    <message>
        <source>Warning signs: get help at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call your emergency number now if you have:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call your care team the same day if you have:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sudden new back pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long-term bone health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your care team: {phone}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your care team&apos;s phone number on the Welcome screen so it shows here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BeforeScreen</name>
    <message>
        <source>Before the procedure</source>
        <translation>Antes del procedimiento</translation>
    </message>
    <message>
        <source>Tick each step when it is done. In the notes, write what your care team told you, for example when to stop a medicine.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <source>Your vertebroplasty plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tomorrow: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In one week: {title}. Make an appointment if you have none yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From today: {title}, between {first} and {last}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Between {first} and {last}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do this by {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your note: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vertprep gives general information. Your care team decides what is right for you: follow their instructions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your vertebroplasty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrive at {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrive at {time} at {place}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow your care team&apos;s instructions about eating, drinking and your medicines. Bring your list of medicines and your earlier scans. An adult must take you home.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tomorrow: your vertebroplasty. Arrive at {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tomorrow: your vertebroplasty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get ready to leave: you are expected at the hospital at {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own reminder, from vertprep.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CareContent</name>
    <message>
        <source>See the interventional radiologist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The doctor who will treat you examines your back to find which broken vertebrae cause the pain, and plans the procedure with you. Bring your earlier scans and X-ray reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Have a spine MRI, or a bone scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An MRI scan of your spine shows which fractures need treatment. If you cannot have an MRI, for example because you have a pacemaker, you will have a bone scan or a CT scan instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Have the blood tests your team ordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These often include a blood count and a test of how well your blood clots. A clotting problem or an infection can mean that the procedure is put off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go through your medicines with your care team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a list of all the medicines you take. Blood thinners (such as warfarin, apixaban, rivaroxaban, clopidogrel or aspirin), diabetes medicines and insulin need instructions from your care team. Never stop a medicine on your own. Write down what your team tells you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anaesthesia consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short talk with the anaesthetist a few days before the procedure. You will hear whether you will have local anaesthesia with medicine to relax you, or general anaesthesia, and you can ask about the risks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell the team about any allergies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell your care team if you are allergic to contrast dye, local anaesthetics, antibiotics, bone cement or latex, and if you could be pregnant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask an adult to take you home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You must not drive after the procedure. Ask an adult to take you home and to stay with you afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Know when to stop eating and drinking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hospitals have different rules for fasting before the procedure. Follow the instructions your care team gives you, and write them down here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pack what to bring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your list of medicines, earlier scans and reports, your identity and insurance cards, glasses or hearing aids, and comfortable clothes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One to four weeks after the procedure, your interventional radiologist checks that your pain has eased and that you are back to your daily activities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk to your doctor about treating osteoporosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cement treats the fracture, not the osteoporosis behind it. Ask about medicine for your bones (such as denosumab, Prolia), calcium and vitamin D, exercise on your feet, and how to prevent falls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bone-health review after 3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See your doctor to check how your bone treatment is going.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bone-health review after 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New fractures are most common in the first year. Review your bone health with your doctor, with a bone density test if your doctor advises one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CareTeamNote</name>
    <message>
        <source>This app gives general information. Your care team decides what is right for you: follow their instructions.</source>
        <translation>Esta aplicación ofrece información general. Su equipo médico decide lo que es adecuado para usted: siga sus indicaciones.</translation>
    </message>
</context>
<context>
    <name>ChecklistRow</name>
    <message>
        <source>What your care team told you to do:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status}. {due}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note for: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write here what your care team told you.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>Something went wrong. Your ticks and notes are saved. If this happens again, please tell the people who make vertprep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vertprep</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DayScreen</name>
    <message>
        <source>The day of the procedure</source>
        <translation>El día del procedimiento</translation>
    </message>
    <message>
        <source>The times are estimates for one treated vertebra. Your care team tells you the real times, and how long you stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your procedure date and arrival time to see the times of the day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date}, arrival at {time}</source>
        <translation>{date}, llegada: {time}</translation>
    </message>
    <message>
        <source>about {time}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DayTimeline</name>
    <message>
        <source>Arrive at the hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Come at your arrival time with the adult who will take you home, and bring the things on your list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in and drip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A nurse checks your details and puts a drip (a thin tube) into a vein in your arm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Antibiotics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Antibiotics are given through the drip, just before the cement, to prevent infection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anaesthesia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You receive the anaesthesia planned with the anaesthetist: local anaesthesia with medicine to relax you, or general anaesthesia.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lying face down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You lie on your stomach in a room with an X-ray machine, so the doctor can see the vertebra. Tell the team if you feel pain, numbness or tingling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needles and cement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Through one or two small cuts of 3 to 4 mm, the doctor places a needle in the broken vertebra and injects a few millilitres of cement, which hardens in minutes. This takes about an hour for each vertebra.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest on the ward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The needles are removed and you rest lying down on the ward for a few hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First walk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three to six hours after the procedure, the pain should be eased and you should be able to walk again, with help the first time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Going home with an adult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most people go home the same day, with an adult who stays with them. Some hospitals keep patients overnight: your care team decides.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailsForm</name>
    <message>
        <source>Date of your procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not scheduled yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrival time at the hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrival time not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hospital or clinic (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your care team&apos;s phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example +44 20 7946 0000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A phone number can only contain digits, spaces and + ( ) - . /</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hospital or clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageChooser</name>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Show vertprep in another language</source>
        <translation>Mostrar vertprep en otro idioma</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Show vertprep in another language</source>
        <translation>Mostrar vertprep en otro idioma</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>vertprep: getting ready for vertebroplasty</source>
        <translation>vertprep: preparación para la vertebroplastia</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>About vertprep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vertprep {version}

Helps you prepare for vertebroplasty and follow up afterwards. It gives general information; your care team decides what is right for you.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NavigationBar</name>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>{done} of {total} steps done</source>
        <translation>{done} de {total} pasos hechos</translation>
    </message>
    <message>
        <source>Previous screen (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next screen (Alt+Right)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewScreen</name>
    <message>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Enter your procedure date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello, {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date when you know it: the dates of every step follow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure: {date}.</source>
        <translation>Procedimiento: {date}.</translation>
    </message>
    <message>
        <source>Procedure: {date}. Arrive at {time}.</source>
        <translation>Procedimiento: {date}. Llegada: {time}.</translation>
    </message>
    <message>
        <source>Your follow-up consultation: between {first} and {last}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your procedure date is not set yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your procedure is today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your procedure is tomorrow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your procedure is in {days} days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your procedure was yesterday.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your procedure was {days} days ago.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every step is done. Well done!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the after plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanText</name>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No date yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Between {first} and {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date will appear once you enter your procedure date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do this by {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done on {date}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintedPlan</name>
    <message>
        <source>Your vertebroplasty plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure date: {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrival time: {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care team phone: {phone}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This plan gives general information. Your care team decides what is right for you: follow their instructions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick each step when it is done. Write down what your care team tells you, for example when to stop a medicine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the procedure</source>
        <translation type="unfinished">Antes del procedimiento</translation>
    </message>
    <message>
        <source>Date: {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do this by: {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What your care team told you to do:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date}, arrival at {time}</source>
        <translation type="unfinished">{date}, llegada: {time}</translation>
    </message>
    <message>
        <source>Date: {date}   Arrival time: {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The times are estimates for one treated vertebra. Your care team tells you the real times, and how long you stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day of the procedure</source>
        <translation type="unfinished">El día del procedimiento</translation>
    </message>
    <message>
        <source>After the procedure</source>
        <translation type="unfinished">Después del procedimiento</translation>
    </message>
    <message>
        <source>The first days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sudden new back pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long-term bone health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning signs: get help at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call your emergency number now if you have:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call your care team the same day if you have:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your care team: {phone}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date} at {time}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Your data was saved by a newer version of vertprep. Please install the newer version to open it. The file has not been changed:
{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vertprep cannot open or save your data in this file:
{path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Welcome and your details</source>
        <translation>Bienvenida y sus datos</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenida</translation>
    </message>
    <message>
        <source>This app helps you get ready for vertebroplasty, a treatment that puts bone cement into a vertebra broken by osteoporosis. It explains each step before the procedure, shows what happens on the day, and guides you through the weeks after it. It reminds you what is due and keeps your notes. Everything you enter stays on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your details</source>
        <translation>Sus datos</translation>
    </message>
    <message>
        <source>You can change these at any time. All dates in the app follow your procedure date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Barra de herramientas</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <source>&amp;About vertprep</source>
        <translation>A&amp;cerca de vertprep</translation>
    </message>
</context>
<context>
    <name>catalog</name>
    <message>
        <source>CalendarExport</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
