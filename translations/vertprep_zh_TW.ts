<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
<context>
    <name>AboutScreen</name>
    <message>
        <source>About the procedure</source>
        <translation>關於手術</translation>
    </message>
    <message>
        <source>What is vertebroplasty?</source>
        <translation>什麼是椎體成形術？</translation>
    </message>
    <message>
        <source>1. A vertebra broken by osteoporosis</source>
        <translation>1. 因骨質疏鬆症而骨折的脊椎骨</translation>
    </message>
    <message>
        <source>2. Cement, injected through a needle, fills the break</source>
        <translation>2. 經由針打入的骨水泥，填滿骨折的地方</translation>
    </message>
    <message>
        <source>What it does not do</source>
        <translation>這項手術做不到的事</translation>
    </message>
    <message>
        <source>How it is done</source>
        <translation>手術怎麼做</translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation>好處</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>風險</translation>
    </message>
    <message>
        <source>Serious side effects happen in fewer than 1 in 200 patients. They include:</source>
        <translation>每 200 位病人中，發生嚴重副作用的不到 1 位。這些副作用包括：</translation>
    </message>
    <message>
        <source>Source: CIRSE patient information, cirse.org/patients</source>
        <translation>資料來源：CIRSE 病人衛教資訊，cirse.org/patients</translation>
    </message>
</context>
<context>
    <name>AfterScreen</name>
    <message>
        <source>After the procedure</source>
        <translation>手術後</translation>
    </message>
    <message>
        <source>Your care team: {phone}</source>
        <translation>您的醫療團隊：{phone}</translation>
    </message>
    <message>
        <source>Add your care team&apos;s phone number on the Welcome screen so it shows here.</source>
        <translation>請在「歡迎」畫面填入您醫療團隊的電話號碼，這裡就會顯示出來。</translation>
    </message>
</context>
<context>
    <name>AgentNotice</name>
    <message>
        <source>vertprep reminders</source>
        <translation>vertprep 提醒</translation>
    </message>
    <message>
        <source>While vertprep was closed: {count} reminders</source>
        <translation>vertprep 關閉期間：{count} 則提醒</translation>
    </message>
    <message>
        <source>While vertprep was closed: a reminder</source>
        <translation>vertprep 關閉期間：一則提醒</translation>
    </message>
    <message>
        <source>vertprep: {count} reminders</source>
        <translation>vertprep：{count} 則提醒</translation>
    </message>
    <message>
        <source>vertprep reminder</source>
        <translation>vertprep 提醒</translation>
    </message>
    <message>
        <source>{title} – for {name}</source>
        <translation>{title}（給{name}）</translation>
    </message>
    <message>
        <source>{status}: {text}</source>
        <translation>{status}：{text}</translation>
    </message>
    <message>
        <source>and {count} more in vertprep</source>
        <translation>另有 {count} 則在 vertprep 中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>關閉提醒</translation>
    </message>
    <message>
        <source>Remind me tomorrow</source>
        <translation>明天再提醒我</translation>
    </message>
    <message>
        <source>Open vertprep</source>
        <translation>開啟 vertprep</translation>
    </message>
    <message>
        <source>This computer could not show vertprep&apos;s reminders while vertprep is closed: it has no notification area. Export your plan to your calendar instead, and your calendar will remind you.</source>
        <translation>這台電腦在 vertprep 關閉時無法顯示 vertprep 的提醒：它沒有通知區域。請改為把您的計畫匯出到行事曆，由行事曆提醒您。</translation>
    </message>
    <message>
        <source>Stop reminders until the next login</source>
        <translation>停止提醒，直到下次登入</translation>
    </message>
</context>
<context>
    <name>BackgroundRemindersCard</name>
    <message>
        <source>vertprep could not change what starts when you log in. Nothing was changed. ({reason})</source>
        <translation>vertprep 無法變更登入時啟動的項目，什麼都沒有變更。（{reason}）</translation>
    </message>
    <message>
        <source>When vertprep is closed</source>
        <translation>vertprep 關閉時</translation>
    </message>
    <message>
        <source>Remind me even when vertprep is closed</source>
        <translation>即使 vertprep 已關閉也提醒我</translation>
    </message>
    <message>
        <source>vertprep then starts a small helper when you log in to this computer. It shows each reminder as a message on your screen when it is due, again an hour later, and every morning until you tick the step, dismiss the reminder or choose to be reminded tomorrow.</source>
        <translation>這樣 vertprep 會在您登入這台電腦時啟動一個小幫手。每則提醒到期時，它會在螢幕上顯示訊息，一小時後再顯示一次，之後每天早上都會顯示，直到您勾選該步驟、關閉提醒，或選擇明天再提醒。</translation>
    </message>
    <message>
        <source>Export to calendar…</source>
        <translation>匯出到行事曆…</translation>
    </message>
</context>
<context>
    <name>BackupDialogs</name>
    <message>
        <source>Back up</source>
        <translation>備份</translation>
    </message>
    <message>
        <source>The backup could not be saved here:
{path}
Please choose another folder.</source>
        <translation>無法在這裡儲存備份：
{path}
請選擇其他資料夾。</translation>
    </message>
    <message>
        <source>Every patient&apos;s plan, ticks, notes and reminders are saved in:
{path}

Keep this file somewhere safe, for example on a USB stick. To bring the data back, use File › Restore.</source>
        <translation>所有病人的計畫、打勾、備註和提醒都已儲存在：
{path}

請把這個檔案存放在安全的地方，例如 USB 隨身碟。要取回資料，請使用「檔案 › 還原」。</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of vertprep. Please install the newer version to restore it.</source>
        <translation>這個備份是由較新版本的 vertprep 建立的。請安裝較新的版本來還原。</translation>
    </message>
    <message>
        <source>This backup is damaged or incomplete, so it cannot be restored.</source>
        <translation>這個備份已損壞或不完整，因此無法還原。</translation>
    </message>
    <message>
        <source>This file is not a vertprep backup.</source>
        <translation>這個檔案不是 vertprep 的備份。</translation>
    </message>
    <message>
        <source>This file cannot be read.</source>
        <translation>無法讀取這個檔案。</translation>
    </message>
    <message>
        <source>{reason}

Nothing was changed.
{path}</source>
        <translation>{reason}

沒有任何資料被更改。
{path}</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>還原</translation>
    </message>
    <message>
        <source>The backup is restored.</source>
        <translation>備份已還原。</translation>
    </message>
    <message>
        <source>The data as it was before is kept in:
{path}</source>
        <translation>原來的資料保存在：
{path}</translation>
    </message>
    <message>
        <source>Replace all the data on this computer with the backup ({count} patients)?

The data as it is now is kept as a safety copy first.</source>
        <translation>要用備份（{count} 位病人）取代這部電腦上的所有資料嗎？

目前的資料會先保存一份安全副本。</translation>
    </message>
    <message>
        <source>Replace all the data</source>
        <translation>取代所有資料</translation>
    </message>
    <message>
        <source>This backup holds the plan of {name}.</source>
        <translation>這個備份存有 {name} 的計畫。</translation>
    </message>
    <message>
        <source>Add as a new patient</source>
        <translation>新增為新的病人</translation>
    </message>
    <message>
        <source>{name} is already on this computer. Replace their plan with the backup, or add the backup as another patient?</source>
        <translation>{name} 已經在這部電腦上。要用備份取代這份計畫，還是把備份新增為另一位病人？</translation>
    </message>
    <message>
        <source>Replace {name}</source>
        <translation>取代 {name}</translation>
    </message>
</context>
<context>
    <name>BeforeScreen</name>
    <message>
        <source>Before the procedure</source>
        <translation>手術前</translation>
    </message>
    <message>
        <source>Tick each step when it is done. In the notes, write what your care team told you, for example when to stop a medicine.</source>
        <translation>每完成一個步驟就打勾。請在備註欄寫下醫療團隊告訴您的事，例如什麼時候停用某種藥物。</translation>
    </message>
</context>
<context>
    <name>CalendarDialog</name>
    <message>
        <source>Export to calendar</source>
        <translation>匯出到行事曆</translation>
    </message>
    <message>
        <source>A calendar file is often copied to a calendar service on the internet, where it is kept on another company&apos;s computers. Your notes stay out of it unless you tick the box below.</source>
        <translation>行事曆檔案常會被複製到網路上的行事曆服務，存放在其他公司的電腦裡。除非您勾選下面的方框，否則您的備註不會放進去。</translation>
    </message>
    <message>
        <source>Put my notes in it too</source>
        <translation>也放入我的備註</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>繼續</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>行事曆檔案 (*.ics)</translation>
    </message>
    <message>
        <source>There is nothing to put in your calendar yet. Enter your procedure date first, or add a reminder of your own.</source>
        <translation>目前還沒有可以放進行事曆的內容。請先填入您的手術日期，或新增一則您自己的提醒。</translation>
    </message>
    <message>
        <source>The calendar file could not be saved here:
{path}
Please choose another folder.</source>
        <translation>無法將行事曆檔案儲存在這裡：
{path}
請選擇其他資料夾。</translation>
    </message>
    <message>
        <source>Your calendar file is saved ({count} events):
{path}

Open it with the calendar on your phone or computer. If you export again after a change, the same events are updated, not added twice.</source>
        <translation>您的行事曆檔案已儲存（共 {count} 個事件）：
{path}

請用您手機或電腦上的行事曆開啟它。如果您修改後再匯出一次，原本的事件會被更新，不會重複新增。</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <source>Your vertebroplasty plan</source>
        <translation>您的椎體成形術計畫</translation>
    </message>
    <message>
        <source>Tomorrow: {title}</source>
        <translation>明天：{title}</translation>
    </message>
    <message>
        <source>In one week: {title}. Make an appointment if you have none yet.</source>
        <translation>一週後：{title}。如果您還沒有預約，請先預約。</translation>
    </message>
    <message>
        <source>From today: {title}, between {first} and {last}.</source>
        <translation>從今天起：{title}，時間在 {first} 到 {last} 之間。</translation>
    </message>
    <message>
        <source>Between {first} and {last}.</source>
        <translation>在 {first} 到 {last} 之間。</translation>
    </message>
    <message>
        <source>Do this by {date}.</source>
        <translation>請在 {date} 之前完成。</translation>
    </message>
    <message>
        <source>Your note: {note}</source>
        <translation>您的備註：{note}</translation>
    </message>
    <message>
        <source>vertprep gives general information. Your care team decides what is right for you: follow their instructions.</source>
        <translation>vertprep 提供一般性資訊。什麼做法適合您，由您的醫療團隊決定：請遵照他們的指示。</translation>
    </message>
    <message>
        <source>Your vertebroplasty</source>
        <translation>您的椎體成形術</translation>
    </message>
    <message>
        <source>Arrive at {time}.</source>
        <translation>請在 {time} 抵達。</translation>
    </message>
    <message>
        <source>Arrive at {time} at {place}.</source>
        <translation>請在 {time} 抵達 {place}。</translation>
    </message>
    <message>
        <source>{title}: {text}</source>
        <translation>{title}：{text}</translation>
    </message>
    <message>
        <source>Follow your care team&apos;s instructions about eating, drinking and your medicines.</source>
        <translation>關於飲食、喝水和用藥，請遵照您的醫療團隊的指示。</translation>
    </message>
    <message>
        <source>Tomorrow: your vertebroplasty. Arrive at {time}.</source>
        <translation>明天：您的椎體成形術。請在 {time} 抵達。</translation>
    </message>
    <message>
        <source>Tomorrow: your vertebroplasty.</source>
        <translation>明天：您的椎體成形術。</translation>
    </message>
    <message>
        <source>Get ready to leave: you are expected at the hospital at {time}.</source>
        <translation>準備出門：醫院預計您在 {time} 抵達。</translation>
    </message>
    <message>
        <source>Your own reminder, from vertprep.</source>
        <translation>您自己設定的提醒，來自 vertprep。</translation>
    </message>
    <message>
        <source>Pain check-in: {name}</source>
        <translation>疼痛追蹤：{name}</translation>
    </message>
    <message>
        <source>Open vertprep and answer the check-in: your pain now, and the warning signs. vertprep sends nothing to anyone and nobody watches the answers: if you have a warning sign, call your care team, or in an emergency your emergency number.</source>
        <translation>打開 vertprep 回答這次的追蹤問題：您現在的疼痛程度，以及危險徵兆。vertprep 不會把任何資料傳給任何人，也沒有人在看這些回答：如果您有危險徵兆，請打電話給您的醫療團隊；緊急時請撥打緊急電話。</translation>
    </message>
</context>
<context>
    <name>CareTeamDialog</name>
    <message>
        <source>The plan has problems to fix first:

{problems}</source>
        <translation>這份計畫有問題需要先修正：

{problems}</translation>
    </message>
    <message>
        <source>Save the care team&apos;s plan</source>
        <translation>儲存醫療團隊的計畫</translation>
    </message>
    <message>
        <source>The plan could not be saved here:
{path}</source>
        <translation>無法把計畫儲存在這裡：
{path}</translation>
    </message>
    <message>
        <source>The plan is saved:
{path}

On a patient&apos;s computer, open it with File › Open care team plan…</source>
        <translation>計畫已儲存：
{path}

在病人的電腦上，請用「檔案 › 開啟醫療團隊的計畫…」開啟。</translation>
    </message>
    <message>
        <source>The plan could not be saved for this patient.</source>
        <translation>無法為這位病人儲存這份計畫。</translation>
    </message>
    <message>
        <source>This patient&apos;s screens now follow this plan. Ticks and notes are kept.</source>
        <translation>這位病人的畫面現在依照這份計畫顯示。已勾選的項目和筆記都會保留。</translation>
    </message>
    <message>
        <source>Care team: the team&apos;s plan</source>
        <translation>醫療團隊：團隊的計畫</translation>
    </message>
    <message>
        <source>For the care team. Set up your team&apos;s plan once: contacts, instructions, steps and times. Save it to a file to give to patients, or use it for this patient.</source>
        <translation>給醫療團隊使用。請一次設定好團隊的計畫：聯絡方式、指示、步驟和時間。把它儲存成檔案交給病人，或用在這位病人身上。</translation>
    </message>
    <message>
        <source>Language of the texts you write:</source>
        <translation>您輸入文字所用的語言：</translation>
    </message>
    <message>
        <source>Where a patient&apos;s language is missing, show the texts in:</source>
        <translation>如果沒有病人的語言，就用這個語言顯示：</translation>
    </message>
    <message>
        <source>Write your team&apos;s own instructions. Patients see them as you write them, beside the steps they belong to.</source>
        <translation>請寫下團隊自己的指示。病人會在相關步驟旁邊，看到您寫的原文。</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>聯絡方式</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>指示</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>步驟</translation>
    </message>
    <message>
        <source>The day</source>
        <translation>手術當天</translation>
    </message>
    <message>
        <source>Save to file…</source>
        <translation>儲存成檔案…</translation>
    </message>
    <message>
        <source>Use for this patient</source>
        <translation>用在這位病人</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
</context>
<context>
    <name>CareTeamNote</name>
    <message>
        <source>This app gives general information. Your care team decides what is right for you: follow their instructions.</source>
        <translation>本程式提供一般性資訊。什麼做法適合您，由您的醫療團隊決定：請遵照他們的指示。</translation>
    </message>
</context>
<context>
    <name>CheckIn</name>
    <message>
        <source>Before the procedure</source>
        <translation>手術前</translation>
    </message>
    <message>
        <source>One day after</source>
        <translation>手術後一天</translation>
    </message>
    <message>
        <source>One week after</source>
        <translation>手術後一週</translation>
    </message>
    <message>
        <source>Two weeks after</source>
        <translation>手術後兩週</translation>
    </message>
    <message>
        <source>One month after</source>
        <translation>手術後一個月</translation>
    </message>
    <message>
        <source>Three months after</source>
        <translation>手術後三個月</translation>
    </message>
    <message>
        <source>Six months after</source>
        <translation>手術後六個月</translation>
    </message>
    <message>
        <source>One year after</source>
        <translation>手術後一年</translation>
    </message>
</context>
<context>
    <name>CheckInDialog</name>
    <message>
        <source>Call the emergency number now</source>
        <translation>請立即撥打緊急電話</translation>
    </message>
    <message>
        <source>Your local emergency number</source>
        <translation>您所在地的緊急電話</translation>
    </message>
    <message>
        <source>Do not wait for the end of the questions. Call now.</source>
        <translation>不要等到回答完所有問題。現在就打電話。</translation>
    </message>
    <message>
        <source>Call your care team today</source>
        <translation>請今天打電話給您的醫療團隊</translation>
    </message>
    <message>
        <source>Your care team&apos;s number is not entered in vertprep yet.</source>
        <translation>vertprep 裡還沒有填入您醫療團隊的電話號碼。</translation>
    </message>
    <message>
        <source>Call them today, even if you feel better later.</source>
        <translation>即使之後覺得好一點，也請今天打電話。</translation>
    </message>
    <message>
        <source>Your answers could not be saved.</source>
        <translation>您的回答無法儲存。</translation>
    </message>
    <message>
        <source>Thank you. Your answers are saved in your diary. If something worries you, call your care team.</source>
        <translation>謝謝。您的回答已存入您的日記。如果有任何讓您擔心的事，請打電話給您的醫療團隊。</translation>
    </message>
    <message>
        <source>Your answers are saved in your diary.</source>
        <translation>您的回答已存入您的日記。</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>追蹤問答</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Check-in: {name}</source>
        <translation>追蹤問答：{name}</translation>
    </message>
    <message>
        <source>Your pain now, from 0 to 10:</source>
        <translation>您現在的疼痛程度，從 0 到 10：</translation>
    </message>
    <message>
        <source>Next: warning signs</source>
        <translation>下一步：危險徵兆</translation>
    </message>
    <message>
        <source>Do you have any of these now?</source>
        <translation>您現在有下列任何情形嗎？</translation>
    </message>
    <message>
        <source>Signs to call the emergency number for:</source>
        <translation>要撥打緊急電話的徵兆：</translation>
    </message>
    <message>
        <source>Signs to call your care team for the same day:</source>
        <translation>要在當天打電話給醫療團隊的徵兆：</translation>
    </message>
    <message>
        <source>Save my answers</source>
        <translation>儲存我的回答</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>ChecklistRow</name>
    <message>
        <source>What your care team told you to do:</source>
        <translation>醫療團隊告訴您要做的事：</translation>
    </message>
    <message>
        <source>Your note:</source>
        <translation>您的備註：</translation>
    </message>
    <message>
        <source>{status}. {due}</source>
        <translation>{status}。{due}</translation>
    </message>
    <message>
        <source>Note for: {title}</source>
        <translation>「{title}」的備註</translation>
    </message>
    <message>
        <source>Write here what your care team told you.</source>
        <translation>請在這裡寫下醫療團隊告訴您的事。</translation>
    </message>
    <message>
        <source>Write a note</source>
        <translation>寫備註</translation>
    </message>
    <message>
        <source>Write a note for: {title}</source>
        <translation>寫備註：{title}</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>vertprep could not save your last change, so it was not kept: your data file is read-only.</source>
        <translation>本程式無法儲存您剛才的變更，所以這項變更沒有保留：您的資料檔案是唯讀的。</translation>
    </message>
    <message>
        <source>vertprep could not save your last change, so it was not kept: another program is using your data. Please close it, then try again.</source>
        <translation>本程式無法儲存您剛才的變更，所以這項變更沒有保留：另一個程式正在使用您的資料。請關閉那個程式，然後再試一次。</translation>
    </message>
    <message>
        <source>vertprep could not save your last change, so it was not kept. Please check that the computer&apos;s disk is not full, then try again.</source>
        <translation>本程式無法儲存您剛才的變更，所以這項變更沒有保留。請確認電腦的磁碟空間沒有用完，然後再試一次。</translation>
    </message>
    <message>
        <source>Something went wrong. Your ticks and notes are saved. If this happens again, please tell the people who make vertprep.</source>
        <translation>發生問題了。您打的勾和備註都已儲存。如果再次發生，請告訴 vertprep 的製作團隊。</translation>
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
        <translation>手術當天</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>現在</translation>
    </message>
    <message>
        <source>Enter your procedure date and arrival time to see the times of the day.</source>
        <translation>請填入您的手術日期和抵達時間，就能看到當天各階段的時間。</translation>
    </message>
    <message>
        <source>{date}, arrival at {time}</source>
        <translation>{date}，抵達時間：{time}</translation>
    </message>
    <message>
        <source>Hospital or clinic: {place}</source>
        <translation>醫院或診所：{place}</translation>
    </message>
    <message>
        <source>about {time}</source>
        <translation>大約 {time}</translation>
    </message>
    <message>
        <source>{time}: {stage}</source>
        <translation>{time}：{stage}</translation>
    </message>
</context>
<context>
    <name>DayTab</name>
    <message>
        <source>Tick a stage to give its time, in minutes after the patient&apos;s arrival. Stages without a time are shown in order, with no clock time.</source>
        <translation>勾選一個階段來設定它的時間，以病人報到後幾分鐘表示。沒有設定時間的階段會依序顯示，不顯示時刻。</translation>
    </message>
    <message>
        <source>Reminder to leave, hours before arrival:</source>
        <translation>提醒出發，在報到前幾小時：</translation>
    </message>
    <message>
        <source>Reminder the evening before, at:</source>
        <translation>前一天晚上的提醒，時間：</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分鐘</translation>
    </message>
    <message>
        <source>Minutes after arrival: {stage}</source>
        <translation>報到後幾分鐘：{stage}</translation>
    </message>
</context>
<context>
    <name>DetailsForm</name>
    <message>
        <source>Date of your procedure</source>
        <translation>您的手術日期</translation>
    </message>
    <message>
        <source>A date from {first} to {last}</source>
        <translation>可選擇的日期：{first} 至 {last}</translation>
    </message>
    <message>
        <source>Not scheduled yet</source>
        <translation>還沒排定</translation>
    </message>
    <message>
        <source>No date chosen yet</source>
        <translation>還沒選日期</translation>
    </message>
    <message>
        <source>Arrival time at the hospital</source>
        <translation>抵達醫院的時間</translation>
    </message>
    <message>
        <source>Arrival time not known yet</source>
        <translation>還不知道抵達時間</translation>
    </message>
    <message>
        <source>Hospital or clinic (optional)</source>
        <translation>醫院或診所（可不填）</translation>
    </message>
    <message>
        <source>Your name (optional)</source>
        <translation>您的姓名（可不填）</translation>
    </message>
    <message>
        <source>Your care team&apos;s phone number</source>
        <translation>醫療團隊的電話號碼</translation>
    </message>
    <message>
        <source>For example +44 20 7946 0000</source>
        <translation>例如 +44 20 7946 0000</translation>
    </message>
    <message>
        <source>A phone number can only contain digits, spaces and + ( ) - . /, and an extension such as “ext. 12”.</source>
        <translation>電話號碼只能包含數字、空格和 + ( ) - . /，以及分機號碼，例如「ext. 12」。</translation>
    </message>
    <message>
        <source>Hospital or clinic</source>
        <translation>醫院或診所</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <source>Up and Down change the day, month or year; Left and Right move between them.</source>
        <translation>上、下鍵可改變日、月或年；左、右鍵可在它們之間移動。</translation>
    </message>
    <message>
        <source>Type the time, or use the Up and Down arrow keys.</source>
        <translation>請輸入時間，或使用上、下方向鍵。</translation>
    </message>
</context>
<context>
    <name>DiaryExportDialog</name>
    <message>
        <source>Export your pain diary</source>
        <translation>匯出您的疼痛日記</translation>
    </message>
    <message>
        <source>Pain diary</source>
        <translation>疼痛日記</translation>
    </message>
    <message>
        <source>Spreadsheet files (*.csv)</source>
        <translation>試算表檔案 (*.csv)</translation>
    </message>
    <message>
        <source>The diary could not be saved here:
{path}
Please choose another folder.</source>
        <translation>日記無法儲存在這裡：
{path}
請選擇另一個資料夾。</translation>
    </message>
    <message>
        <source>Diary entries saved: {count}. The file:
{path}</source>
        <translation>已儲存的日記筆數：{count}。檔案：
{path}</translation>
    </message>
</context>
<context>
    <name>DiaryTable</name>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Pain (0–10)</source>
        <translation>疼痛（0–10）</translation>
    </message>
    <message>
        <source>Walking</source>
        <translation>走路</translation>
    </message>
    <message>
        <source>Pain medicine</source>
        <translation>止痛藥</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Your pain diary</source>
        <translation>您的疼痛日記</translation>
    </message>
</context>
<context>
    <name>DiaryText</name>
    <message>
        <source>0 = no pain</source>
        <translation>0 = 不痛</translation>
    </message>
    <message>
        <source>10 = the worst pain you can imagine</source>
        <translation>10 = 您能想像最痛的程度</translation>
    </message>
    <message>
        <source>Not at all</source>
        <translation>完全沒有走路</translation>
    </message>
    <message>
        <source>Only indoors</source>
        <translation>只在室內</translation>
    </message>
    <message>
        <source>A short walk outside</source>
        <translation>在外面走了一小段路</translation>
    </message>
    <message>
        <source>A long walk outside</source>
        <translation>在外面走了很長一段路</translation>
    </message>
    <message>
        <source>Choose how strong your pain is, from 0 to 10. Nothing was saved.</source>
        <translation>請選擇您的疼痛程度，從 0 到 10。沒有儲存任何內容。</translation>
    </message>
    <message>
        <source>The pain score must be a number from 0 to 10. Nothing was saved.</source>
        <translation>疼痛分數必須是 0 到 10 的數字。沒有儲存任何內容。</translation>
    </message>
    <message>
        <source>This day has not come yet. Choose today or an earlier day. Nothing was saved.</source>
        <translation>這一天還沒到。請選擇今天或更早的日子。沒有儲存任何內容。</translation>
    </message>
    <message>
        <source>There is already an entry for this day. Change that entry instead. Nothing was saved.</source>
        <translation>這一天已經有一筆記錄。請改為修改那筆記錄。沒有儲存任何內容。</translation>
    </message>
    <message>
        <source>The note is too long. Nothing was saved.</source>
        <translation>備註太長。沒有儲存任何內容。</translation>
    </message>
    <message>
        <source>This entry no longer exists. Nothing was saved.</source>
        <translation>這筆記錄已經不存在。沒有儲存任何內容。</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>未填寫</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>No pain scores are written down yet.</source>
        <translation>還沒有記錄任何疼痛分數。</translation>
    </message>
    <message>
        <source>Your usual pain before the procedure: {before} out of 10. No score after the procedure yet.</source>
        <translation>您手術前平常的疼痛：{before}（滿分 10）。手術後還沒有分數。</translation>
    </message>
    <message>
        <source>Your latest pain score: {now} out of 10, on {date}.</source>
        <translation>您最近的疼痛分數：{now}（滿分 10），{date}。</translation>
    </message>
    <message>
        <source>It went down by {points}.</source>
        <translation>減少了 {points} 分。</translation>
    </message>
    <message>
        <source>It went up by {points}.</source>
        <translation>增加了 {points} 分。</translation>
    </message>
    <message>
        <source>It is the same as before.</source>
        <translation>和手術前一樣。</translation>
    </message>
    <message>
        <source>Your pain was {before} out of 10 before the procedure, and {now} out of 10 on {date} (day {days} after it).</source>
        <translation>您手術前的疼痛是 {before}（滿分 10），{date}（手術後第 {days} 天）是 {now}。</translation>
    </message>
    <message>
        <source>Pain (0–10)</source>
        <translation>疼痛（0–10）</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>手術</translation>
    </message>
    <message>
        <source>Usual pain before: {score}</source>
        <translation>手術前平常的疼痛：{score}</translation>
    </message>
    <message>
        <source>No pain scores yet</source>
        <translation>還沒有疼痛分數</translation>
    </message>
    <message>
        <source>■ a day before the procedure   ● a day after it   │ the procedure day   – – your usual pain before it</source>
        <translation>■ 手術前的一天   ● 手術後的一天   │ 手術當天   – – 您手術前平常的疼痛</translation>
    </message>
    <message>
        <source>Chart of your pain over time</source>
        <translation>您的疼痛變化圖</translation>
    </message>
</context>
<context>
    <name>HelpScreen</name>
    <message>
        <source>Help and keyboard</source>
        <translation>說明與鍵盤操作</translation>
    </message>
    <message>
        <source>You can use vertprep with the keyboard alone. The button, box or field that the keyboard is on has a thick outline.</source>
        <translation>您可以只用鍵盤操作 vertprep。鍵盤目前所在的按鈕、方框或欄位，會有一圈粗的外框。</translation>
    </message>
    <message>
        <source>Moving around</source>
        <translation>移動方式</translation>
    </message>
    <message>
        <source>Go to the next button, box or field.</source>
        <translation>移到下一個按鈕、方框或欄位。</translation>
    </message>
    <message>
        <source>Go back to the previous one.</source>
        <translation>回到上一個。</translation>
    </message>
    <message>
        <source>Tick or untick the step you are on, or press the button.</source>
        <translation>為目前的步驟打勾或取消打勾，或按下按鈕。</translation>
    </message>
    <message>
        <source>In the list of screens: choose a screen.</source>
        <translation>在畫面清單中：選擇一個畫面。</translation>
    </message>
    <message>
        <source>Undo the last tick, untick or pain diary change. In a note, it undoes your typing instead.</source>
        <translation>復原上一次的打勾、取消打勾或疼痛日記的變更。在備註中，則是復原您輸入的文字。</translation>
    </message>
    <message>
        <source>The buttons A− and A+ at the top make the text smaller or larger, up to twice the normal size; the button between them shows the size and sets it back to normal. High contrast shows white and yellow text on black. vertprep remembers your choice.</source>
        <translation>上方的 A−、A+ 按鈕可以把文字縮小或放大，最大可到正常大小的兩倍；兩者之間的按鈕顯示目前的大小，按下即可恢復正常大小。高對比會在黑色背景上顯示白色和黃色的文字。vertprep 會記住您的選擇。</translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation>快速鍵</translation>
    </message>
    <message>
        <source>Larger text and high contrast</source>
        <translation>放大文字與高對比</translation>
    </message>
    <message>
        <source>Screen readers</source>
        <translation>螢幕閱讀器</translation>
    </message>
    <message>
        <source>vertprep works with screen readers such as NVDA, JAWS, VoiceOver and Orca. Each step says whether it is done and when it is due.</source>
        <translation>vertprep 可以搭配螢幕閱讀器使用，例如 NVDA、JAWS、VoiceOver 和 Orca。每個步驟都會說明是否已完成，以及什麼時候要完成。</translation>
    </message>
</context>
<context>
    <name>LanguageChooser</name>
    <message>
        <source>Language:</source>
        <translation>語言：</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>Show vertprep in another language</source>
        <translation>以其他語言顯示 vertprep</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>語言(&amp;L)</translation>
    </message>
    <message>
        <source>Show vertprep in another language</source>
        <translation>以其他語言顯示 vertprep</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>vertprep: getting ready for vertebroplasty</source>
        <translation>vertprep：為椎體成形術做好準備</translation>
    </message>
    <message>
        <source>{name}: {title}</source>
        <translation>{name}：{title}</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>步驟</translation>
    </message>
    <message>
        <source>About vertprep</source>
        <translation>關於 vertprep</translation>
    </message>
    <message>
        <source>vertprep {version}

Helps you prepare for vertebroplasty and follow up afterwards. It gives general information; your care team decides what is right for you.</source>
        <translation>vertprep {version}

幫助您為椎體成形術做準備，並在手術後持續追蹤。本程式提供一般性資訊；什麼做法適合您，由您的醫療團隊決定。</translation>
    </message>
</context>
<context>
    <name>NavigationBar</name>
    <message>
        <source>Back</source>
        <translation>上一頁</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一頁</translation>
    </message>
    <message>
        <source>{done} of {total} steps done</source>
        <translation>已完成步驟：{done}／{total}</translation>
    </message>
    <message>
        <source>Previous screen (Alt+Left)</source>
        <translation>上一個畫面（Alt+左鍵）</translation>
    </message>
    <message>
        <source>Next screen (Alt+Right)</source>
        <translation>下一個畫面（Alt+右鍵）</translation>
    </message>
    <message>
        <source>Goes to the previous screen.</source>
        <translation>回到上一個畫面。</translation>
    </message>
    <message>
        <source>Goes to the next screen.</source>
        <translation>前往下一個畫面。</translation>
    </message>
</context>
<context>
    <name>OverviewScreen</name>
    <message>
        <source>Overview</source>
        <translation>總覽</translation>
    </message>
    <message>
        <source>Enter your procedure date</source>
        <translation>填入您的手術日期</translation>
    </message>
    <message>
        <source>Your own reminders</source>
        <translation>您自己的提醒</translation>
    </message>
    <message>
        <source>Add a reminder</source>
        <translation>新增提醒</translation>
    </message>
    <message>
        <source>Hello, {name}.</source>
        <translation>{name}，您好。</translation>
    </message>
    <message>
        <source>Enter the date when you know it: the dates of every step follow.</source>
        <translation>知道日期後請填入：每個步驟的日期都會跟著排好。</translation>
    </message>
    <message>
        <source>Procedure: {date}.</source>
        <translation>手術日期：{date}。</translation>
    </message>
    <message>
        <source>Procedure: {date}. Arrive at {time}.</source>
        <translation>手術日期：{date}。抵達時間：{time}。</translation>
    </message>
    <message>
        <source>Hospital or clinic: {place}</source>
        <translation>醫院或診所：{place}</translation>
    </message>
    <message>
        <source>Your follow-up consultation: between {first} and {last}.</source>
        <translation>您的追蹤回診：在 {first} 到 {last} 之間。</translation>
    </message>
    <message>
        <source>Your procedure date is not set yet.</source>
        <translation>您的手術日期還沒設定。</translation>
    </message>
    <message>
        <source>Your procedure is today.</source>
        <translation>您的手術就在今天。</translation>
    </message>
    <message>
        <source>Your procedure is tomorrow.</source>
        <translation>您的手術在明天。</translation>
    </message>
    <message>
        <source>Your procedure is in {days} days.</source>
        <translation>距離您的手術還有 {days} 天。</translation>
    </message>
    <message>
        <source>Your procedure was yesterday.</source>
        <translation>您的手術是在昨天。</translation>
    </message>
    <message>
        <source>Your procedure was {days} days ago.</source>
        <translation>您的手術是在 {days} 天前。</translation>
    </message>
    <message>
        <source>Every step is done. Well done!</source>
        <translation>所有步驟都完成了。做得很好！</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Open the checklist</source>
        <translation>打開待辦清單</translation>
    </message>
    <message>
        <source>Open the after plan</source>
        <translation>打開手術後計畫</translation>
    </message>
    <message>
        <source>None yet. Add your own, such as “call the pharmacy”.</source>
        <translation>目前還沒有。您可以自己新增，例如「打電話給藥局」。</translation>
    </message>
    <message>
        <source>{when}: {text}</source>
        <translation>{when}：{text}</translation>
    </message>
    <message>
        <source>More reminders: {count}</source>
        <translation>其他提醒：{count} 則</translation>
    </message>
</context>
<context>
    <name>OwnReminderText</name>
    <message>
        <source>{date}, {time}</source>
        <translation>{date} {time}</translation>
    </message>
</context>
<context>
    <name>OwnRemindersScreen</name>
    <message>
        <source>Your own reminders</source>
        <translation>您自己的提醒</translation>
    </message>
    <message>
        <source>Your reminder is saved.</source>
        <translation>您的提醒已儲存。</translation>
    </message>
    <message>
        <source>Write what the reminder is about, for example “call the pharmacy”. Nothing was saved.</source>
        <translation>請寫下這則提醒的內容，例如「打電話給藥局」。尚未儲存任何內容。</translation>
    </message>
    <message>
        <source>This reminder is too long. Nothing was saved.</source>
        <translation>這則提醒太長了。尚未儲存任何內容。</translation>
    </message>
    <message>
        <source>This day has passed. Choose today or a later day. Nothing was saved.</source>
        <translation>這一天已經過了。請選擇今天或之後的日子。尚未儲存任何內容。</translation>
    </message>
    <message>
        <source>Delete reminder</source>
        <translation>刪除提醒</translation>
    </message>
    <message>
        <source>Delete the reminder “{text}”?</source>
        <translation>要刪除提醒「{text}」嗎？</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Add a reminder</source>
        <translation>新增提醒</translation>
    </message>
    <message>
        <source>Add reminder</source>
        <translation>新增提醒</translation>
    </message>
    <message>
        <source>Change this reminder</source>
        <translation>修改這則提醒</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>儲存修改</translation>
    </message>
    <message>
        <source>Add reminders of your own, such as “ask about Prolia” or “call the pharmacy”. They appear on the overview, in your calendar when you export it, and on the printed plan.</source>
        <translation>您可以新增自己的提醒，例如「詢問保骼麗 Prolia」或「打電話給藥局」。這些提醒會顯示在總覽、匯出後的行事曆，以及印出的計畫上。</translation>
    </message>
    <message>
        <source>What do you want to remember?</source>
        <translation>您想提醒自己什麼事？</translation>
    </message>
    <message>
        <source>For example: call the pharmacy</source>
        <translation>例如：打電話給藥局</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Day of the reminder</source>
        <translation>提醒的日期</translation>
    </message>
    <message>
        <source>At a set time</source>
        <translation>在指定時間</translation>
    </message>
    <message>
        <source>Time of the reminder</source>
        <translation>提醒的時間</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Your reminders</source>
        <translation>您的提醒</translation>
    </message>
    <message>
        <source>Put your plan and your reminders in the calendar on your phone or computer, so they reach you when this app is closed.</source>
        <translation>把您的計畫和提醒放進手機或電腦的行事曆，這樣即使關閉本程式，您也能收到提醒。</translation>
    </message>
    <message>
        <source>Export to calendar…</source>
        <translation>匯出到行事曆…</translation>
    </message>
    <message>
        <source>You have no reminders of your own yet.</source>
        <translation>您還沒有自己設定的提醒。</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Change “{text}”</source>
        <translation>修改「{text}」</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Delete “{text}”</source>
        <translation>刪除「{text}」</translation>
    </message>
</context>
<context>
    <name>PainScale</name>
    <message>
        <source>Pain {score} out of 10</source>
        <translation>疼痛 {score}（滿分 10）</translation>
    </message>
    <message>
        <source>Pain now, 0 to 10</source>
        <translation>現在的疼痛，0 到 10</translation>
    </message>
</context>
<context>
    <name>PatientActions</name>
    <message>
        <source>P&amp;atients…</source>
        <translation>病人(&amp;A)…</translation>
    </message>
    <message>
        <source>Open, add or manage the patients on this computer</source>
        <translation>開啟、新增或管理這部電腦上的病人</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>備份(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>還原(&amp;R)…</translation>
    </message>
</context>
<context>
    <name>PatientBanner</name>
    <message>
        <source>Plan of {name}</source>
        <translation>{name} 的計畫</translation>
    </message>
    <message>
        <source>Switch patient…</source>
        <translation>切換病人…</translation>
    </message>
</context>
<context>
    <name>PatientsDialog</name>
    <message>
        <source>Bring &amp;back</source>
        <translation>取回(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>封存(&amp;A)</translation>
    </message>
    <message>
        <source>This plan is open. Open another patient&apos;s plan first.</source>
        <translation>這份計畫目前已開啟。請先開啟另一位病人的計畫。</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Please enter a name (1 to 100 letters).</source>
        <translation>請輸入姓名（1 到 100 個字）。</translation>
    </message>
    <message>
        <source>Add a patient</source>
        <translation>新增病人</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>重新命名</translation>
    </message>
    <message>
        <source>Delete a patient</source>
        <translation>刪除病人</translation>
    </message>
    <message>
        <source>Delete {name} and everything stored for them: details, ticks, notes and reminders? This cannot be undone.

To hide a patient but keep their plan, archive them instead.</source>
        <translation>要刪除 {name} 以及所有相關資料（個人資料、打勾、備註和提醒）嗎？這個動作無法復原。

若只想隱藏病人但保留計畫，請改用「封存」。</translation>
    </message>
    <message>
        <source>Delete {name}</source>
        <translation>刪除 {name}</translation>
    </message>
    <message>
        <source>This change could not be saved. Nothing was changed.</source>
        <translation>無法儲存這項變更。沒有任何資料被更改。</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>病人</translation>
    </message>
    <message>
        <source>Whose plan do you want to open?</source>
        <translation>您要開啟哪一位病人的計畫？</translation>
    </message>
    <message>
        <source>The patients on this computer</source>
        <translation>這部電腦上的病人</translation>
    </message>
    <message>
        <source>Search by name</source>
        <translation>依姓名搜尋</translation>
    </message>
    <message>
        <source>Show archived patients</source>
        <translation>顯示已封存的病人</translation>
    </message>
    <message>
        <source>&amp;Open this plan</source>
        <translation>開啟這份計畫(&amp;O)</translation>
    </message>
    <message>
        <source>A&amp;dd a patient…</source>
        <translation>新增病人(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>重新命名(&amp;R)…</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>刪除(&amp;L)…</translation>
    </message>
</context>
<context>
    <name>PatientsModel</name>
    <message>
        <source>(no name)</source>
        <translation>（未填姓名）</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>目前開啟中</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已封存</translation>
    </message>
    <message>
        <source>Procedure date: {date}</source>
        <translation>手術日期：{date}</translation>
    </message>
    <message>
        <source>No procedure date yet</source>
        <translation>尚無手術日期</translation>
    </message>
</context>
<context>
    <name>PlanImport</name>
    <message>
        <source>Care team plans (*.toml);;All files (*)</source>
        <translation>醫療團隊的計畫 (*.toml);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>… and {count} more.</source>
        <translation>…還有 {count} 個。</translation>
    </message>
    <message>
        <source>This care team plan cannot be used, and nothing was changed:
{path}

{problems}</source>
        <translation>無法使用這份醫療團隊的計畫，也沒有做任何變更：
{path}

{problems}</translation>
    </message>
    <message>
        <source>Open care team plan</source>
        <translation>開啟醫療團隊的計畫</translation>
    </message>
    <message>
        <source>The plan could not be saved. Nothing was changed.</source>
        <translation>無法儲存這份計畫。沒有做任何變更。</translation>
    </message>
    <message>
        <source>Your care team&apos;s plan is now in use:
{path}

What you ticked and wrote is kept.</source>
        <translation>現在使用的是您醫療團隊的計畫：
{path}

您勾選和寫下的內容都會保留。</translation>
    </message>
</context>
<context>
    <name>PlanLabels</name>
    <message>
        <source>Eating and drinking before the procedure</source>
        <translation>手術前的飲食</translation>
    </message>
    <message>
        <source>Your usual medicines</source>
        <translation>您平常使用的藥物</translation>
    </message>
    <message>
        <source>Blood thinners</source>
        <translation>抗凝血劑或抗血小板藥物</translation>
    </message>
    <message>
        <source>Diabetes medicines and insulin</source>
        <translation>糖尿病藥物和胰島素</translation>
    </message>
    <message>
        <source>How long you stay</source>
        <translation>留院多久</translation>
    </message>
    <message>
        <source>Care team phone</source>
        <translation>醫療團隊電話</translation>
    </message>
    <message>
        <source>Emergency number</source>
        <translation>緊急電話</translation>
    </message>
    <message>
        <source>Hospital or clinic</source>
        <translation>醫院或診所</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>科別</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>服務時間</translation>
    </message>
    <message>
        <source>Emergency number: {number}</source>
        <translation>緊急電話：{number}</translation>
    </message>
    <message>
        <source>Your care team&apos;s instructions</source>
        <translation>醫療團隊給您的指示</translation>
    </message>
    <message>
        <source>The times are your care team&apos;s estimates, counted from your arrival time. Your care team tells you if they change.</source>
        <translation>這些時間是醫療團隊從您的報到時間算起的估計時間。如果有變動，醫療團隊會告訴您。</translation>
    </message>
    <message>
        <source>The stages come in this order. Your care team tells you the times, and how long you stay.</source>
        <translation>各個階段依照這個順序進行。醫療團隊會告訴您時間，以及您需要留院多久。</translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation>危險徵兆</translation>
    </message>
    <message>
        <source>Call your emergency number now if you have:</source>
        <translation>如有以下情形，請立即撥打緊急電話：</translation>
    </message>
    <message>
        <source>Call your care team the same day if you have:</source>
        <translation>如有以下情形，請在當天打電話給您的醫療團隊：</translation>
    </message>
    <message>
        <source>The first days</source>
        <translation>最初幾天</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>追蹤回診</translation>
    </message>
    <message>
        <source>Sudden new back pain</source>
        <translation>突然出現新的背痛</translation>
    </message>
    <message>
        <source>Long-term bone health</source>
        <translation>長期的骨骼健康</translation>
    </message>
</context>
<context>
    <name>PlanProblem</name>
    <message>
        <source>this is not a TOML file: {detail}</source>
        <translation>這不是 TOML 檔案：{detail}</translation>
    </message>
    <message>
        <source>written for plan format {found}, newer than this vertprep reads ({known}): install the newer vertprep</source>
        <translation>這是為計畫格式 {found} 寫的，比這個 vertprep 能讀取的格式（{known}）還新：請安裝較新的 vertprep</translation>
    </message>
    <message>
        <source>the plan format version (format = {known}) is missing</source>
        <translation>缺少計畫格式版本（format = {known}）</translation>
    </message>
    <message>
        <source>unknown key (a typing mistake?); known here: {detail}</source>
        <translation>未知的鍵（打錯字了嗎？）；這裡可用的有：{detail}</translation>
    </message>
    <message>
        <source>this is needed and missing</source>
        <translation>這一項是必要的，但缺少了</translation>
    </message>
    <message>
        <source>this should be {detail}</source>
        <translation>這裡應該是{detail}</translation>
    </message>
    <message>
        <source>{found} is not allowed here; allowed: {detail}</source>
        <translation>這裡不能用 {found}；可以用：{detail}</translation>
    </message>
    <message>
        <source>the text in the plan&apos;s fallback language ({detail}) is missing</source>
        <translation>缺少計畫備用語言（{detail}）的文字</translation>
    </message>
    <message>
        <source>the id {found} is used twice (each must be different)</source>
        <translation>識別碼 {found} 用了兩次（每個都必須不同）</translation>
    </message>
    <message>
        <source>{found} is out of range: from {first} to {last}</source>
        <translation>{found} 超出範圍：應在 {first} 到 {last} 之間</translation>
    </message>
    <message>
        <source>the source {found} is not listed under [sources]</source>
        <translation>來源 {found} 沒有列在 [sources] 下</translation>
    </message>
    <message>
        <source>the file cannot be read: {detail}</source>
        <translation>無法讀取這個檔案：{detail}</translation>
    </message>
    <message>
        <source>a table</source>
        <translation>一個表格</translation>
    </message>
    <message>
        <source>text in quotes</source>
        <translation>加上引號的文字</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>一個整數</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <source>[first day, last day]</source>
        <translation>[第一天, 最後一天]</translation>
    </message>
    <message>
        <source>HH:MM, 24-hour</source>
        <translation>HH:MM，24 小時制</translation>
    </message>
    <message>
        <source>small letters, digits and _</source>
        <translation>小寫字母、數字和 _</translation>
    </message>
    <message>
        <source>line {line}, {key}: {reason}</source>
        <translation>第 {line} 行，{key}：{reason}</translation>
    </message>
    <message>
        <source>{key}: {reason}</source>
        <translation>{key}：{reason}</translation>
    </message>
</context>
<context>
    <name>PlanText</name>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>今天到期</translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation>即將到來</translation>
    </message>
    <message>
        <source>No date yet</source>
        <translation>尚無日期</translation>
    </message>
    <message>
        <source>Between {first} and {last}</source>
        <translation>在 {first} 到 {last} 之間</translation>
    </message>
    <message>
        <source>The date will appear once you enter your procedure date.</source>
        <translation>填入手術日期後，就會顯示日期。</translation>
    </message>
    <message>
        <source>Do this by {date}</source>
        <translation>請在 {date} 之前完成</translation>
    </message>
    <message>
        <source>By your consultation</source>
        <translation>在您看診之前</translation>
    </message>
    <message>
        <source>Before the procedure</source>
        <translation>在手術之前</translation>
    </message>
    <message>
        <source>When your doctor advises</source>
        <translation>依照醫師的建議時間</translation>
    </message>
    <message>
        <source>Done on {date}</source>
        <translation>已於 {date} 完成</translation>
    </message>
</context>
<context>
    <name>PlanWords</name>
    <message>
        <source>Your care team wrote this in {language}.</source>
        <translation>這段是您的醫療團隊以 {language} 寫的。</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <source>Pages: {count}</source>
        <translation>頁數：{count}</translation>
    </message>
    <message>
        <source>The plan could not be printed. Check the printer.</source>
        <translation>無法列印計畫。請檢查印表機。</translation>
    </message>
    <message>
        <source>Sent to the printer: {count} pages.</source>
        <translation>已送到印表機：共 {count} 頁。</translation>
    </message>
    <message>
        <source>Save the plan as PDF</source>
        <translation>將計畫儲存為 PDF</translation>
    </message>
    <message>
        <source>Report for my follow-up visit</source>
        <translation>我的回診報告</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The disk is full, so the PDF could not be saved. A file that was already there is unchanged:
{path}</source>
        <translation>磁碟空間已用完，所以無法儲存 PDF。原本就在那裡的檔案沒有被更改：
{path}</translation>
    </message>
    <message>
        <source>The PDF could not be saved here:
{path}
Please choose another folder.</source>
        <translation>無法將 PDF 儲存在這裡：
{path}
請選擇其他資料夾。</translation>
    </message>
    <message>
        <source>Saved {count} pages as PDF:
{path}</source>
        <translation>已將 {count} 頁儲存為 PDF：
{path}</translation>
    </message>
    <message>
        <source>Print your plan</source>
        <translation>列印您的計畫</translation>
    </message>
    <message>
        <source>&amp;What to print</source>
        <translation>要列印的內容(&amp;W)</translation>
    </message>
    <message>
        <source>The whole plan</source>
        <translation>整份計畫</translation>
    </message>
    <message>
        <source>Only the Before checklist</source>
        <translation>只印「手術前」待辦清單</translation>
    </message>
    <message>
        <source>Only the day of the procedure</source>
        <translation>只印手術當天</translation>
    </message>
    <message>
        <source>Only the After plan and warning signs</source>
        <translation>只印「手術後」計畫和危險徵兆</translation>
    </message>
    <message>
        <source>&amp;Language of the printout</source>
        <translation>列印的語言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Second language, side by side</source>
        <translation>第二種語言，並排顯示(&amp;S)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>無</translation>
    </message>
    <message>
        <source>&amp;Blank plan to fill in by hand (no personal data)</source>
        <translation>空白計畫，用手填寫（不含個人資料）(&amp;B)</translation>
    </message>
    <message>
        <source>Lar&amp;ge print</source>
        <translation>大字列印(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Paper</source>
        <translation>紙張(&amp;P)</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter (United States)</source>
        <translation>Letter（美國）</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>Legal</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>列印(&amp;P)…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>儲存為 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>關閉(&amp;C)</translation>
    </message>
    <message>
        <source>Preview of the printed plan</source>
        <translation>列印計畫的預覽</translation>
    </message>
</context>
<context>
    <name>PrintedPlan</name>
    <message>
        <source>Your vertebroplasty plan</source>
        <translation>您的椎體成形術計畫</translation>
    </message>
    <message>
        <source>Name: {name}</source>
        <translation>姓名：{name}</translation>
    </message>
    <message>
        <source>Procedure date: {date}</source>
        <translation>手術日期：{date}</translation>
    </message>
    <message>
        <source>Arrival time: {time}</source>
        <translation>抵達時間：{time}</translation>
    </message>
    <message>
        <source>Hospital or clinic: {place}</source>
        <translation>醫院或診所：{place}</translation>
    </message>
    <message>
        <source>Care team phone: {phone}</source>
        <translation>醫療團隊電話：{phone}</translation>
    </message>
    <message>
        <source>Printed on {date}</source>
        <translation>列印日期：{date}</translation>
    </message>
    <message>
        <source>{label}: {value}</source>
        <translation>{label}：{value}</translation>
    </message>
    <message>
        <source>This plan gives general information. Your care team decides what is right for you: follow their instructions.</source>
        <translation>本計畫提供一般性資訊。什麼做法適合您，由您的醫療團隊決定：請遵照他們的指示。</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>第 {page} 頁，共 {pages} 頁</translation>
    </message>
    <message>
        <source>This plan informs you; your care team decides what is right for you.</source>
        <translation>本計畫提供您資訊；什麼做法適合您，由您的醫療團隊決定。</translation>
    </message>
    <message>
        <source>Tick each step when it is done. Write down what your care team tells you, for example when to stop a medicine.</source>
        <translation>每完成一個步驟就打勾。請寫下醫療團隊告訴您的事，例如什麼時候停用某種藥物。</translation>
    </message>
    <message>
        <source>Before the procedure</source>
        <translation>手術前</translation>
    </message>
    <message>
        <source>Date: {date}</source>
        <translation>日期：{date}</translation>
    </message>
    <message>
        <source>Do this by: {date}</source>
        <translation>完成期限：{date}</translation>
    </message>
    <message>
        <source>What your care team told you to do:</source>
        <translation>醫療團隊告訴您要做的事：</translation>
    </message>
    <message>
        <source>Your note:</source>
        <translation>您的備註：</translation>
    </message>
    <message>
        <source>{date}, arrival at {time}</source>
        <translation>{date}，抵達時間：{time}</translation>
    </message>
    <message>
        <source>Date: {date}   Arrival time: {time}</source>
        <translation>日期：{date}&#x3000;&#x3000;抵達時間：{time}</translation>
    </message>
    <message>
        <source>The day of the procedure</source>
        <translation>手術當天</translation>
    </message>
    <message>
        <source>about {time}</source>
        <translation>大約 {time}</translation>
    </message>
    <message>
        <source>After the procedure</source>
        <translation>手術後</translation>
    </message>
    <message>
        <source>What vertebroplasty does not do</source>
        <translation>椎體成形術做不到的事</translation>
    </message>
    <message>
        <source>Your care team: {phone}</source>
        <translation>您的醫療團隊：{phone}</translation>
    </message>
    <message>
        <source>Your own reminders</source>
        <translation>您自己的提醒</translation>
    </message>
    <message>
        <source>{date} at {time}</source>
        <translation>{date} {time}</translation>
    </message>
</context>
<context>
    <name>PrintedReport</name>
    <message>
        <source>Report for my follow-up visit</source>
        <translation>我的回診報告</translation>
    </message>
    <message>
        <source>Name: {name}</source>
        <translation>姓名：{name}</translation>
    </message>
    <message>
        <source>Procedure date: {date}</source>
        <translation>手術日期：{date}</translation>
    </message>
    <message>
        <source>Printed on {date}</source>
        <translation>列印日期：{date}</translation>
    </message>
    <message>
        <source>Written by the patient with vertprep, from their own pain diary and check-ins. vertprep sends nothing to anyone, and nobody watched these answers. Your care team decides what is right for you.</source>
        <translation>由病人用 vertprep 根據自己的疼痛日記和追蹤問答寫成。vertprep 不會把任何資料傳給任何人，也沒有人看過這些回答。什麼對您最好，由您的醫療團隊決定。</translation>
    </message>
    <message>
        <source>Pain before the procedure (median; days written down: {count}): {score} out of 10</source>
        <translation>手術前的疼痛（中位數；記錄天數：{count}）：{score}（滿分 10）</translation>
    </message>
    <message>
        <source>Pain now ({date}): {score} out of 10</source>
        <translation>現在的疼痛（{date}）：{score}（滿分 10）</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>疼痛</translation>
    </message>
    <message>
        <source>{date} ({when}): {sign}</source>
        <translation>{date}（{when}）：{sign}</translation>
    </message>
    <message>
        <source>No warning sign was answered yes in the check-ins.</source>
        <translation>在追蹤問答中，沒有任何危險徵兆回答「是」。</translation>
    </message>
    <message>
        <source>Warning signs answered yes in the check-ins</source>
        <translation>追蹤問答中回答「是」的危險徵兆</translation>
    </message>
    <message>
        <source>{when}, {date}: pain {score} out of 10</source>
        <translation>{when}，{date}：疼痛 {score}（滿分 10）</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>追蹤問答</translation>
    </message>
    <message>
        <source>No step is ticked as done yet.</source>
        <translation>還沒有任何步驟打勾完成。</translation>
    </message>
    <message>
        <source>Steps done</source>
        <translation>已完成的步驟</translation>
    </message>
    <message>
        <source>{date}: {note}</source>
        <translation>{date}：{note}</translation>
    </message>
    <message>
        <source>My notes</source>
        <translation>我的備註</translation>
    </message>
    <message>
        <source>Questions for my doctor</source>
        <translation>要問醫師的問題</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>第 {page} 頁，共 {pages} 頁</translation>
    </message>
</context>
<context>
    <name>QShortcut</name>
    <message>
        <source>Space</source>
        <translation>空白鍵</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter 鍵</translation>
    </message>
</context>
<context>
    <name>RecoveryParts</name>
    <message>
        <source>vertprep sends nothing to anyone, and nobody watches these answers. If you are worried, call your care team; in an emergency, call your emergency number.</source>
        <translation>vertprep 不會把任何資料傳給任何人，也沒有人在看這些回答。如果您擔心，請打電話給您的醫療團隊；緊急時請撥打緊急電話。</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>追蹤問答</translation>
    </message>
    <message>
        <source>The emergency number where you live:</source>
        <translation>您所在地的緊急電話：</translation>
    </message>
    <message>
        <source>Emergency number</source>
        <translation>緊急電話</translation>
    </message>
    <message>
        <source>Write the number here</source>
        <translation>請在這裡寫下號碼</translation>
    </message>
    <message>
        <source>A check-in is waiting: {name} ({date}).</source>
        <translation>有一次追蹤問答等您回答：{name}（{date}）。</translation>
    </message>
    <message>
        <source>Start the check-in</source>
        <translation>開始追蹤問答</translation>
    </message>
    <message>
        <source>Enter your procedure date on the Welcome screen to plan the check-ins.</source>
        <translation>請在「歡迎」畫面填入您的手術日期，以安排追蹤問答。</translation>
    </message>
    <message>
        <source>Next check-in: {name}, on {date}.</source>
        <translation>下一次追蹤問答：{name}，{date}。</translation>
    </message>
    <message>
        <source>There are no more check-ins planned.</source>
        <translation>沒有其他安排的追蹤問答了。</translation>
    </message>
    <message>
        <source>Check in now</source>
        <translation>現在回答追蹤問答</translation>
    </message>
    <message>
        <source>Your care team: {phone}</source>
        <translation>您的醫療團隊：{phone}</translation>
    </message>
    <message>
        <source>Add your care team&apos;s phone number on the Welcome screen so it shows here.</source>
        <translation>請在「歡迎」畫面填入您醫療團隊的電話號碼，這裡就會顯示出來。</translation>
    </message>
    <message>
        <source>Your pain over time</source>
        <translation>您的疼痛變化</translation>
    </message>
    <message>
        <source>Your questions are saved.</source>
        <translation>您的問題已儲存。</translation>
    </message>
    <message>
        <source>Questions for my doctor</source>
        <translation>要問醫師的問題</translation>
    </message>
    <message>
        <source>Write one question a line. They are printed on the report for your follow-up visit (File › Print).</source>
        <translation>每行寫一個問題。它們會印在您的回診報告上（檔案 › 列印）。</translation>
    </message>
    <message>
        <source>For example: When may I lift my grandchild?</source>
        <translation>例如：我什麼時候可以抱孫子？</translation>
    </message>
</context>
<context>
    <name>RecoveryScreen</name>
    <message>
        <source>Your recovery</source>
        <translation>您的復原</translation>
    </message>
    <message>
        <source>Your entry could not be saved: the data file cannot be written.</source>
        <translation>您的記錄無法儲存：資料檔無法寫入。</translation>
    </message>
    <message>
        <source>Saved: pain {score} out of 10 on {date}. Ctrl+Z takes it back.</source>
        <translation>已儲存：{date} 疼痛 {score}（滿分 10）。按 Ctrl+Z 可以復原。</translation>
    </message>
    <message>
        <source>The entry of {date} is deleted. Ctrl+Z brings it back.</source>
        <translation>{date} 的記錄已刪除。按 Ctrl+Z 可以還原。</translation>
    </message>
    <message>
        <source>How is your pain today?</source>
        <translation>您今天的疼痛如何？</translation>
    </message>
    <message>
        <source>Save today&apos;s entry</source>
        <translation>儲存今天的記錄</translation>
    </message>
    <message>
        <source>Change the entry of {date}</source>
        <translation>修改 {date} 的記錄</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>儲存修改</translation>
    </message>
    <message>
        <source>Write down your pain once a day, before and after the procedure. The days before it show your usual pain; the days after show how it changes. Take this to your follow-up visit. The app informs; your care team decides.</source>
        <translation>手術前後每天記錄一次您的疼痛。手術前的日子顯示您平常的疼痛；手術後的日子顯示疼痛的變化。回診時請帶著它。本應用程式提供資訊；由您的醫療團隊決定。</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Day of the entry</source>
        <translation>記錄的日期</translation>
    </message>
    <message>
        <source>Your pain now, from 0 to 10:</source>
        <translation>您現在的疼痛程度，從 0 到 10：</translation>
    </message>
    <message>
        <source>How far did you walk today? (if you want to say)</source>
        <translation>您今天走了多遠？（願意的話再填）</translation>
    </message>
    <message>
        <source>Did you take pain medicine today?</source>
        <translation>您今天有吃止痛藥嗎？</translation>
    </message>
    <message>
        <source>Note (if you want)</source>
        <translation>備註（願意的話再填）</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Your entries, newest first</source>
        <translation>您的記錄，最新的在最前面</translation>
    </message>
    <message>
        <source>Change the chosen entry</source>
        <translation>修改選取的記錄</translation>
    </message>
    <message>
        <source>Delete the chosen entry</source>
        <translation>刪除選取的記錄</translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <source>Reminder 1 of {count}</source>
        <translation>第 1 則提醒，共 {count} 則</translation>
    </message>
    <message>
        <source>{status}: {text}</source>
        <translation>{status}：{text}</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>關閉提醒</translation>
    </message>
    <message>
        <source>Dismiss this reminder: it will not come back</source>
        <translation>關閉這則提醒：它不會再出現</translation>
    </message>
    <message>
        <source>Remind me tomorrow</source>
        <translation>明天再提醒我</translation>
    </message>
    <message>
        <source>Hide this reminder until tomorrow</source>
        <translation>先隱藏這則提醒，明天再顯示</translation>
    </message>
    <message>
        <source>Start the check-in</source>
        <translation>開始追蹤問答</translation>
    </message>
</context>
<context>
    <name>ReminderText</name>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>明天</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>今天到期</translation>
    </message>
    <message>
        <source>Your procedure is tomorrow, {date}.</source>
        <translation>您的手術在明天，{date}。</translation>
    </message>
    <message>
        <source>Your procedure is tomorrow, {date}. Arrive at {time}.</source>
        <translation>您的手術在明天，{date}。請在 {time} 抵達。</translation>
    </message>
    <message>
        <source>Pain check-in: {name}. Your pain now and a few yes or no questions, on the Your recovery screen.</source>
        <translation>疼痛追蹤：{name}。在「您的復原」畫面回答您現在的疼痛和幾個是非題。</translation>
    </message>
    <message>
        <source>{text} (on {date})</source>
        <translation>{text}（{date}）</translation>
    </message>
    <message>
        <source>{text} (today at {time})</source>
        <translation>{text}（今天 {time}）</translation>
    </message>
    <message>
        <source>{title}: this was due by {date}.</source>
        <translation>{title}：原本應在 {date} 之前完成。</translation>
    </message>
    <message>
        <source>{title}: do this today.</source>
        <translation>{title}：請在今天完成。</translation>
    </message>
</context>
<context>
    <name>SaveDialog</name>
    <message>
        <source>Vertebroplasty plan</source>
        <translation>椎體成形術計畫</translation>
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
        <translation>您的資料檔案是唯讀的，所以本程式無法儲存任何變更。請負責管理這台電腦的人把它設為可寫入：
{path}</translation>
    </message>
    <message>
        <source>Another program is using your data right now. Close it, then start vertprep again:
{path}</source>
        <translation>另一個程式正在使用您的資料。請關閉那個程式，然後重新開啟 vertprep：
{path}</translation>
    </message>
    <message>
        <source>The computer&apos;s disk is full, so vertprep cannot save your data. Free some space, then start vertprep again:
{path}</source>
        <translation>電腦的磁碟空間已用完，所以本程式無法儲存您的資料。請清出一些空間，然後重新開啟 vertprep：
{path}</translation>
    </message>
    <message>
        <source>vertprep is not allowed to use this folder for your data, or its name is too long:
{path}</source>
        <translation>vertprep 沒有權限使用這個資料夾存放您的資料，或資料夾名稱太長：
{path}</translation>
    </message>
    <message>
        <source>Your data was saved by a newer version of vertprep. Please install the newer version to open it. The file has not been changed:
{path}</source>
        <translation>您的資料是由較新版本的 vertprep 儲存的。請安裝較新的版本來開啟。檔案沒有被更改：
{path}</translation>
    </message>
    <message>
        <source>vertprep cannot open or save your data in this file:
{path}</source>
        <translation>vertprep 無法在這個檔案中開啟或儲存您的資料：
{path}</translation>
    </message>
</context>
<context>
    <name>StepsTab</name>
    <message>
        <source>Add a step before the procedure</source>
        <translation>新增手術前的步驟</translation>
    </message>
    <message>
        <source>Add a step after the procedure</source>
        <translation>新增手術後的步驟</translation>
    </message>
    <message>
        <source>Remove this step</source>
        <translation>移除這個步驟</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Patients who already ticked it keep their record; it is no longer shown.</source>
        <translation>已經勾選過的病人會保留紀錄；這個步驟不會再顯示。</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>標題：</translation>
    </message>
    <message>
        <source>Explanation:</source>
        <translation>說明：</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>時間：</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>天數：</translation>
    </message>
    <message>
        <source>Last day after the procedure:</source>
        <translation>手術後的最後一天：</translation>
    </message>
    <message>
        <source>The note asks for the care team&apos;s instructions</source>
        <translation>筆記欄請病人寫下醫療團隊的指示</translation>
    </message>
    <message>
        <source>By the consultation</source>
        <translation>在看診之前</translation>
    </message>
    <message>
        <source>Before the procedure, no date</source>
        <translation>手術之前，不設日期</translation>
    </message>
    <message>
        <source>A number of days before the procedure</source>
        <translation>手術前幾天</translation>
    </message>
    <message>
        <source>A number of days after the procedure</source>
        <translation>手術後幾天</translation>
    </message>
    <message>
        <source>Between two days after the procedure</source>
        <translation>手術後的某兩天之間</translation>
    </message>
    <message>
        <source>No date: as the doctor advises</source>
        <translation>不設日期：依照醫師建議</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>手術前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>手術後</translation>
    </message>
    <message>
        <source>{phase}: {title}</source>
        <translation>{phase}：{title}</translation>
    </message>
    <message>
        <source>From the sources of vertprep&apos;s plan ({source}).</source>
        <translation>來自 vertprep 計畫的資料來源（{source}）。</translation>
    </message>
    <message>
        <source>Your team&apos;s own step.</source>
        <translation>您團隊自己的步驟。</translation>
    </message>
    <message>
        <source>First day after the procedure:</source>
        <translation>手術後的第一天：</translation>
    </message>
    <message>
        <source>New step</source>
        <translation>新步驟</translation>
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
        <translation>目前文字是正常大小的 {percent}%。按下可恢復正常大小。</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>縮小文字</translation>
    </message>
    <message>
        <source>Makes all text smaller.</source>
        <translation>把所有文字縮小。</translation>
    </message>
    <message>
        <source>Normal text size</source>
        <translation>正常文字大小</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>放大文字</translation>
    </message>
    <message>
        <source>Makes all text larger, up to twice the normal size.</source>
        <translation>把所有文字放大，最大可到正常大小的兩倍。</translation>
    </message>
    <message>
        <source>{action} ({keys})</source>
        <translation>{action}（{keys}）</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>高對比</translation>
    </message>
    <message>
        <source>Shows white and yellow text on black.</source>
        <translation>在黑色背景上顯示白色和黃色的文字。</translation>
    </message>
    <message>
        <source>High contrast ({keys})</source>
        <translation>高對比（{keys}）</translation>
    </message>
</context>
<context>
    <name>UndoToast</name>
    <message>
        <source>Undo</source>
        <translation>復原</translation>
    </message>
    <message>
        <source>Undo the last tick ({keys})</source>
        <translation>復原上一次的打勾（{keys}）</translation>
    </message>
    <message>
        <source>Marked as done.</source>
        <translation>已標示為完成。</translation>
    </message>
    <message>
        <source>Marked as done: {title}</source>
        <translation>已標示為完成：{title}</translation>
    </message>
    <message>
        <source>Marked as not done.</source>
        <translation>已標示為未完成。</translation>
    </message>
    <message>
        <source>Marked as not done: {title}</source>
        <translation>已標示為未完成：{title}</translation>
    </message>
    <message>
        <source>{change}. To undo it, press this button or {keys}.</source>
        <translation>{change}。若要復原，請按這個按鈕或 {keys}。</translation>
    </message>
</context>
<context>
    <name>ViewSettings</name>
    <message>
        <source>&amp;Larger text</source>
        <translation>放大文字(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>縮小文字(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>正常文字大小(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>高對比(&amp;H)</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Welcome and your details</source>
        <translation>歡迎與您的資料</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>歡迎</translation>
    </message>
    <message>
        <source>This app helps you get ready for vertebroplasty, a treatment that puts bone cement into a vertebra broken by osteoporosis. It explains each step before the procedure, shows what happens on the day, and guides you through the weeks after it. It reminds you what is due and keeps your notes. Everything you enter stays on this computer.</source>
        <translation>本程式幫助您為椎體成形術做好準備。椎體成形術是一種治療，把骨水泥打進因骨質疏鬆症而骨折的脊椎骨。本程式會說明手術前的每個步驟，告訴您手術當天會發生什麼事，並陪您度過手術後的幾週。它會提醒您該做的事，並保存您的備註。您輸入的所有內容都留在這台電腦上。</translation>
    </message>
    <message>
        <source>Your details</source>
        <translation>您的資料</translation>
    </message>
    <message>
        <source>You can change these at any time. All dates in the app follow your procedure date.</source>
        <translation>這些資料隨時都可以修改。程式中的所有日期都會依照您的手術日期排定。</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo the last change</source>
        <translation>復原上一次的變更(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Help and keyboard shortcuts</source>
        <translation>說明與鍵盤快速鍵(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>前往(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>工具列</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>列印(&amp;P)…</translation>
    </message>
    <message>
        <source>Print your plan, or save it as a PDF</source>
        <translation>列印您的計畫，或儲存為 PDF</translation>
    </message>
    <message>
        <source>Export to &amp;calendar…</source>
        <translation>匯出到行事曆(&amp;C)…</translation>
    </message>
    <message>
        <source>Save your plan and reminders as a file for your calendar</source>
        <translation>把您的計畫和提醒儲存成行事曆檔案</translation>
    </message>
    <message>
        <source>&amp;Open care team plan…</source>
        <translation>開啟醫療團隊的計畫(&amp;O)…</translation>
    </message>
    <message>
        <source>Use the plan file your care team gave you: its steps, times and contacts</source>
        <translation>使用醫療團隊給您的計畫檔案：其中的步驟、時間和聯絡方式</translation>
    </message>
    <message>
        <source>&amp;Edit the care team&apos;s plan…</source>
        <translation>編輯醫療團隊的計畫(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Report for my follow-up visit…</source>
        <translation>回診報告(&amp;R)…</translation>
    </message>
    <message>
        <source>Export &amp;diary…</source>
        <translation>匯出日記(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>上一頁(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>下一頁(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;About vertprep</source>
        <translation>關於 vertprep(&amp;A)</translation>
    </message>
</context>
</TS>
