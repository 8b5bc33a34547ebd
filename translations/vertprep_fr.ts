<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AboutScreen</name>
    <message>
        <source>About the procedure</source>
        <translation>À propos de l’intervention</translation>
    </message>
    <message>
        <source>What is vertebroplasty?</source>
        <translation>Qu’est-ce que la vertébroplastie&#xa0;?</translation>
    </message>
    <message>
        <source>1. A vertebra broken by osteoporosis</source>
        <translation>1. Une vertèbre cassée à cause de l’ostéoporose</translation>
    </message>
    <message>
        <source>2. Cement, injected through a needle, fills the break</source>
        <translation>2. Le ciment, injecté avec une aiguille, remplit la fracture</translation>
    </message>
    <message>
        <source>What it does not do</source>
        <translation>Ce qu’elle ne fait pas</translation>
    </message>
    <message>
        <source>How it is done</source>
        <translation>Comment elle se déroule</translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation>Avantages</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risques</translation>
    </message>
    <message>
        <source>Serious side effects happen in fewer than 1 in 200 patients. They include:</source>
        <translation>Des effets indésirables graves surviennent chez moins de 1 patient sur 200. Parmi eux&#xa0;:</translation>
    </message>
    <message>
        <source>Source: CIRSE patient information, cirse.org/patients</source>
        <translation>Source&#xa0;: informations pour les patients de la CIRSE, cirse.org/patients</translation>
    </message>
</context>
<context>
    <name>AfterScreen</name>
    <message>
        <source>After the procedure</source>
        <translation>Après l’intervention</translation>
    </message>
    <message>
        <source>Your care team: {phone}</source>
        <translation>Votre équipe soignante&#xa0;: {phone}</translation>
    </message>
    <message>
        <source>Add your care team&apos;s phone number on the Welcome screen so it shows here.</source>
        <translation>Indiquez le numéro de téléphone de votre équipe soignante sur l’écran «&#xa0;Bienvenue&#xa0;» pour qu’il s’affiche ici.</translation>
    </message>
</context>
<context>
    <name>AgentNotice</name>
    <message>
        <source>vertprep reminders</source>
        <translation>Rappels de vertprep</translation>
    </message>
    <message>
        <source>While vertprep was closed: {count} reminders</source>
        <translation>Pendant que vertprep était fermé&#xa0;: {count} rappels</translation>
    </message>
    <message>
        <source>While vertprep was closed: a reminder</source>
        <translation>Pendant que vertprep était fermé&#xa0;: un rappel</translation>
    </message>
    <message>
        <source>vertprep: {count} reminders</source>
        <translation>vertprep&#xa0;: {count} rappels</translation>
    </message>
    <message>
        <source>vertprep reminder</source>
        <translation>Rappel de vertprep</translation>
    </message>
    <message>
        <source>{title} – for {name}</source>
        <translation>{title} – pour {name}</translation>
    </message>
    <message>
        <source>{status}: {text}</source>
        <translation>{status}&#xa0;: {text}</translation>
    </message>
    <message>
        <source>and {count} more in vertprep</source>
        <translation>et {count} autres dans vertprep</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Remind me tomorrow</source>
        <translation>Me le rappeler demain</translation>
    </message>
    <message>
        <source>Open vertprep</source>
        <translation>Ouvrir vertprep</translation>
    </message>
    <message>
        <source>This computer could not show vertprep&apos;s reminders while vertprep is closed: it has no notification area. Export your plan to your calendar instead, and your calendar will remind you.</source>
        <translation>Cet ordinateur n’a pas pu afficher les rappels de vertprep pendant que vertprep est fermé&#xa0;: il n’a pas de zone de notification. Exportez plutôt votre plan vers votre calendrier, qui vous le rappellera.</translation>
    </message>
    <message>
        <source>Stop reminders until the next login</source>
        <translation>Arrêter les rappels jusqu’à la prochaine connexion</translation>
    </message>
</context>
<context>
    <name>BackgroundRemindersCard</name>
    <message>
        <source>vertprep could not change what starts when you log in. Nothing was changed. ({reason})</source>
        <translation>vertprep n’a pas pu modifier ce qui démarre à l’ouverture de session. Rien n’a été modifié. ({reason})</translation>
    </message>
    <message>
        <source>When vertprep is closed</source>
        <translation>Quand vertprep est fermé</translation>
    </message>
    <message>
        <source>Remind me even when vertprep is closed</source>
        <translation>Me rappeler même quand vertprep est fermé</translation>
    </message>
    <message>
        <source>vertprep then starts a small helper when you log in to this computer. It shows each reminder as a message on your screen when it is due, again an hour later, and every morning until you tick the step, dismiss the reminder or choose to be reminded tomorrow.</source>
        <translation>vertprep lance alors un petit assistant quand vous ouvrez une session sur cet ordinateur. Il affiche chaque rappel comme un message à l’écran quand il arrive, de nouveau une heure plus tard, puis chaque matin jusqu’à ce que vous cochiez l’étape, ignoriez le rappel ou choisissiez de vous le faire rappeler demain.</translation>
    </message>
    <message>
        <source>Export to calendar…</source>
        <translation>Exporter vers le calendrier…</translation>
    </message>
</context>
<context>
    <name>BackupDialogs</name>
    <message>
        <source>Back up</source>
        <translation>Sauvegarder</translation>
    </message>
    <message>
        <source>The backup could not be saved here:
{path}
Please choose another folder.</source>
        <translation>La sauvegarde n’a pas pu être enregistrée ici&#xa0;:
{path}
Veuillez choisir un autre dossier.</translation>
    </message>
    <message>
        <source>Every patient&apos;s plan, ticks, notes and reminders are saved in:
{path}

Keep this file somewhere safe, for example on a USB stick. To bring the data back, use File › Restore.</source>
        <translation>Le programme, les coches, les notes et les rappels de tous les patients sont enregistrés dans&#xa0;:
{path}

Gardez ce fichier en lieu sûr, par exemple sur une clé USB. Pour récupérer les données, utilisez Fichier › Restaurer.</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of vertprep. Please install the newer version to restore it.</source>
        <translation>Cette sauvegarde a été faite par une version plus récente de vertprep. Veuillez installer cette version plus récente pour la restaurer.</translation>
    </message>
    <message>
        <source>This backup is damaged or incomplete, so it cannot be restored.</source>
        <translation>Cette sauvegarde est endommagée ou incomplète&#xa0;: elle ne peut pas être restaurée.</translation>
    </message>
    <message>
        <source>This file is not a vertprep backup.</source>
        <translation>Ce fichier n’est pas une sauvegarde de vertprep.</translation>
    </message>
    <message>
        <source>This file cannot be read.</source>
        <translation>Ce fichier ne peut pas être lu.</translation>
    </message>
    <message>
        <source>{reason}

Nothing was changed.
{path}</source>
        <translation>{reason}

Rien n’a été modifié.
{path}</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>The backup is restored.</source>
        <translation>La sauvegarde est restaurée.</translation>
    </message>
    <message>
        <source>The data as it was before is kept in:
{path}</source>
        <translation>Les données telles qu’elles étaient avant sont conservées dans&#xa0;:
{path}</translation>
    </message>
    <message>
        <source>Replace all the data on this computer with the backup ({count} patients)?

The data as it is now is kept as a safety copy first.</source>
        <translation>Remplacer toutes les données de cet ordinateur par la sauvegarde ({count} patients)&#xa0;?

Les données actuelles sont d’abord conservées dans une copie de sécurité.</translation>
    </message>
    <message>
        <source>Replace all the data</source>
        <translation>Remplacer toutes les données</translation>
    </message>
    <message>
        <source>This backup holds the plan of {name}.</source>
        <translation>Cette sauvegarde contient le programme de {name}.</translation>
    </message>
    <message>
        <source>Add as a new patient</source>
        <translation>Ajouter comme nouveau patient</translation>
    </message>
    <message>
        <source>{name} is already on this computer. Replace their plan with the backup, or add the backup as another patient?</source>
        <translation>{name} est déjà sur cet ordinateur. Remplacer son programme par la sauvegarde, ou ajouter la sauvegarde comme un autre patient&#xa0;?</translation>
    </message>
    <message>
        <source>Replace {name}</source>
        <translation>Remplacer {name}</translation>
    </message>
</context>
<context>
    <name>BeforeScreen</name>
    <message>
        <source>Before the procedure</source>
        <translation>Avant l’intervention</translation>
    </message>
    <message>
        <source>Tick each step when it is done. In the notes, write what your care team told you, for example when to stop a medicine.</source>
        <translation>Cochez chaque étape quand elle est faite. Dans les notes, écrivez ce que votre équipe soignante vous a dit, par exemple quand arrêter un médicament.</translation>
    </message>
</context>
<context>
    <name>CalendarDialog</name>
    <message>
        <source>Export to calendar</source>
        <translation>Exporter vers le calendrier</translation>
    </message>
    <message>
        <source>A calendar file is often copied to a calendar service on the internet, where it is kept on another company&apos;s computers. Your notes stay out of it unless you tick the box below.</source>
        <translation>Un fichier de calendrier est souvent copié vers un service de calendrier sur Internet, où il est conservé sur les ordinateurs d’une autre entreprise. Vos notes n’y figurent que si vous cochez la case ci-dessous.</translation>
    </message>
    <message>
        <source>Put my notes in it too</source>
        <translation>Y mettre aussi mes notes</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Fichiers de calendrier (*.ics)</translation>
    </message>
    <message>
        <source>There is nothing to put in your calendar yet. Enter your procedure date first, or add a reminder of your own.</source>
        <translation>Il n’y a encore rien à mettre dans votre calendrier. Indiquez d’abord la date de votre intervention, ou ajoutez un rappel personnel.</translation>
    </message>
    <message>
        <source>The calendar file could not be saved here:
{path}
Please choose another folder.</source>
        <translation>Le fichier de calendrier n’a pas pu être enregistré ici&#xa0;:
{path}
Veuillez choisir un autre dossier.</translation>
    </message>
    <message>
        <source>Your calendar file is saved ({count} events):
{path}

Open it with the calendar on your phone or computer. If you export again after a change, the same events are updated, not added twice.</source>
        <translation>Votre fichier de calendrier est enregistré (nombre d’événements&#xa0;: {count})&#xa0;:
{path}

Ouvrez-le avec le calendrier de votre téléphone ou de votre ordinateur. Si vous l’exportez à nouveau après une modification, les mêmes événements sont mis à jour, et non ajoutés une deuxième fois.</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <source>Your vertebroplasty plan</source>
        <translation>Votre programme de vertébroplastie</translation>
    </message>
    <message>
        <source>Tomorrow: {title}</source>
        <translation>Demain&#xa0;: {title}</translation>
    </message>
    <message>
        <source>In one week: {title}. Make an appointment if you have none yet.</source>
        <translation>Dans une semaine&#xa0;: {title}. Prenez rendez-vous si vous n’en avez pas encore.</translation>
    </message>
    <message>
        <source>From today: {title}, between {first} and {last}.</source>
        <translation>À partir d’aujourd’hui&#xa0;: {title}, entre le {first} et le {last}.</translation>
    </message>
    <message>
        <source>Between {first} and {last}.</source>
        <translation>Entre le {first} et le {last}.</translation>
    </message>
    <message>
        <source>Do this by {date}.</source>
        <translation>À faire au plus tard le {date}.</translation>
    </message>
    <message>
        <source>Your note: {note}</source>
        <translation>Votre note&#xa0;: {note}</translation>
    </message>
    <message>
        <source>vertprep gives general information. Your care team decides what is right for you: follow their instructions.</source>
        <translation>vertprep donne des informations générales. Votre équipe soignante décide de ce qui vous convient&#xa0;: suivez ses instructions.</translation>
    </message>
    <message>
        <source>Your vertebroplasty</source>
        <translation>Votre vertébroplastie</translation>
    </message>
    <message>
        <source>Arrive at {time}.</source>
        <translation>Arrivée à {time}.</translation>
    </message>
    <message>
        <source>Arrive at {time} at {place}.</source>
        <translation>Arrivée à {time} ({place}).</translation>
    </message>
    <message>
        <source>{title}: {text}</source>
        <translation>{title} : {text}</translation>
    </message>
    <message>
        <source>Follow your care team&apos;s instructions about eating, drinking and your medicines.</source>
        <translation>Suivez les instructions de votre équipe soignante pour manger, boire et prendre vos médicaments.</translation>
    </message>
    <message>
        <source>Tomorrow: your vertebroplasty. Arrive at {time}.</source>
        <translation>Demain&#xa0;: votre vertébroplastie. Arrivée à {time}.</translation>
    </message>
    <message>
        <source>Tomorrow: your vertebroplasty.</source>
        <translation>Demain&#xa0;: votre vertébroplastie.</translation>
    </message>
    <message>
        <source>Get ready to leave: you are expected at the hospital at {time}.</source>
        <translation>Préparez-vous à partir&#xa0;: on vous attend à l’hôpital à {time}.</translation>
    </message>
    <message>
        <source>Your own reminder, from vertprep.</source>
        <translation>Votre rappel personnel, créé dans vertprep.</translation>
    </message>
    <message>
        <source>Pain check-in: {name}</source>
        <translation>Point sur la douleur : {name}</translation>
    </message>
    <message>
        <source>Open vertprep and answer the check-in: your pain now, and the warning signs. vertprep sends nothing to anyone and nobody watches the answers: if you have a warning sign, call your care team, or in an emergency your emergency number.</source>
        <translation>Ouvrez vertprep et répondez au point : votre douleur maintenant, et les signes d’alerte. vertprep n’envoie rien à personne et personne ne surveille les réponses : si vous avez un signe d’alerte, appelez votre équipe soignante, ou en cas d’urgence le numéro d’urgence.</translation>
    </message>
</context>
<context>
    <name>CareTeamDialog</name>
    <message>
        <source>The plan has problems to fix first:

{problems}</source>
        <translation>Le plan a des problèmes à corriger d’abord :

{problems}</translation>
    </message>
    <message>
        <source>Save the care team&apos;s plan</source>
        <translation>Enregistrer le plan de l’équipe soignante</translation>
    </message>
    <message>
        <source>The plan could not be saved here:
{path}</source>
        <translation>Le plan n’a pas pu être enregistré ici :
{path}</translation>
    </message>
    <message>
        <source>The plan is saved:
{path}

On a patient&apos;s computer, open it with File › Open care team plan…</source>
        <translation>Le plan est enregistré :
{path}

Sur l’ordinateur d’un patient, ouvrez-le avec Fichier › Ouvrir le plan de l’équipe soignante…</translation>
    </message>
    <message>
        <source>The plan could not be saved for this patient.</source>
        <translation>Le plan n’a pas pu être enregistré pour ce patient.</translation>
    </message>
    <message>
        <source>This patient&apos;s screens now follow this plan. Ticks and notes are kept.</source>
        <translation>Les écrans de ce patient suivent maintenant ce plan. Les coches et les notes sont conservées.</translation>
    </message>
    <message>
        <source>Care team: the team&apos;s plan</source>
        <translation>Équipe soignante : le plan de l’équipe</translation>
    </message>
    <message>
        <source>For the care team. Set up your team&apos;s plan once: contacts, instructions, steps and times. Save it to a file to give to patients, or use it for this patient.</source>
        <translation>Pour l’équipe soignante. Préparez une fois le plan de votre équipe : contacts, instructions, étapes et heures. Enregistrez-le dans un fichier à remettre aux patients, ou utilisez-le pour ce patient.</translation>
    </message>
    <message>
        <source>Language of the texts you write:</source>
        <translation>Langue des textes que vous écrivez :</translation>
    </message>
    <message>
        <source>Where a patient&apos;s language is missing, show the texts in:</source>
        <translation>Si la langue du patient manque, montrer les textes en :</translation>
    </message>
    <message>
        <source>Write your team&apos;s own instructions. Patients see them as you write them, beside the steps they belong to.</source>
        <translation>Écrivez les instructions propres à votre équipe. Les patients les voient telles que vous les écrivez, à côté des étapes concernées.</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Instructions</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>The day</source>
        <translation>Le jour</translation>
    </message>
    <message>
        <source>Save to file…</source>
        <translation>Enregistrer dans un fichier…</translation>
    </message>
    <message>
        <source>Use for this patient</source>
        <translation>Utiliser pour ce patient</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>CareTeamNote</name>
    <message>
        <source>This app gives general information. Your care team decides what is right for you: follow their instructions.</source>
        <translation>Cette application donne des informations générales. Votre équipe soignante décide de ce qui vous convient&#xa0;: suivez ses instructions.</translation>
    </message>
</context>
<context>
    <name>CheckIn</name>
    <message>
        <source>Before the procedure</source>
        <translation>Avant l’intervention</translation>
    </message>
    <message>
        <source>One day after</source>
        <translation>Un jour après</translation>
    </message>
    <message>
        <source>One week after</source>
        <translation>Une semaine après</translation>
    </message>
    <message>
        <source>Two weeks after</source>
        <translation>Deux semaines après</translation>
    </message>
    <message>
        <source>One month after</source>
        <translation>Un mois après</translation>
    </message>
    <message>
        <source>Three months after</source>
        <translation>Trois mois après</translation>
    </message>
    <message>
        <source>Six months after</source>
        <translation>Six mois après</translation>
    </message>
    <message>
        <source>One year after</source>
        <translation>Un an après</translation>
    </message>
</context>
<context>
    <name>CheckInDialog</name>
    <message>
        <source>Call the emergency number now</source>
        <translation>Appelez tout de suite le numéro d’urgence</translation>
    </message>
    <message>
        <source>Your local emergency number</source>
        <translation>Le numéro d’urgence de votre pays</translation>
    </message>
    <message>
        <source>Do not wait for the end of the questions. Call now.</source>
        <translation>N’attendez pas la fin des questions. Appelez maintenant.</translation>
    </message>
    <message>
        <source>Call your care team today</source>
        <translation>Appelez votre équipe soignante aujourd’hui</translation>
    </message>
    <message>
        <source>Your care team&apos;s number is not entered in vertprep yet.</source>
        <translation>Le numéro de votre équipe soignante n’est pas encore indiqué dans vertprep.</translation>
    </message>
    <message>
        <source>Call them today, even if you feel better later.</source>
        <translation>Appelez-les aujourd’hui, même si vous vous sentez mieux ensuite.</translation>
    </message>
    <message>
        <source>Your answers could not be saved.</source>
        <translation>Vos réponses n’ont pas pu être enregistrées.</translation>
    </message>
    <message>
        <source>Thank you. Your answers are saved in your diary. If something worries you, call your care team.</source>
        <translation>Merci. Vos réponses sont enregistrées dans votre journal. Si quelque chose vous inquiète, appelez votre équipe soignante.</translation>
    </message>
    <message>
        <source>Your answers are saved in your diary.</source>
        <translation>Vos réponses sont enregistrées dans votre journal.</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Point de suivi</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Check-in: {name}</source>
        <translation>Point de suivi : {name}</translation>
    </message>
    <message>
        <source>Your pain now, from 0 to 10:</source>
        <translation>Votre douleur maintenant, de 0 à 10 :</translation>
    </message>
    <message>
        <source>Next: warning signs</source>
        <translation>Suite : signes d’alerte</translation>
    </message>
    <message>
        <source>Do you have any of these now?</source>
        <translation>Avez-vous l’un de ces signes maintenant ?</translation>
    </message>
    <message>
        <source>Signs to call the emergency number for:</source>
        <translation>Signes pour lesquels appeler le numéro d’urgence :</translation>
    </message>
    <message>
        <source>Signs to call your care team for the same day:</source>
        <translation>Signes pour lesquels appeler votre équipe soignante le jour même :</translation>
    </message>
    <message>
        <source>Save my answers</source>
        <translation>Enregistrer mes réponses</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>ChecklistRow</name>
    <message>
        <source>What your care team told you to do:</source>
        <translation>Ce que votre équipe soignante vous a demandé de faire&#xa0;:</translation>
    </message>
    <message>
        <source>Your note:</source>
        <translation>Votre note&#xa0;:</translation>
    </message>
    <message>
        <source>{status}. {due}</source>
        <translation>{status}. {due}</translation>
    </message>
    <message>
        <source>Note for: {title}</source>
        <translation>Note pour&#xa0;: {title}</translation>
    </message>
    <message>
        <source>Write here what your care team told you.</source>
        <translation>Écrivez ici ce que votre équipe soignante vous a dit.</translation>
    </message>
    <message>
        <source>Write a note</source>
        <translation>Écrire une note</translation>
    </message>
    <message>
        <source>Write a note for: {title}</source>
        <translation>Écrire une note pour&#xa0;: {title}</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>vertprep could not save your last change, so it was not kept: your data file is read-only.</source>
        <translation>vertprep n’a pas pu enregistrer votre dernière modification : elle n’a pas été gardée, car votre fichier de données est en lecture seule.</translation>
    </message>
    <message>
        <source>vertprep could not save your last change, so it was not kept: another program is using your data. Please close it, then try again.</source>
        <translation>vertprep n’a pas pu enregistrer votre dernière modification : elle n’a pas été gardée, car un autre programme utilise vos données. Fermez-le, puis réessayez.</translation>
    </message>
    <message>
        <source>vertprep could not save your last change, so it was not kept. Please check that the computer&apos;s disk is not full, then try again.</source>
        <translation>vertprep n’a pas pu enregistrer votre dernière modification&#xa0;: elle n’a pas été gardée. Vérifiez que le disque de l’ordinateur n’est pas plein, puis réessayez.</translation>
    </message>
    <message>
        <source>Something went wrong. Your ticks and notes are saved. If this happens again, please tell the people who make vertprep.</source>
        <translation>Un problème est survenu. Vos cases cochées et vos notes sont enregistrées. Si cela se reproduit, merci de prévenir les personnes qui développent vertprep.</translation>
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
        <translation>Le jour de l’intervention</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source>Enter your procedure date and arrival time to see the times of the day.</source>
        <translation>Indiquez la date de votre intervention et votre heure d’arrivée pour voir les heures de la journée.</translation>
    </message>
    <message>
        <source>{date}, arrival at {time}</source>
        <translation>{date}, arrivée à {time}</translation>
    </message>
    <message>
        <source>Hospital or clinic: {place}</source>
        <translation>Hôpital ou clinique&#xa0;: {place}</translation>
    </message>
    <message>
        <source>about {time}</source>
        <translation>vers {time}</translation>
    </message>
    <message>
        <source>{time}: {stage}</source>
        <translation>{time}&#xa0;: {stage}</translation>
    </message>
</context>
<context>
    <name>DayTab</name>
    <message>
        <source>Tick a stage to give its time, in minutes after the patient&apos;s arrival. Stages without a time are shown in order, with no clock time.</source>
        <translation>Cochez une étape pour donner son heure, en minutes après l’arrivée du patient. Les étapes sans heure sont montrées dans l’ordre, sans heure.</translation>
    </message>
    <message>
        <source>Reminder to leave, hours before arrival:</source>
        <translation>Rappel pour partir, heures avant l’arrivée :</translation>
    </message>
    <message>
        <source>Reminder the evening before, at:</source>
        <translation>Rappel la veille au soir, à :</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes after arrival: {stage}</source>
        <translation>Minutes après l’arrivée : {stage}</translation>
    </message>
</context>
<context>
    <name>DetailsForm</name>
    <message>
        <source>Date of your procedure</source>
        <translation>Date de votre intervention</translation>
    </message>
    <message>
        <source>A date from {first} to {last}</source>
        <translation>Une date du {first} au {last}</translation>
    </message>
    <message>
        <source>Not scheduled yet</source>
        <translation>Pas encore fixée</translation>
    </message>
    <message>
        <source>No date chosen yet</source>
        <translation>Pas encore de date choisie</translation>
    </message>
    <message>
        <source>Arrival time at the hospital</source>
        <translation>Heure d’arrivée à l’hôpital</translation>
    </message>
    <message>
        <source>Arrival time not known yet</source>
        <translation>Heure pas encore connue</translation>
    </message>
    <message>
        <source>Hospital or clinic (optional)</source>
        <translation>Hôpital ou clinique (facultatif)</translation>
    </message>
    <message>
        <source>Your name (optional)</source>
        <translation>Votre nom (facultatif)</translation>
    </message>
    <message>
        <source>Your care team&apos;s phone number</source>
        <translation>Numéro de téléphone de votre équipe soignante</translation>
    </message>
    <message>
        <source>For example +44 20 7946 0000</source>
        <translation>Par exemple +44 20 7946 0000</translation>
    </message>
    <message>
        <source>A phone number can only contain digits, spaces and + ( ) - . /, and an extension such as “ext. 12”.</source>
        <translation>Un numéro de téléphone ne peut contenir que des chiffres, des espaces et + ( ) - . /, et un poste comme «&#xa0;ext. 12&#xa0;».</translation>
    </message>
    <message>
        <source>Hospital or clinic</source>
        <translation>Hôpital ou clinique</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>Up and Down change the day, month or year; Left and Right move between them.</source>
        <translation>Les flèches haut et bas changent le jour, le mois ou l’année&#xa0;; les flèches gauche et droite passent de l’un à l’autre.</translation>
    </message>
    <message>
        <source>Type the time, or use the Up and Down arrow keys.</source>
        <translation>Tapez l’heure, ou utilisez les flèches haut et bas.</translation>
    </message>
</context>
<context>
    <name>DiaryExportDialog</name>
    <message>
        <source>Export your pain diary</source>
        <translation>Exporter votre journal de la douleur</translation>
    </message>
    <message>
        <source>Pain diary</source>
        <translation>Journal de la douleur</translation>
    </message>
    <message>
        <source>Spreadsheet files (*.csv)</source>
        <translation>Fichiers de tableur (*.csv)</translation>
    </message>
    <message>
        <source>The diary could not be saved here:
{path}
Please choose another folder.</source>
        <translation>Le journal n’a pas pu être enregistré ici :
{path}
Veuillez choisir un autre dossier.</translation>
    </message>
    <message>
        <source>Diary entries saved: {count}. The file:
{path}</source>
        <translation>Entrées du journal enregistrées : {count}. Le fichier :
{path}</translation>
    </message>
</context>
<context>
    <name>DiaryTable</name>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Pain (0–10)</source>
        <translation>Douleur (0–10)</translation>
    </message>
    <message>
        <source>Walking</source>
        <translation>Marche</translation>
    </message>
    <message>
        <source>Pain medicine</source>
        <translation>Médicament contre la douleur</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Your pain diary</source>
        <translation>Votre journal de la douleur</translation>
    </message>
</context>
<context>
    <name>DiaryText</name>
    <message>
        <source>0 = no pain</source>
        <translation>0 = pas de douleur</translation>
    </message>
    <message>
        <source>10 = the worst pain you can imagine</source>
        <translation>10 = la pire douleur que vous puissiez imaginer</translation>
    </message>
    <message>
        <source>Not at all</source>
        <translation>Pas du tout</translation>
    </message>
    <message>
        <source>Only indoors</source>
        <translation>Seulement à l’intérieur</translation>
    </message>
    <message>
        <source>A short walk outside</source>
        <translation>Une courte marche dehors</translation>
    </message>
    <message>
        <source>A long walk outside</source>
        <translation>Une longue marche dehors</translation>
    </message>
    <message>
        <source>Choose how strong your pain is, from 0 to 10. Nothing was saved.</source>
        <translation>Choisissez l’intensité de votre douleur, de 0 à 10. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>The pain score must be a number from 0 to 10. Nothing was saved.</source>
        <translation>Le score de douleur doit être un nombre de 0 à 10. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>This day has not come yet. Choose today or an earlier day. Nothing was saved.</source>
        <translation>Ce jour n’est pas encore arrivé. Choisissez aujourd’hui ou un jour précédent. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>There is already an entry for this day. Change that entry instead. Nothing was saved.</source>
        <translation>Il y a déjà une entrée pour ce jour. Modifiez plutôt cette entrée. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>The note is too long. Nothing was saved.</source>
        <translation>La note est trop longue. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>This entry no longer exists. Nothing was saved.</source>
        <translation>Cette entrée n’existe plus. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>Non indiqué</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>No pain scores are written down yet.</source>
        <translation>Aucun score de douleur n’est encore noté.</translation>
    </message>
    <message>
        <source>Your usual pain before the procedure: {before} out of 10. No score after the procedure yet.</source>
        <translation>Votre douleur habituelle avant l’intervention : {before} sur 10. Pas encore de score après l’intervention.</translation>
    </message>
    <message>
        <source>Your latest pain score: {now} out of 10, on {date}.</source>
        <translation>Votre dernier score de douleur : {now} sur 10, le {date}.</translation>
    </message>
    <message>
        <source>It went down by {points}.</source>
        <translation>Elle a baissé de {points} points.</translation>
    </message>
    <message>
        <source>It went up by {points}.</source>
        <translation>Elle a augmenté de {points} points.</translation>
    </message>
    <message>
        <source>It is the same as before.</source>
        <translation>Elle est la même qu’avant.</translation>
    </message>
    <message>
        <source>Your pain was {before} out of 10 before the procedure, and {now} out of 10 on {date} (day {days} after it).</source>
        <translation>Votre douleur était de {before} sur 10 avant l’intervention, et de {now} sur 10 le {date} (jour {days} après).</translation>
    </message>
    <message>
        <source>Pain (0–10)</source>
        <translation>Douleur (0–10)</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Intervention</translation>
    </message>
    <message>
        <source>Usual pain before: {score}</source>
        <translation>Douleur habituelle avant : {score}</translation>
    </message>
    <message>
        <source>No pain scores yet</source>
        <translation>Pas encore de score de douleur</translation>
    </message>
    <message>
        <source>■ a day before the procedure   ● a day after it   │ the procedure day   – – your usual pain before it</source>
        <translation>■ un jour avant l’intervention   ● un jour après   │ le jour de l’intervention   – – votre douleur habituelle avant</translation>
    </message>
    <message>
        <source>Chart of your pain over time</source>
        <translation>Graphique de votre douleur au fil du temps</translation>
    </message>
</context>
<context>
    <name>HelpScreen</name>
    <message>
        <source>Help and keyboard</source>
        <translation>Aide et clavier</translation>
    </message>
    <message>
        <source>You can use vertprep with the keyboard alone. The button, box or field that the keyboard is on has a thick outline.</source>
        <translation>Vous pouvez utiliser vertprep uniquement avec le clavier. Le bouton, la case ou le champ où se trouve le clavier est entouré d’un cadre épais.</translation>
    </message>
    <message>
        <source>Moving around</source>
        <translation>Se déplacer</translation>
    </message>
    <message>
        <source>Go to the next button, box or field.</source>
        <translation>Aller au bouton, à la case ou au champ suivant.</translation>
    </message>
    <message>
        <source>Go back to the previous one.</source>
        <translation>Revenir au précédent.</translation>
    </message>
    <message>
        <source>Tick or untick the step you are on, or press the button.</source>
        <translation>Cocher ou décocher l’étape où vous êtes, ou appuyer sur le bouton.</translation>
    </message>
    <message>
        <source>In the list of screens: choose a screen.</source>
        <translation>Dans la liste des écrans&#xa0;: choisir un écran.</translation>
    </message>
    <message>
        <source>Undo the last tick, untick or pain diary change. In a note, it undoes your typing instead.</source>
        <translation>Annuler la dernière case cochée ou décochée, ou la dernière modification du journal de la douleur. Dans une note, cela annule plutôt ce que vous avez tapé.</translation>
    </message>
    <message>
        <source>The buttons A− and A+ at the top make the text smaller or larger, up to twice the normal size; the button between them shows the size and sets it back to normal. High contrast shows white and yellow text on black. vertprep remembers your choice.</source>
        <translation>Les boutons A− et A+ en haut rendent le texte plus petit ou plus grand, jusqu’à deux fois la taille normale&#xa0;; le bouton entre les deux affiche la taille et la remet à la normale. Le contraste élevé affiche le texte en blanc et jaune sur fond noir. vertprep retient votre choix.</translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation>Raccourcis</translation>
    </message>
    <message>
        <source>Larger text and high contrast</source>
        <translation>Texte plus grand et contraste élevé</translation>
    </message>
    <message>
        <source>Screen readers</source>
        <translation>Lecteurs d’écran</translation>
    </message>
    <message>
        <source>vertprep works with screen readers such as NVDA, JAWS, VoiceOver and Orca. Each step says whether it is done and when it is due.</source>
        <translation>vertprep fonctionne avec des lecteurs d’écran comme NVDA, JAWS, VoiceOver et Orca. Chaque étape indique si elle est faite et pour quand elle est prévue.</translation>
    </message>
</context>
<context>
    <name>LanguageChooser</name>
    <message>
        <source>Language:</source>
        <translation>Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Show vertprep in another language</source>
        <translation>Afficher vertprep dans une autre langue</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Show vertprep in another language</source>
        <translation>Afficher vertprep dans une autre langue</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>vertprep: getting ready for vertebroplasty</source>
        <translation>vertprep&#xa0;: se préparer à une vertébroplastie</translation>
    </message>
    <message>
        <source>{name}: {title}</source>
        <translation>{name}&#xa0;: {title}</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>About vertprep</source>
        <translation>À propos de vertprep</translation>
    </message>
    <message>
        <source>vertprep {version}

Helps you prepare for vertebroplasty and follow up afterwards. It gives general information; your care team decides what is right for you.</source>
        <translation>vertprep {version}

Cette application vous aide à vous préparer à une vertébroplastie et à assurer le suivi après l’intervention. Elle donne des informations générales&#xa0;; votre équipe soignante décide de ce qui vous convient.</translation>
    </message>
</context>
<context>
    <name>NavigationBar</name>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>{done} of {total} steps done</source>
        <translation>Étapes faites&#xa0;: {done} sur {total}</translation>
    </message>
    <message>
        <source>Previous screen (Alt+Left)</source>
        <translation>Écran précédent (Alt+Gauche)</translation>
    </message>
    <message>
        <source>Next screen (Alt+Right)</source>
        <translation>Écran suivant (Alt+Droite)</translation>
    </message>
    <message>
        <source>Goes to the previous screen.</source>
        <translation>Va à l’écran précédent.</translation>
    </message>
    <message>
        <source>Goes to the next screen.</source>
        <translation>Va à l’écran suivant.</translation>
    </message>
</context>
<context>
    <name>OverviewScreen</name>
    <message>
        <source>Overview</source>
        <translation>Vue d’ensemble</translation>
    </message>
    <message>
        <source>Enter your procedure date</source>
        <translation>Indiquer la date de votre intervention</translation>
    </message>
    <message>
        <source>Your own reminders</source>
        <translation>Vos rappels personnels</translation>
    </message>
    <message>
        <source>Add a reminder</source>
        <translation>Ajouter un rappel</translation>
    </message>
    <message>
        <source>Hello, {name}.</source>
        <translation>Bonjour {name}.</translation>
    </message>
    <message>
        <source>Enter the date when you know it: the dates of every step follow.</source>
        <translation>Indiquez la date dès que vous la connaissez&#xa0;: les dates de toutes les étapes sont calculées à partir d’elle.</translation>
    </message>
    <message>
        <source>Procedure: {date}.</source>
        <translation>Intervention&#xa0;: {date}.</translation>
    </message>
    <message>
        <source>Procedure: {date}. Arrive at {time}.</source>
        <translation>Intervention&#xa0;: {date}. Arrivée à {time}.</translation>
    </message>
    <message>
        <source>Hospital or clinic: {place}</source>
        <translation>Hôpital ou clinique&#xa0;: {place}</translation>
    </message>
    <message>
        <source>Your follow-up consultation: between {first} and {last}.</source>
        <translation>Votre consultation de suivi&#xa0;: entre le {first} et le {last}.</translation>
    </message>
    <message>
        <source>Your procedure date is not set yet.</source>
        <translation>La date de votre intervention n’est pas encore fixée.</translation>
    </message>
    <message>
        <source>Your procedure is today.</source>
        <translation>Votre intervention a lieu aujourd’hui.</translation>
    </message>
    <message>
        <source>Your procedure is tomorrow.</source>
        <translation>Votre intervention a lieu demain.</translation>
    </message>
    <message>
        <source>Your procedure is in {days} days.</source>
        <translation>Votre intervention a lieu dans {days} jours.</translation>
    </message>
    <message>
        <source>Your procedure was yesterday.</source>
        <translation>Votre intervention a eu lieu hier.</translation>
    </message>
    <message>
        <source>Your procedure was {days} days ago.</source>
        <translation>Votre intervention a eu lieu il y a {days} jours.</translation>
    </message>
    <message>
        <source>Every step is done. Well done!</source>
        <translation>Toutes les étapes sont faites. Bravo&#xa0;!</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Prochaine étape</translation>
    </message>
    <message>
        <source>Open the checklist</source>
        <translation>Ouvrir la liste des étapes</translation>
    </message>
    <message>
        <source>Open the after plan</source>
        <translation>Ouvrir la page «&#xa0;Après l’intervention&#xa0;»</translation>
    </message>
    <message>
        <source>None yet. Add your own, such as “call the pharmacy”.</source>
        <translation>Aucun pour l’instant. Ajoutez les vôtres, par exemple «&#xa0;appeler la pharmacie&#xa0;».</translation>
    </message>
    <message>
        <source>{when}: {text}</source>
        <translation>{when}&#xa0;: {text}</translation>
    </message>
    <message>
        <source>More reminders: {count}</source>
        <translation>Autres rappels&#xa0;: {count}</translation>
    </message>
</context>
<context>
    <name>OwnReminderText</name>
    <message>
        <source>{date}, {time}</source>
        <translation>{date} à {time}</translation>
    </message>
</context>
<context>
    <name>OwnRemindersScreen</name>
    <message>
        <source>Your own reminders</source>
        <translation>Vos rappels personnels</translation>
    </message>
    <message>
        <source>Your reminder is saved.</source>
        <translation>Votre rappel est enregistré.</translation>
    </message>
    <message>
        <source>Write what the reminder is about, for example “call the pharmacy”. Nothing was saved.</source>
        <translation>Écrivez l’objet du rappel, par exemple «&#xa0;appeler la pharmacie&#xa0;». Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>This reminder is too long. Nothing was saved.</source>
        <translation>Ce rappel est trop long. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>This day has passed. Choose today or a later day. Nothing was saved.</source>
        <translation>Ce jour est passé. Choisissez aujourd’hui ou un jour plus tard. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>Delete reminder</source>
        <translation>Supprimer le rappel</translation>
    </message>
    <message>
        <source>Delete the reminder “{text}”?</source>
        <translation>Supprimer le rappel «&#xa0;{text}&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Le garder</translation>
    </message>
    <message>
        <source>Add a reminder</source>
        <translation>Ajouter un rappel</translation>
    </message>
    <message>
        <source>Add reminder</source>
        <translation>Ajouter le rappel</translation>
    </message>
    <message>
        <source>Change this reminder</source>
        <translation>Modifier ce rappel</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Enregistrer les modifications</translation>
    </message>
    <message>
        <source>Add reminders of your own, such as “ask about Prolia” or “call the pharmacy”. They appear on the overview, in your calendar when you export it, and on the printed plan.</source>
        <translation>Ajoutez vos propres rappels, par exemple «&#xa0;poser une question sur Prolia&#xa0;» ou «&#xa0;appeler la pharmacie&#xa0;». Ils s’affichent dans la vue d’ensemble, dans votre calendrier quand vous l’exportez, et sur le programme imprimé.</translation>
    </message>
    <message>
        <source>What do you want to remember?</source>
        <translation>De quoi voulez-vous vous souvenir&#xa0;?</translation>
    </message>
    <message>
        <source>For example: call the pharmacy</source>
        <translation>Par exemple&#xa0;: appeler la pharmacie</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Day of the reminder</source>
        <translation>Jour du rappel</translation>
    </message>
    <message>
        <source>At a set time</source>
        <translation>À une heure précise</translation>
    </message>
    <message>
        <source>Time of the reminder</source>
        <translation>Heure du rappel</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Your reminders</source>
        <translation>Vos rappels</translation>
    </message>
    <message>
        <source>Put your plan and your reminders in the calendar on your phone or computer, so they reach you when this app is closed.</source>
        <translation>Mettez votre programme et vos rappels dans le calendrier de votre téléphone ou de votre ordinateur&#xa0;: ils vous parviendront même quand cette application est fermée.</translation>
    </message>
    <message>
        <source>Export to calendar…</source>
        <translation>Exporter vers le calendrier…</translation>
    </message>
    <message>
        <source>You have no reminders of your own yet.</source>
        <translation>Vous n’avez pas encore de rappel personnel.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Change “{text}”</source>
        <translation>Modifier «&#xa0;{text}&#xa0;»</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete “{text}”</source>
        <translation>Supprimer «&#xa0;{text}&#xa0;»</translation>
    </message>
</context>
<context>
    <name>PainScale</name>
    <message>
        <source>Pain {score} out of 10</source>
        <translation>Douleur {score} sur 10</translation>
    </message>
    <message>
        <source>Pain now, 0 to 10</source>
        <translation>Douleur maintenant, de 0 à 10</translation>
    </message>
</context>
<context>
    <name>PatientActions</name>
    <message>
        <source>P&amp;atients…</source>
        <translation>P&amp;atients…</translation>
    </message>
    <message>
        <source>Open, add or manage the patients on this computer</source>
        <translation>Ouvrir, ajouter ou gérer les patients de cet ordinateur</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;Sauvegarder…</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
</context>
<context>
    <name>PatientBanner</name>
    <message>
        <source>Plan of {name}</source>
        <translation>Programme de {name}</translation>
    </message>
    <message>
        <source>Switch patient…</source>
        <translation>Changer de patient…</translation>
    </message>
</context>
<context>
    <name>PatientsDialog</name>
    <message>
        <source>Bring &amp;back</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archiver</translation>
    </message>
    <message>
        <source>This plan is open. Open another patient&apos;s plan first.</source>
        <translation>Ce programme est ouvert. Ouvrez d’abord le programme d’un autre patient.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Please enter a name (1 to 100 letters).</source>
        <translation>Veuillez saisir un nom (de 1 à 100 lettres).</translation>
    </message>
    <message>
        <source>Add a patient</source>
        <translation>Ajouter un patient</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Delete a patient</source>
        <translation>Supprimer un patient</translation>
    </message>
    <message>
        <source>Delete {name} and everything stored for them: details, ticks, notes and reminders? This cannot be undone.

To hide a patient but keep their plan, archive them instead.</source>
        <translation>Supprimer {name} et tout ce qui est enregistré pour cette personne&#xa0;: informations, coches, notes et rappels&#xa0;? Cette action est définitive.

Pour masquer un patient tout en gardant son programme, archivez-le plutôt.</translation>
    </message>
    <message>
        <source>Delete {name}</source>
        <translation>Supprimer {name}</translation>
    </message>
    <message>
        <source>This change could not be saved. Nothing was changed.</source>
        <translation>Cette modification n’a pas pu être enregistrée. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Patients</translation>
    </message>
    <message>
        <source>Whose plan do you want to open?</source>
        <translation>Le programme de quelle personne voulez-vous ouvrir&#xa0;?</translation>
    </message>
    <message>
        <source>The patients on this computer</source>
        <translation>Les patients de cet ordinateur</translation>
    </message>
    <message>
        <source>Search by name</source>
        <translation>Rechercher par nom</translation>
    </message>
    <message>
        <source>Show archived patients</source>
        <translation>Afficher les patients archivés</translation>
    </message>
    <message>
        <source>&amp;Open this plan</source>
        <translation>&amp;Ouvrir ce programme</translation>
    </message>
    <message>
        <source>A&amp;dd a patient…</source>
        <translation>Ajou&amp;ter un patient…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>Re&amp;nommer…</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
</context>
<context>
    <name>PatientsModel</name>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>Ouvert maintenant</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <source>Procedure date: {date}</source>
        <translation>Date de l’intervention&#xa0;: {date}</translation>
    </message>
    <message>
        <source>No procedure date yet</source>
        <translation>Pas encore de date d’intervention</translation>
    </message>
</context>
<context>
    <name>PlanImport</name>
    <message>
        <source>Care team plans (*.toml);;All files (*)</source>
        <translation>Plans de l’équipe soignante (*.toml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>… and {count} more.</source>
        <translation>… et {count} de plus.</translation>
    </message>
    <message>
        <source>This care team plan cannot be used, and nothing was changed:
{path}

{problems}</source>
        <translation>Ce plan de l’équipe soignante ne peut pas être utilisé, et rien n’a été changé :
{path}

{problems}</translation>
    </message>
    <message>
        <source>Open care team plan</source>
        <translation>Ouvrir le plan de l’équipe soignante</translation>
    </message>
    <message>
        <source>The plan could not be saved. Nothing was changed.</source>
        <translation>Le plan n’a pas pu être enregistré. Rien n’a été changé.</translation>
    </message>
    <message>
        <source>Your care team&apos;s plan is now in use:
{path}

What you ticked and wrote is kept.</source>
        <translation>Le plan de votre équipe soignante est maintenant utilisé :
{path}

Ce que vous avez coché et écrit est conservé.</translation>
    </message>
</context>
<context>
    <name>PlanLabels</name>
    <message>
        <source>Eating and drinking before the procedure</source>
        <translation>Manger et boire avant l’intervention</translation>
    </message>
    <message>
        <source>Your usual medicines</source>
        <translation>Vos médicaments habituels</translation>
    </message>
    <message>
        <source>Blood thinners</source>
        <translation>Médicaments qui fluidifient le sang</translation>
    </message>
    <message>
        <source>Diabetes medicines and insulin</source>
        <translation>Médicaments du diabète et insuline</translation>
    </message>
    <message>
        <source>How long you stay</source>
        <translation>Combien de temps vous restez</translation>
    </message>
    <message>
        <source>Care team phone</source>
        <translation>Téléphone de l’équipe soignante</translation>
    </message>
    <message>
        <source>Emergency number</source>
        <translation>Numéro d’urgence</translation>
    </message>
    <message>
        <source>Hospital or clinic</source>
        <translation>Hôpital ou clinique</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Heures d’ouverture</translation>
    </message>
    <message>
        <source>Emergency number: {number}</source>
        <translation>Numéro d’urgence : {number}</translation>
    </message>
    <message>
        <source>Your care team&apos;s instructions</source>
        <translation>Les instructions de votre équipe soignante</translation>
    </message>
    <message>
        <source>The times are your care team&apos;s estimates, counted from your arrival time. Your care team tells you if they change.</source>
        <translation>Les heures sont des estimations de votre équipe soignante, comptées à partir de votre heure d’arrivée. Votre équipe soignante vous dira si elles changent.</translation>
    </message>
    <message>
        <source>The stages come in this order. Your care team tells you the times, and how long you stay.</source>
        <translation>Les étapes se suivent dans cet ordre. Votre équipe soignante vous dit les heures, et combien de temps vous restez.</translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation>Signes d’alerte</translation>
    </message>
    <message>
        <source>Call your emergency number now if you have:</source>
        <translation>Appelez tout de suite le numéro d’urgence si vous avez&#xa0;:</translation>
    </message>
    <message>
        <source>Call your care team the same day if you have:</source>
        <translation>Appelez votre équipe soignante le jour même si vous avez&#xa0;:</translation>
    </message>
    <message>
        <source>The first days</source>
        <translation>Les premiers jours</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Sudden new back pain</source>
        <translation>Nouvelle douleur soudaine dans le dos</translation>
    </message>
    <message>
        <source>Long-term bone health</source>
        <translation>La santé de vos os à long terme</translation>
    </message>
</context>
<context>
    <name>PlanProblem</name>
    <message>
        <source>this is not a TOML file: {detail}</source>
        <translation>ce n’est pas un fichier TOML : {detail}</translation>
    </message>
    <message>
        <source>written for plan format {found}, newer than this vertprep reads ({known}): install the newer vertprep</source>
        <translation>écrit pour le format de plan {found}, plus récent que celui que lit ce vertprep ({known}) : installez le vertprep plus récent</translation>
    </message>
    <message>
        <source>the plan format version (format = {known}) is missing</source>
        <translation>la version du format du plan (format = {known}) manque</translation>
    </message>
    <message>
        <source>unknown key (a typing mistake?); known here: {detail}</source>
        <translation>clé inconnue (une faute de frappe ?) ; connues ici : {detail}</translation>
    </message>
    <message>
        <source>this is needed and missing</source>
        <translation>ceci est nécessaire et manque</translation>
    </message>
    <message>
        <source>this should be {detail}</source>
        <translation>ceci devrait être {detail}</translation>
    </message>
    <message>
        <source>{found} is not allowed here; allowed: {detail}</source>
        <translation>{found} n’est pas permis ici ; permis : {detail}</translation>
    </message>
    <message>
        <source>the text in the plan&apos;s fallback language ({detail}) is missing</source>
        <translation>le texte dans la langue de secours du plan ({detail}) manque</translation>
    </message>
    <message>
        <source>the id {found} is used twice (each must be different)</source>
        <translation>l’id {found} est utilisé deux fois (chacun doit être différent)</translation>
    </message>
    <message>
        <source>{found} is out of range: from {first} to {last}</source>
        <translation>{found} est hors limites : de {first} à {last}</translation>
    </message>
    <message>
        <source>the source {found} is not listed under [sources]</source>
        <translation>la source {found} n’est pas listée sous [sources]</translation>
    </message>
    <message>
        <source>the file cannot be read: {detail}</source>
        <translation>le fichier ne peut pas être lu : {detail}</translation>
    </message>
    <message>
        <source>a table</source>
        <translation>une table</translation>
    </message>
    <message>
        <source>text in quotes</source>
        <translation>un texte entre guillemets</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un nombre entier</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>[first day, last day]</source>
        <translation>[premier jour, dernier jour]</translation>
    </message>
    <message>
        <source>HH:MM, 24-hour</source>
        <translation>HH:MM, sur 24 heures</translation>
    </message>
    <message>
        <source>small letters, digits and _</source>
        <translation>lettres minuscules, chiffres et _</translation>
    </message>
    <message>
        <source>line {line}, {key}: {reason}</source>
        <translation>ligne {line}, {key} : {reason}</translation>
    </message>
    <message>
        <source>{key}: {reason}</source>
        <translation>{key} : {reason}</translation>
    </message>
</context>
<context>
    <name>PlanText</name>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>À faire aujourd’hui</translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation>À venir</translation>
    </message>
    <message>
        <source>No date yet</source>
        <translation>Pas encore de date</translation>
    </message>
    <message>
        <source>Between {first} and {last}</source>
        <translation>Entre le {first} et le {last}</translation>
    </message>
    <message>
        <source>The date will appear once you enter your procedure date.</source>
        <translation>La date s’affichera quand vous aurez indiqué la date de votre intervention.</translation>
    </message>
    <message>
        <source>Do this by {date}</source>
        <translation>À faire au plus tard le {date}</translation>
    </message>
    <message>
        <source>By your consultation</source>
        <translation>Avant votre consultation</translation>
    </message>
    <message>
        <source>Before the procedure</source>
        <translation>Avant l’intervention</translation>
    </message>
    <message>
        <source>When your doctor advises</source>
        <translation>Quand votre médecin le conseille</translation>
    </message>
    <message>
        <source>Done on {date}</source>
        <translation>Fait le {date}</translation>
    </message>
</context>
<context>
    <name>PlanWords</name>
    <message>
        <source>Your care team wrote this in {language}.</source>
        <translation>Votre équipe soignante a écrit ceci en {language}.</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <source>Pages: {count}</source>
        <translation>Pages&#xa0;: {count}</translation>
    </message>
    <message>
        <source>The plan could not be printed. Check the printer.</source>
        <translation>Le programme n’a pas pu être imprimé. Vérifiez l’imprimante.</translation>
    </message>
    <message>
        <source>Sent to the printer: {count} pages.</source>
        <translation>Pages envoyées à l’imprimante&#xa0;: {count}.</translation>
    </message>
    <message>
        <source>Save the plan as PDF</source>
        <translation>Enregistrer le programme en PDF</translation>
    </message>
    <message>
        <source>Report for my follow-up visit</source>
        <translation>Rapport pour ma consultation de suivi</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The disk is full, so the PDF could not be saved. A file that was already there is unchanged:
{path}</source>
        <translation>Le disque est plein : le PDF n’a pas pu être enregistré. Un fichier qui s’y trouvait déjà n’a pas été modifié :
{path}</translation>
    </message>
    <message>
        <source>The PDF could not be saved here:
{path}
Please choose another folder.</source>
        <translation>Le PDF n’a pas pu être enregistré ici&#xa0;:
{path}
Veuillez choisir un autre dossier.</translation>
    </message>
    <message>
        <source>Saved {count} pages as PDF:
{path}</source>
        <translation>PDF enregistré, nombre de pages&#xa0;: {count}.
{path}</translation>
    </message>
    <message>
        <source>Print your plan</source>
        <translation>Imprimer votre programme</translation>
    </message>
    <message>
        <source>&amp;What to print</source>
        <translation>&amp;Contenu à imprimer</translation>
    </message>
    <message>
        <source>The whole plan</source>
        <translation>Tout le programme</translation>
    </message>
    <message>
        <source>Only the Before checklist</source>
        <translation>Seulement la liste des étapes avant l’intervention</translation>
    </message>
    <message>
        <source>Only the day of the procedure</source>
        <translation>Seulement le jour de l’intervention</translation>
    </message>
    <message>
        <source>Only the After plan and warning signs</source>
        <translation>Seulement la partie «&#xa0;Après l’intervention&#xa0;» et les signes d’alerte</translation>
    </message>
    <message>
        <source>&amp;Language of the printout</source>
        <translation>&amp;Langue du document imprimé</translation>
    </message>
    <message>
        <source>&amp;Second language, side by side</source>
        <translation>&amp;Seconde langue, côte à côte</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>&amp;Blank plan to fill in by hand (no personal data)</source>
        <translation>Programme &amp;vierge à remplir à la main (sans données personnelles)</translation>
    </message>
    <message>
        <source>Lar&amp;ge print</source>
        <translation>&amp;Grands caractères</translation>
    </message>
    <message>
        <source>&amp;Paper</source>
        <translation>&amp;Papier</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter (United States)</source>
        <translation>Lettre (États-Unis)</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>Legal</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Enregistrer en P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Preview of the printed plan</source>
        <translation>Aperçu du programme imprimé</translation>
    </message>
</context>
<context>
    <name>PrintedPlan</name>
    <message>
        <source>Your vertebroplasty plan</source>
        <translation>Votre programme de vertébroplastie</translation>
    </message>
    <message>
        <source>Name: {name}</source>
        <translation>Nom&#xa0;: {name}</translation>
    </message>
    <message>
        <source>Procedure date: {date}</source>
        <translation>Date de l’intervention&#xa0;: {date}</translation>
    </message>
    <message>
        <source>Arrival time: {time}</source>
        <translation>Heure d’arrivée&#xa0;: {time}</translation>
    </message>
    <message>
        <source>Hospital or clinic: {place}</source>
        <translation>Hôpital ou clinique&#xa0;: {place}</translation>
    </message>
    <message>
        <source>Care team phone: {phone}</source>
        <translation>Téléphone de l’équipe soignante&#xa0;: {phone}</translation>
    </message>
    <message>
        <source>Printed on {date}</source>
        <translation>Imprimé le {date}</translation>
    </message>
    <message>
        <source>{label}: {value}</source>
        <translation>{label} : {value}</translation>
    </message>
    <message>
        <source>This plan gives general information. Your care team decides what is right for you: follow their instructions.</source>
        <translation>Ce programme donne des informations générales. Votre équipe soignante décide de ce qui vous convient&#xa0;: suivez ses instructions.</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Page {page} sur {pages}</translation>
    </message>
    <message>
        <source>This plan informs you; your care team decides what is right for you.</source>
        <translation>Ce programme vous informe&#xa0;; votre équipe soignante décide de ce qui vous convient.</translation>
    </message>
    <message>
        <source>Tick each step when it is done. Write down what your care team tells you, for example when to stop a medicine.</source>
        <translation>Cochez chaque étape quand elle est faite. Notez ce que votre équipe soignante vous dit, par exemple quand arrêter un médicament.</translation>
    </message>
    <message>
        <source>Before the procedure</source>
        <translation>Avant l’intervention</translation>
    </message>
    <message>
        <source>Date: {date}</source>
        <translation>Date&#xa0;: {date}</translation>
    </message>
    <message>
        <source>Do this by: {date}</source>
        <translation>À faire au plus tard le&#xa0;: {date}</translation>
    </message>
    <message>
        <source>What your care team told you to do:</source>
        <translation>Ce que votre équipe soignante vous a demandé de faire&#xa0;:</translation>
    </message>
    <message>
        <source>Your note:</source>
        <translation>Votre note&#xa0;:</translation>
    </message>
    <message>
        <source>{date}, arrival at {time}</source>
        <translation>{date}, arrivée à {time}</translation>
    </message>
    <message>
        <source>Date: {date}   Arrival time: {time}</source>
        <translation>Date&#xa0;: {date}   Heure d’arrivée&#xa0;: {time}</translation>
    </message>
    <message>
        <source>The day of the procedure</source>
        <translation>Le jour de l’intervention</translation>
    </message>
    <message>
        <source>about {time}</source>
        <translation>vers {time}</translation>
    </message>
    <message>
        <source>After the procedure</source>
        <translation>Après l’intervention</translation>
    </message>
    <message>
        <source>What vertebroplasty does not do</source>
        <translation>Ce que la vertébroplastie ne fait pas</translation>
    </message>
    <message>
        <source>Your care team: {phone}</source>
        <translation>Votre équipe soignante&#xa0;: {phone}</translation>
    </message>
    <message>
        <source>Your own reminders</source>
        <translation>Vos rappels personnels</translation>
    </message>
    <message>
        <source>{date} at {time}</source>
        <translation>{date} à {time}</translation>
    </message>
</context>
<context>
    <name>PrintedReport</name>
    <message>
        <source>Report for my follow-up visit</source>
        <translation>Rapport pour ma consultation de suivi</translation>
    </message>
    <message>
        <source>Name: {name}</source>
        <translation>Nom : {name}</translation>
    </message>
    <message>
        <source>Procedure date: {date}</source>
        <translation>Date de l’intervention : {date}</translation>
    </message>
    <message>
        <source>Printed on {date}</source>
        <translation>Imprimé le {date}</translation>
    </message>
    <message>
        <source>Written by the patient with vertprep, from their own pain diary and check-ins. vertprep sends nothing to anyone, and nobody watched these answers. Your care team decides what is right for you.</source>
        <translation>Rédigé par le patient avec vertprep, à partir de son propre journal de la douleur et de ses points de suivi. vertprep n’envoie rien à personne, et personne n’a surveillé ces réponses. Votre équipe soignante décide de ce qui vous convient.</translation>
    </message>
    <message>
        <source>Pain before the procedure (median; days written down: {count}): {score} out of 10</source>
        <translation>Douleur avant l’intervention (médiane ; jours notés : {count}) : {score} sur 10</translation>
    </message>
    <message>
        <source>Pain now ({date}): {score} out of 10</source>
        <translation>Douleur maintenant ({date}) : {score} sur 10</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Douleur</translation>
    </message>
    <message>
        <source>{date} ({when}): {sign}</source>
        <translation>{date} ({when}) : {sign}</translation>
    </message>
    <message>
        <source>No warning sign was answered yes in the check-ins.</source>
        <translation>Aucun signe d’alerte n’a reçu la réponse « oui » lors des points de suivi.</translation>
    </message>
    <message>
        <source>Warning signs answered yes in the check-ins</source>
        <translation>Signes d’alerte ayant reçu la réponse « oui » lors des points de suivi</translation>
    </message>
    <message>
        <source>{when}, {date}: pain {score} out of 10</source>
        <translation>{when}, {date} : douleur {score} sur 10</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Points de suivi</translation>
    </message>
    <message>
        <source>No step is ticked as done yet.</source>
        <translation>Aucune étape n’est encore cochée comme faite.</translation>
    </message>
    <message>
        <source>Steps done</source>
        <translation>Étapes faites</translation>
    </message>
    <message>
        <source>{date}: {note}</source>
        <translation>{date} : {note}</translation>
    </message>
    <message>
        <source>My notes</source>
        <translation>Mes notes</translation>
    </message>
    <message>
        <source>Questions for my doctor</source>
        <translation>Questions pour mon médecin</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Page {page} sur {pages}</translation>
    </message>
</context>
<context>
    <name>QShortcut</name>
    <message>
        <source>Space</source>
        <translation>Espace</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
</context>
<context>
    <name>RecoveryParts</name>
    <message>
        <source>vertprep sends nothing to anyone, and nobody watches these answers. If you are worried, call your care team; in an emergency, call your emergency number.</source>
        <translation>vertprep n’envoie rien à personne, et personne ne surveille ces réponses. Si vous êtes inquiet, appelez votre équipe soignante ; en cas d’urgence, appelez le numéro d’urgence.</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Points de suivi</translation>
    </message>
    <message>
        <source>The emergency number where you live:</source>
        <translation>Le numéro d’urgence là où vous vivez :</translation>
    </message>
    <message>
        <source>Emergency number</source>
        <translation>Numéro d’urgence</translation>
    </message>
    <message>
        <source>Write the number here</source>
        <translation>Écrivez le numéro ici</translation>
    </message>
    <message>
        <source>A check-in is waiting: {name} ({date}).</source>
        <translation>Un point de suivi vous attend : {name} ({date}).</translation>
    </message>
    <message>
        <source>Start the check-in</source>
        <translation>Commencer le point de suivi</translation>
    </message>
    <message>
        <source>Enter your procedure date on the Welcome screen to plan the check-ins.</source>
        <translation>Indiquez la date de votre intervention sur l’écran « Bienvenue » pour planifier les points de suivi.</translation>
    </message>
    <message>
        <source>Next check-in: {name}, on {date}.</source>
        <translation>Prochain point de suivi : {name}, le {date}.</translation>
    </message>
    <message>
        <source>There are no more check-ins planned.</source>
        <translation>Il n’y a plus de point de suivi prévu.</translation>
    </message>
    <message>
        <source>Check in now</source>
        <translation>Faire le point maintenant</translation>
    </message>
    <message>
        <source>Your care team: {phone}</source>
        <translation>Votre équipe soignante : {phone}</translation>
    </message>
    <message>
        <source>Add your care team&apos;s phone number on the Welcome screen so it shows here.</source>
        <translation>Indiquez le numéro de téléphone de votre équipe soignante sur l’écran « Bienvenue » pour qu’il s’affiche ici.</translation>
    </message>
    <message>
        <source>Your pain over time</source>
        <translation>Votre douleur au fil du temps</translation>
    </message>
    <message>
        <source>Your questions are saved.</source>
        <translation>Vos questions sont enregistrées.</translation>
    </message>
    <message>
        <source>Questions for my doctor</source>
        <translation>Questions pour mon médecin</translation>
    </message>
    <message>
        <source>Write one question a line. They are printed on the report for your follow-up visit (File › Print).</source>
        <translation>Écrivez une question par ligne. Elles sont imprimées sur le rapport pour votre consultation de suivi (Fichier › Imprimer).</translation>
    </message>
    <message>
        <source>For example: When may I lift my grandchild?</source>
        <translation>Par exemple : Quand pourrai-je porter mon petit-enfant ?</translation>
    </message>
</context>
<context>
    <name>RecoveryScreen</name>
    <message>
        <source>Your recovery</source>
        <translation>Votre rétablissement</translation>
    </message>
    <message>
        <source>Your entry could not be saved: the data file cannot be written.</source>
        <translation>Votre entrée n’a pas pu être enregistrée : le fichier de données ne peut pas être écrit.</translation>
    </message>
    <message>
        <source>Saved: pain {score} out of 10 on {date}. Ctrl+Z takes it back.</source>
        <translation>Enregistré : douleur {score} sur 10 le {date}. Ctrl+Z l’annule.</translation>
    </message>
    <message>
        <source>The entry of {date} is deleted. Ctrl+Z brings it back.</source>
        <translation>L’entrée du {date} est supprimée. Ctrl+Z la rétablit.</translation>
    </message>
    <message>
        <source>How is your pain today?</source>
        <translation>Comment est votre douleur aujourd’hui ?</translation>
    </message>
    <message>
        <source>Save today&apos;s entry</source>
        <translation>Enregistrer l’entrée du jour</translation>
    </message>
    <message>
        <source>Change the entry of {date}</source>
        <translation>Modifier l’entrée du {date}</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Enregistrer les modifications</translation>
    </message>
    <message>
        <source>Write down your pain once a day, before and after the procedure. The days before it show your usual pain; the days after show how it changes. Take this to your follow-up visit. The app informs; your care team decides.</source>
        <translation>Notez votre douleur une fois par jour, avant et après l’intervention. Les jours d’avant montrent votre douleur habituelle ; les jours d’après montrent comment elle évolue. Apportez-le à votre consultation de suivi. L’application informe ; votre équipe soignante décide.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Day of the entry</source>
        <translation>Jour de l’entrée</translation>
    </message>
    <message>
        <source>Your pain now, from 0 to 10:</source>
        <translation>Votre douleur maintenant, de 0 à 10 :</translation>
    </message>
    <message>
        <source>How far did you walk today? (if you want to say)</source>
        <translation>Jusqu’où avez-vous marché aujourd’hui ? (si vous voulez le dire)</translation>
    </message>
    <message>
        <source>Did you take pain medicine today?</source>
        <translation>Avez-vous pris un médicament contre la douleur aujourd’hui ?</translation>
    </message>
    <message>
        <source>Note (if you want)</source>
        <translation>Note (si vous voulez)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Your entries, newest first</source>
        <translation>Vos entrées, les plus récentes d’abord</translation>
    </message>
    <message>
        <source>Change the chosen entry</source>
        <translation>Modifier l’entrée choisie</translation>
    </message>
    <message>
        <source>Delete the chosen entry</source>
        <translation>Supprimer l’entrée choisie</translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <source>Reminder 1 of {count}</source>
        <translation>Rappel 1 sur {count}</translation>
    </message>
    <message>
        <source>{status}: {text}</source>
        <translation>{status}&#xa0;: {text}</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Rappel</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Dismiss this reminder: it will not come back</source>
        <translation>Ignorer ce rappel&#xa0;: il ne reviendra plus</translation>
    </message>
    <message>
        <source>Remind me tomorrow</source>
        <translation>Me le rappeler demain</translation>
    </message>
    <message>
        <source>Hide this reminder until tomorrow</source>
        <translation>Masquer ce rappel jusqu’à demain</translation>
    </message>
    <message>
        <source>Start the check-in</source>
        <translation>Commencer le point de suivi</translation>
    </message>
</context>
<context>
    <name>ReminderText</name>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Demain</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>À faire aujourd’hui</translation>
    </message>
    <message>
        <source>Your procedure is tomorrow, {date}.</source>
        <translation>Votre intervention a lieu demain, le {date}.</translation>
    </message>
    <message>
        <source>Your procedure is tomorrow, {date}. Arrive at {time}.</source>
        <translation>Votre intervention a lieu demain, le {date}. Arrivée à {time}.</translation>
    </message>
    <message>
        <source>Pain check-in: {name}. Your pain now and a few yes or no questions, on the Your recovery screen.</source>
        <translation>Point sur la douleur : {name}. Votre douleur maintenant et quelques questions oui ou non, sur l’écran « Votre rétablissement ».</translation>
    </message>
    <message>
        <source>{text} (on {date})</source>
        <translation>{text} (le {date})</translation>
    </message>
    <message>
        <source>{text} (today at {time})</source>
        <translation>{text} (aujourd’hui à {time})</translation>
    </message>
    <message>
        <source>{title}: this was due by {date}.</source>
        <translation>{title}&#xa0;: c’était à faire au plus tard le {date}.</translation>
    </message>
    <message>
        <source>{title}: do this today.</source>
        <translation>{title}&#xa0;: à faire aujourd’hui.</translation>
    </message>
</context>
<context>
    <name>SaveDialog</name>
    <message>
        <source>Vertebroplasty plan</source>
        <translation>Plan de vertébroplastie</translation>
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
        <translation>Votre fichier de données est en lecture seule : vertprep ne pourrait enregistrer aucune modification. Demandez à la personne qui s’occupe de cet ordinateur de le rendre modifiable :
{path}</translation>
    </message>
    <message>
        <source>Another program is using your data right now. Close it, then start vertprep again:
{path}</source>
        <translation>Un autre programme utilise vos données en ce moment. Fermez-le, puis relancez vertprep :
{path}</translation>
    </message>
    <message>
        <source>The computer&apos;s disk is full, so vertprep cannot save your data. Free some space, then start vertprep again:
{path}</source>
        <translation>Le disque de l’ordinateur est plein : vertprep ne peut pas enregistrer vos données. Libérez de la place, puis relancez vertprep :
{path}</translation>
    </message>
    <message>
        <source>vertprep is not allowed to use this folder for your data, or its name is too long:
{path}</source>
        <translation>vertprep n’a pas le droit d’utiliser ce dossier pour vos données, ou son nom est trop long :
{path}</translation>
    </message>
    <message>
        <source>Your data was saved by a newer version of vertprep. Please install the newer version to open it. The file has not been changed:
{path}</source>
        <translation>Vos données ont été enregistrées par une version plus récente de vertprep. Veuillez installer cette version plus récente pour les ouvrir. Le fichier n’a pas été modifié&#xa0;:
{path}</translation>
    </message>
    <message>
        <source>vertprep cannot open or save your data in this file:
{path}</source>
        <translation>vertprep ne peut pas ouvrir ni enregistrer vos données dans ce fichier&#xa0;:
{path}</translation>
    </message>
</context>
<context>
    <name>StepsTab</name>
    <message>
        <source>Add a step before the procedure</source>
        <translation>Ajouter une étape avant l’intervention</translation>
    </message>
    <message>
        <source>Add a step after the procedure</source>
        <translation>Ajouter une étape après l’intervention</translation>
    </message>
    <message>
        <source>Remove this step</source>
        <translation>Retirer cette étape</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Patients who already ticked it keep their record; it is no longer shown.</source>
        <translation>Les patients qui l’ont déjà cochée gardent leur trace ; elle n’est plus montrée.</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titre :</translation>
    </message>
    <message>
        <source>Explanation:</source>
        <translation>Explication :</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Quand :</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>Jours :</translation>
    </message>
    <message>
        <source>Last day after the procedure:</source>
        <translation>Dernier jour après l’intervention :</translation>
    </message>
    <message>
        <source>The note asks for the care team&apos;s instructions</source>
        <translation>La note demande les instructions de l’équipe soignante</translation>
    </message>
    <message>
        <source>By the consultation</source>
        <translation>Avant la consultation</translation>
    </message>
    <message>
        <source>Before the procedure, no date</source>
        <translation>Avant l’intervention, sans date</translation>
    </message>
    <message>
        <source>A number of days before the procedure</source>
        <translation>Un nombre de jours avant l’intervention</translation>
    </message>
    <message>
        <source>A number of days after the procedure</source>
        <translation>Un nombre de jours après l’intervention</translation>
    </message>
    <message>
        <source>Between two days after the procedure</source>
        <translation>Entre deux jours après l’intervention</translation>
    </message>
    <message>
        <source>No date: as the doctor advises</source>
        <translation>Sans date : comme le médecin le conseille</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>{phase}: {title}</source>
        <translation>{phase} : {title}</translation>
    </message>
    <message>
        <source>From the sources of vertprep&apos;s plan ({source}).</source>
        <translation>Tiré des sources du plan de vertprep ({source}).</translation>
    </message>
    <message>
        <source>Your team&apos;s own step.</source>
        <translation>Une étape propre à votre équipe.</translation>
    </message>
    <message>
        <source>First day after the procedure:</source>
        <translation>Premier jour après l’intervention :</translation>
    </message>
    <message>
        <source>New step</source>
        <translation>Nouvelle étape</translation>
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
        <translation>Le texte est à {percent}&#xa0;% de sa taille normale. Appuyez pour revenir à la taille normale.</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Texte plus petit</translation>
    </message>
    <message>
        <source>Makes all text smaller.</source>
        <translation>Rend tout le texte plus petit.</translation>
    </message>
    <message>
        <source>Normal text size</source>
        <translation>Taille de texte normale</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Texte plus grand</translation>
    </message>
    <message>
        <source>Makes all text larger, up to twice the normal size.</source>
        <translation>Rend tout le texte plus grand, jusqu’à deux fois la taille normale.</translation>
    </message>
    <message>
        <source>{action} ({keys})</source>
        <translation>{action} ({keys})</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
    <message>
        <source>Shows white and yellow text on black.</source>
        <translation>Affiche le texte en blanc et jaune sur fond noir.</translation>
    </message>
    <message>
        <source>High contrast ({keys})</source>
        <translation>Contraste élevé ({keys})</translation>
    </message>
</context>
<context>
    <name>UndoToast</name>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Undo the last tick ({keys})</source>
        <translation>Annuler la dernière coche ({keys})</translation>
    </message>
    <message>
        <source>Marked as done.</source>
        <translation>Marqué comme fait.</translation>
    </message>
    <message>
        <source>Marked as done: {title}</source>
        <translation>Marqué comme fait&#xa0;: {title}</translation>
    </message>
    <message>
        <source>Marked as not done.</source>
        <translation>Marqué comme non fait.</translation>
    </message>
    <message>
        <source>Marked as not done: {title}</source>
        <translation>Marqué comme non fait&#xa0;: {title}</translation>
    </message>
    <message>
        <source>{change}. To undo it, press this button or {keys}.</source>
        <translation>{change}. Pour l’annuler, appuyez sur ce bouton ou sur {keys}.</translation>
    </message>
</context>
<context>
    <name>ViewSettings</name>
    <message>
        <source>&amp;Larger text</source>
        <translation>Texte plus &amp;grand</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>Texte plus &amp;petit</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>Taille de texte &amp;normale</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>&amp;Contraste élevé</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Welcome and your details</source>
        <translation>Bienvenue et vos informations</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <source>This app helps you get ready for vertebroplasty, a treatment that puts bone cement into a vertebra broken by osteoporosis. It explains each step before the procedure, shows what happens on the day, and guides you through the weeks after it. It reminds you what is due and keeps your notes. Everything you enter stays on this computer.</source>
        <translation>Cette application vous aide à vous préparer à une vertébroplastie, un traitement qui consiste à mettre du ciment osseux dans une vertèbre cassée par l’ostéoporose. Elle explique chaque étape avant l’intervention, montre ce qui se passe le jour même et vous accompagne pendant les semaines qui suivent. Elle vous rappelle ce qui est à faire et garde vos notes. Tout ce que vous saisissez reste sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Your details</source>
        <translation>Vos informations</translation>
    </message>
    <message>
        <source>You can change these at any time. All dates in the app follow your procedure date.</source>
        <translation>Vous pouvez modifier ces informations à tout moment. Toutes les dates de l’application sont calculées à partir de la date de votre intervention.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Commencer</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Undo the last change</source>
        <translation>&amp;Annuler la dernière modification</translation>
    </message>
    <message>
        <source>&amp;Help and keyboard shortcuts</source>
        <translation>&amp;Aide et raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Barre d’outils</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Print your plan, or save it as a PDF</source>
        <translation>Imprimer votre programme ou l’enregistrer en PDF</translation>
    </message>
    <message>
        <source>Export to &amp;calendar…</source>
        <translation>Exporter vers le &amp;calendrier…</translation>
    </message>
    <message>
        <source>Save your plan and reminders as a file for your calendar</source>
        <translation>Enregistrer votre programme et vos rappels dans un fichier pour votre calendrier</translation>
    </message>
    <message>
        <source>&amp;Open care team plan…</source>
        <translation>&amp;Ouvrir le plan de l’équipe soignante…</translation>
    </message>
    <message>
        <source>Use the plan file your care team gave you: its steps, times and contacts</source>
        <translation>Utiliser le fichier de plan que votre équipe soignante vous a donné : ses étapes, heures et contacts</translation>
    </message>
    <message>
        <source>&amp;Edit the care team&apos;s plan…</source>
        <translation>&amp;Modifier le plan de l’équipe soignante…</translation>
    </message>
    <message>
        <source>&amp;Report for my follow-up visit…</source>
        <translation>&amp;Rapport pour ma consultation de suivi…</translation>
    </message>
    <message>
        <source>Export &amp;diary…</source>
        <translation>Exporter le &amp;journal…</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <source>&amp;About vertprep</source>
        <translation>À &amp;propos de vertprep</translation>
    </message>
</context>
</TS>
