<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AboutScreen</name>
    <message>
        <source>About the procedure</source>
        <translation>Über den Eingriff</translation>
    </message>
    <message>
        <source>What is vertebroplasty?</source>
        <translation>Was ist eine Vertebroplastie?</translation>
    </message>
    <message>
        <source>1. A vertebra broken by osteoporosis</source>
        <translation>1. Ein Wirbel, der durch Osteoporose gebrochen ist</translation>
    </message>
    <message>
        <source>2. Cement, injected through a needle, fills the break</source>
        <translation>2. Zement wird durch eine Nadel gespritzt und füllt den Bruch</translation>
    </message>
    <message>
        <source>What it does not do</source>
        <translation>Was die Behandlung nicht kann</translation>
    </message>
    <message>
        <source>How it is done</source>
        <translation>Wie der Eingriff abläuft</translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation>Vorteile</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risiken</translation>
    </message>
    <message>
        <source>Serious side effects happen in fewer than 1 in 200 patients. They include:</source>
        <translation>Ernste Nebenwirkungen treten bei weniger als 1 von 200 Patientinnen und Patienten auf. Dazu gehören:</translation>
    </message>
    <message>
        <source>Source: CIRSE patient information, cirse.org/patients</source>
        <translation>Quelle: CIRSE-Patienteninformation, cirse.org/patients</translation>
    </message>
</context>
<context>
    <name>AfterScreen</name>
    <message>
        <source>After the procedure</source>
        <translation>Nach dem Eingriff</translation>
    </message>
    <message>
        <source>Your care team: {phone}</source>
        <translation>Ihr Behandlungsteam: {phone}</translation>
    </message>
    <message>
        <source>Add your care team&apos;s phone number on the Welcome screen so it shows here.</source>
        <translation>Tragen Sie die Telefonnummer Ihres Behandlungsteams auf der Seite „Willkommen“ ein, damit sie hier erscheint.</translation>
    </message>
</context>
<context>
    <name>AgentNotice</name>
    <message>
        <source>vertprep reminders</source>
        <translation>Erinnerungen von vertprep</translation>
    </message>
    <message>
        <source>While vertprep was closed: {count} reminders</source>
        <translation>Während vertprep geschlossen war: {count} Erinnerungen</translation>
    </message>
    <message>
        <source>While vertprep was closed: a reminder</source>
        <translation>Während vertprep geschlossen war: eine Erinnerung</translation>
    </message>
    <message>
        <source>vertprep: {count} reminders</source>
        <translation>vertprep: {count} Erinnerungen</translation>
    </message>
    <message>
        <source>vertprep reminder</source>
        <translation>Erinnerung von vertprep</translation>
    </message>
    <message>
        <source>{title} – for {name}</source>
        <translation>{title} – für {name}</translation>
    </message>
    <message>
        <source>{status}: {text}</source>
        <translation>{status}: {text}</translation>
    </message>
    <message>
        <source>and {count} more in vertprep</source>
        <translation>und {count} weitere in vertprep</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remind me tomorrow</source>
        <translation>Morgen wieder erinnern</translation>
    </message>
    <message>
        <source>Open vertprep</source>
        <translation>vertprep öffnen</translation>
    </message>
    <message>
        <source>This computer could not show vertprep&apos;s reminders while vertprep is closed: it has no notification area. Export your plan to your calendar instead, and your calendar will remind you.</source>
        <translation>Dieser Computer konnte die Erinnerungen von vertprep nicht anzeigen, während vertprep geschlossen ist: Er hat keinen Benachrichtigungsbereich. Übertragen Sie Ihren Plan stattdessen in Ihren Kalender; Ihr Kalender erinnert Sie dann.</translation>
    </message>
    <message>
        <source>Stop reminders until the next login</source>
        <translation>Erinnerungen bis zur nächsten Anmeldung beenden</translation>
    </message>
</context>
<context>
    <name>BackgroundRemindersCard</name>
    <message>
        <source>vertprep could not change what starts when you log in. Nothing was changed. ({reason})</source>
        <translation>vertprep konnte nicht ändern, was beim Anmelden startet. Es wurde nichts geändert. ({reason})</translation>
    </message>
    <message>
        <source>When vertprep is closed</source>
        <translation>Wenn vertprep geschlossen ist</translation>
    </message>
    <message>
        <source>Remind me even when vertprep is closed</source>
        <translation>Auch erinnern, wenn vertprep geschlossen ist</translation>
    </message>
    <message>
        <source>vertprep then starts a small helper when you log in to this computer. It shows each reminder as a message on your screen when it is due, again an hour later, and every morning until you tick the step, dismiss the reminder or choose to be reminded tomorrow.</source>
        <translation>vertprep startet dann ein kleines Hilfsprogramm, wenn Sie sich an diesem Computer anmelden. Es zeigt jede Erinnerung zur fälligen Zeit als Nachricht auf Ihrem Bildschirm, eine Stunde später noch einmal und dann jeden Morgen, bis Sie das Häkchen setzen, die Erinnerung entfernen oder „Morgen wieder erinnern“ wählen.</translation>
    </message>
    <message>
        <source>Export to calendar…</source>
        <translation>In den Kalender übertragen…</translation>
    </message>
</context>
<context>
    <name>BackupDialogs</name>
    <message>
        <source>Back up</source>
        <translation>Sichern</translation>
    </message>
    <message>
        <source>The backup could not be saved here:
{path}
Please choose another folder.</source>
        <translation>Die Sicherung konnte hier nicht gespeichert werden:
{path}
Bitte wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Every patient&apos;s plan, ticks, notes and reminders are saved in:
{path}

Keep this file somewhere safe, for example on a USB stick. To bring the data back, use File › Restore.</source>
        <translation>Die Pläne, Häkchen, Notizen und Erinnerungen aller Patientinnen und Patienten sind gespeichert in:
{path}

Bewahren Sie diese Datei an einem sicheren Ort auf, zum Beispiel auf einem USB-Stick. Um die Daten zurückzuholen, wählen Sie Datei › Wiederherstellen.</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of vertprep. Please install the newer version to restore it.</source>
        <translation>Diese Sicherung wurde mit einer neueren Version von vertprep erstellt. Bitte installieren Sie die neuere Version, um sie wiederherzustellen.</translation>
    </message>
    <message>
        <source>This backup is damaged or incomplete, so it cannot be restored.</source>
        <translation>Diese Sicherung ist beschädigt oder unvollständig und kann nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>This file is not a vertprep backup.</source>
        <translation>Diese Datei ist keine Sicherung von vertprep.</translation>
    </message>
    <message>
        <source>This file cannot be read.</source>
        <translation>Diese Datei kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>{reason}

Nothing was changed.
{path}</source>
        <translation>{reason}

Es wurde nichts verändert.
{path}</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>The backup is restored.</source>
        <translation>Die Sicherung ist wiederhergestellt.</translation>
    </message>
    <message>
        <source>The data as it was before is kept in:
{path}</source>
        <translation>Die Daten von vorher sind aufbewahrt in:
{path}</translation>
    </message>
    <message>
        <source>Replace all the data on this computer with the backup ({count} patients)?

The data as it is now is kept as a safety copy first.</source>
        <translation>Alle Daten auf diesem Computer durch die Sicherung ersetzen ({count} Patientinnen und Patienten)?

Die jetzigen Daten werden vorher als Sicherheitskopie aufbewahrt.</translation>
    </message>
    <message>
        <source>Replace all the data</source>
        <translation>Alle Daten ersetzen</translation>
    </message>
    <message>
        <source>This backup holds the plan of {name}.</source>
        <translation>Diese Sicherung enthält den Plan von {name}.</translation>
    </message>
    <message>
        <source>Add as a new patient</source>
        <translation>Als neue Person hinzufügen</translation>
    </message>
    <message>
        <source>{name} is already on this computer. Replace their plan with the backup, or add the backup as another patient?</source>
        <translation>{name} ist schon auf diesem Computer. Den Plan durch die Sicherung ersetzen oder die Sicherung als weitere Person hinzufügen?</translation>
    </message>
    <message>
        <source>Replace {name}</source>
        <translation>{name} ersetzen</translation>
    </message>
</context>
<context>
    <name>BeforeScreen</name>
    <message>
        <source>Before the procedure</source>
        <translation>Vor dem Eingriff</translation>
    </message>
    <message>
        <source>Tick each step when it is done. In the notes, write what your care team told you, for example when to stop a medicine.</source>
        <translation>Haken Sie jeden Schritt ab, wenn er erledigt ist. Schreiben Sie in die Notizen, was Ihr Behandlungsteam Ihnen gesagt hat, zum Beispiel wann Sie ein Medikament absetzen sollen.</translation>
    </message>
</context>
<context>
    <name>CalendarDialog</name>
    <message>
        <source>Export to calendar</source>
        <translation>In den Kalender übertragen</translation>
    </message>
    <message>
        <source>A calendar file is often copied to a calendar service on the internet, where it is kept on another company&apos;s computers. Your notes stay out of it unless you tick the box below.</source>
        <translation>Eine Kalenderdatei wird oft in einen Kalenderdienst im Internet übernommen und dort auf den Computern einer anderen Firma gespeichert. Ihre Notizen kommen nur hinein, wenn Sie unten das Kästchen ankreuzen.</translation>
    </message>
    <message>
        <source>Put my notes in it too</source>
        <translation>Meine Notizen auch hineinnehmen</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderdateien (*.ics)</translation>
    </message>
    <message>
        <source>There is nothing to put in your calendar yet. Enter your procedure date first, or add a reminder of your own.</source>
        <translation>Es gibt noch nichts für Ihren Kalender. Geben Sie zuerst das Datum Ihres Eingriffs ein oder fügen Sie eine eigene Erinnerung hinzu.</translation>
    </message>
    <message>
        <source>The calendar file could not be saved here:
{path}
Please choose another folder.</source>
        <translation>Die Kalenderdatei konnte hier nicht gespeichert werden:
{path}
Bitte wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Your calendar file is saved ({count} events):
{path}

Open it with the calendar on your phone or computer. If you export again after a change, the same events are updated, not added twice.</source>
        <translation>Ihre Kalenderdatei ist gespeichert (Anzahl der Einträge: {count}):
{path}

Öffnen Sie sie mit dem Kalender auf Ihrem Telefon oder Computer. Wenn Sie nach einer Änderung noch einmal übertragen, werden dieselben Einträge aktualisiert und nicht doppelt angelegt.</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <source>Your vertebroplasty plan</source>
        <translation>Ihr Plan für die Vertebroplastie</translation>
    </message>
    <message>
        <source>Tomorrow: {title}</source>
        <translation>Morgen: {title}</translation>
    </message>
    <message>
        <source>In one week: {title}. Make an appointment if you have none yet.</source>
        <translation>In einer Woche: {title}. Vereinbaren Sie einen Termin, falls Sie noch keinen haben.</translation>
    </message>
    <message>
        <source>From today: {title}, between {first} and {last}.</source>
        <translation>Ab heute: {title}, zwischen {first} und {last}.</translation>
    </message>
    <message>
        <source>Between {first} and {last}.</source>
        <translation>Zwischen {first} und {last}.</translation>
    </message>
    <message>
        <source>Do this by {date}.</source>
        <translation>Zu erledigen bis {date}.</translation>
    </message>
    <message>
        <source>Your note: {note}</source>
        <translation>Ihre Notiz: {note}</translation>
    </message>
    <message>
        <source>vertprep gives general information. Your care team decides what is right for you: follow their instructions.</source>
        <translation>vertprep gibt allgemeine Informationen. Ihr Behandlungsteam entscheidet, was für Sie richtig ist: Folgen Sie seinen Anweisungen.</translation>
    </message>
    <message>
        <source>Your vertebroplasty</source>
        <translation>Ihre Vertebroplastie</translation>
    </message>
    <message>
        <source>Arrive at {time}.</source>
        <translation>Ankunft um {time}.</translation>
    </message>
    <message>
        <source>Arrive at {time} at {place}.</source>
        <translation>Ankunft um {time}. Ort: {place}.</translation>
    </message>
    <message>
        <source>{title}: {text}</source>
        <translation>{title}: {text}</translation>
    </message>
    <message>
        <source>Follow your care team&apos;s instructions about eating, drinking and your medicines.</source>
        <translation>Folgen Sie den Anweisungen Ihres Behandlungsteams zu Essen, Trinken und Ihren Medikamenten.</translation>
    </message>
    <message>
        <source>Tomorrow: your vertebroplasty. Arrive at {time}.</source>
        <translation>Morgen: Ihre Vertebroplastie. Ankunft um {time}.</translation>
    </message>
    <message>
        <source>Tomorrow: your vertebroplasty.</source>
        <translation>Morgen: Ihre Vertebroplastie.</translation>
    </message>
    <message>
        <source>Get ready to leave: you are expected at the hospital at {time}.</source>
        <translation>Machen Sie sich bereit zum Aufbruch: Sie werden um {time} im Krankenhaus erwartet.</translation>
    </message>
    <message>
        <source>Your own reminder, from vertprep.</source>
        <translation>Ihre eigene Erinnerung, aus vertprep.</translation>
    </message>
    <message>
        <source>Pain check-in: {name}</source>
        <translation>Schmerz-Abfrage: {name}</translation>
    </message>
    <message>
        <source>Open vertprep and answer the check-in: your pain now, and the warning signs. vertprep sends nothing to anyone and nobody watches the answers: if you have a warning sign, call your care team, or in an emergency your emergency number.</source>
        <translation>Öffnen Sie vertprep und beantworten Sie die Abfrage: Ihre Schmerzen jetzt und die Warnzeichen. vertprep sendet nichts an irgendjemanden, und niemand sieht sich die Antworten an: Wenn Sie ein Warnzeichen haben, rufen Sie Ihr Behandlungsteam an, im Notfall den Notruf.</translation>
    </message>
</context>
<context>
    <name>CareTeamDialog</name>
    <message>
        <source>The plan has problems to fix first:

{problems}</source>
        <translation>Im Plan gibt es zuerst Probleme zu beheben:

{problems}</translation>
    </message>
    <message>
        <source>Save the care team&apos;s plan</source>
        <translation>Plan des Behandlungsteams speichern</translation>
    </message>
    <message>
        <source>The plan could not be saved here:
{path}</source>
        <translation>Der Plan konnte hier nicht gespeichert werden:
{path}</translation>
    </message>
    <message>
        <source>The plan is saved:
{path}

On a patient&apos;s computer, open it with File › Open care team plan…</source>
        <translation>Der Plan ist gespeichert:
{path}

Öffnen Sie ihn auf dem Computer einer Patientin oder eines Patienten mit Datei › Plan des Behandlungsteams öffnen…</translation>
    </message>
    <message>
        <source>The plan could not be saved for this patient.</source>
        <translation>Der Plan konnte für diese Person nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>This patient&apos;s screens now follow this plan. Ticks and notes are kept.</source>
        <translation>Die Anzeigen dieser Person folgen jetzt diesem Plan. Häkchen und Notizen bleiben erhalten.</translation>
    </message>
    <message>
        <source>Care team: the team&apos;s plan</source>
        <translation>Behandlungsteam: der Plan des Teams</translation>
    </message>
    <message>
        <source>For the care team. Set up your team&apos;s plan once: contacts, instructions, steps and times. Save it to a file to give to patients, or use it for this patient.</source>
        <translation>Für das Behandlungsteam. Richten Sie den Plan Ihres Teams einmal ein: Kontakte, Anweisungen, Schritte und Zeiten. Speichern Sie ihn als Datei für die Patientinnen und Patienten, oder verwenden Sie ihn für diese Person.</translation>
    </message>
    <message>
        <source>Language of the texts you write:</source>
        <translation>Sprache der Texte, die Sie schreiben:</translation>
    </message>
    <message>
        <source>Where a patient&apos;s language is missing, show the texts in:</source>
        <translation>Fehlt die Sprache der Person, die Texte zeigen auf:</translation>
    </message>
    <message>
        <source>Write your team&apos;s own instructions. Patients see them as you write them, beside the steps they belong to.</source>
        <translation>Schreiben Sie die eigenen Anweisungen Ihres Teams. Die Patientinnen und Patienten sehen sie so, wie Sie sie schreiben, neben den passenden Schritten.</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Anweisungen</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>The day</source>
        <translation>Der Tag</translation>
    </message>
    <message>
        <source>Save to file…</source>
        <translation>Als Datei speichern…</translation>
    </message>
    <message>
        <source>Use for this patient</source>
        <translation>Für diese Person verwenden</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>CareTeamNote</name>
    <message>
        <source>This app gives general information. Your care team decides what is right for you: follow their instructions.</source>
        <translation>Diese App gibt allgemeine Informationen. Ihr Behandlungsteam entscheidet, was für Sie richtig ist: Folgen Sie seinen Anweisungen.</translation>
    </message>
</context>
<context>
    <name>CheckIn</name>
    <message>
        <source>Before the procedure</source>
        <translation>Vor dem Eingriff</translation>
    </message>
    <message>
        <source>One day after</source>
        <translation>Einen Tag danach</translation>
    </message>
    <message>
        <source>One week after</source>
        <translation>Eine Woche danach</translation>
    </message>
    <message>
        <source>Two weeks after</source>
        <translation>Zwei Wochen danach</translation>
    </message>
    <message>
        <source>One month after</source>
        <translation>Einen Monat danach</translation>
    </message>
    <message>
        <source>Three months after</source>
        <translation>Drei Monate danach</translation>
    </message>
    <message>
        <source>Six months after</source>
        <translation>Sechs Monate danach</translation>
    </message>
    <message>
        <source>One year after</source>
        <translation>Ein Jahr danach</translation>
    </message>
</context>
<context>
    <name>CheckInDialog</name>
    <message>
        <source>Call the emergency number now</source>
        <translation>Rufen Sie jetzt den Notruf</translation>
    </message>
    <message>
        <source>Your local emergency number</source>
        <translation>Den Notruf in Ihrem Land</translation>
    </message>
    <message>
        <source>Do not wait for the end of the questions. Call now.</source>
        <translation>Warten Sie nicht bis zum Ende der Fragen. Rufen Sie jetzt an.</translation>
    </message>
    <message>
        <source>Call your care team today</source>
        <translation>Rufen Sie heute Ihr Behandlungsteam an</translation>
    </message>
    <message>
        <source>Your care team&apos;s number is not entered in vertprep yet.</source>
        <translation>Die Nummer Ihres Behandlungsteams ist in vertprep noch nicht eingetragen.</translation>
    </message>
    <message>
        <source>Call them today, even if you feel better later.</source>
        <translation>Rufen Sie heute an, auch wenn es Ihnen später besser geht.</translation>
    </message>
    <message>
        <source>Your answers could not be saved.</source>
        <translation>Ihre Antworten konnten nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Thank you. Your answers are saved in your diary. If something worries you, call your care team.</source>
        <translation>Danke. Ihre Antworten sind in Ihrem Tagebuch gespeichert. Wenn Sie etwas beunruhigt, rufen Sie Ihr Behandlungsteam an.</translation>
    </message>
    <message>
        <source>Your answers are saved in your diary.</source>
        <translation>Ihre Antworten sind in Ihrem Tagebuch gespeichert.</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Abfrage</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Check-in: {name}</source>
        <translation>Abfrage: {name}</translation>
    </message>
    <message>
        <source>Your pain now, from 0 to 10:</source>
        <translation>Ihre Schmerzen jetzt, von 0 bis 10:</translation>
    </message>
    <message>
        <source>Next: warning signs</source>
        <translation>Weiter: Warnzeichen</translation>
    </message>
    <message>
        <source>Do you have any of these now?</source>
        <translation>Haben Sie jetzt eines dieser Zeichen?</translation>
    </message>
    <message>
        <source>Signs to call the emergency number for:</source>
        <translation>Zeichen, bei denen Sie den Notruf rufen:</translation>
    </message>
    <message>
        <source>Signs to call your care team for the same day:</source>
        <translation>Zeichen, bei denen Sie noch am selben Tag Ihr Behandlungsteam anrufen:</translation>
    </message>
    <message>
        <source>Save my answers</source>
        <translation>Meine Antworten speichern</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
</context>
<context>
    <name>ChecklistRow</name>
    <message>
        <source>What your care team told you to do:</source>
        <translation>Anweisungen Ihres Behandlungsteams:</translation>
    </message>
    <message>
        <source>Your note:</source>
        <translation>Ihre Notiz:</translation>
    </message>
    <message>
        <source>{status}. {due}</source>
        <translation>{status}. {due}</translation>
    </message>
    <message>
        <source>Note for: {title}</source>
        <translation>Notiz zu: {title}</translation>
    </message>
    <message>
        <source>Write here what your care team told you.</source>
        <translation>Schreiben Sie hier auf, was Ihr Behandlungsteam Ihnen gesagt hat.</translation>
    </message>
    <message>
        <source>Write a note</source>
        <translation>Notiz schreiben</translation>
    </message>
    <message>
        <source>Write a note for: {title}</source>
        <translation>Notiz schreiben zu: {title}</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>vertprep could not save your last change, so it was not kept: your data file is read-only.</source>
        <translation>vertprep konnte Ihre letzte Änderung nicht speichern, deshalb wurde sie nicht übernommen: Ihre Datendatei ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>vertprep could not save your last change, so it was not kept: another program is using your data. Please close it, then try again.</source>
        <translation>vertprep konnte Ihre letzte Änderung nicht speichern, deshalb wurde sie nicht übernommen: Ein anderes Programm verwendet gerade Ihre Daten. Bitte schließen Sie es und versuchen Sie es dann noch einmal.</translation>
    </message>
    <message>
        <source>vertprep could not save your last change, so it was not kept. Please check that the computer&apos;s disk is not full, then try again.</source>
        <translation>vertprep konnte Ihre letzte Änderung nicht speichern, deshalb wurde sie nicht übernommen. Bitte prüfen Sie, ob die Festplatte des Computers voll ist, und versuchen Sie es dann noch einmal.</translation>
    </message>
    <message>
        <source>Something went wrong. Your ticks and notes are saved. If this happens again, please tell the people who make vertprep.</source>
        <translation>Etwas ist schiefgegangen. Ihre Häkchen und Notizen sind gespeichert. Wenn das noch einmal passiert, geben Sie bitte den Entwicklern von vertprep Bescheid.</translation>
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
        <translation>Der Tag des Eingriffs</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>Enter your procedure date and arrival time to see the times of the day.</source>
        <translation>Geben Sie das Datum Ihres Eingriffs und die Ankunftszeit ein, um die Zeiten des Tages zu sehen.</translation>
    </message>
    <message>
        <source>{date}, arrival at {time}</source>
        <translation>{date}, Ankunft um {time}</translation>
    </message>
    <message>
        <source>Hospital or clinic: {place}</source>
        <translation>Krankenhaus oder Klinik: {place}</translation>
    </message>
    <message>
        <source>about {time}</source>
        <translation>etwa {time}</translation>
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
        <translation>Haken Sie einen Abschnitt an, um seine Zeit anzugeben, in Minuten nach der Ankunft. Abschnitte ohne Zeit werden der Reihe nach gezeigt, ohne Uhrzeit.</translation>
    </message>
    <message>
        <source>Reminder to leave, hours before arrival:</source>
        <translation>Erinnerung zum Aufbruch, Stunden vor der Ankunft:</translation>
    </message>
    <message>
        <source>Reminder the evening before, at:</source>
        <translation>Erinnerung am Vorabend, um:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Minutes after arrival: {stage}</source>
        <translation>Minuten nach der Ankunft: {stage}</translation>
    </message>
</context>
<context>
    <name>DetailsForm</name>
    <message>
        <source>Date of your procedure</source>
        <translation>Datum Ihres Eingriffs</translation>
    </message>
    <message>
        <source>A date from {first} to {last}</source>
        <translation>Ein Datum vom {first} bis zum {last}</translation>
    </message>
    <message>
        <source>Not scheduled yet</source>
        <translation>Noch nicht festgelegt</translation>
    </message>
    <message>
        <source>No date chosen yet</source>
        <translation>Noch kein Datum gewählt</translation>
    </message>
    <message>
        <source>Arrival time at the hospital</source>
        <translation>Ankunftszeit im Krankenhaus</translation>
    </message>
    <message>
        <source>Arrival time not known yet</source>
        <translation>Ankunftszeit noch nicht bekannt</translation>
    </message>
    <message>
        <source>Hospital or clinic (optional)</source>
        <translation>Krankenhaus oder Klinik (freiwillig)</translation>
    </message>
    <message>
        <source>Your name (optional)</source>
        <translation>Ihr Name (freiwillig)</translation>
    </message>
    <message>
        <source>Your care team&apos;s phone number</source>
        <translation>Telefonnummer Ihres Behandlungsteams</translation>
    </message>
    <message>
        <source>For example +44 20 7946 0000</source>
        <translation>Zum Beispiel +44 20 7946 0000</translation>
    </message>
    <message>
        <source>A phone number can only contain digits, spaces and + ( ) - . /, and an extension such as “ext. 12”.</source>
        <translation>Eine Telefonnummer darf nur Ziffern, Leerzeichen und + ( ) - . / enthalten, dazu eine Durchwahl wie „ext. 12“.</translation>
    </message>
    <message>
        <source>Hospital or clinic</source>
        <translation>Krankenhaus oder Klinik</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>Up and Down change the day, month or year; Left and Right move between them.</source>
        <translation>Mit den Pfeiltasten nach oben und unten ändern Sie Tag, Monat oder Jahr, mit links und rechts wechseln Sie dazwischen.</translation>
    </message>
    <message>
        <source>Type the time, or use the Up and Down arrow keys.</source>
        <translation>Geben Sie die Uhrzeit ein oder benutzen Sie die Pfeiltasten nach oben und unten.</translation>
    </message>
</context>
<context>
    <name>DiaryExportDialog</name>
    <message>
        <source>Export your pain diary</source>
        <translation>Ihr Schmerztagebuch exportieren</translation>
    </message>
    <message>
        <source>Pain diary</source>
        <translation>Schmerztagebuch</translation>
    </message>
    <message>
        <source>Spreadsheet files (*.csv)</source>
        <translation>Tabellendateien (*.csv)</translation>
    </message>
    <message>
        <source>The diary could not be saved here:
{path}
Please choose another folder.</source>
        <translation>Das Tagebuch konnte hier nicht gespeichert werden:
{path}
Bitte wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Diary entries saved: {count}. The file:
{path}</source>
        <translation>Gespeicherte Tagebucheinträge: {count}. Die Datei:
{path}</translation>
    </message>
</context>
<context>
    <name>DiaryTable</name>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Pain (0–10)</source>
        <translation>Schmerzen (0–10)</translation>
    </message>
    <message>
        <source>Walking</source>
        <translation>Gehen</translation>
    </message>
    <message>
        <source>Pain medicine</source>
        <translation>Schmerzmittel</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Your pain diary</source>
        <translation>Ihr Schmerztagebuch</translation>
    </message>
</context>
<context>
    <name>DiaryText</name>
    <message>
        <source>0 = no pain</source>
        <translation>0 = keine Schmerzen</translation>
    </message>
    <message>
        <source>10 = the worst pain you can imagine</source>
        <translation>10 = die stärksten Schmerzen, die Sie sich vorstellen können</translation>
    </message>
    <message>
        <source>Not at all</source>
        <translation>Gar nicht</translation>
    </message>
    <message>
        <source>Only indoors</source>
        <translation>Nur drinnen</translation>
    </message>
    <message>
        <source>A short walk outside</source>
        <translation>Ein kurzer Spaziergang draußen</translation>
    </message>
    <message>
        <source>A long walk outside</source>
        <translation>Ein langer Spaziergang draußen</translation>
    </message>
    <message>
        <source>Choose how strong your pain is, from 0 to 10. Nothing was saved.</source>
        <translation>Wählen Sie, wie stark Ihre Schmerzen sind, von 0 bis 10. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The pain score must be a number from 0 to 10. Nothing was saved.</source>
        <translation>Der Schmerzwert muss eine Zahl von 0 bis 10 sein. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>This day has not come yet. Choose today or an earlier day. Nothing was saved.</source>
        <translation>Dieser Tag ist noch nicht gekommen. Wählen Sie heute oder einen früheren Tag. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>There is already an entry for this day. Change that entry instead. Nothing was saved.</source>
        <translation>Für diesen Tag gibt es schon einen Eintrag. Ändern Sie stattdessen diesen Eintrag. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The note is too long. Nothing was saved.</source>
        <translation>Die Notiz ist zu lang. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>This entry no longer exists. Nothing was saved.</source>
        <translation>Diesen Eintrag gibt es nicht mehr. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>Keine Angabe</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>No pain scores are written down yet.</source>
        <translation>Es sind noch keine Schmerzwerte eingetragen.</translation>
    </message>
    <message>
        <source>Your usual pain before the procedure: {before} out of 10. No score after the procedure yet.</source>
        <translation>Ihre üblichen Schmerzen vor dem Eingriff: {before} von 10. Noch kein Wert nach dem Eingriff.</translation>
    </message>
    <message>
        <source>Your latest pain score: {now} out of 10, on {date}.</source>
        <translation>Ihr letzter Schmerzwert: {now} von 10, am {date}.</translation>
    </message>
    <message>
        <source>It went down by {points}.</source>
        <translation>Sie sind um {points} Punkte gesunken.</translation>
    </message>
    <message>
        <source>It went up by {points}.</source>
        <translation>Sie sind um {points} Punkte gestiegen.</translation>
    </message>
    <message>
        <source>It is the same as before.</source>
        <translation>Sie sind gleich wie vorher.</translation>
    </message>
    <message>
        <source>Your pain was {before} out of 10 before the procedure, and {now} out of 10 on {date} (day {days} after it).</source>
        <translation>Ihre Schmerzen lagen vor dem Eingriff bei {before} von 10 und am {date} (Tag {days} danach) bei {now} von 10.</translation>
    </message>
    <message>
        <source>Pain (0–10)</source>
        <translation>Schmerzen (0–10)</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Eingriff</translation>
    </message>
    <message>
        <source>Usual pain before: {score}</source>
        <translation>Übliche Schmerzen vorher: {score}</translation>
    </message>
    <message>
        <source>No pain scores yet</source>
        <translation>Noch keine Schmerzwerte</translation>
    </message>
    <message>
        <source>■ a day before the procedure   ● a day after it   │ the procedure day   – – your usual pain before it</source>
        <translation>■ ein Tag vor dem Eingriff   ● ein Tag danach   │ der Tag des Eingriffs   – – Ihre üblichen Schmerzen vorher</translation>
    </message>
    <message>
        <source>Chart of your pain over time</source>
        <translation>Diagramm Ihrer Schmerzen im Verlauf</translation>
    </message>
</context>
<context>
    <name>HelpScreen</name>
    <message>
        <source>Help and keyboard</source>
        <translation>Hilfe und Tastatur</translation>
    </message>
    <message>
        <source>You can use vertprep with the keyboard alone. The button, box or field that the keyboard is on has a thick outline.</source>
        <translation>Sie können vertprep auch nur mit der Tastatur bedienen. Der Knopf, das Kästchen oder das Feld, bei dem die Tastatur gerade ist, hat einen dicken Rahmen.</translation>
    </message>
    <message>
        <source>Moving around</source>
        <translation>Bewegen in der App</translation>
    </message>
    <message>
        <source>Go to the next button, box or field.</source>
        <translation>Zum nächsten Knopf, Kästchen oder Feld gehen.</translation>
    </message>
    <message>
        <source>Go back to the previous one.</source>
        <translation>Zum vorherigen zurückgehen.</translation>
    </message>
    <message>
        <source>Tick or untick the step you are on, or press the button.</source>
        <translation>Beim aktuellen Schritt das Häkchen setzen oder entfernen, oder den Knopf drücken.</translation>
    </message>
    <message>
        <source>In the list of screens: choose a screen.</source>
        <translation>In der Liste der Seiten: eine Seite auswählen.</translation>
    </message>
    <message>
        <source>Undo the last tick, untick or pain diary change. In a note, it undoes your typing instead.</source>
        <translation>Das letzte Setzen oder Entfernen eines Häkchens oder die letzte Änderung im Schmerztagebuch rückgängig machen. In einer Notiz macht es stattdessen Ihre letzte Eingabe rückgängig.</translation>
    </message>
    <message>
        <source>The buttons A− and A+ at the top make the text smaller or larger, up to twice the normal size; the button between them shows the size and sets it back to normal. High contrast shows white and yellow text on black. vertprep remembers your choice.</source>
        <translation>Die Knöpfe A− und A+ oben machen die Schrift kleiner oder größer, bis zur doppelten normalen Größe; der Knopf dazwischen zeigt die Größe und stellt sie wieder auf normal. Hoher Kontrast zeigt weiße und gelbe Schrift auf Schwarz. vertprep merkt sich Ihre Wahl.</translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Larger text and high contrast</source>
        <translation>Größere Schrift und hoher Kontrast</translation>
    </message>
    <message>
        <source>Screen readers</source>
        <translation>Vorleseprogramme (Screenreader)</translation>
    </message>
    <message>
        <source>vertprep works with screen readers such as NVDA, JAWS, VoiceOver and Orca. Each step says whether it is done and when it is due.</source>
        <translation>vertprep funktioniert mit Vorleseprogrammen wie NVDA, JAWS, VoiceOver und Orca. Bei jedem Schritt wird angesagt, ob er erledigt ist und wann er fällig ist.</translation>
    </message>
</context>
<context>
    <name>LanguageChooser</name>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Show vertprep in another language</source>
        <translation>vertprep in einer anderen Sprache anzeigen</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>Show vertprep in another language</source>
        <translation>vertprep in einer anderen Sprache anzeigen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>vertprep: getting ready for vertebroplasty</source>
        <translation>vertprep: Vorbereitung auf die Vertebroplastie</translation>
    </message>
    <message>
        <source>{name}: {title}</source>
        <translation>{name}: {title}</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>About vertprep</source>
        <translation>Über vertprep</translation>
    </message>
    <message>
        <source>vertprep {version}

Helps you prepare for vertebroplasty and follow up afterwards. It gives general information; your care team decides what is right for you.</source>
        <translation>vertprep {version}

Hilft Ihnen, sich auf die Vertebroplastie vorzubereiten, und begleitet Sie in der Zeit danach. Die App gibt allgemeine Informationen; Ihr Behandlungsteam entscheidet, was für Sie richtig ist.</translation>
    </message>
</context>
<context>
    <name>NavigationBar</name>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>{done} of {total} steps done</source>
        <translation>{done} von {total} Schritten erledigt</translation>
    </message>
    <message>
        <source>Previous screen (Alt+Left)</source>
        <translation>Vorherige Seite (Alt+Links)</translation>
    </message>
    <message>
        <source>Next screen (Alt+Right)</source>
        <translation>Nächste Seite (Alt+Rechts)</translation>
    </message>
    <message>
        <source>Goes to the previous screen.</source>
        <translation>Geht zur vorherigen Seite.</translation>
    </message>
    <message>
        <source>Goes to the next screen.</source>
        <translation>Geht zur nächsten Seite.</translation>
    </message>
</context>
<context>
    <name>OverviewScreen</name>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Enter your procedure date</source>
        <translation>Datum des Eingriffs eingeben</translation>
    </message>
    <message>
        <source>Your own reminders</source>
        <translation>Ihre eigenen Erinnerungen</translation>
    </message>
    <message>
        <source>Add a reminder</source>
        <translation>Erinnerung hinzufügen</translation>
    </message>
    <message>
        <source>Hello, {name}.</source>
        <translation>Guten Tag, {name}.</translation>
    </message>
    <message>
        <source>Enter the date when you know it: the dates of every step follow.</source>
        <translation>Geben Sie das Datum ein, sobald Sie es kennen: Daraus ergeben sich die Termine aller Schritte.</translation>
    </message>
    <message>
        <source>Procedure: {date}.</source>
        <translation>Eingriff: {date}.</translation>
    </message>
    <message>
        <source>Procedure: {date}. Arrive at {time}.</source>
        <translation>Eingriff: {date}. Ankunft um {time}.</translation>
    </message>
    <message>
        <source>Hospital or clinic: {place}</source>
        <translation>Krankenhaus oder Klinik: {place}</translation>
    </message>
    <message>
        <source>Your follow-up consultation: between {first} and {last}.</source>
        <translation>Ihr Nachsorgetermin: zwischen {first} und {last}.</translation>
    </message>
    <message>
        <source>Your procedure date is not set yet.</source>
        <translation>Das Datum Ihres Eingriffs steht noch nicht fest.</translation>
    </message>
    <message>
        <source>Your procedure is today.</source>
        <translation>Ihr Eingriff ist heute.</translation>
    </message>
    <message>
        <source>Your procedure is tomorrow.</source>
        <translation>Ihr Eingriff ist morgen.</translation>
    </message>
    <message>
        <source>Your procedure is in {days} days.</source>
        <translation>Ihr Eingriff ist in {days} Tagen.</translation>
    </message>
    <message>
        <source>Your procedure was yesterday.</source>
        <translation>Ihr Eingriff war gestern.</translation>
    </message>
    <message>
        <source>Your procedure was {days} days ago.</source>
        <translation>Ihr Eingriff war vor {days} Tagen.</translation>
    </message>
    <message>
        <source>Every step is done. Well done!</source>
        <translation>Alle Schritte sind erledigt. Gut gemacht!</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>Open the checklist</source>
        <translation>Checkliste öffnen</translation>
    </message>
    <message>
        <source>Open the after plan</source>
        <translation>Plan „Nach dem Eingriff“ öffnen</translation>
    </message>
    <message>
        <source>None yet. Add your own, such as “call the pharmacy”.</source>
        <translation>Noch keine. Fügen Sie eigene hinzu, zum Beispiel „Apotheke anrufen“.</translation>
    </message>
    <message>
        <source>{when}: {text}</source>
        <translation>{when}: {text}</translation>
    </message>
    <message>
        <source>More reminders: {count}</source>
        <translation>Weitere Erinnerungen: {count}</translation>
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
        <translation>Ihre eigenen Erinnerungen</translation>
    </message>
    <message>
        <source>Your reminder is saved.</source>
        <translation>Ihre Erinnerung ist gespeichert.</translation>
    </message>
    <message>
        <source>Write what the reminder is about, for example “call the pharmacy”. Nothing was saved.</source>
        <translation>Schreiben Sie, woran Sie erinnert werden möchten, zum Beispiel „Apotheke anrufen“. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>This reminder is too long. Nothing was saved.</source>
        <translation>Diese Erinnerung ist zu lang. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>This day has passed. Choose today or a later day. Nothing was saved.</source>
        <translation>Dieser Tag ist schon vorbei. Wählen Sie heute oder einen späteren Tag. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Delete reminder</source>
        <translation>Erinnerung löschen</translation>
    </message>
    <message>
        <source>Delete the reminder “{text}”?</source>
        <translation>Die Erinnerung „{text}“ löschen?</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Add a reminder</source>
        <translation>Neue Erinnerung</translation>
    </message>
    <message>
        <source>Add reminder</source>
        <translation>Erinnerung hinzufügen</translation>
    </message>
    <message>
        <source>Change this reminder</source>
        <translation>Diese Erinnerung ändern</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <source>Add reminders of your own, such as “ask about Prolia” or “call the pharmacy”. They appear on the overview, in your calendar when you export it, and on the printed plan.</source>
        <translation>Fügen Sie eigene Erinnerungen hinzu, zum Beispiel „nach Prolia fragen“ oder „Apotheke anrufen“. Sie erscheinen in der Übersicht, in Ihrem Kalender, wenn Sie ihn übertragen, und auf dem gedruckten Plan.</translation>
    </message>
    <message>
        <source>What do you want to remember?</source>
        <translation>Woran möchten Sie erinnert werden?</translation>
    </message>
    <message>
        <source>For example: call the pharmacy</source>
        <translation>Zum Beispiel: Apotheke anrufen</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Day of the reminder</source>
        <translation>Tag der Erinnerung</translation>
    </message>
    <message>
        <source>At a set time</source>
        <translation>Zu einer bestimmten Uhrzeit</translation>
    </message>
    <message>
        <source>Time of the reminder</source>
        <translation>Uhrzeit der Erinnerung</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Your reminders</source>
        <translation>Ihre Erinnerungen</translation>
    </message>
    <message>
        <source>Put your plan and your reminders in the calendar on your phone or computer, so they reach you when this app is closed.</source>
        <translation>Übertragen Sie Ihren Plan und Ihre Erinnerungen in den Kalender auf Ihrem Telefon oder Computer, damit sie Sie auch erreichen, wenn diese App geschlossen ist.</translation>
    </message>
    <message>
        <source>Export to calendar…</source>
        <translation>In den Kalender übertragen…</translation>
    </message>
    <message>
        <source>You have no reminders of your own yet.</source>
        <translation>Sie haben noch keine eigenen Erinnerungen.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <source>Change “{text}”</source>
        <translation>„{text}“ ändern</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete “{text}”</source>
        <translation>„{text}“ löschen</translation>
    </message>
</context>
<context>
    <name>PainScale</name>
    <message>
        <source>Pain {score} out of 10</source>
        <translation>Schmerzen {score} von 10</translation>
    </message>
    <message>
        <source>Pain now, 0 to 10</source>
        <translation>Schmerzen jetzt, 0 bis 10</translation>
    </message>
</context>
<context>
    <name>PatientActions</name>
    <message>
        <source>P&amp;atients…</source>
        <translation>P&amp;atienten…</translation>
    </message>
    <message>
        <source>Open, add or manage the patients on this computer</source>
        <translation>Patientinnen und Patienten auf diesem Computer öffnen, hinzufügen oder verwalten</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;Sichern…</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Wiederherstellen…</translation>
    </message>
</context>
<context>
    <name>PatientBanner</name>
    <message>
        <source>Plan of {name}</source>
        <translation>Plan von {name}</translation>
    </message>
    <message>
        <source>Switch patient…</source>
        <translation>Person wechseln…</translation>
    </message>
</context>
<context>
    <name>PatientsDialog</name>
    <message>
        <source>Bring &amp;back</source>
        <translation>&amp;Zurückholen</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archivieren</translation>
    </message>
    <message>
        <source>This plan is open. Open another patient&apos;s plan first.</source>
        <translation>Dieser Plan ist geöffnet. Öffnen Sie zuerst den Plan einer anderen Person.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Please enter a name (1 to 100 letters).</source>
        <translation>Bitte geben Sie einen Namen ein (1 bis 100 Zeichen).</translation>
    </message>
    <message>
        <source>Add a patient</source>
        <translation>Person hinzufügen</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Delete a patient</source>
        <translation>Person löschen</translation>
    </message>
    <message>
        <source>Delete {name} and everything stored for them: details, ticks, notes and reminders? This cannot be undone.

To hide a patient but keep their plan, archive them instead.</source>
        <translation>{name} und alles, was dazu gespeichert ist, löschen: Angaben, Häkchen, Notizen und Erinnerungen? Das kann nicht rückgängig gemacht werden.

Um eine Person auszublenden und ihren Plan zu behalten, archivieren Sie sie stattdessen.</translation>
    </message>
    <message>
        <source>Delete {name}</source>
        <translation>{name} löschen</translation>
    </message>
    <message>
        <source>This change could not be saved. Nothing was changed.</source>
        <translation>Diese Änderung konnte nicht gespeichert werden. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Patienten</translation>
    </message>
    <message>
        <source>Whose plan do you want to open?</source>
        <translation>Wessen Plan möchten Sie öffnen?</translation>
    </message>
    <message>
        <source>The patients on this computer</source>
        <translation>Die Patientinnen und Patienten auf diesem Computer</translation>
    </message>
    <message>
        <source>Search by name</source>
        <translation>Nach Namen suchen</translation>
    </message>
    <message>
        <source>Show archived patients</source>
        <translation>Archivierte Personen zeigen</translation>
    </message>
    <message>
        <source>&amp;Open this plan</source>
        <translation>Diesen Plan ö&amp;ffnen</translation>
    </message>
    <message>
        <source>A&amp;dd a patient…</source>
        <translation>Person &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
</context>
<context>
    <name>PatientsModel</name>
    <message>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>Jetzt geöffnet</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Procedure date: {date}</source>
        <translation>Datum des Eingriffs: {date}</translation>
    </message>
    <message>
        <source>No procedure date yet</source>
        <translation>Noch kein Datum des Eingriffs</translation>
    </message>
</context>
<context>
    <name>PlanImport</name>
    <message>
        <source>Care team plans (*.toml);;All files (*)</source>
        <translation>Pläne des Behandlungsteams (*.toml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>… and {count} more.</source>
        <translation>… und {count} weitere.</translation>
    </message>
    <message>
        <source>This care team plan cannot be used, and nothing was changed:
{path}

{problems}</source>
        <translation>Dieser Plan des Behandlungsteams kann nicht verwendet werden, und nichts wurde geändert:
{path}

{problems}</translation>
    </message>
    <message>
        <source>Open care team plan</source>
        <translation>Plan des Behandlungsteams öffnen</translation>
    </message>
    <message>
        <source>The plan could not be saved. Nothing was changed.</source>
        <translation>Der Plan konnte nicht gespeichert werden. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Your care team&apos;s plan is now in use:
{path}

What you ticked and wrote is kept.</source>
        <translation>Der Plan Ihres Behandlungsteams wird jetzt verwendet:
{path}

Was Sie abgehakt und geschrieben haben, bleibt erhalten.</translation>
    </message>
</context>
<context>
    <name>PlanLabels</name>
    <message>
        <source>Eating and drinking before the procedure</source>
        <translation>Essen und Trinken vor dem Eingriff</translation>
    </message>
    <message>
        <source>Your usual medicines</source>
        <translation>Ihre üblichen Medikamente</translation>
    </message>
    <message>
        <source>Blood thinners</source>
        <translation>Blutverdünner</translation>
    </message>
    <message>
        <source>Diabetes medicines and insulin</source>
        <translation>Diabetes-Medikamente und Insulin</translation>
    </message>
    <message>
        <source>How long you stay</source>
        <translation>Wie lange Sie bleiben</translation>
    </message>
    <message>
        <source>Care team phone</source>
        <translation>Telefon des Behandlungsteams</translation>
    </message>
    <message>
        <source>Emergency number</source>
        <translation>Notrufnummer</translation>
    </message>
    <message>
        <source>Hospital or clinic</source>
        <translation>Krankenhaus oder Klinik</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Erreichbarkeit</translation>
    </message>
    <message>
        <source>Emergency number: {number}</source>
        <translation>Notrufnummer: {number}</translation>
    </message>
    <message>
        <source>Your care team&apos;s instructions</source>
        <translation>Die Anweisungen Ihres Behandlungsteams</translation>
    </message>
    <message>
        <source>The times are your care team&apos;s estimates, counted from your arrival time. Your care team tells you if they change.</source>
        <translation>Die Zeiten sind Schätzungen Ihres Behandlungsteams, gerechnet ab Ihrer Ankunftszeit. Ihr Behandlungsteam sagt Ihnen, wenn sie sich ändern.</translation>
    </message>
    <message>
        <source>The stages come in this order. Your care team tells you the times, and how long you stay.</source>
        <translation>Die Abschnitte folgen in dieser Reihenfolge. Ihr Behandlungsteam sagt Ihnen die Zeiten und wie lange Sie bleiben.</translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation>Warnzeichen</translation>
    </message>
    <message>
        <source>Call your emergency number now if you have:</source>
        <translation>Rufen Sie sofort den Notruf, wenn bei Ihnen Folgendes auftritt:</translation>
    </message>
    <message>
        <source>Call your care team the same day if you have:</source>
        <translation>Rufen Sie noch am selben Tag Ihr Behandlungsteam an, wenn bei Ihnen Folgendes auftritt:</translation>
    </message>
    <message>
        <source>The first days</source>
        <translation>Die ersten Tage</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Nachsorge</translation>
    </message>
    <message>
        <source>Sudden new back pain</source>
        <translation>Plötzliche neue Rückenschmerzen</translation>
    </message>
    <message>
        <source>Long-term bone health</source>
        <translation>Knochengesundheit auf lange Sicht</translation>
    </message>
</context>
<context>
    <name>PlanProblem</name>
    <message>
        <source>this is not a TOML file: {detail}</source>
        <translation>das ist keine TOML-Datei: {detail}</translation>
    </message>
    <message>
        <source>written for plan format {found}, newer than this vertprep reads ({known}): install the newer vertprep</source>
        <translation>für das Planformat {found} geschrieben, neuer als das, was dieses vertprep liest ({known}): installieren Sie das neuere vertprep</translation>
    </message>
    <message>
        <source>the plan format version (format = {known}) is missing</source>
        <translation>die Version des Planformats (format = {known}) fehlt</translation>
    </message>
    <message>
        <source>unknown key (a typing mistake?); known here: {detail}</source>
        <translation>unbekannter Schlüssel (ein Tippfehler?); hier bekannt: {detail}</translation>
    </message>
    <message>
        <source>this is needed and missing</source>
        <translation>das ist nötig und fehlt</translation>
    </message>
    <message>
        <source>this should be {detail}</source>
        <translation>das sollte {detail} sein</translation>
    </message>
    <message>
        <source>{found} is not allowed here; allowed: {detail}</source>
        <translation>{found} ist hier nicht erlaubt; erlaubt: {detail}</translation>
    </message>
    <message>
        <source>the text in the plan&apos;s fallback language ({detail}) is missing</source>
        <translation>der Text in der Ersatzsprache des Plans ({detail}) fehlt</translation>
    </message>
    <message>
        <source>the id {found} is used twice (each must be different)</source>
        <translation>die ID {found} kommt zweimal vor (jede muss anders sein)</translation>
    </message>
    <message>
        <source>{found} is out of range: from {first} to {last}</source>
        <translation>{found} liegt außerhalb des Bereichs: von {first} bis {last}</translation>
    </message>
    <message>
        <source>the source {found} is not listed under [sources]</source>
        <translation>die Quelle {found} steht nicht unter [sources]</translation>
    </message>
    <message>
        <source>the file cannot be read: {detail}</source>
        <translation>die Datei kann nicht gelesen werden: {detail}</translation>
    </message>
    <message>
        <source>a table</source>
        <translation>eine Tabelle</translation>
    </message>
    <message>
        <source>text in quotes</source>
        <translation>ein Text in Anführungszeichen</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>[first day, last day]</source>
        <translation>[erster Tag, letzter Tag]</translation>
    </message>
    <message>
        <source>HH:MM, 24-hour</source>
        <translation>HH:MM, 24-Stunden-Format</translation>
    </message>
    <message>
        <source>small letters, digits and _</source>
        <translation>Kleinbuchstaben, Ziffern und _</translation>
    </message>
    <message>
        <source>line {line}, {key}: {reason}</source>
        <translation>Zeile {line}, {key}: {reason}</translation>
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
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Heute fällig</translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation>Demnächst</translation>
    </message>
    <message>
        <source>No date yet</source>
        <translation>Noch kein Datum</translation>
    </message>
    <message>
        <source>Between {first} and {last}</source>
        <translation>Zwischen {first} und {last}</translation>
    </message>
    <message>
        <source>The date will appear once you enter your procedure date.</source>
        <translation>Das Datum erscheint, sobald Sie das Datum Ihres Eingriffs eingeben.</translation>
    </message>
    <message>
        <source>Do this by {date}</source>
        <translation>Zu erledigen bis {date}</translation>
    </message>
    <message>
        <source>By your consultation</source>
        <translation>Bis zu Ihrem Beratungstermin</translation>
    </message>
    <message>
        <source>Before the procedure</source>
        <translation>Vor dem Eingriff</translation>
    </message>
    <message>
        <source>When your doctor advises</source>
        <translation>Wenn Ihre Ärztin oder Ihr Arzt es empfiehlt</translation>
    </message>
    <message>
        <source>Done on {date}</source>
        <translation>Erledigt am {date}</translation>
    </message>
</context>
<context>
    <name>PlanWords</name>
    <message>
        <source>Your care team wrote this in {language}.</source>
        <translation>Ihr Behandlungsteam hat dies auf {language} geschrieben.</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <source>Pages: {count}</source>
        <translation>Seiten: {count}</translation>
    </message>
    <message>
        <source>The plan could not be printed. Check the printer.</source>
        <translation>Der Plan konnte nicht gedruckt werden. Bitte prüfen Sie den Drucker.</translation>
    </message>
    <message>
        <source>Sent to the printer: {count} pages.</source>
        <translation>An den Drucker gesendet (Seiten: {count}).</translation>
    </message>
    <message>
        <source>Save the plan as PDF</source>
        <translation>Plan als PDF speichern</translation>
    </message>
    <message>
        <source>Report for my follow-up visit</source>
        <translation>Bericht für meinen Nachsorgetermin</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The disk is full, so the PDF could not be saved. A file that was already there is unchanged:
{path}</source>
        <translation>Die Festplatte ist voll, deshalb konnte die PDF-Datei nicht gespeichert werden. Eine Datei, die schon dort war, ist unverändert:
{path}</translation>
    </message>
    <message>
        <source>The PDF could not be saved here:
{path}
Please choose another folder.</source>
        <translation>Die PDF-Datei konnte hier nicht gespeichert werden:
{path}
Bitte wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Saved {count} pages as PDF:
{path}</source>
        <translation>Als PDF gespeichert (Seiten: {count}):
{path}</translation>
    </message>
    <message>
        <source>Print your plan</source>
        <translation>Ihren Plan drucken</translation>
    </message>
    <message>
        <source>&amp;What to print</source>
        <translation>&amp;Was gedruckt wird</translation>
    </message>
    <message>
        <source>The whole plan</source>
        <translation>Der ganze Plan</translation>
    </message>
    <message>
        <source>Only the Before checklist</source>
        <translation>Nur die Checkliste „Vor dem Eingriff“</translation>
    </message>
    <message>
        <source>Only the day of the procedure</source>
        <translation>Nur der Tag des Eingriffs</translation>
    </message>
    <message>
        <source>Only the After plan and warning signs</source>
        <translation>Nur der Plan „Nach dem Eingriff“ und die Warnzeichen</translation>
    </message>
    <message>
        <source>&amp;Language of the printout</source>
        <translation>&amp;Sprache des Ausdrucks</translation>
    </message>
    <message>
        <source>&amp;Second language, side by side</source>
        <translation>&amp;Zweite Sprache, nebeneinander</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>&amp;Blank plan to fill in by hand (no personal data)</source>
        <translation>&amp;Leerer Plan zum Ausfüllen von Hand (ohne persönliche Daten)</translation>
    </message>
    <message>
        <source>Lar&amp;ge print</source>
        <translation>&amp;Große Schrift</translation>
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
        <translation>Letter (USA)</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>Legal</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Vergrößern</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>&amp;Als PDF speichern…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Schl&amp;ießen</translation>
    </message>
    <message>
        <source>Preview of the printed plan</source>
        <translation>Vorschau des gedruckten Plans</translation>
    </message>
</context>
<context>
    <name>PrintedPlan</name>
    <message>
        <source>Your vertebroplasty plan</source>
        <translation>Ihr Plan für die Vertebroplastie</translation>
    </message>
    <message>
        <source>Name: {name}</source>
        <translation>Name: {name}</translation>
    </message>
    <message>
        <source>Procedure date: {date}</source>
        <translation>Datum des Eingriffs: {date}</translation>
    </message>
    <message>
        <source>Arrival time: {time}</source>
        <translation>Ankunftszeit: {time}</translation>
    </message>
    <message>
        <source>Hospital or clinic: {place}</source>
        <translation>Krankenhaus oder Klinik: {place}</translation>
    </message>
    <message>
        <source>Care team phone: {phone}</source>
        <translation>Telefon des Behandlungsteams: {phone}</translation>
    </message>
    <message>
        <source>Printed on {date}</source>
        <translation>Gedruckt am {date}</translation>
    </message>
    <message>
        <source>{label}: {value}</source>
        <translation>{label}: {value}</translation>
    </message>
    <message>
        <source>This plan gives general information. Your care team decides what is right for you: follow their instructions.</source>
        <translation>Dieser Plan gibt allgemeine Informationen. Ihr Behandlungsteam entscheidet, was für Sie richtig ist: Folgen Sie seinen Anweisungen.</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Seite {page} von {pages}</translation>
    </message>
    <message>
        <source>This plan informs you; your care team decides what is right for you.</source>
        <translation>Dieser Plan informiert Sie; Ihr Behandlungsteam entscheidet, was für Sie richtig ist.</translation>
    </message>
    <message>
        <source>Tick each step when it is done. Write down what your care team tells you, for example when to stop a medicine.</source>
        <translation>Haken Sie jeden Schritt ab, wenn er erledigt ist. Schreiben Sie auf, was Ihr Behandlungsteam Ihnen sagt, zum Beispiel wann Sie ein Medikament absetzen sollen.</translation>
    </message>
    <message>
        <source>Before the procedure</source>
        <translation>Vor dem Eingriff</translation>
    </message>
    <message>
        <source>Date: {date}</source>
        <translation>Datum: {date}</translation>
    </message>
    <message>
        <source>Do this by: {date}</source>
        <translation>Zu erledigen bis: {date}</translation>
    </message>
    <message>
        <source>What your care team told you to do:</source>
        <translation>Anweisungen Ihres Behandlungsteams:</translation>
    </message>
    <message>
        <source>Your note:</source>
        <translation>Ihre Notiz:</translation>
    </message>
    <message>
        <source>{date}, arrival at {time}</source>
        <translation>{date}, Ankunft um {time}</translation>
    </message>
    <message>
        <source>Date: {date}   Arrival time: {time}</source>
        <translation>Datum: {date}   Ankunftszeit: {time}</translation>
    </message>
    <message>
        <source>The day of the procedure</source>
        <translation>Der Tag des Eingriffs</translation>
    </message>
    <message>
        <source>about {time}</source>
        <translation>etwa {time}</translation>
    </message>
    <message>
        <source>After the procedure</source>
        <translation>Nach dem Eingriff</translation>
    </message>
    <message>
        <source>What vertebroplasty does not do</source>
        <translation>Was die Vertebroplastie nicht leistet</translation>
    </message>
    <message>
        <source>Your care team: {phone}</source>
        <translation>Ihr Behandlungsteam: {phone}</translation>
    </message>
    <message>
        <source>Your own reminders</source>
        <translation>Ihre eigenen Erinnerungen</translation>
    </message>
    <message>
        <source>{date} at {time}</source>
        <translation>{date} um {time}</translation>
    </message>
</context>
<context>
    <name>PrintedReport</name>
    <message>
        <source>Report for my follow-up visit</source>
        <translation>Bericht für meinen Nachsorgetermin</translation>
    </message>
    <message>
        <source>Name: {name}</source>
        <translation>Name: {name}</translation>
    </message>
    <message>
        <source>Procedure date: {date}</source>
        <translation>Datum des Eingriffs: {date}</translation>
    </message>
    <message>
        <source>Printed on {date}</source>
        <translation>Gedruckt am {date}</translation>
    </message>
    <message>
        <source>Written by the patient with vertprep, from their own pain diary and check-ins. vertprep sends nothing to anyone, and nobody watched these answers. Your care team decides what is right for you.</source>
        <translation>Vom Patienten mit vertprep erstellt, aus dem eigenen Schmerztagebuch und den Abfragen. vertprep sendet nichts an irgendjemanden, und niemand hat diese Antworten angesehen. Ihr Behandlungsteam entscheidet, was für Sie richtig ist.</translation>
    </message>
    <message>
        <source>Pain before the procedure (median; days written down: {count}): {score} out of 10</source>
        <translation>Schmerzen vor dem Eingriff (Median; eingetragene Tage: {count}): {score} von 10</translation>
    </message>
    <message>
        <source>Pain now ({date}): {score} out of 10</source>
        <translation>Schmerzen jetzt ({date}): {score} von 10</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Schmerzen</translation>
    </message>
    <message>
        <source>{date} ({when}): {sign}</source>
        <translation>{date} ({when}): {sign}</translation>
    </message>
    <message>
        <source>No warning sign was answered yes in the check-ins.</source>
        <translation>Bei den Abfragen wurde kein Warnzeichen mit „Ja“ beantwortet.</translation>
    </message>
    <message>
        <source>Warning signs answered yes in the check-ins</source>
        <translation>Warnzeichen, die bei den Abfragen mit „Ja“ beantwortet wurden</translation>
    </message>
    <message>
        <source>{when}, {date}: pain {score} out of 10</source>
        <translation>{when}, {date}: Schmerzen {score} von 10</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Abfragen</translation>
    </message>
    <message>
        <source>No step is ticked as done yet.</source>
        <translation>Noch kein Schritt ist als erledigt abgehakt.</translation>
    </message>
    <message>
        <source>Steps done</source>
        <translation>Erledigte Schritte</translation>
    </message>
    <message>
        <source>{date}: {note}</source>
        <translation>{date}: {note}</translation>
    </message>
    <message>
        <source>My notes</source>
        <translation>Meine Notizen</translation>
    </message>
    <message>
        <source>Questions for my doctor</source>
        <translation>Fragen an meine Ärztin oder meinen Arzt</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Seite {page} von {pages}</translation>
    </message>
</context>
<context>
    <name>QShortcut</name>
    <message>
        <source>Space</source>
        <translation>Leertaste</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Eingabetaste</translation>
    </message>
</context>
<context>
    <name>RecoveryParts</name>
    <message>
        <source>vertprep sends nothing to anyone, and nobody watches these answers. If you are worried, call your care team; in an emergency, call your emergency number.</source>
        <translation>vertprep sendet nichts an irgendjemanden, und niemand sieht sich diese Antworten an. Wenn Sie sich Sorgen machen, rufen Sie Ihr Behandlungsteam an; im Notfall rufen Sie den Notruf.</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Abfragen</translation>
    </message>
    <message>
        <source>The emergency number where you live:</source>
        <translation>Der Notruf dort, wo Sie wohnen:</translation>
    </message>
    <message>
        <source>Emergency number</source>
        <translation>Notruf</translation>
    </message>
    <message>
        <source>Write the number here</source>
        <translation>Schreiben Sie die Nummer hier hin</translation>
    </message>
    <message>
        <source>A check-in is waiting: {name} ({date}).</source>
        <translation>Eine Abfrage wartet: {name} ({date}).</translation>
    </message>
    <message>
        <source>Start the check-in</source>
        <translation>Abfrage beginnen</translation>
    </message>
    <message>
        <source>Enter your procedure date on the Welcome screen to plan the check-ins.</source>
        <translation>Tragen Sie das Datum Ihres Eingriffs auf der Seite „Willkommen“ ein, um die Abfragen zu planen.</translation>
    </message>
    <message>
        <source>Next check-in: {name}, on {date}.</source>
        <translation>Nächste Abfrage: {name}, am {date}.</translation>
    </message>
    <message>
        <source>There are no more check-ins planned.</source>
        <translation>Es sind keine weiteren Abfragen geplant.</translation>
    </message>
    <message>
        <source>Check in now</source>
        <translation>Jetzt eine Abfrage machen</translation>
    </message>
    <message>
        <source>Your care team: {phone}</source>
        <translation>Ihr Behandlungsteam: {phone}</translation>
    </message>
    <message>
        <source>Add your care team&apos;s phone number on the Welcome screen so it shows here.</source>
        <translation>Tragen Sie die Telefonnummer Ihres Behandlungsteams auf der Seite „Willkommen“ ein, damit sie hier erscheint.</translation>
    </message>
    <message>
        <source>Your pain over time</source>
        <translation>Ihre Schmerzen im Verlauf</translation>
    </message>
    <message>
        <source>Your questions are saved.</source>
        <translation>Ihre Fragen sind gespeichert.</translation>
    </message>
    <message>
        <source>Questions for my doctor</source>
        <translation>Fragen an meine Ärztin oder meinen Arzt</translation>
    </message>
    <message>
        <source>Write one question a line. They are printed on the report for your follow-up visit (File › Print).</source>
        <translation>Schreiben Sie eine Frage pro Zeile. Sie werden auf dem Bericht für Ihren Nachsorgetermin gedruckt (Datei › Drucken).</translation>
    </message>
    <message>
        <source>For example: When may I lift my grandchild?</source>
        <translation>Zum Beispiel: Wann darf ich mein Enkelkind hochheben?</translation>
    </message>
</context>
<context>
    <name>RecoveryScreen</name>
    <message>
        <source>Your recovery</source>
        <translation>Ihre Erholung</translation>
    </message>
    <message>
        <source>Your entry could not be saved: the data file cannot be written.</source>
        <translation>Ihr Eintrag konnte nicht gespeichert werden: Die Datendatei kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Saved: pain {score} out of 10 on {date}. Ctrl+Z takes it back.</source>
        <translation>Gespeichert: Schmerzen {score} von 10 am {date}. Strg+Z nimmt es zurück.</translation>
    </message>
    <message>
        <source>The entry of {date} is deleted. Ctrl+Z brings it back.</source>
        <translation>Der Eintrag vom {date} ist gelöscht. Strg+Z holt ihn zurück.</translation>
    </message>
    <message>
        <source>How is your pain today?</source>
        <translation>Wie sind Ihre Schmerzen heute?</translation>
    </message>
    <message>
        <source>Save today&apos;s entry</source>
        <translation>Heutigen Eintrag speichern</translation>
    </message>
    <message>
        <source>Change the entry of {date}</source>
        <translation>Eintrag vom {date} ändern</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <source>Write down your pain once a day, before and after the procedure. The days before it show your usual pain; the days after show how it changes. Take this to your follow-up visit. The app informs; your care team decides.</source>
        <translation>Schreiben Sie Ihre Schmerzen einmal am Tag auf, vor und nach dem Eingriff. Die Tage davor zeigen Ihre üblichen Schmerzen, die Tage danach, wie sie sich ändern. Nehmen Sie es zu Ihrem Nachsorgetermin mit. Die App informiert; Ihr Behandlungsteam entscheidet.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Day of the entry</source>
        <translation>Tag des Eintrags</translation>
    </message>
    <message>
        <source>Your pain now, from 0 to 10:</source>
        <translation>Ihre Schmerzen jetzt, von 0 bis 10:</translation>
    </message>
    <message>
        <source>How far did you walk today? (if you want to say)</source>
        <translation>Wie weit sind Sie heute gegangen? (wenn Sie es angeben möchten)</translation>
    </message>
    <message>
        <source>Did you take pain medicine today?</source>
        <translation>Haben Sie heute Schmerzmittel genommen?</translation>
    </message>
    <message>
        <source>Note (if you want)</source>
        <translation>Notiz (wenn Sie möchten)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Your entries, newest first</source>
        <translation>Ihre Einträge, die neuesten zuerst</translation>
    </message>
    <message>
        <source>Change the chosen entry</source>
        <translation>Gewählten Eintrag ändern</translation>
    </message>
    <message>
        <source>Delete the chosen entry</source>
        <translation>Gewählten Eintrag löschen</translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <source>Reminder 1 of {count}</source>
        <translation>Erinnerung 1 von {count}</translation>
    </message>
    <message>
        <source>{status}: {text}</source>
        <translation>{status}: {text}</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Erinnerung</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Dismiss this reminder: it will not come back</source>
        <translation>Diese Erinnerung entfernen: Sie erscheint nicht wieder</translation>
    </message>
    <message>
        <source>Remind me tomorrow</source>
        <translation>Morgen wieder erinnern</translation>
    </message>
    <message>
        <source>Hide this reminder until tomorrow</source>
        <translation>Diese Erinnerung bis morgen ausblenden</translation>
    </message>
    <message>
        <source>Start the check-in</source>
        <translation>Abfrage beginnen</translation>
    </message>
</context>
<context>
    <name>ReminderText</name>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Morgen</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Heute fällig</translation>
    </message>
    <message>
        <source>Your procedure is tomorrow, {date}.</source>
        <translation>Ihr Eingriff ist morgen, am {date}.</translation>
    </message>
    <message>
        <source>Your procedure is tomorrow, {date}. Arrive at {time}.</source>
        <translation>Ihr Eingriff ist morgen, am {date}. Ankunft um {time}.</translation>
    </message>
    <message>
        <source>Pain check-in: {name}. Your pain now and a few yes or no questions, on the Your recovery screen.</source>
        <translation>Schmerz-Abfrage: {name}. Ihre Schmerzen jetzt und ein paar Ja-oder-Nein-Fragen, auf der Seite „Ihre Erholung“.</translation>
    </message>
    <message>
        <source>{text} (on {date})</source>
        <translation>{text} (am {date})</translation>
    </message>
    <message>
        <source>{text} (today at {time})</source>
        <translation>{text} (heute um {time})</translation>
    </message>
    <message>
        <source>{title}: this was due by {date}.</source>
        <translation>{title}: Das war bis {date} fällig.</translation>
    </message>
    <message>
        <source>{title}: do this today.</source>
        <translation>{title}: Bitte heute erledigen.</translation>
    </message>
</context>
<context>
    <name>SaveDialog</name>
    <message>
        <source>Vertebroplasty plan</source>
        <translation>Plan für die Vertebroplastie</translation>
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
        <translation>Ihre Datendatei ist schreibgeschützt, deshalb könnte vertprep keine Änderung speichern. Bitten Sie die Person, die diesen Computer betreut, das Schreiben zu erlauben:
{path}</translation>
    </message>
    <message>
        <source>Another program is using your data right now. Close it, then start vertprep again:
{path}</source>
        <translation>Ein anderes Programm verwendet gerade Ihre Daten. Schließen Sie es und starten Sie vertprep dann noch einmal:
{path}</translation>
    </message>
    <message>
        <source>The computer&apos;s disk is full, so vertprep cannot save your data. Free some space, then start vertprep again:
{path}</source>
        <translation>Die Festplatte des Computers ist voll, deshalb kann vertprep Ihre Daten nicht speichern. Schaffen Sie etwas Platz und starten Sie vertprep dann noch einmal:
{path}</translation>
    </message>
    <message>
        <source>vertprep is not allowed to use this folder for your data, or its name is too long:
{path}</source>
        <translation>vertprep darf diesen Ordner nicht für Ihre Daten verwenden, oder sein Name ist zu lang:
{path}</translation>
    </message>
    <message>
        <source>Your data was saved by a newer version of vertprep. Please install the newer version to open it. The file has not been changed:
{path}</source>
        <translation>Ihre Daten wurden von einer neueren Version von vertprep gespeichert. Bitte installieren Sie die neuere Version, um sie zu öffnen. Die Datei wurde nicht verändert:
{path}</translation>
    </message>
    <message>
        <source>vertprep cannot open or save your data in this file:
{path}</source>
        <translation>vertprep kann Ihre Daten in dieser Datei nicht öffnen oder speichern:
{path}</translation>
    </message>
</context>
<context>
    <name>StepsTab</name>
    <message>
        <source>Add a step before the procedure</source>
        <translation>Schritt vor dem Eingriff hinzufügen</translation>
    </message>
    <message>
        <source>Add a step after the procedure</source>
        <translation>Schritt nach dem Eingriff hinzufügen</translation>
    </message>
    <message>
        <source>Remove this step</source>
        <translation>Diesen Schritt entfernen</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Patients who already ticked it keep their record; it is no longer shown.</source>
        <translation>Wer ihn schon abgehakt hat, behält den Eintrag; er wird nicht mehr gezeigt.</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>Explanation:</source>
        <translation>Erklärung:</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Wann:</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>Tage:</translation>
    </message>
    <message>
        <source>Last day after the procedure:</source>
        <translation>Letzter Tag nach dem Eingriff:</translation>
    </message>
    <message>
        <source>The note asks for the care team&apos;s instructions</source>
        <translation>Die Notiz fragt nach den Anweisungen des Behandlungsteams</translation>
    </message>
    <message>
        <source>By the consultation</source>
        <translation>Bis zum Beratungstermin</translation>
    </message>
    <message>
        <source>Before the procedure, no date</source>
        <translation>Vor dem Eingriff, ohne Datum</translation>
    </message>
    <message>
        <source>A number of days before the procedure</source>
        <translation>Eine Anzahl Tage vor dem Eingriff</translation>
    </message>
    <message>
        <source>A number of days after the procedure</source>
        <translation>Eine Anzahl Tage nach dem Eingriff</translation>
    </message>
    <message>
        <source>Between two days after the procedure</source>
        <translation>Zwischen zwei Tagen nach dem Eingriff</translation>
    </message>
    <message>
        <source>No date: as the doctor advises</source>
        <translation>Ohne Datum: wie die Ärztin oder der Arzt empfiehlt</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>{phase}: {title}</source>
        <translation>{phase}: {title}</translation>
    </message>
    <message>
        <source>From the sources of vertprep&apos;s plan ({source}).</source>
        <translation>Aus den Quellen des vertprep-Plans ({source}).</translation>
    </message>
    <message>
        <source>Your team&apos;s own step.</source>
        <translation>Ein eigener Schritt Ihres Teams.</translation>
    </message>
    <message>
        <source>First day after the procedure:</source>
        <translation>Erster Tag nach dem Eingriff:</translation>
    </message>
    <message>
        <source>New step</source>
        <translation>Neuer Schritt</translation>
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
        <translation>Die Schrift ist auf {percent}&#xa0;% ihrer normalen Größe. Drücken Sie hier, um zur normalen Größe zurückzukehren.</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Kleinere Schrift</translation>
    </message>
    <message>
        <source>Makes all text smaller.</source>
        <translation>Macht die gesamte Schrift kleiner.</translation>
    </message>
    <message>
        <source>Normal text size</source>
        <translation>Normale Schriftgröße</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Größere Schrift</translation>
    </message>
    <message>
        <source>Makes all text larger, up to twice the normal size.</source>
        <translation>Macht die gesamte Schrift größer, bis zur doppelten normalen Größe.</translation>
    </message>
    <message>
        <source>{action} ({keys})</source>
        <translation>{action} ({keys})</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hoher Kontrast</translation>
    </message>
    <message>
        <source>Shows white and yellow text on black.</source>
        <translation>Zeigt weiße und gelbe Schrift auf Schwarz.</translation>
    </message>
    <message>
        <source>High contrast ({keys})</source>
        <translation>Hoher Kontrast ({keys})</translation>
    </message>
</context>
<context>
    <name>UndoToast</name>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Undo the last tick ({keys})</source>
        <translation>Letztes Häkchen rückgängig machen ({keys})</translation>
    </message>
    <message>
        <source>Marked as done.</source>
        <translation>Als erledigt markiert.</translation>
    </message>
    <message>
        <source>Marked as done: {title}</source>
        <translation>Als erledigt markiert: {title}</translation>
    </message>
    <message>
        <source>Marked as not done.</source>
        <translation>Als nicht erledigt markiert.</translation>
    </message>
    <message>
        <source>Marked as not done: {title}</source>
        <translation>Als nicht erledigt markiert: {title}</translation>
    </message>
    <message>
        <source>{change}. To undo it, press this button or {keys}.</source>
        <translation>{change}. Zum Rückgängigmachen drücken Sie diesen Knopf oder {keys}.</translation>
    </message>
</context>
<context>
    <name>ViewSettings</name>
    <message>
        <source>&amp;Larger text</source>
        <translation>&amp;Größere Schrift</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>&amp;Kleinere Schrift</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>&amp;Normale Schriftgröße</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>&amp;Hoher Kontrast</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Welcome and your details</source>
        <translation>Willkommen und Ihre Angaben</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>This app helps you get ready for vertebroplasty, a treatment that puts bone cement into a vertebra broken by osteoporosis. It explains each step before the procedure, shows what happens on the day, and guides you through the weeks after it. It reminds you what is due and keeps your notes. Everything you enter stays on this computer.</source>
        <translation>Diese App hilft Ihnen, sich auf eine Vertebroplastie vorzubereiten. Das ist eine Behandlung, bei der Knochenzement in einen Wirbel gespritzt wird, der durch Osteoporose gebrochen ist. Die App erklärt jeden Schritt vor dem Eingriff, zeigt, was am Tag des Eingriffs geschieht, und begleitet Sie durch die Wochen danach. Sie erinnert Sie an das, was fällig ist, und bewahrt Ihre Notizen auf. Alles, was Sie eingeben, bleibt auf diesem Computer.</translation>
    </message>
    <message>
        <source>Your details</source>
        <translation>Ihre Angaben</translation>
    </message>
    <message>
        <source>You can change these at any time. All dates in the app follow your procedure date.</source>
        <translation>Sie können diese Angaben jederzeit ändern. Alle Termine in der App richten sich nach dem Datum Ihres Eingriffs.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginnen</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo the last change</source>
        <translation>Letzte Änderung &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>&amp;Help and keyboard shortcuts</source>
        <translation>&amp;Hilfe und Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Werkzeugleiste</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Print your plan, or save it as a PDF</source>
        <translation>Ihren Plan drucken oder als PDF speichern</translation>
    </message>
    <message>
        <source>Export to &amp;calendar…</source>
        <translation>In den &amp;Kalender übertragen…</translation>
    </message>
    <message>
        <source>Save your plan and reminders as a file for your calendar</source>
        <translation>Ihren Plan und Ihre Erinnerungen als Datei für Ihren Kalender speichern</translation>
    </message>
    <message>
        <source>&amp;Open care team plan…</source>
        <translation>Plan des Behandlungsteams ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Use the plan file your care team gave you: its steps, times and contacts</source>
        <translation>Die Plandatei Ihres Behandlungsteams verwenden: ihre Schritte, Zeiten und Kontakte</translation>
    </message>
    <message>
        <source>&amp;Edit the care team&apos;s plan…</source>
        <translation>Plan des Behandlungsteams &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Report for my follow-up visit…</source>
        <translation>Be&amp;richt für meinen Nachsorgetermin…</translation>
    </message>
    <message>
        <source>Export &amp;diary…</source>
        <translation>&amp;Tagebuch exportieren…</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>&amp;About vertprep</source>
        <translation>Ü&amp;ber vertprep</translation>
    </message>
</context>
</TS>
