<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CommitmentsModel</name>
    <message>
        <location filename="../../desktop/ui/today/models.py" line="165" />
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/models.py" line="165" />
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/models.py" line="165" />
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/models.py" line="165" />
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/models.py" line="166" />
        <location filename="../../desktop/ui/today/models.py" line="167" />
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/models.py" line="166" />
        <source>Who promised</source>
        <translation>Who promised</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/models.py" line="166" />
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/models.py" line="167" />
        <source>Promised by</source>
        <translation>Promised by</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/models.py" line="199" />
        <source>Double-click to move the due date</source>
        <translation>Double-click to move the due date</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <location filename="../../desktop/ui/today/models.py" line="223" />
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/models.py" line="223" />
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/models.py" line="224" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/models.py" line="223" />
        <source>Last contact</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/models.py" line="223" />
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/models.py" line="224" />
        <source>Cadence</source>
        <translation>Cadence</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/models.py" line="230" />
        <source>never</source>
        <translation>never</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/today/models.py" line="234" />
        <source>every %n day(s)</source>
        <translation>
            <numerusform>every %n day</numerusform><numerusform>every %n days</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/models.py" line="255" />
        <source>planned {d}</source>
        <translation>planned {d}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/models.py" line="257" />
        <source>A decider or champion</source>
        <translation>A decider or champion</translation>
    </message>
</context>
<context>
    <name>PlannedModel</name>
    <message>
        <location filename="../../desktop/ui/today/models.py" line="298" />
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/models.py" line="298" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/models.py" line="298" />
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/models.py" line="298" />
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/models.py" line="299" />
        <source>With</source>
        <translation>With</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/models.py" line="299" />
        <source>Pre-visit plan</source>
        <translation>Pre-visit plan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/models.py" line="309" />
        <source>Open plan</source>
        <translation>Open plan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/models.py" line="309" />
        <source>Write the plan</source>
        <translation>Write the plan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/models.py" line="325" />
        <source>Click to open the pre-visit plan</source>
        <translation>Click to open the pre-visit plan</translation>
    </message>
</context>
<context>
    <name>Reminder</name>
    <message>
        <location filename="../../desktop/ui/today/reminder.py" line="137" />
        <source>Dossier: today's follow-ups</source>
        <translation>Dossier: today's follow-ups</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/today/reminder.py" line="138" />
        <source>%Ln thing(s) need doing today: promises due, people to call, events coming up. Click to open the Today view.</source>
        <translation>
            <numerusform>%Ln thing needs doing today: promises due, people to call, events coming up. Click to open the Today view.</numerusform><numerusform>%Ln things need doing today: promises due, people to call, events coming up. Click to open the Today view.</numerusform></translation>
    </message>
</context>
<context>
    <name>RiskModel</name>
    <message>
        <location filename="../../desktop/ui/today/models.py" line="333" />
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/models.py" line="333" />
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/models.py" line="333" />
        <source>Last contact with a decider</source>
        <translation>Last contact with a decider</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/models.py" line="339" />
        <source>never</source>
        <translation>never</translation>
    </message>
</context>
<context>
    <name>TodayDays</name>
    <message>
        <location filename="../../desktop/ui/today/models.py" line="140" />
        <source>never contacted</source>
        <translation>never contacted</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/models.py" line="142" />
        <source>due today</source>
        <translation>due today</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/models.py" line="144" />
        <source>1 day over</source>
        <translation>1 day over</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/models.py" line="146" />
        <source>{n} days over</source>
        <translation>{n} days over</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/models.py" line="148" />
        <source>tomorrow</source>
        <translation>tomorrow</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/models.py" line="149" />
        <source>in {n} days</source>
        <translation>in {n} days</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <location filename="../../desktop/ui/today/view.py" line="275" />
        <location filename="../../desktop/ui/today/view.py" line="362" />
        <source>Reading the agenda…</source>
        <translation>Reading the agenda…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/view.py" line="336" />
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/view.py" line="337" />
        <source>Export to calendar…</source>
        <translation>Export to calendar…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/view.py" line="339" />
        <source>Write planned visits, due dates and key events to an .ics file that Outlook, Apple Calendar and Google Calendar import</source>
        <translation>Write planned visits, due dates and key events to an .ics file that Outlook, Apple Calendar and Google Calendar import</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/view.py" line="342" />
        <location filename="../../desktop/ui/today/view.py" line="439" />
        <source>Mark done</source>
        <translation>Mark done</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/view.py" line="344" />
        <source>Reschedule…</source>
        <translation>Reschedule…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/view.py" line="345" />
        <location filename="../../desktop/ui/today/view.py" line="347" />
        <source>Log a call</source>
        <translation>Log a call</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/view.py" line="346" />
        <source>Record that you spoke with the selected person now</source>
        <translation>Record that you spoke with the selected person now</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/view.py" line="348" />
        <source>Log a visit</source>
        <translation>Log a visit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/view.py" line="349" />
        <source>Log a meal</source>
        <translation>Log a meal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/view.py" line="350" />
        <source>Log a message</source>
        <translation>Log a message</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/view.py" line="351" />
        <source>Open the plan</source>
        <translation>Open the plan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/view.py" line="352" />
        <source>Only accounts containing…</source>
        <translation>Only accounts containing…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/view.py" line="354" />
        <source>Narrow every list to the accounts whose name or short name contains these words</source>
        <translation>Narrow every list to the accounts whose name or short name contains these words</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/view.py" line="371" />
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/view.py" line="373" />
        <source>Nothing needs doing today.</source>
        <translation>Nothing needs doing today.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/today/view.py" line="374" />
        <source>%Ln thing(s) need doing today.</source>
        <translation>
            <numerusform>%Ln thing needs doing today.</numerusform><numerusform>%Ln things need doing today.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/today/view.py" line="381" />
        <source>Our commitments: overdue or due within %n day(s)</source>
        <translation>
            <numerusform>Our commitments: overdue or due within %n day</numerusform><numerusform>Our commitments: overdue or due within %n days</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/today/view.py" line="386" />
        <source>Birthdays and key events in the next %n day(s)</source>
        <translation>
            <numerusform>Birthdays and key events in the next %n day</numerusform><numerusform>Birthdays and key events in the next %n days</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/today/view.py" line="402" />
        <source>%Ln person(s) due</source>
        <translation>
            <numerusform>%Ln person due</numerusform><numerusform>%Ln people due</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/today/view.py" line="516" />
        <source>Wrote %Ln event(s) to {path}. Import it in your calendar; importing a newer file updates the events.</source>
        <translation>
            <numerusform>Wrote %Ln event to {path}. Import it in your calendar; importing a newer file updates the events.</numerusform><numerusform>Wrote %Ln events to {path}. Import it in your calendar; importing a newer file updates the events.</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/view.py" line="376" />
        <source>(Only accounts containing “{text}”.)</source>
        <translation>(Only accounts containing “{text}”.)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/view.py" line="379" />
        <source>Nothing here.</source>
        <translation>Nothing here.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/view.py" line="382" />
        <source>No promise of ours is due. Well kept.</source>
        <translation>No promise of ours is due. Well kept.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/view.py" line="383" />
        <source>Their commitments overdue (chase politely)</source>
        <translation>Their commitments overdue (chase politely)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/view.py" line="384" />
        <source>People due for contact</source>
        <translation>People due for contact</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/view.py" line="385" />
        <source>Everyone has been contacted on time.</source>
        <translation>Everyone has been contacted on time.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/view.py" line="388" />
        <source>Planned interactions</source>
        <translation>Planned interactions</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/view.py" line="388" />
        <source>No visit planned.</source>
        <translation>No visit planned.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/view.py" line="389" />
        <source>Accounts at risk</source>
        <translation>Accounts at risk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/view.py" line="405" />
        <source>{label}: {n}</source>
        <translation>{label}: {n}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/view.py" line="408" />
        <source>showing the {n} most urgent</source>
        <translation>showing the {n} most urgent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/view.py" line="411" />
        <source>{total} in all · showing the first {n}</source>
        <translation>{total} in all · showing the first {n}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/view.py" line="418" />
        <source>Show {n} more</source>
        <translation>Show {n} more</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/view.py" line="427" />
        <source>(Ctrl+Z undoes it.)</source>
        <translation>(Ctrl+Z undoes it.)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/view.py" line="440" />
        <source>Marked as done.</source>
        <translation>Marked as done.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/view.py" line="444" />
        <source>Reschedule</source>
        <translation>Reschedule</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/view.py" line="445" />
        <source>Moved to {d}.</source>
        <translation>Moved to {d}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/view.py" line="450" />
        <source>Select a person first.</source>
        <translation>Select a person first.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/view.py" line="454" />
        <source>Log interaction</source>
        <translation>Log interaction</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/view.py" line="455" />
        <source>Logged: {kind} with {name}.</source>
        <translation>Logged: {kind} with {name}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/view.py" line="461" />
        <location filename="../../desktop/ui/today/view.py" line="468" />
        <source>Select a commitment first.</source>
        <translation>Select a commitment first.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/view.py" line="504" />
        <source>Select a planned interaction first.</source>
        <translation>Select a planned interaction first.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/calendar_file.py" line="34" />
        <source>Export to calendar</source>
        <translation>Export to calendar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/calendar_file.py" line="35" />
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar files (*.ics)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/calendar_file.py" line="60" />
        <source>Writing the calendar file…</source>
        <translation>Writing the calendar file…</translation>
    </message>
</context>
<context>
    <name>UpcomingModel</name>
    <message>
        <location filename="../../desktop/ui/today/models.py" line="265" />
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/models.py" line="265" />
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/models.py" line="265" />
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/models.py" line="265" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/models.py" line="270" />
        <source>this month</source>
        <translation>this month</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/models.py" line="273" />
        <source>today</source>
        <translation>today</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/models.py" line="278" />
        <source>turns {n}</source>
        <translation>turns {n}</translation>
    </message>
</context>
</TS>
