<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AboutScreen</name>
    <message>
        <source>About the procedure</source>
        <translation>Sobre el procedimiento</translation>
    </message>
    <message>
        <source>What is vertebroplasty?</source>
        <translation>¿Qué es la vertebroplastia?</translation>
    </message>
    <message>
        <source>1. A vertebra broken by osteoporosis</source>
        <translation>1. Una vértebra rota por la osteoporosis</translation>
    </message>
    <message>
        <source>2. Cement, injected through a needle, fills the break</source>
        <translation>2. El cemento, inyectado con una aguja, rellena la fractura</translation>
    </message>
    <message>
        <source>What it does not do</source>
        <translation>Lo que no hace</translation>
    </message>
    <message>
        <source>How it is done</source>
        <translation>Cómo se hace</translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation>Beneficios</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Riesgos</translation>
    </message>
    <message>
        <source>Serious side effects happen in fewer than 1 in 200 patients. They include:</source>
        <translation>Los efectos secundarios graves ocurren en menos de 1 de cada 200 pacientes. Entre ellos:</translation>
    </message>
    <message>
        <source>Source: CIRSE patient information, cirse.org/patients</source>
        <translation>Fuente: información para pacientes de la CIRSE, cirse.org/patients</translation>
    </message>
</context>
<context>
    <name>AfterScreen</name>
    <message>
        <source>After the procedure</source>
        <translation>Después del procedimiento</translation>
    </message>
    <message>
        <source>Your care team: {phone}</source>
        <translation>Su equipo médico: {phone}</translation>
    </message>
    <message>
        <source>Add your care team&apos;s phone number on the Welcome screen so it shows here.</source>
        <translation>Añada el número de teléfono de su equipo médico en la pantalla “Bienvenida” para que aparezca aquí.</translation>
    </message>
</context>
<context>
    <name>AgentNotice</name>
    <message>
        <source>vertprep reminders</source>
        <translation>Recordatorios de vertprep</translation>
    </message>
    <message>
        <source>While vertprep was closed: {count} reminders</source>
        <translation>Mientras vertprep estaba cerrado: {count} recordatorios</translation>
    </message>
    <message>
        <source>While vertprep was closed: a reminder</source>
        <translation>Mientras vertprep estaba cerrado: un recordatorio</translation>
    </message>
    <message>
        <source>vertprep: {count} reminders</source>
        <translation>vertprep: {count} recordatorios</translation>
    </message>
    <message>
        <source>vertprep reminder</source>
        <translation>Recordatorio de vertprep</translation>
    </message>
    <message>
        <source>{title} – for {name}</source>
        <translation>{title} – para {name}</translation>
    </message>
    <message>
        <source>{status}: {text}</source>
        <translation>{status}: {text}</translation>
    </message>
    <message>
        <source>and {count} more in vertprep</source>
        <translation>y {count} más en vertprep</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Remind me tomorrow</source>
        <translation>Recordármelo mañana</translation>
    </message>
    <message>
        <source>Open vertprep</source>
        <translation>Abrir vertprep</translation>
    </message>
    <message>
        <source>This computer could not show vertprep&apos;s reminders while vertprep is closed: it has no notification area. Export your plan to your calendar instead, and your calendar will remind you.</source>
        <translation>Este ordenador no pudo mostrar los recordatorios de vertprep mientras vertprep está cerrado: no tiene área de notificaciones. Exporte su plan al calendario y el calendario se lo recordará.</translation>
    </message>
    <message>
        <source>Stop reminders until the next login</source>
        <translation>Detener los recordatorios hasta el próximo inicio de sesión</translation>
    </message>
</context>
<context>
    <name>BackgroundRemindersCard</name>
    <message>
        <source>vertprep could not change what starts when you log in. Nothing was changed. ({reason})</source>
        <translation>vertprep no pudo cambiar lo que se inicia al iniciar sesión. No se cambió nada. ({reason})</translation>
    </message>
    <message>
        <source>When vertprep is closed</source>
        <translation>Cuando vertprep está cerrado</translation>
    </message>
    <message>
        <source>Remind me even when vertprep is closed</source>
        <translation>Recordarme también cuando vertprep esté cerrado</translation>
    </message>
    <message>
        <source>vertprep then starts a small helper when you log in to this computer. It shows each reminder as a message on your screen when it is due, again an hour later, and every morning until you tick the step, dismiss the reminder or choose to be reminded tomorrow.</source>
        <translation>vertprep iniciará entonces un pequeño ayudante cuando inicie sesión en este ordenador. Mostrará cada recordatorio como un mensaje en su pantalla cuando llegue el momento, otra vez una hora después y cada mañana hasta que marque el paso, descarte el recordatorio o elija que se lo recuerde mañana.</translation>
    </message>
    <message>
        <source>Export to calendar…</source>
        <translation>Exportar al calendario…</translation>
    </message>
</context>
<context>
    <name>BackupDialogs</name>
    <message>
        <source>Back up</source>
        <translation>Copia de seguridad</translation>
    </message>
    <message>
        <source>The backup could not be saved here:
{path}
Please choose another folder.</source>
        <translation>No se pudo guardar la copia de seguridad aquí:
{path}
Elija otra carpeta, por favor.</translation>
    </message>
    <message>
        <source>Every patient&apos;s plan, ticks, notes and reminders are saved in:
{path}

Keep this file somewhere safe, for example on a USB stick. To bring the data back, use File › Restore.</source>
        <translation>El plan, las marcas, las notas y los recordatorios de todos los pacientes están guardados en:
{path}

Guarde este archivo en un lugar seguro, por ejemplo en una memoria USB. Para recuperar los datos, use Archivo › Restaurar.</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of vertprep. Please install the newer version to restore it.</source>
        <translation>Esta copia de seguridad se hizo con una versión más reciente de vertprep. Instale esa versión para restaurarla, por favor.</translation>
    </message>
    <message>
        <source>This backup is damaged or incomplete, so it cannot be restored.</source>
        <translation>Esta copia de seguridad está dañada o incompleta, por eso no se puede restaurar.</translation>
    </message>
    <message>
        <source>This file is not a vertprep backup.</source>
        <translation>Este archivo no es una copia de seguridad de vertprep.</translation>
    </message>
    <message>
        <source>This file cannot be read.</source>
        <translation>No se puede leer este archivo.</translation>
    </message>
    <message>
        <source>{reason}

Nothing was changed.
{path}</source>
        <translation>{reason}

No se ha cambiado nada.
{path}</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>The backup is restored.</source>
        <translation>La copia de seguridad se ha restaurado.</translation>
    </message>
    <message>
        <source>The data as it was before is kept in:
{path}</source>
        <translation>Los datos tal como estaban antes se guardan en:
{path}</translation>
    </message>
    <message>
        <source>Replace all the data on this computer with the backup ({count} patients)?

The data as it is now is kept as a safety copy first.</source>
        <translation>¿Reemplazar todos los datos de este ordenador por la copia de seguridad ({count} pacientes)?

Antes se guarda una copia de seguridad de los datos actuales.</translation>
    </message>
    <message>
        <source>Replace all the data</source>
        <translation>Reemplazar todos los datos</translation>
    </message>
    <message>
        <source>This backup holds the plan of {name}.</source>
        <translation>Esta copia de seguridad contiene el plan de {name}.</translation>
    </message>
    <message>
        <source>Add as a new patient</source>
        <translation>Añadir como paciente nuevo</translation>
    </message>
    <message>
        <source>{name} is already on this computer. Replace their plan with the backup, or add the backup as another patient?</source>
        <translation>{name} ya está en este ordenador. ¿Reemplazar su plan por la copia de seguridad, o añadir la copia como otro paciente?</translation>
    </message>
    <message>
        <source>Replace {name}</source>
        <translation>Reemplazar a {name}</translation>
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
        <translation>Marque cada paso cuando esté hecho. En las notas, escriba lo que le dijo su equipo médico, por ejemplo cuándo dejar de tomar un medicamento.</translation>
    </message>
</context>
<context>
    <name>CalendarDialog</name>
    <message>
        <source>Export to calendar</source>
        <translation>Exportar al calendario</translation>
    </message>
    <message>
        <source>A calendar file is often copied to a calendar service on the internet, where it is kept on another company&apos;s computers. Your notes stay out of it unless you tick the box below.</source>
        <translation>Un archivo de calendario se copia a menudo a un servicio de calendario en internet, donde se guarda en las computadoras de otra empresa. Sus notas solo se incluyen si marca la casilla de abajo.</translation>
    </message>
    <message>
        <source>Put my notes in it too</source>
        <translation>Incluir también mis notas</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Archivos de calendario (*.ics)</translation>
    </message>
    <message>
        <source>There is nothing to put in your calendar yet. Enter your procedure date first, or add a reminder of your own.</source>
        <translation>Todavía no hay nada que poner en su calendario. Indique primero la fecha de su procedimiento, o añada un recordatorio personal.</translation>
    </message>
    <message>
        <source>The calendar file could not be saved here:
{path}
Please choose another folder.</source>
        <translation>No se pudo guardar el archivo de calendario aquí:
{path}
Elija otra carpeta, por favor.</translation>
    </message>
    <message>
        <source>Your calendar file is saved ({count} events):
{path}

Open it with the calendar on your phone or computer. If you export again after a change, the same events are updated, not added twice.</source>
        <translation>Su archivo de calendario está guardado (número de eventos: {count}):
{path}

Ábralo con el calendario de su teléfono o de su computadora. Si vuelve a exportar después de un cambio, se actualizan los mismos eventos, sin añadirlos dos veces.</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <source>Your vertebroplasty plan</source>
        <translation>Su plan de vertebroplastia</translation>
    </message>
    <message>
        <source>Tomorrow: {title}</source>
        <translation>Mañana: {title}</translation>
    </message>
    <message>
        <source>In one week: {title}. Make an appointment if you have none yet.</source>
        <translation>Dentro de una semana: {title}. Pida cita si todavía no la tiene.</translation>
    </message>
    <message>
        <source>From today: {title}, between {first} and {last}.</source>
        <translation>A partir de hoy: {title}, entre el {first} y el {last}.</translation>
    </message>
    <message>
        <source>Between {first} and {last}.</source>
        <translation>Entre el {first} y el {last}.</translation>
    </message>
    <message>
        <source>Do this by {date}.</source>
        <translation>Hacer a más tardar el {date}.</translation>
    </message>
    <message>
        <source>Your note: {note}</source>
        <translation>Su nota: {note}</translation>
    </message>
    <message>
        <source>vertprep gives general information. Your care team decides what is right for you: follow their instructions.</source>
        <translation>vertprep ofrece información general. Su equipo médico decide lo que es adecuado para usted: siga sus indicaciones.</translation>
    </message>
    <message>
        <source>Your vertebroplasty</source>
        <translation>Su vertebroplastia</translation>
    </message>
    <message>
        <source>Arrive at {time}.</source>
        <translation>Llegada: {time}.</translation>
    </message>
    <message>
        <source>Arrive at {time} at {place}.</source>
        <translation>Llegada a {place}: {time}.</translation>
    </message>
    <message>
        <source>{title}: {text}</source>
        <translation>{title}: {text}</translation>
    </message>
    <message>
        <source>Follow your care team&apos;s instructions about eating, drinking and your medicines.</source>
        <translation>Siga las indicaciones de su equipo médico sobre comer, beber y tomar sus medicamentos.</translation>
    </message>
    <message>
        <source>Tomorrow: your vertebroplasty. Arrive at {time}.</source>
        <translation>Mañana: su vertebroplastia. Llegada: {time}.</translation>
    </message>
    <message>
        <source>Tomorrow: your vertebroplasty.</source>
        <translation>Mañana: su vertebroplastia.</translation>
    </message>
    <message>
        <source>Get ready to leave: you are expected at the hospital at {time}.</source>
        <translation>Prepárese para salir: le esperan en el hospital (hora de llegada: {time}).</translation>
    </message>
    <message>
        <source>Your own reminder, from vertprep.</source>
        <translation>Su recordatorio personal, creado en vertprep.</translation>
    </message>
    <message>
        <source>Pain check-in: {name}</source>
        <translation>Control del dolor: {name}</translation>
    </message>
    <message>
        <source>Open vertprep and answer the check-in: your pain now, and the warning signs. vertprep sends nothing to anyone and nobody watches the answers: if you have a warning sign, call your care team, or in an emergency your emergency number.</source>
        <translation>Abra vertprep y responda al control: su dolor ahora y las señales de alarma. vertprep no envía nada a nadie y nadie vigila las respuestas: si tiene una señal de alarma, llame a su equipo médico o, en una emergencia, al número de emergencias.</translation>
    </message>
</context>
<context>
    <name>CareTeamDialog</name>
    <message>
        <source>The plan has problems to fix first:

{problems}</source>
        <translation>Primero hay que corregir problemas del plan:

{problems}</translation>
    </message>
    <message>
        <source>Save the care team&apos;s plan</source>
        <translation>Guardar el plan del equipo médico</translation>
    </message>
    <message>
        <source>The plan could not be saved here:
{path}</source>
        <translation>No se pudo guardar el plan aquí:
{path}</translation>
    </message>
    <message>
        <source>The plan is saved:
{path}

On a patient&apos;s computer, open it with File › Open care team plan…</source>
        <translation>El plan está guardado:
{path}

En el ordenador del paciente, ábralo con Archivo › Abrir el plan del equipo médico…</translation>
    </message>
    <message>
        <source>The plan could not be saved for this patient.</source>
        <translation>No se pudo guardar el plan para este paciente.</translation>
    </message>
    <message>
        <source>This patient&apos;s screens now follow this plan. Ticks and notes are kept.</source>
        <translation>Las pantallas de este paciente siguen ahora este plan. Se conservan las marcas y las notas.</translation>
    </message>
    <message>
        <source>Care team: the team&apos;s plan</source>
        <translation>Equipo médico: el plan del equipo</translation>
    </message>
    <message>
        <source>For the care team. Set up your team&apos;s plan once: contacts, instructions, steps and times. Save it to a file to give to patients, or use it for this patient.</source>
        <translation>Para el equipo médico. Prepare una vez el plan de su equipo: contactos, indicaciones, pasos y horas. Guárdelo en un archivo para darlo a los pacientes, o úselo para este paciente.</translation>
    </message>
    <message>
        <source>Language of the texts you write:</source>
        <translation>Idioma de los textos que escribe:</translation>
    </message>
    <message>
        <source>Where a patient&apos;s language is missing, show the texts in:</source>
        <translation>Si falta el idioma del paciente, mostrar los textos en:</translation>
    </message>
    <message>
        <source>Write your team&apos;s own instructions. Patients see them as you write them, beside the steps they belong to.</source>
        <translation>Escriba las indicaciones propias de su equipo. Los pacientes las ven tal como usted las escribe, junto a los pasos a los que corresponden.</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Indicaciones</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>The day</source>
        <translation>El día</translation>
    </message>
    <message>
        <source>Save to file…</source>
        <translation>Guardar en un archivo…</translation>
    </message>
    <message>
        <source>Use for this patient</source>
        <translation>Usar para este paciente</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
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
    <name>CheckIn</name>
    <message>
        <source>Before the procedure</source>
        <translation>Antes del procedimiento</translation>
    </message>
    <message>
        <source>One day after</source>
        <translation>Un día después</translation>
    </message>
    <message>
        <source>One week after</source>
        <translation>Una semana después</translation>
    </message>
    <message>
        <source>Two weeks after</source>
        <translation>Dos semanas después</translation>
    </message>
    <message>
        <source>One month after</source>
        <translation>Un mes después</translation>
    </message>
    <message>
        <source>Three months after</source>
        <translation>Tres meses después</translation>
    </message>
    <message>
        <source>Six months after</source>
        <translation>Seis meses después</translation>
    </message>
    <message>
        <source>One year after</source>
        <translation>Un año después</translation>
    </message>
</context>
<context>
    <name>CheckInDialog</name>
    <message>
        <source>Call the emergency number now</source>
        <translation>Llame ahora al número de emergencias</translation>
    </message>
    <message>
        <source>Your local emergency number</source>
        <translation>El número de emergencias de su país</translation>
    </message>
    <message>
        <source>Do not wait for the end of the questions. Call now.</source>
        <translation>No espere a terminar las preguntas. Llame ahora.</translation>
    </message>
    <message>
        <source>Call your care team today</source>
        <translation>Llame hoy a su equipo médico</translation>
    </message>
    <message>
        <source>Your care team&apos;s number is not entered in vertprep yet.</source>
        <translation>El número de su equipo médico aún no está en vertprep.</translation>
    </message>
    <message>
        <source>Call them today, even if you feel better later.</source>
        <translation>Llámeles hoy, aunque más tarde se sienta mejor.</translation>
    </message>
    <message>
        <source>Your answers could not be saved.</source>
        <translation>No se pudieron guardar sus respuestas.</translation>
    </message>
    <message>
        <source>Thank you. Your answers are saved in your diary. If something worries you, call your care team.</source>
        <translation>Gracias. Sus respuestas están guardadas en su diario. Si algo le preocupa, llame a su equipo médico.</translation>
    </message>
    <message>
        <source>Your answers are saved in your diary.</source>
        <translation>Sus respuestas están guardadas en su diario.</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Control</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Check-in: {name}</source>
        <translation>Control: {name}</translation>
    </message>
    <message>
        <source>Your pain now, from 0 to 10:</source>
        <translation>Su dolor ahora, de 0 a 10:</translation>
    </message>
    <message>
        <source>Next: warning signs</source>
        <translation>Siguiente: señales de alarma</translation>
    </message>
    <message>
        <source>Do you have any of these now?</source>
        <translation>¿Tiene ahora alguna de estas señales?</translation>
    </message>
    <message>
        <source>Signs to call the emergency number for:</source>
        <translation>Señales para llamar al número de emergencias:</translation>
    </message>
    <message>
        <source>Signs to call your care team for the same day:</source>
        <translation>Señales para llamar a su equipo médico el mismo día:</translation>
    </message>
    <message>
        <source>Save my answers</source>
        <translation>Guardar mis respuestas</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>ChecklistRow</name>
    <message>
        <source>What your care team told you to do:</source>
        <translation>Lo que su equipo médico le dijo que hiciera:</translation>
    </message>
    <message>
        <source>Your note:</source>
        <translation>Su nota:</translation>
    </message>
    <message>
        <source>{status}. {due}</source>
        <translation>{status}. {due}</translation>
    </message>
    <message>
        <source>Note for: {title}</source>
        <translation>Nota para: {title}</translation>
    </message>
    <message>
        <source>Write here what your care team told you.</source>
        <translation>Escriba aquí lo que le dijo su equipo médico.</translation>
    </message>
    <message>
        <source>Write a note</source>
        <translation>Escribir una nota</translation>
    </message>
    <message>
        <source>Write a note for: {title}</source>
        <translation>Escribir una nota sobre: {title}</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>vertprep could not save your last change, so it was not kept: your data file is read-only.</source>
        <translation>vertprep no pudo guardar su último cambio, así que no se ha conservado: su archivo de datos es de solo lectura.</translation>
    </message>
    <message>
        <source>vertprep could not save your last change, so it was not kept: another program is using your data. Please close it, then try again.</source>
        <translation>vertprep no pudo guardar su último cambio, así que no se ha conservado: otro programa está usando sus datos. Ciérrelo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>vertprep could not save your last change, so it was not kept. Please check that the computer&apos;s disk is not full, then try again.</source>
        <translation>vertprep no pudo guardar su último cambio, así que no se ha conservado. Compruebe que el disco de la computadora no esté lleno e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Something went wrong. Your ticks and notes are saved. If this happens again, please tell the people who make vertprep.</source>
        <translation>Algo salió mal. Sus marcas y sus notas están guardadas. Si vuelve a ocurrir, avise por favor a las personas que hacen vertprep.</translation>
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
        <translation>El día del procedimiento</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>Enter your procedure date and arrival time to see the times of the day.</source>
        <translation>Indique la fecha de su procedimiento y la hora de llegada para ver las horas del día.</translation>
    </message>
    <message>
        <source>{date}, arrival at {time}</source>
        <translation>{date}, llegada: {time}</translation>
    </message>
    <message>
        <source>Hospital or clinic: {place}</source>
        <translation>Hospital o clínica: {place}</translation>
    </message>
    <message>
        <source>about {time}</source>
        <translation>aprox. {time}</translation>
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
        <translation>Marque una etapa para dar su hora, en minutos después de la llegada del paciente. Las etapas sin hora se muestran en orden, sin hora del reloj.</translation>
    </message>
    <message>
        <source>Reminder to leave, hours before arrival:</source>
        <translation>Recordatorio para salir, horas antes de la llegada:</translation>
    </message>
    <message>
        <source>Reminder the evening before, at:</source>
        <translation>Recordatorio la tarde anterior, a las:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes after arrival: {stage}</source>
        <translation>Minutos después de la llegada: {stage}</translation>
    </message>
</context>
<context>
    <name>DetailsForm</name>
    <message>
        <source>Date of your procedure</source>
        <translation>Fecha de su procedimiento</translation>
    </message>
    <message>
        <source>A date from {first} to {last}</source>
        <translation>Una fecha del {first} al {last}</translation>
    </message>
    <message>
        <source>Not scheduled yet</source>
        <translation>Todavía sin fecha</translation>
    </message>
    <message>
        <source>No date chosen yet</source>
        <translation>Todavía no ha elegido una fecha</translation>
    </message>
    <message>
        <source>Arrival time at the hospital</source>
        <translation>Hora de llegada al hospital</translation>
    </message>
    <message>
        <source>Arrival time not known yet</source>
        <translation>Aún no se sabe la hora</translation>
    </message>
    <message>
        <source>Hospital or clinic (optional)</source>
        <translation>Hospital o clínica (opcional)</translation>
    </message>
    <message>
        <source>Your name (optional)</source>
        <translation>Su nombre (opcional)</translation>
    </message>
    <message>
        <source>Your care team&apos;s phone number</source>
        <translation>Teléfono de su equipo médico</translation>
    </message>
    <message>
        <source>For example +44 20 7946 0000</source>
        <translation>Por ejemplo +44 20 7946 0000</translation>
    </message>
    <message>
        <source>A phone number can only contain digits, spaces and + ( ) - . /, and an extension such as “ext. 12”.</source>
        <translation>Un número de teléfono solo puede contener cifras, espacios y + ( ) - . /, y una extensión como «ext. 12».</translation>
    </message>
    <message>
        <source>Hospital or clinic</source>
        <translation>Hospital o clínica</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <source>Up and Down change the day, month or year; Left and Right move between them.</source>
        <translation>Las flechas arriba y abajo cambian el día, el mes o el año; las flechas izquierda y derecha pasan de uno a otro.</translation>
    </message>
    <message>
        <source>Type the time, or use the Up and Down arrow keys.</source>
        <translation>Escriba la hora o use las flechas arriba y abajo.</translation>
    </message>
</context>
<context>
    <name>DiaryExportDialog</name>
    <message>
        <source>Export your pain diary</source>
        <translation>Exportar su diario del dolor</translation>
    </message>
    <message>
        <source>Pain diary</source>
        <translation>Diario del dolor</translation>
    </message>
    <message>
        <source>Spreadsheet files (*.csv)</source>
        <translation>Archivos de hoja de cálculo (*.csv)</translation>
    </message>
    <message>
        <source>The diary could not be saved here:
{path}
Please choose another folder.</source>
        <translation>No se pudo guardar el diario aquí:
{path}
Elija otra carpeta.</translation>
    </message>
    <message>
        <source>Diary entries saved: {count}. The file:
{path}</source>
        <translation>Entradas del diario guardadas: {count}. El archivo:
{path}</translation>
    </message>
</context>
<context>
    <name>DiaryTable</name>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Pain (0–10)</source>
        <translation>Dolor (0–10)</translation>
    </message>
    <message>
        <source>Walking</source>
        <translation>Caminar</translation>
    </message>
    <message>
        <source>Pain medicine</source>
        <translation>Medicamento para el dolor</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Your pain diary</source>
        <translation>Su diario del dolor</translation>
    </message>
</context>
<context>
    <name>DiaryText</name>
    <message>
        <source>0 = no pain</source>
        <translation>0 = sin dolor</translation>
    </message>
    <message>
        <source>10 = the worst pain you can imagine</source>
        <translation>10 = el peor dolor que pueda imaginar</translation>
    </message>
    <message>
        <source>Not at all</source>
        <translation>Nada</translation>
    </message>
    <message>
        <source>Only indoors</source>
        <translation>Solo dentro de casa</translation>
    </message>
    <message>
        <source>A short walk outside</source>
        <translation>Un paseo corto fuera</translation>
    </message>
    <message>
        <source>A long walk outside</source>
        <translation>Un paseo largo fuera</translation>
    </message>
    <message>
        <source>Choose how strong your pain is, from 0 to 10. Nothing was saved.</source>
        <translation>Elija cuánto le duele, de 0 a 10. No se guardó nada.</translation>
    </message>
    <message>
        <source>The pain score must be a number from 0 to 10. Nothing was saved.</source>
        <translation>La puntuación del dolor debe ser un número de 0 a 10. No se guardó nada.</translation>
    </message>
    <message>
        <source>This day has not come yet. Choose today or an earlier day. Nothing was saved.</source>
        <translation>Este día aún no ha llegado. Elija hoy o un día anterior. No se guardó nada.</translation>
    </message>
    <message>
        <source>There is already an entry for this day. Change that entry instead. Nothing was saved.</source>
        <translation>Ya hay una entrada para este día. Cambie esa entrada. No se guardó nada.</translation>
    </message>
    <message>
        <source>The note is too long. Nothing was saved.</source>
        <translation>La nota es demasiado larga. No se guardó nada.</translation>
    </message>
    <message>
        <source>This entry no longer exists. Nothing was saved.</source>
        <translation>Esta entrada ya no existe. No se guardó nada.</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>Sin indicar</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>No pain scores are written down yet.</source>
        <translation>Aún no hay puntuaciones de dolor anotadas.</translation>
    </message>
    <message>
        <source>Your usual pain before the procedure: {before} out of 10. No score after the procedure yet.</source>
        <translation>Su dolor habitual antes del procedimiento: {before} de 10. Aún no hay puntuación después del procedimiento.</translation>
    </message>
    <message>
        <source>Your latest pain score: {now} out of 10, on {date}.</source>
        <translation>Su última puntuación de dolor: {now} de 10, el {date}.</translation>
    </message>
    <message>
        <source>It went down by {points}.</source>
        <translation>Bajó {points} puntos.</translation>
    </message>
    <message>
        <source>It went up by {points}.</source>
        <translation>Subió {points} puntos.</translation>
    </message>
    <message>
        <source>It is the same as before.</source>
        <translation>Es igual que antes.</translation>
    </message>
    <message>
        <source>Your pain was {before} out of 10 before the procedure, and {now} out of 10 on {date} (day {days} after it).</source>
        <translation>Su dolor era de {before} de 10 antes del procedimiento, y de {now} de 10 el {date} (día {days} después).</translation>
    </message>
    <message>
        <source>Pain (0–10)</source>
        <translation>Dolor (0–10)</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Procedimiento</translation>
    </message>
    <message>
        <source>Usual pain before: {score}</source>
        <translation>Dolor habitual antes: {score}</translation>
    </message>
    <message>
        <source>No pain scores yet</source>
        <translation>Aún no hay puntuaciones de dolor</translation>
    </message>
    <message>
        <source>■ a day before the procedure   ● a day after it   │ the procedure day   – – your usual pain before it</source>
        <translation>■ un día antes del procedimiento   ● un día después   │ el día del procedimiento   – – su dolor habitual antes</translation>
    </message>
    <message>
        <source>Chart of your pain over time</source>
        <translation>Gráfico de su dolor a lo largo del tiempo</translation>
    </message>
</context>
<context>
    <name>HelpScreen</name>
    <message>
        <source>Help and keyboard</source>
        <translation>Ayuda y teclado</translation>
    </message>
    <message>
        <source>You can use vertprep with the keyboard alone. The button, box or field that the keyboard is on has a thick outline.</source>
        <translation>Puede usar vertprep solo con el teclado. El botón, la casilla o el campo en el que está el teclado aparece con un borde grueso.</translation>
    </message>
    <message>
        <source>Moving around</source>
        <translation>Desplazarse</translation>
    </message>
    <message>
        <source>Go to the next button, box or field.</source>
        <translation>Ir al botón, casilla o campo siguiente.</translation>
    </message>
    <message>
        <source>Go back to the previous one.</source>
        <translation>Volver al anterior.</translation>
    </message>
    <message>
        <source>Tick or untick the step you are on, or press the button.</source>
        <translation>Marcar o desmarcar el paso en el que está, o presionar el botón.</translation>
    </message>
    <message>
        <source>In the list of screens: choose a screen.</source>
        <translation>En la lista de pantallas: elegir una pantalla.</translation>
    </message>
    <message>
        <source>Undo the last tick, untick or pain diary change. In a note, it undoes your typing instead.</source>
        <translation>Deshacer lo último que marcó o desmarcó, o el último cambio en el diario del dolor. En una nota, deshace en su lugar lo que escribió.</translation>
    </message>
    <message>
        <source>The buttons A− and A+ at the top make the text smaller or larger, up to twice the normal size; the button between them shows the size and sets it back to normal. High contrast shows white and yellow text on black. vertprep remembers your choice.</source>
        <translation>Los botones A− y A+ de arriba hacen el texto más pequeño o más grande, hasta el doble del tamaño normal; el botón entre ellos muestra el tamaño y lo devuelve al normal. El alto contraste muestra el texto en blanco y amarillo sobre fondo negro. vertprep recuerda su elección.</translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Larger text and high contrast</source>
        <translation>Texto más grande y alto contraste</translation>
    </message>
    <message>
        <source>Screen readers</source>
        <translation>Lectores de pantalla</translation>
    </message>
    <message>
        <source>vertprep works with screen readers such as NVDA, JAWS, VoiceOver and Orca. Each step says whether it is done and when it is due.</source>
        <translation>vertprep funciona con lectores de pantalla como NVDA, JAWS, VoiceOver y Orca. Cada paso indica si está hecho y para cuándo es.</translation>
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
        <source>{name}: {title}</source>
        <translation>{name}: {title}</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>About vertprep</source>
        <translation>Acerca de vertprep</translation>
    </message>
    <message>
        <source>vertprep {version}

Helps you prepare for vertebroplasty and follow up afterwards. It gives general information; your care team decides what is right for you.</source>
        <translation>vertprep {version}

Le ayuda a prepararse para la vertebroplastia y a hacer el seguimiento después. Ofrece información general; su equipo médico decide lo que es adecuado para usted.</translation>
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
        <translation>Pantalla anterior (Alt+Izquierda)</translation>
    </message>
    <message>
        <source>Next screen (Alt+Right)</source>
        <translation>Pantalla siguiente (Alt+Derecha)</translation>
    </message>
    <message>
        <source>Goes to the previous screen.</source>
        <translation>Va a la pantalla anterior.</translation>
    </message>
    <message>
        <source>Goes to the next screen.</source>
        <translation>Va a la pantalla siguiente.</translation>
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
        <translation>Indicar la fecha del procedimiento</translation>
    </message>
    <message>
        <source>Your own reminders</source>
        <translation>Sus recordatorios personales</translation>
    </message>
    <message>
        <source>Add a reminder</source>
        <translation>Añadir un recordatorio</translation>
    </message>
    <message>
        <source>Hello, {name}.</source>
        <translation>Hola, {name}.</translation>
    </message>
    <message>
        <source>Enter the date when you know it: the dates of every step follow.</source>
        <translation>Indique la fecha cuando la sepa: de ella dependen las fechas de todos los pasos.</translation>
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
        <source>Hospital or clinic: {place}</source>
        <translation>Hospital o clínica: {place}</translation>
    </message>
    <message>
        <source>Your follow-up consultation: between {first} and {last}.</source>
        <translation>Su consulta de seguimiento: entre el {first} y el {last}.</translation>
    </message>
    <message>
        <source>Your procedure date is not set yet.</source>
        <translation>La fecha de su procedimiento todavía no está fijada.</translation>
    </message>
    <message>
        <source>Your procedure is today.</source>
        <translation>Su procedimiento es hoy.</translation>
    </message>
    <message>
        <source>Your procedure is tomorrow.</source>
        <translation>Su procedimiento es mañana.</translation>
    </message>
    <message>
        <source>Your procedure is in {days} days.</source>
        <translation>Su procedimiento es dentro de {days} días.</translation>
    </message>
    <message>
        <source>Your procedure was yesterday.</source>
        <translation>Su procedimiento fue ayer.</translation>
    </message>
    <message>
        <source>Your procedure was {days} days ago.</source>
        <translation>Su procedimiento fue hace {days} días.</translation>
    </message>
    <message>
        <source>Every step is done. Well done!</source>
        <translation>Todos los pasos están hechos. ¡Muy bien!</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Próximo paso</translation>
    </message>
    <message>
        <source>Open the checklist</source>
        <translation>Abrir la lista de pasos</translation>
    </message>
    <message>
        <source>Open the after plan</source>
        <translation>Abrir “Después del procedimiento”</translation>
    </message>
    <message>
        <source>None yet. Add your own, such as “call the pharmacy”.</source>
        <translation>Todavía no hay ninguno. Añada los suyos, por ejemplo “llamar a la farmacia”.</translation>
    </message>
    <message>
        <source>{when}: {text}</source>
        <translation>{when}: {text}</translation>
    </message>
    <message>
        <source>More reminders: {count}</source>
        <translation>Más recordatorios: {count}</translation>
    </message>
</context>
<context>
    <name>OwnReminderText</name>
    <message>
        <source>{date}, {time}</source>
        <translation>{date}, {time}</translation>
    </message>
</context>
<context>
    <name>OwnRemindersScreen</name>
    <message>
        <source>Your own reminders</source>
        <translation>Sus recordatorios personales</translation>
    </message>
    <message>
        <source>Your reminder is saved.</source>
        <translation>Su recordatorio está guardado.</translation>
    </message>
    <message>
        <source>Write what the reminder is about, for example “call the pharmacy”. Nothing was saved.</source>
        <translation>Escriba de qué trata el recordatorio, por ejemplo “llamar a la farmacia”. No se guardó nada.</translation>
    </message>
    <message>
        <source>This reminder is too long. Nothing was saved.</source>
        <translation>Este recordatorio es demasiado largo. No se guardó nada.</translation>
    </message>
    <message>
        <source>This day has passed. Choose today or a later day. Nothing was saved.</source>
        <translation>Ese día ya pasó. Elija hoy o un día posterior. No se guardó nada.</translation>
    </message>
    <message>
        <source>Delete reminder</source>
        <translation>Borrar recordatorio</translation>
    </message>
    <message>
        <source>Delete the reminder “{text}”?</source>
        <translation>¿Borrar el recordatorio “{text}”?</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Conservarlo</translation>
    </message>
    <message>
        <source>Add a reminder</source>
        <translation>Añadir un recordatorio</translation>
    </message>
    <message>
        <source>Add reminder</source>
        <translation>Añadir recordatorio</translation>
    </message>
    <message>
        <source>Change this reminder</source>
        <translation>Cambiar este recordatorio</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Guardar los cambios</translation>
    </message>
    <message>
        <source>Add reminders of your own, such as “ask about Prolia” or “call the pharmacy”. They appear on the overview, in your calendar when you export it, and on the printed plan.</source>
        <translation>Añada sus propios recordatorios, por ejemplo “preguntar por Prolia” o “llamar a la farmacia”. Aparecen en el resumen, en su calendario cuando lo exporta y en el plan impreso.</translation>
    </message>
    <message>
        <source>What do you want to remember?</source>
        <translation>¿Qué quiere recordar?</translation>
    </message>
    <message>
        <source>For example: call the pharmacy</source>
        <translation>Por ejemplo: llamar a la farmacia</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Day of the reminder</source>
        <translation>Día del recordatorio</translation>
    </message>
    <message>
        <source>At a set time</source>
        <translation>A una hora concreta</translation>
    </message>
    <message>
        <source>Time of the reminder</source>
        <translation>Hora del recordatorio</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Your reminders</source>
        <translation>Sus recordatorios</translation>
    </message>
    <message>
        <source>Put your plan and your reminders in the calendar on your phone or computer, so they reach you when this app is closed.</source>
        <translation>Ponga su plan y sus recordatorios en el calendario de su teléfono o de su computadora, para recibirlos aunque esta aplicación esté cerrada.</translation>
    </message>
    <message>
        <source>Export to calendar…</source>
        <translation>Exportar al calendario…</translation>
    </message>
    <message>
        <source>You have no reminders of your own yet.</source>
        <translation>Todavía no tiene recordatorios personales.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambiar</translation>
    </message>
    <message>
        <source>Change “{text}”</source>
        <translation>Cambiar “{text}”</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Delete “{text}”</source>
        <translation>Borrar “{text}”</translation>
    </message>
</context>
<context>
    <name>PainScale</name>
    <message>
        <source>Pain {score} out of 10</source>
        <translation>Dolor {score} de 10</translation>
    </message>
    <message>
        <source>Pain now, 0 to 10</source>
        <translation>Dolor ahora, de 0 a 10</translation>
    </message>
</context>
<context>
    <name>PatientActions</name>
    <message>
        <source>P&amp;atients…</source>
        <translation>P&amp;acientes…</translation>
    </message>
    <message>
        <source>Open, add or manage the patients on this computer</source>
        <translation>Abrir, añadir o gestionar los pacientes de este ordenador</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;Copia de seguridad…</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurar…</translation>
    </message>
</context>
<context>
    <name>PatientBanner</name>
    <message>
        <source>Plan of {name}</source>
        <translation>Plan de {name}</translation>
    </message>
    <message>
        <source>Switch patient…</source>
        <translation>Cambiar de paciente…</translation>
    </message>
</context>
<context>
    <name>PatientsDialog</name>
    <message>
        <source>Bring &amp;back</source>
        <translation>&amp;Recuperar</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archivar</translation>
    </message>
    <message>
        <source>This plan is open. Open another patient&apos;s plan first.</source>
        <translation>Este plan está abierto. Abra primero el plan de otro paciente.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Please enter a name (1 to 100 letters).</source>
        <translation>Escriba un nombre (de 1 a 100 letras), por favor.</translation>
    </message>
    <message>
        <source>Add a patient</source>
        <translation>Añadir un paciente</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Cambiar el nombre</translation>
    </message>
    <message>
        <source>Delete a patient</source>
        <translation>Borrar un paciente</translation>
    </message>
    <message>
        <source>Delete {name} and everything stored for them: details, ticks, notes and reminders? This cannot be undone.

To hide a patient but keep their plan, archive them instead.</source>
        <translation>¿Borrar a {name} y todo lo guardado de esta persona: datos, marcas, notas y recordatorios? No se puede deshacer.

Para ocultar a un paciente pero conservar su plan, archívelo en su lugar.</translation>
    </message>
    <message>
        <source>Delete {name}</source>
        <translation>Borrar a {name}</translation>
    </message>
    <message>
        <source>This change could not be saved. Nothing was changed.</source>
        <translation>No se pudo guardar este cambio. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Pacientes</translation>
    </message>
    <message>
        <source>Whose plan do you want to open?</source>
        <translation>¿De quién es el plan que quiere abrir?</translation>
    </message>
    <message>
        <source>The patients on this computer</source>
        <translation>Los pacientes de este ordenador</translation>
    </message>
    <message>
        <source>Search by name</source>
        <translation>Buscar por nombre</translation>
    </message>
    <message>
        <source>Show archived patients</source>
        <translation>Mostrar los pacientes archivados</translation>
    </message>
    <message>
        <source>&amp;Open this plan</source>
        <translation>&amp;Abrir este plan</translation>
    </message>
    <message>
        <source>A&amp;dd a patient…</source>
        <translation>Aña&amp;dir un paciente…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>Cambiar el &amp;nombre…</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Borrar…</translation>
    </message>
</context>
<context>
    <name>PatientsModel</name>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>Abierto ahora</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivado</translation>
    </message>
    <message>
        <source>Procedure date: {date}</source>
        <translation>Fecha del procedimiento: {date}</translation>
    </message>
    <message>
        <source>No procedure date yet</source>
        <translation>Todavía sin fecha del procedimiento</translation>
    </message>
</context>
<context>
    <name>PlanImport</name>
    <message>
        <source>Care team plans (*.toml);;All files (*)</source>
        <translation>Planes del equipo médico (*.toml);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>… and {count} more.</source>
        <translation>… y {count} más.</translation>
    </message>
    <message>
        <source>This care team plan cannot be used, and nothing was changed:
{path}

{problems}</source>
        <translation>No se puede usar este plan del equipo médico, y no se ha cambiado nada:
{path}

{problems}</translation>
    </message>
    <message>
        <source>Open care team plan</source>
        <translation>Abrir el plan del equipo médico</translation>
    </message>
    <message>
        <source>The plan could not be saved. Nothing was changed.</source>
        <translation>No se pudo guardar el plan. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Your care team&apos;s plan is now in use:
{path}

What you ticked and wrote is kept.</source>
        <translation>Ahora se usa el plan de su equipo médico:
{path}

Se conserva lo que marcó y escribió.</translation>
    </message>
</context>
<context>
    <name>PlanLabels</name>
    <message>
        <source>Eating and drinking before the procedure</source>
        <translation>Comer y beber antes del procedimiento</translation>
    </message>
    <message>
        <source>Your usual medicines</source>
        <translation>Sus medicamentos habituales</translation>
    </message>
    <message>
        <source>Blood thinners</source>
        <translation>Medicamentos que hacen la sangre más líquida</translation>
    </message>
    <message>
        <source>Diabetes medicines and insulin</source>
        <translation>Medicamentos para la diabetes e insulina</translation>
    </message>
    <message>
        <source>How long you stay</source>
        <translation>Cuánto tiempo se queda</translation>
    </message>
    <message>
        <source>Care team phone</source>
        <translation>Teléfono del equipo médico</translation>
    </message>
    <message>
        <source>Emergency number</source>
        <translation>Número de emergencias</translation>
    </message>
    <message>
        <source>Hospital or clinic</source>
        <translation>Hospital o clínica</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Horario</translation>
    </message>
    <message>
        <source>Emergency number: {number}</source>
        <translation>Número de emergencias: {number}</translation>
    </message>
    <message>
        <source>Your care team&apos;s instructions</source>
        <translation>Las indicaciones de su equipo médico</translation>
    </message>
    <message>
        <source>The times are your care team&apos;s estimates, counted from your arrival time. Your care team tells you if they change.</source>
        <translation>Las horas son estimaciones de su equipo médico, contadas desde su hora de llegada. Su equipo médico le dirá si cambian.</translation>
    </message>
    <message>
        <source>The stages come in this order. Your care team tells you the times, and how long you stay.</source>
        <translation>Las etapas siguen este orden. Su equipo médico le dirá las horas y cuánto tiempo se quedará.</translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation>Señales de alarma</translation>
    </message>
    <message>
        <source>Call your emergency number now if you have:</source>
        <translation>Llame ahora al número de emergencias si tiene:</translation>
    </message>
    <message>
        <source>Call your care team the same day if you have:</source>
        <translation>Llame a su equipo médico el mismo día si tiene:</translation>
    </message>
    <message>
        <source>The first days</source>
        <translation>Los primeros días</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Sudden new back pain</source>
        <translation>Nuevo dolor de espalda repentino</translation>
    </message>
    <message>
        <source>Long-term bone health</source>
        <translation>La salud de sus huesos a largo plazo</translation>
    </message>
</context>
<context>
    <name>PlanProblem</name>
    <message>
        <source>this is not a TOML file: {detail}</source>
        <translation>no es un archivo TOML: {detail}</translation>
    </message>
    <message>
        <source>written for plan format {found}, newer than this vertprep reads ({known}): install the newer vertprep</source>
        <translation>escrito para el formato de plan {found}, más reciente que el que lee este vertprep ({known}): instale el vertprep más reciente</translation>
    </message>
    <message>
        <source>the plan format version (format = {known}) is missing</source>
        <translation>falta la versión del formato del plan (format = {known})</translation>
    </message>
    <message>
        <source>unknown key (a typing mistake?); known here: {detail}</source>
        <translation>clave desconocida (¿un error al escribir?); aquí se conocen: {detail}</translation>
    </message>
    <message>
        <source>this is needed and missing</source>
        <translation>esto es necesario y falta</translation>
    </message>
    <message>
        <source>this should be {detail}</source>
        <translation>esto debería ser {detail}</translation>
    </message>
    <message>
        <source>{found} is not allowed here; allowed: {detail}</source>
        <translation>{found} no está permitido aquí; se permite: {detail}</translation>
    </message>
    <message>
        <source>the text in the plan&apos;s fallback language ({detail}) is missing</source>
        <translation>falta el texto en el idioma de reserva del plan ({detail})</translation>
    </message>
    <message>
        <source>the id {found} is used twice (each must be different)</source>
        <translation>el id {found} se usa dos veces (cada uno debe ser distinto)</translation>
    </message>
    <message>
        <source>{found} is out of range: from {first} to {last}</source>
        <translation>{found} está fuera del intervalo: de {first} a {last}</translation>
    </message>
    <message>
        <source>the source {found} is not listed under [sources]</source>
        <translation>la fuente {found} no figura en [sources]</translation>
    </message>
    <message>
        <source>the file cannot be read: {detail}</source>
        <translation>no se puede leer el archivo: {detail}</translation>
    </message>
    <message>
        <source>a table</source>
        <translation>una tabla</translation>
    </message>
    <message>
        <source>text in quotes</source>
        <translation>un texto entre comillas</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un número entero</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <source>[first day, last day]</source>
        <translation>[primer día, último día]</translation>
    </message>
    <message>
        <source>HH:MM, 24-hour</source>
        <translation>HH:MM, en formato de 24 horas</translation>
    </message>
    <message>
        <source>small letters, digits and _</source>
        <translation>letras minúsculas, cifras y _</translation>
    </message>
    <message>
        <source>line {line}, {key}: {reason}</source>
        <translation>línea {line}, {key}: {reason}</translation>
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
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Atrasado</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Para hoy</translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation>Próximamente</translation>
    </message>
    <message>
        <source>No date yet</source>
        <translation>Todavía sin fecha</translation>
    </message>
    <message>
        <source>Between {first} and {last}</source>
        <translation>Entre el {first} y el {last}</translation>
    </message>
    <message>
        <source>The date will appear once you enter your procedure date.</source>
        <translation>La fecha aparecerá cuando indique la fecha de su procedimiento.</translation>
    </message>
    <message>
        <source>Do this by {date}</source>
        <translation>Hacer a más tardar el {date}</translation>
    </message>
    <message>
        <source>By your consultation</source>
        <translation>Antes de su consulta</translation>
    </message>
    <message>
        <source>Before the procedure</source>
        <translation>Antes del procedimiento</translation>
    </message>
    <message>
        <source>When your doctor advises</source>
        <translation>Cuando se lo aconseje su médico</translation>
    </message>
    <message>
        <source>Done on {date}</source>
        <translation>Hecho el {date}</translation>
    </message>
</context>
<context>
    <name>PlanWords</name>
    <message>
        <source>Your care team wrote this in {language}.</source>
        <translation>Su equipo médico escribió esto en {language}.</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <source>Pages: {count}</source>
        <translation>Páginas: {count}</translation>
    </message>
    <message>
        <source>The plan could not be printed. Check the printer.</source>
        <translation>No se pudo imprimir el plan. Revise la impresora.</translation>
    </message>
    <message>
        <source>Sent to the printer: {count} pages.</source>
        <translation>Páginas enviadas a la impresora: {count}.</translation>
    </message>
    <message>
        <source>Save the plan as PDF</source>
        <translation>Guardar el plan como PDF</translation>
    </message>
    <message>
        <source>Report for my follow-up visit</source>
        <translation>Informe para mi consulta de seguimiento</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The disk is full, so the PDF could not be saved. A file that was already there is unchanged:
{path}</source>
        <translation>El disco está lleno, así que no se pudo guardar el PDF. Un archivo que ya estaba allí no ha cambiado:
{path}</translation>
    </message>
    <message>
        <source>The PDF could not be saved here:
{path}
Please choose another folder.</source>
        <translation>No se pudo guardar el PDF aquí:
{path}
Elija otra carpeta, por favor.</translation>
    </message>
    <message>
        <source>Saved {count} pages as PDF:
{path}</source>
        <translation>PDF guardado (número de páginas: {count}):
{path}</translation>
    </message>
    <message>
        <source>Print your plan</source>
        <translation>Imprimir su plan</translation>
    </message>
    <message>
        <source>&amp;What to print</source>
        <translation>&amp;Qué imprimir</translation>
    </message>
    <message>
        <source>The whole plan</source>
        <translation>Todo el plan</translation>
    </message>
    <message>
        <source>Only the Before checklist</source>
        <translation>Solo los pasos antes del procedimiento</translation>
    </message>
    <message>
        <source>Only the day of the procedure</source>
        <translation>Solo el día del procedimiento</translation>
    </message>
    <message>
        <source>Only the After plan and warning signs</source>
        <translation>Solo la parte “Después del procedimiento” y las señales de alarma</translation>
    </message>
    <message>
        <source>&amp;Language of the printout</source>
        <translation>Idio&amp;ma de la impresión</translation>
    </message>
    <message>
        <source>&amp;Second language, side by side</source>
        <translation>&amp;Segundo idioma, en dos columnas</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>&amp;Blank plan to fill in by hand (no personal data)</source>
        <translation>Plan en &amp;blanco para completar a mano (sin datos personales)</translation>
    </message>
    <message>
        <source>Lar&amp;ge print</source>
        <translation>Letra &amp;grande</translation>
    </message>
    <message>
        <source>&amp;Paper</source>
        <translation>&amp;Papel</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter (United States)</source>
        <translation>Carta (Estados Unidos)</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>Legal</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Acercar</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>A&amp;lejar</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Guardar como P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Preview of the printed plan</source>
        <translation>Vista previa del plan impreso</translation>
    </message>
</context>
<context>
    <name>PrintedPlan</name>
    <message>
        <source>Your vertebroplasty plan</source>
        <translation>Su plan de vertebroplastia</translation>
    </message>
    <message>
        <source>Name: {name}</source>
        <translation>Nombre: {name}</translation>
    </message>
    <message>
        <source>Procedure date: {date}</source>
        <translation>Fecha del procedimiento: {date}</translation>
    </message>
    <message>
        <source>Arrival time: {time}</source>
        <translation>Hora de llegada: {time}</translation>
    </message>
    <message>
        <source>Hospital or clinic: {place}</source>
        <translation>Hospital o clínica: {place}</translation>
    </message>
    <message>
        <source>Care team phone: {phone}</source>
        <translation>Teléfono del equipo médico: {phone}</translation>
    </message>
    <message>
        <source>Printed on {date}</source>
        <translation>Impreso el {date}</translation>
    </message>
    <message>
        <source>{label}: {value}</source>
        <translation>{label}: {value}</translation>
    </message>
    <message>
        <source>This plan gives general information. Your care team decides what is right for you: follow their instructions.</source>
        <translation>Este plan ofrece información general. Su equipo médico decide lo que es adecuado para usted: siga sus indicaciones.</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Página {page} de {pages}</translation>
    </message>
    <message>
        <source>This plan informs you; your care team decides what is right for you.</source>
        <translation>Este plan le informa; su equipo médico decide lo que es adecuado para usted.</translation>
    </message>
    <message>
        <source>Tick each step when it is done. Write down what your care team tells you, for example when to stop a medicine.</source>
        <translation>Marque cada paso cuando esté hecho. Anote lo que le diga su equipo médico, por ejemplo cuándo dejar de tomar un medicamento.</translation>
    </message>
    <message>
        <source>Before the procedure</source>
        <translation>Antes del procedimiento</translation>
    </message>
    <message>
        <source>Date: {date}</source>
        <translation>Fecha: {date}</translation>
    </message>
    <message>
        <source>Do this by: {date}</source>
        <translation>Fecha límite: {date}</translation>
    </message>
    <message>
        <source>What your care team told you to do:</source>
        <translation>Lo que su equipo médico le dijo que hiciera:</translation>
    </message>
    <message>
        <source>Your note:</source>
        <translation>Su nota:</translation>
    </message>
    <message>
        <source>{date}, arrival at {time}</source>
        <translation>{date}, llegada: {time}</translation>
    </message>
    <message>
        <source>Date: {date}   Arrival time: {time}</source>
        <translation>Fecha: {date}   Hora de llegada: {time}</translation>
    </message>
    <message>
        <source>The day of the procedure</source>
        <translation>El día del procedimiento</translation>
    </message>
    <message>
        <source>about {time}</source>
        <translation>aprox. {time}</translation>
    </message>
    <message>
        <source>After the procedure</source>
        <translation>Después del procedimiento</translation>
    </message>
    <message>
        <source>What vertebroplasty does not do</source>
        <translation>Lo que la vertebroplastia no hace</translation>
    </message>
    <message>
        <source>Your care team: {phone}</source>
        <translation>Su equipo médico: {phone}</translation>
    </message>
    <message>
        <source>Your own reminders</source>
        <translation>Sus recordatorios personales</translation>
    </message>
    <message>
        <source>{date} at {time}</source>
        <translation>{date}, {time}</translation>
    </message>
</context>
<context>
    <name>PrintedReport</name>
    <message>
        <source>Report for my follow-up visit</source>
        <translation>Informe para mi consulta de seguimiento</translation>
    </message>
    <message>
        <source>Name: {name}</source>
        <translation>Nombre: {name}</translation>
    </message>
    <message>
        <source>Procedure date: {date}</source>
        <translation>Fecha del procedimiento: {date}</translation>
    </message>
    <message>
        <source>Printed on {date}</source>
        <translation>Impreso el {date}</translation>
    </message>
    <message>
        <source>Written by the patient with vertprep, from their own pain diary and check-ins. vertprep sends nothing to anyone, and nobody watched these answers. Your care team decides what is right for you.</source>
        <translation>Escrito por el paciente con vertprep, a partir de su propio diario del dolor y sus controles. vertprep no envía nada a nadie, y nadie vigiló estas respuestas. Su equipo médico decide lo que es adecuado para usted.</translation>
    </message>
    <message>
        <source>Pain before the procedure (median; days written down: {count}): {score} out of 10</source>
        <translation>Dolor antes del procedimiento (mediana; días anotados: {count}): {score} de 10</translation>
    </message>
    <message>
        <source>Pain now ({date}): {score} out of 10</source>
        <translation>Dolor ahora ({date}): {score} de 10</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Dolor</translation>
    </message>
    <message>
        <source>{date} ({when}): {sign}</source>
        <translation>{date} ({when}): {sign}</translation>
    </message>
    <message>
        <source>No warning sign was answered yes in the check-ins.</source>
        <translation>En los controles no se respondió «sí» a ninguna señal de alarma.</translation>
    </message>
    <message>
        <source>Warning signs answered yes in the check-ins</source>
        <translation>Señales de alarma respondidas con «sí» en los controles</translation>
    </message>
    <message>
        <source>{when}, {date}: pain {score} out of 10</source>
        <translation>{when}, {date}: dolor {score} de 10</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Controles</translation>
    </message>
    <message>
        <source>No step is ticked as done yet.</source>
        <translation>Aún no hay ningún paso marcado como hecho.</translation>
    </message>
    <message>
        <source>Steps done</source>
        <translation>Pasos hechos</translation>
    </message>
    <message>
        <source>{date}: {note}</source>
        <translation>{date}: {note}</translation>
    </message>
    <message>
        <source>My notes</source>
        <translation>Mis notas</translation>
    </message>
    <message>
        <source>Questions for my doctor</source>
        <translation>Preguntas para mi médico</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Página {page} de {pages}</translation>
    </message>
</context>
<context>
    <name>QShortcut</name>
    <message>
        <source>Space</source>
        <translation>Espacio</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Intro</translation>
    </message>
</context>
<context>
    <name>RecoveryParts</name>
    <message>
        <source>vertprep sends nothing to anyone, and nobody watches these answers. If you are worried, call your care team; in an emergency, call your emergency number.</source>
        <translation>vertprep no envía nada a nadie, y nadie vigila estas respuestas. Si está preocupado, llame a su equipo médico; en una emergencia, llame al número de emergencias.</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Controles</translation>
    </message>
    <message>
        <source>The emergency number where you live:</source>
        <translation>El número de emergencias donde vive:</translation>
    </message>
    <message>
        <source>Emergency number</source>
        <translation>Número de emergencias</translation>
    </message>
    <message>
        <source>Write the number here</source>
        <translation>Escriba aquí el número</translation>
    </message>
    <message>
        <source>A check-in is waiting: {name} ({date}).</source>
        <translation>Hay un control pendiente: {name} ({date}).</translation>
    </message>
    <message>
        <source>Start the check-in</source>
        <translation>Empezar el control</translation>
    </message>
    <message>
        <source>Enter your procedure date on the Welcome screen to plan the check-ins.</source>
        <translation>Indique la fecha del procedimiento en la pantalla “Bienvenida” para planificar los controles.</translation>
    </message>
    <message>
        <source>Next check-in: {name}, on {date}.</source>
        <translation>Próximo control: {name}, el {date}.</translation>
    </message>
    <message>
        <source>There are no more check-ins planned.</source>
        <translation>No hay más controles previstos.</translation>
    </message>
    <message>
        <source>Check in now</source>
        <translation>Hacer un control ahora</translation>
    </message>
    <message>
        <source>Your care team: {phone}</source>
        <translation>Su equipo médico: {phone}</translation>
    </message>
    <message>
        <source>Add your care team&apos;s phone number on the Welcome screen so it shows here.</source>
        <translation>Añada el número de teléfono de su equipo médico en la pantalla “Bienvenida” para que aparezca aquí.</translation>
    </message>
    <message>
        <source>Your pain over time</source>
        <translation>Su dolor a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Your questions are saved.</source>
        <translation>Sus preguntas están guardadas.</translation>
    </message>
    <message>
        <source>Questions for my doctor</source>
        <translation>Preguntas para mi médico</translation>
    </message>
    <message>
        <source>Write one question a line. They are printed on the report for your follow-up visit (File › Print).</source>
        <translation>Escriba una pregunta por línea. Se imprimen en el informe para su consulta de seguimiento (Archivo › Imprimir).</translation>
    </message>
    <message>
        <source>For example: When may I lift my grandchild?</source>
        <translation>Por ejemplo: ¿Cuándo puedo levantar en brazos a mi nieto?</translation>
    </message>
</context>
<context>
    <name>RecoveryScreen</name>
    <message>
        <source>Your recovery</source>
        <translation>Su recuperación</translation>
    </message>
    <message>
        <source>Your entry could not be saved: the data file cannot be written.</source>
        <translation>No se pudo guardar su entrada: no se puede escribir el archivo de datos.</translation>
    </message>
    <message>
        <source>Saved: pain {score} out of 10 on {date}. Ctrl+Z takes it back.</source>
        <translation>Guardado: dolor {score} de 10 el {date}. Ctrl+Z lo deshace.</translation>
    </message>
    <message>
        <source>The entry of {date} is deleted. Ctrl+Z brings it back.</source>
        <translation>Se borró la entrada del {date}. Ctrl+Z la recupera.</translation>
    </message>
    <message>
        <source>How is your pain today?</source>
        <translation>¿Cómo está su dolor hoy?</translation>
    </message>
    <message>
        <source>Save today&apos;s entry</source>
        <translation>Guardar la entrada de hoy</translation>
    </message>
    <message>
        <source>Change the entry of {date}</source>
        <translation>Cambiar la entrada del {date}</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Guardar los cambios</translation>
    </message>
    <message>
        <source>Write down your pain once a day, before and after the procedure. The days before it show your usual pain; the days after show how it changes. Take this to your follow-up visit. The app informs; your care team decides.</source>
        <translation>Anote su dolor una vez al día, antes y después del procedimiento. Los días de antes muestran su dolor habitual; los de después, cómo cambia. Llévelo a su consulta de seguimiento. La aplicación informa; su equipo médico decide.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Day of the entry</source>
        <translation>Día de la entrada</translation>
    </message>
    <message>
        <source>Your pain now, from 0 to 10:</source>
        <translation>Su dolor ahora, de 0 a 10:</translation>
    </message>
    <message>
        <source>How far did you walk today? (if you want to say)</source>
        <translation>¿Cuánto caminó hoy? (si quiere decirlo)</translation>
    </message>
    <message>
        <source>Did you take pain medicine today?</source>
        <translation>¿Tomó hoy algún medicamento para el dolor?</translation>
    </message>
    <message>
        <source>Note (if you want)</source>
        <translation>Nota (si quiere)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Your entries, newest first</source>
        <translation>Sus entradas, las más recientes primero</translation>
    </message>
    <message>
        <source>Change the chosen entry</source>
        <translation>Cambiar la entrada elegida</translation>
    </message>
    <message>
        <source>Delete the chosen entry</source>
        <translation>Borrar la entrada elegida</translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <source>Reminder 1 of {count}</source>
        <translation>Recordatorio 1 de {count}</translation>
    </message>
    <message>
        <source>{status}: {text}</source>
        <translation>{status}: {text}</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Recordatorio</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Dismiss this reminder: it will not come back</source>
        <translation>Descartar este recordatorio: no volverá a aparecer</translation>
    </message>
    <message>
        <source>Remind me tomorrow</source>
        <translation>Recordármelo mañana</translation>
    </message>
    <message>
        <source>Hide this reminder until tomorrow</source>
        <translation>Ocultar este recordatorio hasta mañana</translation>
    </message>
    <message>
        <source>Start the check-in</source>
        <translation>Empezar el control</translation>
    </message>
</context>
<context>
    <name>ReminderText</name>
    <message>
        <source>Overdue</source>
        <translation>Atrasado</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Mañana</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Para hoy</translation>
    </message>
    <message>
        <source>Your procedure is tomorrow, {date}.</source>
        <translation>Su procedimiento es mañana, {date}.</translation>
    </message>
    <message>
        <source>Your procedure is tomorrow, {date}. Arrive at {time}.</source>
        <translation>Su procedimiento es mañana, {date}. Llegada: {time}.</translation>
    </message>
    <message>
        <source>Pain check-in: {name}. Your pain now and a few yes or no questions, on the Your recovery screen.</source>
        <translation>Control del dolor: {name}. Su dolor ahora y unas preguntas de sí o no, en la pantalla “Su recuperación”.</translation>
    </message>
    <message>
        <source>{text} (on {date})</source>
        <translation>{text} (el {date})</translation>
    </message>
    <message>
        <source>{text} (today at {time})</source>
        <translation>{text} (hoy, {time})</translation>
    </message>
    <message>
        <source>{title}: this was due by {date}.</source>
        <translation>{title}: había que hacerlo a más tardar el {date}.</translation>
    </message>
    <message>
        <source>{title}: do this today.</source>
        <translation>{title}: hágalo hoy.</translation>
    </message>
</context>
<context>
    <name>SaveDialog</name>
    <message>
        <source>Vertebroplasty plan</source>
        <translation>Plan de vertebroplastia</translation>
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
        <translation>Su archivo de datos es de solo lectura, así que vertprep no podría guardar ningún cambio. Pida a la persona que se ocupa de esta computadora que permita escribir en él:
{path}</translation>
    </message>
    <message>
        <source>Another program is using your data right now. Close it, then start vertprep again:
{path}</source>
        <translation>Otro programa está usando sus datos en este momento. Ciérrelo y vuelva a abrir vertprep:
{path}</translation>
    </message>
    <message>
        <source>The computer&apos;s disk is full, so vertprep cannot save your data. Free some space, then start vertprep again:
{path}</source>
        <translation>El disco de la computadora está lleno, así que vertprep no puede guardar sus datos. Libere algo de espacio y vuelva a abrir vertprep:
{path}</translation>
    </message>
    <message>
        <source>vertprep is not allowed to use this folder for your data, or its name is too long:
{path}</source>
        <translation>vertprep no tiene permiso para usar esta carpeta para sus datos, o su nombre es demasiado largo:
{path}</translation>
    </message>
    <message>
        <source>Your data was saved by a newer version of vertprep. Please install the newer version to open it. The file has not been changed:
{path}</source>
        <translation>Sus datos se guardaron con una versión más reciente de vertprep. Instale esa versión más reciente para abrirlos. El archivo no se ha modificado:
{path}</translation>
    </message>
    <message>
        <source>vertprep cannot open or save your data in this file:
{path}</source>
        <translation>vertprep no puede abrir ni guardar sus datos en este archivo:
{path}</translation>
    </message>
</context>
<context>
    <name>StepsTab</name>
    <message>
        <source>Add a step before the procedure</source>
        <translation>Añadir un paso antes del procedimiento</translation>
    </message>
    <message>
        <source>Add a step after the procedure</source>
        <translation>Añadir un paso después del procedimiento</translation>
    </message>
    <message>
        <source>Remove this step</source>
        <translation>Quitar este paso</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Patients who already ticked it keep their record; it is no longer shown.</source>
        <translation>Los pacientes que ya lo marcaron conservan su registro; ya no se muestra.</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Título:</translation>
    </message>
    <message>
        <source>Explanation:</source>
        <translation>Explicación:</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Cuándo:</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>Días:</translation>
    </message>
    <message>
        <source>Last day after the procedure:</source>
        <translation>Último día después del procedimiento:</translation>
    </message>
    <message>
        <source>The note asks for the care team&apos;s instructions</source>
        <translation>La nota pide las indicaciones del equipo médico</translation>
    </message>
    <message>
        <source>By the consultation</source>
        <translation>Antes de la consulta</translation>
    </message>
    <message>
        <source>Before the procedure, no date</source>
        <translation>Antes del procedimiento, sin fecha</translation>
    </message>
    <message>
        <source>A number of days before the procedure</source>
        <translation>Un número de días antes del procedimiento</translation>
    </message>
    <message>
        <source>A number of days after the procedure</source>
        <translation>Un número de días después del procedimiento</translation>
    </message>
    <message>
        <source>Between two days after the procedure</source>
        <translation>Entre dos días después del procedimiento</translation>
    </message>
    <message>
        <source>No date: as the doctor advises</source>
        <translation>Sin fecha: según aconseje el médico</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>{phase}: {title}</source>
        <translation>{phase}: {title}</translation>
    </message>
    <message>
        <source>From the sources of vertprep&apos;s plan ({source}).</source>
        <translation>De las fuentes del plan de vertprep ({source}).</translation>
    </message>
    <message>
        <source>Your team&apos;s own step.</source>
        <translation>Un paso propio de su equipo.</translation>
    </message>
    <message>
        <source>First day after the procedure:</source>
        <translation>Primer día después del procedimiento:</translation>
    </message>
    <message>
        <source>New step</source>
        <translation>Nuevo paso</translation>
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
        <translation>El texto está al {percent} % de su tamaño normal. Presione para volver al tamaño normal.</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Texto más pequeño</translation>
    </message>
    <message>
        <source>Makes all text smaller.</source>
        <translation>Hace todo el texto más pequeño.</translation>
    </message>
    <message>
        <source>Normal text size</source>
        <translation>Tamaño de texto normal</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Texto más grande</translation>
    </message>
    <message>
        <source>Makes all text larger, up to twice the normal size.</source>
        <translation>Hace todo el texto más grande, hasta el doble del tamaño normal.</translation>
    </message>
    <message>
        <source>{action} ({keys})</source>
        <translation>{action} ({keys})</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source>Shows white and yellow text on black.</source>
        <translation>Muestra el texto en blanco y amarillo sobre fondo negro.</translation>
    </message>
    <message>
        <source>High contrast ({keys})</source>
        <translation>Alto contraste ({keys})</translation>
    </message>
</context>
<context>
    <name>UndoToast</name>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Undo the last tick ({keys})</source>
        <translation>Deshacer la última marca ({keys})</translation>
    </message>
    <message>
        <source>Marked as done.</source>
        <translation>Marcado como hecho.</translation>
    </message>
    <message>
        <source>Marked as done: {title}</source>
        <translation>Marcado como hecho: {title}</translation>
    </message>
    <message>
        <source>Marked as not done.</source>
        <translation>Marcado como no hecho.</translation>
    </message>
    <message>
        <source>Marked as not done: {title}</source>
        <translation>Marcado como no hecho: {title}</translation>
    </message>
    <message>
        <source>{change}. To undo it, press this button or {keys}.</source>
        <translation>{change}. Para deshacerlo, presione este botón o {keys}.</translation>
    </message>
</context>
<context>
    <name>ViewSettings</name>
    <message>
        <source>&amp;Larger text</source>
        <translation>Texto más &amp;grande</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>Texto más &amp;pequeño</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>Tamaño de texto &amp;normal</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>&amp;Alto contraste</translation>
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
        <translation>Esta aplicación le ayuda a prepararse para la vertebroplastia, un tratamiento que pone cemento óseo en una vértebra rota por la osteoporosis. Explica cada paso antes del procedimiento, muestra lo que ocurre ese día y le guía durante las semanas siguientes. Le recuerda lo que tiene que hacer y guarda sus notas. Todo lo que escribe se queda en esta computadora.</translation>
    </message>
    <message>
        <source>Your details</source>
        <translation>Sus datos</translation>
    </message>
    <message>
        <source>You can change these at any time. All dates in the app follow your procedure date.</source>
        <translation>Puede cambiar estos datos en cualquier momento. Todas las fechas de la aplicación dependen de la fecha de su procedimiento.</translation>
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
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>&amp;Undo the last change</source>
        <translation>&amp;Deshacer el último cambio</translation>
    </message>
    <message>
        <source>&amp;Help and keyboard shortcuts</source>
        <translation>&amp;Ayuda y atajos de teclado</translation>
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
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Print your plan, or save it as a PDF</source>
        <translation>Imprimir su plan o guardarlo como PDF</translation>
    </message>
    <message>
        <source>Export to &amp;calendar…</source>
        <translation>Exportar al &amp;calendario…</translation>
    </message>
    <message>
        <source>Save your plan and reminders as a file for your calendar</source>
        <translation>Guardar su plan y sus recordatorios en un archivo para su calendario</translation>
    </message>
    <message>
        <source>&amp;Open care team plan…</source>
        <translation>&amp;Abrir el plan del equipo médico…</translation>
    </message>
    <message>
        <source>Use the plan file your care team gave you: its steps, times and contacts</source>
        <translation>Usar el archivo de plan que le dio su equipo médico: sus pasos, horas y contactos</translation>
    </message>
    <message>
        <source>&amp;Edit the care team&apos;s plan…</source>
        <translation>&amp;Editar el plan del equipo médico…</translation>
    </message>
    <message>
        <source>&amp;Report for my follow-up visit…</source>
        <translation>I&amp;nforme para mi consulta de seguimiento…</translation>
    </message>
    <message>
        <source>Export &amp;diary…</source>
        <translation>Exportar el &amp;diario…</translation>
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
</TS>
