<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
    <context>
        <name>AmountField</name>
        <message>
            <source>Not recorded</source>
            <translation>Nicht erfasst</translation>
        </message>
    </context>
    <context>
        <name>AppointmentPage</name>
        <message>
            <source>Appointment</source>
            <translation>Termin</translation>
        </message>
        <message>
            <source>Save &amp;PDF…</source>
            <translation>&amp;PDF speichern…</translation>
        </message>
        <message>
            <source>P&amp;rint…</source>
            <translation>D&amp;rucken…</translation>
        </message>
        <message>
            <source>Save &amp;images…</source>
            <translation>Als B&amp;ilder speichern…</translation>
        </message>
        <message>
            <source>Courses</source>
            <translation>Serien</translation>
        </message>
        <message>
            <source>My questions</source>
            <translation>Meine Fragen</translation>
        </message>
        <message>
            <source>New question</source>
            <translation>Neue Frage</translation>
        </message>
        <message>
            <source>A question for your next appointment</source>
            <translation>Eine Frage für Ihren nächsten Termin</translation>
        </message>
        <message>
            <source>&amp;Add question</source>
            <translation>Frage hin&amp;zufügen</translation>
        </message>
        <message>
            <source>Re&amp;move question</source>
            <translation>Frage &amp;entfernen</translation>
        </message>
        <message>
            <source>At a glance</source>
            <translation>Auf einen Blick</translation>
        </message>
        <message>
            <source>Next session: {text}</source>
            <translation>Nächste Sitzung: {text}</translation>
        </message>
        <message>
            <source>Nothing of the listed kinds was found.</source>
            <translation>Nichts der aufgeführten Art wurde gefunden.</translation>
        </message>
        <message>
            <source>{question} (for the session on {date})</source>
            <translation>{question} (für die Sitzung am {date})</translation>
        </message>
        <message>
            <source>Question not added</source>
            <translation>Frage nicht hinzugefügt</translation>
        </message>
        <message>
            <source>Add question</source>
            <translation>Frage hinzufügen</translation>
        </message>
        <message>
            <source>Remove question</source>
            <translation>Frage entfernen</translation>
        </message>
        <message>
            <source>Tick off question</source>
            <translation>Frage abhaken</translation>
        </message>
    </context>
    <context>
        <name>BackupsDialog</name>
        <message>
            <source>Daily</source>
            <translation>Täglich</translation>
        </message>
        <message>
            <source>Before an upgrade</source>
            <translation>Vor einem Update</translation>
        </message>
        <message>
            <source>Before an import</source>
            <translation>Vor einem Import</translation>
        </message>
        <message>
            <source>Before a restore</source>
            <translation>Vor einer Wiederherstellung</translation>
        </message>
        <message>
            <source>Before deleting all data</source>
            <translation>Vor dem Löschen aller Daten</translation>
        </message>
        <message>
            <source>Made by you</source>
            <translation>Von Ihnen erstellt</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Sicherungen</translation>
        </message>
        <message>
            <source>Made</source>
            <translation>Erstellt</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Anlass</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Größe</translation>
        </message>
        <message>
            <source>Entries</source>
            <translation>Einträge</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Sitzungen</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Prüfung</translation>
        </message>
        <message>
            <source>Backups of your diary</source>
            <translation>Sicherungen Ihres Tagebuchs</translation>
        </message>
        <message>
            <source>Back up now</source>
            <translation>Jetzt sichern</translation>
        </message>
        <message>
            <source>Make a backup of your diary now</source>
            <translation>Jetzt eine Sicherung Ihres Tagebuchs erstellen</translation>
        </message>
        <message>
            <source>Verify</source>
            <translation>Prüfen</translation>
        </message>
        <message>
            <source>Check that the selected backup is intact</source>
            <translation>Prüfen, ob die ausgewählte Sicherung intakt ist</translation>
        </message>
        <message>
            <source>Restore…</source>
            <translation>Wiederherstellen…</translation>
        </message>
        <message>
            <source>Replace your diary with the selected backup (your diary is backed up first)</source>
            <translation>Ihr Tagebuch durch die ausgewählte Sicherung ersetzen (Ihr Tagebuch wird vorher gesichert)</translation>
        </message>
        <message>
            <source>Open folder</source>
            <translation>Ordner öffnen</translation>
        </message>
        <message>
            <source>Show the folder that holds the backups in your file manager</source>
            <translation>Den Ordner mit den Sicherungen in der Dateiverwaltung zeigen</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Ergebnis</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>paindiary backs up your diary once a day, and before every upgrade, import and restore. It keeps the last 7 days, 4 weeks and 12 months, and every backup you make yourself, in:
{folder}</source>
            <translation>paindiary sichert Ihr Tagebuch einmal täglich und vor jedem Update, Import und jeder Wiederherstellung. Aufbewahrt werden die letzten 7 Tage, 4 Wochen und 12 Monate sowie jede Sicherung, die Sie selbst erstellen, in:
{folder}</translation>
        </message>
        <message>
            <source>Unreadable</source>
            <translation>Nicht lesbar</translation>
        </message>
        <message>
            <source>The backup could not be made.</source>
            <translation>Die Sicherung konnte nicht erstellt werden.</translation>
        </message>
        <message>
            <source>Backup made: {name}</source>
            <translation>Sicherung erstellt: {name}</translation>
        </message>
        <message>
            <source>Damaged</source>
            <translation>Beschädigt</translation>
        </message>
        <message>
            <source>Unusable</source>
            <translation>Unbrauchbar</translation>
        </message>
        <message>
            <source>Intact</source>
            <translation>Intakt</translation>
        </message>
        <message>
            <source>The backup from {made} is intact: {entries}, {sessions}.</source>
            <translation>Die Sicherung vom {made} ist intakt: {entries}, {sessions}.</translation>
        </message>
        <message numerus="yes">
            <source>%n entries</source>
            <translation>
                <numerusform>%n Eintrag</numerusform>
                <numerusform>%n Einträge</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n sessions</source>
            <translation>
                <numerusform>%n Sitzung</numerusform>
                <numerusform>%n Sitzungen</numerusform>
            </translation>
        </message>
        <message>
            <source>Cannot restore</source>
            <translation>Wiederherstellen nicht möglich</translation>
        </message>
        <message>
            <source>Replace your diary ({current} entries) with the backup from {made} ({entries} entries, {sessions} sessions)?

Your diary as it is now is backed up first, so you can come back to it.</source>
            <translation>Ihr Tagebuch ({current} Einträge) durch die Sicherung vom {made} ersetzen ({entries} Einträge, {sessions} Sitzungen)?

Ihr Tagebuch wird in seinem jetzigen Zustand vorher gesichert, Sie können also dorthin zurück.</translation>
        </message>
        <message>
            <source>Restore this backup?</source>
            <translation>Diese Sicherung wiederherstellen?</translation>
        </message>
        <message>
            <source>The backup could not be restored.</source>
            <translation>Die Sicherung konnte nicht wiederhergestellt werden.</translation>
        </message>
        <message>
            <source>Restored the backup from {made}.</source>
            <translation>Die Sicherung vom {made} wurde wiederhergestellt.</translation>
        </message>
        <message>
            <source>Your diary as it was is kept as {name}.</source>
            <translation>Ihr bisheriges Tagebuch ist als {name} aufbewahrt.</translation>
        </message>
        <message>
            <source>&amp;Backups…</source>
            <translation>Sic&amp;herungen…</translation>
        </message>
        <message>
            <source>See, verify and restore backups of your diary</source>
            <translation>Sicherungen Ihres Tagebuchs ansehen, prüfen und wiederherstellen</translation>
        </message>
    </context>
    <context>
        <name>BloodPressureDialog</name>
        <message>
            <source>Blood pressure at home</source>
            <translation>Blutdruck zu Hause</translation>
        </message>
        <message>
            <source>Date and time</source>
            <translation>Datum und Uhrzeit</translation>
        </message>
        <message>
            <source>Systolic (upper number)</source>
            <translation>Systolisch (oberer Wert)</translation>
        </message>
        <message>
            <source>Diastolic (lower number)</source>
            <translation>Diastolisch (unterer Wert)</translation>
        </message>
        <message>
            <source>Heart rate</source>
            <translation>Puls</translation>
        </message>
        <message>
            <source>When:</source>
            <translation>Wann:</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <source>Note:</source>
            <translation>Notiz:</translation>
        </message>
        <message>
            <source>Save the reading</source>
            <translation>Messung speichern</translation>
        </message>
        <message>
            <source>{field}: {message}</source>
            <translation>{field}: {message}</translation>
        </message>
    </context>
    <context>
        <name>ChartsView</name>
        <message>
            <source>Chart</source>
            <translation>Diagramm</translation>
        </message>
        <message>
            <source>Pain over time</source>
            <translation>Schmerz im Verlauf</translation>
        </message>
        <message>
            <source>Relief after each course</source>
            <translation>Linderung nach jeder Serie</translation>
        </message>
        <message>
            <source>How long relief lasted</source>
            <translation>Wie lange die Linderung anhielt</translation>
        </message>
        <message>
            <source>Side effects</source>
            <translation>Nebenwirkungen</translation>
        </message>
        <message>
            <source>Range</source>
            <translation>Zeitraum</translation>
        </message>
        <message>
            <source>Last 3 months</source>
            <translation>Letzte 3 Monate</translation>
        </message>
        <message>
            <source>Last 12 months</source>
            <translation>Letzte 12 Monate</translation>
        </message>
        <message>
            <source>Everything</source>
            <translation>Alles</translation>
        </message>
        <message>
            <source>Course to highlight</source>
            <translation>Hervorzuhebende Serie</translation>
        </message>
        <message>
            <source>Latest course</source>
            <translation>Letzte Serie</translation>
        </message>
        <message>
            <source>Kind of course to compare</source>
            <translation>Art der Serie zum Vergleichen</translation>
        </message>
        <message>
            <source>Co&amp;mpare:</source>
            <translation>&amp;Vergleichen:</translation>
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation>&amp;Exportieren…</translation>
        </message>
        <message>
            <source>Save this chart as PNG, SVG or PDF</source>
            <translation>Dieses Diagramm als PNG, SVG oder PDF speichern</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Kopieren</translation>
        </message>
        <message>
            <source>Copy this chart to the clipboard as an image</source>
            <translation>Dieses Diagramm als Bild in die Zwischenablage kopieren</translation>
        </message>
        <message>
            <source>Ch&amp;art:</source>
            <translation>Dia&amp;gramm:</translation>
        </message>
        <message>
            <source>&amp;Range:</source>
            <translation>&amp;Zeitraum:</translation>
        </message>
        <message>
            <source>C&amp;ourse:</source>
            <translation>&amp;Serie:</translation>
        </message>
        <message>
            <source>Chart: {name}</source>
            <translation>Diagramm: {name}</translation>
        </message>
        <message>
            <source>Show the whole chart again</source>
            <translation>Wieder das ganze Diagramm zeigen</translation>
        </message>
        <message>
            <source>Back to the previous view</source>
            <translation>Zurück zur vorherigen Ansicht</translation>
        </message>
        <message>
            <source>Forward to the next view</source>
            <translation>Weiter zur nächsten Ansicht</translation>
        </message>
        <message>
            <source>Pan: drag the chart with the left button, zoom with the right</source>
            <translation>Verschieben: mit der linken Maustaste ziehen, mit der rechten zoomen</translation>
        </message>
        <message>
            <source>Zoom: drag a rectangle around the part to see</source>
            <translation>Zoomen: ein Rechteck um den gewünschten Bereich ziehen</translation>
        </message>
        <message>
            <source>Zoom and pan</source>
            <translation>Zoomen und verschieben</translation>
        </message>
        <message>
            <source>PNG image (*.png)</source>
            <translation>PNG-Bild (*.png)</translation>
        </message>
        <message>
            <source>SVG drawing (*.svg)</source>
            <translation>SVG-Zeichnung (*.svg)</translation>
        </message>
        <message>
            <source>PDF document (*.pdf)</source>
            <translation>PDF-Dokument (*.pdf)</translation>
        </message>
        <message>
            <source>Export the chart</source>
            <translation>Diagramm exportieren</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>Export fehlgeschlagen</translation>
        </message>
        <message>
            <source>The chart was not saved: {reason}</source>
            <translation>Das Diagramm wurde nicht gespeichert: {reason}</translation>
        </message>
        <message>
            <source>Saved the chart to {path}.</source>
            <translation>Diagramm gespeichert unter {path}.</translation>
        </message>
        <message>
            <source>Copied the chart to the clipboard.</source>
            <translation>Diagramm in die Zwischenablage kopiert.</translation>
        </message>
    </context>
    <context>
        <name>CheckinDialog</name>
        <message>
            <source>Bladder check-in</source>
            <translation>Blasen-Check</translation>
        </message>
        <message>
            <source>Since your last check-in, have you had any of these?</source>
            <translation>Hatten Sie seit dem letzten Check etwas davon?</translation>
        </message>
        <message>
            <source>Going more often than usual</source>
            <translation>Häufiger als sonst zur Toilette</translation>
        </message>
        <message>
            <source>Urgency (having to go at once)</source>
            <translation>Harndrang (sofort gehen müssen)</translation>
        </message>
        <message>
            <source>Pain passing urine or in the lower belly</source>
            <translation>Schmerzen beim Wasserlassen oder im Unterbauch</translation>
        </message>
        <message>
            <source>Blood in urine</source>
            <translation>Blut im Urin</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <source>Note (optional)</source>
            <translation>Notiz (freiwillig)</translation>
        </message>
        <message>
            <source>Save the check-in</source>
            <translation>Check speichern</translation>
        </message>
    </context>
    <context>
        <name>CheckinPrompt</name>
        <message>
            <source>Time for a short bladder check-in: four yes/no questions about the last weeks.</source>
            <translation>Zeit für einen kurzen Blasen-Check: vier Ja/Nein-Fragen zu den letzten Wochen.</translation>
        </message>
        <message>
            <source>Bladder check-in prompt</source>
            <translation>Hinweis auf den Blasen-Check</translation>
        </message>
        <message>
            <source>Check in…</source>
            <translation>Check ausfüllen…</translation>
        </message>
        <message>
            <source>Open the bladder check-in</source>
            <translation>Blasen-Check öffnen</translation>
        </message>
        <message>
            <source>Not now</source>
            <translation>Nicht jetzt</translation>
        </message>
        <message>
            <source>Skip the bladder check-in</source>
            <translation>Blasen-Check überspringen</translation>
        </message>
    </context>
    <context>
        <name>ChipBox</name>
        <message>
            <source>Another place…</source>
            <translation>Andere Stelle…</translation>
        </message>
        <message>
            <source>Add a body region</source>
            <translation>Körperregion hinzufügen</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Hinzufügen</translation>
        </message>
        <message>
            <source>Add this body region</source>
            <translation>Diese Körperregion hinzufügen</translation>
        </message>
        <message>
            <source>Body region: {name}</source>
            <translation>Körperregion: {name}</translation>
        </message>
    </context>
    <context>
        <name>ClinicActions</name>
        <message>
            <source>Blood pressure…</source>
            <translation>Blutdruck…</translation>
        </message>
        <message>
            <source>Bladder check-in…</source>
            <translation>Blasen-Check…</translation>
        </message>
    </context>
    <context>
        <name>CloseQuestion</name>
        <message>
            <source>Save what you typed?</source>
            <translation>Eingabe speichern?</translation>
        </message>
        <message>
            <source>Today's entry has not been saved yet. Save it before closing?</source>
            <translation>Der heutige Eintrag ist noch nicht gespeichert. Möchten Sie ihn vor dem Schließen speichern?</translation>
        </message>
    </context>
    <context>
        <name>CoTreatmentDialog</name>
        <message>
            <source>Change treatment</source>
            <translation>Behandlung ändern</translation>
        </message>
        <message>
            <source>Add another treatment</source>
            <translation>Weitere Behandlung hinzufügen</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Beginn</translation>
        </message>
        <message>
            <source>Until</source>
            <translation>Bis</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>Art:</translation>
        </message>
        <message>
            <source>Start:</source>
            <translation>Beginn:</translation>
        </message>
        <message>
            <source>Note:</source>
            <translation>Notiz:</translation>
        </message>
        <message>
            <source>Save treatment</source>
            <translation>Behandlung speichern</translation>
        </message>
        <message>
            <source>{field}: {message}</source>
            <translation>{field}: {message}</translation>
        </message>
    </context>
    <context>
        <name>CourseChoice</name>
        <message>
            <source>Latest course</source>
            <translation>Letzte Serie</translation>
        </message>
        <message>
            <source>Course {number} ({date})</source>
            <translation>Serie {number} ({date})</translation>
        </message>
    </context>
    <context>
        <name>DeleteDataDialog</name>
        <message>
            <source>Delete all my data</source>
            <translation>Alle meine Daten löschen</translation>
        </message>
        <message>
            <source>This deletes every pain entry, treatment session, side effect and setting from your diary on this computer ({entries} entries, {sessions} sessions). The diary file is cleaned so that none of it can be read back from it.</source>
            <translation>Damit werden alle Schmerzeinträge, Behandlungssitzungen, Nebenwirkungen und Einstellungen aus Ihrem Tagebuch auf diesem Computer gelöscht ({entries} Einträge, {sessions} Sitzungen). Die Tagebuchdatei wird so bereinigt, dass nichts davon wieder aus ihr gelesen werden kann.</translation>
        </message>
        <message>
            <source>Export a copy first…</source>
            <translation>Vorher eine Kopie exportieren…</translation>
        </message>
        <message>
            <source>Export a copy first</source>
            <translation>Vorher eine Kopie exportieren</translation>
        </message>
        <message>
            <source>Save the whole diary to a file you choose before deleting it</source>
            <translation>Das ganze Tagebuch vor dem Löschen in eine Datei Ihrer Wahl speichern</translation>
        </message>
        <message>
            <source>To confirm, type {word}:</source>
            <translation>Zur Bestätigung {word} eingeben:</translation>
        </message>
        <message>
            <source>Type {word} to confirm</source>
            <translation>{word} eingeben, um zu bestätigen</translation>
        </message>
        <message>
            <source>Also delete all backups of the diary, in {folder}, and any damaged copy set aside beside the diary</source>
            <translation>Auch alle Sicherungen des Tagebuchs in {folder} löschen, dazu jede beschädigte Kopie, die neben dem Tagebuch beiseitegelegt wurde</translation>
        </message>
        <message>
            <source>Also delete all backups</source>
            <translation>Auch alle Sicherungen löschen</translation>
        </message>
        <message>
            <source>Unticked, the backups stay, and one more is made just before, so this can be undone.</source>
            <translation>Ohne Häkchen bleiben die Sicherungen erhalten, und direkt vorher wird noch eine erstellt – so lässt sich das rückgängig machen.</translation>
        </message>
        <message>
            <source>Delete everything</source>
            <translation>Alles löschen</translation>
        </message>
        <message>
            <source>Delete all records from the diary now</source>
            <translation>Jetzt alle Daten aus dem Tagebuch löschen</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Ergebnis</translation>
        </message>
        <message>
            <source>Export your diary</source>
            <translation>Ihr Tagebuch exportieren</translation>
        </message>
        <message>
            <source>paindiary JSON document (*.json)</source>
            <translation>paindiary-JSON-Dokument (*.json)</translation>
        </message>
        <message>
            <source>Not exported: {reason}</source>
            <translation>Nicht exportiert: {reason}</translation>
        </message>
        <message>
            <source>Exported {what} to {path}.</source>
            <translation>{what} exportiert nach {path}.</translation>
        </message>
        <message>
            <source>Nothing was deleted: {reason}</source>
            <translation>Es wurde nichts gelöscht: {reason}</translation>
        </message>
        <message>
            <source>All your records were deleted, and {count} backups with them. Files you exported yourself were not touched.</source>
            <translation>Alle Ihre Daten wurden gelöscht, zusammen mit {count} Sicherungen. Dateien, die Sie selbst exportiert haben, sind unberührt.</translation>
        </message>
        <message>
            <source>Other copies of the diary removed: {names}</source>
            <translation>Weitere Kopien des Tagebuchs entfernt: {names}</translation>
        </message>
        <message>
            <source>All your records were deleted. Backups of your diary, including one made just before, are still kept in:
{folder}
Delete that folder to remove every copy; File ▸ Backups can restore one.</source>
            <translation>Alle Ihre Daten wurden gelöscht. Sicherungen Ihres Tagebuchs, auch eine direkt vorher erstellte, liegen weiterhin in:
{folder}
Löschen Sie diesen Ordner, um jede Kopie zu entfernen; über Datei ▸ Sicherungen lässt sich eine wiederherstellen.</translation>
        </message>
        <message>
            <source>These copies of the diary are still there: {paths}</source>
            <translation>Diese Kopien des Tagebuchs sind noch vorhanden: {paths}</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>&amp;Delete all my data…</source>
            <translation>Alle meine &amp;Daten löschen…</translation>
        </message>
        <message>
            <source>Delete every record from this diary, after an optional export</source>
            <translation>Alle Daten aus diesem Tagebuch löschen, auf Wunsch nach einem Export</translation>
        </message>
    </context>
    <context>
        <name>DiaryView</name>
        <message>
            <source>Show entries from</source>
            <translation>Einträge zeigen ab</translation>
        </message>
        <message>
            <source>Show entries until</source>
            <translation>Einträge zeigen bis</translation>
        </message>
        <message>
            <source>Show all</source>
            <translation>Alle zeigen</translation>
        </message>
        <message>
            <source>Show every entry</source>
            <translation>Jeden Eintrag zeigen</translation>
        </message>
        <message>
            <source>Search notes and places (Ctrl+F)</source>
            <translation>Notizen und Stellen durchsuchen (Strg+F)</translation>
        </message>
        <message>
            <source>Search notes and places</source>
            <translation>Notizen und Stellen durchsuchen</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Suchen</translation>
        </message>
        <message>
            <source>Clear the search</source>
            <translation>Suche leeren</translation>
        </message>
        <message>
            <source>Diary entries</source>
            <translation>Tagebucheinträge</translation>
        </message>
        <message>
            <source>Add entry…</source>
            <translation>Eintrag hinzufügen…</translation>
        </message>
        <message>
            <source>Add an entry for any day and time</source>
            <translation>Einen Eintrag für einen beliebigen Tag und eine beliebige Uhrzeit hinzufügen</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Bearbeiten…</translation>
        </message>
        <message>
            <source>Edit the selected entry</source>
            <translation>Den ausgewählten Eintrag bearbeiten</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <source>Delete the selected entries</source>
            <translation>Die ausgewählten Einträge löschen</translation>
        </message>
        <message>
            <source>Delete (Del). Ctrl+Z brings them back.</source>
            <translation>Löschen (Entf). Strg+Z holt sie zurück.</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Von</translation>
        </message>
        <message>
            <source>to</source>
            <translation>bis</translation>
        </message>
        <message>
            <source>Diary</source>
            <translation>Tagebuch</translation>
        </message>
        <message numerus="yes">
            <source>Restored %n entries.</source>
            <translation>
                <numerusform>%n Eintrag wiederhergestellt.</numerusform>
                <numerusform>%n Einträge wiederhergestellt.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n entries shown</source>
            <translation>
                <numerusform>%n Eintrag angezeigt</numerusform>
                <numerusform>%n Einträge angezeigt</numerusform>
            </translation>
        </message>
        <message>
            <source>Add entry</source>
            <translation>Eintrag hinzufügen</translation>
        </message>
        <message>
            <source>not saved: the time is in the future</source>
            <translation>nicht gespeichert: die Uhrzeit liegt in der Zukunft</translation>
        </message>
        <message numerus="yes">
            <source>Deleted %n entries. Ctrl+Z brings them back.</source>
            <translation>
                <numerusform>%n Eintrag gelöscht. Strg+Z holt ihn zurück.</numerusform>
                <numerusform>%n Einträge gelöscht. Strg+Z holt sie zurück.</numerusform>
            </translation>
        </message>
        <message>
            <source>Not deleted</source>
            <translation>Nicht gelöscht</translation>
        </message>
    </context>
    <context>
        <name>DraftOffer</name>
        <message>
            <source>Restore what you were typing on {when}? It was not saved.</source>
            <translation>Möchten Sie wiederherstellen, was Sie am {when} eingegeben haben? Es wurde nicht gespeichert.</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Wiederherstellen</translation>
        </message>
        <message>
            <source>Restore what you were typing</source>
            <translation>Ihre Eingabe wiederherstellen</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Verwerfen</translation>
        </message>
        <message>
            <source>Discard what you were typing</source>
            <translation>Ihre Eingabe verwerfen</translation>
        </message>
    </context>
    <context>
        <name>EntryDialog</name>
        <message>
            <source>Edit entry</source>
            <translation>Eintrag bearbeiten</translation>
        </message>
        <message>
            <source>Date and time</source>
            <translation>Datum und Uhrzeit</translation>
        </message>
        <message>
            <source>Worst pain today, 0 to 10</source>
            <translation>Stärkster Schmerz heute, 0 bis 10</translation>
        </message>
        <message>
            <source>Interference with enjoyment of life, 0 to 10</source>
            <translation>Beeinträchtigung der Lebensfreude, 0 bis 10</translation>
        </message>
        <message>
            <source>Interference with general activity, 0 to 10</source>
            <translation>Beeinträchtigung der allgemeinen Aktivität, 0 bis 10</translation>
        </message>
        <message>
            <source>Interference with sleep last night, 0 to 10</source>
            <translation>Beeinträchtigung des Schlafs letzte Nacht, 0 bis 10</translation>
        </message>
        <message>
            <source>Mood today, 0 to 10</source>
            <translation>Stimmung heute, 0 bis 10</translation>
        </message>
        <message>
            <source>My clinician may read this note in the appointment report</source>
            <translation>Meine Ärztin oder mein Arzt darf diese Notiz im Bericht für den Termin lesen</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <source>Problem with this entry</source>
            <translation>Problem mit diesem Eintrag</translation>
        </message>
        <message>
            <source>When:</source>
            <translation>Wann:</translation>
        </message>
        <message>
            <source>Pain (0 = no pain, 10 = worst imaginable):</source>
            <translation>Schmerz (0 = kein Schmerz, 10 = stärkster vorstellbarer Schmerz):</translation>
        </message>
        <message>
            <source>Worst pain that day:</source>
            <translation>Stärkster Schmerz an dem Tag:</translation>
        </message>
        <message>
            <source>Interference with enjoyment of life:</source>
            <translation>Beeinträchtigung der Lebensfreude:</translation>
        </message>
        <message>
            <source>Interference with general activity:</source>
            <translation>Beeinträchtigung der allgemeinen Aktivität:</translation>
        </message>
        <message>
            <source>Interference with sleep last night:</source>
            <translation>Beeinträchtigung des Schlafs letzte Nacht:</translation>
        </message>
        <message>
            <source>Mood (0 = very low, 10 = very good):</source>
            <translation>Stimmung (0 = sehr schlecht, 10 = sehr gut):</translation>
        </message>
        <message>
            <source>Where:</source>
            <translation>Wo:</translation>
        </message>
        <message>
            <source>Note:</source>
            <translation>Notiz:</translation>
        </message>
        <message>
            <source>choose a score from 0 to 10</source>
            <translation>einen Wert von 0 bis 10 wählen</translation>
        </message>
        <message>
            <source>Pain</source>
            <translation>Schmerz</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Wo</translation>
        </message>
        <message>
            <source>{field}: {message}</source>
            <translation>{field}: {message}</translation>
        </message>
    </context>
    <context>
        <name>EntryTableModel</name>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Uhrzeit</translation>
        </message>
        <message>
            <source>Pain</source>
            <translation>Schmerz</translation>
        </message>
        <message>
            <source>Worst</source>
            <translation>Stärkster</translation>
        </message>
        <message>
            <source>Enjoyment</source>
            <translation>Lebensfreude</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Aktivität</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Wo</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>Something went wrong</source>
            <translation>Etwas ist schiefgelaufen</translation>
        </message>
        <message>
            <source>paindiary ran into an unexpected problem. What you saved before is safe in your diary.</source>
            <translation>paindiary ist auf ein unerwartetes Problem gestoßen. Was Sie vorher gespeichert haben, ist sicher in Ihrem Tagebuch.</translation>
        </message>
        <message>
            <source>The details were written to {path}. You can keep working, or close and restart paindiary.</source>
            <translation>Die Einzelheiten wurden in {path} geschrieben. Sie können weiterarbeiten oder paindiary schließen und neu starten.</translation>
        </message>
    </context>
    <context>
        <name>FilePage</name>
        <message>
            <source>Choose a file</source>
            <translation>Datei wählen</translation>
        </message>
        <message>
            <source>A paindiary CSV or JSON file, an export of Pain Tracker, Bearable or Flaredown, or any spreadsheet saved as CSV. Nothing is written until you press Import.</source>
            <translation>Eine CSV- oder JSON-Datei von paindiary, ein Export von Pain Tracker, Bearable oder Flaredown oder eine beliebige als CSV gespeicherte Tabelle. Es wird nichts geschrieben, bevor Sie auf Importieren klicken.</translation>
        </message>
        <message>
            <source>File to import</source>
            <translation>Zu importierende Datei</translation>
        </message>
        <message>
            <source>Path of the file</source>
            <translation>Pfad der Datei</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Wählen…</translation>
        </message>
        <message>
            <source>Choose the file to import</source>
            <translation>Die zu importierende Datei wählen</translation>
        </message>
        <message>
            <source>Open a file chooser</source>
            <translation>Einen Dateidialog öffnen</translation>
        </message>
        <message>
            <source>File format</source>
            <translation>Dateiformat</translation>
        </message>
        <message>
            <source>Problem with the file</source>
            <translation>Problem mit der Datei</translation>
        </message>
        <message>
            <source>File:</source>
            <translation>Datei:</translation>
        </message>
        <message>
            <source>Format:</source>
            <translation>Format:</translation>
        </message>
        <message>
            <source>Choose a file to import</source>
            <translation>Eine Datei zum Importieren wählen</translation>
        </message>
        <message>
            <source>Diary files (*.csv *.tsv *.txt *.json);;All files (*)</source>
            <translation>Tagebuchdateien (*.csv *.tsv *.txt *.json);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Reading {name}…</source>
            <translation>{name} wird gelesen…</translation>
        </message>
        <message>
            <source>Reading was cancelled; nothing was imported.</source>
            <translation>Das Lesen wurde abgebrochen; es wurde nichts importiert.</translation>
        </message>
    </context>
    <context>
        <name>FirstRunPanel</name>
        <message>
            <source>Welcome to paindiary</source>
            <translation>Willkommen bei paindiary</translation>
        </message>
        <message>
            <source>&lt;ol&gt;&lt;li&gt;&lt;b&gt;Log your pain&lt;/b&gt; — pick a number below and press Save. A few seconds, as often as you like.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Record each treatment session&lt;/b&gt; — date, dose and any side effects (Sessions, Ctrl+Shift+N).&lt;/li&gt;&lt;li&gt;&lt;b&gt;See how long relief lasts&lt;/b&gt; — paindiary compares your pain after each session with the week before it (Charts), and makes a one-page report for your appointments.&lt;/li&gt;&lt;/ol&gt;Your diary stays on this computer. paindiary reports what you logged; it gives no medical advice.</source>
            <translation>&lt;ol&gt;&lt;li&gt;&lt;b&gt;Schmerz festhalten&lt;/b&gt; – unten eine Zahl wählen und Speichern drücken. Ein paar Sekunden, so oft Sie möchten.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Jede Behandlungssitzung eintragen&lt;/b&gt; – Datum, Dosis und etwaige Nebenwirkungen (Sitzungen, Strg+Umschalt+N).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Sehen, wie lange die Linderung anhält&lt;/b&gt; – paindiary vergleicht Ihren Schmerz nach jeder Sitzung mit der Woche davor (Diagramme) und erstellt einen einseitigen Bericht für Ihre Arzttermine.&lt;/li&gt;&lt;/ol&gt;Ihr Tagebuch bleibt auf diesem Computer. paindiary gibt wieder, was Sie eingetragen haben; es gibt keinen medizinischen Rat.</translation>
        </message>
        <message>
            <source>Explore with sample data</source>
            <translation>Mit Beispieldaten ausprobieren</translation>
        </message>
        <message>
            <source>Opens a separate window with two years of made-up entries. Your diary is not touched.</source>
            <translation>Öffnet ein eigenes Fenster mit zwei Jahren erfundener Einträge. Ihr Tagebuch bleibt unberührt.</translation>
        </message>
        <message>
            <source>Start my diary</source>
            <translation>Mein Tagebuch beginnen</translation>
        </message>
    </context>
    <context>
        <name>HalfPointChoice</name>
        <message>
            <source>Question about half points</source>
            <translation>Frage zu halben Punkten</translation>
        </message>
        <message>
            <source>Round them up (6,5 becomes 7)</source>
            <translation>Aufrunden (aus 6,5 wird 7)</translation>
        </message>
        <message>
            <source>Round half points up</source>
            <translation>Halbe Punkte aufrunden</translation>
        </message>
        <message>
            <source>Leave those rows out</source>
            <translation>Diese Zeilen weglassen</translation>
        </message>
        <message>
            <source>Leave rows with half points out</source>
            <translation>Zeilen mit halben Punkten weglassen</translation>
        </message>
        <message>
            <source>Problem with the half points</source>
            <translation>Problem mit den halben Punkten</translation>
        </message>
        <message>
            <source>1 row has a half point (“{example}” on line {line}).</source>
            <translation>1 Zeile hat einen halben Punkt („{example}“ in Zeile {line}).</translation>
        </message>
        <message>
            <source>{count} rows have half points, like “{example}” on line {line}.</source>
            <translation>{count} Zeilen haben halbe Punkte, etwa „{example}“ in Zeile {line}.</translation>
        </message>
        <message>
            <source>The diary keeps whole points: what should happen to them?</source>
            <translation>Das Tagebuch speichert ganze Punkte: Was soll mit ihnen geschehen?</translation>
        </message>
        <message>
            <source>Choose one of these to go on.</source>
            <translation>Wählen Sie eine dieser Möglichkeiten, um fortzufahren.</translation>
        </message>
    </context>
    <context>
        <name>HelpActions</name>
        <message>
            <source>How &amp;relief is measured</source>
            <translation>Wie die &amp;Linderung gemessen wird</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Tastenkürzel</translation>
        </message>
    </context>
    <context>
        <name>HelpedPrompt</name>
        <message>
            <source>0 not at all</source>
            <translation>0 gar nicht</translation>
        </message>
        <message>
            <source>4 completely</source>
            <translation>4 vollständig</translation>
        </message>
        <message>
            <source>Helped: {value} of 4</source>
            <translation>Geholfen: {value} von 4</translation>
        </message>
        <message>
            <source>Not now</source>
            <translation>Nicht jetzt</translation>
        </message>
        <message>
            <source>How much did the {name} at {time} help? (0 = not at all, 4 = completely)</source>
            <translation>Wie sehr hat {name} um {time} geholfen? (0 = gar nicht, 4 = vollständig)</translation>
        </message>
    </context>
    <context>
        <name>ImportState</name>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Cancel reading</source>
            <translation>Lesen abbrechen</translation>
        </message>
        <message>
            <source>Reading the file</source>
            <translation>Datei wird gelesen</translation>
        </message>
        <message>
            <source>Reading progress</source>
            <translation>Lesefortschritt</translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <source>Import into your diary</source>
            <translation>In Ihr Tagebuch importieren</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importieren</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Zurück</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Weiter</translation>
        </message>
        <message>
            <source>Commit</source>
            <translation>Übernehmen</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Hilfe</translation>
        </message>
        <message>
            <source>Nothing was imported</source>
            <translation>Es wurde nichts importiert</translation>
        </message>
        <message>
            <source>Nothing was imported: {error}</source>
            <translation>Es wurde nichts importiert: {error}</translation>
        </message>
    </context>
    <context>
        <name>IntakeDialog</name>
        <message>
            <source>I took {name}</source>
            <translation>Ich habe {name} genommen</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Menge</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Wann</translation>
        </message>
        <message>
            <source>Pain before, 0 to 10</source>
            <translation>Schmerz vorher, 0 bis 10</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <source>Amount:</source>
            <translation>Menge:</translation>
        </message>
        <message>
            <source>When:</source>
            <translation>Wann:</translation>
        </message>
        <message>
            <source>Pain before (0–10):</source>
            <translation>Schmerz vorher (0–10):</translation>
        </message>
        <message>
            <source>Note:</source>
            <translation>Notiz:</translation>
        </message>
        <message>
            <source>Save the dose</source>
            <translation>Einnahme speichern</translation>
        </message>
        <message>
            <source>Pain before</source>
            <translation>Schmerz vorher</translation>
        </message>
        <message>
            <source>{field}: {message}</source>
            <translation>{field}: {message}</translation>
        </message>
    </context>
    <context>
        <name>LanguageRestart</name>
        <message>
            <source>Restart paindiary?</source>
            <translation>paindiary neu starten?</translation>
        </message>
        <message>
            <source>paindiary speaks {language} from its next start. Restart now?</source>
            <translation>paindiary spricht ab dem nächsten Start {language}. Jetzt neu starten?</translation>
        </message>
        <message>
            <source>Restart now</source>
            <translation>Jetzt neu starten</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>Später</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Views</source>
            <translation>Ansichten</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Heute</translation>
        </message>
        <message>
            <source>Diary</source>
            <translation>Tagebuch</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Sitzungen</translation>
        </message>
        <message>
            <source>Charts</source>
            <translation>Diagramme</translation>
        </message>
        <message>
            <source>{view} (Ctrl+{number})</source>
            <translation>{view} (Strg+{number})</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Bearbeiten</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ansicht</translation>
        </message>
        <message>
            <source>&amp;Tools</source>
            <translation>E&amp;xtras</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <source>New &amp;session…</source>
            <translation>Neue &amp;Sitzung…</translation>
        </message>
        <message>
            <source>Se&amp;ttings…</source>
            <translation>&amp;Einstellungen…</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Rückgängig</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Wiederholen</translation>
        </message>
        <message>
            <source>&amp;Today</source>
            <translation>&amp;Heute</translation>
        </message>
        <message>
            <source>&amp;Diary</source>
            <translation>&amp;Tagebuch</translation>
        </message>
        <message>
            <source>&amp;Sessions</source>
            <translation>&amp;Sitzungen</translation>
        </message>
        <message>
            <source>&amp;Charts</source>
            <translation>&amp;Diagramme</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <source>&amp;About paindiary</source>
            <translation>Ü&amp;ber paindiary</translation>
        </message>
        <message>
            <source>About paindiary</source>
            <translation>Über paindiary</translation>
        </message>
        <message>
            <source>&lt;h3&gt;paindiary {version}&lt;/h3&gt;&lt;p&gt;A private pain diary for people receiving ketamine therapy: log pain in seconds, record sessions and side effects, and see how long relief lasted after each session.&lt;/p&gt;&lt;p&gt;Your diary is a file on this computer:&lt;br&gt;&lt;code&gt;{path}&lt;/code&gt;&lt;/p&gt;&lt;p&gt;paindiary makes no network connection. It reports what you logged and gives no medical advice.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;paindiary {version}&lt;/h3&gt;&lt;p&gt;Ein privates Schmerztagebuch für Menschen in Ketamin-Therapie: Schmerz in Sekunden festhalten, Sitzungen und Nebenwirkungen eintragen und sehen, wie lange die Linderung nach jeder Sitzung anhielt.&lt;/p&gt;&lt;p&gt;Ihr Tagebuch ist eine Datei auf diesem Computer:&lt;br&gt;&lt;code&gt;{path}&lt;/code&gt;&lt;/p&gt;&lt;p&gt;paindiary baut keine Netzwerkverbindung auf. Es gibt wieder, was Sie eingetragen haben, und gibt keinen medizinischen Rat.&lt;/p&gt;</translation>
        </message>
        <message numerus="yes">
            <source>%n entries</source>
            <translation>
                <numerusform>%n Eintrag</numerusform>
                <numerusform>%n Einträge</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n sessions</source>
            <translation>
                <numerusform>%n Sitzung</numerusform>
                <numerusform>%n Sitzungen</numerusform>
            </translation>
        </message>
        <message>
            <source>paindiary — Sample data (nothing here is saved to your diary)</source>
            <translation>paindiary – Beispieldaten (hier wird nichts in Ihr Tagebuch gespeichert)</translation>
        </message>
        <message>
            <source>paindiary — {name}</source>
            <translation>paindiary – {name}</translation>
        </message>
    </context>
    <context>
        <name>MappingPage</name>
        <message>
            <source>How the file is read</source>
            <translation>Wie die Datei gelesen wird</translation>
        </message>
        <message>
            <source>Recognised format</source>
            <translation>Erkanntes Format</translation>
        </message>
        <message>
            <source>Text encoding</source>
            <translation>Zeichenkodierung</translation>
        </message>
        <message>
            <source>How columns become diary fields</source>
            <translation>Wie Spalten zu Tagebuchfeldern werden</translation>
        </message>
        <message>
            <source>Date column</source>
            <translation>Datumsspalte</translation>
        </message>
        <message>
            <source>Time column</source>
            <translation>Uhrzeitspalte</translation>
        </message>
        <message>
            <source>Pain column (0–10)</source>
            <translation>Schmerzspalte (0–10)</translation>
        </message>
        <message>
            <source>Note column</source>
            <translation>Notizspalte</translation>
        </message>
        <message>
            <source>Date:</source>
            <translation>Datum:</translation>
        </message>
        <message>
            <source>Problem with the date column</source>
            <translation>Problem mit der Datumsspalte</translation>
        </message>
        <message>
            <source>Time:</source>
            <translation>Uhrzeit:</translation>
        </message>
        <message>
            <source>Problem with the time column</source>
            <translation>Problem mit der Uhrzeitspalte</translation>
        </message>
        <message>
            <source>Pain (0–10):</source>
            <translation>Schmerz (0–10):</translation>
        </message>
        <message>
            <source>Problem with the pain column</source>
            <translation>Problem mit der Schmerzspalte</translation>
        </message>
        <message>
            <source>Note:</source>
            <translation>Notiz:</translation>
        </message>
        <message>
            <source>Problem with the note column</source>
            <translation>Problem mit der Notizspalte</translation>
        </message>
        <message>
            <source>Question about dates</source>
            <translation>Frage zu den Datumsangaben</translation>
        </message>
        <message>
            <source>How dates are written</source>
            <translation>Wie Datumsangaben geschrieben sind</translation>
        </message>
        <message>
            <source>Please choose…</source>
            <translation>Bitte wählen…</translation>
        </message>
        <message>
            <source>Day first (03/04/2024 is 3 April 2024)</source>
            <translation>Tag zuerst (03/04/2024 ist der 3. April 2024)</translation>
        </message>
        <message>
            <source>Month first (03/04/2024 is March 4, 2024)</source>
            <translation>Monat zuerst (03/04/2024 ist der 4. März 2024)</translation>
        </message>
        <message>
            <source>Preview of the first rows</source>
            <translation>Vorschau der ersten Zeilen</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Wann</translation>
        </message>
        <message>
            <source>Pain</source>
            <translation>Schmerz</translation>
        </message>
        <message>
            <source>Note or problem</source>
            <translation>Notiz oder Problem</translation>
        </message>
        <message>
            <source>Rows</source>
            <translation>Zeilen</translation>
        </message>
        <message>
            <source>Preview columns</source>
            <translation>Spalten der Vorschau</translation>
        </message>
        <message>
            <source>Select all rows</source>
            <translation>Alle Zeilen auswählen</translation>
        </message>
        <message>
            <source>Problem with the file</source>
            <translation>Problem mit der Datei</translation>
        </message>
        <message>
            <source>Format: {label}</source>
            <translation>Format: {label}</translation>
        </message>
        <message>
            <source>(in the date column)</source>
            <translation>(in der Datumsspalte)</translation>
        </message>
        <message>
            <source>(none: entries at 12:00)</source>
            <translation>(keine: Einträge um 12:00)</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(keine)</translation>
        </message>
        <message>
            <source>Text encoding: Windows-1252, as Excel on Windows saves CSV (the file is not UTF-8)</source>
            <translation>Zeichenkodierung: Windows-1252, so speichert Excel unter Windows CSV-Dateien (die Datei ist nicht UTF-8)</translation>
        </message>
        <message>
            <source>Text encoding: {encoding}</source>
            <translation>Zeichenkodierung: {encoding}</translation>
        </message>
        <message>
            <source>The dates in “{column}” (like {example}) can be read two ways. How are they written?</source>
            <translation>Die Datumsangaben in „{column}“ (etwa {example}) lassen sich auf zwei Arten lesen. Wie sind sie geschrieben?</translation>
        </message>
        <message>
            <source>Reading was cancelled; nothing was imported.</source>
            <translation>Das Lesen wurde abgebrochen; es wurde nichts importiert.</translation>
        </message>
        <message>
            <source>Reading the records…</source>
            <translation>Die Datensätze werden gelesen…</translation>
        </message>
    </context>
    <context>
        <name>MedicineDialog</name>
        <message>
            <source>Change medicine</source>
            <translation>Medikament ändern</translation>
        </message>
        <message>
            <source>Add a medicine</source>
            <translation>Medikament hinzufügen</translation>
        </message>
        <message>
            <source>as on the pack, e.g. 5 mg</source>
            <translation>wie auf der Packung, z. B. 5 mg</translation>
        </message>
        <message>
            <source>mg in one unit</source>
            <translation>mg in einer Einheit</translation>
        </message>
        <message>
            <source>Regularly</source>
            <translation>Regelmäßig</translation>
        </message>
        <message>
            <source>As needed</source>
            <translation>Bei Bedarf</translation>
        </message>
        <message>
            <source>Amount a day</source>
            <translation>Menge pro Tag</translation>
        </message>
        <message>
            <source>Taken for pain</source>
            <translation>Gegen Schmerzen</translation>
        </message>
        <message>
            <source>An opioid</source>
            <translation>Ein Opioid</translation>
        </message>
        <message>
            <source>MME factor</source>
            <translation>MME-Faktor</translation>
        </message>
        <message>
            <source>Morphine milligram equivalents per mg (CDC 2022); approximate, for trend only</source>
            <translation>Morphin-Milligramm-Äquivalente pro mg (CDC 2022); ungefähr, nur für den Verlauf</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>Seit</translation>
        </message>
        <message>
            <source>Until</source>
            <translation>Bis</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Strength</source>
            <translation>Stärke</translation>
        </message>
        <message>
            <source>Counted in</source>
            <translation>Gezählt in</translation>
        </message>
        <message>
            <source>Taken</source>
            <translation>Einnahme</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <source>Save medicine</source>
            <translation>Medikament speichern</translation>
        </message>
        <message>
            <source>{field}: {message}</source>
            <translation>{field}: {message}</translation>
        </message>
    </context>
    <context>
        <name>Medicines</name>
        <message>
            <source>tablet</source>
            <translation>Tablette</translation>
        </message>
        <message>
            <source>capsule</source>
            <translation>Kapsel</translation>
        </message>
        <message>
            <source>drop</source>
            <translation>Tropfen</translation>
        </message>
        <message>
            <source>puff</source>
            <translation>Hub</translation>
        </message>
        <message>
            <source>patch</source>
            <translation>Pflaster</translation>
        </message>
        <message>
            <source>other</source>
            <translation>andere</translation>
        </message>
        <message>
            <source>Physiotherapy</source>
            <translation>Physiotherapie</translation>
        </message>
        <message>
            <source>Psychological therapy (CBT, mindfulness)</source>
            <translation>Psychologische Therapie (KVT, Achtsamkeit)</translation>
        </message>
        <message>
            <source>Exercise programme</source>
            <translation>Trainingsprogramm</translation>
        </message>
        <message>
            <source>Nerve block</source>
            <translation>Nervenblockade</translation>
        </message>
        <message>
            <source>New medicine</source>
            <translation>Neues Medikament</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Sonstige</translation>
        </message>
    </context>
    <context>
        <name>MedicinesPage</name>
        <message>
            <source>Medicines</source>
            <translation>Medikamente</translation>
        </message>
        <message>
            <source>Medicine</source>
            <translation>Medikament</translation>
        </message>
        <message>
            <source>Strength</source>
            <translation>Stärke</translation>
        </message>
        <message>
            <source>Taken</source>
            <translation>Einnahme</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>Seit</translation>
        </message>
        <message>
            <source>Until</source>
            <translation>Bis</translation>
        </message>
        <message>
            <source>MME factor</source>
            <translation>MME-Faktor</translation>
        </message>
        <message>
            <source>Other treatments</source>
            <translation>Weitere Behandlungen</translation>
        </message>
        <message>
            <source>Treatment</source>
            <translation>Behandlung</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Beginn</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <source>The list is for your clinician to check; MME (morphine milligram equivalents) is approximate, for trend only.</source>
            <translation>Die Liste ist zur Durchsicht durch Ihre Ärztin oder Ihren Arzt; MME (Morphin-Milligramm-Äquivalente) sind ungefähr, nur für den Verlauf.</translation>
        </message>
        <message>
            <source>&amp;Add medicine…</source>
            <translation>Medikament hin&amp;zufügen…</translation>
        </message>
        <message>
            <source>&amp;Change…</source>
            <translation>Ä&amp;ndern…</translation>
        </message>
        <message>
            <source>&amp;Stopped today</source>
            <translation>Heute abge&amp;setzt</translation>
        </message>
        <message>
            <source>&amp;Delete medicine</source>
            <translation>Medikament &amp;löschen</translation>
        </message>
        <message>
            <source>Add &amp;treatment…</source>
            <translation>Behandlung hinzu&amp;fügen…</translation>
        </message>
        <message>
            <source>Change t&amp;reatment…</source>
            <translation>Behandlung ände&amp;rn…</translation>
        </message>
        <message>
            <source>Delete treat&amp;ment</source>
            <translation>Behandlung lösch&amp;en</translation>
        </message>
        <message>
            <source>Stopped</source>
            <translation>Abgesetzt</translation>
        </message>
        <message>
            <source>Deleted. Ctrl+Z brings it back.</source>
            <translation>Gelöscht. Strg+Z holt es zurück.</translation>
        </message>
        <message>
            <source>as needed</source>
            <translation>bei Bedarf</translation>
        </message>
        <message>
            <source>regularly</source>
            <translation>regelmäßig</translation>
        </message>
        <message>
            <source>{amount} {unit} a day</source>
            <translation>{amount} {unit} pro Tag</translation>
        </message>
    </context>
    <context>
        <name>OptionalScore</name>
        <message>
            <source>{question}: {score}</source>
            <translation>{question}: {score}</translation>
        </message>
        <message>
            <source>{score} (click again to leave this out)</source>
            <translation>{score} (noch einmal klicken, um die Frage auszulassen)</translation>
        </message>
    </context>
    <context>
        <name>PgicPrompt</name>
        <message>
            <source>Answer: {words}</source>
            <translation>Antwort: {words}</translation>
        </message>
        <message>
            <source>Not now</source>
            <translation>Nicht jetzt</translation>
        </message>
        <message>
            <source>Skip this question</source>
            <translation>Diese Frage überspringen</translation>
        </message>
        <message>
            <source>Day {day} after course {course}</source>
            <translation>Tag {day} nach Serie {course}</translation>
        </message>
        <message>
            <source>Saved: {words}</source>
            <translation>Gespeichert: {words}</translation>
        </message>
    </context>
    <context>
        <name>PlannedSessionNotice</name>
        <message>
            <source>Planned session</source>
            <translation>Geplante Sitzung</translation>
        </message>
        <message>
            <source>Yes, it happened</source>
            <translation>Ja, sie hat stattgefunden</translation>
        </message>
        <message>
            <source>No, it did not happen</source>
            <translation>Nein, sie hat nicht stattgefunden</translation>
        </message>
        <message>
            <source>Did your session on {date} at {time} ({route}) happen?</source>
            <translation>Hat Ihre Sitzung am {date} um {time} ({route}) stattgefunden?</translation>
        </message>
        <message>
            <source>Only sessions that happened count in the relief analysis.</source>
            <translation>Nur Sitzungen, die stattgefunden haben, zählen in der Auswertung der Linderung.</translation>
        </message>
        <message>
            <source>Recorded as done; change its time or dose on the Sessions page if needed.</source>
            <translation>Als erfolgt eingetragen; Zeit oder Dosis können Sie bei Bedarf auf der Seite „Sitzungen“ ändern.</translation>
        </message>
        <message>
            <source>Recorded as not happened; it stays in Sessions as cancelled.</source>
            <translation>Als nicht erfolgt eingetragen; sie bleibt unter „Sitzungen“ als abgesagt.</translation>
        </message>
        <message>
            <source>Next session: {date} at {time}, {route}</source>
            <translation>Nächste Sitzung: {date} um {time}, {route}</translation>
        </message>
        <message>
            <source>Ride home: not arranged yet.</source>
            <translation>Heimfahrt: noch nicht organisiert.</translation>
        </message>
        <message>
            <source>Your checklist: {items}</source>
            <translation>Ihre Checkliste: {items}</translation>
        </message>
        <message>
            <source>Your questions: {questions}</source>
            <translation>Ihre Fragen: {questions}</translation>
        </message>
    </context>
    <context>
        <name>ProfileSection</name>
        <message>
            <source>Profile</source>
            <translation>Profil</translation>
        </message>
        <message>
            <source>Optional, for the header of the appointment report. It stays in your diary on this computer and is never sent anywhere.</source>
            <translation>Freiwillig, für den Kopf des Berichts zum Termin. Es bleibt in Ihrem Tagebuch auf diesem Computer und wird nirgendwohin gesendet.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Geburtsdatum</translation>
        </message>
        <message>
            <source>YYYY-MM-DD</source>
            <translation>JJJJ-MM-TT</translation>
        </message>
        <message>
            <source>Conditions</source>
            <translation>Erkrankungen</translation>
        </message>
        <message>
            <source>e.g. CRPS, left foot</source>
            <translation>z. B. CRPS, linker Fuß</translation>
        </message>
        <message>
            <source>Clinic</source>
            <translation>Klinik</translation>
        </message>
        <message>
            <source>Clinician</source>
            <translation>Ärztin oder Arzt</translation>
        </message>
        <message>
            <source>{text} is not a date like 1970-05-31</source>
            <translation>{text} ist kein Datum wie 1970-05-31</translation>
        </message>
    </context>
    <context>
        <name>ReliefHelpDialog</name>
        <message>
            <source>How relief is measured</source>
            <translation>Wie die Linderung gemessen wird</translation>
        </message>
        <message>
            <source>What it compares</source>
            <translation>Was verglichen wird</translation>
        </message>
        <message>
            <source>paindiary compares your pain after a course of ketamine sessions with your usual pain before it. It uses only what you logged, and it gives no medical advice.</source>
            <translation>paindiary vergleicht Ihren Schmerz nach einer Serie von Ketamin-Sitzungen mit Ihrem üblichen Schmerz davor. Es verwendet nur, was Sie eingetragen haben, und gibt keinen medizinischen Rat.</translation>
        </message>
        <message>
            <source>Courses</source>
            <translation>Serien</translation>
        </message>
        <message>
            <source>Sessions no more than {gap} days apart belong to one course, such as a series of infusions on several days, unless you marked a session as the start of a new series. Day 0 is the day the course's last session ended; the next day is day 1. Sessions still to come take no part until they have taken place.</source>
            <translation>Sitzungen, die höchstens {gap} Tage auseinander liegen, gehören zu einer Serie, etwa Infusionen an mehreren Tagen, es sei denn, Sie haben eine Sitzung als Beginn einer neuen Serie markiert. Tag 0 ist der Tag, an dem die letzte Sitzung der Serie endete; der nächste Tag ist Tag 1. Geplante Sitzungen zählen erst, wenn sie stattgefunden haben.</translation>
        </message>
        <message>
            <source>Your usual pain</source>
            <translation>Ihr üblicher Schmerz</translation>
        </message>
        <message>
            <source>Your usual pain is worked out from the {baseline} days before the first session of the course: the average of your daily pain, leaving out the highest and the lowest fifth of the days. Days still affected by an earlier course are left out: at least {washout} days after it, longer while its relief lasted.</source>
            <translation>Ihr üblicher Schmerz wird aus den {baseline} Tagen vor der ersten Sitzung der Serie berechnet: der Durchschnitt Ihres täglichen Schmerzes, ohne das höchste und das niedrigste Fünftel der Tage. Tage, die noch von einer früheren Serie beeinflusst sind, fallen weg: mindestens {washout} Tage danach, länger, solange deren Linderung anhielt.</translation>
        </message>
        <message>
            <source>When those weeks are not enough</source>
            <translation>Wenn diese Wochen nicht reichen</translation>
        </message>
        <message>
            <source>With fewer than {full} days with entries left, the usual pain of an earlier course (up to {carry} days earlier) is used instead, and the course says which one. With fewer than {minimum} days and none to carry, relief is not worked out for that course.</source>
            <translation>Bleiben weniger als {full} Tage mit Einträgen, wird stattdessen der übliche Schmerz einer früheren Serie (bis zu {carry} Tage früher) verwendet, und die Serie nennt, welche. Bei weniger als {minimum} Tagen und keiner früheren Serie wird die Linderung für diese Serie nicht berechnet.</translation>
        </message>
        <message>
            <source>Each day afterwards</source>
            <translation>Jeder Tag danach</translation>
        </message>
        <message>
            <source>For every day after the course that has entries, paindiary works out how much lower your pain was than your usual pain, in percent. Days without entries are left empty, never guessed. Each logged day is looked at together with the logged days just before and after it, and the middle value is used, so a single unusual day neither starts nor ends relief.</source>
            <translation>Für jeden Tag nach der Serie mit Einträgen berechnet paindiary, um wie viel Prozent Ihr Schmerz unter Ihrem üblichen Schmerz lag. Tage ohne Einträge bleiben leer und werden nie geschätzt. Jeder Tag mit Einträgen wird zusammen mit den Tagen mit Einträgen direkt davor und danach betrachtet, und der mittlere Wert zählt; so beginnt oder beendet ein einzelner ungewöhnlicher Tag keine Linderung.</translation>
        </message>
        <message>
            <source>When it counts as relief</source>
            <translation>Wann es als Linderung zählt</translation>
        </message>
        <message>
            <source>Pain at least 30 % below your usual pain counts as moderate relief, at least 50 % as substantial relief; 10 to 30 % is a minimal change. These are the levels pain research uses (IMMPACT, Dworkin and colleagues, 2008). When your usual pain is below 4/10, changes are given in points instead.</source>
            <translation>Schmerz mindestens 30 % unter Ihrem üblichen Schmerz zählt als mäßige Linderung, mindestens 50 % als deutliche Linderung; 10 bis 30 % sind eine geringe Veränderung. Diese Grenzen verwendet die Schmerzforschung (IMMPACT, Dworkin und Kollegen, 2008). Liegt Ihr üblicher Schmerz unter 4/10, werden Veränderungen stattdessen in Punkten angegeben.</translation>
        </message>
        <message>
            <source>How long it lasts</source>
            <translation>Wie lange sie anhält</translation>
        </message>
        <message>
            <source>Relief must begin by day {onset} to be counted for that course. It ends when two logged days in a row are below 30 %. Up to {bridge} days without entries are bridged; a longer gap ends what the diary can show. The days are counted from day 0, for up to {horizon} days or until the next course.</source>
            <translation>Die Linderung muss bis Tag {onset} beginnen, um für diese Serie zu zählen. Sie endet, wenn zwei Tage mit Einträgen hintereinander unter 30 % liegen. Bis zu {bridge} Tage ohne Einträge werden überbrückt; eine längere Lücke beendet, was das Tagebuch zeigen kann. Die Tage werden ab Tag 0 gezählt, bis zu {horizon} Tage lang oder bis zur nächsten Serie.</translation>
        </message>
        <message>
            <source>“At least” and “too early to tell”</source>
            <translation>„Mindestens“ und „noch zu früh“</translation>
        </message>
        <message>
            <source>“At least 12 days” means relief had not ended when your entries stopped, when there was a gap, or when the next course began. “Too early to tell” means the days in which relief may begin are not over yet.</source>
            <translation>„Mindestens 12 Tage“ heißt, die Linderung hatte noch nicht geendet, als Ihre Einträge aufhörten, eine Lücke kam oder die nächste Serie begann. „Noch zu früh“ heißt, die Tage, in denen die Linderung beginnen kann, sind noch nicht vorbei.</translation>
        </message>
        <message>
            <source>The lowest point</source>
            <translation>Der tiefste Punkt</translation>
        </message>
        <message>
            <source>The lowest point is the largest fall within the first {peak} days after the course, or within the whole relief if it lasted longer. It is shown with your pain on that day.</source>
            <translation>Der tiefste Punkt ist der größte Rückgang in den ersten {peak} Tagen nach der Serie oder während der ganzen Linderung, wenn sie länger anhielt. Er wird mit Ihrem Schmerz an diesem Tag gezeigt.</translation>
        </message>
        <message>
            <source>What is not counted</source>
            <translation>Was nicht gezählt wird</translation>
        </message>
        <message>
            <source>A fall that starts after day {onset}, or a fall late in the follow-up, is not credited to the course; the course says so. When your pain in the week before a course was higher than usual, part of a fall afterwards may be that flare passing; this is said too, as is logging less often after a course than before it.</source>
            <translation>Ein Rückgang, der nach Tag {onset} beginnt, oder ein Rückgang spät in der Nachbeobachtung wird der Serie nicht zugerechnet; die Serie sagt das. War Ihr Schmerz in der Woche vor einer Serie höher als üblich, kann ein Teil des Rückgangs danach das Abklingen dieses Schubs sein; auch das wird gesagt, ebenso, wenn Sie nach einer Serie seltener eingetragen haben als davor.</translation>
        </message>
        <message>
            <source>How much a difference means</source>
            <translation>Wie viel ein Unterschied bedeutet</translation>
        </message>
        <message>
            <source>What the numbers are for</source>
            <translation>Wofür die Zahlen da sind</translation>
        </message>
        <message>
            <source>They describe your own records, to help you and your care team talk about how each course went. Decisions about your treatment belong with your care team.</source>
            <translation>Sie beschreiben Ihre eigenen Aufzeichnungen und helfen Ihnen und Ihrem Behandlungsteam, darüber zu sprechen, wie jede Serie verlaufen ist. Entscheidungen über Ihre Behandlung treffen Sie gemeinsam mit Ihrem Behandlungsteam.</translation>
        </message>
        <message>
            <source>These numbers follow the analysis settings of this diary (Settings).</source>
            <translation>Diese Zahlen folgen den Analyse-Einstellungen dieses Tagebuchs (Einstellungen).</translation>
        </message>
    </context>
    <context>
        <name>ReliefNotice</name>
        <message>
            <source>Relief is now measured with updated rules, so the figures of your courses may differ from before. The analysis settings were set to their new defaults.</source>
            <translation>Die Linderung wird jetzt nach überarbeiteten Regeln gemessen, daher können die Zahlen Ihrer Serien von früher abweichen. Die Analyse-Einstellungen wurden auf ihre neuen Standardwerte gesetzt.</translation>
        </message>
        <message>
            <source>Notice about the updated relief rules</source>
            <translation>Hinweis zu den überarbeiteten Regeln der Linderung</translation>
        </message>
        <message>
            <source>Show the settings</source>
            <translation>Einstellungen zeigen</translation>
        </message>
        <message>
            <source>Show the analysis settings</source>
            <translation>Analyse-Einstellungen zeigen</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>Close the notice</source>
            <translation>Hinweis schließen</translation>
        </message>
    </context>
    <context>
        <name>ReminderTray</name>
        <message>
            <source>Start at login could not be set up: {reason}</source>
            <translation>Der Start bei der Anmeldung konnte nicht eingerichtet werden: {reason}</translation>
        </message>
        <message>
            <source>paindiary</source>
            <translation>paindiary</translation>
        </message>
        <message>
            <source>You have not logged your pain today. Click here to open Today.</source>
            <translation>Sie haben heute noch keinen Schmerz eingetragen. Hier klicken, um „Heute“ zu öffnen.</translation>
        </message>
        <message>
            <source>Reminder: you have not logged your pain today.</source>
            <translation>Erinnerung: Sie haben heute noch keinen Schmerz eingetragen.</translation>
        </message>
        <message>
            <source>paindiary tray menu</source>
            <translation>paindiary-Menü im Infobereich</translation>
        </message>
        <message>
            <source>Log pain now</source>
            <translation>Jetzt Schmerz eintragen</translation>
        </message>
    </context>
    <context>
        <name>ReportAction</name>
        <message>
            <source>Appointment &amp;report…</source>
            <translation>Bericht für den &amp;Arzttermin…</translation>
        </message>
        <message>
            <source>Save a PDF summary and charts to show at an appointment</source>
            <translation>Eine PDF-Zusammenfassung mit Diagrammen für einen Arzttermin speichern</translation>
        </message>
    </context>
    <context>
        <name>ReportChoicesBox</name>
        <message>
            <source>What goes in</source>
            <translation>Was hinein soll</translation>
        </message>
        <message>
            <source>At a glance</source>
            <translation>Auf einen Blick</translation>
        </message>
        <message>
            <source>Noticed in your diary</source>
            <translation>In Ihrem Tagebuch aufgefallen</translation>
        </message>
        <message>
            <source>Courses</source>
            <translation>Serien</translation>
        </message>
        <message>
            <source>My questions</source>
            <translation>Meine Fragen</translation>
        </message>
        <message>
            <source>Medicines</source>
            <translation>Medikamente</translation>
        </message>
        <message>
            <source>Blood pressure and heart rate</source>
            <translation>Blutdruck und Puls</translation>
        </message>
        <message>
            <source>Charts</source>
            <translation>Diagramme</translation>
        </message>
        <message>
            <source>How the numbers are worked out</source>
            <translation>Wie die Zahlen berechnet werden</translation>
        </message>
        <message>
            <source>Include my notes (only those near a course or marked for my clinician)</source>
            <translation>Meine Notizen aufnehmen (nur die nahe einer Serie oder für meine Ärztin/meinen Arzt markierten)</translation>
        </message>
        <message>
            <source>Include my notes</source>
            <translation>Meine Notizen aufnehmen</translation>
        </message>
        <message>
            <source>Language of the report</source>
            <translation>Sprache des Berichts</translation>
        </message>
        <message>
            <source>The app's language</source>
            <translation>Sprache der App</translation>
        </message>
        <message>
            <source>Paper size</source>
            <translation>Papierformat</translation>
        </message>
        <message>
            <source>A4</source>
            <translation>A4</translation>
        </message>
        <message>
            <source>US Letter</source>
            <translation>US Letter</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>Sp&amp;rache:</translation>
        </message>
        <message>
            <source>&amp;Paper:</source>
            <translation>&amp;Papier:</translation>
        </message>
    </context>
    <context>
        <name>ReportDialog</name>
        <message>
            <source>Appointment report</source>
            <translation>Bericht für den Arzttermin</translation>
        </message>
        <message>
            <source>First day of the report</source>
            <translation>Erster Tag des Berichts</translation>
        </message>
        <message>
            <source>Last day of the report</source>
            <translation>Letzter Tag des Berichts</translation>
        </message>
        <message>
            <source>A report to show at your appointment: page 1 sums up the period (at a glance, what was noticed in your diary, the latest courses, your questions), then medicines, blood pressure and the charts. It reports what you logged and is not medical advice.</source>
            <translation>Ein Bericht für Ihren Termin: Seite 1 fasst den Zeitraum zusammen (auf einen Blick, was in Ihrem Tagebuch aufgefallen ist, die letzten Serien, Ihre Fragen), danach Medikamente, Blutdruck und die Diagramme. Er gibt wieder, was Sie eingetragen haben, und ist kein medizinischer Rat.</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;Von:</translation>
        </message>
        <message>
            <source>&amp;To:</source>
            <translation>&amp;Bis:</translation>
        </message>
        <message>
            <source>Open it after saving</source>
            <translation>Nach dem Speichern öffnen</translation>
        </message>
        <message>
            <source>&amp;Save PDF…</source>
            <translation>PDF &amp;speichern…</translation>
        </message>
        <message>
            <source>Choose where to save the PDF</source>
            <translation>Wählen Sie, wo das PDF gespeichert wird</translation>
        </message>
        <message>
            <source>P&amp;rint…</source>
            <translation>&amp;Drucken…</translation>
        </message>
        <message>
            <source>Print the report</source>
            <translation>Den Bericht drucken</translation>
        </message>
        <message>
            <source>Save &amp;images…</source>
            <translation>Als B&amp;ilder speichern…</translation>
        </message>
        <message>
            <source>Save one PNG image per page, for portals that take no PDF</source>
            <translation>Ein PNG-Bild pro Seite speichern, für Portale, die kein PDF annehmen</translation>
        </message>
        <message>
            <source>Check the dates</source>
            <translation>Bitte die Daten prüfen</translation>
        </message>
        <message>
            <source>The first day ({start}) is after the last day ({end}).</source>
            <translation>Der erste Tag ({start}) liegt nach dem letzten Tag ({end}).</translation>
        </message>
        <message>
            <source>Save the report</source>
            <translation>Bericht speichern</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF-Dokumente (*.pdf)</translation>
        </message>
        <message>
            <source>Save the report as images</source>
            <translation>Bericht als Bilder speichern</translation>
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation>PNG-Bilder (*.png)</translation>
        </message>
        <message>
            <source>Saved the {pages}-page report to {path}.</source>
            <translation>Der Bericht ({pages} Seiten) wurde unter {path} gespeichert.</translation>
        </message>
        <message>
            <source>Not printed</source>
            <translation>Nicht gedruckt</translation>
        </message>
        <message>
            <source>The report was not printed: {error}</source>
            <translation>Der Bericht wurde nicht gedruckt: {error}</translation>
        </message>
        <message>
            <source>Sent the report to the printer.</source>
            <translation>Bericht an den Drucker gesendet.</translation>
        </message>
        <message>
            <source>Preparing the report…</source>
            <translation>Der Bericht wird vorbereitet…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Report cancelled; nothing was written.</source>
            <translation>Bericht abgebrochen; es wurde nichts geschrieben.</translation>
        </message>
        <message>
            <source>Report not saved</source>
            <translation>Bericht nicht gespeichert</translation>
        </message>
        <message>
            <source>The report was not saved: {error}</source>
            <translation>Der Bericht wurde nicht gespeichert: {error}</translation>
        </message>
    </context>
    <context>
        <name>SampleBanner</name>
        <message>
            <source>&lt;b&gt;Sample data.&lt;/b&gt; These entries and sessions are made up, in a throwaway file. Try anything: closing this window deletes it all. Your own diary is not touched.</source>
            <translation>&lt;b&gt;Beispieldaten.&lt;/b&gt; Diese Einträge und Sitzungen sind erfunden und liegen in einer Wegwerfdatei. Probieren Sie alles aus: Beim Schließen dieses Fensters wird alles gelöscht. Ihr eigenes Tagebuch bleibt unberührt.</translation>
        </message>
        <message>
            <source>Sample data notice</source>
            <translation>Hinweis auf Beispieldaten</translation>
        </message>
    </context>
    <context>
        <name>SavingDialog</name>
        <message>
            <source>Save what you entered?</source>
            <translation>Möchten Sie Ihre Eingaben speichern?</translation>
        </message>
    </context>
    <context>
        <name>ScoreSelector</name>
        <message>
            <source>0 = no pain</source>
            <translation>0 = kein Schmerz</translation>
        </message>
        <message>
            <source>10 = worst pain imaginable</source>
            <translation>10 = stärkster vorstellbarer Schmerz</translation>
        </message>
        <message>
            <source>Pain 0: no pain</source>
            <translation>Schmerz 0: kein Schmerz</translation>
        </message>
        <message>
            <source>Pain 10: worst pain imaginable</source>
            <translation>Schmerz 10: stärkster vorstellbarer Schmerz</translation>
        </message>
        <message>
            <source>Pain {score}</source>
            <translation>Schmerz {score}</translation>
        </message>
    </context>
    <context>
        <name>SessionCommands</name>
        <message>
            <source>Add session</source>
            <translation>Sitzung hinzufügen</translation>
        </message>
        <message>
            <source>Edit session</source>
            <translation>Sitzung bearbeiten</translation>
        </message>
        <message>
            <source>Delete session</source>
            <translation>Sitzung löschen</translation>
        </message>
    </context>
    <context>
        <name>SessionDayPart</name>
        <message>
            <source>Done – it happened</source>
            <translation>Erfolgt – hat stattgefunden</translation>
        </message>
        <message>
            <source>Planned – still to come</source>
            <translation>Geplant – steht noch bevor</translation>
        </message>
        <message>
            <source>Cancelled – it did not happen</source>
            <translation>Abgesagt – hat nicht stattgefunden</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>A planned session is left out of the relief analysis until it is done</source>
            <translation>Eine geplante Sitzung bleibt in der Auswertung der Linderung außen vor, bis sie erfolgt ist</translation>
        </message>
        <message>
            <source>Session day</source>
            <translation>Sitzungstag</translation>
        </message>
        <message>
            <source>Show the session day: ride home, checklist and questions</source>
            <translation>Sitzungstag zeigen: Heimfahrt, Checkliste und Fragen</translation>
        </message>
        <message>
            <source>Not arranged yet</source>
            <translation>Noch nicht organisiert</translation>
        </message>
        <message>
            <source>Yes, arranged</source>
            <translation>Ja, organisiert</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Nein</translation>
        </message>
        <message>
            <source>Which, if any</source>
            <translation>Welche, falls ja</translation>
        </message>
        <message>
            <source>Write down your clinic's instructions for the day</source>
            <translation>Notieren Sie die Anweisungen Ihrer Klinik für den Tag</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Hinzufügen</translation>
        </message>
        <message>
            <source>Add to the checklist</source>
            <translation>Zur Checkliste hinzufügen</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <source>Remove the selected checklist item</source>
            <translation>Ausgewählten Checklistenpunkt entfernen</translation>
        </message>
        <message>
            <source>Questions to ask at the clinic</source>
            <translation>Fragen an die Klinik</translation>
        </message>
        <message>
            <source>Ride home</source>
            <translation>Heimfahrt</translation>
        </message>
        <message>
            <source>New medicines since the last session</source>
            <translation>Neue Medikamente seit der letzten Sitzung</translation>
        </message>
        <message>
            <source>My checklist</source>
            <translation>Meine Checkliste</translation>
        </message>
        <message>
            <source>New checklist item</source>
            <translation>Neuer Checklistenpunkt</translation>
        </message>
        <message>
            <source>Questions</source>
            <translation>Fragen</translation>
        </message>
    </context>
    <context>
        <name>SessionDialog</name>
        <message>
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>{rate} mg/kg/h</source>
            <translation>{rate} mg/kg/h</translation>
        </message>
        <message>
            <source>{rate} mg/kg/h worked out</source>
            <translation>{rate} mg/kg/h errechnet</translation>
        </message>
        <message>
            <source>The whole session's dose in mg; empty when it was not recorded</source>
            <translation>Die Dosis der ganzen Sitzung in mg; leer, wenn sie nicht erfasst wurde</translation>
        </message>
        <message>
            <source>Your weight, for the dose per kg</source>
            <translation>Ihr Gewicht, für die Dosis pro kg</translation>
        </message>
        <message>
            <source>How long the session ran: minutes, or hours or days with their unit (4 h, 5 d)</source>
            <translation>Wie lange die Sitzung lief: Minuten, oder Stunden oder Tage mit ihrer Einheit (4 h, 5 d)</translation>
        </message>
        <message>
            <source>Infusion rate in mg/kg/h if you know it; otherwise it is worked out</source>
            <translation>Infusionsrate in mg/kg/h, wenn Sie sie kennen; sonst wird sie errechnet</translation>
        </message>
        <message>
            <source>Total dose</source>
            <translation>Gesamtdosis</translation>
        </message>
        <message>
            <source>Body weight</source>
            <translation>Körpergewicht</translation>
        </message>
        <message>
            <source>Dose per kg</source>
            <translation>Dosis pro kg</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Dauer</translation>
        </message>
        <message>
            <source>Rate</source>
            <translation>Rate</translation>
        </message>
        <message>
            <source>From your session of {date}. Change it if your weight has changed.</source>
            <translation>Aus Ihrer Sitzung vom {date}. Ändern Sie es, wenn sich Ihr Gewicht geändert hat.</translation>
        </message>
        <message>
            <source>Your usual weight from Settings.</source>
            <translation>Ihr übliches Gewicht aus den Einstellungen.</translation>
        </message>
        <message>
            <source>{value} mg/kg</source>
            <translation>{value} mg/kg</translation>
        </message>
        <message>
            <source>Needs the dose and the weight</source>
            <translation>Braucht Dosis und Gewicht</translation>
        </message>
        <message>
            <source>Worked out when the dose, weight and duration are filled in.</source>
            <translation>Wird errechnet, sobald Dosis, Gewicht und Dauer ausgefüllt sind.</translation>
        </message>
        <message>
            <source>Worked out from dose, weight and duration: {value} mg/kg/h</source>
            <translation>Errechnet aus Dosis, Gewicht und Dauer: {value} mg/kg/h</translation>
        </message>
        <message>
            <source>Edit session</source>
            <translation>Sitzung bearbeiten</translation>
        </message>
        <message>
            <source>New session</source>
            <translation>Neue Sitzung</translation>
        </message>
        <message>
            <source>Save session</source>
            <translation>Sitzung speichern</translation>
        </message>
        <message>
            <source>Drug</source>
            <translation>Wirkstoff</translation>
        </message>
        <message>
            <source>Date and time</source>
            <translation>Datum und Uhrzeit</translation>
        </message>
        <message>
            <source>When the session started</source>
            <translation>Beginn der Sitzung</translation>
        </message>
        <message>
            <source>Route</source>
            <translation>Verabreichungsweg</translation>
        </message>
        <message>
            <source>Choose or type the drug's name</source>
            <translation>Namen des Wirkstoffs wählen oder eingeben</translation>
        </message>
        <message>
            <source>Clinic</source>
            <translation>Klinik</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <source>Part of the same series as the previous session</source>
            <translation>Teil derselben Serie wie die vorige Sitzung</translation>
        </message>
        <message>
            <source>Sessions of one series are measured together as one course. The box is preset by the course gap in Settings; change it when your series was different.</source>
            <translation>Die Sitzungen einer Serie werden gemeinsam gemessen. Das Kästchen ist nach dem Höchstabstand in den Einstellungen vorbelegt; ändern Sie es, wenn Ihre Serie anders war.</translation>
        </message>
        <message>
            <source>No earlier session is recorded.</source>
            <translation>Es ist keine frühere Sitzung eingetragen.</translation>
        </message>
        <message>
            <source>The previous session was on the same day.</source>
            <translation>Die vorige Sitzung war am selben Tag.</translation>
        </message>
        <message>
            <source>The previous session was on {date}, the day before.</source>
            <translation>Die vorige Sitzung war am {date}, am Tag davor.</translation>
        </message>
        <message>
            <source>The previous session was on {date}, {days} days earlier.</source>
            <translation>Die vorige Sitzung war am {date}, {days} Tage früher.</translation>
        </message>
        <message>
            <source>{field}: {message}</source>
            <translation>{field}: {message}</translation>
        </message>
        <message>
            <source>Mild</source>
            <translation>Leicht</translation>
        </message>
        <message>
            <source>Moderate</source>
            <translation>Mittel</translation>
        </message>
        <message>
            <source>Severe</source>
            <translation>Schwer</translation>
        </message>
        <message>
            <source>Not recorded</source>
            <translation>Nicht erfasst</translation>
        </message>
        <message>
            <source>During the session</source>
            <translation>Während der Sitzung</translation>
        </message>
        <message>
            <source>Later the same day</source>
            <translation>Später am selben Tag</translation>
        </message>
        <message>
            <source>On a later day</source>
            <translation>An einem späteren Tag</translation>
        </message>
        <message>
            <source>Side effects</source>
            <translation>Nebenwirkungen</translation>
        </message>
    </context>
    <context>
        <name>SessionVitals</name>
        <message>
            <source>Blood pressure and heart rate (optional)</source>
            <translation>Blutdruck und Puls (freiwillig)</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>Vorher</translation>
        </message>
        <message>
            <source>Highest</source>
            <translation>Höchster Wert</translation>
        </message>
        <message>
            <source>Discharge</source>
            <translation>Bei Entlassung</translation>
        </message>
        <message>
            <source>Systolic</source>
            <translation>Systolisch</translation>
        </message>
        <message>
            <source>Diastolic</source>
            <translation>Diastolisch</translation>
        </message>
        <message>
            <source>Heart rate</source>
            <translation>Puls</translation>
        </message>
        <message>
            <source>{moment}, systolic</source>
            <translation>{moment}, systolisch</translation>
        </message>
        <message>
            <source>{moment}: systolic, mmHg</source>
            <translation>{moment}: systolisch, mmHg</translation>
        </message>
        <message>
            <source>{moment}, diastolic</source>
            <translation>{moment}, diastolisch</translation>
        </message>
        <message>
            <source>{moment}: diastolic, mmHg</source>
            <translation>{moment}: diastolisch, mmHg</translation>
        </message>
        <message>
            <source>{moment}, heart rate</source>
            <translation>{moment}, Puls</translation>
        </message>
        <message>
            <source>{moment}: heart rate, per minute</source>
            <translation>{moment}: Puls, pro Minute</translation>
        </message>
    </context>
    <context>
        <name>SessionsView</name>
        <message>
            <source>When</source>
            <translation>Wann</translation>
        </message>
        <message>
            <source>Treatment</source>
            <translation>Behandlung</translation>
        </message>
        <message>
            <source>Dose</source>
            <translation>Dosis</translation>
        </message>
        <message>
            <source>mg/kg</source>
            <translation>mg/kg</translation>
        </message>
        <message>
            <source>Relief / side effects</source>
            <translation>Linderung / Nebenwirkungen</translation>
        </message>
        <message>
            <source>Sessions by course</source>
            <translation>Sitzungen nach Serie</translation>
        </message>
        <message>
            <source>New session…</source>
            <translation>Neue Sitzung…</translation>
        </message>
        <message>
            <source>Record a new treatment session</source>
            <translation>Eine neue Behandlungssitzung eintragen</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Bearbeiten…</translation>
        </message>
        <message>
            <source>Change the selected session</source>
            <translation>Die ausgewählte Sitzung ändern</translation>
        </message>
        <message>
            <source>Add side effect…</source>
            <translation>Nebenwirkung hinzufügen…</translation>
        </message>
        <message>
            <source>Record a side effect you noticed after the selected session</source>
            <translation>Eine Nebenwirkung eintragen, die Sie nach der ausgewählten Sitzung bemerkt haben</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <source>Delete the selected session (Undo brings it back)</source>
            <translation>Die ausgewählte Sitzung löschen (Rückgängig holt sie zurück)</translation>
        </message>
        <message>
            <source>Other treatment…</source>
            <translation>Weitere Behandlung…</translation>
        </message>
        <message>
            <source>Record physiotherapy, a nerve block or another treatment</source>
            <translation>Physiotherapie, eine Nervenblockade oder eine andere Behandlung eintragen</translation>
        </message>
        <message>
            <source>Relief of the selected course</source>
            <translation>Linderung der ausgewählten Serie</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Meldung</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Abgesagt</translation>
        </message>
        <message>
            <source>Did not take place; not analysed.</source>
            <translation>Hat nicht stattgefunden; nicht ausgewertet.</translation>
        </message>
        <message>
            <source>{treatment} ({sessions})</source>
            <translation>{treatment} ({sessions})</translation>
        </message>
        <message>
            <source>Course {number}: {dates}</source>
            <translation>Serie {number}: {dates}</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Geplant</translation>
        </message>
        <message>
            <source>Not analysed until they have taken place.</source>
            <translation>Wird erst ausgewertet, wenn sie stattgefunden haben.</translation>
        </message>
        <message>
            <source>{effect} ({severity})</source>
            <translation>{effect} ({severity})</translation>
        </message>
        <message>
            <source>No side effects recorded</source>
            <translation>Keine Nebenwirkungen erfasst</translation>
        </message>
        <message>
            <source>No sessions yet. Record one with “New session…”.</source>
            <translation>Noch keine Sitzungen. Tragen Sie eine mit „Neue Sitzung…“ ein.</translation>
        </message>
        <message>
            <source>{course} — {relief}</source>
            <translation>{course} – {relief}</translation>
        </message>
        <message>
            <source>Add side effect</source>
            <translation>Nebenwirkung hinzufügen</translation>
        </message>
        <message>
            <source>Session of {when} deleted. Undo (Ctrl+Z) brings it back.</source>
            <translation>Sitzung vom {when} gelöscht. Rückgängig (Strg+Z) holt sie zurück.</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Your preferences for this computer could not be saved.</source>
            <translation>Ihre Einstellungen für diesen Computer konnten nicht gespeichert werden.</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Einstellungen</translation>
        </message>
        <message>
            <source>Save settings</source>
            <translation>Einstellungen speichern</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>&amp;How relief is measured</source>
            <translation>&amp;Wie die Linderung gemessen wird</translation>
        </message>
        <message>
            <source>Show or hide the settings of the relief analysis</source>
            <translation>Die Einstellungen der Linderungsanalyse zeigen oder ausblenden</translation>
        </message>
        <message>
            <source>How your usual pain before a course is measured and how sessions are grouped into courses. These settings are saved in the diary and change every course's figures.</source>
            <translation>Wie Ihr üblicher Schmerz vor einer Serie gemessen wird und wie Sitzungen zu Serien zusammengefasst werden. Diese Einstellungen werden im Tagebuch gespeichert und ändern die Werte jeder Serie.</translation>
        </message>
        <message>
            <source>Baseline days</source>
            <translation>Tage für den Ausgangswert</translation>
        </message>
        <message>
            <source>Days before a course whose pain is averaged as your usual pain</source>
            <translation>Tage vor einer Serie, deren Schmerz als Ihr üblicher Schmerz gemittelt wird</translation>
        </message>
        <message>
            <source>Minimum baseline days</source>
            <translation>Mindestzahl Tage für den Ausgangswert</translation>
        </message>
        <message>
            <source>The fewest days with entries before a course from which its own usual pain is measured</source>
            <translation>Mindestzahl an Tagen mit Einträgen vor einer Serie, aus denen ihr eigener üblicher Schmerz bestimmt wird</translation>
        </message>
        <message>
            <source>Course gap days</source>
            <translation>Höchstabstand in einer Serie (Tage)</translation>
        </message>
        <message>
            <source>Sessions at most this many days apart belong to one course, unless you chose otherwise</source>
            <translation>Sitzungen, die höchstens so viele Tage auseinanderliegen, gehören zu einer Serie, außer Sie haben es anders gewählt</translation>
        </message>
        <message>
            <source>Follow-up days</source>
            <translation>Tage der Nachbeobachtung</translation>
        </message>
        <message>
            <source>How many days after a course are looked at for relief</source>
            <translation>Wie viele Tage nach einer Serie auf Linderung geprüft werden</translation>
        </message>
        <message>
            <source>Onset window days</source>
            <translation>Tage bis zum Wirkungseintritt</translation>
        </message>
        <message>
            <source>Relief must begin within this many days after the course's last session</source>
            <translation>Die Linderung muss innerhalb so vieler Tage nach der letzten Sitzung der Serie beginnen</translation>
        </message>
        <message>
            <source>Full baseline days</source>
            <translation>Tage für einen vollen Ausgangswert</translation>
        </message>
        <message>
            <source>With fewer days with entries, the usual pain of an earlier course is preferred</source>
            <translation>Bei weniger Tagen mit Einträgen wird der übliche Schmerz einer früheren Behandlungsserie bevorzugt</translation>
        </message>
        <message>
            <source>Longest gap days</source>
            <translation>Längste Lücke in Tagen</translation>
        </message>
        <message>
            <source>The longest run of days without entries that relief may bridge</source>
            <translation>So viele Tage ohne Einträge darf eine Linderung höchstens überbrücken</translation>
        </message>
        <message>
            <source>Washout days</source>
            <translation>Auswaschtage</translation>
        </message>
        <message>
            <source>The shortest time a course is taken to affect the days after it</source>
            <translation>So lange wirkt eine Behandlungsserie mindestens auf die Tage danach</translation>
        </message>
        <message>
            <source>Carry-forward days</source>
            <translation>Übernahme-Tage</translation>
        </message>
        <message>
            <source>How old an earlier course's usual pain may be to be used again</source>
            <translation>So alt darf der übliche Schmerz einer früheren Behandlungsserie sein, um wieder verwendet zu werden</translation>
        </message>
        <message>
            <source>Lowest-point days</source>
            <translation>Tage für den Tiefstwert</translation>
        </message>
        <message>
            <source>The lowest pain is looked for in this many days after a course</source>
            <translation>In so vielen Tagen nach einer Behandlungsserie wird der niedrigste Schmerz gesucht</translation>
        </message>
        <message>
            <source> days</source>
            <translation> Tage</translation>
        </message>
        <message>
            <source>Restore defaults</source>
            <translation>Standardwerte</translation>
        </message>
        <message>
            <source>Restore default analysis settings</source>
            <translation>Standardwerte der Analyse wiederherstellen</translation>
        </message>
        <message>
            <source>Put the analysis settings back to their defaults</source>
            <translation>Die Analyse-Einstellungen auf ihre Standardwerte zurücksetzen</translation>
        </message>
        <message>
            <source>Body weight</source>
            <translation>Körpergewicht</translation>
        </message>
        <message>
            <source> kg</source>
            <translation> kg</translation>
        </message>
        <message>
            <source>Not set</source>
            <translation>Nicht festgelegt</translation>
        </message>
        <message>
            <source>Default body weight</source>
            <translation>Übliches Körpergewicht</translation>
        </message>
        <message>
            <source>Filled in for new sessions, so the dose per kg can be worked out</source>
            <translation>Wird bei neuen Sitzungen eingetragen, damit sich die Dosis pro kg berechnen lässt</translation>
        </message>
        <message>
            <source>On this computer</source>
            <translation>Auf diesem Computer</translation>
        </message>
        <message>
            <source>Remind me to fill in the diary</source>
            <translation>Mich an das Tagebuch erinnern</translation>
        </message>
        <message>
            <source>Daily reminder</source>
            <translation>Tägliche Erinnerung</translation>
        </message>
        <message>
            <source>Reminder time</source>
            <translation>Uhrzeit der Erinnerung</translation>
        </message>
        <message>
            <source>The time of day the reminder appears</source>
            <translation>Die Uhrzeit, zu der die Erinnerung erscheint</translation>
        </message>
        <message>
            <source>Start at login</source>
            <translation>Bei der Anmeldung starten</translation>
        </message>
        <message>
            <source>Start paindiary when you log in, so the reminder can appear</source>
            <translation>paindiary bei der Anmeldung starten, damit die Erinnerung erscheinen kann</translation>
        </message>
        <message>
            <source>Always show sleep and mood on Today</source>
            <translation>Schlaf und Stimmung unter „Heute“ immer zeigen</translation>
        </message>
        <message>
            <source>Opens "More detail" on Today by itself, with sleep and mood</source>
            <translation>Öffnet „Mehr Angaben“ unter „Heute“ von selbst, mit Schlaf und Stimmung</translation>
        </message>
        <message>
            <source>Follow the system</source>
            <translation>Systemsprache</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Sprache</translation>
        </message>
        <message>
            <source>Takes effect after restart</source>
            <translation>Gilt nach einem Neustart</translation>
        </message>
        <message>
            <source>{field}: {message}</source>
            <translation>{field}: {message}</translation>
        </message>
        <message>
            <source>the system's language</source>
            <translation>die Sprache des Systems</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Other</source>
            <translation>Sonstige</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Heute</translation>
        </message>
        <message>
            <source>Choose a pain score</source>
            <translation>Schmerzwert wählen</translation>
        </message>
        <message>
            <source>Pain score 10</source>
            <translation>Schmerzwert 10</translation>
        </message>
        <message>
            <source>Save the entry</source>
            <translation>Eintrag speichern</translation>
        </message>
        <message>
            <source>Delete the selection</source>
            <translation>Auswahl löschen</translation>
        </message>
        <message>
            <source>A key of “{place}”</source>
            <translation>Eine Taste von „{place}“</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Tastenkürzel</translation>
        </message>
        <message>
            <source>Menu</source>
            <translation>Menü</translation>
        </message>
        <message>
            <source>Command</source>
            <translation>Befehl</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Tasten</translation>
        </message>
    </context>
    <context>
        <name>SideEffectChecklist</name>
        <message>
            <source>Another side effect</source>
            <translation>Weitere Nebenwirkung</translation>
        </message>
        <message>
            <source>Name of another side effect</source>
            <translation>Name einer weiteren Nebenwirkung</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Hinzufügen</translation>
        </message>
        <message>
            <source>Add this side effect</source>
            <translation>Diese Nebenwirkung hinzufügen</translation>
        </message>
        <message>
            <source>Add the side effect typed on the left to the list, ticked</source>
            <translation>Die links eingegebene Nebenwirkung angehakt zur Liste hinzufügen</translation>
        </message>
        <message>
            <source>Severity of {effect}</source>
            <translation>Schweregrad von {effect}</translation>
        </message>
        <message>
            <source>When {effect} began</source>
            <translation>Wann {effect} begann</translation>
        </message>
        <message>
            <source>Note (optional)</source>
            <translation>Notiz (optional)</translation>
        </message>
        <message>
            <source>Note on {effect}</source>
            <translation>Notiz zu {effect}</translation>
        </message>
        <message>
            <source>Side effect: {message}</source>
            <translation>Nebenwirkung: {message}</translation>
        </message>
    </context>
    <context>
        <name>SideEffectDialog</name>
        <message>
            <source>Add side effect</source>
            <translation>Nebenwirkung hinzufügen</translation>
        </message>
        <message>
            <source>Side effect after the session of {when} ({route})</source>
            <translation>Nebenwirkung nach der Sitzung vom {when} ({route})</translation>
        </message>
        <message>
            <source>Side effect</source>
            <translation>Nebenwirkung</translation>
        </message>
        <message>
            <source>Choose or type a side effect</source>
            <translation>Nebenwirkung wählen oder eingeben</translation>
        </message>
        <message>
            <source>Choose from the list or type your own name for it</source>
            <translation>Aus der Liste wählen oder einen eigenen Namen eingeben</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>Schweregrad</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <source>Began</source>
            <translation>Begann</translation>
        </message>
        <message>
            <source>Lasted (hours)</source>
            <translation>Dauerte (Stunden)</translation>
        </message>
        <message>
            <source>Save side effect</source>
            <translation>Nebenwirkung speichern</translation>
        </message>
        <message>
            <source>{field}: {message}</source>
            <translation>{field}: {message}</translation>
        </message>
    </context>
    <context>
        <name>SummaryPage</name>
        <message>
            <source>Ready to import</source>
            <translation>Bereit zum Importieren</translation>
        </message>
        <message>
            <source>What will be imported</source>
            <translation>Was importiert wird</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Einzelheiten</translation>
        </message>
        <message>
            <source>From {file} ({label}).</source>
            <translation>Aus {file} ({label}).</translation>
        </message>
        <message>
            <source>Records already in your diary are skipped, so nothing is doubled.</source>
            <translation>Datensätze, die schon in Ihrem Tagebuch sind, werden übersprungen, damit nichts doppelt vorkommt.</translation>
        </message>
        <message>
            <source>Some records have the same id as records in your diary but other values; importing would overwrite what you logged, so it is not possible.</source>
            <translation>Einige Datensätze haben dieselbe Kennung wie Datensätze in Ihrem Tagebuch, aber andere Werte; der Import würde überschreiben, was Sie eingetragen haben, und ist deshalb nicht möglich.</translation>
        </message>
        <message>
            <source>Your diary is backed up before anything is written.</source>
            <translation>Ihr Tagebuch wird gesichert, bevor etwas geschrieben wird.</translation>
        </message>
    </context>
    <context>
        <name>TodayDetail</name>
        <message>
            <source>Worst pain today, 0 to 10</source>
            <translation>Stärkster Schmerz heute, 0 bis 10</translation>
        </message>
        <message>
            <source>Interference with enjoyment of life, 0 to 10</source>
            <translation>Beeinträchtigung der Lebensfreude, 0 bis 10</translation>
        </message>
        <message>
            <source>Interference with general activity, 0 to 10</source>
            <translation>Beeinträchtigung der allgemeinen Aktivität, 0 bis 10</translation>
        </message>
        <message>
            <source>Interference with sleep last night, 0 to 10</source>
            <translation>Beeinträchtigung des Schlafs letzte Nacht, 0 bis 10</translation>
        </message>
        <message>
            <source>Mood today, 0 to 10</source>
            <translation>Stimmung heute, 0 bis 10</translation>
        </message>
        <message>
            <source>My clinician may read today's note in the appointment report</source>
            <translation>Meine Ärztin oder mein Arzt darf die heutige Notiz im Bericht für den Termin lesen</translation>
        </message>
        <message>
            <source>Answer what you like. Click a chosen number again to leave it out.</source>
            <translation>Beantworten Sie, was Sie möchten. Klicken Sie eine gewählte Zahl noch einmal an, um die Frage auszulassen.</translation>
        </message>
        <message>
            <source>Worst pain today (0–10):</source>
            <translation>Stärkster Schmerz heute (0–10):</translation>
        </message>
        <message>
            <source>How much did pain interfere with your enjoyment of life?
(0 = does not interfere, 10 = completely interferes)</source>
            <translation>Wie sehr hat der Schmerz Ihre Lebensfreude beeinträchtigt?
(0 = keine Beeinträchtigung, 10 = vollständige Beeinträchtigung)</translation>
        </message>
        <message>
            <source>How much did pain interfere with your general activity?
(0 = does not interfere, 10 = completely interferes)</source>
            <translation>Wie sehr hat der Schmerz Ihre allgemeine Aktivität beeinträchtigt?
(0 = keine Beeinträchtigung, 10 = vollständige Beeinträchtigung)</translation>
        </message>
        <message>
            <source>How much did pain interfere with your sleep last night?
(0 = does not interfere, 10 = completely interferes)</source>
            <translation>Wie sehr haben Schmerzen Ihren Schlaf letzte Nacht beeinträchtigt?
(0 = keine Beeinträchtigung, 10 = vollständige Beeinträchtigung)</translation>
        </message>
        <message>
            <source>Your mood today?
(0 = very low, 10 = very good)</source>
            <translation>Ihre Stimmung heute?
(0 = sehr schlecht, 10 = sehr gut)</translation>
        </message>
        <message>
            <source>Where does it hurt?</source>
            <translation>Wo tut es weh?</translation>
        </message>
    </context>
    <context>
        <name>TodayView</name>
        <message>
            <source>How much pain do you have right now?</source>
            <translation>Wie stark sind Ihre Schmerzen gerade?</translation>
        </message>
        <message>
            <source>Click a number, or type 0–9 (type 1 then 0 for 10), then press Enter to save.</source>
            <translation>Klicken Sie auf eine Zahl oder tippen Sie 0–9 (für 10 erst 1, dann 0) und drücken Sie dann zum Speichern die Eingabetaste.</translation>
        </message>
        <message>
            <source>More detail (optional)</source>
            <translation>Mehr Angaben (optional)</translation>
        </message>
        <message>
            <source>Show more detail</source>
            <translation>Mehr Angaben zeigen</translation>
        </message>
        <message>
            <source>A note (optional): what helped, what made it worse…</source>
            <translation>Eine Notiz (optional): was geholfen hat, was es schlimmer gemacht hat…</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Speichern</translation>
        </message>
        <message>
            <source>Save this entry</source>
            <translation>Diesen Eintrag speichern</translation>
        </message>
        <message>
            <source>Save (Enter, or Ctrl+Enter while typing a note)</source>
            <translation>Speichern (Eingabetaste, oder Strg+Eingabetaste beim Schreiben einer Notiz)</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Leeren</translation>
        </message>
        <message>
            <source>Clear the form</source>
            <translation>Das Formular leeren</translation>
        </message>
        <message>
            <source>Save result</source>
            <translation>Ergebnis des Speicherns</translation>
        </message>
        <message>
            <source>Save the entry while typing a note</source>
            <translation>Eintrag speichern, während Sie eine Notiz schreiben</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Heute</translation>
        </message>
        <message>
            <source>Relief status</source>
            <translation>Stand der Linderung</translation>
        </message>
        <message>
            <source>Today's entries</source>
            <translation>Heutige Einträge</translation>
        </message>
        <message>
            <source>Double-click an entry, or press Enter, to edit it.</source>
            <translation>Doppelklicken Sie auf einen Eintrag oder drücken Sie die Eingabetaste, um ihn zu bearbeiten.</translation>
        </message>
        <message>
            <source>Edit the selected entry</source>
            <translation>Den ausgewählten Eintrag bearbeiten</translation>
        </message>
        <message>
            <source>Today so far</source>
            <translation>Heute bisher</translation>
        </message>
        <message>
            <source>Looking at your recent sessions…</source>
            <translation>Ihre letzten Sitzungen werden ausgewertet…</translation>
        </message>
        <message>
            <source>Choose a pain score from 0 to 10 first.</source>
            <translation>Wählen Sie zuerst einen Schmerzwert von 0 bis 10.</translation>
        </message>
        <message>
            <source>Not saved: {reason}</source>
            <translation>Nicht gespeichert: {reason}</translation>
        </message>
        <message>
            <source>Saved: pain {pain} at {time}. Ctrl+Z undoes it.</source>
            <translation>Gespeichert: Schmerz {pain} um {time}. Strg+Z macht es rückgängig.</translation>
        </message>
        <message>
            <source>Nothing logged yet today.</source>
            <translation>Heute noch nichts eingetragen.</translation>
        </message>
        <message>
            <source>{time}  pain {pain}/10</source>
            <translation>{time}  Schmerz {pain}/10</translation>
        </message>
        <message>
            <source>worst {worst}</source>
            <translation>stärkster {worst}</translation>
        </message>
        <message>
            <source>The relief status could not be read: {reason}</source>
            <translation>Der Stand der Linderung konnte nicht gelesen werden: {reason}</translation>
        </message>
        <message>
            <source>No treatment sessions recorded yet. Once you add one (Sessions), this shows how your pain compares with your usual pain before it.</source>
            <translation>Noch keine Behandlungssitzungen eingetragen. Sobald Sie eine hinzufügen (Sitzungen), zeigt dies, wie Ihr Schmerz im Vergleich zu Ihrem üblichen Schmerz davor liegt.</translation>
        </message>
        <message>
            <source>Your latest course has not ended yet; this shows how your pain compares once it has.</source>
            <translation>Ihre letzte Serie ist noch nicht zu Ende; sobald sie es ist, zeigt dies, wie Ihr Schmerz im Vergleich liegt.</translation>
        </message>
    </context>
    <context>
        <name>TookPanel</name>
        <message>
            <source>I took…</source>
            <translation>Ich habe genommen…</translation>
        </message>
        <message>
            <source>I took {name}</source>
            <translation>Ich habe {name} genommen</translation>
        </message>
        <message>
            <source>Saved: {amount} {unit} of {name} at {time}. Ctrl+Z undoes it.</source>
            <translation>Gespeichert: {amount} {unit} {name} um {time}. Strg+Z macht es rückgängig.</translation>
        </message>
    </context>
    <context>
        <name>TransferActions</name>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Importieren…</translation>
        </message>
        <message>
            <source>Add records from a paindiary file, another app's export or a spreadsheet</source>
            <translation>Datensätze aus einer paindiary-Datei, dem Export einer anderen App oder einer Tabelle hinzufügen</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>E&amp;xportieren</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exportieren</translation>
        </message>
        <message>
            <source>paindiary &amp;JSON (complete)…</source>
            <translation>paindiary-&amp;JSON (vollständig)…</translation>
        </message>
        <message>
            <source>JSON documents (*.json)</source>
            <translation>JSON-Dokumente (*.json)</translation>
        </message>
        <message>
            <source>Spreadsheet &amp;CSV (complete)…</source>
            <translation>Tabelle als &amp;CSV (vollständig)…</translation>
        </message>
        <message>
            <source>CSV spreadsheets (*.csv)</source>
            <translation>CSV-Tabellen (*.csv)</translation>
        </message>
        <message>
            <source>&amp;FHIR R4 bundle for clinics…</source>
            <translation>&amp;FHIR-R4-Bundle für Kliniken…</translation>
        </message>
        <message>
            <source>FHIR bundles (*.fhir.json)</source>
            <translation>FHIR-Bundles (*.fhir.json)</translation>
        </message>
        <message>
            <source>Write the whole diary to a file of this kind</source>
            <translation>Das ganze Tagebuch in eine Datei dieser Art schreiben</translation>
        </message>
        <message>
            <source>Import finished</source>
            <translation>Import abgeschlossen</translation>
        </message>
        <message>
            <source>Export the diary</source>
            <translation>Das Tagebuch exportieren</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>Export fehlgeschlagen</translation>
        </message>
        <message>
            <source>The file was not written: {error}</source>
            <translation>Die Datei wurde nicht geschrieben: {error}</translation>
        </message>
        <message>
            <source>Wrote {what} to {path}.</source>
            <translation>{what} nach {path} geschrieben.</translation>
        </message>
    </context>
    <context>
        <name>Undo</name>
        <message>
            <source>Delete {name}</source>
            <translation>{name} löschen</translation>
        </message>
        <message>
            <source>Change {name}</source>
            <translation>{name} ändern</translation>
        </message>
        <message>
            <source>a dose</source>
            <translation>eine Einnahme</translation>
        </message>
        <message>
            <source>Add another treatment</source>
            <translation>Weitere Behandlung hinzufügen</translation>
        </message>
        <message>
            <source>Add {name}</source>
            <translation>{name} hinzufügen</translation>
        </message>
        <message>
            <source>Log a dose of {name}</source>
            <translation>Einnahme von {name} eintragen</translation>
        </message>
        <message>
            <source>Could not redo “{what}”: {reason}</source>
            <translation>„{what}“ konnte nicht wiederhergestellt werden: {reason}</translation>
        </message>
        <message>
            <source>Could not undo “{what}”: {reason}</source>
            <translation>„{what}“ konnte nicht rückgängig gemacht werden: {reason}</translation>
        </message>
        <message>
            <source>the diary it was made in has been replaced.</source>
            <translation>das Tagebuch, in dem es geschah, wurde ersetzt.</translation>
        </message>
        <message>
            <source>Log pain {pain}</source>
            <translation>Schmerz {pain} eintragen</translation>
        </message>
        <message>
            <source>Edit entry</source>
            <translation>Eintrag bearbeiten</translation>
        </message>
        <message>
            <source>Delete {count} entries</source>
            <translation>{count} Einträge löschen</translation>
        </message>
    </context>
    <context>
        <name>WhenField</name>
        <message>
            <source>now</source>
            <translation>jetzt</translation>
        </message>
        <message>
            <source>When the pain was (date and time)</source>
            <translation>Wann der Schmerz war (Datum und Uhrzeit)</translation>
        </message>
        <message>
            <source>Earlier…</source>
            <translation>Früher…</translation>
        </message>
        <message>
            <source>Log for an earlier time</source>
            <translation>Für einen früheren Zeitpunkt eintragen</translation>
        </message>
        <message>
            <source>When:</source>
            <translation>Wann:</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>Jetzt</translation>
        </message>
        <message>
            <source>Log for now</source>
            <translation>Für jetzt eintragen</translation>
        </message>
        <message>
            <source>A time in the future</source>
            <translation>Ein Zeitpunkt in der Zukunft</translation>
        </message>
        <message>
            <source>This time is in the future. Save the entry for it anyway?</source>
            <translation>Dieser Zeitpunkt liegt in der Zukunft. Möchten Sie den Eintrag trotzdem dafür speichern?</translation>
        </message>
    </context>
    <context>
        <name>paindiary</name>
        <message>
            <source>Noticed in your diary: you may want to mention these at your next appointment</source>
            <translation>Aufgefallen in Ihrem Tagebuch: Das möchten Sie beim nächsten Termin vielleicht ansprechen</translation>
        </message>
        <message>
            <source>The diary cannot tell why.</source>
            <translation>Das Tagebuch kann nicht sagen, warum.</translation>
        </message>
        <message>
            <source>The top blood pressure you recorded at a session was {systolic}/{diastolic} mmHg, on {date}.</source>
            <translation>Der größte Blutdruckwert, den Sie bei einer Sitzung eingetragen haben, war {systolic}/{diastolic} mmHg, am {date}.</translation>
        </message>
        <message numerus="yes">
            <source>You had {count} sessions in the last 3 months, compared with {before} in the 3 months before.</source>
            <translation>
                <numerusform>Sie hatten {count} Sitzung in den letzten 3 Monaten, verglichen mit {before} in den 3 Monaten davor.</numerusform>
                <numerusform>Sie hatten {count} Sitzungen in den letzten 3 Monaten, verglichen mit {before} in den 3 Monaten davor.</numerusform>
            </translation>
        </message>
        <message>
            <source>{treatment}, courses of {sessions}</source>
            <translation>{treatment}, Serien mit {sessions}</translation>
        </message>
        <message>
            <source>Your usual pain before course {latest_course} was {latest}, compared with {first} before course {first_course}.</source>
            <translation>Ihr üblicher Schmerz vor Serie {latest_course} war {latest}, verglichen mit {first} vor Serie {first_course}.</translation>
        </message>
        <message>
            <source>About the diary itself: you logged pain on fewer days after {count} of your last {last} courses than before them, so those courses show less.</source>
            <translation>Zum Tagebuch selbst: Nach {count} Ihrer letzten {last} Serien haben Sie an weniger Tagen Schmerz eingetragen als davor; diese Serien zeigen daher weniger.</translation>
        </message>
        <message numerus="yes">
            <source>{count} days</source>
            <translation>
                <numerusform>{count} Tag</numerusform>
                <numerusform>{count} Tage</numerusform>
            </translation>
        </message>
        <message>
            <source>{group}: the median dose per session of your last 3 courses was {last} mg/kg, compared with {first} mg/kg for your first 3.</source>
            <translation>{group}: Der Median der Dosis pro Sitzung Ihrer letzten 3 Serien war {last} mg/kg, verglichen mit {first} mg/kg bei Ihren ersten 3.</translation>
        </message>
        <message>
            <source>{group}: relief lasted a median of {last} after your last 3 courses, compared with {earlier} after the {count} before; this can be chance.</source>
            <translation>{group}: Die Linderung hielt nach Ihren letzten 3 Serien im Median {last} an, verglichen mit {earlier} nach den {count} davor; das kann Zufall sein.</translation>
        </message>
        <message>
            <source>Bladder symptoms were recorded {count} times in the last 6 months, most recently on {date}.</source>
            <translation>Blasenbeschwerden wurden in den letzten 6 Monaten {count}-mal eingetragen, zuletzt am {date}.</translation>
        </message>
        <message>
            <source>Blood in urine was recorded on {dates}.</source>
            <translation>Blut im Urin wurde eingetragen am {dates}.</translation>
        </message>
        <message>
            <source>Bladder symptoms rated moderate or severe were recorded on {dates}.</source>
            <translation>Als mittel oder schwer eingestufte Blasenbeschwerden wurden eingetragen am {dates}.</translation>
        </message>
        <message>
            <source>Side effects you rated severe: {listed}.</source>
            <translation>Nebenwirkungen, die Sie als schwer eingestuft haben: {listed}.</translation>
        </message>
        <message>
            <source>Hallucinations or agitation were recorded after {count} of your last {last} courses.</source>
            <translation>Halluzinationen oder Unruhe wurden nach {count} Ihrer letzten {last} Serien eingetragen.</translation>
        </message>
        <message>
            <source>{effect} on {date}</source>
            <translation>{effect} am {date}</translation>
        </message>
        <message>
            <source>not enough entries before this course to compare with</source>
            <translation>zu wenige Einträge vor dieser Serie für einen Vergleich</translation>
        </message>
        <message>
            <source>no pain before this course to compare with</source>
            <translation>vor dieser Serie keine Schmerzen, mit denen verglichen werden kann</translation>
        </message>
        <message>
            <source>no entries since this course yet</source>
            <translation>seit dieser Serie noch keine Einträge</translation>
        </message>
        <message>
            <source>too early to tell</source>
            <translation>noch zu früh für eine Aussage</translation>
        </message>
        <message numerus="yes">
            <source>relief at 30 % for at least {days} days so far</source>
            <translation>
                <numerusform>Linderung um 30 % bisher seit mindestens {days} Tag</numerusform>
                <numerusform>Linderung um 30 % bisher seit mindestens {days} Tagen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>relief at 30 % for at least {days} days</source>
            <translation>
                <numerusform>Linderung um 30 % für mindestens {days} Tag</numerusform>
                <numerusform>Linderung um 30 % für mindestens {days} Tage</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>no entries in the first {days} days after this course</source>
            <translation>
                <numerusform>keine Einträge am ersten {days} Tag nach dieser Serie</numerusform>
                <numerusform>keine Einträge in den ersten {days} Tagen nach dieser Serie</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>pain did not fall by 30 % or more in the first {days} days</source>
            <translation>
                <numerusform>die Schmerzen sanken am ersten {days} Tag nicht um 30 % oder mehr</numerusform>
                <numerusform>die Schmerzen sanken in den ersten {days} Tagen nicht um 30 % oder mehr</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>relief at 30 % for at least {days} days, then no entries for more than {gap} days</source>
            <translation>
                <numerusform>Linderung um 30 % für mindestens {days} Tag, dann mehr als {gap} Tage ohne Einträge</numerusform>
                <numerusform>Linderung um 30 % für mindestens {days} Tage, dann mehr als {gap} Tage ohne Einträge</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>relief at 30 % for {days} days, until the next course</source>
            <translation>
                <numerusform>Linderung um 30 % für {days} Tag, bis zur nächsten Serie</numerusform>
                <numerusform>Linderung um 30 % für {days} Tage, bis zur nächsten Serie</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>relief at 30 % for {days} days</source>
            <translation>
                <numerusform>Linderung um 30 % für {days} Tag</numerusform>
                <numerusform>Linderung um 30 % für {days} Tage</numerusform>
            </translation>
        </message>
        <message>
            <source>Pain was lower only on the day of the session and the next day.</source>
            <translation>Der Schmerz war nur am Tag der Sitzung und am Tag danach niedriger.</translation>
        </message>
        <message>
            <source>Your usual pain before this course was 0/10, so there was no pain for relief to reduce.</source>
            <translation>Ihr üblicher Schmerz vor dieser Serie war 0/10, es gab also keinen Schmerz, den eine Linderung verringern könnte.</translation>
        </message>
        <message>
            <source>No entries in the days after this course, so relief cannot be measured.</source>
            <translation>Keine Einträge in den Tagen nach dieser Serie, daher lässt sich die Linderung nicht messen.</translation>
        </message>
        <message>
            <source>Your pain was at least {threshold} % below your usual pain ({usual}/10) on day {onset} after this course.</source>
            <translation>An Tag {onset} nach dieser Serie lag Ihr Schmerz mindestens {threshold} % unter Ihrem üblichen Schmerz ({usual}/10).</translation>
        </message>
        <message numerus="yes">
            <source>For at least {days} days after this course (day 0 to day {last}) your pain was at least {threshold} % below your usual pain ({usual}/10); it had not ended when the next course began.</source>
            <translation>
                <numerusform>Mindestens {days} Tag nach dieser Serie (Tag 0) lag Ihr Schmerz mindestens {threshold} % unter Ihrem üblichen Schmerz ({usual}/10); als die nächste Serie begann, war das noch nicht vorbei.</numerusform>
                <numerusform>Mindestens {days} Tage nach dieser Serie (Tag 0 bis Tag {last}) lag Ihr Schmerz mindestens {threshold} % unter Ihrem üblichen Schmerz ({usual}/10); als die nächste Serie begann, war das noch nicht vorbei.</numerusform>
            </translation>
        </message>
        <message>
            <source>Pain was lower only on the day of the session.</source>
            <translation>Der Schmerz war nur am Tag der Sitzung niedriger.</translation>
        </message>
        <message numerus="yes">
            <source>Your usual pain was low; in points, on day {day} your pain was about {points} points lower ({pain}/10).</source>
            <translation>
                <numerusform>Ihr üblicher Schmerz war niedrig; in Punkten lag Ihr Schmerz an Tag {day} etwa {points} Punkt niedriger ({pain}/10).</numerusform>
                <numerusform>Ihr üblicher Schmerz war niedrig; in Punkten lag Ihr Schmerz an Tag {day} etwa {points} Punkte niedriger ({pain}/10).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Your usual pain was low; in points, on day {day} your pain was about {points} points higher ({pain}/10).</source>
            <translation>
                <numerusform>Ihr üblicher Schmerz war niedrig; in Punkten lag Ihr Schmerz an Tag {day} etwa {points} Punkt höher ({pain}/10).</numerusform>
                <numerusform>Ihr üblicher Schmerz war niedrig; in Punkten lag Ihr Schmerz an Tag {day} etwa {points} Punkte höher ({pain}/10).</numerusform>
            </translation>
        </message>
        <message>
            <source>Compared with your usual pain before course {course} ({usual}/10, {when}), because the weeks before this course were still affected by earlier sessions.</source>
            <translation>Verglichen mit Ihrem üblichen Schmerz vor Serie {course} ({usual}/10, {when}), weil die Wochen vor dieser Serie noch von früheren Sitzungen beeinflusst waren.</translation>
        </message>
        <message>
            <source>Compared with your usual pain before course {course} ({usual}/10, {when}), because there were too few entries in the weeks before this course.</source>
            <translation>Verglichen mit Ihrem üblichen Schmerz vor Serie {course} ({usual}/10, {when}), weil es in den Wochen vor dieser Serie zu wenige Einträge gab.</translation>
        </message>
        <message>
            <source>Your pain was at least {threshold} % below your usual pain ({usual}/10) only on day {onset} after this course.</source>
            <translation>Nur an Tag {onset} nach dieser Serie lag Ihr Schmerz mindestens {threshold} % unter Ihrem üblichen Schmerz ({usual}/10).</translation>
        </message>
        <message>
            <source>Your pain was at least {threshold} % below your usual pain ({usual}/10) from day {onset} to day {last} after this course.</source>
            <translation>Von Tag {onset} bis Tag {last} nach dieser Serie lag Ihr Schmerz mindestens {threshold} % unter Ihrem üblichen Schmerz ({usual}/10).</translation>
        </message>
        <message>
            <source>It had not ended when the next course began.</source>
            <translation>Als die nächste Serie begann, war das noch nicht vorbei.</translation>
        </message>
        <message>
            <source>Then there were no entries for more than {gap} days.</source>
            <translation>Dann gab es mehr als {gap} Tage lang keine Einträge.</translation>
        </message>
        <message>
            <source>Relief is followed for {horizon} days at most.</source>
            <translation>Die Linderung wird höchstens {horizon} Tage verfolgt.</translation>
        </message>
        <message numerus="yes">
            <source>That is at least {days} days of relief, counted from day 0.</source>
            <translation>
                <numerusform>Das ist mindestens {days} Tag Linderung, ab Tag 0 gezählt.</numerusform>
                <numerusform>Das sind mindestens {days} Tage Linderung, ab Tag 0 gezählt.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>That is {days} days of relief, counted from day 0.</source>
            <translation>
                <numerusform>Das ist {days} Tag Linderung, ab Tag 0 gezählt.</numerusform>
                <numerusform>Das sind {days} Tage Linderung, ab Tag 0 gezählt.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>For {days} days after this course (day 0 to day {last}) your pain was at least {threshold} % below your usual pain ({usual}/10).</source>
            <translation>
                <numerusform>{days} Tag nach dieser Serie (Tag 0) lag Ihr Schmerz mindestens {threshold} % unter Ihrem üblichen Schmerz ({usual}/10).</numerusform>
                <numerusform>{days} Tage nach dieser Serie (Tag 0 bis Tag {last}) lag Ihr Schmerz mindestens {threshold} % unter Ihrem üblichen Schmerz ({usual}/10).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>For at least {days} days after this course (day 0 to day {last}) your pain was at least {threshold} % below your usual pain ({usual}/10); then there were no entries for more than {gap} days.</source>
            <translation>
                <numerusform>Mindestens {days} Tag nach dieser Serie (Tag 0) lag Ihr Schmerz mindestens {threshold} % unter Ihrem üblichen Schmerz ({usual}/10); dann gab es mehr als {gap} Tage lang keine Einträge.</numerusform>
                <numerusform>Mindestens {days} Tage nach dieser Serie (Tag 0 bis Tag {last}) lag Ihr Schmerz mindestens {threshold} % unter Ihrem üblichen Schmerz ({usual}/10); dann gab es mehr als {gap} Tage lang keine Einträge.</numerusform>
            </translation>
        </message>
        <message>
            <source>Your pain did not fall by {threshold} % or more below your usual pain ({usual}/10) by day {onset} after this course.</source>
            <translation>Ihr Schmerz sank bis Tag {onset} nach dieser Serie nicht um {threshold} % oder mehr unter Ihren üblichen Schmerz ({usual}/10).</translation>
        </message>
        <message numerus="yes">
            <source>Too early to tell: {days} days of diary since this course; relief has until day {onset} to begin.</source>
            <translation>
                <numerusform>Noch zu früh: {days} Tag Tagebuch seit dieser Serie; die Linderung kann bis Tag {onset} beginnen.</numerusform>
                <numerusform>Noch zu früh: {days} Tage Tagebuch seit dieser Serie; die Linderung kann bis Tag {onset} beginnen.</numerusform>
            </translation>
        </message>
        <message>
            <source>No entries in the first days after this course (day 0 to day {onset}), so the diary cannot show how your pain changed after it.</source>
            <translation>Keine Einträge in den ersten Tagen nach dieser Serie (Tag 0 bis Tag {onset}), daher kann das Tagebuch nicht zeigen, wie sich Ihr Schmerz danach verändert hat.</translation>
        </message>
        <message numerus="yes">
            <source>Not enough entries before this course to know your usual pain ({days} days with entries; {needed} needed).</source>
            <translation>
                <numerusform>Zu wenige Einträge vor dieser Serie, um Ihren üblichen Schmerz zu kennen ({days} Tag mit Einträgen; {needed} nötig).</numerusform>
                <numerusform>Zu wenige Einträge vor dieser Serie, um Ihren üblichen Schmerz zu kennen ({days} Tage mit Einträgen; {needed} nötig).</numerusform>
            </translation>
        </message>
        <message>
            <source>Lowest on day {day}: {pain}/10, {percent} % below usual.</source>
            <translation>Am tiefsten an Tag {day}: {pain}/10, {percent} % unter dem üblichen.</translation>
        </message>
        <message numerus="yes">
            <source>Your usual pain rests on only {days} days with entries before this course.</source>
            <translation>
                <numerusform>Ihr üblicher Schmerz beruht auf nur {days} Tag mit Einträgen vor dieser Serie.</numerusform>
                <numerusform>Ihr üblicher Schmerz beruht auf nur {days} Tagen mit Einträgen vor dieser Serie.</numerusform>
            </translation>
        </message>
        <message>
            <source>In the week before this course your pain was higher than usual ({week}/10 against {usual}/10), so part of a fall afterwards may be that flare passing.</source>
            <translation>In der Woche vor dieser Serie war Ihr Schmerz höher als üblich ({week}/10 gegenüber {usual}/10), daher kann ein Teil des Rückgangs danach das Abklingen dieses Schubs sein.</translation>
        </message>
        <message>
            <source>You logged less than half as often as before this course.</source>
            <translation>Sie haben weniger als halb so oft eingetragen wie vor dieser Serie.</translation>
        </message>
        <message>
            <source>Your pain was also lower late in this period (from about day {day}). The diary cannot link that to this course.</source>
            <translation>Ihr Schmerz war auch spät in diesem Zeitraum niedriger (ab etwa Tag {day}). Das Tagebuch kann das nicht mit dieser Serie verbinden.</translation>
        </message>
        <message>
            <source>It had not ended on your last entry.</source>
            <translation>Bei Ihrem letzten Eintrag war das noch nicht vorbei.</translation>
        </message>
        <message numerus="yes">
            <source>For at least {days} days after this course (day 0 to day {last}) your pain was at least {threshold} % below your usual pain ({usual}/10); relief is followed for {horizon} days at most.</source>
            <translation>
                <numerusform>Mindestens {days} Tag nach dieser Serie (Tag 0) lag Ihr Schmerz mindestens {threshold} % unter Ihrem üblichen Schmerz ({usual}/10); die Linderung wird höchstens {horizon} Tage verfolgt.</numerusform>
                <numerusform>Mindestens {days} Tage nach dieser Serie (Tag 0 bis Tag {last}) lag Ihr Schmerz mindestens {threshold} % unter Ihrem üblichen Schmerz ({usual}/10); die Linderung wird höchstens {horizon} Tage verfolgt.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>For at least {days} days so far after this course (day 0 to day {last}) your pain was at least {threshold} % below your usual pain ({usual}/10); it had not ended on your last entry.</source>
            <translation>
                <numerusform>Bisher mindestens {days} Tag nach dieser Serie (Tag 0) lag Ihr Schmerz mindestens {threshold} % unter Ihrem üblichen Schmerz ({usual}/10); bei Ihrem letzten Eintrag war das noch nicht vorbei.</numerusform>
                <numerusform>Bisher mindestens {days} Tage nach dieser Serie (Tag 0 bis Tag {last}) lag Ihr Schmerz mindestens {threshold} % unter Ihrem üblichen Schmerz ({usual}/10); bei Ihrem letzten Eintrag war das noch nicht vorbei.</numerusform>
            </translation>
        </message>
        <message>
            <source>Its largest fall in the first {days} days: {percent} % below usual on day {day} ({pain}/10).</source>
            <translation>Sein größter Rückgang in den ersten {days} Tagen: {percent} % unter dem üblichen an Tag {day} ({pain}/10).</translation>
        </message>
        <message numerus="yes">
            <source>There is no usual pain to compare with: the weeks before this course were still affected by earlier sessions, and there were no treatment-free weeks in the last {months} months to compare with.</source>
            <translation>
                <numerusform>Es gibt keinen üblichen Schmerz zum Vergleich: Die Wochen vor dieser Serie waren noch von früheren Sitzungen beeinflusst, und im letzten Monat gab es keine behandlungsfreien Wochen zum Vergleich.</numerusform>
                <numerusform>Es gibt keinen üblichen Schmerz zum Vergleich: Die Wochen vor dieser Serie waren noch von früheren Sitzungen beeinflusst, und in den letzten {months} Monaten gab es keine behandlungsfreien Wochen zum Vergleich.</numerusform>
            </translation>
        </message>
        <message>
            <source>Your usual pain was low; on day {day} your pain was about the same ({pain}/10).</source>
            <translation>Ihr üblicher Schmerz war niedrig; an Tag {day} war Ihr Schmerz etwa gleich ({pain}/10).</translation>
        </message>
        <message>
            <source>In the first {days} days it was not lower than usual.</source>
            <translation>In den ersten {days} Tagen war er nicht niedriger als üblich.</translation>
        </message>
        <message>
            <source>Its largest fall in the first {days} days came on day {day} ({pain}/10, {percent} % below usual): too late to count for this course.</source>
            <translation>Sein größter Rückgang in den ersten {days} Tagen kam an Tag {day} ({pain}/10, {percent} % unter dem üblichen): zu spät, um für diese Serie zu zählen.</translation>
        </message>
        <message numerus="yes">
            <source>Based on {logged} days with entries in the first {days} days.</source>
            <translation>
                <numerusform>Beruht auf {logged} Tag mit Einträgen in den ersten {days} Tagen.</numerusform>
                <numerusform>Beruht auf {logged} Tagen mit Einträgen in den ersten {days} Tagen.</numerusform>
            </translation>
        </message>
        <message>
            <source>No treatment sessions recorded yet, so there are no courses to describe.</source>
            <translation>Noch keine Behandlungssitzungen eingetragen, daher gibt es keine Serien zu beschreiben.</translation>
        </message>
        <message>
            <source>This can be chance, and dose changed over time together with other things.</source>
            <translation>Das kann Zufall sein, und die Dosis hat sich im Lauf der Zeit zusammen mit anderen Dingen geändert.</translation>
        </message>
        <message>
            <source>These levels were set for changes measured over weeks in studies. For one person, a difference of a day or two between courses is often chance.</source>
            <translation>Diese Grenzen wurden in Studien für Veränderungen über Wochen festgelegt. Bei einer einzelnen Person ist ein Unterschied von ein oder zwei Tagen zwischen Serien oft Zufall.</translation>
        </message>
        <message>
            <source>Bladder symptoms were recorded after at least one session.</source>
            <translation>Nach mindestens einer Sitzung wurden Blasenbeschwerden eingetragen.</translation>
        </message>
        <message>
            <source>Twice a week or more</source>
            <translation>Zweimal pro Woche oder öfter</translation>
        </message>
        <message>
            <source>About weekly</source>
            <translation>Etwa wöchentlich</translation>
        </message>
        <message>
            <source>About every two weeks</source>
            <translation>Etwa alle zwei Wochen</translation>
        </message>
        <message>
            <source>{treatment}, courses of {count} sessions</source>
            <translation>{treatment}, Serien mit {count} Sitzungen</translation>
        </message>
        <message numerus="yes">
            <source>{group}: relief at 30 % typically lasted {days} days ({courses} courses, {low}–{high} days).</source>
            <translation>
                <numerusform>{group}: Die Linderung um 30 % hielt typischerweise {days} Tag an ({courses} Serien, {low}–{high} Tage).</numerusform>
                <numerusform>{group}: Die Linderung um 30 % hielt typischerweise {days} Tage an ({courses} Serien, {low}–{high} Tage).</numerusform>
            </translation>
        </message>
        <message>
            <source>{band} from {start} to {end} ({sessions})</source>
            <translation>{band} vom {start} bis {end} ({sessions})</translation>
        </message>
        <message>
            <source>{lead}: {facts}.</source>
            <translation>{lead}: {facts}.</translation>
        </message>
        <message numerus="yes">
            <source>Relief at {threshold} % lasted {days} days.</source>
            <translation>
                <numerusform>Linderung um {threshold} %: {days} Tag.</numerusform>
                <numerusform>Linderung um {threshold} %: {days} Tage.</numerusform>
            </translation>
        </message>
        <message>
            <source>Day {day} after course {course}.</source>
            <translation>Tag {day} nach Serie {course}.</translation>
        </message>
        <message numerus="yes">
            <source>Recorded after each of your last {count} courses: {names}.</source>
            <translation>
                <numerusform>Nach Ihrer letzten Serie eingetragen: {names}.</numerusform>
                <numerusform>Nach jeder Ihrer letzten {count} Serien eingetragen: {names}.</numerusform>
            </translation>
        </message>
        <message>
            <source>{treatment}, single sessions</source>
            <translation>{treatment}, einzelne Sitzungen</translation>
        </message>
        <message numerus="yes">
            <source>{group}: relief at 30 % typically lasted at least {days} days ({courses} courses, {low}–{high} days).</source>
            <translation>
                <numerusform>{group}: Die Linderung um 30 % hielt typischerweise mindestens {days} Tag an ({courses} Serien, {low}–{high} Tage).</numerusform>
                <numerusform>{group}: Die Linderung um 30 % hielt typischerweise mindestens {days} Tage an ({courses} Serien, {low}–{high} Tage).</numerusform>
            </translation>
        </message>
        <message>
            <source>{group}: in most courses pain did not fall by 30 % or more ({courses} courses, {low}–{high} days of relief).</source>
            <translation>{group}: In den meisten Serien sank der Schmerz nicht um 30 % oder mehr ({courses} Serien, {low}–{high} Tage Linderung).</translation>
        </message>
        <message>
            <source>{lead}: no entries.</source>
            <translation>{lead}: keine Einträge.</translation>
        </message>
        <message>
            <source>pain averaged {pain}/10</source>
            <translation>der Schmerz lag im Mittel bei {pain}/10</translation>
        </message>
        <message>
            <source>Too early to tell whether pain fell by {threshold} % or more.</source>
            <translation>Noch zu früh, um zu sagen, ob der Schmerz um {threshold} % oder mehr sank.</translation>
        </message>
        <message>
            <source>No relief at {threshold} % by day {onset}.</source>
            <translation>Keine Linderung um {threshold} % bis Tag {onset}.</translation>
        </message>
        <message numerus="yes">
            <source>Relief at {threshold} % for at least {days} days so far.</source>
            <translation>
                <numerusform>Linderung um {threshold} %: bisher mindestens {days} Tag.</numerusform>
                <numerusform>Linderung um {threshold} %: bisher mindestens {days} Tage.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Relief at {threshold} % for at least {days} days.</source>
            <translation>
                <numerusform>Linderung um {threshold} %: mindestens {days} Tag.</numerusform>
                <numerusform>Linderung um {threshold} %: mindestens {days} Tage.</numerusform>
            </translation>
        </message>
        <message>
            <source>Your pain on your last two days with entries was about {recent}/10; your usual is {usual}/10.</source>
            <translation>Ihr Schmerz an Ihren letzten beiden Tagen mit Einträgen lag bei etwa {recent}/10; üblich sind für Sie {usual}/10.</translation>
        </message>
        <message>
            <source>Your usual pain before it was {usual}/10; there are not two recent days with entries after it to compare with.</source>
            <translation>Ihr üblicher Schmerz davor lag bei {usual}/10; es gibt danach keine zwei neueren Tage mit Einträgen zum Vergleich.</translation>
        </message>
        <message numerus="yes">
            <source>{count} sessions</source>
            <translation>
                <numerusform>{count} Sitzung</numerusform>
                <numerusform>{count} Sitzungen</numerusform>
            </translation>
        </message>
        <message>
            <source>before doses {pain}/10</source>
            <translation>vor den Dosen {pain}/10</translation>
        </message>
        <message>
            <source>{percent} % below your usual {usual}/10</source>
            <translation>{percent} % unter Ihrem üblichen Schmerz von {usual}/10</translation>
        </message>
        <message>
            <source>against your usual {usual}/10</source>
            <translation>bei einem üblichen Schmerz von {usual}/10</translation>
        </message>
        <message>
            <source>(before course {course})</source>
            <translation>(vor Serie {course})</translation>
        </message>
        <message>
            <source>{before} before, {after} in days 0–13</source>
            <translation>{before} davor, {after} an den Tagen 0–13</translation>
        </message>
        <message>
            <source>PEG (pain, enjoyment, activity): {values}</source>
            <translation>PEG (Schmerz, Freude, Aktivität): {values}</translation>
        </message>
        <message>
            <source>Pain's interference with sleep: {values}</source>
            <translation>Beeinträchtigung des Schlafs durch Schmerz: {values}</translation>
        </message>
        <message>
            <source>Mood: {values}</source>
            <translation>Stimmung: {values}</translation>
        </message>
        <message>
            <source>{words} ({value} of 7)</source>
            <translation>{words} ({value} von 7)</translation>
        </message>
        <message>
            <source>Impression of change: {answers}</source>
            <translation>Eindruck der Veränderung: {answers}</translation>
        </message>
        <message>
            <source>Top session blood pressure: {systolic}/{diastolic} mmHg on {date}</source>
            <translation>Größter Blutdruck bei den Sitzungen: {systolic}/{diastolic} mmHg am {date}</translation>
        </message>
        <message>
            <source>day {day}: {answer}</source>
            <translation>Tag {day}: {answer}</translation>
        </message>
        <message>
            <source>As-needed medicine on {before} days a week in the 4 weeks before, {after} in the {days} days after.</source>
            <translation>Bedarfsmedikation an {before} Tagen pro Woche in den 4 Wochen davor, an {after} in den {days} Tagen danach.</translation>
        </message>
        <message>
            <source>physiotherapy</source>
            <translation>Physiotherapie</translation>
        </message>
        <message>
            <source>psychological therapy</source>
            <translation>psychologische Therapie</translation>
        </message>
        <message>
            <source>an exercise programme</source>
            <translation>ein Trainingsprogramm</translation>
        </message>
        <message>
            <source>a nerve block</source>
            <translation>eine Nervenblockade</translation>
        </message>
        <message>
            <source>a new medicine</source>
            <translation>ein neues Medikament</translation>
        </message>
        <message>
            <source>another treatment</source>
            <translation>eine andere Behandlung</translation>
        </message>
        <message>
            <source>{what} started on day {day} of this window.</source>
            <translation>{what} begann an Tag {day} dieses Zeitraums.</translation>
        </message>
        <message>
            <source>Opioids: {before} MME a day before, {after} after (approximate, for trend only).</source>
            <translation>Opioide: {before} MME pro Tag davor, {after} danach (ungefähr, nur für den Verlauf).</translation>
        </message>
        <message>
            <source>{count} × {dose} mg</source>
            <translation>{count} × {dose} mg</translation>
        </message>
        <message>
            <source>{count} × {dose} mg/kg</source>
            <translation>{count} × {dose} mg/kg</translation>
        </message>
        <message>
            <source>{route}, {drug}</source>
            <translation>{route}, {drug}</translation>
        </message>
        <message>
            <source>none planned</source>
            <translation>keine geplant</translation>
        </message>
        <message>
            <source>Pain over time</source>
            <translation>Schmerz im Verlauf</translation>
        </message>
        <message>
            <source>Relief after each course</source>
            <translation>Linderung nach jeder Serie</translation>
        </message>
        <message>
            <source>Relief days by dose</source>
            <translation>Tage der Linderung nach Dosis</translation>
        </message>
        <message>
            <source>Side effects</source>
            <translation>Nebenwirkungen</translation>
        </message>
        <message>
            <source>Pain diary: appointment report</source>
            <translation>Schmerztagebuch: Bericht für den Arzttermin</translation>
        </message>
        <message>
            <source>Patient-reported, not medical advice.</source>
            <translation>Von der Patientin/dem Patienten eingetragen, kein medizinischer Rat.</translation>
        </message>
        <message>
            <source>{date}: {treatment}</source>
            <translation>{date}: {treatment}</translation>
        </message>
        <message>
            <source>Dosing runs</source>
            <translation>Dosierungsphasen</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Geburtsdatum</translation>
        </message>
        <message>
            <source>Clinic</source>
            <translation>Klinik</translation>
        </message>
        <message>
            <source>Clinician</source>
            <translation>Ärztin/Arzt</translation>
        </message>
        <message numerus="yes">
            <source>{missing} of {total} days in the period have no entry.</source>
            <translation>
                <numerusform>{missing} von {total} Tag im Zeitraum hat keinen Eintrag.</numerusform>
                <numerusform>{missing} von {total} Tagen im Zeitraum haben keinen Eintrag.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{logged} of {total} days in the period have entries</source>
            <translation>
                <numerusform>{logged} von {total} Tag im Zeitraum hat Einträge</numerusform>
                <numerusform>{logged} von {total} Tagen im Zeitraum haben Einträge</numerusform>
            </translation>
        </message>
        <message>
            <source>Usual pain carried from an earlier course for courses {courses}.</source>
            <translation>Üblicher Schmerz aus einer früheren Serie übernommen für die Serien {courses}.</translation>
        </message>
        <message>
            <source>Sparse follow-up (fewer than 7 of the first 14 days logged) after courses {courses}.</source>
            <translation>Wenige Einträge danach (weniger als 7 der ersten 14 Tage) nach den Serien {courses}.</translation>
        </message>
        <message>
            <source>Relief not measured for courses {courses}: too little diary before them.</source>
            <translation>Linderung nicht gemessen für die Serien {courses}: zu wenige Einträge davor.</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Einstellungen</translation>
        </message>
        <message>
            <source>not available</source>
            <translation>nicht verfügbar</translation>
        </message>
        <message>
            <source>Latest course</source>
            <translation>Letzte Serie</translation>
        </message>
        <message>
            <source>Typical relief</source>
            <translation>Typische Linderung</translation>
        </message>
        <message>
            <source>Function (PEG)</source>
            <translation>Funktion (PEG)</translation>
        </message>
        <message>
            <source>As-needed medicine</source>
            <translation>Bedarfsmedikation</translation>
        </message>
        <message>
            <source>Opioids (MME per day)</source>
            <translation>Opioide (MME pro Tag)</translation>
        </message>
        <message>
            <source>Exposure</source>
            <translation>Exposition</translation>
        </message>
        <message>
            <source>Usual pain</source>
            <translation>Üblicher Schmerz</translation>
        </message>
        <message>
            <source>dose not recorded</source>
            <translation>Dosis nicht eingetragen</translation>
        </message>
        <message>
            <source>dose not recorded for every session</source>
            <translation>Dosis nicht bei jeder Sitzung eingetragen</translation>
        </message>
        <message>
            <source>not measured: too little diary before any course</source>
            <translation>nicht gemessen: zu wenige Einträge vor jeder Serie</translation>
        </message>
        <message>
            <source>{pain} / 10 before treatment (course {course}, {date})</source>
            <translation>{pain} / 10 vor der Behandlung (Serie {course}, {date})</translation>
        </message>
        <message>
            <source>no course in this period</source>
            <translation>keine Serie in diesem Zeitraum</translation>
        </message>
        <message>
            <source>course {course}, {date}: {treatment}, {dose}; relief days at 30 %: {r30}, at 50 %: {r50}</source>
            <translation>Serie {course}, {date}: {treatment}, {dose}; Tage der Linderung um 30 %: {r30}, um 50 %: {r50}</translation>
        </message>
        <message>
            <source>not recorded</source>
            <translation>nicht eingetragen</translation>
        </message>
        <message numerus="yes">
            <source>{count} sessions ({mg})</source>
            <translation>
                <numerusform>{count} Sitzung ({mg})</numerusform>
                <numerusform>{count} Sitzungen ({mg})</numerusform>
            </translation>
        </message>
        <message>
            <source>fewer than 3 comparable courses</source>
            <translation>weniger als 3 vergleichbare Serien</translation>
        </message>
        <message>
            <source>{before} / 10 before course {course} ({days_before} days of its usual-pain window) vs {after} / 10 in days 0–13 after ({days_after} days)</source>
            <translation>{before} / 10 vor Serie {course} ({days_before} Tage ihres Ausgangswert-Zeitraums) gegenüber {after} / 10 an den Tagen 0–13 danach ({days_after} Tage)</translation>
        </message>
        <message>
            <source>none recorded</source>
            <translation>keine eingetragen</translation>
        </message>
        <message>
            <source>no done sessions in the last 12 months</source>
            <translation>keine durchgeführten Sitzungen in den letzten 12 Monaten</translation>
        </message>
        <message>
            <source>before the last courses: {values}</source>
            <translation>vor den letzten Serien: {values}</translation>
        </message>
        <message>
            <source>day {day}</source>
            <translation>Tag {day}</translation>
        </message>
        <message>
            <source>impression of change ({when}): {words}</source>
            <translation>Eindruck der Veränderung ({when}): {words}</translation>
        </message>
        <message>
            <source>{before} days per week in the {days_before} days before course {course} vs {after} in the {days_after} days from its day 0</source>
            <translation>{before} Tage pro Woche in den {days_before} Tagen vor Serie {course} gegenüber {after} in den {days_after} Tagen ab ihrem Tag 0</translation>
        </message>
        <message>
            <source>{before} in the {days_before} days before course {course} vs {after} in the {days_after} days from its day 0 (approximate, for trend only)</source>
            <translation>{before} in den {days_before} Tagen vor Serie {course} gegenüber {after} in den {days_after} Tagen ab ihrem Tag 0 (ungefähr, nur für den Verlauf)</translation>
        </message>
        <message>
            <source>{treatment}: {sessions_90} in the 90 days to {date}; {sessions_12} in 12 months</source>
            <translation>{treatment}: {sessions_90} in den 90 Tagen bis {date}; {sessions_12} in 12 Monaten</translation>
        </message>
        <message>
            <source>median {days} days between courses</source>
            <translation>Median {days} Tage zwischen den Serien</translation>
        </message>
        <message>
            <source>{pain} (course {course})</source>
            <translation>{pain} (Serie {course})</translation>
        </message>
        <message>
            <source>is empty</source>
            <translation>ist leer</translation>
        </message>
        <message>
            <source>is not a list</source>
            <translation>ist keine Liste</translation>
        </message>
        <message>
            <source>{value} is not yes or no</source>
            <translation>{value} ist weder ja noch nein</translation>
        </message>
        <message>
            <source>{value} is not a question</source>
            <translation>{value} ist keine Frage</translation>
        </message>
        <message>
            <source>Medicine</source>
            <translation>Medikament</translation>
        </message>
        <message>
            <source>Strength</source>
            <translation>Stärke</translation>
        </message>
        <message>
            <source>Taken</source>
            <translation>Einnahme</translation>
        </message>
        <message>
            <source>Daily amount</source>
            <translation>Tagesmenge</translation>
        </message>
        <message>
            <source>For pain</source>
            <translation>Gegen Schmerzen</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>Seit</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Sitzung</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Wann</translation>
        </message>
        <message>
            <source>Blood pressure (mmHg)</source>
            <translation>Blutdruck (mmHg)</translation>
        </message>
        <message>
            <source>Heart rate (/min)</source>
            <translation>Puls (/min)</translation>
        </message>
        <message>
            <source>before</source>
            <translation>vorher</translation>
        </message>
        <message>
            <source>highest during</source>
            <translation>höchster Wert währenddessen</translation>
        </message>
        <message>
            <source>at discharge</source>
            <translation>bei Entlassung</translation>
        </message>
        <message>
            <source>at home</source>
            <translation>zu Hause</translation>
        </message>
        <message>
            <source>regularly</source>
            <translation>regelmäßig</translation>
        </message>
        <message>
            <source>as needed</source>
            <translation>bei Bedarf</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>no</source>
            <translation>nein</translation>
        </message>
        <message>
            <source>(opioid)</source>
            <translation>(Opioid)</translation>
        </message>
        <message>
            <source>{date}: started {name}</source>
            <translation>{date}: {name} begonnen</translation>
        </message>
        <message>
            <source>{date}: stopped {name}</source>
            <translation>{date}: {name} beendet</translation>
        </message>
        <message>
            <source>nothing ticked</source>
            <translation>nichts angekreuzt</translation>
        </message>
        <message>
            <source>◆ symptom ticked  ◇ none</source>
            <translation>◆ Beschwerde angekreuzt  ◇ keine</translation>
        </message>
        <message>
            <source>{course}: bladder check-ins: {listed}</source>
            <translation>{course}: Blasen-Abfragen: {listed}</translation>
        </message>
        <message>
            <source>Bladder check-in</source>
            <translation>Blasen-Abfrage</translation>
        </message>
        <message>
            <source>more often</source>
            <translation>häufiger</translation>
        </message>
        <message>
            <source>urgency</source>
            <translation>Harndrang</translation>
        </message>
        <message>
            <source>pain</source>
            <translation>Schmerz</translation>
        </message>
        <message>
            <source>blood in urine</source>
            <translation>Blut im Urin</translation>
        </message>
        <message>
            <source>PEG: mean of pain, enjoyment, activity</source>
            <translation>PEG: Mittel aus Schmerz, Freude, Aktivität</translation>
        </message>
        <message>
            <source>{date}: blood pressure {value} mmHg (top reading at the session)</source>
            <translation>{date}: Blutdruck {value} mmHg (größter Wert der Sitzung)</translation>
        </message>
        <message numerus="yes">
            <source>{kind}, {count} sessions per course</source>
            <translation>
                <numerusform>{kind}, {count} Sitzung pro Serie</numerusform>
                <numerusform>{kind}, {count} Sitzungen pro Serie</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{group}: {count} courses</source>
            <translation>
                <numerusform>{group}: {count} Serie</numerusform>
                <numerusform>{group}: {count} Serien</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing to compare yet for this kind of course ({group}); other kinds have.</source>
            <translation>Für diese Art von Serie ({group}) gibt es noch nichts zu vergleichen; für andere Arten schon.</translation>
        </message>
        <message>
            <source>Course {number} ({date})</source>
            <translation>Serie {number} ({date})</translation>
        </message>
        <message>
            <source>Not enough data yet.</source>
            <translation>Noch nicht genug Daten.</translation>
        </message>
        <message>
            <source>{dose} mg</source>
            <translation>{dose} mg</translation>
        </message>
        <message>
            <source>Side effects: {effects}</source>
            <translation>Nebenwirkungen: {effects}</translation>
        </message>
        <message>
            <source>({dose} mg/kg)</source>
            <translation>({dose} mg/kg)</translation>
        </message>
        <message>
            <source>dose not known</source>
            <translation>Dosis unbekannt</translation>
        </message>
        <message>
            <source>Dose per session (mg/kg)</source>
            <translation>Dosis pro Sitzung (mg/kg)</translation>
        </message>
        <message>
            <source>Dose of the course (mg)</source>
            <translation>Dosis der Serie (mg)</translation>
        </message>
        <message>
            <source>mg/kg per session</source>
            <translation>mg/kg pro Sitzung</translation>
        </message>
        <message>
            <source>mg</source>
            <translation>mg</translation>
        </message>
        <message numerus="yes">
            <source>{course}: relief {days} days at 30 %, {days50} at 50 %; {dose}</source>
            <translation>
                <numerusform>{course}: Linderung {days} Tag bei 30 %, {days50} bei 50 %; {dose}</numerusform>
                <numerusform>{course}: Linderung {days} Tage bei 30 %, {days50} bei 50 %; {dose}</numerusform>
            </translation>
        </message>
        <message>
            <source>Course (date of first session)</source>
            <translation>Serie (Datum der ersten Sitzung)</translation>
        </message>
        <message>
            <source>Relief days</source>
            <translation>Tage mit Linderung</translation>
        </message>
        <message>
            <source>Relief ended</source>
            <translation>Linderung beendet</translation>
        </message>
        <message>
            <source>Still going when the diary or the next course began: at least (≥)</source>
            <translation>Hielt noch an, als das Tagebuch endete oder die nächste Serie begann: mindestens (≥)</translation>
        </message>
        <message>
            <source>Dashed outline: courses of other kinds, not compared</source>
            <translation>Gestrichelter Umriss: Serien anderer Art, nicht verglichen</translation>
        </message>
        <message>
            <source>How long relief lasted after each course</source>
            <translation>Wie lange die Linderung nach jeder Serie anhielt</translation>
        </message>
        <message>
            <source>Relief days (pain ≥ 30 % below usual)</source>
            <translation>Tage mit Linderung (Schmerz ≥ 30 % unter üblich)</translation>
        </message>
        <message>
            <source>No course of this kind has a recorded dose yet.</source>
            <translation>Für noch keine Serie dieser Art ist eine Dosis eingetragen.</translation>
        </message>
        <message>
            <source>Relief days appear here once a course has a week of diary after it.</source>
            <translation>Tage mit Linderung erscheinen hier, sobald nach einer Serie eine Woche Tagebuch vorliegt.</translation>
        </message>
        <message>
            <source>{name} must end in .png, .svg or .pdf (the format follows the name)</source>
            <translation>{name} muss auf .png, .svg oder .pdf enden (das Format richtet sich nach dem Namen)</translation>
        </message>
        <message>
            <source>Physiotherapy</source>
            <translation>Physiotherapie</translation>
        </message>
        <message>
            <source>Psychological therapy</source>
            <translation>Psychologische Therapie</translation>
        </message>
        <message>
            <source>Exercise programme</source>
            <translation>Trainingsprogramm</translation>
        </message>
        <message>
            <source>Nerve block</source>
            <translation>Nervenblockade</translation>
        </message>
        <message>
            <source>New medicine</source>
            <translation>Neues Medikament</translation>
        </message>
        <message>
            <source>Other treatment</source>
            <translation>Weitere Behandlung</translation>
        </message>
        <message>
            <source>As-needed medicine taken (▼ per day)</source>
            <translation>Bedarfsmedikament genommen (▼ pro Tag)</translation>
        </message>
        <message numerus="yes">
            <source>{date}: {count} as-needed doses</source>
            <translation>
                <numerusform>{date}: {count} Einnahme bei Bedarf</numerusform>
                <numerusform>{date}: {count} Einnahmen bei Bedarf</numerusform>
            </translation>
        </message>
        <message>
            <source>Typical relief: at least {days} days ({count} courses)</source>
            <translation>Typische Linderung: mindestens {days} Tage ({count} Serien)</translation>
        </message>
        <message>
            <source>Typical relief: {days} days ({count} courses)</source>
            <translation>Typische Linderung: {days} Tage ({count} Serien)</translation>
        </message>
        <message>
            <source>{percent} % above usual</source>
            <translation>{percent} % über dem üblichen</translation>
        </message>
        <message>
            <source>Days since the course (day 0 = day of its last session)</source>
            <translation>Tage seit der Serie (Tag 0 = Tag ihrer letzten Sitzung)</translation>
        </message>
        <message>
            <source>Courses that day</source>
            <translation>Serien an dem Tag</translation>
        </message>
        <message>
            <source>Other courses of this kind</source>
            <translation>Andere Serien dieser Art</translation>
        </message>
        <message>
            <source>Dashed: relief still going when the diary (or the next course) began</source>
            <translation>Gestrichelt: Linderung hielt noch an, als das Tagebuch (oder die nächste Serie) begann</translation>
        </message>
        <message>
            <source>Record a treatment session, and log your pain in the days before and after it, to see how long relief lasts.</source>
            <translation>Tragen Sie eine Behandlungssitzung ein und halten Sie Ihren Schmerz in den Tagen davor und danach fest, um zu sehen, wie lange die Linderung anhält.</translation>
        </message>
        <message>
            <source>{percent} % below usual</source>
            <translation>{percent} % unter dem üblichen</translation>
        </message>
        <message>
            <source>Pain reduction from usual (%)</source>
            <translation>Schmerzsenkung gegenüber dem üblichen (%)</translation>
        </message>
        <message>
            <source>latest</source>
            <translation>letzte</translation>
        </message>
        <message>
            <source>selected</source>
            <translation>ausgewählt</translation>
        </message>
        <message>
            <source>Relief can be measured once a course has diary entries on at least {days} of the {period} days before it and entries after it.</source>
            <translation>Die Linderung lässt sich messen, sobald eine Serie an mindestens {days} der {period} Tage davor Tagebucheinträge hat und auch danach Einträge folgen.</translation>
        </message>
        <message>
            <source>{course}, {which}</source>
            <translation>{course}, {which}</translation>
        </message>
        <message>
            <source>Median of {count} courses</source>
            <translation>Median von {count} Serien</translation>
        </message>
        <message>
            <source>Not compared: {count} courses of other kinds</source>
            <translation>Nicht verglichen: {count} Serien anderer Art</translation>
        </message>
        <message>
            <source>{course}, day {day}: {reduction}</source>
            <translation>{course}, Tag {day}: {reduction}</translation>
        </message>
        <message numerus="yes">
            <source>Day {day}: {count} courses have entries</source>
            <translation>
                <numerusform>Tag {day}: {count} Serie hat Einträge</numerusform>
                <numerusform>Tag {day}: {count} Serien haben Einträge</numerusform>
            </translation>
        </message>
        <message>
            <source>30 %: moderate relief</source>
            <translation>30 %: mäßige Linderung</translation>
        </message>
        <message>
            <source>50 %: substantial relief</source>
            <translation>50 %: deutliche Linderung</translation>
        </message>
        <message>
            <source>Median of the courses, day {day}: {reduction}</source>
            <translation>Median der Serien, Tag {day}: {reduction}</translation>
        </message>
        <message>
            <source>Course</source>
            <translation>Serie</translation>
        </message>
        <message>
            <source>Treatment</source>
            <translation>Behandlung</translation>
        </message>
        <message>
            <source>Dose per session</source>
            <translation>Dosis pro Sitzung</translation>
        </message>
        <message>
            <source>Relief days at 30 %</source>
            <translation>Tage mit Linderung bei 30 %</translation>
        </message>
        <message>
            <source>Relief days at 50 %</source>
            <translation>Tage mit Linderung bei 50 %</translation>
        </message>
        <message>
            <source>Lowest (% below usual, day)</source>
            <translation>Tiefster Punkt (% unter üblich, Tag)</translation>
        </message>
        <message>
            <source>Side effects (worst)</source>
            <translation>Nebenwirkungen (stärkste)</translation>
        </message>
        <message>
            <source>too early</source>
            <translation>zu früh</translation>
        </message>
        <message>
            <source>≥ 50 % for ≥ 3 days</source>
            <translation>≥ 50 % für ≥ 3 Tage</translation>
        </message>
        <message>
            <source>≥ 30 % for ≥ 3 days</source>
            <translation>≥ 30 % für ≥ 3 Tage</translation>
        </message>
        <message>
            <source>≥ 30 % for 1–2 days</source>
            <translation>≥ 30 % für 1–2 Tage</translation>
        </message>
        <message>
            <source>10–30 % at most</source>
            <translation>höchstens 10–30 %</translation>
        </message>
        <message>
            <source>under 10 % at most</source>
            <translation>höchstens unter 10 %</translation>
        </message>
        <message>
            <source>Dosing</source>
            <translation>Dosierung</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Von</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Bis</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Sitzungen</translation>
        </message>
        <message>
            <source>Days logged</source>
            <translation>Tage mit Einträgen</translation>
        </message>
        <message>
            <source>Mean pain</source>
            <translation>Mittlerer Schmerz</translation>
        </message>
        <message>
            <source>Below usual</source>
            <translation>Unter dem üblichen</translation>
        </message>
        <message>
            <source>Before doses</source>
            <translation>Vor den Dosen</translation>
        </message>
        <message>
            <source>{percent} %, day {day}</source>
            <translation>{percent} %, Tag {day}</translation>
        </message>
        <message>
            <source>{group}: {count} courses; dose ({measure}) or relief days were all equal, so they cannot be ranked. Course order against relief days: rho {time}.</source>
            <translation>{group}: {count} Serien; Dosis ({measure}) oder Tage der Linderung waren alle gleich, daher lässt sich keine Rangfolge bilden. Reihenfolge der Serien gegen Tage der Linderung: rho {time}.</translation>
        </message>
        <message>
            <source>{group}: {count} courses; dose ({measure}) against relief days at 30 %: Spearman's rho {rho} (p = {p}). Course order against relief days: rho {time}.</source>
            <translation>{group}: {count} Serien; Dosis ({measure}) gegen Tage der Linderung um 30 %: Spearmans rho {rho} (p = {p}). Reihenfolge der Serien gegen Tage der Linderung: rho {time}.</translation>
        </message>
        <message>
            <source>Patient-reported data from a personal pain diary (paindiary), generated {date}. Not medical advice: it suggests no dose, diagnosis or treatment.</source>
            <translation>Patientenangaben aus einem persönlichen Schmerztagebuch (paindiary), erstellt am {date}. Kein medizinischer Rat: Es empfiehlt keine Dosis, Diagnose oder Behandlung.</translation>
        </message>
        <message>
            <source>{logged} of days 0–13 logged</source>
            <translation>{logged} der Tage 0–13 erfasst</translation>
        </message>
        <message>
            <source>{mark} Usual pain carried from an earlier course: the weeks before this course had too few usable entries (affected by earlier sessions, or little logged).</source>
            <translation>{mark} Üblicher Schmerz von einer früheren Serie übernommen: Die Wochen vor dieser Serie hatten zu wenige verwendbare Einträge (von früheren Sitzungen beeinflusst oder wenig eingetragen).</translation>
        </message>
        <message>
            <source>{mark} Sparse follow-up: fewer than half of the first 14 days after the course have entries.</source>
            <translation>{mark} Wenige Einträge danach: Weniger als die Hälfte der ersten 14 Tage nach der Serie hat Einträge.</translation>
        </message>
        <message>
            <source>{percent} % (usual {usual})</source>
            <translation>{percent} % (üblich {usual})</translation>
        </message>
        <message>
            <source>Latest course ({date}): {sentence}</source>
            <translation>Letzte Serie ({date}): {sentence}</translation>
        </message>
        <message>
            <source>to {date}</source>
            <translation>bis {date}</translation>
        </message>
        <message>
            <source>Severe side effect after course {course} ({date}): {kinds}.</source>
            <translation>Schwere Nebenwirkung nach Serie {course} ({date}): {kinds}.</translation>
        </message>
        <message>
            <source>{logged} of {days}</source>
            <translation>{logged} von {days}</translation>
        </message>
        <message>
            <source>Typical relief: the Kaplan–Meier median of relief days at 30 % within courses of the same drug, route and number of sessions (at least 3 courses); relief still going counts as censored.</source>
            <translation>Typische Linderung: der Kaplan-Meier-Median der Tage mit Linderung um 30 % innerhalb von Serien mit gleichem Medikament, gleichem Weg und gleicher Zahl von Sitzungen (mindestens 3 Serien); noch anhaltende Linderung zählt als zensiert.</translation>
        </message>
        <message>
            <source>Dosing runs: sessions at a steady rhythm for at least two weeks (twice a week or more, about weekly, about every two weeks); mean pain over the run against the usual pain of the latest own, uninfluenced baseline before it, and pain in the 24 hours before each dose.</source>
            <translation>Dosierungsphasen: Sitzungen in gleichmäßigem Rhythmus über mindestens zwei Wochen (zweimal pro Woche oder öfter, etwa wöchentlich, etwa alle zwei Wochen); mittlerer Schmerz in der Phase gegenüber dem üblichen Schmerz der letzten eigenen, unbeeinflussten Baseline davor, und Schmerz in den 24 Stunden vor jeder Dosis.</translation>
        </message>
        <message>
            <source>Settings used: baseline {baseline} days (at least {needed}, full from {full}), course gap {gap} days, onset by day {onset}, gaps bridged up to {bridge} days, washout {washout} days, carried baselines up to {carry} days old, lowest point within {peak} days, follow-up up to {horizon} days. Thresholds 30 % and 50 % (IMMPACT, Dworkin et al. 2008).</source>
            <translation>Verwendete Einstellungen: Baseline {baseline} Tage (mindestens {needed}, vollständig ab {full}), Serienabstand {gap} Tage, Beginn bis Tag {onset}, Lücken bis {bridge} Tage überbrückt, Auswaschzeit {washout} Tage, übernommene Baselines bis {carry} Tage alt, tiefster Punkt innerhalb von {peak} Tagen, Nachbeobachtung bis {horizon} Tage. Schwellen 30 % und 50 % (IMMPACT, Dworkin et al. 2008).</translation>
        </message>
        <message>
            <source>Course: one session, or sessions at most {gap} days apart unless marked as a new series. Day 0 is the date the course's last session ended; sessions still to come are left out.</source>
            <translation>Serie: eine Sitzung oder Sitzungen höchstens {gap} Tage auseinander, sofern nicht als neue Serie markiert. Tag 0 ist das Datum, an dem die letzte Sitzung der Serie endete; geplante Sitzungen bleiben außen vor.</translation>
        </message>
        <message>
            <source>Usual pain (baseline): the 20 % trimmed mean of the daily mean pain over the {days} days before the course's first session, leaving out days inside an earlier course's influence (its relief, at least {washout} days). With fewer than {full} usable days the baseline of the latest earlier course with a full own baseline (up to {carry} days earlier) is carried ({carried}); with fewer than {needed} and none to carry, relief is not measured.</source>
            <translation>Üblicher Schmerz (Baseline): der 20-%-getrimmte Mittelwert des täglichen mittleren Schmerzes über die {days} Tage vor der ersten Sitzung der Serie, ohne Tage im Einflussbereich einer früheren Serie (deren Linderung, mindestens {washout} Tage). Bei weniger als {full} verwendbaren Tagen wird die Baseline der letzten früheren Serie mit vollständiger eigener Baseline (bis {carry} Tage früher) übernommen ({carried}); bei weniger als {needed} und keiner zum Übernehmen wird die Linderung nicht gemessen.</translation>
        </message>
        <message>
            <source>Relief days at 30 % and 50 %: counted from day 0, how long pain stayed at least 30 % (moderately important) or 50 % (substantial) below usual pain, on a 3-point median of logged days only. Relief must begin by day {onset}; gaps of up to {bridge} days without entries are bridged. "≥" means relief was still going when the entries stopped, a longer gap came, the next course began or {horizon} days had passed.</source>
            <translation>Tage mit Linderung um 30 % und 50 %: ab Tag 0 gezählt, wie lange der Schmerz mindestens 30 % (mäßig bedeutsam) oder 50 % (deutlich) unter dem üblichen Schmerz lag, auf einem 3-Punkt-Median nur der Tage mit Einträgen. Die Linderung muss bis Tag {onset} beginnen; Lücken bis {bridge} Tage ohne Einträge werden überbrückt. „≥“ heißt, die Linderung hielt noch an, als die Einträge aufhörten, eine längere Lücke kam, die nächste Serie begann oder {horizon} Tage vergangen waren.</translation>
        </message>
        <message>
            <source>Lowest: the largest reduction of the 3-point median in days 0 to {last} (or over the relief, if longer), and its day. Sparse follow-up ({mark}): fewer than half of the first 14 days logged.</source>
            <translation>Tiefster Punkt: der größte Rückgang des 3-Punkt-Medians an den Tagen 0 bis {last} (oder während der Linderung, wenn länger) und sein Tag. Wenige Einträge danach ({mark}): weniger als die Hälfte der ersten 14 Tage mit Einträgen.</translation>
        </message>
        <message>
            <source>Regular dosing, {period}</source>
            <translation>Regelmäßige Gaben, {period}</translation>
        </message>
        <message>
            <source>Page {number} of {total}</source>
            <translation>Seite {number} von {total}</translation>
        </message>
        <message>
            <source>twice a week or more</source>
            <translation>zweimal pro Woche oder öfter</translation>
        </message>
        <message>
            <source>about weekly</source>
            <translation>etwa wöchentlich</translation>
        </message>
        <message>
            <source>about every two weeks</source>
            <translation>etwa alle zwei Wochen</translation>
        </message>
        <message numerus="yes">
            <source>Sessions {band}, {period} ({count} sessions)</source>
            <translation>
                <numerusform>Sitzungen {band}, {period} ({count} Sitzung)</numerusform>
                <numerusform>Sitzungen {band}, {period} ({count} Sitzungen)</numerusform>
            </translation>
        </message>
        <message>
            <source>Mean pain {mean}/10; in the 24 hours before doses {predose}/10</source>
            <translation>Mittlerer Schmerz {mean}/10; in den 24 Stunden vor den Gaben {predose}/10</translation>
        </message>
        <message>
            <source>Regular dosing (how often: on the band)</source>
            <translation>Regelmäßige Gaben (wie oft: auf dem Band)</translation>
        </message>
        <message>
            <source>Its mean pain, pain before doses, usual pain</source>
            <translation>Ihr mittlerer Schmerz, Schmerz vor den Gaben, üblicher Schmerz</translation>
        </message>
        <message>
            <source>Usual pain before (course {course}): {reference}/10</source>
            <translation>Üblicher Schmerz davor (Serie {course}): {reference}/10</translation>
        </message>
        <message>
            <source>Mean pain {percent} % below usual pain</source>
            <translation>Mittlerer Schmerz {percent} % unter dem üblichen Schmerz</translation>
        </message>
        <message>
            <source>{course}: {kind}, {counts}</source>
            <translation>{course}: {kind}, {counts}</translation>
        </message>
        <message>
            <source>Course (month of first session)</source>
            <translation>Serie (Monat der ersten Sitzung)</translation>
        </message>
        <message>
            <source>Side effects after each course</source>
            <translation>Nebenwirkungen nach jeder Serie</translation>
        </message>
        <message>
            <source>Mild</source>
            <translation>Leicht</translation>
        </message>
        <message>
            <source>Moderate</source>
            <translation>Mittel</translation>
        </message>
        <message>
            <source>Severe</source>
            <translation>Schwer</translation>
        </message>
        <message>
            <source>Worst severity recorded (× n: recorded n times)</source>
            <translation>Stärkster eingetragener Schweregrad (× n: n-mal eingetragen)</translation>
        </message>
        <message>
            <source>No side effects recorded for the courses in this period.</source>
            <translation>Für die Serien in diesem Zeitraum wurden keine Nebenwirkungen eingetragen.</translation>
        </message>
        <message>
            <source>Side effects appear here once you record treatment sessions.</source>
            <translation>Nebenwirkungen erscheinen hier, sobald Sie Behandlungssitzungen eintragen.</translation>
        </message>
        <message numerus="yes">
            <source>{course}: pain at least 30 % below usual for at least {days} days so far</source>
            <translation>
                <numerusform>{course}: Schmerz seit bisher mindestens {days} Tag um 30 % oder mehr unter dem üblichen</numerusform>
                <numerusform>{course}: Schmerz seit bisher mindestens {days} Tagen um 30 % oder mehr unter dem üblichen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{course}: pain at least 30 % below usual for {days} days</source>
            <translation>
                <numerusform>{course}: Schmerz {days} Tag lang mindestens 30 % unter dem üblichen</numerusform>
                <numerusform>{course}: Schmerz {days} Tage lang mindestens 30 % unter dem üblichen</numerusform>
            </translation>
        </message>
        <message>
            <source>Pain (0 = none, 10 = worst imaginable)</source>
            <translation>Schmerz (0 = keiner, 10 = stärkster vorstellbarer)</translation>
        </message>
        <message>
            <source>Pain (0–10)</source>
            <translation>Schmerz (0–10)</translation>
        </message>
        <message>
            <source>Relief ≥ 30 % (3-day median)</source>
            <translation>Linderung ≥ 30 % (3-Tage-Median)</translation>
        </message>
        <message>
            <source>Daily pain (mean of the day)</source>
            <translation>Täglicher Schmerz (Mittelwert des Tages)</translation>
        </message>
        <message>
            <source>7-day median</source>
            <translation>7-Tage-Median</translation>
        </message>
        <message>
            <source>Treatment session (dose)</source>
            <translation>Behandlungssitzung (Dosis)</translation>
        </message>
        <message>
            <source>Side effect: mild, moderate, severe</source>
            <translation>Nebenwirkung: leicht, mittel, schwer</translation>
        </message>
        <message>
            <source>Daily pain</source>
            <translation>Täglicher Schmerz</translation>
        </message>
        <message>
            <source>Log your pain for a few days to see it over time here.</source>
            <translation>Tragen Sie Ihren Schmerz ein paar Tage lang ein, um ihn hier im Verlauf zu sehen.</translation>
        </message>
        <message>
            <source>Daily pain, {period}</source>
            <translation>Täglicher Schmerz, {period}</translation>
        </message>
        <message numerus="yes">
            <source>{date}: pain {pain} ({count} entries)</source>
            <translation>
                <numerusform>{date}: Schmerz {pain} ({count} Eintrag)</numerusform>
                <numerusform>{date}: Schmerz {pain} ({count} Einträge)</numerusform>
            </translation>
        </message>
        <message>
            <source>Saved the {kind} chart to {path}.</source>
            <translation>Das Diagramm „{kind}“ wurde unter {path} gespeichert.</translation>
        </message>
        <message>
            <source>{start} is after --to {end}</source>
            <translation>{start} liegt nach --to {end}</translation>
        </message>
        <message>
            <source>the diary has no treatment courses yet</source>
            <translation>das Tagebuch hat noch keine Behandlungsserien</translation>
        </message>
        <message>
            <source>cannot be written ({reason})</source>
            <translation>kann nicht geschrieben werden ({reason})</translation>
        </message>
        <message>
            <source>{value!r} is not a course number of this diary (1 to {last})</source>
            <translation>{value!r} ist keine Seriennummer dieses Tagebuchs (1 bis {last})</translation>
        </message>
        <message numerus="yes">
            <source>{count} courses</source>
            <translation>
                <numerusform>{count} Serie</numerusform>
                <numerusform>{count} Serien</numerusform>
            </translation>
        </message>
        <message>
            <source>Saved a {pages}-page report ({period}, {courses}) to {path}.</source>
            <translation>Bericht mit {pages} Seiten ({period}, {courses}) unter {path} gespeichert.</translation>
        </message>
        <message>
            <source>{value!r} is not one of: {names}</source>
            <translation>{value!r} ist keiner von: {names}</translation>
        </message>
        <message>
            <source>Course {number}: {facts}</source>
            <translation>Serie {number}: {facts}</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Heute</translation>
        </message>
        <message>
            <source>Since this course began, how would you describe the change in your pain condition?</source>
            <translation>Wie würden Sie die Veränderung Ihrer Schmerzerkrankung seit Beginn dieser Serie beschreiben?</translation>
        </message>
        <message>
            <source>Very much improved</source>
            <translation>Sehr viel besser</translation>
        </message>
        <message>
            <source>Much improved</source>
            <translation>Viel besser</translation>
        </message>
        <message>
            <source>Minimally improved</source>
            <translation>Wenig besser</translation>
        </message>
        <message>
            <source>No change</source>
            <translation>Unverändert</translation>
        </message>
        <message>
            <source>Minimally worse</source>
            <translation>Wenig schlechter</translation>
        </message>
        <message>
            <source>Much worse</source>
            <translation>Viel schlechter</translation>
        </message>
        <message>
            <source>Very much worse</source>
            <translation>Sehr viel schlechter</translation>
        </message>
        <message>
            <source>must be a list</source>
            <translation>muss eine Liste sein</translation>
        </message>
        <message>
            <source>is 'home' exactly when the reading belongs to no session</source>
            <translation>ist genau dann „zu Hause“, wenn die Messung zu keiner Sitzung gehört</translation>
        </message>
        <message>
            <source>{systolic}/{diastolic}: the first number must be higher than the second</source>
            <translation>{systolic}/{diastolic}: Der erste Wert muss höher sein als der zweite</translation>
        </message>
        <message>
            <source>{value} is outside {low}–{high} {unit}</source>
            <translation>{value} liegt außerhalb von {low}–{high} {unit}</translation>
        </message>
        <message>
            <source>is not a list of checklist items</source>
            <translation>ist keine Liste von Checklistenpunkten</translation>
        </message>
        <message>
            <source>blood pressure needs both numbers, as in 130/85</source>
            <translation>Der Blutdruck braucht beide Werte, etwa 130/85</translation>
        </message>
        <message>
            <source>enter a blood pressure, a heart rate or both</source>
            <translation>Geben Sie einen Blutdruck, einen Puls oder beides ein</translation>
        </message>
        <message>
            <source>is required (a whole number from 1 to 7)</source>
            <translation>ist erforderlich (eine ganze Zahl von 1 bis 7)</translation>
        </message>
        <message>
            <source>{value} is not a whole number</source>
            <translation>{value} ist keine ganze Zahl</translation>
        </message>
        <message>
            <source>has more than {n} items</source>
            <translation>hat mehr als {n} Punkte</translation>
        </message>
        <message>
            <source>{value} is not 7, 28 or empty</source>
            <translation>{value} ist nicht 7, 28 oder leer</translation>
        </message>
        <message>
            <source>{value} is before 1900</source>
            <translation>{value} liegt vor 1900</translation>
        </message>
        <message>
            <source>must be a list of body-region names</source>
            <translation>muss eine Liste von Körperregionen sein</translation>
        </message>
        <message>
            <source>is not a side effect</source>
            <translation>ist keine Nebenwirkung</translation>
        </message>
        <message>
            <source>{value} is not a whole number of days</source>
            <translation>{value} ist keine ganze Zahl von Tagen</translation>
        </message>
        <message>
            <source>{value} is outside {low}–{high}</source>
            <translation>{value} liegt außerhalb von {low}–{high}</translation>
        </message>
        <message>
            <source>{value} is more than the {dates} dates a baseline can have</source>
            <translation>{value} ist mehr als die {dates} Tage, die ein Ausgangswert haben kann</translation>
        </message>
        <message>
            <source>is not a setting (known: {known})</source>
            <translation>ist keine Einstellung (bekannt: {known})</translation>
        </message>
        <message>
            <source>{value} is outside the allowed range (more than 0, up to {upper} {unit})</source>
            <translation>{value} liegt außerhalb des erlaubten Bereichs (mehr als 0, bis {upper} {unit})</translation>
        </message>
        <message>
            <source>contains a NUL character</source>
            <translation>enthält ein NUL-Zeichen</translation>
        </message>
        <message>
            <source>must not be empty</source>
            <translation>darf nicht leer sein</translation>
        </message>
        <message>
            <source>must be on one line</source>
            <translation>muss in einer Zeile stehen</translation>
        </message>
        <message>
            <source>must be a local time without a time zone</source>
            <translation>muss eine Ortszeit ohne Zeitzone sein</translation>
        </message>
        <message>
            <source>{text} is not a real date or time ({detail})</source>
            <translation>{text} ist kein gültiges Datum und keine gültige Uhrzeit ({detail})</translation>
        </message>
        <message>
            <source>{value} is not one of: {allowed}</source>
            <translation>{value} ist keiner dieser Werte: {allowed}</translation>
        </message>
        <message>
            <source>is required (a whole number from 0 to 10)</source>
            <translation>ist erforderlich (eine ganze Zahl von 0 bis 10)</translation>
        </message>
        <message>
            <source>{value} is not a whole number from 0 to 10</source>
            <translation>{value} ist keine ganze Zahl von 0 bis 10</translation>
        </message>
        <message>
            <source>{value} is outside 0–10</source>
            <translation>{value} liegt außerhalb von 0–10</translation>
        </message>
        <message>
            <source>{value} is not a number</source>
            <translation>{value} ist keine Zahl</translation>
        </message>
        <message>
            <source>{value} is not a whole number of minutes</source>
            <translation>{value} ist keine ganze Zahl von Minuten</translation>
        </message>
        <message>
            <source>{value} is outside 1–20160 minutes</source>
            <translation>{value} liegt außerhalb von 1–20160 Minuten</translation>
        </message>
        <message>
            <source>{value} is not text</source>
            <translation>{value} ist kein Text</translation>
        </message>
        <message>
            <source>is longer than {limit} characters</source>
            <translation>ist länger als {limit} Zeichen</translation>
        </message>
        <message>
            <source>{value} is not a date and time</source>
            <translation>{value} ist kein Datum mit Uhrzeit</translation>
        </message>
        <message>
            <source>{year} is outside the years 1900–2999</source>
            <translation>{year} liegt außerhalb der Jahre 1900–2999</translation>
        </message>
        <message>
            <source>{text} is not a date and time like 2024-03-01T08:30</source>
            <translation>{text} ist kein Datum mit Uhrzeit wie 2024-03-01T08:30</translation>
        </message>
        <message>
            <source>{value} is not a date</source>
            <translation>{value} ist kein Datum</translation>
        </message>
        <message>
            <source>{text} is not a date like 2024-03-01</source>
            <translation>{text} ist kein Datum wie 2024-03-01</translation>
        </message>
        <message>
            <source>{value} is not an id (a UUID)</source>
            <translation>{value} ist keine ID (UUID)</translation>
        </message>
        <message>
            <source>contains a character that is not valid text (at position {position})</source>
            <translation>enthält ein Zeichen, das kein gültiger Text ist (an Stelle {position})</translation>
        </message>
        <message>
            <source>My questions</source>
            <translation>Meine Fragen</translation>
        </message>
        <message>
            <source>Data quality</source>
            <translation>Datenqualität</translation>
        </message>
        <message>
            <source>At a glance</source>
            <translation>Auf einen Blick</translation>
        </message>
        <message>
            <source>Courses</source>
            <translation>Serien</translation>
        </message>
        <message>
            <source>No questions written down.</source>
            <translation>Keine Fragen notiert.</translation>
        </message>
        <message>
            <source>Medicines</source>
            <translation>Medikamente</translation>
        </message>
        <message>
            <source>Blood pressure and heart rate</source>
            <translation>Blutdruck und Puls</translation>
        </message>
        <message>
            <source>Notes from the diary</source>
            <translation>Notizen aus dem Tagebuch</translation>
        </message>
        <message>
            <source>Appendix: earlier courses</source>
            <translation>Anhang: frühere Serien</translation>
        </message>
        <message>
            <source>Dose and relief days</source>
            <translation>Dosis und Tage der Linderung</translation>
        </message>
        <message>
            <source>How the numbers are worked out</source>
            <translation>Wie die Zahlen berechnet werden</translation>
        </message>
        <message>
            <source>(for {date})</source>
            <translation>(für {date})</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Zeitraum</translation>
        </message>
        <message>
            <source>Next session</source>
            <translation>Nächste Sitzung</translation>
        </message>
        <message>
            <source>Nothing of the listed kinds was found.</source>
            <translation>Nichts der aufgeführten Art wurde gefunden.</translation>
        </message>
        <message>
            <source>No treatment sessions were recorded in this period.</source>
            <translation>In diesem Zeitraum wurden keine Behandlungssitzungen eingetragen.</translation>
        </message>
        <message>
            <source>Dosing runs (continued)</source>
            <translation>Dosierungsphasen (Fortsetzung)</translation>
        </message>
        <message>
            <source>Medicines (continued)</source>
            <translation>Medikamente (Fortsetzung)</translation>
        </message>
        <message>
            <source>No current medicines recorded.</source>
            <translation>Keine aktuellen Medikamente eingetragen.</translation>
        </message>
        <message>
            <source>Changes in the period:</source>
            <translation>Änderungen im Zeitraum:</translation>
        </message>
        <message>
            <source>Blood pressure and heart rate (continued)</source>
            <translation>Blutdruck und Puls (Fortsetzung)</translation>
        </message>
        <message>
            <source>No readings recorded in this period.</source>
            <translation>Keine Messwerte in diesem Zeitraum eingetragen.</translation>
        </message>
        <message>
            <source>Appendix: earlier courses (continued)</source>
            <translation>Anhang: frühere Serien (Fortsetzung)</translation>
        </message>
        <message>
            <source>Courses (continued)</source>
            <translation>Serien (Fortsetzung)</translation>
        </message>
        <message numerus="yes">
            <source>{count} earlier courses of the period are in the appendix.</source>
            <translation>
                <numerusform>{count} frühere Serie des Zeitraums steht im Anhang.</numerusform>
                <numerusform>{count} frühere Serien des Zeitraums stehen im Anhang.</numerusform>
            </translation>
        </message>
        <message>
            <source>{text!r} is not a whole number</source>
            <translation>{text!r} ist keine ganze Zahl</translation>
        </message>
        <message>
            <source>{text!r} is not a number</source>
            <translation>{text!r} ist keine Zahl</translation>
        </message>
        <message>
            <source>paindiary CSV</source>
            <translation>paindiary-CSV</translation>
        </message>
        <message>
            <source>is required</source>
            <translation>ist erforderlich</translation>
        </message>
        <message>
            <source>is not a paindiary CSV column (see docs/formats.md)</source>
            <translation>ist keine Spalte einer paindiary-CSV-Datei (siehe docs/formats.md)</translation>
        </message>
        <message>
            <source>appears twice in the header</source>
            <translation>kommt in der Kopfzeile zweimal vor</translation>
        </message>
        <message>
            <source>Every column is read as written (ids, times and values are kept exactly).</source>
            <translation>Jede Spalte wird so gelesen, wie sie geschrieben ist (Kennungen, Zeiten und Werte bleiben genau erhalten).</translation>
        </message>
        <message>
            <source>{value!r} is not one of: {kinds}</source>
            <translation>{value!r} ist keiner von: {kinds}</translation>
        </message>
        <message>
            <source>{name!r} is not a setting (known: {known})</source>
            <translation>{name!r} ist keine Einstellung (bekannt: {known})</translation>
        </message>
        <message>
            <source>must be empty when record is {record!r}</source>
            <translation>muss leer sein, wenn record {record!r} ist</translation>
        </message>
        <message>
            <source>{id} is not a session in this file</source>
            <translation>{id} ist keine Sitzung in dieser Datei</translation>
        </message>
        <message>
            <source>has {cells} cells but the header has {columns} columns</source>
            <translation>hat {cells} Zellen, die Kopfzeile aber {columns} Spalten</translation>
        </message>
        <message>
            <source>byte 0x{byte} is not UTF-8 text; save the file as CSV in UTF-8 (in spreadsheets: 'CSV UTF-8' or 'Unicode (UTF-8)')</source>
            <translation>Byte 0x{byte} ist kein UTF-8-Text; speichern Sie die Datei als CSV in UTF-8 (in Tabellenprogrammen: 'CSV UTF-8' oder 'Unicode (UTF-8)')</translation>
        </message>
        <message>
            <source>dates like {example} could be day-first or month-first</source>
            <translation>Daten wie {example} können Tag zuerst oder Monat zuerst sein</translation>
        </message>
        <message>
            <source>{text!r} is not a time like 08:30</source>
            <translation>{text!r} ist keine Uhrzeit wie 08:30</translation>
        </message>
        <message>
            <source>{text!r} is not a real time</source>
            <translation>{text!r} ist keine gültige Uhrzeit</translation>
        </message>
        <message>
            <source>{text!r} is not a UTC offset like +02:00</source>
            <translation>{text!r} ist keine UTC-Abweichung wie +02:00</translation>
        </message>
        <message>
            <source>{text!r} is not a date ({hint})</source>
            <translation>{text!r} ist kein Datum ({hint})</translation>
        </message>
        <message>
            <source>{text!r} is not written like the dates above it</source>
            <translation>{text!r} ist nicht so geschrieben wie die Daten darüber</translation>
        </message>
        <message>
            <source>{text!r} is outside the years a diary can hold</source>
            <translation>{text!r} liegt außerhalb der Jahre, die ein Tagebuch aufnehmen kann</translation>
        </message>
        <message>
            <source>{text!r} has no time of day</source>
            <translation>{text!r} hat keine Uhrzeit</translation>
        </message>
        <message>
            <source>must be a list of checklist items, each with its text and whether it is done</source>
            <translation>muss eine Liste von Checklistenpunkten sein, jeder mit Text und ob er erledigt ist</translation>
        </message>
        <message>
            <source>{text!r} is not yes or no</source>
            <translation>{text!r} ist nicht ja oder nein</translation>
        </message>
        <message>
            <source>The file's analysis settings are from before relief was measured with the updated rules; the new default settings are used instead.</source>
            <translation>Die Analyse-Einstellungen der Datei stammen aus der Zeit vor den überarbeiteten Regeln der Linderung; stattdessen werden die neuen Standardwerte verwendet.</translation>
        </message>
        <message>
            <source>is too large to read in the memory available</source>
            <translation>ist zu groß, um im verfügbaren Arbeitsspeicher gelesen zu werden</translation>
        </message>
        <message>
            <source>is nested too deeply to be read</source>
            <translation>ist zu tief verschachtelt, um gelesen zu werden</translation>
        </message>
        <message>
            <source>could not be read ({detail})</source>
            <translation>konnte nicht gelesen werden ({detail})</translation>
        </message>
        <message>
            <source>{text!r} is not a whole number from {low} to {high}</source>
            <translation>{text!r} ist keine ganze Zahl von {low} bis {high}</translation>
        </message>
        <message>
            <source>Rows that repeat an earlier row exactly, counted once: {n}.</source>
            <translation>Zeilen, die eine frühere Zeile genau wiederholen, einmal gezählt: {n}.</translation>
        </message>
        <message>
            <source>Recognise from the file</source>
            <translation>Aus der Datei erkennen</translation>
        </message>
        <message>
            <source>paindiary JSON document</source>
            <translation>paindiary-JSON-Dokument</translation>
        </message>
        <message>
            <source>Other spreadsheet (choose the columns)</source>
            <translation>Andere Tabelle (Spalten wählen)</translation>
        </message>
        <message>
            <source>header</source>
            <translation>Kopfzeile</translation>
        </message>
        <message>
            <source>{entries}, {sessions}</source>
            <translation>{entries}, {sessions}</translation>
        </message>
        <message>
            <source>this file is a spreadsheet, not a JSON document</source>
            <translation>diese Datei ist eine Tabelle, kein JSON-Dokument</translation>
        </message>
        <message>
            <source>Every field is read as written (ids, times and values are kept exactly).</source>
            <translation>Jedes Feld wird so gelesen, wie es geschrieben ist (Kennungen, Zeiten und Werte bleiben genau erhalten).</translation>
        </message>
        <message>
            <source>; {n} already in your diary</source>
            <translation>; {n} schon in Ihrem Tagebuch</translation>
        </message>
        <message>
            <source>; {n} differ from records with the same id in your diary ({first})</source>
            <translation>; {n} weichen von Datensätzen mit derselben Kennung in Ihrem Tagebuch ab ({first})</translation>
        </message>
        <message>
            <source>{columns} is not the header of a format paindiary recognises; name the columns</source>
            <translation>{columns} ist nicht die Kopfzeile eines Formats, das paindiary kennt; benennen Sie die Spalten</translation>
        </message>
        <message>
            <source>the columns are not those of a {label} export</source>
            <translation>die Spalten sind nicht die eines Exports von {label}</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(keine)</translation>
        </message>
        <message>
            <source>a number has more than {limit} digits ({text})</source>
            <translation>eine Zahl hat mehr als {limit} Ziffern ({text})</translation>
        </message>
        <message>
            <source>is nested too deeply to be a paindiary document</source>
            <translation>ist zu tief verschachtelt für ein paindiary-Dokument</translation>
        </message>
        <message>
            <source>the key {key} appears twice in one object</source>
            <translation>der Schlüssel {key} kommt in einem Objekt zweimal vor</translation>
        </message>
        <message>
            <source>is not valid JSON (line {line}, column {column}: {detail})</source>
            <translation>ist kein gültiges JSON (Zeile {line}, Spalte {column}: {detail})</translation>
        </message>
        <message>
            <source>Spreadsheet (chosen columns)</source>
            <translation>Tabelle (gewählte Spalten)</translation>
        </message>
        <message numerus="yes">
            <source>{n} rows have one</source>
            <translation>
                <numerusform>1 Zeile hat einen</numerusform>
                <numerusform>{n} Zeilen haben einen</numerusform>
            </translation>
        </message>
        <message>
            <source>pain=COLUMN is required</source>
            <translation>pain=SPALTE ist erforderlich</translation>
        </message>
        <message>
            <source>give either at=COLUMN or date=COLUMN (with time=COLUMN)</source>
            <translation>entweder at=SPALTE oder date=SPALTE (mit time=SPALTE) angeben</translation>
        </message>
        <message>
            <source>time=COLUMN goes with date=COLUMN</source>
            <translation>time=SPALTE gehört zu date=SPALTE</translation>
        </message>
        <message>
            <source>{column} → pain (whole numbers 0–10)</source>
            <translation>{column} → Schmerz (ganze Zahlen 0–10)</translation>
        </message>
        <message>
            <source>{column} → pain (whole numbers 0–10; half points rounded up)</source>
            <translation>{column} → Schmerz (ganze Zahlen 0–10; halbe Punkte aufgerundet)</translation>
        </message>
        <message>
            <source>{column} → pain (whole numbers 0–10; rows with half points left out)</source>
            <translation>{column} → Schmerz (ganze Zahlen 0–10; Zeilen mit halben Punkten weggelassen)</translation>
        </message>
        <message>
            <source>{text!r} is a half point: choose to round it up or to leave the row out</source>
            <translation>{text!r} ist ein halber Punkt: Wählen Sie, ob er aufgerundet oder die Zeile weggelassen wird</translation>
        </message>
        <message>
            <source>{text!r} is a half point, and the diary keeps whole points ({rows})</source>
            <translation>{text!r} ist ein halber Punkt, und das Tagebuch speichert ganze Punkte ({rows})</translation>
        </message>
        <message>
            <source>{column} → when (date and time)</source>
            <translation>{column} → Zeitpunkt (Datum und Uhrzeit)</translation>
        </message>
        <message>
            <source> (map it as date=COLUMN to place entries at 12:00)</source>
            <translation> (als date=SPALTE zuordnen, um Einträge auf 12:00 zu legen)</translation>
        </message>
        <message>
            <source>[Imported: pain {text} rounded up to {pain}]</source>
            <translation>[Importiert: Schmerz {text} aufgerundet auf {pain}]</translation>
        </message>
        <message>
            <source>Rows without a pain value, left out: {n}.</source>
            <translation>Zeilen ohne Schmerzwert, weggelassen: {n}.</translation>
        </message>
        <message>
            <source>Rows with half points, left out: {n}.</source>
            <translation>Zeilen mit halben Punkten, weggelassen: {n}.</translation>
        </message>
        <message>
            <source>{date} + {time} → when</source>
            <translation>{date} + {time} → Zeitpunkt</translation>
        </message>
        <message>
            <source>{date} → when (placed at 12:00: there is no time column)</source>
            <translation>{date} → Zeitpunkt (auf 12:00 gelegt: es gibt keine Uhrzeitspalte)</translation>
        </message>
        <message>
            <source>{column} → note</source>
            <translation>{column} → Notiz</translation>
        </message>
        <message>
            <source>{part!r} is not ROLE=COLUMN</source>
            <translation>{part!r} ist nicht ROLLE=SPALTE</translation>
        </message>
        <message>
            <source>{role!r} is not one of: {roles}</source>
            <translation>{role!r} ist keiner von: {roles}</translation>
        </message>
        <message>
            <source>{role} is given twice</source>
            <translation>{role} ist zweimal angegeben</translation>
        </message>
        <message>
            <source>Half points rounded up to the next whole point: {n} (each entry's note says so).</source>
            <translation>Halbe Punkte auf den nächsten ganzen Punkt aufgerundet: {n} (die Notiz jedes Eintrags sagt es).</translation>
        </message>
        <message>
            <source>line {n}: a half point, left out</source>
            <translation>Zeile {n}: ein halber Punkt, weggelassen</translation>
        </message>
        <message>
            <source>line {n}: no pain value, left out</source>
            <translation>Zeile {n}: kein Schmerzwert, weggelassen</translation>
        </message>
        <message>
            <source>Rows whose category is Symptom are read; other categories are left out.</source>
            <translation>Zeilen der Kategorie Symptom werden gelesen; andere Kategorien werden weggelassen.</translation>
        </message>
        <message>
            <source>date formatted + time of day → when (am 08:00, mid 13:00, pm 19:00, night 22:00, else 12:00)</source>
            <translation>date formatted + Tageszeit → Zeitpunkt (am 08:00, mid 13:00, pm 19:00, night 22:00, sonst 12:00)</translation>
        </message>
        <message>
            <source>Symptoms logged together become one entry; pain = the highest rating, converted from 1–4 to 0–10 (Mild 3, Moderate 5, Severe 8, Unbearable 10), each conversion written in the note</source>
            <translation>Zusammen eingetragene Symptome werden ein Eintrag; Schmerz = die höchste Bewertung, umgerechnet von 1–4 auf 0–10 (Mild 3, Moderate 5, Severe 8, Unbearable 10), jede Umrechnung steht in der Notiz</translation>
        </message>
        <message>
            <source>names no symptom</source>
            <translation>nennt kein Symptom</translation>
        </message>
        <message>
            <source>[Imported from Bearable: {parts}; pain is the highest of these</source>
            <translation>[Importiert aus Bearable: {parts}; Schmerz ist der höchste dieser Werte</translation>
        </message>
        <message>
            <source>; time of day {text!r} placed at 12:00</source>
            <translation>; Tageszeit {text!r} auf 12:00 gelegt</translation>
        </message>
        <message>
            <source>{n} does not match the severity {word!r} in the detail</source>
            <translation>{n} passt nicht zum Schweregrad {word!r} in den Details</translation>
        </message>
        <message>
            <source>{text!r} has no severity (Mild, Moderate, Severe or Unbearable)</source>
            <translation>{text!r} hat keinen Schweregrad (Mild, Moderate, Severe oder Unbearable)</translation>
        </message>
        <message>
            <source>{label}: 1–4 scale value {value} converted to 0–10 as {converted}</source>
            <translation>{label}: Wert {value} der Skala 1–4 in 0–10 umgerechnet als {converted}</translation>
        </message>
        <message>
            <source>Rows of other categories were left out: {listed}.</source>
            <translation>Zeilen anderer Kategorien wurden weggelassen: {listed}.</translation>
        </message>
        <message>
            <source>Date → when (placed at 12:00: check-ins have no time)</source>
            <translation>Date → Zeitpunkt (auf 12:00 gelegt: Check-ins haben keine Uhrzeit)</translation>
        </message>
        <message>
            <source>Tags → note; Foods and weather are left out</source>
            <translation>Tags → Notiz; Lebensmittel und Wetter werden weggelassen</translation>
        </message>
        <message>
            <source>Rated 0–4 (conditions and symptoms): {names}; pain = the highest, converted to 0–10 (1 → 3, 2 → 5, 3 → 8, 4 → 10), each conversion written in the note</source>
            <translation>Bewertet 0–4 (Erkrankungen und Symptome): {names}; Schmerz = die höchste Bewertung, umgerechnet auf 0–10 (1 → 3, 2 → 5, 3 → 8, 4 → 10), jede Umrechnung steht in der Notiz</translation>
        </message>
        <message>
            <source>Treatments, kept in the note: {names}</source>
            <translation>Behandlungen, in der Notiz festgehalten: {names}</translation>
        </message>
        <message>
            <source>[Imported from Flaredown: {parts}; pain is the highest of these]</source>
            <translation>[Importiert aus Flaredown: {parts}; Schmerz ist der höchste dieser Werte]</translation>
        </message>
        <message>
            <source>Check-ins without any rating, left out: {n}.</source>
            <translation>Check-ins ohne jede Bewertung, weggelassen: {n}.</translation>
        </message>
        <message>
            <source>{name}: 0–4 scale value {value} converted to 0–10 as {converted}</source>
            <translation>{name}: Wert {value} der Skala 0–4 in 0–10 umgerechnet als {converted}</translation>
        </message>
        <message>
            <source>Treatments: {list}</source>
            <translation>Behandlungen: {list}</translation>
        </message>
        <message>
            <source>Tags: {list}</source>
            <translation>Tags: {list}</translation>
        </message>
        <message>
            <source>Date + Time → when (local time, as written)</source>
            <translation>Date + Time → Zeitpunkt (Ortszeit, wie geschrieben)</translation>
        </message>
        <message>
            <source>Pain Level → pain (already 0–10, taken as it is)</source>
            <translation>Pain Level → Schmerz (schon 0–10, unverändert übernommen)</translation>
        </message>
        <message>
            <source>Locations → where it hurts (split at ';')</source>
            <translation>Locations → wo es wehtut (getrennt bei ';')</translation>
        </message>
        <message>
            <source>Notes, {columns} → note</source>
            <translation>Notes, {columns} → Notiz</translation>
        </message>
        <message>
            <source>line {n}</source>
            <translation>Zeile {n}</translation>
        </message>
        <message>
            <source>column {name}</source>
            <translation>Spalte {name}</translation>
        </message>
        <message>
            <source>character {n}</source>
            <translation>Zeichen {n}</translation>
        </message>
        <message>
            <source>; analysis settings taken from the file</source>
            <translation>; Analyse-Einstellungen aus der Datei übernommen</translation>
        </message>
        <message>
            <source>{entries} and {sessions}</source>
            <translation>{entries} und {sessions}</translation>
        </message>
        <message>
            <source>Imported {entries} and {sessions}</source>
            <translation>{entries} und {sessions} importiert</translation>
        </message>
        <message>
            <source>; {n} already in your diary were skipped</source>
            <translation>; {n} schon in Ihrem Tagebuch wurden übersprungen</translation>
        </message>
        <message>
            <source>{start} is after {end}</source>
            <translation>{start} liegt nach {end}</translation>
        </message>
        <message>
            <source>{paper!r} is not one of: a4, letter</source>
            <translation>{paper!r} ist keiner von: a4, letter</translation>
        </message>
        <message>
            <source>{name} must end in .pdf</source>
            <translation>{name} muss auf .pdf enden</translation>
        </message>
        <message>
            <source>{name} must end in .pdf or .png</source>
            <translation>{name} muss auf .pdf oder .png enden</translation>
        </message>
        <message>
            <source>is empty (no header row)</source>
            <translation>ist leer (keine Kopfzeile)</translation>
        </message>
        <message>
            <source>appears more than once in the header</source>
            <translation>kommt in der Kopfzeile mehr als einmal vor</translation>
        </message>
        <message>
            <source>a cell is longer than {limit} characters (is a quote left open?)</source>
            <translation>eine Zelle ist länger als {limit} Zeichen (ist ein Anführungszeichen offen geblieben?)</translation>
        </message>
        <message>
            <source>is not valid CSV ({detail})</source>
            <translation>ist kein gültiges CSV ({detail})</translation>
        </message>
        <message>
            <source>byte 0x{byte} is not UTF-8 text, and the file is not Windows-1252 either; save the file as CSV in UTF-8 (in spreadsheets: 'CSV UTF-8' or 'Unicode (UTF-8)')</source>
            <translation>Byte 0x{byte} ist kein UTF-8-Text, und die Datei ist auch nicht Windows-1252; speichern Sie die Datei als CSV in UTF-8 (in Tabellenprogrammen: 'CSV UTF-8' oder 'Unicode (UTF-8)')</translation>
        </message>
        <message>
            <source>holds more than {limit} records, more than one import takes; split it into smaller files</source>
            <translation>enthält mehr als {limit} Datensätze, mehr als ein Import aufnimmt; bitte teilen Sie die Datei in kleinere Dateien auf</translation>
        </message>
        <message>
            <source>is not in the file (its columns: {columns})</source>
            <translation>ist nicht in der Datei (ihre Spalten: {columns})</translation>
        </message>
        <message>
            <source>Jan</source>
            <translation>Jan</translation>
        </message>
        <message>
            <source>Feb</source>
            <translation>Feb</translation>
        </message>
        <message>
            <source>Mar</source>
            <translation>Mär</translation>
        </message>
        <message>
            <source>Apr</source>
            <translation>Apr</translation>
        </message>
        <message>
            <source>May</source>
            <translation>Mai</translation>
        </message>
        <message>
            <source>Jun</source>
            <translation>Jun</translation>
        </message>
        <message>
            <source>Jul</source>
            <translation>Jul</translation>
        </message>
        <message>
            <source>Aug</source>
            <translation>Aug</translation>
        </message>
        <message>
            <source>Sep</source>
            <translation>Sep</translation>
        </message>
        <message>
            <source>Oct</source>
            <translation>Okt</translation>
        </message>
        <message>
            <source>Nov</source>
            <translation>Nov</translation>
        </message>
        <message>
            <source>Dec</source>
            <translation>Dez</translation>
        </message>
        <message>
            <source>{day} {month} {year}</source>
            <translation>{day}. {month} {year}</translation>
        </message>
        <message numerus="yes">
            <source>{count} entries</source>
            <translation>
                <numerusform>{count} Eintrag</numerusform>
                <numerusform>{count} Einträge</numerusform>
            </translation>
        </message>
        <message>
            <source>{whole}.{fraction}</source>
            <translation>{whole},{fraction}</translation>
        </message>
        <message>
            <source>is only for a medicine taken regularly</source>
            <translation>gilt nur für ein regelmäßig eingenommenes Medikament</translation>
        </message>
        <message>
            <source>is only for an opioid</source>
            <translation>gilt nur für ein Opioid</translation>
        </message>
        <message>
            <source>is required (more than 0)</source>
            <translation>ist erforderlich (mehr als 0)</translation>
        </message>
        <message>
            <source>is required (a date)</source>
            <translation>ist erforderlich (ein Datum)</translation>
        </message>
        <message>
            <source>{stop} is before the start, {start}</source>
            <translation>{stop} liegt vor dem Beginn, {start}</translation>
        </message>
        <message>
            <source>{value} is not a whole number from 0 to 4</source>
            <translation>{value} ist keine ganze Zahl von 0 bis 4</translation>
        </message>
        <message>
            <source>{end} is before the start, {start}</source>
            <translation>{end} liegt vor dem Beginn, {start}</translation>
        </message>
        <message>
            <source>{text} could mean {small} or {large}: write it as {small} or {large}</source>
            <translation>{text} kann {small} oder {large} bedeuten: schreiben Sie {small} oder {large}</translation>
        </message>
        <message>
            <source>Is this right?</source>
            <translation>Stimmt das?</translation>
        </message>
        <message>
            <source>{amount} is above the highest possible value ({upper})</source>
            <translation>{amount} liegt über dem höchstmöglichen Wert ({upper})</translation>
        </message>
        <message>
            <source>{text} is not a number (write it like {example})</source>
            <translation>{text} ist keine Zahl (schreiben Sie sie wie {example})</translation>
        </message>
        <message>
            <source>{text} is not a whole number of minutes</source>
            <translation>{text} ist keine ganze Zahl von Minuten</translation>
        </message>
        <message>
            <source>{amount} is not possible: it must be more than 0</source>
            <translation>{amount} ist nicht möglich: Der Wert muss größer als 0 sein</translation>
        </message>
        <message>
            <source>{amount} is not possible: it must be more than 0 (leave it out when it was not recorded)</source>
            <translation>{amount} ist nicht möglich: Der Wert muss größer als 0 sein (lassen Sie ihn weg, wenn er nicht erfasst wurde)</translation>
        </message>
        <message>
            <source>{text} is not a whole number (write it like {example})</source>
            <translation>{text} ist keine ganze Zahl (schreiben Sie sie wie {example})</translation>
        </message>
        <message>
            <source>{per_kg} mg/kg in one session is more than {limit} mg/kg.</source>
            <translation>{per_kg} mg/kg in einer Sitzung sind mehr als {limit} mg/kg.</translation>
        </message>
        <message>
            <source>A session of {amount} is longer than {days} days.</source>
            <translation>Eine Sitzung von {amount} dauert länger als {days} Tage.</translation>
        </message>
        <message>
            <source>{path} could not be read or written ({detail}).</source>
            <translation>{path} konnte nicht gelesen oder geschrieben werden ({detail}).</translation>
        </message>
        <message>
            <source>{path} does not exist.</source>
            <translation>{path} existiert nicht.</translation>
        </message>
        <message>
            <source>{path} is damaged ({detail}).</source>
            <translation>{path} ist beschädigt ({detail}).</translation>
        </message>
        <message>
            <source>The disk is full; the backup could not be written.</source>
            <translation>Der Datenträger ist voll; die Sicherung konnte nicht geschrieben werden.</translation>
        </message>
        <message>
            <source>There is no diary at {path} to back up.</source>
            <translation>Unter {path} gibt es kein Tagebuch zum Sichern.</translation>
        </message>
        <message>
            <source>paindiary is open with this diary (process {pid}); close it first.</source>
            <translation>paindiary hat dieses Tagebuch geöffnet (Prozess {pid}); schließen Sie es zuerst.</translation>
        </message>
        <message>
            <source>side effects point to missing sessions</source>
            <translation>Nebenwirkungen verweisen auf fehlende Sitzungen</translation>
        </message>
        <message>
            <source>{path} could not be read ({reason}).</source>
            <translation>{path} konnte nicht gelesen werden ({reason}).</translation>
        </message>
        <message>
            <source>The backup folder {folder} cannot be written ({reason}).</source>
            <translation>In den Sicherungsordner {folder} kann nicht geschrieben werden ({reason}).</translation>
        </message>
        <message>
            <source>The copy of {path} does not match the diary; try again.</source>
            <translation>Die Kopie von {path} stimmt nicht mit dem Tagebuch überein; bitte erneut versuchen.</translation>
        </message>
        <message>
            <source>{path} could not be written ({reason}).</source>
            <translation>{path} konnte nicht geschrieben werden ({reason}).</translation>
        </message>
        <message>
            <source>{path} could not be copied ({reason}).</source>
            <translation>{path} konnte nicht kopiert werden ({reason}).</translation>
        </message>
        <message>
            <source>The copy of {path} does not match it; nothing was changed.</source>
            <translation>Die Kopie von {path} stimmt nicht damit überein; es wurde nichts geändert.</translation>
        </message>
        <message>
            <source>{path} is not a diary backup.</source>
            <translation>{path} ist keine Tagebuchsicherung.</translation>
        </message>
        <message>
            <source>{path} is damaged: {detail}</source>
            <translation>{path} ist beschädigt: {detail}</translation>
        </message>
        <message>
            <source>{path} was made by a newer version of paindiary; update paindiary to use it.</source>
            <translation>{path} wurde von einer neueren paindiary-Version erstellt; aktualisieren Sie paindiary, um es zu verwenden.</translation>
        </message>
        <message>
            <source>This session is no longer in the diary.</source>
            <translation>Diese Sitzung ist nicht mehr im Tagebuch.</translation>
        </message>
        <message>
            <source>{path} could not be opened: {detail}</source>
            <translation>{path} konnte nicht geöffnet werden: {detail}</translation>
        </message>
        <message>
            <source>{path} could not be upgraded ({detail}); it was not changed.</source>
            <translation>{path} konnte nicht aktualisiert werden ({detail}); die Datei wurde nicht verändert.</translation>
        </message>
        <message>
            <source>This entry is no longer in the diary.</source>
            <translation>Dieser Eintrag ist nicht mehr im Tagebuch.</translation>
        </message>
        <message>
            <source>This side effect is no longer in the diary.</source>
            <translation>Diese Nebenwirkung ist nicht mehr im Tagebuch.</translation>
        </message>
        <message>
            <source>There is no diary at {path}.</source>
            <translation>Unter {path} gibt es kein Tagebuch.</translation>
        </message>
        <message>
            <source>{path} needs an upgrade, which cannot be made while it is read-only.</source>
            <translation>{path} muss aktualisiert werden, was nicht geht, solange die Datei schreibgeschützt ist.</translation>
        </message>
        <message>
            <source>The diary could not be read: {detail}</source>
            <translation>Das Tagebuch konnte nicht gelesen werden: {detail}</translation>
        </message>
        <message>
            <source>{path} is a database, but not a paindiary diary; it was not changed.</source>
            <translation>{path} ist eine Datenbank, aber kein paindiary-Tagebuch; sie wurde nicht verändert.</translation>
        </message>
        <message>
            <source>{path} was written by a newer version of paindiary (schema {revision}). Please update paindiary; the file was not changed.</source>
            <translation>{path} wurde von einer neueren Version von paindiary geschrieben (Schema {revision}). Bitte aktualisieren Sie paindiary; die Datei wurde nicht verändert.</translation>
        </message>
        <message>
            <source>{path} could not be opened ({reason}).</source>
            <translation>{path} konnte nicht geöffnet werden ({reason}).</translation>
        </message>
        <message>
            <source>{path} is damaged or not a diary file ({reason}).</source>
            <translation>{path} ist beschädigt oder keine Tagebuchdatei ({reason}).</translation>
        </message>
        <message>
            <source>Your records were deleted, but another program has the diary open; close it and try again.</source>
            <translation>Ihre Daten wurden gelöscht, aber ein anderes Programm hat das Tagebuch geöffnet; schließen Sie es und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>The diary could not be opened: {detail}</source>
            <translation>Das Tagebuch konnte nicht geöffnet werden: {detail}</translation>
        </message>
        <message>
            <source>Nothing was deleted: {detail}</source>
            <translation>Es wurde nichts gelöscht: {detail}</translation>
        </message>
        <message>
            <source>Your records were deleted, but the file could not be cleaned: {detail}</source>
            <translation>Ihre Daten wurden gelöscht, aber die Datei konnte nicht bereinigt werden: {detail}</translation>
        </message>
        <message>
            <source>the disk is full</source>
            <translation>der Datenträger ist voll</translation>
        </message>
        <message>
            <source>the diary file is read-only</source>
            <translation>die Tagebuchdatei ist schreibgeschützt</translation>
        </message>
        <message>
            <source>the diary is busy in another program</source>
            <translation>das Tagebuch wird gerade von einem anderen Programm verwendet</translation>
        </message>
        <message>
            <source>Nothing was saved: {reason}.</source>
            <translation>Es wurde nichts gespeichert: {reason}.</translation>
        </message>
        <message>
            <source>the diary file could not be written (a disk error or a file size limit)</source>
            <translation>die Tagebuchdatei konnte nicht geschrieben werden (ein Datenträgerfehler oder eine Grenze der Dateigröße)</translation>
        </message>
        <message>
            <source>This medicine is no longer in the diary.</source>
            <translation>Dieses Medikament ist nicht mehr im Tagebuch.</translation>
        </message>
        <message>
            <source>This dose is no longer in the diary.</source>
            <translation>Diese Einnahme ist nicht mehr im Tagebuch.</translation>
        </message>
        <message>
            <source>This treatment is no longer in the diary.</source>
            <translation>Diese Behandlung ist nicht mehr im Tagebuch.</translation>
        </message>
        <message>
            <source>This reading is no longer in the diary.</source>
            <translation>Diese Messung ist nicht mehr im Tagebuch.</translation>
        </message>
        <message>
            <source>This answer is no longer in the diary.</source>
            <translation>Diese Antwort ist nicht mehr im Tagebuch.</translation>
        </message>
        <message>
            <source>This check-in is no longer in the diary.</source>
            <translation>Dieser Check ist nicht mehr im Tagebuch.</translation>
        </message>
        <message>
            <source>id {id} is already in the diary</source>
            <translation>ID {id} ist bereits im Tagebuch</translation>
        </message>
        <message>
            <source>id {id} is already in the diary with other values</source>
            <translation>ID {id} ist bereits mit anderen Werten im Tagebuch</translation>
        </message>
        <message>
            <source>{id} appears twice in the file</source>
            <translation>{id} kommt in der Datei zweimal vor</translation>
        </message>
        <message>
            <source>medicine {id} is neither in the file nor in the diary</source>
            <translation>Medikament {id} ist weder in der Datei noch im Tagebuch</translation>
        </message>
        <message>
            <source>session {id} is neither in the file nor in the diary</source>
            <translation>Sitzung {id} ist weder in der Datei noch im Tagebuch</translation>
        </message>
        <message>
            <source>the log of recent changes (-wal) is cut short</source>
            <translation>das Protokoll der letzten Änderungen (-wal) ist abgeschnitten</translation>
        </message>
        <message>
            <source>the log of recent changes (-wal) is not a SQLite log</source>
            <translation>das Protokoll der letzten Änderungen (-wal) ist kein SQLite-Protokoll</translation>
        </message>
        <message>
            <source>the log of recent changes (-wal) belongs to a different file</source>
            <translation>das Protokoll der letzten Änderungen (-wal) gehört zu einer anderen Datei</translation>
        </message>
        <message>
            <source>the log of recent changes (-wal) has a damaged header</source>
            <translation>das Protokoll der letzten Änderungen (-wal) hat einen beschädigten Kopf</translation>
        </message>
        <message>
            <source>the file is not a SQLite database</source>
            <translation>die Datei ist keine SQLite-Datenbank</translation>
        </message>
        <message>
            <source>the file is a database, but not a diary</source>
            <translation>die Datei ist eine Datenbank, aber kein Tagebuch</translation>
        </message>
        <message>
            <source>the diary was written by a newer version of paindiary (schema {revision})</source>
            <translation>das Tagebuch wurde von einer neueren paindiary-Version geschrieben (Schema {revision})</translation>
        </message>
        <message>
            <source>there is no diary file here</source>
            <translation>hier gibt es keine Tagebuchdatei</translation>
        </message>
        <message>
            <source>{table} row {row} points to a missing {parent} record</source>
            <translation>{table} Zeile {row} verweist auf einen fehlenden Datensatz {parent}</translation>
        </message>
        <message>
            <source>Impression of change on {date}: {answer}.</source>
            <translation>Eindruck der Veränderung am {date}: {answer}.</translation>
        </message>
        <message>
            <source>Impression of change on day {day}: {answer}.</source>
            <translation>Eindruck der Veränderung an Tag {day}: {answer}.</translation>
        </message>
        <message>
            <source>IV infusion</source>
            <translation>Intravenöse Infusion</translation>
        </message>
        <message>
            <source>IM injection</source>
            <translation>Intramuskuläre Injektion</translation>
        </message>
        <message>
            <source>Subcutaneous</source>
            <translation>Subkutan</translation>
        </message>
        <message>
            <source>Intranasal</source>
            <translation>Intranasal</translation>
        </message>
        <message>
            <source>Oral</source>
            <translation>Oral</translation>
        </message>
        <message>
            <source>Local injection</source>
            <translation>Lokale Injektion</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Andere</translation>
        </message>
        <message>
            <source>head</source>
            <translation>Kopf</translation>
        </message>
        <message>
            <source>neck</source>
            <translation>Nacken</translation>
        </message>
        <message>
            <source>shoulders</source>
            <translation>Schultern</translation>
        </message>
        <message>
            <source>arms</source>
            <translation>Arme</translation>
        </message>
        <message>
            <source>hands</source>
            <translation>Hände</translation>
        </message>
        <message>
            <source>chest</source>
            <translation>Brust</translation>
        </message>
        <message>
            <source>back</source>
            <translation>Rücken</translation>
        </message>
        <message>
            <source>hips</source>
            <translation>Hüften</translation>
        </message>
        <message>
            <source>legs</source>
            <translation>Beine</translation>
        </message>
        <message>
            <source>feet</source>
            <translation>Füße</translation>
        </message>
        <message>
            <source>left foot</source>
            <translation>linker Fuß</translation>
        </message>
        <message>
            <source>left ankle</source>
            <translation>linker Knöchel</translation>
        </message>
        <message>
            <source>left calf</source>
            <translation>linke Wade</translation>
        </message>
        <message>
            <source>lower back</source>
            <translation>unterer Rücken</translation>
        </message>
        <message>
            <source>right hand</source>
            <translation>rechte Hand</translation>
        </message>
        <message>
            <source>ketamine</source>
            <translation>Ketamin</translation>
        </message>
        <message>
            <source>esketamine</source>
            <translation>Esketamin</translation>
        </message>
        <message>
            <source>Dissociation</source>
            <translation>Dissoziation</translation>
        </message>
        <message>
            <source>Hallucinations</source>
            <translation>Halluzinationen</translation>
        </message>
        <message>
            <source>Visual disturbances</source>
            <translation>Sehstörungen</translation>
        </message>
        <message>
            <source>Disorientation</source>
            <translation>Desorientierung</translation>
        </message>
        <message>
            <source>Dizziness</source>
            <translation>Schwindel</translation>
        </message>
        <message>
            <source>Drowsiness</source>
            <translation>Schläfrigkeit</translation>
        </message>
        <message>
            <source>Nausea</source>
            <translation>Übelkeit</translation>
        </message>
        <message>
            <source>Vomiting</source>
            <translation>Erbrechen</translation>
        </message>
        <message>
            <source>Headache</source>
            <translation>Kopfschmerzen</translation>
        </message>
        <message>
            <source>Elevated heart rate</source>
            <translation>Erhöhter Puls</translation>
        </message>
        <message>
            <source>Elevated blood pressure</source>
            <translation>Erhöhter Blutdruck</translation>
        </message>
        <message>
            <source>Increased secretions</source>
            <translation>Vermehrte Sekretbildung</translation>
        </message>
        <message>
            <source>Anxiety</source>
            <translation>Angst</translation>
        </message>
        <message>
            <source>Agitation</source>
            <translation>Unruhe</translation>
        </message>
        <message>
            <source>Bladder symptoms</source>
            <translation>Blasenbeschwerden</translation>
        </message>
        <message>
            <source>Memory or concentration</source>
            <translation>Gedächtnis oder Konzentration</translation>
        </message>
        <message>
            <source>mild</source>
            <translation>leicht</translation>
        </message>
        <message>
            <source>moderate</source>
            <translation>mittel</translation>
        </message>
        <message>
            <source>severe</source>
            <translation>schwer</translation>
        </message>
        <message>
            <source>too little diary before</source>
            <translation>zu wenig Tagebuch davor</translation>
        </message>
        <message>
            <source>no pain before</source>
            <translation>kein Schmerz davor</translation>
        </message>
        <message>
            <source>no entries after</source>
            <translation>keine Einträge danach</translation>
        </message>
        <message>
            <source>no early entries</source>
            <translation>keine frühen Einträge</translation>
        </message>
    </context>
</TS>
