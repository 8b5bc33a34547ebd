<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>AboutScreen</name>
    <message>
        <source>About the procedure</source>
        <translation>عن الإجراء</translation>
    </message>
    <message>
        <source>What is vertebroplasty?</source>
        <translation>ما هو رأب الفقرات؟</translation>
    </message>
    <message>
        <source>1. A vertebra broken by osteoporosis</source>
        <translation>١. فقرة مكسورة بسبب هشاشة العظام</translation>
    </message>
    <message>
        <source>2. Cement, injected through a needle, fills the break</source>
        <translation>٢. الإسمنت، المحقون عبر إبرة، يملأ الكسر</translation>
    </message>
    <message>
        <source>What it does not do</source>
        <translation>ما لا يفعله الإجراء</translation>
    </message>
    <message>
        <source>How it is done</source>
        <translation>كيف يُجرى الإجراء</translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation>الفوائد</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>المخاطر</translation>
    </message>
    <message>
        <source>Serious side effects happen in fewer than 1 in 200 patients. They include:</source>
        <translation>تحدث آثار جانبية خطيرة لدى أقل من ١ من كل ٢٠٠ مريض. ومنها:</translation>
    </message>
    <message>
        <source>Source: CIRSE patient information, cirse.org/patients</source>
        <translation>المصدر: معلومات CIRSE للمرضى، cirse.org/patients</translation>
    </message>
</context>
<context>
    <name>AfterScreen</name>
    <message>
        <source>After the procedure</source>
        <translation>بعد الإجراء</translation>
    </message>
    <message>
        <source>Your care team: {phone}</source>
        <translation>فريقك الطبي: ‪{phone}‬</translation>
    </message>
    <message>
        <source>Add your care team&apos;s phone number on the Welcome screen so it shows here.</source>
        <translation>أضف رقم هاتف فريقك الطبي في شاشة الترحيب ليظهر هنا.</translation>
    </message>
</context>
<context>
    <name>AgentNotice</name>
    <message>
        <source>vertprep reminders</source>
        <translation>تذكيرات vertprep</translation>
    </message>
    <message>
        <source>While vertprep was closed: {count} reminders</source>
        <translation>تذكيرات أثناء إغلاق vertprep: {count}</translation>
    </message>
    <message>
        <source>While vertprep was closed: a reminder</source>
        <translation>أثناء إغلاق vertprep: تذكير واحد</translation>
    </message>
    <message>
        <source>vertprep: {count} reminders</source>
        <translation>تذكيرات vertprep: {count}</translation>
    </message>
    <message>
        <source>vertprep reminder</source>
        <translation>تذكير من vertprep</translation>
    </message>
    <message>
        <source>{title} – for {name}</source>
        <translation>{title} – من أجل {name}</translation>
    </message>
    <message>
        <source>{status}: {text}</source>
        <translation>{status}: {text}</translation>
    </message>
    <message>
        <source>and {count} more in vertprep</source>
        <translation>و{count} غيرها في vertprep</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Remind me tomorrow</source>
        <translation>ذكّرني غدًا</translation>
    </message>
    <message>
        <source>Open vertprep</source>
        <translation>فتح vertprep</translation>
    </message>
    <message>
        <source>This computer could not show vertprep&apos;s reminders while vertprep is closed: it has no notification area. Export your plan to your calendar instead, and your calendar will remind you.</source>
        <translation>لم يتمكن هذا الحاسوب من عرض تذكيرات vertprep أثناء إغلاق vertprep: ليست فيه منطقة للإشعارات. صدّر خطتك إلى التقويم بدلًا من ذلك، وسيذكّرك التقويم.</translation>
    </message>
    <message>
        <source>Stop reminders until the next login</source>
        <translation>إيقاف التذكيرات حتى تسجيل الدخول التالي</translation>
    </message>
</context>
<context>
    <name>BackgroundRemindersCard</name>
    <message>
        <source>vertprep could not change what starts when you log in. Nothing was changed. ({reason})</source>
        <translation>لم يتمكن vertprep من تغيير ما يبدأ عند تسجيل الدخول. لم يتغيّر شيء. ({reason})</translation>
    </message>
    <message>
        <source>When vertprep is closed</source>
        <translation>عندما يكون vertprep مغلقًا</translation>
    </message>
    <message>
        <source>Remind me even when vertprep is closed</source>
        <translation>ذكّرني حتى عندما يكون vertprep مغلقًا</translation>
    </message>
    <message>
        <source>vertprep then starts a small helper when you log in to this computer. It shows each reminder as a message on your screen when it is due, again an hour later, and every morning until you tick the step, dismiss the reminder or choose to be reminded tomorrow.</source>
        <translation>عندها يشغّل vertprep برنامجًا مساعدًا صغيرًا عند تسجيل دخولك إلى هذا الحاسوب. يعرض كل تذكير كرسالة على شاشتك عندما يحين موعده، ثم مرة أخرى بعد ساعة، ثم كل صباح حتى تضع علامة على الخطوة أو تزيل التذكير أو تختار أن نذكّرك غدًا.</translation>
    </message>
    <message>
        <source>Export to calendar…</source>
        <translation>تصدير إلى التقويم…</translation>
    </message>
</context>
<context>
    <name>BackupDialogs</name>
    <message>
        <source>Back up</source>
        <translation>نسخ احتياطي</translation>
    </message>
    <message>
        <source>The backup could not be saved here:
{path}
Please choose another folder.</source>
        <translation>تعذّر حفظ النسخة الاحتياطية هنا:
‪{path}‬
يُرجى اختيار مجلد آخر.</translation>
    </message>
    <message>
        <source>Every patient&apos;s plan, ticks, notes and reminders are saved in:
{path}

Keep this file somewhere safe, for example on a USB stick. To bring the data back, use File › Restore.</source>
        <translation>حُفظت خطط جميع المرضى وعلاماتهم وملاحظاتهم وتذكيراتهم في:
‪{path}‬

احتفظ بهذا الملف في مكان آمن، مثل ذاكرة USB. لاستعادة البيانات، استخدم ملف › استعادة.</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of vertprep. Please install the newer version to restore it.</source>
        <translation>أُنشئت هذه النسخة الاحتياطية بإصدار أحدث من vertprep. يُرجى تثبيت الإصدار الأحدث لاستعادتها.</translation>
    </message>
    <message>
        <source>This backup is damaged or incomplete, so it cannot be restored.</source>
        <translation>هذه النسخة الاحتياطية تالفة أو ناقصة، لذلك لا يمكن استعادتها.</translation>
    </message>
    <message>
        <source>This file is not a vertprep backup.</source>
        <translation>هذا الملف ليس نسخة احتياطية من vertprep.</translation>
    </message>
    <message>
        <source>This file cannot be read.</source>
        <translation>تتعذّر قراءة هذا الملف.</translation>
    </message>
    <message>
        <source>{reason}

Nothing was changed.
{path}</source>
        <translation>{reason}

لم يتغيّر شيء.
‪{path}‬</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>استعادة</translation>
    </message>
    <message>
        <source>The backup is restored.</source>
        <translation>تمت استعادة النسخة الاحتياطية.</translation>
    </message>
    <message>
        <source>The data as it was before is kept in:
{path}</source>
        <translation>البيانات كما كانت من قبل محفوظة في:
‪{path}‬</translation>
    </message>
    <message>
        <source>Replace all the data on this computer with the backup ({count} patients)?

The data as it is now is kept as a safety copy first.</source>
        <translation>هل تريد استبدال كل البيانات على هذا الحاسوب بالنسخة الاحتياطية (عدد المرضى: {count})؟

تُحفظ البيانات الحالية أولاً في نسخة أمان.</translation>
    </message>
    <message>
        <source>Replace all the data</source>
        <translation>استبدال كل البيانات</translation>
    </message>
    <message>
        <source>This backup holds the plan of {name}.</source>
        <translation>تحتوي هذه النسخة الاحتياطية على خطة {name}.</translation>
    </message>
    <message>
        <source>Add as a new patient</source>
        <translation>إضافة كمريض جديد</translation>
    </message>
    <message>
        <source>{name} is already on this computer. Replace their plan with the backup, or add the backup as another patient?</source>
        <translation>{name} موجود بالفعل على هذا الحاسوب. هل تريد استبدال الخطة الحالية بالنسخة الاحتياطية، أم إضافة النسخة الاحتياطية كمريض آخر؟</translation>
    </message>
    <message>
        <source>Replace {name}</source>
        <translation>استبدال {name}</translation>
    </message>
</context>
<context>
    <name>BeforeScreen</name>
    <message>
        <source>Before the procedure</source>
        <translation>قبل الإجراء</translation>
    </message>
    <message>
        <source>Tick each step when it is done. In the notes, write what your care team told you, for example when to stop a medicine.</source>
        <translation>ضع علامة على كل خطوة عند إنجازها. واكتب في الملاحظات ما أخبرك به فريقك الطبي، مثل موعد التوقف عن تناول دواء ما.</translation>
    </message>
</context>
<context>
    <name>CalendarDialog</name>
    <message>
        <source>Export to calendar</source>
        <translation>تصدير إلى التقويم</translation>
    </message>
    <message>
        <source>A calendar file is often copied to a calendar service on the internet, where it is kept on another company&apos;s computers. Your notes stay out of it unless you tick the box below.</source>
        <translation>كثيرًا ما يُنسخ ملف التقويم إلى خدمة تقويم على الإنترنت، حيث يُحفظ على حواسيب شركة أخرى. لا تُضاف ملاحظاتك إليه إلا إذا وضعت علامة في المربع أدناه.</translation>
    </message>
    <message>
        <source>Put my notes in it too</source>
        <translation>أضف ملاحظاتي إليه أيضًا</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>ملفات التقويم (*.ics)</translation>
    </message>
    <message>
        <source>There is nothing to put in your calendar yet. Enter your procedure date first, or add a reminder of your own.</source>
        <translation>لا يوجد بعد ما يُضاف إلى تقويمك. أدخل تاريخ الإجراء أولًا، أو أضف تذكيرًا خاصًا بك.</translation>
    </message>
    <message>
        <source>The calendar file could not be saved here:
{path}
Please choose another folder.</source>
        <translation>تعذّر حفظ ملف التقويم هنا:
‪{path}‬
يُرجى اختيار مجلد آخر.</translation>
    </message>
    <message>
        <source>Your calendar file is saved ({count} events):
{path}

Open it with the calendar on your phone or computer. If you export again after a change, the same events are updated, not added twice.</source>
        <translation>تم حفظ ملف التقويم (عدد المواعيد: {count}):
‪{path}‬

افتحه بتطبيق التقويم في هاتفك أو حاسوبك. إذا صدّرته مرة أخرى بعد أي تغيير، فستُحدَّث المواعيد نفسها ولن تُضاف مرتين.</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <source>Your vertebroplasty plan</source>
        <translation>خطتك لرأب الفقرات</translation>
    </message>
    <message>
        <source>Tomorrow: {title}</source>
        <translation>غدًا: {title}</translation>
    </message>
    <message>
        <source>In one week: {title}. Make an appointment if you have none yet.</source>
        <translation>بعد أسبوع: {title}. احجز موعدًا إن لم يكن لديك موعد بعد.</translation>
    </message>
    <message>
        <source>From today: {title}, between {first} and {last}.</source>
        <translation>ابتداءً من اليوم: {title}، بين {first} و{last}.</translation>
    </message>
    <message>
        <source>Between {first} and {last}.</source>
        <translation>بين {first} و{last}.</translation>
    </message>
    <message>
        <source>Do this by {date}.</source>
        <translation>أنجِزها في موعد أقصاه {date}.</translation>
    </message>
    <message>
        <source>Your note: {note}</source>
        <translation>ملاحظتك: {note}</translation>
    </message>
    <message>
        <source>vertprep gives general information. Your care team decides what is right for you: follow their instructions.</source>
        <translation>يقدّم vertprep معلومات عامة. فريقك الطبي هو من يقرر ما يناسبك: اتبع تعليماته.</translation>
    </message>
    <message>
        <source>Your vertebroplasty</source>
        <translation>إجراء رأب الفقرات الخاص بك</translation>
    </message>
    <message>
        <source>Arrive at {time}.</source>
        <translation>موعد الوصول: {time}.</translation>
    </message>
    <message>
        <source>Arrive at {time} at {place}.</source>
        <translation>موعد الوصول إلى {place}: {time}.</translation>
    </message>
    <message>
        <source>{title}: {text}</source>
        <translation>{title}: {text}</translation>
    </message>
    <message>
        <source>Follow your care team&apos;s instructions about eating, drinking and your medicines.</source>
        <translation>اتبع تعليمات فريقك الطبي بشأن الأكل والشرب وأدويتك.</translation>
    </message>
    <message>
        <source>Tomorrow: your vertebroplasty. Arrive at {time}.</source>
        <translation>غدًا: إجراء رأب الفقرات. موعد الوصول: {time}.</translation>
    </message>
    <message>
        <source>Tomorrow: your vertebroplasty.</source>
        <translation>غدًا: إجراء رأب الفقرات.</translation>
    </message>
    <message>
        <source>Get ready to leave: you are expected at the hospital at {time}.</source>
        <translation>استعد للانطلاق: موعدك في المستشفى الساعة {time}.</translation>
    </message>
    <message>
        <source>Your own reminder, from vertprep.</source>
        <translation>تذكير خاص بك، من vertprep.</translation>
    </message>
    <message>
        <source>Pain check-in: {name}</source>
        <translation>متابعة الألم: {name}</translation>
    </message>
    <message>
        <source>Open vertprep and answer the check-in: your pain now, and the warning signs. vertprep sends nothing to anyone and nobody watches the answers: if you have a warning sign, call your care team, or in an emergency your emergency number.</source>
        <translation>افتح vertprep وأجب عن أسئلة المتابعة: ألمك الآن، وعلامات الخطر. لا يرسل vertprep أي شيء إلى أي أحد، ولا أحد يراقب الإجابات: إذا كانت لديك علامة خطر فاتصل بفريقك الطبي، أو برقم الطوارئ في حالة الطوارئ.</translation>
    </message>
</context>
<context>
    <name>CareTeamDialog</name>
    <message>
        <source>The plan has problems to fix first:

{problems}</source>
        <translation>في الخطة مشكلات يجب إصلاحها أولًا:

{problems}</translation>
    </message>
    <message>
        <source>Save the care team&apos;s plan</source>
        <translation>حفظ خطة الفريق الطبي</translation>
    </message>
    <message>
        <source>The plan could not be saved here:
{path}</source>
        <translation>تعذّر حفظ الخطة هنا:
{path}</translation>
    </message>
    <message>
        <source>The plan is saved:
{path}

On a patient&apos;s computer, open it with File › Open care team plan…</source>
        <translation>تم حفظ الخطة:
{path}

على حاسوب المريض، افتحها من ملف › فتح خطة الفريق الطبي…</translation>
    </message>
    <message>
        <source>The plan could not be saved for this patient.</source>
        <translation>تعذّر حفظ الخطة لهذا المريض.</translation>
    </message>
    <message>
        <source>This patient&apos;s screens now follow this plan. Ticks and notes are kept.</source>
        <translation>تتبع شاشات هذا المريض الآن هذه الخطة. تبقى العلامات والملاحظات محفوظة.</translation>
    </message>
    <message>
        <source>Care team: the team&apos;s plan</source>
        <translation>الفريق الطبي: خطة الفريق</translation>
    </message>
    <message>
        <source>For the care team. Set up your team&apos;s plan once: contacts, instructions, steps and times. Save it to a file to give to patients, or use it for this patient.</source>
        <translation>للفريق الطبي. أعدّ خطة فريقك مرة واحدة: جهات الاتصال والتعليمات والخطوات والأوقات. احفظها في ملف لتعطيها للمرضى، أو استخدمها لهذا المريض.</translation>
    </message>
    <message>
        <source>Language of the texts you write:</source>
        <translation>لغة النصوص التي تكتبها:</translation>
    </message>
    <message>
        <source>Where a patient&apos;s language is missing, show the texts in:</source>
        <translation>إذا لم تتوفر لغة المريض، تُعرض النصوص باللغة:</translation>
    </message>
    <message>
        <source>Write your team&apos;s own instructions. Patients see them as you write them, beside the steps they belong to.</source>
        <translation>اكتب تعليمات فريقك الخاصة. يراها المرضى كما تكتبها، بجانب الخطوات التي تخصها.</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>جهات الاتصال</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>التعليمات</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>الخطوات</translation>
    </message>
    <message>
        <source>The day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Save to file…</source>
        <translation>حفظ في ملف…</translation>
    </message>
    <message>
        <source>Use for this patient</source>
        <translation>استخدامها لهذا المريض</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>CareTeamNote</name>
    <message>
        <source>This app gives general information. Your care team decides what is right for you: follow their instructions.</source>
        <translation>يقدّم هذا التطبيق معلومات عامة. فريقك الطبي هو من يقرر ما يناسبك: اتبع تعليماته.</translation>
    </message>
</context>
<context>
    <name>CheckIn</name>
    <message>
        <source>Before the procedure</source>
        <translation>قبل الإجراء</translation>
    </message>
    <message>
        <source>One day after</source>
        <translation>بعد يوم واحد</translation>
    </message>
    <message>
        <source>One week after</source>
        <translation>بعد أسبوع</translation>
    </message>
    <message>
        <source>Two weeks after</source>
        <translation>بعد أسبوعين</translation>
    </message>
    <message>
        <source>One month after</source>
        <translation>بعد شهر</translation>
    </message>
    <message>
        <source>Three months after</source>
        <translation>بعد ثلاثة أشهر</translation>
    </message>
    <message>
        <source>Six months after</source>
        <translation>بعد ستة أشهر</translation>
    </message>
    <message>
        <source>One year after</source>
        <translation>بعد سنة</translation>
    </message>
</context>
<context>
    <name>CheckInDialog</name>
    <message>
        <source>Call the emergency number now</source>
        <translation>اتصل برقم الطوارئ الآن</translation>
    </message>
    <message>
        <source>Your local emergency number</source>
        <translation>رقم الطوارئ في بلدك</translation>
    </message>
    <message>
        <source>Do not wait for the end of the questions. Call now.</source>
        <translation>لا تنتظر حتى تنتهي الأسئلة. اتصل الآن.</translation>
    </message>
    <message>
        <source>Call your care team today</source>
        <translation>اتصل بفريقك الطبي اليوم</translation>
    </message>
    <message>
        <source>Your care team&apos;s number is not entered in vertprep yet.</source>
        <translation>لم يُدخَل رقم فريقك الطبي في vertprep بعد.</translation>
    </message>
    <message>
        <source>Call them today, even if you feel better later.</source>
        <translation>اتصل بهم اليوم، حتى لو شعرت بتحسّن لاحقًا.</translation>
    </message>
    <message>
        <source>Your answers could not be saved.</source>
        <translation>تعذّر حفظ إجاباتك.</translation>
    </message>
    <message>
        <source>Thank you. Your answers are saved in your diary. If something worries you, call your care team.</source>
        <translation>شكرًا. حُفظت إجاباتك في يومياتك. إذا أقلقك شيء فاتصل بفريقك الطبي.</translation>
    </message>
    <message>
        <source>Your answers are saved in your diary.</source>
        <translation>حُفظت إجاباتك في يومياتك.</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>المتابعة</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Check-in: {name}</source>
        <translation>المتابعة: {name}</translation>
    </message>
    <message>
        <source>Your pain now, from 0 to 10:</source>
        <translation>ألمك الآن، من ٠ إلى ١٠:</translation>
    </message>
    <message>
        <source>Next: warning signs</source>
        <translation>التالي: علامات الخطر</translation>
    </message>
    <message>
        <source>Do you have any of these now?</source>
        <translation>هل لديك أيٌّ من هذه الآن؟</translation>
    </message>
    <message>
        <source>Signs to call the emergency number for:</source>
        <translation>علامات تستدعي الاتصال برقم الطوارئ:</translation>
    </message>
    <message>
        <source>Signs to call your care team for the same day:</source>
        <translation>علامات تستدعي الاتصال بفريقك الطبي في اليوم نفسه:</translation>
    </message>
    <message>
        <source>Save my answers</source>
        <translation>احفظ إجاباتي</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
</context>
<context>
    <name>ChecklistRow</name>
    <message>
        <source>What your care team told you to do:</source>
        <translation>ما طلب منك فريقك الطبي فعله:</translation>
    </message>
    <message>
        <source>Your note:</source>
        <translation>ملاحظتك:</translation>
    </message>
    <message>
        <source>{status}. {due}</source>
        <translation>{status}. {due}</translation>
    </message>
    <message>
        <source>Note for: {title}</source>
        <translation>ملاحظة عن: {title}</translation>
    </message>
    <message>
        <source>Write here what your care team told you.</source>
        <translation>اكتب هنا ما أخبرك به فريقك الطبي.</translation>
    </message>
    <message>
        <source>Write a note</source>
        <translation>اكتب ملاحظة</translation>
    </message>
    <message>
        <source>Write a note for: {title}</source>
        <translation>اكتب ملاحظة عن: {title}</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>vertprep could not save your last change, so it was not kept: your data file is read-only.</source>
        <translation>لم يتمكن vertprep من حفظ آخر تغيير أجريته، لذلك لم يُحفظ: ملف بياناتك للقراءة فقط.</translation>
    </message>
    <message>
        <source>vertprep could not save your last change, so it was not kept: another program is using your data. Please close it, then try again.</source>
        <translation>لم يتمكن vertprep من حفظ آخر تغيير أجريته، لذلك لم يُحفظ: برنامج آخر يستخدم بياناتك الآن. يُرجى إغلاقه، ثم المحاولة مرة أخرى.</translation>
    </message>
    <message>
        <source>vertprep could not save your last change, so it was not kept. Please check that the computer&apos;s disk is not full, then try again.</source>
        <translation>لم يتمكن vertprep من حفظ آخر تغيير أجريته، لذلك لم يُحفظ. يُرجى التأكد من أن قرص الحاسوب ليس ممتلئًا، ثم المحاولة مرة أخرى.</translation>
    </message>
    <message>
        <source>Something went wrong. Your ticks and notes are saved. If this happens again, please tell the people who make vertprep.</source>
        <translation>حدث خطأ ما. العلامات التي وضعتها وملاحظاتك محفوظة. إذا تكرر ذلك، يُرجى إبلاغ القائمين على vertprep.</translation>
    </message>
    <message>
        <source>vertprep</source>
        <translation>vertprep</translation>
    </message>
</context>
<context>
    <name>DayScreen</name>
    <message>
        <source>The day of the procedure</source>
        <translation>يوم الإجراء</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>الآن</translation>
    </message>
    <message>
        <source>Enter your procedure date and arrival time to see the times of the day.</source>
        <translation>أدخل تاريخ الإجراء ووقت الوصول لترى أوقات اليوم.</translation>
    </message>
    <message>
        <source>{date}, arrival at {time}</source>
        <translation>{date}، الوصول: {time}</translation>
    </message>
    <message>
        <source>Hospital or clinic: {place}</source>
        <translation>المستشفى أو العيادة: {place}</translation>
    </message>
    <message>
        <source>about {time}</source>
        <translation>نحو {time}</translation>
    </message>
    <message>
        <source>{time}: {stage}</source>
        <translation>{time}: {stage}</translation>
    </message>
</context>
<context>
    <name>DayTab</name>
    <message>
        <source>Tick a stage to give its time, in minutes after the patient&apos;s arrival. Stages without a time are shown in order, with no clock time.</source>
        <translation>ضع علامة على مرحلة لتحديد وقتها بالدقائق بعد وصول المريض. تُعرض المراحل التي بلا وقت بالترتيب، دون ساعة.</translation>
    </message>
    <message>
        <source>Reminder to leave, hours before arrival:</source>
        <translation>تذكير بالمغادرة، بالساعات قبل الوصول:</translation>
    </message>
    <message>
        <source>Reminder the evening before, at:</source>
        <translation>تذكير في المساء السابق، في الساعة:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <source>Minutes after arrival: {stage}</source>
        <translation>الدقائق بعد الوصول: {stage}</translation>
    </message>
</context>
<context>
    <name>DetailsForm</name>
    <message>
        <source>Date of your procedure</source>
        <translation>تاريخ الإجراء</translation>
    </message>
    <message>
        <source>A date from {first} to {last}</source>
        <translation>تاريخ من {first} إلى {last}</translation>
    </message>
    <message>
        <source>Not scheduled yet</source>
        <translation>لم يُحدَّد بعد</translation>
    </message>
    <message>
        <source>No date chosen yet</source>
        <translation>لم يُختَر تاريخ بعد</translation>
    </message>
    <message>
        <source>Arrival time at the hospital</source>
        <translation>وقت الوصول إلى المستشفى</translation>
    </message>
    <message>
        <source>Arrival time not known yet</source>
        <translation>وقت الوصول غير معروف بعد</translation>
    </message>
    <message>
        <source>Hospital or clinic (optional)</source>
        <translation>المستشفى أو العيادة (اختياري)</translation>
    </message>
    <message>
        <source>Your name (optional)</source>
        <translation>اسمك (اختياري)</translation>
    </message>
    <message>
        <source>Your care team&apos;s phone number</source>
        <translation>رقم هاتف فريقك الطبي</translation>
    </message>
    <message>
        <source>For example +44 20 7946 0000</source>
        <translation>مثال: ‪+44 20 7946 0000‬</translation>
    </message>
    <message>
        <source>A phone number can only contain digits, spaces and + ( ) - . /, and an extension such as “ext. 12”.</source>
        <translation>لا يمكن أن يحتوي رقم الهاتف إلا على أرقام ومسافات والرموز + ( ) - . /، ورقم داخلي مثل «ext. 12».</translation>
    </message>
    <message>
        <source>Hospital or clinic</source>
        <translation>المستشفى أو العيادة</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>اسمك</translation>
    </message>
    <message>
        <source>Up and Down change the day, month or year; Left and Right move between them.</source>
        <translation>تغيّر مفاتيح الأسهم للأعلى وللأسفل اليوم أو الشهر أو السنة، وتنقلك مفاتيح اليمين واليسار بينها.</translation>
    </message>
    <message>
        <source>Type the time, or use the Up and Down arrow keys.</source>
        <translation>اكتب الوقت، أو استخدم مفتاحَي السهم للأعلى وللأسفل.</translation>
    </message>
</context>
<context>
    <name>DiaryExportDialog</name>
    <message>
        <source>Export your pain diary</source>
        <translation>تصدير يوميات الألم</translation>
    </message>
    <message>
        <source>Pain diary</source>
        <translation>يوميات الألم</translation>
    </message>
    <message>
        <source>Spreadsheet files (*.csv)</source>
        <translation>ملفات جداول البيانات (*.csv)</translation>
    </message>
    <message>
        <source>The diary could not be saved here:
{path}
Please choose another folder.</source>
        <translation>تعذّر حفظ اليوميات هنا:
{path}
يرجى اختيار مجلد آخر.</translation>
    </message>
    <message>
        <source>Diary entries saved: {count}. The file:
{path}</source>
        <translation>إدخالات اليوميات المحفوظة: {count}. الملف:
{path}</translation>
    </message>
</context>
<context>
    <name>DiaryTable</name>
    <message>
        <source>Day</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Pain (0–10)</source>
        <translation>الألم (٠–١٠)</translation>
    </message>
    <message>
        <source>Walking</source>
        <translation>المشي</translation>
    </message>
    <message>
        <source>Pain medicine</source>
        <translation>دواء الألم</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Your pain diary</source>
        <translation>يوميات ألمك</translation>
    </message>
</context>
<context>
    <name>DiaryText</name>
    <message>
        <source>0 = no pain</source>
        <translation>٠ = لا ألم</translation>
    </message>
    <message>
        <source>10 = the worst pain you can imagine</source>
        <translation>١٠ = أشد ألم يمكنك تخيّله</translation>
    </message>
    <message>
        <source>Not at all</source>
        <translation>لم أمشِ أبدًا</translation>
    </message>
    <message>
        <source>Only indoors</source>
        <translation>داخل المنزل فقط</translation>
    </message>
    <message>
        <source>A short walk outside</source>
        <translation>مشي قصير في الخارج</translation>
    </message>
    <message>
        <source>A long walk outside</source>
        <translation>مشي طويل في الخارج</translation>
    </message>
    <message>
        <source>Choose how strong your pain is, from 0 to 10. Nothing was saved.</source>
        <translation>اختر شدة ألمك من ٠ إلى ١٠. لم يُحفظ شيء.</translation>
    </message>
    <message>
        <source>The pain score must be a number from 0 to 10. Nothing was saved.</source>
        <translation>يجب أن تكون درجة الألم رقمًا من ٠ إلى ١٠. لم يُحفظ شيء.</translation>
    </message>
    <message>
        <source>This day has not come yet. Choose today or an earlier day. Nothing was saved.</source>
        <translation>هذا اليوم لم يأتِ بعد. اختر اليوم أو يومًا سابقًا. لم يُحفظ شيء.</translation>
    </message>
    <message>
        <source>There is already an entry for this day. Change that entry instead. Nothing was saved.</source>
        <translation>يوجد إدخال لهذا اليوم بالفعل. عدّل ذلك الإدخال بدلًا من ذلك. لم يُحفظ شيء.</translation>
    </message>
    <message>
        <source>The note is too long. Nothing was saved.</source>
        <translation>الملاحظة طويلة جدًا. لم يُحفظ شيء.</translation>
    </message>
    <message>
        <source>This entry no longer exists. Nothing was saved.</source>
        <translation>هذا الإدخال لم يعد موجودًا. لم يُحفظ شيء.</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>لم يُذكر</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>No pain scores are written down yet.</source>
        <translation>لم تُسجَّل أي درجة ألم بعد.</translation>
    </message>
    <message>
        <source>Your usual pain before the procedure: {before} out of 10. No score after the procedure yet.</source>
        <translation>ألمك المعتاد قبل الإجراء: {before} من ١٠. لا توجد درجة بعد الإجراء حتى الآن.</translation>
    </message>
    <message>
        <source>Your latest pain score: {now} out of 10, on {date}.</source>
        <translation>آخر درجة لألمك: {now} من ١٠، بتاريخ {date}.</translation>
    </message>
    <message>
        <source>It went down by {points}.</source>
        <translation>انخفض بمقدار {points}.</translation>
    </message>
    <message>
        <source>It went up by {points}.</source>
        <translation>ارتفع بمقدار {points}.</translation>
    </message>
    <message>
        <source>It is the same as before.</source>
        <translation>إنه كما كان من قبل.</translation>
    </message>
    <message>
        <source>Your pain was {before} out of 10 before the procedure, and {now} out of 10 on {date} (day {days} after it).</source>
        <translation>كان ألمك {before} من ١٠ قبل الإجراء، و{now} من ١٠ بتاريخ {date} (اليوم {days} بعده).</translation>
    </message>
    <message>
        <source>Pain (0–10)</source>
        <translation>الألم (٠–١٠)</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Usual pain before: {score}</source>
        <translation>الألم المعتاد قبل الإجراء: {score}</translation>
    </message>
    <message>
        <source>No pain scores yet</source>
        <translation>لا توجد درجات ألم بعد</translation>
    </message>
    <message>
        <source>■ a day before the procedure   ● a day after it   │ the procedure day   – – your usual pain before it</source>
        <translation>■ يوم قبل الإجراء   ● يوم بعده   │ يوم الإجراء   – – ألمك المعتاد قبله</translation>
    </message>
    <message>
        <source>Chart of your pain over time</source>
        <translation>رسم بياني لألمك مع مرور الوقت</translation>
    </message>
</context>
<context>
    <name>HelpScreen</name>
    <message>
        <source>Help and keyboard</source>
        <translation>المساعدة ولوحة المفاتيح</translation>
    </message>
    <message>
        <source>You can use vertprep with the keyboard alone. The button, box or field that the keyboard is on has a thick outline.</source>
        <translation>يمكنك استخدام vertprep بلوحة المفاتيح وحدها. الزر أو المربع أو الحقل الذي تعمل عليه لوحة المفاتيح يظهر بإطار سميك.</translation>
    </message>
    <message>
        <source>Moving around</source>
        <translation>التنقل</translation>
    </message>
    <message>
        <source>Go to the next button, box or field.</source>
        <translation>الانتقال إلى الزر أو المربع أو الحقل التالي.</translation>
    </message>
    <message>
        <source>Go back to the previous one.</source>
        <translation>الرجوع إلى السابق.</translation>
    </message>
    <message>
        <source>Tick or untick the step you are on, or press the button.</source>
        <translation>وضع العلامة على الخطوة التي أنت عندها أو إزالتها، أو الضغط على الزر.</translation>
    </message>
    <message>
        <source>In the list of screens: choose a screen.</source>
        <translation>في قائمة الشاشات: اختيار شاشة.</translation>
    </message>
    <message>
        <source>Undo the last tick, untick or pain diary change. In a note, it undoes your typing instead.</source>
        <translation>التراجع عن آخر وضع للعلامة أو إزالتها أو آخر تغيير في يوميات الألم. وداخل الملاحظة، يتراجع بدلًا من ذلك عمّا كتبته.</translation>
    </message>
    <message>
        <source>The buttons A− and A+ at the top make the text smaller or larger, up to twice the normal size; the button between them shows the size and sets it back to normal. High contrast shows white and yellow text on black. vertprep remembers your choice.</source>
        <translation>الزرّان A−‎ وA+‎ في الأعلى يجعلان النص أصغر أو أكبر، حتى ضعف الحجم العادي؛ والزر الذي بينهما يعرض الحجم ويعيده إلى الحجم العادي. يعرض التباين العالي نصًا أبيض وأصفر على خلفية سوداء. ويتذكر vertprep اختيارك.</translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation>الاختصارات</translation>
    </message>
    <message>
        <source>Larger text and high contrast</source>
        <translation>نص أكبر وتباين عالٍ</translation>
    </message>
    <message>
        <source>Screen readers</source>
        <translation>قارئات الشاشة</translation>
    </message>
    <message>
        <source>vertprep works with screen readers such as NVDA, JAWS, VoiceOver and Orca. Each step says whether it is done and when it is due.</source>
        <translation>يعمل vertprep مع قارئات الشاشة مثل NVDA وJAWS وVoiceOver وOrca. تذكر كل خطوة هل أُنجزت ومتى موعدها.</translation>
    </message>
</context>
<context>
    <name>LanguageChooser</name>
    <message>
        <source>Language:</source>
        <translation>اللغة:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Show vertprep in another language</source>
        <translation>عرض vertprep بلغة أخرى</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>ال&amp;لغة</translation>
    </message>
    <message>
        <source>Show vertprep in another language</source>
        <translation>عرض vertprep بلغة أخرى</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>vertprep: getting ready for vertebroplasty</source>
        <translation>vertprep: الاستعداد لرأب الفقرات</translation>
    </message>
    <message>
        <source>{name}: {title}</source>
        <translation>{name}: {title}</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>الخطوات</translation>
    </message>
    <message>
        <source>About vertprep</source>
        <translation>حول vertprep</translation>
    </message>
    <message>
        <source>vertprep {version}

Helps you prepare for vertebroplasty and follow up afterwards. It gives general information; your care team decides what is right for you.</source>
        <translation>vertprep {version}

يساعدك على الاستعداد لرأب الفقرات وعلى المتابعة بعده. يقدّم معلومات عامة؛ فريقك الطبي هو من يقرر ما يناسبك.</translation>
    </message>
</context>
<context>
    <name>NavigationBar</name>
    <message>
        <source>Back</source>
        <translation>السابق</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <source>{done} of {total} steps done</source>
        <translation>الخطوات المنجزة: {done} من {total}</translation>
    </message>
    <message>
        <source>Previous screen (Alt+Left)</source>
        <translation>الشاشة السابقة (Alt+Left)</translation>
    </message>
    <message>
        <source>Next screen (Alt+Right)</source>
        <translation>الشاشة التالية (Alt+Right)</translation>
    </message>
    <message>
        <source>Goes to the previous screen.</source>
        <translation>ينتقل إلى الشاشة السابقة.</translation>
    </message>
    <message>
        <source>Goes to the next screen.</source>
        <translation>ينتقل إلى الشاشة التالية.</translation>
    </message>
</context>
<context>
    <name>OverviewScreen</name>
    <message>
        <source>Overview</source>
        <translation>نظرة عامة</translation>
    </message>
    <message>
        <source>Enter your procedure date</source>
        <translation>أدخل تاريخ الإجراء</translation>
    </message>
    <message>
        <source>Your own reminders</source>
        <translation>تذكيراتك الخاصة</translation>
    </message>
    <message>
        <source>Add a reminder</source>
        <translation>إضافة تذكير</translation>
    </message>
    <message>
        <source>Hello, {name}.</source>
        <translation>مرحبًا، {name}.</translation>
    </message>
    <message>
        <source>Enter the date when you know it: the dates of every step follow.</source>
        <translation>أدخل التاريخ عندما تعرفه: وستُحسب منه تواريخ كل الخطوات.</translation>
    </message>
    <message>
        <source>Procedure: {date}.</source>
        <translation>الإجراء: {date}.</translation>
    </message>
    <message>
        <source>Procedure: {date}. Arrive at {time}.</source>
        <translation>الإجراء: {date}. الوصول: {time}.</translation>
    </message>
    <message>
        <source>Hospital or clinic: {place}</source>
        <translation>المستشفى أو العيادة: {place}</translation>
    </message>
    <message>
        <source>Your follow-up consultation: between {first} and {last}.</source>
        <translation>موعد المتابعة: بين {first} و{last}.</translation>
    </message>
    <message>
        <source>Your procedure date is not set yet.</source>
        <translation>لم يُحدَّد تاريخ الإجراء بعد.</translation>
    </message>
    <message>
        <source>Your procedure is today.</source>
        <translation>موعد الإجراء اليوم.</translation>
    </message>
    <message>
        <source>Your procedure is tomorrow.</source>
        <translation>موعد الإجراء غدًا.</translation>
    </message>
    <message>
        <source>Your procedure is in {days} days.</source>
        <translation>الأيام المتبقية حتى الإجراء: {days}.</translation>
    </message>
    <message>
        <source>Your procedure was yesterday.</source>
        <translation>كان الإجراء أمس.</translation>
    </message>
    <message>
        <source>Your procedure was {days} days ago.</source>
        <translation>الأيام التي مضت منذ الإجراء: {days}.</translation>
    </message>
    <message>
        <source>Every step is done. Well done!</source>
        <translation>أُنجزت كل الخطوات. أحسنت!</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>الخطوة التالية</translation>
    </message>
    <message>
        <source>Open the checklist</source>
        <translation>فتح قائمة الخطوات</translation>
    </message>
    <message>
        <source>Open the after plan</source>
        <translation>فتح خطة ما بعد الإجراء</translation>
    </message>
    <message>
        <source>None yet. Add your own, such as “call the pharmacy”.</source>
        <translation>لا يوجد شيء بعد. أضف تذكيراتك الخاصة، مثل «الاتصال بالصيدلية».</translation>
    </message>
    <message>
        <source>{when}: {text}</source>
        <translation>{when}: {text}</translation>
    </message>
    <message>
        <source>More reminders: {count}</source>
        <translation>تذكيرات أخرى: {count}</translation>
    </message>
</context>
<context>
    <name>OwnReminderText</name>
    <message>
        <source>{date}, {time}</source>
        <translation>{date}، الساعة {time}</translation>
    </message>
</context>
<context>
    <name>OwnRemindersScreen</name>
    <message>
        <source>Your own reminders</source>
        <translation>تذكيراتك الخاصة</translation>
    </message>
    <message>
        <source>Your reminder is saved.</source>
        <translation>تم حفظ التذكير.</translation>
    </message>
    <message>
        <source>Write what the reminder is about, for example “call the pharmacy”. Nothing was saved.</source>
        <translation>اكتب موضوع التذكير، مثل «الاتصال بالصيدلية». لم يُحفظ شيء.</translation>
    </message>
    <message>
        <source>This reminder is too long. Nothing was saved.</source>
        <translation>هذا التذكير طويل جدًا. لم يُحفظ شيء.</translation>
    </message>
    <message>
        <source>This day has passed. Choose today or a later day. Nothing was saved.</source>
        <translation>هذا اليوم قد مضى. اختر اليوم أو يومًا لاحقًا. لم يُحفظ شيء.</translation>
    </message>
    <message>
        <source>Delete reminder</source>
        <translation>حذف التذكير</translation>
    </message>
    <message>
        <source>Delete the reminder “{text}”?</source>
        <translation>هل تريد حذف التذكير «{text}»؟</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>الإبقاء عليه</translation>
    </message>
    <message>
        <source>Add a reminder</source>
        <translation>إضافة تذكير</translation>
    </message>
    <message>
        <source>Add reminder</source>
        <translation>إضافة التذكير</translation>
    </message>
    <message>
        <source>Change this reminder</source>
        <translation>تعديل هذا التذكير</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>حفظ التغييرات</translation>
    </message>
    <message>
        <source>Add reminders of your own, such as “ask about Prolia” or “call the pharmacy”. They appear on the overview, in your calendar when you export it, and on the printed plan.</source>
        <translation>أضف تذكيراتك الخاصة، مثل «السؤال عن Prolia» أو «الاتصال بالصيدلية». تظهر في شاشة «نظرة عامة»، وفي تقويمك عند تصديره، وفي الخطة المطبوعة.</translation>
    </message>
    <message>
        <source>What do you want to remember?</source>
        <translation>ما الذي تريد تذكّره؟</translation>
    </message>
    <message>
        <source>For example: call the pharmacy</source>
        <translation>مثال: الاتصال بالصيدلية</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Day of the reminder</source>
        <translation>تاريخ التذكير</translation>
    </message>
    <message>
        <source>At a set time</source>
        <translation>في وقت محدد</translation>
    </message>
    <message>
        <source>Time of the reminder</source>
        <translation>وقت التذكير</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Your reminders</source>
        <translation>تذكيراتك</translation>
    </message>
    <message>
        <source>Put your plan and your reminders in the calendar on your phone or computer, so they reach you when this app is closed.</source>
        <translation>ضع خطتك وتذكيراتك في تقويم هاتفك أو حاسوبك، لتصلك حتى عندما يكون هذا التطبيق مغلقًا.</translation>
    </message>
    <message>
        <source>Export to calendar…</source>
        <translation>تصدير إلى التقويم…</translation>
    </message>
    <message>
        <source>You have no reminders of your own yet.</source>
        <translation>ليست لديك تذكيرات خاصة بعد.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>تعديل</translation>
    </message>
    <message>
        <source>Change “{text}”</source>
        <translation>تعديل «{text}»</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Delete “{text}”</source>
        <translation>حذف «{text}»</translation>
    </message>
</context>
<context>
    <name>PainScale</name>
    <message>
        <source>Pain {score} out of 10</source>
        <translation>الألم {score} من ١٠</translation>
    </message>
    <message>
        <source>Pain now, 0 to 10</source>
        <translation>الألم الآن، من ٠ إلى ١٠</translation>
    </message>
</context>
<context>
    <name>PatientActions</name>
    <message>
        <source>P&amp;atients…</source>
        <translation>ال&amp;مرضى…</translation>
    </message>
    <message>
        <source>Open, add or manage the patients on this computer</source>
        <translation>فتح المرضى على هذا الحاسوب أو إضافتهم أو إدارتهم</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;نسخ احتياطي…</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>ا&amp;ستعادة…</translation>
    </message>
</context>
<context>
    <name>PatientBanner</name>
    <message>
        <source>Plan of {name}</source>
        <translation>خطة {name}</translation>
    </message>
    <message>
        <source>Switch patient…</source>
        <translation>تبديل المريض…</translation>
    </message>
</context>
<context>
    <name>PatientsDialog</name>
    <message>
        <source>Bring &amp;back</source>
        <translation>إ&amp;رجاع</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>أ&amp;رشفة</translation>
    </message>
    <message>
        <source>This plan is open. Open another patient&apos;s plan first.</source>
        <translation>هذه الخطة مفتوحة. افتح خطة مريض آخر أولاً.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>الاسم:</translation>
    </message>
    <message>
        <source>Please enter a name (1 to 100 letters).</source>
        <translation>يُرجى إدخال اسم (من ١ إلى ١٠٠ حرف).</translation>
    </message>
    <message>
        <source>Add a patient</source>
        <translation>إضافة مريض</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>إعادة التسمية</translation>
    </message>
    <message>
        <source>Delete a patient</source>
        <translation>حذف مريض</translation>
    </message>
    <message>
        <source>Delete {name} and everything stored for them: details, ticks, notes and reminders? This cannot be undone.

To hide a patient but keep their plan, archive them instead.</source>
        <translation>هل تريد حذف {name} وكل ما حُفظ له: البيانات والعلامات والملاحظات والتذكيرات؟ لا يمكن التراجع عن ذلك.

لإخفاء مريض مع الاحتفاظ بخطته، استخدم الأرشفة بدلاً من الحذف.</translation>
    </message>
    <message>
        <source>Delete {name}</source>
        <translation>حذف {name}</translation>
    </message>
    <message>
        <source>This change could not be saved. Nothing was changed.</source>
        <translation>تعذّر حفظ هذا التغيير. لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>المرضى</translation>
    </message>
    <message>
        <source>Whose plan do you want to open?</source>
        <translation>خطة مَن تريد أن تفتح؟</translation>
    </message>
    <message>
        <source>The patients on this computer</source>
        <translation>المرضى على هذا الحاسوب</translation>
    </message>
    <message>
        <source>Search by name</source>
        <translation>البحث بالاسم</translation>
    </message>
    <message>
        <source>Show archived patients</source>
        <translation>عرض المرضى المؤرشفين</translation>
    </message>
    <message>
        <source>&amp;Open this plan</source>
        <translation>&amp;فتح هذه الخطة</translation>
    </message>
    <message>
        <source>A&amp;dd a patient…</source>
        <translation>إ&amp;ضافة مريض…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>إعادة ال&amp;تسمية…</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;حذف…</translation>
    </message>
</context>
<context>
    <name>PatientsModel</name>
    <message>
        <source>(no name)</source>
        <translation>(بلا اسم)</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>مفتوح الآن</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>مؤرشف</translation>
    </message>
    <message>
        <source>Procedure date: {date}</source>
        <translation>تاريخ الإجراء: {date}</translation>
    </message>
    <message>
        <source>No procedure date yet</source>
        <translation>لا يوجد تاريخ للإجراء بعد</translation>
    </message>
</context>
<context>
    <name>PlanImport</name>
    <message>
        <source>Care team plans (*.toml);;All files (*)</source>
        <translation>خطط الفريق الطبي (*.toml);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>… and {count} more.</source>
        <translation>… و{count} أخرى.</translation>
    </message>
    <message>
        <source>This care team plan cannot be used, and nothing was changed:
{path}

{problems}</source>
        <translation>لا يمكن استخدام خطة الفريق الطبي هذه، ولم يتغير شيء:
{path}

{problems}</translation>
    </message>
    <message>
        <source>Open care team plan</source>
        <translation>فتح خطة الفريق الطبي</translation>
    </message>
    <message>
        <source>The plan could not be saved. Nothing was changed.</source>
        <translation>تعذّر حفظ الخطة. لم يتغير شيء.</translation>
    </message>
    <message>
        <source>Your care team&apos;s plan is now in use:
{path}

What you ticked and wrote is kept.</source>
        <translation>خطة فريقك الطبي مستخدمة الآن:
{path}

ما وضعت عليه علامة وما كتبته محفوظ.</translation>
    </message>
</context>
<context>
    <name>PlanLabels</name>
    <message>
        <source>Eating and drinking before the procedure</source>
        <translation>الأكل والشرب قبل الإجراء</translation>
    </message>
    <message>
        <source>Your usual medicines</source>
        <translation>أدويتك المعتادة</translation>
    </message>
    <message>
        <source>Blood thinners</source>
        <translation>مميّعات الدم</translation>
    </message>
    <message>
        <source>Diabetes medicines and insulin</source>
        <translation>أدوية السكري والإنسولين</translation>
    </message>
    <message>
        <source>How long you stay</source>
        <translation>مدة بقائك</translation>
    </message>
    <message>
        <source>Care team phone</source>
        <translation>هاتف الفريق الطبي</translation>
    </message>
    <message>
        <source>Emergency number</source>
        <translation>رقم الطوارئ</translation>
    </message>
    <message>
        <source>Hospital or clinic</source>
        <translation>المستشفى أو العيادة</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>القسم</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>ساعات العمل</translation>
    </message>
    <message>
        <source>Emergency number: {number}</source>
        <translation>رقم الطوارئ: {number}</translation>
    </message>
    <message>
        <source>Your care team&apos;s instructions</source>
        <translation>تعليمات فريقك الطبي</translation>
    </message>
    <message>
        <source>The times are your care team&apos;s estimates, counted from your arrival time. Your care team tells you if they change.</source>
        <translation>هذه الأوقات تقديرات من فريقك الطبي، محسوبة من وقت وصولك. سيخبرك فريقك الطبي إذا تغيّرت.</translation>
    </message>
    <message>
        <source>The stages come in this order. Your care team tells you the times, and how long you stay.</source>
        <translation>تأتي المراحل بهذا الترتيب. يخبرك فريقك الطبي بالأوقات، وبالمدة التي ستبقى فيها.</translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation>علامات الخطر</translation>
    </message>
    <message>
        <source>Call your emergency number now if you have:</source>
        <translation>اتصل برقم الطوارئ الآن إذا كان لديك:</translation>
    </message>
    <message>
        <source>Call your care team the same day if you have:</source>
        <translation>اتصل بفريقك الطبي في اليوم نفسه إذا كان لديك:</translation>
    </message>
    <message>
        <source>The first days</source>
        <translation>الأيام الأولى</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>المتابعة</translation>
    </message>
    <message>
        <source>Sudden new back pain</source>
        <translation>ألم جديد ومفاجئ في الظهر</translation>
    </message>
    <message>
        <source>Long-term bone health</source>
        <translation>صحة العظام على المدى الطويل</translation>
    </message>
</context>
<context>
    <name>PlanProblem</name>
    <message>
        <source>this is not a TOML file: {detail}</source>
        <translation>هذا ليس ملف TOML: {detail}</translation>
    </message>
    <message>
        <source>written for plan format {found}, newer than this vertprep reads ({known}): install the newer vertprep</source>
        <translation>مكتوب لصيغة الخطة {found}، وهي أحدث مما يقرأه هذا الإصدار من vertprep ({known}): ثبّت الإصدار الأحدث من vertprep</translation>
    </message>
    <message>
        <source>the plan format version (format = {known}) is missing</source>
        <translation>رقم إصدار صيغة الخطة (format = {known}) غير موجود</translation>
    </message>
    <message>
        <source>unknown key (a typing mistake?); known here: {detail}</source>
        <translation>مفتاح غير معروف (خطأ في الكتابة؟)؛ المعروف هنا: {detail}</translation>
    </message>
    <message>
        <source>this is needed and missing</source>
        <translation>هذا مطلوب وغير موجود</translation>
    </message>
    <message>
        <source>this should be {detail}</source>
        <translation>يجب أن يكون هذا {detail}</translation>
    </message>
    <message>
        <source>{found} is not allowed here; allowed: {detail}</source>
        <translation>{found} غير مسموح به هنا؛ المسموح: {detail}</translation>
    </message>
    <message>
        <source>the text in the plan&apos;s fallback language ({detail}) is missing</source>
        <translation>النص بلغة الخطة الاحتياطية ({detail}) غير موجود</translation>
    </message>
    <message>
        <source>the id {found} is used twice (each must be different)</source>
        <translation>المعرّف {found} مستخدم مرتين (يجب أن يكون كل معرّف مختلفًا)</translation>
    </message>
    <message>
        <source>{found} is out of range: from {first} to {last}</source>
        <translation>{found} خارج النطاق: من {first} إلى {last}</translation>
    </message>
    <message>
        <source>the source {found} is not listed under [sources]</source>
        <translation>المصدر {found} غير مذكور تحت [sources]</translation>
    </message>
    <message>
        <source>the file cannot be read: {detail}</source>
        <translation>لا يمكن قراءة الملف: {detail}</translation>
    </message>
    <message>
        <source>a table</source>
        <translation>جدولًا</translation>
    </message>
    <message>
        <source>text in quotes</source>
        <translation>نصًا بين علامتي اقتباس</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>عددًا صحيحًا</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true أو false</translation>
    </message>
    <message>
        <source>[first day, last day]</source>
        <translation>[اليوم الأول, اليوم الأخير]</translation>
    </message>
    <message>
        <source>HH:MM, 24-hour</source>
        <translation>HH:MM، بنظام 24 ساعة</translation>
    </message>
    <message>
        <source>small letters, digits and _</source>
        <translation>حروف لاتينية صغيرة وأرقام و _</translation>
    </message>
    <message>
        <source>line {line}, {key}: {reason}</source>
        <translation>السطر {line}، {key}: {reason}</translation>
    </message>
    <message>
        <source>{key}: {reason}</source>
        <translation>{key}: {reason}</translation>
    </message>
</context>
<context>
    <name>PlanText</name>
    <message>
        <source>Done</source>
        <translation>تمّت</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>متأخرة</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>موعدها اليوم</translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation>قادمة</translation>
    </message>
    <message>
        <source>No date yet</source>
        <translation>لا يوجد تاريخ بعد</translation>
    </message>
    <message>
        <source>Between {first} and {last}</source>
        <translation>بين {first} و{last}</translation>
    </message>
    <message>
        <source>The date will appear once you enter your procedure date.</source>
        <translation>سيظهر التاريخ بعد أن تُدخل تاريخ الإجراء.</translation>
    </message>
    <message>
        <source>Do this by {date}</source>
        <translation>أنجِزها في موعد أقصاه {date}</translation>
    </message>
    <message>
        <source>By your consultation</source>
        <translation>قبل موعد استشارتك</translation>
    </message>
    <message>
        <source>Before the procedure</source>
        <translation>قبل الإجراء</translation>
    </message>
    <message>
        <source>When your doctor advises</source>
        <translation>عندما ينصحك طبيبك</translation>
    </message>
    <message>
        <source>Done on {date}</source>
        <translation>أُنجزت بتاريخ {date}</translation>
    </message>
</context>
<context>
    <name>PlanWords</name>
    <message>
        <source>Your care team wrote this in {language}.</source>
        <translation>كتب فريقك الطبي هذا باللغة {language}.</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <source>Pages: {count}</source>
        <translation>عدد الصفحات: {count}</translation>
    </message>
    <message>
        <source>The plan could not be printed. Check the printer.</source>
        <translation>تعذّرت طباعة الخطة. تحقّق من الطابعة.</translation>
    </message>
    <message>
        <source>Sent to the printer: {count} pages.</source>
        <translation>أُرسلت الخطة إلى الطابعة. عدد الصفحات: {count}.</translation>
    </message>
    <message>
        <source>Save the plan as PDF</source>
        <translation>حفظ الخطة بصيغة PDF</translation>
    </message>
    <message>
        <source>Report for my follow-up visit</source>
        <translation>تقرير لموعد المتابعة</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>ملف PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The disk is full, so the PDF could not be saved. A file that was already there is unchanged:
{path}</source>
        <translation>القرص ممتلئ، لذلك تعذّر حفظ ملف PDF. الملف الذي كان موجودًا هناك لم يتغيّر:
‪{path}‬</translation>
    </message>
    <message>
        <source>The PDF could not be saved here:
{path}
Please choose another folder.</source>
        <translation>تعذّر حفظ ملف PDF هنا:
‪{path}‬
يُرجى اختيار مجلد آخر.</translation>
    </message>
    <message>
        <source>Saved {count} pages as PDF:
{path}</source>
        <translation>حُفظت الخطة بصيغة PDF (عدد الصفحات: {count}):
‪{path}‬</translation>
    </message>
    <message>
        <source>Print your plan</source>
        <translation>طباعة خطتك</translation>
    </message>
    <message>
        <source>&amp;What to print</source>
        <translation>&amp;ما تريد طباعته</translation>
    </message>
    <message>
        <source>The whole plan</source>
        <translation>الخطة كاملة</translation>
    </message>
    <message>
        <source>Only the Before checklist</source>
        <translation>قائمة خطوات «قبل الإجراء» فقط</translation>
    </message>
    <message>
        <source>Only the day of the procedure</source>
        <translation>يوم الإجراء فقط</translation>
    </message>
    <message>
        <source>Only the After plan and warning signs</source>
        <translation>خطة «بعد الإجراء» وعلامات الخطر فقط</translation>
    </message>
    <message>
        <source>&amp;Language of the printout</source>
        <translation>&amp;لغة النسخة المطبوعة</translation>
    </message>
    <message>
        <source>&amp;Second language, side by side</source>
        <translation>لغة &amp;ثانية، جنبًا إلى جنب</translation>
    </message>
    <message>
        <source>None</source>
        <translation>لا يوجد</translation>
    </message>
    <message>
        <source>&amp;Blank plan to fill in by hand (no personal data)</source>
        <translation>خطة &amp;فارغة تُملأ باليد (دون بيانات شخصية)</translation>
    </message>
    <message>
        <source>Lar&amp;ge print</source>
        <translation>طباعة ب&amp;خط كبير</translation>
    </message>
    <message>
        <source>&amp;Paper</source>
        <translation>ال&amp;ورق</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter (United States)</source>
        <translation>Letter (الولايات المتحدة)</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>Legal</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>ت&amp;كبير</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>ت&amp;صغير</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;طباعة…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>&amp;حفظ بصيغة PDF…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>إ&amp;غلاق</translation>
    </message>
    <message>
        <source>Preview of the printed plan</source>
        <translation>معاينة الخطة المطبوعة</translation>
    </message>
</context>
<context>
    <name>PrintedPlan</name>
    <message>
        <source>Your vertebroplasty plan</source>
        <translation>خطتك لرأب الفقرات</translation>
    </message>
    <message>
        <source>Name: {name}</source>
        <translation>الاسم: {name}</translation>
    </message>
    <message>
        <source>Procedure date: {date}</source>
        <translation>تاريخ الإجراء: {date}</translation>
    </message>
    <message>
        <source>Arrival time: {time}</source>
        <translation>وقت الوصول: {time}</translation>
    </message>
    <message>
        <source>Hospital or clinic: {place}</source>
        <translation>المستشفى أو العيادة: {place}</translation>
    </message>
    <message>
        <source>Care team phone: {phone}</source>
        <translation>هاتف الفريق الطبي: ‪{phone}‬</translation>
    </message>
    <message>
        <source>Printed on {date}</source>
        <translation>طُبعت بتاريخ {date}</translation>
    </message>
    <message>
        <source>{label}: {value}</source>
        <translation>{label}: {value}</translation>
    </message>
    <message>
        <source>This plan gives general information. Your care team decides what is right for you: follow their instructions.</source>
        <translation>تقدّم هذه الخطة معلومات عامة. فريقك الطبي هو من يقرر ما يناسبك: اتبع تعليماته.</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>الصفحة {page} من {pages}</translation>
    </message>
    <message>
        <source>This plan informs you; your care team decides what is right for you.</source>
        <translation>هذه الخطة تقدّم لك المعلومات؛ وفريقك الطبي هو من يقرر ما يناسبك.</translation>
    </message>
    <message>
        <source>Tick each step when it is done. Write down what your care team tells you, for example when to stop a medicine.</source>
        <translation>ضع علامة على كل خطوة عند إنجازها. اكتب ما يخبرك به فريقك الطبي، مثل موعد التوقف عن تناول دواء ما.</translation>
    </message>
    <message>
        <source>Before the procedure</source>
        <translation>قبل الإجراء</translation>
    </message>
    <message>
        <source>Date: {date}</source>
        <translation>التاريخ: {date}</translation>
    </message>
    <message>
        <source>Do this by: {date}</source>
        <translation>آخر موعد للإنجاز: {date}</translation>
    </message>
    <message>
        <source>What your care team told you to do:</source>
        <translation>ما طلب منك فريقك الطبي فعله:</translation>
    </message>
    <message>
        <source>Your note:</source>
        <translation>ملاحظتك:</translation>
    </message>
    <message>
        <source>{date}, arrival at {time}</source>
        <translation>{date}، الوصول: {time}</translation>
    </message>
    <message>
        <source>Date: {date}   Arrival time: {time}</source>
        <translation>التاريخ: {date}   وقت الوصول: {time}</translation>
    </message>
    <message>
        <source>The day of the procedure</source>
        <translation>يوم الإجراء</translation>
    </message>
    <message>
        <source>about {time}</source>
        <translation>نحو {time}</translation>
    </message>
    <message>
        <source>After the procedure</source>
        <translation>بعد الإجراء</translation>
    </message>
    <message>
        <source>What vertebroplasty does not do</source>
        <translation>ما لا يفعله رأب الفقرات</translation>
    </message>
    <message>
        <source>Your care team: {phone}</source>
        <translation>فريقك الطبي: ‪{phone}‬</translation>
    </message>
    <message>
        <source>Your own reminders</source>
        <translation>تذكيراتك الخاصة</translation>
    </message>
    <message>
        <source>{date} at {time}</source>
        <translation>{date} الساعة {time}</translation>
    </message>
</context>
<context>
    <name>PrintedReport</name>
    <message>
        <source>Report for my follow-up visit</source>
        <translation>تقرير لموعد المتابعة</translation>
    </message>
    <message>
        <source>Name: {name}</source>
        <translation>الاسم: {name}</translation>
    </message>
    <message>
        <source>Procedure date: {date}</source>
        <translation>تاريخ الإجراء: {date}</translation>
    </message>
    <message>
        <source>Printed on {date}</source>
        <translation>طُبع بتاريخ {date}</translation>
    </message>
    <message>
        <source>Written by the patient with vertprep, from their own pain diary and check-ins. vertprep sends nothing to anyone, and nobody watched these answers. Your care team decides what is right for you.</source>
        <translation>كتبه المريض باستخدام vertprep، من يوميات ألمه وأسئلة المتابعة. لا يرسل vertprep أي شيء إلى أي أحد، ولم يراقب أحد هذه الإجابات. فريقك الطبي هو من يقرر ما يناسبك.</translation>
    </message>
    <message>
        <source>Pain before the procedure (median; days written down: {count}): {score} out of 10</source>
        <translation>الألم قبل الإجراء (الوسيط؛ عدد الأيام المسجَّلة: {count}): {score} من ١٠</translation>
    </message>
    <message>
        <source>Pain now ({date}): {score} out of 10</source>
        <translation>الألم الآن ({date}): {score} من ١٠</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>الألم</translation>
    </message>
    <message>
        <source>{date} ({when}): {sign}</source>
        <translation>{date} ({when}): {sign}</translation>
    </message>
    <message>
        <source>No warning sign was answered yes in the check-ins.</source>
        <translation>لم تكن الإجابة «نعم» عن أي علامة خطر في أسئلة المتابعة.</translation>
    </message>
    <message>
        <source>Warning signs answered yes in the check-ins</source>
        <translation>علامات الخطر التي كانت الإجابة عنها «نعم» في المتابعة</translation>
    </message>
    <message>
        <source>{when}, {date}: pain {score} out of 10</source>
        <translation>{when}، {date}: الألم {score} من ١٠</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>المتابعات</translation>
    </message>
    <message>
        <source>No step is ticked as done yet.</source>
        <translation>لم تُعلَّم أي خطوة على أنها منجزة بعد.</translation>
    </message>
    <message>
        <source>Steps done</source>
        <translation>الخطوات المنجزة</translation>
    </message>
    <message>
        <source>{date}: {note}</source>
        <translation>{date}: {note}</translation>
    </message>
    <message>
        <source>My notes</source>
        <translation>ملاحظاتي</translation>
    </message>
    <message>
        <source>Questions for my doctor</source>
        <translation>أسئلة لطبيبي</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>الصفحة {page} من {pages}</translation>
    </message>
</context>
<context>
    <name>QShortcut</name>
    <message>
        <source>Space</source>
        <translation>مفتاح المسافة</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>مفتاح الإدخال</translation>
    </message>
</context>
<context>
    <name>RecoveryParts</name>
    <message>
        <source>vertprep sends nothing to anyone, and nobody watches these answers. If you are worried, call your care team; in an emergency, call your emergency number.</source>
        <translation>لا يرسل vertprep أي شيء إلى أي أحد، ولا أحد يراقب هذه الإجابات. إذا كنت قلقًا فاتصل بفريقك الطبي؛ وفي حالة الطوارئ اتصل برقم الطوارئ.</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>المتابعات</translation>
    </message>
    <message>
        <source>The emergency number where you live:</source>
        <translation>رقم الطوارئ حيث تعيش:</translation>
    </message>
    <message>
        <source>Emergency number</source>
        <translation>رقم الطوارئ</translation>
    </message>
    <message>
        <source>Write the number here</source>
        <translation>اكتب الرقم هنا</translation>
    </message>
    <message>
        <source>A check-in is waiting: {name} ({date}).</source>
        <translation>هناك متابعة بانتظارك: {name} ({date}).</translation>
    </message>
    <message>
        <source>Start the check-in</source>
        <translation>ابدأ المتابعة</translation>
    </message>
    <message>
        <source>Enter your procedure date on the Welcome screen to plan the check-ins.</source>
        <translation>أدخل تاريخ الإجراء في شاشة الترحيب لتخطيط المتابعات.</translation>
    </message>
    <message>
        <source>Next check-in: {name}, on {date}.</source>
        <translation>المتابعة التالية: {name}، بتاريخ {date}.</translation>
    </message>
    <message>
        <source>There are no more check-ins planned.</source>
        <translation>لا توجد متابعات أخرى مخطط لها.</translation>
    </message>
    <message>
        <source>Check in now</source>
        <translation>قم بالمتابعة الآن</translation>
    </message>
    <message>
        <source>Your care team: {phone}</source>
        <translation>فريقك الطبي: {phone}</translation>
    </message>
    <message>
        <source>Add your care team&apos;s phone number on the Welcome screen so it shows here.</source>
        <translation>أضف رقم هاتف فريقك الطبي في شاشة الترحيب ليظهر هنا.</translation>
    </message>
    <message>
        <source>Your pain over time</source>
        <translation>ألمك مع مرور الوقت</translation>
    </message>
    <message>
        <source>Your questions are saved.</source>
        <translation>حُفظت أسئلتك.</translation>
    </message>
    <message>
        <source>Questions for my doctor</source>
        <translation>أسئلة لطبيبي</translation>
    </message>
    <message>
        <source>Write one question a line. They are printed on the report for your follow-up visit (File › Print).</source>
        <translation>اكتب سؤالًا واحدًا في كل سطر. تُطبع الأسئلة في تقرير موعد المتابعة (ملف › طباعة).</translation>
    </message>
    <message>
        <source>For example: When may I lift my grandchild?</source>
        <translation>مثلًا: متى يمكنني حمل حفيدي؟</translation>
    </message>
</context>
<context>
    <name>RecoveryScreen</name>
    <message>
        <source>Your recovery</source>
        <translation>تعافيك</translation>
    </message>
    <message>
        <source>Your entry could not be saved: the data file cannot be written.</source>
        <translation>تعذّر حفظ إدخالك: لا يمكن الكتابة في ملف البيانات.</translation>
    </message>
    <message>
        <source>Saved: pain {score} out of 10 on {date}. Ctrl+Z takes it back.</source>
        <translation>حُفظ: الألم {score} من ١٠ بتاريخ {date}. يتراجع Ctrl+Z عنه.</translation>
    </message>
    <message>
        <source>The entry of {date} is deleted. Ctrl+Z brings it back.</source>
        <translation>حُذف إدخال {date}. يعيده Ctrl+Z.</translation>
    </message>
    <message>
        <source>How is your pain today?</source>
        <translation>كيف ألمك اليوم؟</translation>
    </message>
    <message>
        <source>Save today&apos;s entry</source>
        <translation>احفظ إدخال اليوم</translation>
    </message>
    <message>
        <source>Change the entry of {date}</source>
        <translation>تعديل إدخال {date}</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>حفظ التغييرات</translation>
    </message>
    <message>
        <source>Write down your pain once a day, before and after the procedure. The days before it show your usual pain; the days after show how it changes. Take this to your follow-up visit. The app informs; your care team decides.</source>
        <translation>سجّل ألمك مرة واحدة في اليوم، قبل الإجراء وبعده. تُظهر الأيام التي قبله ألمك المعتاد، وتُظهر الأيام التي بعده كيف يتغيّر. خذ هذا معك إلى موعد المتابعة. التطبيق يقدّم المعلومات؛ وفريقك الطبي هو من يقرر.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Day of the entry</source>
        <translation>تاريخ الإدخال</translation>
    </message>
    <message>
        <source>Your pain now, from 0 to 10:</source>
        <translation>ألمك الآن، من ٠ إلى ١٠:</translation>
    </message>
    <message>
        <source>How far did you walk today? (if you want to say)</source>
        <translation>ما المسافة التي مشيتها اليوم؟ (إن أردت)</translation>
    </message>
    <message>
        <source>Did you take pain medicine today?</source>
        <translation>هل تناولت دواءً للألم اليوم؟</translation>
    </message>
    <message>
        <source>Note (if you want)</source>
        <translation>ملاحظة (إن أردت)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Your entries, newest first</source>
        <translation>إدخالاتك، الأحدث أولًا</translation>
    </message>
    <message>
        <source>Change the chosen entry</source>
        <translation>تعديل الإدخال المختار</translation>
    </message>
    <message>
        <source>Delete the chosen entry</source>
        <translation>حذف الإدخال المختار</translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <source>Reminder 1 of {count}</source>
        <translation>التذكير ١ من {count}</translation>
    </message>
    <message>
        <source>{status}: {text}</source>
        <translation>{status}: {text}</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>تذكير</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Dismiss this reminder: it will not come back</source>
        <translation>إزالة هذا التذكير: لن يظهر مرة أخرى</translation>
    </message>
    <message>
        <source>Remind me tomorrow</source>
        <translation>ذكّرني غدًا</translation>
    </message>
    <message>
        <source>Hide this reminder until tomorrow</source>
        <translation>إخفاء هذا التذكير حتى الغد</translation>
    </message>
    <message>
        <source>Start the check-in</source>
        <translation>ابدأ المتابعة</translation>
    </message>
</context>
<context>
    <name>ReminderText</name>
    <message>
        <source>Overdue</source>
        <translation>فات الموعد</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>غدًا</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>الموعد اليوم</translation>
    </message>
    <message>
        <source>Your procedure is tomorrow, {date}.</source>
        <translation>موعد الإجراء غدًا، {date}.</translation>
    </message>
    <message>
        <source>Your procedure is tomorrow, {date}. Arrive at {time}.</source>
        <translation>موعد الإجراء غدًا، {date}. الوصول: {time}.</translation>
    </message>
    <message>
        <source>Pain check-in: {name}. Your pain now and a few yes or no questions, on the Your recovery screen.</source>
        <translation>متابعة الألم: {name}. ألمك الآن وبعض أسئلة نعم أو لا، في شاشة «تعافيك».</translation>
    </message>
    <message>
        <source>{text} (on {date})</source>
        <translation>{text} (بتاريخ {date})</translation>
    </message>
    <message>
        <source>{text} (today at {time})</source>
        <translation>{text} (اليوم الساعة {time})</translation>
    </message>
    <message>
        <source>{title}: this was due by {date}.</source>
        <translation>{title}: كان آخر موعد لهذه الخطوة {date}.</translation>
    </message>
    <message>
        <source>{title}: do this today.</source>
        <translation>{title}: أنجِز هذه الخطوة اليوم.</translation>
    </message>
</context>
<context>
    <name>SaveDialog</name>
    <message>
        <source>Vertebroplasty plan</source>
        <translation>خطة رأب الفقرات</translation>
    </message>
    <message>
        <source>{plan} - {name}</source>
        <translation>{plan} - {name}</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Your data file is read-only, so vertprep could not save any change. Ask the person who looks after this computer to make it writable:
{path}</source>
        <translation>ملف بياناتك للقراءة فقط، لذلك لن يتمكن vertprep من حفظ أي تغيير. اطلب من الشخص الذي يعتني بهذا الحاسوب أن يجعله قابلًا للكتابة:
‪{path}‬</translation>
    </message>
    <message>
        <source>Another program is using your data right now. Close it, then start vertprep again:
{path}</source>
        <translation>برنامج آخر يستخدم بياناتك الآن. أغلقه، ثم شغّل vertprep مرة أخرى:
‪{path}‬</translation>
    </message>
    <message>
        <source>The computer&apos;s disk is full, so vertprep cannot save your data. Free some space, then start vertprep again:
{path}</source>
        <translation>قرص الحاسوب ممتلئ، لذلك لا يستطيع vertprep حفظ بياناتك. أفرغ بعض المساحة، ثم شغّل vertprep مرة أخرى:
‪{path}‬</translation>
    </message>
    <message>
        <source>vertprep is not allowed to use this folder for your data, or its name is too long:
{path}</source>
        <translation>لا يُسمح لـ vertprep باستخدام هذا المجلد لبياناتك، أو أن اسمه طويل جدًا:
‪{path}‬</translation>
    </message>
    <message>
        <source>Your data was saved by a newer version of vertprep. Please install the newer version to open it. The file has not been changed:
{path}</source>
        <translation>حُفظت بياناتك بإصدار أحدث من vertprep. يُرجى تثبيت الإصدار الأحدث لفتحها. لم يتغيّر الملف:
‪{path}‬</translation>
    </message>
    <message>
        <source>vertprep cannot open or save your data in this file:
{path}</source>
        <translation>لا يستطيع vertprep فتح بياناتك أو حفظها في هذا الملف:
‪{path}‬</translation>
    </message>
</context>
<context>
    <name>StepsTab</name>
    <message>
        <source>Add a step before the procedure</source>
        <translation>إضافة خطوة قبل الإجراء</translation>
    </message>
    <message>
        <source>Add a step after the procedure</source>
        <translation>إضافة خطوة بعد الإجراء</translation>
    </message>
    <message>
        <source>Remove this step</source>
        <translation>إزالة هذه الخطوة</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>نقل للأعلى</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>نقل للأسفل</translation>
    </message>
    <message>
        <source>Patients who already ticked it keep their record; it is no longer shown.</source>
        <translation>يحتفظ المرضى الذين وضعوا عليها علامة بسجلهم؛ ولن تُعرض بعد الآن.</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>العنوان:</translation>
    </message>
    <message>
        <source>Explanation:</source>
        <translation>الشرح:</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>متى:</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>الأيام:</translation>
    </message>
    <message>
        <source>Last day after the procedure:</source>
        <translation>اليوم الأخير بعد الإجراء:</translation>
    </message>
    <message>
        <source>The note asks for the care team&apos;s instructions</source>
        <translation>تطلب الملاحظة تعليمات الفريق الطبي</translation>
    </message>
    <message>
        <source>By the consultation</source>
        <translation>قبل موعد الاستشارة</translation>
    </message>
    <message>
        <source>Before the procedure, no date</source>
        <translation>قبل الإجراء، دون تاريخ</translation>
    </message>
    <message>
        <source>A number of days before the procedure</source>
        <translation>عدد من الأيام قبل الإجراء</translation>
    </message>
    <message>
        <source>A number of days after the procedure</source>
        <translation>عدد من الأيام بعد الإجراء</translation>
    </message>
    <message>
        <source>Between two days after the procedure</source>
        <translation>بين يومين بعد الإجراء</translation>
    </message>
    <message>
        <source>No date: as the doctor advises</source>
        <translation>دون تاريخ: حسب نصيحة الطبيب</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>قبل</translation>
    </message>
    <message>
        <source>After</source>
        <translation>بعد</translation>
    </message>
    <message>
        <source>{phase}: {title}</source>
        <translation>{phase}: {title}</translation>
    </message>
    <message>
        <source>From the sources of vertprep&apos;s plan ({source}).</source>
        <translation>من مصادر خطة vertprep ({source}).</translation>
    </message>
    <message>
        <source>Your team&apos;s own step.</source>
        <translation>خطوة خاصة بفريقك.</translation>
    </message>
    <message>
        <source>First day after the procedure:</source>
        <translation>اليوم الأول بعد الإجراء:</translation>
    </message>
    <message>
        <source>New step</source>
        <translation>خطوة جديدة</translation>
    </message>
</context>
<context>
    <name>TextSizeBar</name>
    <message>
        <source>{percent}%</source>
        <translation>{percent}%</translation>
    </message>
    <message>
        <source>The text is at {percent}% of its normal size. Press to go back to normal.</source>
        <translation>حجم النص الآن {percent}% من حجمه العادي. اضغط للعودة إلى الحجم العادي.</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>نص أصغر</translation>
    </message>
    <message>
        <source>Makes all text smaller.</source>
        <translation>يصغّر كل النصوص.</translation>
    </message>
    <message>
        <source>Normal text size</source>
        <translation>حجم النص العادي</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>نص أكبر</translation>
    </message>
    <message>
        <source>Makes all text larger, up to twice the normal size.</source>
        <translation>يكبّر كل النصوص، حتى ضعف الحجم العادي.</translation>
    </message>
    <message>
        <source>{action} ({keys})</source>
        <translation>{action} ({keys})</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>تباين عالٍ</translation>
    </message>
    <message>
        <source>Shows white and yellow text on black.</source>
        <translation>يعرض نصًا أبيض وأصفر على خلفية سوداء.</translation>
    </message>
    <message>
        <source>High contrast ({keys})</source>
        <translation>تباين عالٍ ({keys})</translation>
    </message>
</context>
<context>
    <name>UndoToast</name>
    <message>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>Undo the last tick ({keys})</source>
        <translation>التراجع عن آخر علامة ({keys})</translation>
    </message>
    <message>
        <source>Marked as done.</source>
        <translation>سُجّلت الخطوة على أنها منجزة.</translation>
    </message>
    <message>
        <source>Marked as done: {title}</source>
        <translation>سُجّلت على أنها منجزة: {title}</translation>
    </message>
    <message>
        <source>Marked as not done.</source>
        <translation>سُجّلت الخطوة على أنها غير منجزة.</translation>
    </message>
    <message>
        <source>Marked as not done: {title}</source>
        <translation>سُجّلت على أنها غير منجزة: {title}</translation>
    </message>
    <message>
        <source>{change}. To undo it, press this button or {keys}.</source>
        <translation>{change}. للتراجع عن ذلك، اضغط هذا الزر أو {keys}.</translation>
    </message>
</context>
<context>
    <name>ViewSettings</name>
    <message>
        <source>&amp;Larger text</source>
        <translation>نص أ&amp;كبر</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>نص أ&amp;صغر</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>حجم النص ال&amp;عادي</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>&amp;تباين عالٍ</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Welcome and your details</source>
        <translation>الترحيب وبياناتك</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>مرحبًا</translation>
    </message>
    <message>
        <source>This app helps you get ready for vertebroplasty, a treatment that puts bone cement into a vertebra broken by osteoporosis. It explains each step before the procedure, shows what happens on the day, and guides you through the weeks after it. It reminds you what is due and keeps your notes. Everything you enter stays on this computer.</source>
        <translation>يساعدك هذا التطبيق على الاستعداد لرأب الفقرات، وهو علاج يُحقن فيه الإسمنت العظمي في فقرة مكسورة بسبب هشاشة العظام. يشرح لك كل خطوة قبل الإجراء، ويبيّن ما يحدث في يوم الإجراء، ويرشدك خلال الأسابيع التي تليه. ويذكّرك بما حان موعده ويحفظ ملاحظاتك. كل ما تُدخله يبقى على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>Your details</source>
        <translation>بياناتك</translation>
    </message>
    <message>
        <source>You can change these at any time. All dates in the app follow your procedure date.</source>
        <translation>يمكنك تغيير هذه البيانات في أي وقت. كل التواريخ في التطبيق تُحسب من تاريخ الإجراء.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>ابدأ</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <source>&amp;Undo the last change</source>
        <translation>&amp;تراجع عن آخر تغيير</translation>
    </message>
    <message>
        <source>&amp;Help and keyboard shortcuts</source>
        <translation>ال&amp;مساعدة واختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>ا&amp;نتقال</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>شريط الأدوات</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;طباعة…</translation>
    </message>
    <message>
        <source>Print your plan, or save it as a PDF</source>
        <translation>اطبع خطتك، أو احفظها بصيغة PDF</translation>
    </message>
    <message>
        <source>Export to &amp;calendar…</source>
        <translation>تصدير إلى ال&amp;تقويم…</translation>
    </message>
    <message>
        <source>Save your plan and reminders as a file for your calendar</source>
        <translation>احفظ خطتك وتذكيراتك في ملف لتقويمك</translation>
    </message>
    <message>
        <source>&amp;Open care team plan…</source>
        <translation>&amp;فتح خطة الفريق الطبي…</translation>
    </message>
    <message>
        <source>Use the plan file your care team gave you: its steps, times and contacts</source>
        <translation>استخدم ملف الخطة الذي أعطاك إياه فريقك الطبي: خطواته وأوقاته وجهات الاتصال</translation>
    </message>
    <message>
        <source>&amp;Edit the care team&apos;s plan…</source>
        <translation>&amp;تعديل خطة الفريق الطبي…</translation>
    </message>
    <message>
        <source>&amp;Report for my follow-up visit…</source>
        <translation>تق&amp;رير لموعد المتابعة…</translation>
    </message>
    <message>
        <source>Export &amp;diary…</source>
        <translation>تصدير ال&amp;يوميات…</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>ال&amp;سابق</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>ال&amp;تالي</translation>
    </message>
    <message>
        <source>&amp;About vertprep</source>
        <translation>&amp;حول vertprep</translation>
    </message>
</context>
</TS>
