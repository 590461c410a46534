<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
    <context>
        <name>AmountField</name>
        <message>
            <source>Not recorded</source>
            <translation>No registrado</translation>
        </message>
    </context>
    <context>
        <name>AppointmentPage</name>
        <message>
            <source>Appointment</source>
            <translation>Cita</translation>
        </message>
        <message>
            <source>Save &amp;PDF…</source>
            <translation>Guardar &amp;PDF…</translation>
        </message>
        <message>
            <source>P&amp;rint…</source>
            <translation>Imp&amp;rimir…</translation>
        </message>
        <message>
            <source>Save &amp;images…</source>
            <translation>Guardar como &amp;imágenes…</translation>
        </message>
        <message>
            <source>Courses</source>
            <translation>Ciclos</translation>
        </message>
        <message>
            <source>My questions</source>
            <translation>Mis preguntas</translation>
        </message>
        <message>
            <source>New question</source>
            <translation>Nueva pregunta</translation>
        </message>
        <message>
            <source>A question for your next appointment</source>
            <translation>Una pregunta para su próxima cita</translation>
        </message>
        <message>
            <source>&amp;Add question</source>
            <translation>Aña&amp;dir pregunta</translation>
        </message>
        <message>
            <source>Re&amp;move question</source>
            <translation>&amp;Quitar pregunta</translation>
        </message>
        <message>
            <source>At a glance</source>
            <translation>De un vistazo</translation>
        </message>
        <message>
            <source>Next session: {text}</source>
            <translation>Próxima sesión: {text}</translation>
        </message>
        <message>
            <source>Nothing of the listed kinds was found.</source>
            <translation>No se encontró nada de lo que se enumera.</translation>
        </message>
        <message>
            <source>{question} (for the session on {date})</source>
            <translation>{question} (para la sesión del {date})</translation>
        </message>
        <message>
            <source>Question not added</source>
            <translation>Pregunta no añadida</translation>
        </message>
        <message>
            <source>Add question</source>
            <translation>Añadir pregunta</translation>
        </message>
        <message>
            <source>Remove question</source>
            <translation>Quitar pregunta</translation>
        </message>
        <message>
            <source>Tick off question</source>
            <translation>Marcar pregunta</translation>
        </message>
    </context>
    <context>
        <name>BackupsDialog</name>
        <message>
            <source>Daily</source>
            <translation>Diaria</translation>
        </message>
        <message>
            <source>Before an upgrade</source>
            <translation>Antes de una actualización</translation>
        </message>
        <message>
            <source>Before an import</source>
            <translation>Antes de una importación</translation>
        </message>
        <message>
            <source>Before a restore</source>
            <translation>Antes de una restauración</translation>
        </message>
        <message>
            <source>Before deleting all data</source>
            <translation>Antes de borrar todos los datos</translation>
        </message>
        <message>
            <source>Made by you</source>
            <translation>Hecha por usted</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Copias de seguridad</translation>
        </message>
        <message>
            <source>Made</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Tamaño</translation>
        </message>
        <message>
            <source>Entries</source>
            <translation>Registros</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Sesiones</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Comprobación</translation>
        </message>
        <message>
            <source>Backups of your diary</source>
            <translation>Copias de seguridad de su diario</translation>
        </message>
        <message>
            <source>Back up now</source>
            <translation>Hacer copia ahora</translation>
        </message>
        <message>
            <source>Make a backup of your diary now</source>
            <translation>Hacer ahora una copia de seguridad de su diario</translation>
        </message>
        <message>
            <source>Verify</source>
            <translation>Comprobar</translation>
        </message>
        <message>
            <source>Check that the selected backup is intact</source>
            <translation>Comprobar que la copia seleccionada está intacta</translation>
        </message>
        <message>
            <source>Restore…</source>
            <translation>Restaurar…</translation>
        </message>
        <message>
            <source>Replace your diary with the selected backup (your diary is backed up first)</source>
            <translation>Sustituir su diario por la copia seleccionada (antes se hace una copia de su diario)</translation>
        </message>
        <message>
            <source>Open folder</source>
            <translation>Abrir carpeta</translation>
        </message>
        <message>
            <source>Show the folder that holds the backups in your file manager</source>
            <translation>Mostrar en el gestor de archivos la carpeta con las copias</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>paindiary backs up your diary once a day, and before every upgrade, import and restore. It keeps the last 7 days, 4 weeks and 12 months, and every backup you make yourself, in:
{folder}</source>
            <translation>paindiary hace una copia de su diario una vez al día y antes de cada actualización, importación y restauración. Conserva los últimos 7 días, 4 semanas y 12 meses, y cada copia que haga usted, en:
{folder}</translation>
        </message>
        <message>
            <source>Unreadable</source>
            <translation>Ilegible</translation>
        </message>
        <message>
            <source>The backup could not be made.</source>
            <translation>No se pudo hacer la copia de seguridad.</translation>
        </message>
        <message>
            <source>Backup made: {name}</source>
            <translation>Copia hecha: {name}</translation>
        </message>
        <message>
            <source>Damaged</source>
            <translation>Dañada</translation>
        </message>
        <message>
            <source>Unusable</source>
            <translation>Inservible</translation>
        </message>
        <message>
            <source>Intact</source>
            <translation>Intacta</translation>
        </message>
        <message>
            <source>The backup from {made} is intact: {entries}, {sessions}.</source>
            <translation>La copia del {made} está intacta: {entries}, {sessions}.</translation>
        </message>
        <message numerus="yes">
            <source>%n entries</source>
            <translation>
                <numerusform>%n registro</numerusform>
                <numerusform>%n registros</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n sessions</source>
            <translation>
                <numerusform>%n sesión</numerusform>
                <numerusform>%n sesiones</numerusform>
            </translation>
        </message>
        <message>
            <source>Cannot restore</source>
            <translation>No se puede restaurar</translation>
        </message>
        <message>
            <source>Replace your diary ({current} entries) with the backup from {made} ({entries} entries, {sessions} sessions)?

Your diary as it is now is backed up first, so you can come back to it.</source>
            <translation>¿Sustituir su diario ({current} registros) por la copia del {made} ({entries} registros, {sessions} sesiones)?

Antes se hace una copia de su diario tal como está ahora, así que podrá volver a él.</translation>
        </message>
        <message>
            <source>Restore this backup?</source>
            <translation>¿Restaurar esta copia?</translation>
        </message>
        <message>
            <source>The backup could not be restored.</source>
            <translation>No se pudo restaurar la copia.</translation>
        </message>
        <message>
            <source>Restored the backup from {made}.</source>
            <translation>Se restauró la copia del {made}.</translation>
        </message>
        <message>
            <source>Your diary as it was is kept as {name}.</source>
            <translation>Su diario anterior se conserva como {name}.</translation>
        </message>
        <message>
            <source>&amp;Backups…</source>
            <translation>&amp;Copias de seguridad…</translation>
        </message>
        <message>
            <source>See, verify and restore backups of your diary</source>
            <translation>Ver, comprobar y restaurar copias de seguridad de su diario</translation>
        </message>
    </context>
    <context>
        <name>BloodPressureDialog</name>
        <message>
            <source>Blood pressure at home</source>
            <translation>Presión arterial en casa</translation>
        </message>
        <message>
            <source>Date and time</source>
            <translation>Fecha y hora</translation>
        </message>
        <message>
            <source>Systolic (upper number)</source>
            <translation>Sistólica (valor superior)</translation>
        </message>
        <message>
            <source>Diastolic (lower number)</source>
            <translation>Diastólica (valor inferior)</translation>
        </message>
        <message>
            <source>Heart rate</source>
            <translation>Frecuencia cardíaca</translation>
        </message>
        <message>
            <source>When:</source>
            <translation>Cuándo:</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>Note:</source>
            <translation>Nota:</translation>
        </message>
        <message>
            <source>Save the reading</source>
            <translation>Guardar la medición</translation>
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
            <translation>Gráfico</translation>
        </message>
        <message>
            <source>Pain over time</source>
            <translation>Dolor a lo largo del tiempo</translation>
        </message>
        <message>
            <source>Relief after each course</source>
            <translation>Alivio tras cada ciclo</translation>
        </message>
        <message>
            <source>How long relief lasted</source>
            <translation>Cuánto duró el alivio</translation>
        </message>
        <message>
            <source>Side effects</source>
            <translation>Efectos secundarios</translation>
        </message>
        <message>
            <source>Range</source>
            <translation>Periodo</translation>
        </message>
        <message>
            <source>Last 3 months</source>
            <translation>Últimos 3 meses</translation>
        </message>
        <message>
            <source>Last 12 months</source>
            <translation>Últimos 12 meses</translation>
        </message>
        <message>
            <source>Everything</source>
            <translation>Todo</translation>
        </message>
        <message>
            <source>Course to highlight</source>
            <translation>Ciclo que resaltar</translation>
        </message>
        <message>
            <source>Latest course</source>
            <translation>Último ciclo</translation>
        </message>
        <message>
            <source>Kind of course to compare</source>
            <translation>Tipo de ciclo que comparar</translation>
        </message>
        <message>
            <source>Co&amp;mpare:</source>
            <translation>Co&amp;mparar:</translation>
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation>E&amp;xportar…</translation>
        </message>
        <message>
            <source>Save this chart as PNG, SVG or PDF</source>
            <translation>Guardar este gráfico como PNG, SVG o PDF</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Copiar</translation>
        </message>
        <message>
            <source>Copy this chart to the clipboard as an image</source>
            <translation>Copiar este gráfico al portapapeles como imagen</translation>
        </message>
        <message>
            <source>Ch&amp;art:</source>
            <translation>&amp;Gráfico:</translation>
        </message>
        <message>
            <source>&amp;Range:</source>
            <translation>&amp;Periodo:</translation>
        </message>
        <message>
            <source>C&amp;ourse:</source>
            <translation>C&amp;iclo:</translation>
        </message>
        <message>
            <source>Chart: {name}</source>
            <translation>Gráfico: {name}</translation>
        </message>
        <message>
            <source>Show the whole chart again</source>
            <translation>Mostrar de nuevo el gráfico completo</translation>
        </message>
        <message>
            <source>Back to the previous view</source>
            <translation>Volver a la vista anterior</translation>
        </message>
        <message>
            <source>Forward to the next view</source>
            <translation>Avanzar a la vista siguiente</translation>
        </message>
        <message>
            <source>Pan: drag the chart with the left button, zoom with the right</source>
            <translation>Desplazar: arrastre el gráfico con el botón izquierdo; amplíe con el derecho</translation>
        </message>
        <message>
            <source>Zoom: drag a rectangle around the part to see</source>
            <translation>Ampliar: trace un rectángulo alrededor de la zona que quiere ver</translation>
        </message>
        <message>
            <source>Zoom and pan</source>
            <translation>Ampliar y desplazar</translation>
        </message>
        <message>
            <source>PNG image (*.png)</source>
            <translation>Imagen PNG (*.png)</translation>
        </message>
        <message>
            <source>SVG drawing (*.svg)</source>
            <translation>Dibujo SVG (*.svg)</translation>
        </message>
        <message>
            <source>PDF document (*.pdf)</source>
            <translation>Documento PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Export the chart</source>
            <translation>Exportar el gráfico</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>Error al exportar</translation>
        </message>
        <message>
            <source>The chart was not saved: {reason}</source>
            <translation>El gráfico no se guardó: {reason}</translation>
        </message>
        <message>
            <source>Saved the chart to {path}.</source>
            <translation>Gráfico guardado en {path}.</translation>
        </message>
        <message>
            <source>Copied the chart to the clipboard.</source>
            <translation>Gráfico copiado al portapapeles.</translation>
        </message>
    </context>
    <context>
        <name>CheckinDialog</name>
        <message>
            <source>Bladder check-in</source>
            <translation>Control de la vejiga</translation>
        </message>
        <message>
            <source>Since your last check-in, have you had any of these?</source>
            <translation>Desde el último control, ¿ha tenido algo de esto?</translation>
        </message>
        <message>
            <source>Going more often than usual</source>
            <translation>Orinar más a menudo de lo habitual</translation>
        </message>
        <message>
            <source>Urgency (having to go at once)</source>
            <translation>Urgencia (tener que ir de inmediato)</translation>
        </message>
        <message>
            <source>Pain passing urine or in the lower belly</source>
            <translation>Dolor al orinar o en la parte baja del vientre</translation>
        </message>
        <message>
            <source>Blood in urine</source>
            <translation>Sangre en la orina</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>Note (optional)</source>
            <translation>Nota (opcional)</translation>
        </message>
        <message>
            <source>Save the check-in</source>
            <translation>Guardar el control</translation>
        </message>
    </context>
    <context>
        <name>CheckinPrompt</name>
        <message>
            <source>Time for a short bladder check-in: four yes/no questions about the last weeks.</source>
            <translation>Es momento de un breve control de la vejiga: cuatro preguntas de sí o no sobre las últimas semanas.</translation>
        </message>
        <message>
            <source>Bladder check-in prompt</source>
            <translation>Aviso del control de la vejiga</translation>
        </message>
        <message>
            <source>Check in…</source>
            <translation>Hacer el control…</translation>
        </message>
        <message>
            <source>Open the bladder check-in</source>
            <translation>Abrir el control de la vejiga</translation>
        </message>
        <message>
            <source>Not now</source>
            <translation>Ahora no</translation>
        </message>
        <message>
            <source>Skip the bladder check-in</source>
            <translation>Omitir el control de la vejiga</translation>
        </message>
    </context>
    <context>
        <name>ChipBox</name>
        <message>
            <source>Another place…</source>
            <translation>Otra zona…</translation>
        </message>
        <message>
            <source>Add a body region</source>
            <translation>Añadir una zona del cuerpo</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Añadir</translation>
        </message>
        <message>
            <source>Add this body region</source>
            <translation>Añadir esta zona del cuerpo</translation>
        </message>
        <message>
            <source>Body region: {name}</source>
            <translation>Zona del cuerpo: {name}</translation>
        </message>
    </context>
    <context>
        <name>ClinicActions</name>
        <message>
            <source>Blood pressure…</source>
            <translation>Presión arterial…</translation>
        </message>
        <message>
            <source>Bladder check-in…</source>
            <translation>Control de la vejiga…</translation>
        </message>
    </context>
    <context>
        <name>CloseQuestion</name>
        <message>
            <source>Save what you typed?</source>
            <translation>¿Guardar lo que escribió?</translation>
        </message>
        <message>
            <source>Today's entry has not been saved yet. Save it before closing?</source>
            <translation>La entrada de hoy aún no se ha guardado. ¿Guardarla antes de cerrar?</translation>
        </message>
    </context>
    <context>
        <name>CoTreatmentDialog</name>
        <message>
            <source>Change treatment</source>
            <translation>Cambiar tratamiento</translation>
        </message>
        <message>
            <source>Add another treatment</source>
            <translation>Añadir otro tratamiento</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Inicio</translation>
        </message>
        <message>
            <source>Until</source>
            <translation>Hasta</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>Tipo:</translation>
        </message>
        <message>
            <source>Start:</source>
            <translation>Inicio:</translation>
        </message>
        <message>
            <source>Note:</source>
            <translation>Nota:</translation>
        </message>
        <message>
            <source>Save treatment</source>
            <translation>Guardar tratamiento</translation>
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
            <translation>Último ciclo</translation>
        </message>
        <message>
            <source>Course {number} ({date})</source>
            <translation>Ciclo {number} ({date})</translation>
        </message>
    </context>
    <context>
        <name>DeleteDataDialog</name>
        <message>
            <source>Delete all my data</source>
            <translation>Borrar todos mis datos</translation>
        </message>
        <message>
            <source>This deletes every pain entry, treatment session, side effect and setting from your diary on this computer ({entries} entries, {sessions} sessions). The diary file is cleaned so that none of it can be read back from it.</source>
            <translation>Esto borra todos los registros de dolor, sesiones de tratamiento, efectos secundarios y ajustes de su diario en este ordenador ({entries} registros, {sessions} sesiones). El archivo del diario se limpia para que no se pueda recuperar nada de él.</translation>
        </message>
        <message>
            <source>Export a copy first…</source>
            <translation>Exportar antes una copia…</translation>
        </message>
        <message>
            <source>Export a copy first</source>
            <translation>Exportar antes una copia</translation>
        </message>
        <message>
            <source>Save the whole diary to a file you choose before deleting it</source>
            <translation>Guardar todo el diario en un archivo que usted elija antes de borrarlo</translation>
        </message>
        <message>
            <source>To confirm, type {word}:</source>
            <translation>Para confirmar, escriba {word}:</translation>
        </message>
        <message>
            <source>Type {word} to confirm</source>
            <translation>Escriba {word} para confirmar</translation>
        </message>
        <message>
            <source>Also delete all backups of the diary, in {folder}, and any damaged copy set aside beside the diary</source>
            <translation>Borrar también todas las copias de seguridad del diario, en {folder}, y cualquier copia dañada apartada junto al diario</translation>
        </message>
        <message>
            <source>Also delete all backups</source>
            <translation>Borrar también todas las copias</translation>
        </message>
        <message>
            <source>Unticked, the backups stay, and one more is made just before, so this can be undone.</source>
            <translation>Sin marcar, las copias se conservan y se hace una más justo antes, así que se puede deshacer.</translation>
        </message>
        <message>
            <source>Delete everything</source>
            <translation>Borrar todo</translation>
        </message>
        <message>
            <source>Delete all records from the diary now</source>
            <translation>Borrar ahora todos los datos del diario</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <source>Export your diary</source>
            <translation>Exportar su diario</translation>
        </message>
        <message>
            <source>paindiary JSON document (*.json)</source>
            <translation>Documento JSON de paindiary (*.json)</translation>
        </message>
        <message>
            <source>Not exported: {reason}</source>
            <translation>No se exportó: {reason}</translation>
        </message>
        <message>
            <source>Exported {what} to {path}.</source>
            <translation>{what} exportado a {path}.</translation>
        </message>
        <message>
            <source>Nothing was deleted: {reason}</source>
            <translation>No se borró nada: {reason}</translation>
        </message>
        <message>
            <source>All your records were deleted, and {count} backups with them. Files you exported yourself were not touched.</source>
            <translation>Se borraron todos sus datos y, con ellos, {count} copias de seguridad. Los archivos que exportó usted no se han tocado.</translation>
        </message>
        <message>
            <source>Other copies of the diary removed: {names}</source>
            <translation>Otras copias del diario eliminadas: {names}</translation>
        </message>
        <message>
            <source>All your records were deleted. Backups of your diary, including one made just before, are still kept in:
{folder}
Delete that folder to remove every copy; File ▸ Backups can restore one.</source>
            <translation>Se borraron todos sus datos. Las copias de seguridad de su diario, incluida una hecha justo antes, siguen guardadas en:
{folder}
Borre esa carpeta para eliminar todas las copias; Archivo ▸ Copias de seguridad puede restaurar una.</translation>
        </message>
        <message>
            <source>These copies of the diary are still there: {paths}</source>
            <translation>Estas copias del diario siguen ahí: {paths}</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>&amp;Delete all my data…</source>
            <translation>&amp;Borrar todos mis datos…</translation>
        </message>
        <message>
            <source>Delete every record from this diary, after an optional export</source>
            <translation>Borrar todos los datos de este diario, si quiere tras exportarlos</translation>
        </message>
    </context>
    <context>
        <name>DiaryView</name>
        <message>
            <source>Show entries from</source>
            <translation>Mostrar registros desde</translation>
        </message>
        <message>
            <source>Show entries until</source>
            <translation>Mostrar registros hasta</translation>
        </message>
        <message>
            <source>Show all</source>
            <translation>Mostrar todo</translation>
        </message>
        <message>
            <source>Show every entry</source>
            <translation>Mostrar todos los registros</translation>
        </message>
        <message>
            <source>Search notes and places (Ctrl+F)</source>
            <translation>Buscar en notas y lugares (Ctrl+F)</translation>
        </message>
        <message>
            <source>Search notes and places</source>
            <translation>Buscar en notas y lugares</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Buscar</translation>
        </message>
        <message>
            <source>Clear the search</source>
            <translation>Borrar la búsqueda</translation>
        </message>
        <message>
            <source>Diary entries</source>
            <translation>Registros del diario</translation>
        </message>
        <message>
            <source>Add entry…</source>
            <translation>Añadir entrada…</translation>
        </message>
        <message>
            <source>Add an entry for any day and time</source>
            <translation>Añadir una entrada para cualquier día y hora</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Editar…</translation>
        </message>
        <message>
            <source>Edit the selected entry</source>
            <translation>Editar el registro seleccionado</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Borrar</translation>
        </message>
        <message>
            <source>Delete the selected entries</source>
            <translation>Borrar los registros seleccionados</translation>
        </message>
        <message>
            <source>Delete (Del). Ctrl+Z brings them back.</source>
            <translation>Borrar (Supr). Ctrl+Z los recupera.</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Desde</translation>
        </message>
        <message>
            <source>to</source>
            <translation>hasta</translation>
        </message>
        <message>
            <source>Diary</source>
            <translation>Diario</translation>
        </message>
        <message numerus="yes">
            <source>Restored %n entries.</source>
            <translation>
                <numerusform>Se restauró %n registro.</numerusform>
                <numerusform>Se restauraron %n registros.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n entries shown</source>
            <translation>
                <numerusform>%n registro mostrado</numerusform>
                <numerusform>%n registros mostrados</numerusform>
            </translation>
        </message>
        <message>
            <source>Add entry</source>
            <translation>Añadir entrada</translation>
        </message>
        <message>
            <source>not saved: the time is in the future</source>
            <translation>no guardada: la hora está en el futuro</translation>
        </message>
        <message numerus="yes">
            <source>Deleted %n entries. Ctrl+Z brings them back.</source>
            <translation>
                <numerusform>%n registro borrado. Ctrl+Z lo recupera.</numerusform>
                <numerusform>%n registros borrados. Ctrl+Z los recupera.</numerusform>
            </translation>
        </message>
        <message>
            <source>Not deleted</source>
            <translation>No borrado</translation>
        </message>
    </context>
    <context>
        <name>DraftOffer</name>
        <message>
            <source>Restore what you were typing on {when}? It was not saved.</source>
            <translation>¿Restaurar lo que estaba escribiendo el {when}? No se guardó.</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Restaurar</translation>
        </message>
        <message>
            <source>Restore what you were typing</source>
            <translation>Restaurar lo que estaba escribiendo</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Descartar</translation>
        </message>
        <message>
            <source>Discard what you were typing</source>
            <translation>Descartar lo que estaba escribiendo</translation>
        </message>
    </context>
    <context>
        <name>EntryDialog</name>
        <message>
            <source>Edit entry</source>
            <translation>Editar registro</translation>
        </message>
        <message>
            <source>Date and time</source>
            <translation>Fecha y hora</translation>
        </message>
        <message>
            <source>Worst pain today, 0 to 10</source>
            <translation>Dolor máximo de hoy, de 0 a 10</translation>
        </message>
        <message>
            <source>Interference with enjoyment of life, 0 to 10</source>
            <translation>Interferencia con el disfrute de la vida, de 0 a 10</translation>
        </message>
        <message>
            <source>Interference with general activity, 0 to 10</source>
            <translation>Interferencia con la actividad general, de 0 a 10</translation>
        </message>
        <message>
            <source>Interference with sleep last night, 0 to 10</source>
            <translation>Interferencia con el sueño anoche, de 0 a 10</translation>
        </message>
        <message>
            <source>Mood today, 0 to 10</source>
            <translation>Estado de ánimo hoy, de 0 a 10</translation>
        </message>
        <message>
            <source>My clinician may read this note in the appointment report</source>
            <translation>Mi médico puede leer esta nota en el informe para la cita</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>Problem with this entry</source>
            <translation>Problema con este registro</translation>
        </message>
        <message>
            <source>When:</source>
            <translation>Cuándo:</translation>
        </message>
        <message>
            <source>Pain (0 = no pain, 10 = worst imaginable):</source>
            <translation>Dolor (0 = sin dolor, 10 = el peor dolor imaginable):</translation>
        </message>
        <message>
            <source>Worst pain that day:</source>
            <translation>Dolor máximo de ese día:</translation>
        </message>
        <message>
            <source>Interference with enjoyment of life:</source>
            <translation>Interferencia con el disfrute de la vida:</translation>
        </message>
        <message>
            <source>Interference with general activity:</source>
            <translation>Interferencia con la actividad general:</translation>
        </message>
        <message>
            <source>Interference with sleep last night:</source>
            <translation>Interferencia con el sueño anoche:</translation>
        </message>
        <message>
            <source>Mood (0 = very low, 10 = very good):</source>
            <translation>Estado de ánimo (0 = muy bajo, 10 = muy bueno):</translation>
        </message>
        <message>
            <source>Where:</source>
            <translation>Dónde:</translation>
        </message>
        <message>
            <source>Note:</source>
            <translation>Nota:</translation>
        </message>
        <message>
            <source>choose a score from 0 to 10</source>
            <translation>elija un valor de 0 a 10</translation>
        </message>
        <message>
            <source>Pain</source>
            <translation>Dolor</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Dónde</translation>
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
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Hora</translation>
        </message>
        <message>
            <source>Pain</source>
            <translation>Dolor</translation>
        </message>
        <message>
            <source>Worst</source>
            <translation>Máximo</translation>
        </message>
        <message>
            <source>Enjoyment</source>
            <translation>Disfrute</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Actividad</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Dónde</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>Something went wrong</source>
            <translation>Algo salió mal</translation>
        </message>
        <message>
            <source>paindiary ran into an unexpected problem. What you saved before is safe in your diary.</source>
            <translation>paindiary se encontró con un problema inesperado. Lo que guardó antes está a salvo en su diario.</translation>
        </message>
        <message>
            <source>The details were written to {path}. You can keep working, or close and restart paindiary.</source>
            <translation>Los detalles se guardaron en {path}. Puede seguir trabajando, o cerrar y volver a abrir paindiary.</translation>
        </message>
    </context>
    <context>
        <name>FilePage</name>
        <message>
            <source>Choose a file</source>
            <translation>Elegir un archivo</translation>
        </message>
        <message>
            <source>A paindiary CSV or JSON file, an export of Pain Tracker, Bearable or Flaredown, or any spreadsheet saved as CSV. Nothing is written until you press Import.</source>
            <translation>Un archivo CSV o JSON de paindiary, una exportación de Pain Tracker, Bearable o Flaredown, o cualquier hoja de cálculo guardada como CSV. No se escribe nada hasta que pulse Importar.</translation>
        </message>
        <message>
            <source>File to import</source>
            <translation>Archivo que importar</translation>
        </message>
        <message>
            <source>Path of the file</source>
            <translation>Ruta del archivo</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Elegir…</translation>
        </message>
        <message>
            <source>Choose the file to import</source>
            <translation>Elegir el archivo que importar</translation>
        </message>
        <message>
            <source>Open a file chooser</source>
            <translation>Abrir un selector de archivos</translation>
        </message>
        <message>
            <source>File format</source>
            <translation>Formato del archivo</translation>
        </message>
        <message>
            <source>Problem with the file</source>
            <translation>Problema con el archivo</translation>
        </message>
        <message>
            <source>File:</source>
            <translation>Archivo:</translation>
        </message>
        <message>
            <source>Format:</source>
            <translation>Formato:</translation>
        </message>
        <message>
            <source>Choose a file to import</source>
            <translation>Elegir un archivo para importar</translation>
        </message>
        <message>
            <source>Diary files (*.csv *.tsv *.txt *.json);;All files (*)</source>
            <translation>Archivos de diario (*.csv *.tsv *.txt *.json);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Reading {name}…</source>
            <translation>Leyendo {name}…</translation>
        </message>
        <message>
            <source>Reading was cancelled; nothing was imported.</source>
            <translation>Se canceló la lectura; no se importó nada.</translation>
        </message>
    </context>
    <context>
        <name>FirstRunPanel</name>
        <message>
            <source>Welcome to paindiary</source>
            <translation>Le damos la bienvenida a paindiary</translation>
        </message>
        <message>
            <source>&lt;ol&gt;&lt;li&gt;&lt;b&gt;Log your pain&lt;/b&gt; — pick a number below and press Save. A few seconds, as often as you like.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Record each treatment session&lt;/b&gt; — date, dose and any side effects (Sessions, Ctrl+Shift+N).&lt;/li&gt;&lt;li&gt;&lt;b&gt;See how long relief lasts&lt;/b&gt; — paindiary compares your pain after each session with the week before it (Charts), and makes a one-page report for your appointments.&lt;/li&gt;&lt;/ol&gt;Your diary stays on this computer. paindiary reports what you logged; it gives no medical advice.</source>
            <translation>&lt;ol&gt;&lt;li&gt;&lt;b&gt;Registre su dolor&lt;/b&gt;: elija un número abajo y pulse Guardar. Unos segundos, tantas veces como quiera.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Anote cada sesión de tratamiento&lt;/b&gt;: fecha, dosis y posibles efectos secundarios (Sesiones, Ctrl+Mayús+N).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Vea cuánto dura el alivio&lt;/b&gt;: paindiary compara su dolor tras cada sesión con la semana anterior (Gráficos) y prepara un informe de una página para sus citas.&lt;/li&gt;&lt;/ol&gt;Su diario se queda en este ordenador. paindiary muestra lo que usted registró; no da consejos médicos.</translation>
        </message>
        <message>
            <source>Explore with sample data</source>
            <translation>Explorar con datos de ejemplo</translation>
        </message>
        <message>
            <source>Opens a separate window with two years of made-up entries. Your diary is not touched.</source>
            <translation>Abre una ventana aparte con dos años de registros inventados. Su diario no se toca.</translation>
        </message>
        <message>
            <source>Start my diary</source>
            <translation>Empezar mi diario</translation>
        </message>
    </context>
    <context>
        <name>HalfPointChoice</name>
        <message>
            <source>Question about half points</source>
            <translation>Pregunta sobre medios puntos</translation>
        </message>
        <message>
            <source>Round them up (6,5 becomes 7)</source>
            <translation>Redondearlos hacia arriba (6,5 pasa a 7)</translation>
        </message>
        <message>
            <source>Round half points up</source>
            <translation>Redondear los medios puntos hacia arriba</translation>
        </message>
        <message>
            <source>Leave those rows out</source>
            <translation>Omitir esas filas</translation>
        </message>
        <message>
            <source>Leave rows with half points out</source>
            <translation>Omitir las filas con medios puntos</translation>
        </message>
        <message>
            <source>Problem with the half points</source>
            <translation>Problema con los medios puntos</translation>
        </message>
        <message>
            <source>1 row has a half point (“{example}” on line {line}).</source>
            <translation>1 fila tiene un medio punto («{example}» en la línea {line}).</translation>
        </message>
        <message>
            <source>{count} rows have half points, like “{example}” on line {line}.</source>
            <translation>{count} filas tienen medios puntos, como «{example}» en la línea {line}.</translation>
        </message>
        <message>
            <source>The diary keeps whole points: what should happen to them?</source>
            <translation>El diario guarda puntos enteros: ¿qué debe hacerse con ellos?</translation>
        </message>
        <message>
            <source>Choose one of these to go on.</source>
            <translation>Elija una de estas opciones para continuar.</translation>
        </message>
    </context>
    <context>
        <name>HelpActions</name>
        <message>
            <source>How &amp;relief is measured</source>
            <translation>Cómo se mide el &amp;alivio</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Atajos de teclado</translation>
        </message>
    </context>
    <context>
        <name>HelpedPrompt</name>
        <message>
            <source>0 not at all</source>
            <translation>0 nada</translation>
        </message>
        <message>
            <source>4 completely</source>
            <translation>4 por completo</translation>
        </message>
        <message>
            <source>Helped: {value} of 4</source>
            <translation>Ayudó: {value} de 4</translation>
        </message>
        <message>
            <source>Not now</source>
            <translation>Ahora no</translation>
        </message>
        <message>
            <source>How much did the {name} at {time} help? (0 = not at all, 4 = completely)</source>
            <translation>¿Cuánto ayudó {name} de las {time}? (0 = nada, 4 = por completo)</translation>
        </message>
    </context>
    <context>
        <name>ImportState</name>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Cancel reading</source>
            <translation>Cancelar la lectura</translation>
        </message>
        <message>
            <source>Reading the file</source>
            <translation>Leyendo el archivo</translation>
        </message>
        <message>
            <source>Reading progress</source>
            <translation>Progreso de la lectura</translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <source>Import into your diary</source>
            <translation>Importar a su diario</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importar</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Atrás</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Siguiente</translation>
        </message>
        <message>
            <source>Commit</source>
            <translation>Confirmar</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Ayuda</translation>
        </message>
        <message>
            <source>Nothing was imported</source>
            <translation>No se importó nada</translation>
        </message>
        <message>
            <source>Nothing was imported: {error}</source>
            <translation>No se importó nada: {error}</translation>
        </message>
    </context>
    <context>
        <name>IntakeDialog</name>
        <message>
            <source>I took {name}</source>
            <translation>Tomé {name}</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Cantidad</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <source>Pain before, 0 to 10</source>
            <translation>Dolor antes, de 0 a 10</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>Amount:</source>
            <translation>Cantidad:</translation>
        </message>
        <message>
            <source>When:</source>
            <translation>Cuándo:</translation>
        </message>
        <message>
            <source>Pain before (0–10):</source>
            <translation>Dolor antes (0–10):</translation>
        </message>
        <message>
            <source>Note:</source>
            <translation>Nota:</translation>
        </message>
        <message>
            <source>Save the dose</source>
            <translation>Guardar la toma</translation>
        </message>
        <message>
            <source>Pain before</source>
            <translation>Dolor antes</translation>
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
            <translation>¿Reiniciar paindiary?</translation>
        </message>
        <message>
            <source>paindiary speaks {language} from its next start. Restart now?</source>
            <translation>paindiary hablará {language} a partir del próximo inicio. ¿Reiniciar ahora?</translation>
        </message>
        <message>
            <source>Restart now</source>
            <translation>Reiniciar ahora</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>Más tarde</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Views</source>
            <translation>Vistas</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Hoy</translation>
        </message>
        <message>
            <source>Diary</source>
            <translation>Diario</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Sesiones</translation>
        </message>
        <message>
            <source>Charts</source>
            <translation>Gráficos</translation>
        </message>
        <message>
            <source>{view} (Ctrl+{number})</source>
            <translation>{view} (Ctrl+{number})</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Editar</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ver</translation>
        </message>
        <message>
            <source>&amp;Tools</source>
            <translation>&amp;Herramientas</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Ay&amp;uda</translation>
        </message>
        <message>
            <source>New &amp;session…</source>
            <translation>Nueva &amp;sesión…</translation>
        </message>
        <message>
            <source>Se&amp;ttings…</source>
            <translation>&amp;Ajustes…</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Deshacer</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Rehacer</translation>
        </message>
        <message>
            <source>&amp;Today</source>
            <translation>&amp;Hoy</translation>
        </message>
        <message>
            <source>&amp;Diary</source>
            <translation>&amp;Diario</translation>
        </message>
        <message>
            <source>&amp;Sessions</source>
            <translation>&amp;Sesiones</translation>
        </message>
        <message>
            <source>&amp;Charts</source>
            <translation>&amp;Gráficos</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <source>&amp;About paindiary</source>
            <translation>A&amp;cerca de paindiary</translation>
        </message>
        <message>
            <source>About paindiary</source>
            <translation>Acerca de paindiary</translation>
        </message>
        <message>
            <source>&lt;h3&gt;paindiary {version}&lt;/h3&gt;&lt;p&gt;A private pain diary for people receiving ketamine therapy: log pain in seconds, record sessions and side effects, and see how long relief lasted after each session.&lt;/p&gt;&lt;p&gt;Your diary is a file on this computer:&lt;br&gt;&lt;code&gt;{path}&lt;/code&gt;&lt;/p&gt;&lt;p&gt;paindiary makes no network connection. It reports what you logged and gives no medical advice.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;paindiary {version}&lt;/h3&gt;&lt;p&gt;Un diario del dolor privado para personas en tratamiento con ketamina: registre su dolor en segundos, anote sesiones y efectos secundarios, y vea cuánto duró el alivio después de cada sesión.&lt;/p&gt;&lt;p&gt;Su diario es un archivo en este ordenador:&lt;br&gt;&lt;code&gt;{path}&lt;/code&gt;&lt;/p&gt;&lt;p&gt;paindiary no establece ninguna conexión de red. Muestra lo que usted registró y no da consejos médicos.&lt;/p&gt;</translation>
        </message>
        <message numerus="yes">
            <source>%n entries</source>
            <translation>
                <numerusform>%n registro</numerusform>
                <numerusform>%n registros</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n sessions</source>
            <translation>
                <numerusform>%n sesión</numerusform>
                <numerusform>%n sesiones</numerusform>
            </translation>
        </message>
        <message>
            <source>paindiary — Sample data (nothing here is saved to your diary)</source>
            <translation>paindiary — Datos de ejemplo (nada de esto se guarda en su diario)</translation>
        </message>
        <message>
            <source>paindiary — {name}</source>
            <translation>paindiary — {name}</translation>
        </message>
    </context>
    <context>
        <name>MappingPage</name>
        <message>
            <source>How the file is read</source>
            <translation>Cómo se lee el archivo</translation>
        </message>
        <message>
            <source>Recognised format</source>
            <translation>Formato reconocido</translation>
        </message>
        <message>
            <source>Text encoding</source>
            <translation>Codificación del texto</translation>
        </message>
        <message>
            <source>How columns become diary fields</source>
            <translation>Cómo las columnas pasan a campos del diario</translation>
        </message>
        <message>
            <source>Date column</source>
            <translation>Columna de fecha</translation>
        </message>
        <message>
            <source>Time column</source>
            <translation>Columna de hora</translation>
        </message>
        <message>
            <source>Pain column (0–10)</source>
            <translation>Columna de dolor (0–10)</translation>
        </message>
        <message>
            <source>Note column</source>
            <translation>Columna de notas</translation>
        </message>
        <message>
            <source>Date:</source>
            <translation>Fecha:</translation>
        </message>
        <message>
            <source>Problem with the date column</source>
            <translation>Problema con la columna de fecha</translation>
        </message>
        <message>
            <source>Time:</source>
            <translation>Hora:</translation>
        </message>
        <message>
            <source>Problem with the time column</source>
            <translation>Problema con la columna de hora</translation>
        </message>
        <message>
            <source>Pain (0–10):</source>
            <translation>Dolor (0–10):</translation>
        </message>
        <message>
            <source>Problem with the pain column</source>
            <translation>Problema con la columna de dolor</translation>
        </message>
        <message>
            <source>Note:</source>
            <translation>Nota:</translation>
        </message>
        <message>
            <source>Problem with the note column</source>
            <translation>Problema con la columna de notas</translation>
        </message>
        <message>
            <source>Question about dates</source>
            <translation>Pregunta sobre las fechas</translation>
        </message>
        <message>
            <source>How dates are written</source>
            <translation>Cómo están escritas las fechas</translation>
        </message>
        <message>
            <source>Please choose…</source>
            <translation>Elija, por favor…</translation>
        </message>
        <message>
            <source>Day first (03/04/2024 is 3 April 2024)</source>
            <translation>Primero el día (03/04/2024 es el 3 de abril de 2024)</translation>
        </message>
        <message>
            <source>Month first (03/04/2024 is March 4, 2024)</source>
            <translation>Primero el mes (03/04/2024 es el 4 de marzo de 2024)</translation>
        </message>
        <message>
            <source>Preview of the first rows</source>
            <translation>Vista previa de las primeras filas</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <source>Pain</source>
            <translation>Dolor</translation>
        </message>
        <message>
            <source>Note or problem</source>
            <translation>Nota o problema</translation>
        </message>
        <message>
            <source>Rows</source>
            <translation>Filas</translation>
        </message>
        <message>
            <source>Preview columns</source>
            <translation>Columnas de la vista previa</translation>
        </message>
        <message>
            <source>Select all rows</source>
            <translation>Seleccionar todas las filas</translation>
        </message>
        <message>
            <source>Problem with the file</source>
            <translation>Problema con el archivo</translation>
        </message>
        <message>
            <source>Format: {label}</source>
            <translation>Formato: {label}</translation>
        </message>
        <message>
            <source>(in the date column)</source>
            <translation>(en la columna de fecha)</translation>
        </message>
        <message>
            <source>(none: entries at 12:00)</source>
            <translation>(ninguna: registros a las 12:00)</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(ninguna)</translation>
        </message>
        <message>
            <source>Text encoding: Windows-1252, as Excel on Windows saves CSV (the file is not UTF-8)</source>
            <translation>Codificación del texto: Windows-1252, como Excel en Windows guarda los CSV (el archivo no es UTF-8)</translation>
        </message>
        <message>
            <source>Text encoding: {encoding}</source>
            <translation>Codificación del texto: {encoding}</translation>
        </message>
        <message>
            <source>The dates in “{column}” (like {example}) can be read two ways. How are they written?</source>
            <translation>Las fechas de «{column}» (como {example}) se pueden leer de dos maneras. ¿Cómo están escritas?</translation>
        </message>
        <message>
            <source>Reading was cancelled; nothing was imported.</source>
            <translation>Se canceló la lectura; no se importó nada.</translation>
        </message>
        <message>
            <source>Reading the records…</source>
            <translation>Leyendo los registros…</translation>
        </message>
    </context>
    <context>
        <name>MedicineDialog</name>
        <message>
            <source>Change medicine</source>
            <translation>Cambiar medicamento</translation>
        </message>
        <message>
            <source>Add a medicine</source>
            <translation>Añadir un medicamento</translation>
        </message>
        <message>
            <source>as on the pack, e.g. 5 mg</source>
            <translation>como en el envase, p. ej. 5 mg</translation>
        </message>
        <message>
            <source>mg in one unit</source>
            <translation>mg en una unidad</translation>
        </message>
        <message>
            <source>Regularly</source>
            <translation>De forma regular</translation>
        </message>
        <message>
            <source>As needed</source>
            <translation>Según necesidad</translation>
        </message>
        <message>
            <source>Amount a day</source>
            <translation>Cantidad al día</translation>
        </message>
        <message>
            <source>Taken for pain</source>
            <translation>Para el dolor</translation>
        </message>
        <message>
            <source>An opioid</source>
            <translation>Un opioide</translation>
        </message>
        <message>
            <source>MME factor</source>
            <translation>Factor MME</translation>
        </message>
        <message>
            <source>Morphine milligram equivalents per mg (CDC 2022); approximate, for trend only</source>
            <translation>Miligramos equivalentes de morfina por mg (CDC 2022); aproximado, solo para la tendencia</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>Desde</translation>
        </message>
        <message>
            <source>Until</source>
            <translation>Hasta</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Strength</source>
            <translation>Concentración</translation>
        </message>
        <message>
            <source>Counted in</source>
            <translation>Contado en</translation>
        </message>
        <message>
            <source>Taken</source>
            <translation>Toma</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>Save medicine</source>
            <translation>Guardar medicamento</translation>
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
            <translation>comprimido</translation>
        </message>
        <message>
            <source>capsule</source>
            <translation>cápsula</translation>
        </message>
        <message>
            <source>drop</source>
            <translation>gota</translation>
        </message>
        <message>
            <source>puff</source>
            <translation>inhalación</translation>
        </message>
        <message>
            <source>patch</source>
            <translation>parche</translation>
        </message>
        <message>
            <source>other</source>
            <translation>otro</translation>
        </message>
        <message>
            <source>Physiotherapy</source>
            <translation>Fisioterapia</translation>
        </message>
        <message>
            <source>Psychological therapy (CBT, mindfulness)</source>
            <translation>Terapia psicológica (TCC, mindfulness)</translation>
        </message>
        <message>
            <source>Exercise programme</source>
            <translation>Programa de ejercicio</translation>
        </message>
        <message>
            <source>Nerve block</source>
            <translation>Bloqueo nervioso</translation>
        </message>
        <message>
            <source>New medicine</source>
            <translation>Medicamento nuevo</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Otros</translation>
        </message>
    </context>
    <context>
        <name>MedicinesPage</name>
        <message>
            <source>Medicines</source>
            <translation>Medicamentos</translation>
        </message>
        <message>
            <source>Medicine</source>
            <translation>Medicamento</translation>
        </message>
        <message>
            <source>Strength</source>
            <translation>Concentración</translation>
        </message>
        <message>
            <source>Taken</source>
            <translation>Toma</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>Desde</translation>
        </message>
        <message>
            <source>Until</source>
            <translation>Hasta</translation>
        </message>
        <message>
            <source>MME factor</source>
            <translation>Factor MME</translation>
        </message>
        <message>
            <source>Other treatments</source>
            <translation>Otros tratamientos</translation>
        </message>
        <message>
            <source>Treatment</source>
            <translation>Tratamiento</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Inicio</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>The list is for your clinician to check; MME (morphine milligram equivalents) is approximate, for trend only.</source>
            <translation>La lista es para que la revise su médico; los MME (miligramos equivalentes de morfina) son aproximados, solo para la tendencia.</translation>
        </message>
        <message>
            <source>&amp;Add medicine…</source>
            <translation>Añadir &amp;medicamento…</translation>
        </message>
        <message>
            <source>&amp;Change…</source>
            <translation>Cam&amp;biar…</translation>
        </message>
        <message>
            <source>&amp;Stopped today</source>
            <translation>&amp;Dejado hoy</translation>
        </message>
        <message>
            <source>&amp;Delete medicine</source>
            <translation>Borrar medi&amp;camento</translation>
        </message>
        <message>
            <source>Add &amp;treatment…</source>
            <translation>Añadir &amp;tratamiento…</translation>
        </message>
        <message>
            <source>Change t&amp;reatment…</source>
            <translation>Cambiar tratamie&amp;nto…</translation>
        </message>
        <message>
            <source>Delete treat&amp;ment</source>
            <translation>Borrar tratamient&amp;o</translation>
        </message>
        <message>
            <source>Stopped</source>
            <translation>Dejado</translation>
        </message>
        <message>
            <source>Deleted. Ctrl+Z brings it back.</source>
            <translation>Borrado. Ctrl+Z lo recupera.</translation>
        </message>
        <message>
            <source>as needed</source>
            <translation>a demanda</translation>
        </message>
        <message>
            <source>regularly</source>
            <translation>de forma regular</translation>
        </message>
        <message>
            <source>{amount} {unit} a day</source>
            <translation>{amount} {unit} al día</translation>
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
            <translation>{score} (vuelva a hacer clic para dejar la pregunta sin responder)</translation>
        </message>
    </context>
    <context>
        <name>PgicPrompt</name>
        <message>
            <source>Answer: {words}</source>
            <translation>Respuesta: {words}</translation>
        </message>
        <message>
            <source>Not now</source>
            <translation>Ahora no</translation>
        </message>
        <message>
            <source>Skip this question</source>
            <translation>Omitir esta pregunta</translation>
        </message>
        <message>
            <source>Day {day} after course {course}</source>
            <translation>Día {day} después del ciclo {course}</translation>
        </message>
        <message>
            <source>Saved: {words}</source>
            <translation>Guardado: {words}</translation>
        </message>
    </context>
    <context>
        <name>PlannedSessionNotice</name>
        <message>
            <source>Planned session</source>
            <translation>Sesión prevista</translation>
        </message>
        <message>
            <source>Yes, it happened</source>
            <translation>Sí, se realizó</translation>
        </message>
        <message>
            <source>No, it did not happen</source>
            <translation>No, no se realizó</translation>
        </message>
        <message>
            <source>Did your session on {date} at {time} ({route}) happen?</source>
            <translation>¿Se realizó su sesión del {date} a las {time} ({route})?</translation>
        </message>
        <message>
            <source>Only sessions that happened count in the relief analysis.</source>
            <translation>Solo las sesiones realizadas cuentan en el análisis del alivio.</translation>
        </message>
        <message>
            <source>Recorded as done; change its time or dose on the Sessions page if needed.</source>
            <translation>Registrada como realizada; si hace falta, cambie la hora o la dosis en la página Sesiones.</translation>
        </message>
        <message>
            <source>Recorded as not happened; it stays in Sessions as cancelled.</source>
            <translation>Registrada como no realizada; queda en Sesiones como cancelada.</translation>
        </message>
        <message>
            <source>Next session: {date} at {time}, {route}</source>
            <translation>Próxima sesión: {date} a las {time}, {route}</translation>
        </message>
        <message>
            <source>Ride home: not arranged yet.</source>
            <translation>Regreso a casa: aún sin organizar.</translation>
        </message>
        <message>
            <source>Your checklist: {items}</source>
            <translation>Su lista: {items}</translation>
        </message>
        <message>
            <source>Your questions: {questions}</source>
            <translation>Sus preguntas: {questions}</translation>
        </message>
    </context>
    <context>
        <name>ProfileSection</name>
        <message>
            <source>Profile</source>
            <translation>Perfil</translation>
        </message>
        <message>
            <source>Optional, for the header of the appointment report. It stays in your diary on this computer and is never sent anywhere.</source>
            <translation>Opcional, para el encabezado del informe para la cita. Se queda en su diario en este ordenador y nunca se envía a ningún sitio.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Fecha de nacimiento</translation>
        </message>
        <message>
            <source>YYYY-MM-DD</source>
            <translation>AAAA-MM-DD</translation>
        </message>
        <message>
            <source>Conditions</source>
            <translation>Afecciones</translation>
        </message>
        <message>
            <source>e.g. CRPS, left foot</source>
            <translation>p. ej., SDRC, pie izquierdo</translation>
        </message>
        <message>
            <source>Clinic</source>
            <translation>Clínica</translation>
        </message>
        <message>
            <source>Clinician</source>
            <translation>Médico o médica</translation>
        </message>
        <message>
            <source>{text} is not a date like 1970-05-31</source>
            <translation>{text} no es una fecha como 1970-05-31</translation>
        </message>
    </context>
    <context>
        <name>ReliefHelpDialog</name>
        <message>
            <source>How relief is measured</source>
            <translation>Cómo se mide el alivio</translation>
        </message>
        <message>
            <source>What it compares</source>
            <translation>Qué se compara</translation>
        </message>
        <message>
            <source>paindiary compares your pain after a course of ketamine sessions with your usual pain before it. It uses only what you logged, and it gives no medical advice.</source>
            <translation>paindiary compara su dolor después de un ciclo de sesiones de ketamina con su dolor habitual de antes. Usa solo lo que usted registró y no da consejos médicos.</translation>
        </message>
        <message>
            <source>Courses</source>
            <translation>Ciclos</translation>
        </message>
        <message>
            <source>Sessions no more than {gap} days apart belong to one course, such as a series of infusions on several days, unless you marked a session as the start of a new series. Day 0 is the day the course's last session ended; the next day is day 1. Sessions still to come take no part until they have taken place.</source>
            <translation>Las sesiones separadas como máximo {gap} días forman un ciclo, como una serie de infusiones en varios días, salvo que haya marcado una sesión como inicio de una nueva serie. El día 0 es el día en que terminó la última sesión del ciclo; el día siguiente es el día 1. Las sesiones futuras no cuentan hasta que se hayan realizado.</translation>
        </message>
        <message>
            <source>Your usual pain</source>
            <translation>Su dolor habitual</translation>
        </message>
        <message>
            <source>Your usual pain is worked out from the {baseline} days before the first session of the course: the average of your daily pain, leaving out the highest and the lowest fifth of the days. Days still affected by an earlier course are left out: at least {washout} days after it, longer while its relief lasted.</source>
            <translation>Su dolor habitual se calcula con los {baseline} días anteriores a la primera sesión del ciclo: la media de su dolor diario, sin la quinta parte más alta ni la más baja de los días. Se excluyen los días aún afectados por un ciclo anterior: al menos {washout} días después de él, más mientras duró su alivio.</translation>
        </message>
        <message>
            <source>When those weeks are not enough</source>
            <translation>Cuando esas semanas no bastan</translation>
        </message>
        <message>
            <source>With fewer than {full} days with entries left, the usual pain of an earlier course (up to {carry} days earlier) is used instead, and the course says which one. With fewer than {minimum} days and none to carry, relief is not worked out for that course.</source>
            <translation>Si quedan menos de {full} días con registros, se usa en su lugar el dolor habitual de un ciclo anterior (de hasta {carry} días antes), y el ciclo indica cuál. Con menos de {minimum} días y ninguno que trasladar, no se calcula el alivio de ese ciclo.</translation>
        </message>
        <message>
            <source>Each day afterwards</source>
            <translation>Cada día después</translation>
        </message>
        <message>
            <source>For every day after the course that has entries, paindiary works out how much lower your pain was than your usual pain, in percent. Days without entries are left empty, never guessed. Each logged day is looked at together with the logged days just before and after it, and the middle value is used, so a single unusual day neither starts nor ends relief.</source>
            <translation>Para cada día después del ciclo con registros, paindiary calcula cuánto más bajo fue su dolor que su dolor habitual, en porcentaje. Los días sin registros quedan vacíos y nunca se estiman. Cada día registrado se mira junto con los días registrados justo antes y después, y se usa el valor central, así que un solo día inusual no inicia ni termina el alivio.</translation>
        </message>
        <message>
            <source>When it counts as relief</source>
            <translation>Cuándo cuenta como alivio</translation>
        </message>
        <message>
            <source>Pain at least 30 % below your usual pain counts as moderate relief, at least 50 % as substantial relief; 10 to 30 % is a minimal change. These are the levels pain research uses (IMMPACT, Dworkin and colleagues, 2008). When your usual pain is below 4/10, changes are given in points instead.</source>
            <translation>Un dolor al menos un 30 % por debajo de su dolor habitual cuenta como alivio moderado, al menos un 50 % como alivio importante; del 10 al 30 % es un cambio mínimo. Son los niveles que usa la investigación del dolor (IMMPACT, Dworkin y colegas, 2008). Si su dolor habitual es inferior a 4/10, los cambios se dan en puntos.</translation>
        </message>
        <message>
            <source>How long it lasts</source>
            <translation>Cuánto dura</translation>
        </message>
        <message>
            <source>Relief must begin by day {onset} to be counted for that course. It ends when two logged days in a row are below 30 %. Up to {bridge} days without entries are bridged; a longer gap ends what the diary can show. The days are counted from day 0, for up to {horizon} days or until the next course.</source>
            <translation>El alivio debe empezar como muy tarde el día {onset} para contar para ese ciclo. Termina cuando dos días registrados seguidos quedan por debajo del 30 %. Se salvan hasta {bridge} días sin registros; un hueco más largo termina lo que el diario puede mostrar. Los días se cuentan desde el día 0, hasta {horizon} días o hasta el siguiente ciclo.</translation>
        </message>
        <message>
            <source>“At least” and “too early to tell”</source>
            <translation>«Al menos» y «aún es pronto»</translation>
        </message>
        <message>
            <source>“At least 12 days” means relief had not ended when your entries stopped, when there was a gap, or when the next course began. “Too early to tell” means the days in which relief may begin are not over yet.</source>
            <translation>«Al menos 12 días» significa que el alivio no había terminado cuando dejó de registrar, cuando hubo un hueco o cuando empezó el siguiente ciclo. «Aún es pronto» significa que aún no han pasado los días en que el alivio puede empezar.</translation>
        </message>
        <message>
            <source>The lowest point</source>
            <translation>El punto más bajo</translation>
        </message>
        <message>
            <source>The lowest point is the largest fall within the first {peak} days after the course, or within the whole relief if it lasted longer. It is shown with your pain on that day.</source>
            <translation>El punto más bajo es la mayor bajada en los primeros {peak} días tras el ciclo, o durante todo el alivio si duró más. Se muestra con su dolor de ese día.</translation>
        </message>
        <message>
            <source>What is not counted</source>
            <translation>Qué no se cuenta</translation>
        </message>
        <message>
            <source>A fall that starts after day {onset}, or a fall late in the follow-up, is not credited to the course; the course says so. When your pain in the week before a course was higher than usual, part of a fall afterwards may be that flare passing; this is said too, as is logging less often after a course than before it.</source>
            <translation>Una bajada que empieza después del día {onset}, o una bajada tardía en el seguimiento, no se atribuye al ciclo; el ciclo lo indica. Si su dolor en la semana anterior a un ciclo fue más alto de lo habitual, parte de la bajada posterior puede ser el fin de esa crisis; también se indica, igual que si registró con menos frecuencia después de un ciclo que antes.</translation>
        </message>
        <message>
            <source>How much a difference means</source>
            <translation>Cuánto significa una diferencia</translation>
        </message>
        <message>
            <source>What the numbers are for</source>
            <translation>Para qué sirven las cifras</translation>
        </message>
        <message>
            <source>They describe your own records, to help you and your care team talk about how each course went. Decisions about your treatment belong with your care team.</source>
            <translation>Describen sus propios registros, para ayudarle a hablar con su equipo médico de cómo fue cada ciclo. Las decisiones sobre su tratamiento corresponden a su equipo médico.</translation>
        </message>
        <message>
            <source>These numbers follow the analysis settings of this diary (Settings).</source>
            <translation>Estas cifras siguen los ajustes de análisis de este diario (Ajustes).</translation>
        </message>
    </context>
    <context>
        <name>ReliefNotice</name>
        <message>
            <source>Relief is now measured with updated rules, so the figures of your courses may differ from before. The analysis settings were set to their new defaults.</source>
            <translation>El alivio se mide ahora con reglas actualizadas, por lo que las cifras de sus ciclos pueden diferir de las anteriores. Los ajustes del análisis se han puesto en sus nuevos valores predeterminados.</translation>
        </message>
        <message>
            <source>Notice about the updated relief rules</source>
            <translation>Aviso sobre las reglas actualizadas del alivio</translation>
        </message>
        <message>
            <source>Show the settings</source>
            <translation>Mostrar los ajustes</translation>
        </message>
        <message>
            <source>Show the analysis settings</source>
            <translation>Mostrar los ajustes del análisis</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Close the notice</source>
            <translation>Cerrar el aviso</translation>
        </message>
    </context>
    <context>
        <name>ReminderTray</name>
        <message>
            <source>Start at login could not be set up: {reason}</source>
            <translation>No se pudo configurar el inicio automático: {reason}</translation>
        </message>
        <message>
            <source>paindiary</source>
            <translation>paindiary</translation>
        </message>
        <message>
            <source>You have not logged your pain today. Click here to open Today.</source>
            <translation>Hoy aún no ha registrado su dolor. Haga clic aquí para abrir Hoy.</translation>
        </message>
        <message>
            <source>Reminder: you have not logged your pain today.</source>
            <translation>Recordatorio: hoy aún no ha registrado su dolor.</translation>
        </message>
        <message>
            <source>paindiary tray menu</source>
            <translation>Menú de paindiary en la bandeja del sistema</translation>
        </message>
        <message>
            <source>Log pain now</source>
            <translation>Registrar el dolor ahora</translation>
        </message>
    </context>
    <context>
        <name>ReportAction</name>
        <message>
            <source>Appointment &amp;report…</source>
            <translation>&amp;Informe para la cita…</translation>
        </message>
        <message>
            <source>Save a PDF summary and charts to show at an appointment</source>
            <translation>Guardar un resumen en PDF con gráficos para mostrar en una cita</translation>
        </message>
    </context>
    <context>
        <name>ReportChoicesBox</name>
        <message>
            <source>What goes in</source>
            <translation>Qué incluir</translation>
        </message>
        <message>
            <source>At a glance</source>
            <translation>De un vistazo</translation>
        </message>
        <message>
            <source>Noticed in your diary</source>
            <translation>Observado en su diario</translation>
        </message>
        <message>
            <source>Courses</source>
            <translation>Ciclos</translation>
        </message>
        <message>
            <source>My questions</source>
            <translation>Mis preguntas</translation>
        </message>
        <message>
            <source>Medicines</source>
            <translation>Medicamentos</translation>
        </message>
        <message>
            <source>Blood pressure and heart rate</source>
            <translation>Presión arterial y pulso</translation>
        </message>
        <message>
            <source>Charts</source>
            <translation>Gráficos</translation>
        </message>
        <message>
            <source>How the numbers are worked out</source>
            <translation>Cómo se calculan las cifras</translation>
        </message>
        <message>
            <source>Include my notes (only those near a course or marked for my clinician)</source>
            <translation>Incluir mis notas (solo las cercanas a un ciclo o marcadas para mi médico)</translation>
        </message>
        <message>
            <source>Include my notes</source>
            <translation>Incluir mis notas</translation>
        </message>
        <message>
            <source>Language of the report</source>
            <translation>Idioma del informe</translation>
        </message>
        <message>
            <source>The app's language</source>
            <translation>Idioma de la aplicación</translation>
        </message>
        <message>
            <source>Paper size</source>
            <translation>Tamaño de papel</translation>
        </message>
        <message>
            <source>A4</source>
            <translation>A4</translation>
        </message>
        <message>
            <source>US Letter</source>
            <translation>Carta (EE. UU.)</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Idioma:</translation>
        </message>
        <message>
            <source>&amp;Paper:</source>
            <translation>&amp;Papel:</translation>
        </message>
    </context>
    <context>
        <name>ReportDialog</name>
        <message>
            <source>Appointment report</source>
            <translation>Informe para la cita</translation>
        </message>
        <message>
            <source>First day of the report</source>
            <translation>Primer día del informe</translation>
        </message>
        <message>
            <source>Last day of the report</source>
            <translation>Último día del informe</translation>
        </message>
        <message>
            <source>A report to show at your appointment: page 1 sums up the period (at a glance, what was noticed in your diary, the latest courses, your questions), then medicines, blood pressure and the charts. It reports what you logged and is not medical advice.</source>
            <translation>Un informe para mostrar en su cita: la página 1 resume el periodo (de un vistazo, lo observado en su diario, los últimos ciclos, sus preguntas); después, medicamentos, presión arterial y los gráficos. Refleja lo que usted registró y no es un consejo médico.</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;Desde:</translation>
        </message>
        <message>
            <source>&amp;To:</source>
            <translation>&amp;Hasta:</translation>
        </message>
        <message>
            <source>Open it after saving</source>
            <translation>Abrirlo después de guardar</translation>
        </message>
        <message>
            <source>&amp;Save PDF…</source>
            <translation>&amp;Guardar PDF…</translation>
        </message>
        <message>
            <source>Choose where to save the PDF</source>
            <translation>Elija dónde guardar el PDF</translation>
        </message>
        <message>
            <source>P&amp;rint…</source>
            <translation>Imp&amp;rimir…</translation>
        </message>
        <message>
            <source>Print the report</source>
            <translation>Imprimir el informe</translation>
        </message>
        <message>
            <source>Save &amp;images…</source>
            <translation>Guardar como i&amp;mágenes…</translation>
        </message>
        <message>
            <source>Save one PNG image per page, for portals that take no PDF</source>
            <translation>Guardar una imagen PNG por página, para portales que no aceptan PDF</translation>
        </message>
        <message>
            <source>Check the dates</source>
            <translation>Revise las fechas</translation>
        </message>
        <message>
            <source>The first day ({start}) is after the last day ({end}).</source>
            <translation>El primer día ({start}) es posterior al último ({end}).</translation>
        </message>
        <message>
            <source>Save the report</source>
            <translation>Guardar el informe</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Documentos PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Save the report as images</source>
            <translation>Guardar el informe como imágenes</translation>
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation>Imágenes PNG (*.png)</translation>
        </message>
        <message>
            <source>Saved the {pages}-page report to {path}.</source>
            <translation>Informe de {pages} páginas guardado en {path}.</translation>
        </message>
        <message>
            <source>Not printed</source>
            <translation>No impreso</translation>
        </message>
        <message>
            <source>The report was not printed: {error}</source>
            <translation>El informe no se imprimió: {error}</translation>
        </message>
        <message>
            <source>Sent the report to the printer.</source>
            <translation>Informe enviado a la impresora.</translation>
        </message>
        <message>
            <source>Preparing the report…</source>
            <translation>Preparando el informe…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Report cancelled; nothing was written.</source>
            <translation>Informe cancelado; no se escribió nada.</translation>
        </message>
        <message>
            <source>Report not saved</source>
            <translation>Informe no guardado</translation>
        </message>
        <message>
            <source>The report was not saved: {error}</source>
            <translation>El informe no se guardó: {error}</translation>
        </message>
    </context>
    <context>
        <name>SampleBanner</name>
        <message>
            <source>&lt;b&gt;Sample data.&lt;/b&gt; These entries and sessions are made up, in a throwaway file. Try anything: closing this window deletes it all. Your own diary is not touched.</source>
            <translation>&lt;b&gt;Datos de ejemplo.&lt;/b&gt; Estos registros y sesiones son inventados y están en un archivo desechable. Pruebe lo que quiera: al cerrar esta ventana se borra todo. Su propio diario no se toca.</translation>
        </message>
        <message>
            <source>Sample data notice</source>
            <translation>Aviso de datos de ejemplo</translation>
        </message>
    </context>
    <context>
        <name>SavingDialog</name>
        <message>
            <source>Save what you entered?</source>
            <translation>¿Guardar lo que ha introducido?</translation>
        </message>
    </context>
    <context>
        <name>ScoreSelector</name>
        <message>
            <source>0 = no pain</source>
            <translation>0 = sin dolor</translation>
        </message>
        <message>
            <source>10 = worst pain imaginable</source>
            <translation>10 = el peor dolor imaginable</translation>
        </message>
        <message>
            <source>Pain 0: no pain</source>
            <translation>Dolor 0: sin dolor</translation>
        </message>
        <message>
            <source>Pain 10: worst pain imaginable</source>
            <translation>Dolor 10: el peor dolor imaginable</translation>
        </message>
        <message>
            <source>Pain {score}</source>
            <translation>Dolor {score}</translation>
        </message>
    </context>
    <context>
        <name>SessionCommands</name>
        <message>
            <source>Add session</source>
            <translation>Añadir sesión</translation>
        </message>
        <message>
            <source>Edit session</source>
            <translation>Editar sesión</translation>
        </message>
        <message>
            <source>Delete session</source>
            <translation>Borrar sesión</translation>
        </message>
    </context>
    <context>
        <name>SessionDayPart</name>
        <message>
            <source>Done – it happened</source>
            <translation>Realizada – tuvo lugar</translation>
        </message>
        <message>
            <source>Planned – still to come</source>
            <translation>Prevista – aún por venir</translation>
        </message>
        <message>
            <source>Cancelled – it did not happen</source>
            <translation>Cancelada – no tuvo lugar</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>A planned session is left out of the relief analysis until it is done</source>
            <translation>Una sesión prevista queda fuera del análisis del alivio hasta que se realice</translation>
        </message>
        <message>
            <source>Session day</source>
            <translation>Día de la sesión</translation>
        </message>
        <message>
            <source>Show the session day: ride home, checklist and questions</source>
            <translation>Mostrar el día de la sesión: regreso a casa, lista y preguntas</translation>
        </message>
        <message>
            <source>Not arranged yet</source>
            <translation>Aún sin organizar</translation>
        </message>
        <message>
            <source>Yes, arranged</source>
            <translation>Sí, organizado</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <source>Which, if any</source>
            <translation>Cuáles, si los hay</translation>
        </message>
        <message>
            <source>Write down your clinic's instructions for the day</source>
            <translation>Anote las instrucciones de su clínica para ese día</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Añadir</translation>
        </message>
        <message>
            <source>Add to the checklist</source>
            <translation>Añadir a la lista</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <source>Remove the selected checklist item</source>
            <translation>Quitar el punto seleccionado de la lista</translation>
        </message>
        <message>
            <source>Questions to ask at the clinic</source>
            <translation>Preguntas para la clínica</translation>
        </message>
        <message>
            <source>Ride home</source>
            <translation>Regreso a casa</translation>
        </message>
        <message>
            <source>New medicines since the last session</source>
            <translation>Medicamentos nuevos desde la última sesión</translation>
        </message>
        <message>
            <source>My checklist</source>
            <translation>Mi lista</translation>
        </message>
        <message>
            <source>New checklist item</source>
            <translation>Nuevo punto de la lista</translation>
        </message>
        <message>
            <source>Questions</source>
            <translation>Preguntas</translation>
        </message>
    </context>
    <context>
        <name>SessionDialog</name>
        <message>
            <source>Problem</source>
            <translation>Problema</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>{rate} mg/kg/h</source>
            <translation>{rate} mg/kg/h</translation>
        </message>
        <message>
            <source>{rate} mg/kg/h worked out</source>
            <translation>{rate} mg/kg/h calculado</translation>
        </message>
        <message>
            <source>The whole session's dose in mg; empty when it was not recorded</source>
            <translation>La dosis de toda la sesión en mg; vacío si no se registró</translation>
        </message>
        <message>
            <source>Your weight, for the dose per kg</source>
            <translation>Su peso, para la dosis por kg</translation>
        </message>
        <message>
            <source>How long the session ran: minutes, or hours or days with their unit (4 h, 5 d)</source>
            <translation>Cuánto duró la sesión: minutos, u horas o días con su unidad (4 h, 5 d)</translation>
        </message>
        <message>
            <source>Infusion rate in mg/kg/h if you know it; otherwise it is worked out</source>
            <translation>Velocidad de infusión en mg/kg/h si la conoce; si no, se calcula</translation>
        </message>
        <message>
            <source>Total dose</source>
            <translation>Dosis total</translation>
        </message>
        <message>
            <source>Body weight</source>
            <translation>Peso corporal</translation>
        </message>
        <message>
            <source>Dose per kg</source>
            <translation>Dosis por kg</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Duración</translation>
        </message>
        <message>
            <source>Rate</source>
            <translation>Velocidad</translation>
        </message>
        <message>
            <source>From your session of {date}. Change it if your weight has changed.</source>
            <translation>De su sesión del {date}. Cámbielo si su peso ha cambiado.</translation>
        </message>
        <message>
            <source>Your usual weight from Settings.</source>
            <translation>Su peso habitual de Ajustes.</translation>
        </message>
        <message>
            <source>{value} mg/kg</source>
            <translation>{value} mg/kg</translation>
        </message>
        <message>
            <source>Needs the dose and the weight</source>
            <translation>Necesita la dosis y el peso</translation>
        </message>
        <message>
            <source>Worked out when the dose, weight and duration are filled in.</source>
            <translation>Se calcula cuando la dosis, el peso y la duración están rellenados.</translation>
        </message>
        <message>
            <source>Worked out from dose, weight and duration: {value} mg/kg/h</source>
            <translation>Calculado a partir de la dosis, el peso y la duración: {value} mg/kg/h</translation>
        </message>
        <message>
            <source>Edit session</source>
            <translation>Editar sesión</translation>
        </message>
        <message>
            <source>New session</source>
            <translation>Nueva sesión</translation>
        </message>
        <message>
            <source>Save session</source>
            <translation>Guardar sesión</translation>
        </message>
        <message>
            <source>Drug</source>
            <translation>Fármaco</translation>
        </message>
        <message>
            <source>Date and time</source>
            <translation>Fecha y hora</translation>
        </message>
        <message>
            <source>When the session started</source>
            <translation>Cuándo empezó la sesión</translation>
        </message>
        <message>
            <source>Route</source>
            <translation>Vía de administración</translation>
        </message>
        <message>
            <source>Choose or type the drug's name</source>
            <translation>Elija o escriba el nombre del fármaco</translation>
        </message>
        <message>
            <source>Clinic</source>
            <translation>Clínica</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>Part of the same series as the previous session</source>
            <translation>Parte de la misma serie que la sesión anterior</translation>
        </message>
        <message>
            <source>Sessions of one series are measured together as one course. The box is preset by the course gap in Settings; change it when your series was different.</source>
            <translation>Las sesiones de una serie se miden juntas como un ciclo. La casilla viene marcada según la separación máxima de los Ajustes; cámbiela si su serie fue distinta.</translation>
        </message>
        <message>
            <source>No earlier session is recorded.</source>
            <translation>No hay ninguna sesión anterior registrada.</translation>
        </message>
        <message>
            <source>The previous session was on the same day.</source>
            <translation>La sesión anterior fue el mismo día.</translation>
        </message>
        <message>
            <source>The previous session was on {date}, the day before.</source>
            <translation>La sesión anterior fue el {date}, el día antes.</translation>
        </message>
        <message>
            <source>The previous session was on {date}, {days} days earlier.</source>
            <translation>La sesión anterior fue el {date}, {days} días antes.</translation>
        </message>
        <message>
            <source>{field}: {message}</source>
            <translation>{field}: {message}</translation>
        </message>
        <message>
            <source>Mild</source>
            <translation>Leve</translation>
        </message>
        <message>
            <source>Moderate</source>
            <translation>Moderado</translation>
        </message>
        <message>
            <source>Severe</source>
            <translation>Grave</translation>
        </message>
        <message>
            <source>Not recorded</source>
            <translation>No registrado</translation>
        </message>
        <message>
            <source>During the session</source>
            <translation>Durante la sesión</translation>
        </message>
        <message>
            <source>Later the same day</source>
            <translation>Más tarde el mismo día</translation>
        </message>
        <message>
            <source>On a later day</source>
            <translation>Otro día más tarde</translation>
        </message>
        <message>
            <source>Side effects</source>
            <translation>Efectos secundarios</translation>
        </message>
    </context>
    <context>
        <name>SessionVitals</name>
        <message>
            <source>Blood pressure and heart rate (optional)</source>
            <translation>Presión arterial y frecuencia cardíaca (opcional)</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>Antes</translation>
        </message>
        <message>
            <source>Highest</source>
            <translation>Valor más alto</translation>
        </message>
        <message>
            <source>Discharge</source>
            <translation>Al alta</translation>
        </message>
        <message>
            <source>Systolic</source>
            <translation>Sistólica</translation>
        </message>
        <message>
            <source>Diastolic</source>
            <translation>Diastólica</translation>
        </message>
        <message>
            <source>Heart rate</source>
            <translation>Frecuencia cardíaca</translation>
        </message>
        <message>
            <source>{moment}, systolic</source>
            <translation>{moment}, sistólica</translation>
        </message>
        <message>
            <source>{moment}: systolic, mmHg</source>
            <translation>{moment}: sistólica, mmHg</translation>
        </message>
        <message>
            <source>{moment}, diastolic</source>
            <translation>{moment}, diastólica</translation>
        </message>
        <message>
            <source>{moment}: diastolic, mmHg</source>
            <translation>{moment}: diastólica, mmHg</translation>
        </message>
        <message>
            <source>{moment}, heart rate</source>
            <translation>{moment}, frecuencia cardíaca</translation>
        </message>
        <message>
            <source>{moment}: heart rate, per minute</source>
            <translation>{moment}: frecuencia cardíaca, por minuto</translation>
        </message>
    </context>
    <context>
        <name>SessionsView</name>
        <message>
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <source>Treatment</source>
            <translation>Tratamiento</translation>
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
            <translation>Alivio / efectos secundarios</translation>
        </message>
        <message>
            <source>Sessions by course</source>
            <translation>Sesiones por ciclo</translation>
        </message>
        <message>
            <source>New session…</source>
            <translation>Nueva sesión…</translation>
        </message>
        <message>
            <source>Record a new treatment session</source>
            <translation>Anotar una nueva sesión de tratamiento</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Editar…</translation>
        </message>
        <message>
            <source>Change the selected session</source>
            <translation>Cambiar la sesión seleccionada</translation>
        </message>
        <message>
            <source>Add side effect…</source>
            <translation>Añadir efecto secundario…</translation>
        </message>
        <message>
            <source>Record a side effect you noticed after the selected session</source>
            <translation>Anotar un efecto secundario que notó después de la sesión seleccionada</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Borrar</translation>
        </message>
        <message>
            <source>Delete the selected session (Undo brings it back)</source>
            <translation>Borrar la sesión seleccionada (Deshacer la recupera)</translation>
        </message>
        <message>
            <source>Other treatment…</source>
            <translation>Otro tratamiento…</translation>
        </message>
        <message>
            <source>Record physiotherapy, a nerve block or another treatment</source>
            <translation>Anotar fisioterapia, un bloqueo nervioso u otro tratamiento</translation>
        </message>
        <message>
            <source>Relief of the selected course</source>
            <translation>Alivio del ciclo seleccionado</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Mensaje</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Canceladas</translation>
        </message>
        <message>
            <source>Did not take place; not analysed.</source>
            <translation>No se realizaron; no se analizan.</translation>
        </message>
        <message>
            <source>{treatment} ({sessions})</source>
            <translation>{treatment} ({sessions})</translation>
        </message>
        <message>
            <source>Course {number}: {dates}</source>
            <translation>Ciclo {number}: {dates}</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Planificadas</translation>
        </message>
        <message>
            <source>Not analysed until they have taken place.</source>
            <translation>No se analizan hasta que se hayan realizado.</translation>
        </message>
        <message>
            <source>{effect} ({severity})</source>
            <translation>{effect} ({severity})</translation>
        </message>
        <message>
            <source>No side effects recorded</source>
            <translation>Sin efectos secundarios registrados</translation>
        </message>
        <message>
            <source>No sessions yet. Record one with “New session…”.</source>
            <translation>Aún no hay sesiones. Anote una con «Nueva sesión…».</translation>
        </message>
        <message>
            <source>{course} — {relief}</source>
            <translation>{course} — {relief}</translation>
        </message>
        <message>
            <source>Add side effect</source>
            <translation>Añadir efecto secundario</translation>
        </message>
        <message>
            <source>Session of {when} deleted. Undo (Ctrl+Z) brings it back.</source>
            <translation>Sesión del {when} borrada. Deshacer (Ctrl+Z) la recupera.</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Your preferences for this computer could not be saved.</source>
            <translation>No se pudieron guardar sus preferencias de este ordenador.</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Ajustes</translation>
        </message>
        <message>
            <source>Save settings</source>
            <translation>Guardar ajustes</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>&amp;How relief is measured</source>
            <translation>&amp;Cómo se mide el alivio</translation>
        </message>
        <message>
            <source>Show or hide the settings of the relief analysis</source>
            <translation>Mostrar u ocultar los ajustes del análisis del alivio</translation>
        </message>
        <message>
            <source>How your usual pain before a course is measured and how sessions are grouped into courses. These settings are saved in the diary and change every course's figures.</source>
            <translation>Cómo se mide su dolor habitual antes de un ciclo y cómo se agrupan las sesiones en ciclos. Estos ajustes se guardan en el diario y cambian las cifras de todos los ciclos.</translation>
        </message>
        <message>
            <source>Baseline days</source>
            <translation>Días para el valor basal</translation>
        </message>
        <message>
            <source>Days before a course whose pain is averaged as your usual pain</source>
            <translation>Días antes de un ciclo cuyo dolor se promedia como su dolor habitual</translation>
        </message>
        <message>
            <source>Minimum baseline days</source>
            <translation>Mínimo de días para el valor basal</translation>
        </message>
        <message>
            <source>The fewest days with entries before a course from which its own usual pain is measured</source>
            <translation>El mínimo de días con registros antes de un ciclo a partir de los que se mide su propio dolor habitual</translation>
        </message>
        <message>
            <source>Course gap days</source>
            <translation>Separación máxima en un ciclo (días)</translation>
        </message>
        <message>
            <source>Sessions at most this many days apart belong to one course, unless you chose otherwise</source>
            <translation>Las sesiones separadas como mucho por estos días forman un ciclo, salvo que usted elija otra cosa</translation>
        </message>
        <message>
            <source>Follow-up days</source>
            <translation>Días de seguimiento</translation>
        </message>
        <message>
            <source>How many days after a course are looked at for relief</source>
            <translation>Cuántos días después de un ciclo se examinan para ver el alivio</translation>
        </message>
        <message>
            <source>Onset window days</source>
            <translation>Días para el inicio del efecto</translation>
        </message>
        <message>
            <source>Relief must begin within this many days after the course's last session</source>
            <translation>El alivio debe empezar en este número de días tras la última sesión del ciclo</translation>
        </message>
        <message>
            <source>Full baseline days</source>
            <translation>Días para una referencia completa</translation>
        </message>
        <message>
            <source>With fewer days with entries, the usual pain of an earlier course is preferred</source>
            <translation>Con menos días con registros se prefiere el dolor habitual de un ciclo anterior</translation>
        </message>
        <message>
            <source>Longest gap days</source>
            <translation>Días de hueco más largo</translation>
        </message>
        <message>
            <source>The longest run of days without entries that relief may bridge</source>
            <translation>Cuántos días seguidos sin registros puede salvar el alivio</translation>
        </message>
        <message>
            <source>Washout days</source>
            <translation>Días de lavado</translation>
        </message>
        <message>
            <source>The shortest time a course is taken to affect the days after it</source>
            <translation>El tiempo mínimo que un ciclo se considera que influye en los días siguientes</translation>
        </message>
        <message>
            <source>Carry-forward days</source>
            <translation>Días para trasladar</translation>
        </message>
        <message>
            <source>How old an earlier course's usual pain may be to be used again</source>
            <translation>Antigüedad máxima del dolor habitual de un ciclo anterior para volver a usarlo</translation>
        </message>
        <message>
            <source>Lowest-point days</source>
            <translation>Días para el punto más bajo</translation>
        </message>
        <message>
            <source>The lowest pain is looked for in this many days after a course</source>
            <translation>El dolor más bajo se busca en estos días tras un ciclo</translation>
        </message>
        <message>
            <source> days</source>
            <translation> días</translation>
        </message>
        <message>
            <source>Restore defaults</source>
            <translation>Valores predeterminados</translation>
        </message>
        <message>
            <source>Restore default analysis settings</source>
            <translation>Restablecer los ajustes de análisis predeterminados</translation>
        </message>
        <message>
            <source>Put the analysis settings back to their defaults</source>
            <translation>Devolver los ajustes del análisis a sus valores predeterminados</translation>
        </message>
        <message>
            <source>Body weight</source>
            <translation>Peso corporal</translation>
        </message>
        <message>
            <source> kg</source>
            <translation> kg</translation>
        </message>
        <message>
            <source>Not set</source>
            <translation>Sin definir</translation>
        </message>
        <message>
            <source>Default body weight</source>
            <translation>Peso corporal habitual</translation>
        </message>
        <message>
            <source>Filled in for new sessions, so the dose per kg can be worked out</source>
            <translation>Se rellena en las sesiones nuevas para poder calcular la dosis por kg</translation>
        </message>
        <message>
            <source>On this computer</source>
            <translation>En este ordenador</translation>
        </message>
        <message>
            <source>Remind me to fill in the diary</source>
            <translation>Recordarme rellenar el diario</translation>
        </message>
        <message>
            <source>Daily reminder</source>
            <translation>Recordatorio diario</translation>
        </message>
        <message>
            <source>Reminder time</source>
            <translation>Hora del recordatorio</translation>
        </message>
        <message>
            <source>The time of day the reminder appears</source>
            <translation>La hora del día a la que aparece el recordatorio</translation>
        </message>
        <message>
            <source>Start at login</source>
            <translation>Abrir al iniciar sesión</translation>
        </message>
        <message>
            <source>Start paindiary when you log in, so the reminder can appear</source>
            <translation>Abrir paindiary al iniciar sesión, para que pueda aparecer el recordatorio</translation>
        </message>
        <message>
            <source>Always show sleep and mood on Today</source>
            <translation>Mostrar siempre sueño y ánimo en Hoy</translation>
        </message>
        <message>
            <source>Opens "More detail" on Today by itself, with sleep and mood</source>
            <translation>Abre «Más detalles» en Hoy por sí solo, con sueño y ánimo</translation>
        </message>
        <message>
            <source>Follow the system</source>
            <translation>Idioma del sistema</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>Takes effect after restart</source>
            <translation>Se aplica al reiniciar</translation>
        </message>
        <message>
            <source>{field}: {message}</source>
            <translation>{field}: {message}</translation>
        </message>
        <message>
            <source>the system's language</source>
            <translation>el idioma del sistema</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Other</source>
            <translation>Otros</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Hoy</translation>
        </message>
        <message>
            <source>Choose a pain score</source>
            <translation>Elegir una puntuación de dolor</translation>
        </message>
        <message>
            <source>Pain score 10</source>
            <translation>Puntuación de dolor 10</translation>
        </message>
        <message>
            <source>Save the entry</source>
            <translation>Guardar la entrada</translation>
        </message>
        <message>
            <source>Delete the selection</source>
            <translation>Borrar lo seleccionado</translation>
        </message>
        <message>
            <source>A key of “{place}”</source>
            <translation>Una tecla de «{place}»</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Atajos de teclado</translation>
        </message>
        <message>
            <source>Menu</source>
            <translation>Menú</translation>
        </message>
        <message>
            <source>Command</source>
            <translation>Orden</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Teclas</translation>
        </message>
    </context>
    <context>
        <name>SideEffectChecklist</name>
        <message>
            <source>Another side effect</source>
            <translation>Otro efecto secundario</translation>
        </message>
        <message>
            <source>Name of another side effect</source>
            <translation>Nombre de otro efecto secundario</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Añadir</translation>
        </message>
        <message>
            <source>Add this side effect</source>
            <translation>Añadir este efecto secundario</translation>
        </message>
        <message>
            <source>Add the side effect typed on the left to the list, ticked</source>
            <translation>Añadir a la lista, marcado, el efecto secundario escrito a la izquierda</translation>
        </message>
        <message>
            <source>Severity of {effect}</source>
            <translation>Gravedad de {effect}</translation>
        </message>
        <message>
            <source>When {effect} began</source>
            <translation>Cuándo empezó {effect}</translation>
        </message>
        <message>
            <source>Note (optional)</source>
            <translation>Nota (opcional)</translation>
        </message>
        <message>
            <source>Note on {effect}</source>
            <translation>Nota sobre {effect}</translation>
        </message>
        <message>
            <source>Side effect: {message}</source>
            <translation>Efecto secundario: {message}</translation>
        </message>
    </context>
    <context>
        <name>SideEffectDialog</name>
        <message>
            <source>Add side effect</source>
            <translation>Añadir efecto secundario</translation>
        </message>
        <message>
            <source>Side effect after the session of {when} ({route})</source>
            <translation>Efecto secundario tras la sesión del {when} ({route})</translation>
        </message>
        <message>
            <source>Side effect</source>
            <translation>Efecto secundario</translation>
        </message>
        <message>
            <source>Choose or type a side effect</source>
            <translation>Elija o escriba un efecto secundario</translation>
        </message>
        <message>
            <source>Choose from the list or type your own name for it</source>
            <translation>Elija de la lista o escriba su propio nombre para él</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>Gravedad</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>Began</source>
            <translation>Empezó</translation>
        </message>
        <message>
            <source>Lasted (hours)</source>
            <translation>Duró (horas)</translation>
        </message>
        <message>
            <source>Save side effect</source>
            <translation>Guardar efecto secundario</translation>
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
            <translation>Listo para importar</translation>
        </message>
        <message>
            <source>What will be imported</source>
            <translation>Qué se importará</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Detalles</translation>
        </message>
        <message>
            <source>From {file} ({label}).</source>
            <translation>De {file} ({label}).</translation>
        </message>
        <message>
            <source>Records already in your diary are skipped, so nothing is doubled.</source>
            <translation>Los registros que ya están en su diario se omiten, para que nada se duplique.</translation>
        </message>
        <message>
            <source>Some records have the same id as records in your diary but other values; importing would overwrite what you logged, so it is not possible.</source>
            <translation>Algunos registros tienen el mismo identificador que registros de su diario pero otros valores; importarlos sobrescribiría lo que usted registró, así que no es posible.</translation>
        </message>
        <message>
            <source>Your diary is backed up before anything is written.</source>
            <translation>Se hace una copia de seguridad de su diario antes de escribir nada.</translation>
        </message>
    </context>
    <context>
        <name>TodayDetail</name>
        <message>
            <source>Worst pain today, 0 to 10</source>
            <translation>Dolor máximo de hoy, de 0 a 10</translation>
        </message>
        <message>
            <source>Interference with enjoyment of life, 0 to 10</source>
            <translation>Interferencia con el disfrute de la vida, de 0 a 10</translation>
        </message>
        <message>
            <source>Interference with general activity, 0 to 10</source>
            <translation>Interferencia con la actividad general, de 0 a 10</translation>
        </message>
        <message>
            <source>Interference with sleep last night, 0 to 10</source>
            <translation>Interferencia con el sueño anoche, de 0 a 10</translation>
        </message>
        <message>
            <source>Mood today, 0 to 10</source>
            <translation>Estado de ánimo hoy, de 0 a 10</translation>
        </message>
        <message>
            <source>My clinician may read today's note in the appointment report</source>
            <translation>Mi médico puede leer la nota de hoy en el informe para la cita</translation>
        </message>
        <message>
            <source>Answer what you like. Click a chosen number again to leave it out.</source>
            <translation>Responda lo que quiera. Vuelva a hacer clic en un número elegido para dejar la pregunta sin responder.</translation>
        </message>
        <message>
            <source>Worst pain today (0–10):</source>
            <translation>Dolor máximo de hoy (0–10):</translation>
        </message>
        <message>
            <source>How much did pain interfere with your enjoyment of life?
(0 = does not interfere, 10 = completely interferes)</source>
            <translation>¿Cuánto interfirió el dolor en su disfrute de la vida?
(0 = no interfiere, 10 = interfiere por completo)</translation>
        </message>
        <message>
            <source>How much did pain interfere with your general activity?
(0 = does not interfere, 10 = completely interferes)</source>
            <translation>¿Cuánto interfirió el dolor en su actividad general?
(0 = no interfiere, 10 = interfiere por completo)</translation>
        </message>
        <message>
            <source>How much did pain interfere with your sleep last night?
(0 = does not interfere, 10 = completely interferes)</source>
            <translation>¿Cuánto interfirió el dolor con su sueño anoche?
(0 = no interfiere, 10 = interfiere por completo)</translation>
        </message>
        <message>
            <source>Your mood today?
(0 = very low, 10 = very good)</source>
            <translation>¿Su estado de ánimo hoy?
(0 = muy bajo, 10 = muy bueno)</translation>
        </message>
        <message>
            <source>Where does it hurt?</source>
            <translation>¿Dónde le duele?</translation>
        </message>
    </context>
    <context>
        <name>TodayView</name>
        <message>
            <source>How much pain do you have right now?</source>
            <translation>¿Cuánto dolor tiene ahora mismo?</translation>
        </message>
        <message>
            <source>Click a number, or type 0–9 (type 1 then 0 for 10), then press Enter to save.</source>
            <translation>Haga clic en un número o escriba 0–9 (para 10, escriba 1 y luego 0) y pulse Intro para guardar.</translation>
        </message>
        <message>
            <source>More detail (optional)</source>
            <translation>Más detalles (opcional)</translation>
        </message>
        <message>
            <source>Show more detail</source>
            <translation>Mostrar más detalles</translation>
        </message>
        <message>
            <source>A note (optional): what helped, what made it worse…</source>
            <translation>Una nota (opcional): qué ayudó, qué lo empeoró…</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
        <message>
            <source>Save this entry</source>
            <translation>Guardar este registro</translation>
        </message>
        <message>
            <source>Save (Enter, or Ctrl+Enter while typing a note)</source>
            <translation>Guardar (Intro, o Ctrl+Intro mientras escribe una nota)</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Vaciar</translation>
        </message>
        <message>
            <source>Clear the form</source>
            <translation>Vaciar el formulario</translation>
        </message>
        <message>
            <source>Save result</source>
            <translation>Resultado del guardado</translation>
        </message>
        <message>
            <source>Save the entry while typing a note</source>
            <translation>Guardar la entrada mientras escribe una nota</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Hoy</translation>
        </message>
        <message>
            <source>Relief status</source>
            <translation>Estado del alivio</translation>
        </message>
        <message>
            <source>Today's entries</source>
            <translation>Registros de hoy</translation>
        </message>
        <message>
            <source>Double-click an entry, or press Enter, to edit it.</source>
            <translation>Haga doble clic en un registro, o pulse Intro, para editarlo.</translation>
        </message>
        <message>
            <source>Edit the selected entry</source>
            <translation>Editar el registro seleccionado</translation>
        </message>
        <message>
            <source>Today so far</source>
            <translation>Hoy hasta ahora</translation>
        </message>
        <message>
            <source>Looking at your recent sessions…</source>
            <translation>Revisando sus sesiones recientes…</translation>
        </message>
        <message>
            <source>Choose a pain score from 0 to 10 first.</source>
            <translation>Primero elija un valor de dolor de 0 a 10.</translation>
        </message>
        <message>
            <source>Not saved: {reason}</source>
            <translation>No guardado: {reason}</translation>
        </message>
        <message>
            <source>Saved: pain {pain} at {time}. Ctrl+Z undoes it.</source>
            <translation>Guardado: dolor {pain} a las {time}. Ctrl+Z lo deshace.</translation>
        </message>
        <message>
            <source>Nothing logged yet today.</source>
            <translation>Hoy aún no hay nada registrado.</translation>
        </message>
        <message>
            <source>{time}  pain {pain}/10</source>
            <translation>{time}  dolor {pain}/10</translation>
        </message>
        <message>
            <source>worst {worst}</source>
            <translation>máximo {worst}</translation>
        </message>
        <message>
            <source>The relief status could not be read: {reason}</source>
            <translation>No se pudo leer el estado del alivio: {reason}</translation>
        </message>
        <message>
            <source>No treatment sessions recorded yet. Once you add one (Sessions), this shows how your pain compares with your usual pain before it.</source>
            <translation>Aún no hay sesiones de tratamiento. Cuando añada una (Sesiones), aquí verá cómo se compara su dolor con su dolor habitual de antes.</translation>
        </message>
        <message>
            <source>Your latest course has not ended yet; this shows how your pain compares once it has.</source>
            <translation>Su último ciclo aún no ha terminado; cuando termine, aquí verá cómo se compara su dolor.</translation>
        </message>
    </context>
    <context>
        <name>TookPanel</name>
        <message>
            <source>I took…</source>
            <translation>Tomé…</translation>
        </message>
        <message>
            <source>I took {name}</source>
            <translation>Tomé {name}</translation>
        </message>
        <message>
            <source>Saved: {amount} {unit} of {name} at {time}. Ctrl+Z undoes it.</source>
            <translation>Guardado: {amount} {unit} de {name} a las {time}. Ctrl+Z lo deshace.</translation>
        </message>
    </context>
    <context>
        <name>TransferActions</name>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Importar…</translation>
        </message>
        <message>
            <source>Add records from a paindiary file, another app's export or a spreadsheet</source>
            <translation>Añadir registros de un archivo de paindiary, de la exportación de otra aplicación o de una hoja de cálculo</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>E&amp;xportar</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exportar</translation>
        </message>
        <message>
            <source>paindiary &amp;JSON (complete)…</source>
            <translation>&amp;JSON de paindiary (completo)…</translation>
        </message>
        <message>
            <source>JSON documents (*.json)</source>
            <translation>Documentos JSON (*.json)</translation>
        </message>
        <message>
            <source>Spreadsheet &amp;CSV (complete)…</source>
            <translation>Hoja de cálculo &amp;CSV (completa)…</translation>
        </message>
        <message>
            <source>CSV spreadsheets (*.csv)</source>
            <translation>Hojas de cálculo CSV (*.csv)</translation>
        </message>
        <message>
            <source>&amp;FHIR R4 bundle for clinics…</source>
            <translation>Paquete &amp;FHIR R4 para clínicas…</translation>
        </message>
        <message>
            <source>FHIR bundles (*.fhir.json)</source>
            <translation>Paquetes FHIR (*.fhir.json)</translation>
        </message>
        <message>
            <source>Write the whole diary to a file of this kind</source>
            <translation>Escribir todo el diario en un archivo de este tipo</translation>
        </message>
        <message>
            <source>Import finished</source>
            <translation>Importación terminada</translation>
        </message>
        <message>
            <source>Export the diary</source>
            <translation>Exportar el diario</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>Error al exportar</translation>
        </message>
        <message>
            <source>The file was not written: {error}</source>
            <translation>El archivo no se escribió: {error}</translation>
        </message>
        <message>
            <source>Wrote {what} to {path}.</source>
            <translation>{what} escrito en {path}.</translation>
        </message>
    </context>
    <context>
        <name>Undo</name>
        <message>
            <source>Delete {name}</source>
            <translation>Borrar {name}</translation>
        </message>
        <message>
            <source>Change {name}</source>
            <translation>Cambiar {name}</translation>
        </message>
        <message>
            <source>a dose</source>
            <translation>una toma</translation>
        </message>
        <message>
            <source>Add another treatment</source>
            <translation>Añadir otro tratamiento</translation>
        </message>
        <message>
            <source>Add {name}</source>
            <translation>Añadir {name}</translation>
        </message>
        <message>
            <source>Log a dose of {name}</source>
            <translation>Anotar una toma de {name}</translation>
        </message>
        <message>
            <source>Could not redo “{what}”: {reason}</source>
            <translation>No se pudo rehacer «{what}»: {reason}</translation>
        </message>
        <message>
            <source>Could not undo “{what}”: {reason}</source>
            <translation>No se pudo deshacer «{what}»: {reason}</translation>
        </message>
        <message>
            <source>the diary it was made in has been replaced.</source>
            <translation>el diario en el que se hizo ha sido sustituido.</translation>
        </message>
        <message>
            <source>Log pain {pain}</source>
            <translation>Registrar dolor {pain}</translation>
        </message>
        <message>
            <source>Edit entry</source>
            <translation>Editar registro</translation>
        </message>
        <message>
            <source>Delete {count} entries</source>
            <translation>Borrar {count} registros</translation>
        </message>
    </context>
    <context>
        <name>WhenField</name>
        <message>
            <source>now</source>
            <translation>ahora</translation>
        </message>
        <message>
            <source>When the pain was (date and time)</source>
            <translation>Cuándo fue el dolor (fecha y hora)</translation>
        </message>
        <message>
            <source>Earlier…</source>
            <translation>Antes…</translation>
        </message>
        <message>
            <source>Log for an earlier time</source>
            <translation>Registrar para una hora anterior</translation>
        </message>
        <message>
            <source>When:</source>
            <translation>Cuándo:</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>Ahora</translation>
        </message>
        <message>
            <source>Log for now</source>
            <translation>Registrar para ahora</translation>
        </message>
        <message>
            <source>A time in the future</source>
            <translation>Una hora en el futuro</translation>
        </message>
        <message>
            <source>This time is in the future. Save the entry for it anyway?</source>
            <translation>Esta hora está en el futuro. ¿Guardar la entrada para ella de todos modos?</translation>
        </message>
    </context>
    <context>
        <name>paindiary</name>
        <message>
            <source>Noticed in your diary: you may want to mention these at your next appointment</source>
            <translation>Observado en su diario: quizá quiera mencionarlo en su próxima cita</translation>
        </message>
        <message>
            <source>The diary cannot tell why.</source>
            <translation>El diario no puede decir por qué.</translation>
        </message>
        <message>
            <source>The top blood pressure you recorded at a session was {systolic}/{diastolic} mmHg, on {date}.</source>
            <translation>La presión arterial máxima que usted registró en una sesión fue {systolic}/{diastolic} mmHg, el {date}.</translation>
        </message>
        <message numerus="yes">
            <source>You had {count} sessions in the last 3 months, compared with {before} in the 3 months before.</source>
            <translation>
                <numerusform>Tuvo {count} sesión en los últimos 3 meses, frente a {before} en los 3 meses anteriores.</numerusform>
                <numerusform>Tuvo {count} sesiones en los últimos 3 meses, frente a {before} en los 3 meses anteriores.</numerusform>
            </translation>
        </message>
        <message>
            <source>{treatment}, courses of {sessions}</source>
            <translation>{treatment}, ciclos de {sessions}</translation>
        </message>
        <message>
            <source>Your usual pain before course {latest_course} was {latest}, compared with {first} before course {first_course}.</source>
            <translation>Su dolor habitual antes del ciclo {latest_course} fue {latest}, frente a {first} antes del ciclo {first_course}.</translation>
        </message>
        <message>
            <source>About the diary itself: you logged pain on fewer days after {count} of your last {last} courses than before them, so those courses show less.</source>
            <translation>Sobre el propio diario: después de {count} de sus últimos {last} ciclos registró el dolor en menos días que antes, así que esos ciclos muestran menos.</translation>
        </message>
        <message numerus="yes">
            <source>{count} days</source>
            <translation>
                <numerusform>{count} día</numerusform>
                <numerusform>{count} días</numerusform>
            </translation>
        </message>
        <message>
            <source>{group}: the median dose per session of your last 3 courses was {last} mg/kg, compared with {first} mg/kg for your first 3.</source>
            <translation>{group}: la mediana de la dosis por sesión de sus últimos 3 ciclos fue {last} mg/kg, frente a {first} mg/kg en sus 3 primeros.</translation>
        </message>
        <message>
            <source>{group}: relief lasted a median of {last} after your last 3 courses, compared with {earlier} after the {count} before; this can be chance.</source>
            <translation>{group}: el alivio duró una mediana de {last} después de sus últimos 3 ciclos, frente a {earlier} después de los {count} anteriores; puede ser casualidad.</translation>
        </message>
        <message>
            <source>Bladder symptoms were recorded {count} times in the last 6 months, most recently on {date}.</source>
            <translation>Se registraron síntomas de vejiga {count} veces en los últimos 6 meses, la última el {date}.</translation>
        </message>
        <message>
            <source>Blood in urine was recorded on {dates}.</source>
            <translation>Se registró sangre en la orina el {dates}.</translation>
        </message>
        <message>
            <source>Bladder symptoms rated moderate or severe were recorded on {dates}.</source>
            <translation>Se registraron síntomas de vejiga moderados o graves el {dates}.</translation>
        </message>
        <message>
            <source>Side effects you rated severe: {listed}.</source>
            <translation>Efectos secundarios que usted calificó de graves: {listed}.</translation>
        </message>
        <message>
            <source>Hallucinations or agitation were recorded after {count} of your last {last} courses.</source>
            <translation>Se registraron alucinaciones o agitación después de {count} de sus últimos {last} ciclos.</translation>
        </message>
        <message>
            <source>{effect} on {date}</source>
            <translation>{effect} el {date}</translation>
        </message>
        <message>
            <source>not enough entries before this course to compare with</source>
            <translation>no hay suficientes registros antes de este ciclo para comparar</translation>
        </message>
        <message>
            <source>no pain before this course to compare with</source>
            <translation>sin dolor antes de este ciclo con el que comparar</translation>
        </message>
        <message>
            <source>no entries since this course yet</source>
            <translation>aún no hay registros desde este ciclo</translation>
        </message>
        <message>
            <source>too early to tell</source>
            <translation>aún es pronto para saberlo</translation>
        </message>
        <message numerus="yes">
            <source>relief at 30 % for at least {days} days so far</source>
            <translation>
                <numerusform>alivio del 30 % durante al menos {days} día hasta ahora</numerusform>
                <numerusform>alivio del 30 % durante al menos {days} días hasta ahora</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>relief at 30 % for at least {days} days</source>
            <translation>
                <numerusform>alivio del 30 % durante al menos {days} día</numerusform>
                <numerusform>alivio del 30 % durante al menos {days} días</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>no entries in the first {days} days after this course</source>
            <translation>
                <numerusform>sin registros en el primer {days} día tras este ciclo</numerusform>
                <numerusform>sin registros en los primeros {days} días tras este ciclo</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>pain did not fall by 30 % or more in the first {days} days</source>
            <translation>
                <numerusform>el dolor no bajó un 30 % o más en el primer {days} día</numerusform>
                <numerusform>el dolor no bajó un 30 % o más en los primeros {days} días</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>relief at 30 % for at least {days} days, then no entries for more than {gap} days</source>
            <translation>
                <numerusform>alivio del 30 % durante al menos {days} día, luego más de {gap} días sin registros</numerusform>
                <numerusform>alivio del 30 % durante al menos {days} días, luego más de {gap} días sin registros</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>relief at 30 % for {days} days, until the next course</source>
            <translation>
                <numerusform>alivio del 30 % durante {days} día, hasta el siguiente ciclo</numerusform>
                <numerusform>alivio del 30 % durante {days} días, hasta el siguiente ciclo</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>relief at 30 % for {days} days</source>
            <translation>
                <numerusform>alivio del 30 % durante {days} día</numerusform>
                <numerusform>alivio del 30 % durante {days} días</numerusform>
            </translation>
        </message>
        <message>
            <source>Pain was lower only on the day of the session and the next day.</source>
            <translation>El dolor fue más bajo solo el día de la sesión y el día siguiente.</translation>
        </message>
        <message>
            <source>Your usual pain before this course was 0/10, so there was no pain for relief to reduce.</source>
            <translation>Su dolor habitual antes de este ciclo era 0/10, así que no había dolor que el alivio pudiera reducir.</translation>
        </message>
        <message>
            <source>No entries in the days after this course, so relief cannot be measured.</source>
            <translation>No hay registros en los días posteriores a este ciclo, así que no se puede medir el alivio.</translation>
        </message>
        <message>
            <source>Your pain was at least {threshold} % below your usual pain ({usual}/10) on day {onset} after this course.</source>
            <translation>El día {onset} después de este ciclo su dolor estuvo al menos un {threshold} % por debajo de su dolor habitual ({usual}/10).</translation>
        </message>
        <message numerus="yes">
            <source>For at least {days} days after this course (day 0 to day {last}) your pain was at least {threshold} % below your usual pain ({usual}/10); it had not ended when the next course began.</source>
            <translation>
                <numerusform>Durante al menos {days} día después de este ciclo (día 0) su dolor estuvo al menos un {threshold} % por debajo de su dolor habitual ({usual}/10); no había terminado cuando empezó el siguiente ciclo.</numerusform>
                <numerusform>Durante al menos {days} días después de este ciclo (del día 0 al día {last}) su dolor estuvo al menos un {threshold} % por debajo de su dolor habitual ({usual}/10); no había terminado cuando empezó el siguiente ciclo.</numerusform>
            </translation>
        </message>
        <message>
            <source>Pain was lower only on the day of the session.</source>
            <translation>El dolor fue más bajo solo el día de la sesión.</translation>
        </message>
        <message numerus="yes">
            <source>Your usual pain was low; in points, on day {day} your pain was about {points} points lower ({pain}/10).</source>
            <translation>
                <numerusform>Su dolor habitual era bajo; en puntos, el día {day} su dolor fue alrededor de {points} punto más bajo ({pain}/10).</numerusform>
                <numerusform>Su dolor habitual era bajo; en puntos, el día {day} su dolor fue alrededor de {points} puntos más bajo ({pain}/10).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Your usual pain was low; in points, on day {day} your pain was about {points} points higher ({pain}/10).</source>
            <translation>
                <numerusform>Su dolor habitual era bajo; en puntos, el día {day} su dolor fue alrededor de {points} punto más alto ({pain}/10).</numerusform>
                <numerusform>Su dolor habitual era bajo; en puntos, el día {day} su dolor fue alrededor de {points} puntos más alto ({pain}/10).</numerusform>
            </translation>
        </message>
        <message>
            <source>Compared with your usual pain before course {course} ({usual}/10, {when}), because the weeks before this course were still affected by earlier sessions.</source>
            <translation>Comparado con su dolor habitual antes del ciclo {course} ({usual}/10, {when}), porque las semanas anteriores a este ciclo aún estaban afectadas por sesiones previas.</translation>
        </message>
        <message>
            <source>Compared with your usual pain before course {course} ({usual}/10, {when}), because there were too few entries in the weeks before this course.</source>
            <translation>Comparado con su dolor habitual antes del ciclo {course} ({usual}/10, {when}), porque hubo muy pocos registros en las semanas anteriores a este ciclo.</translation>
        </message>
        <message>
            <source>Your pain was at least {threshold} % below your usual pain ({usual}/10) only on day {onset} after this course.</source>
            <translation>Solo el día {onset} después de este ciclo su dolor estuvo al menos un {threshold} % por debajo de su dolor habitual ({usual}/10).</translation>
        </message>
        <message>
            <source>Your pain was at least {threshold} % below your usual pain ({usual}/10) from day {onset} to day {last} after this course.</source>
            <translation>Del día {onset} al día {last} después de este ciclo su dolor estuvo al menos un {threshold} % por debajo de su dolor habitual ({usual}/10).</translation>
        </message>
        <message>
            <source>It had not ended when the next course began.</source>
            <translation>No había terminado cuando empezó el siguiente ciclo.</translation>
        </message>
        <message>
            <source>Then there were no entries for more than {gap} days.</source>
            <translation>Después no hubo registros durante más de {gap} días.</translation>
        </message>
        <message>
            <source>Relief is followed for {horizon} days at most.</source>
            <translation>El alivio se sigue como máximo {horizon} días.</translation>
        </message>
        <message numerus="yes">
            <source>That is at least {days} days of relief, counted from day 0.</source>
            <translation>
                <numerusform>Es al menos {days} día de alivio, contado desde el día 0.</numerusform>
                <numerusform>Son al menos {days} días de alivio, contados desde el día 0.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>That is {days} days of relief, counted from day 0.</source>
            <translation>
                <numerusform>Es {days} día de alivio, contado desde el día 0.</numerusform>
                <numerusform>Son {days} días de alivio, contados desde el día 0.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>For {days} days after this course (day 0 to day {last}) your pain was at least {threshold} % below your usual pain ({usual}/10).</source>
            <translation>
                <numerusform>Durante {days} día después de este ciclo (día 0) su dolor estuvo al menos un {threshold} % por debajo de su dolor habitual ({usual}/10).</numerusform>
                <numerusform>Durante {days} días después de este ciclo (del día 0 al día {last}) su dolor estuvo al menos un {threshold} % por debajo de su dolor habitual ({usual}/10).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>For at least {days} days after this course (day 0 to day {last}) your pain was at least {threshold} % below your usual pain ({usual}/10); then there were no entries for more than {gap} days.</source>
            <translation>
                <numerusform>Durante al menos {days} día después de este ciclo (día 0) su dolor estuvo al menos un {threshold} % por debajo de su dolor habitual ({usual}/10); después no hubo registros durante más de {gap} días.</numerusform>
                <numerusform>Durante al menos {days} días después de este ciclo (del día 0 al día {last}) su dolor estuvo al menos un {threshold} % por debajo de su dolor habitual ({usual}/10); después no hubo registros durante más de {gap} días.</numerusform>
            </translation>
        </message>
        <message>
            <source>Your pain did not fall by {threshold} % or more below your usual pain ({usual}/10) by day {onset} after this course.</source>
            <translation>Su dolor no bajó un {threshold} % o más por debajo de su dolor habitual ({usual}/10) hasta el día {onset} después de este ciclo.</translation>
        </message>
        <message numerus="yes">
            <source>Too early to tell: {days} days of diary since this course; relief has until day {onset} to begin.</source>
            <translation>
                <numerusform>Aún es pronto: {days} día de diario desde este ciclo; el alivio tiene hasta el día {onset} para empezar.</numerusform>
                <numerusform>Aún es pronto: {days} días de diario desde este ciclo; el alivio tiene hasta el día {onset} para empezar.</numerusform>
            </translation>
        </message>
        <message>
            <source>No entries in the first days after this course (day 0 to day {onset}), so the diary cannot show how your pain changed after it.</source>
            <translation>No hay registros en los primeros días después de este ciclo (del día 0 al día {onset}), así que el diario no puede mostrar cómo cambió su dolor después.</translation>
        </message>
        <message numerus="yes">
            <source>Not enough entries before this course to know your usual pain ({days} days with entries; {needed} needed).</source>
            <translation>
                <numerusform>No hay suficientes registros antes de este ciclo para conocer su dolor habitual ({days} día con registros; se necesitan {needed}).</numerusform>
                <numerusform>No hay suficientes registros antes de este ciclo para conocer su dolor habitual ({days} días con registros; se necesitan {needed}).</numerusform>
            </translation>
        </message>
        <message>
            <source>Lowest on day {day}: {pain}/10, {percent} % below usual.</source>
            <translation>Punto más bajo el día {day}: {pain}/10, un {percent} % por debajo de lo habitual.</translation>
        </message>
        <message numerus="yes">
            <source>Your usual pain rests on only {days} days with entries before this course.</source>
            <translation>
                <numerusform>Su dolor habitual se basa en solo {days} día con registros antes de este ciclo.</numerusform>
                <numerusform>Su dolor habitual se basa en solo {days} días con registros antes de este ciclo.</numerusform>
            </translation>
        </message>
        <message>
            <source>In the week before this course your pain was higher than usual ({week}/10 against {usual}/10), so part of a fall afterwards may be that flare passing.</source>
            <translation>En la semana anterior a este ciclo su dolor fue más alto de lo habitual ({week}/10 frente a {usual}/10), así que parte de la bajada posterior puede ser el fin de esa crisis.</translation>
        </message>
        <message>
            <source>You logged less than half as often as before this course.</source>
            <translation>Registró menos de la mitad de veces que antes de este ciclo.</translation>
        </message>
        <message>
            <source>Your pain was also lower late in this period (from about day {day}). The diary cannot link that to this course.</source>
            <translation>Su dolor también fue más bajo al final de este periodo (desde el día {day} aproximadamente). El diario no puede relacionarlo con este ciclo.</translation>
        </message>
        <message>
            <source>It had not ended on your last entry.</source>
            <translation>No había terminado en su último registro.</translation>
        </message>
        <message numerus="yes">
            <source>For at least {days} days after this course (day 0 to day {last}) your pain was at least {threshold} % below your usual pain ({usual}/10); relief is followed for {horizon} days at most.</source>
            <translation>
                <numerusform>Durante al menos {days} día después de este ciclo (día 0) su dolor estuvo al menos un {threshold} % por debajo de su dolor habitual ({usual}/10); el alivio se sigue como máximo {horizon} días.</numerusform>
                <numerusform>Durante al menos {days} días después de este ciclo (del día 0 al día {last}) su dolor estuvo al menos un {threshold} % por debajo de su dolor habitual ({usual}/10); el alivio se sigue como máximo {horizon} días.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>For at least {days} days so far after this course (day 0 to day {last}) your pain was at least {threshold} % below your usual pain ({usual}/10); it had not ended on your last entry.</source>
            <translation>
                <numerusform>Hasta ahora, durante al menos {days} día después de este ciclo (día 0) su dolor estuvo al menos un {threshold} % por debajo de su dolor habitual ({usual}/10); no había terminado en su último registro.</numerusform>
                <numerusform>Hasta ahora, durante al menos {days} días después de este ciclo (del día 0 al día {last}) su dolor estuvo al menos un {threshold} % por debajo de su dolor habitual ({usual}/10); no había terminado en su último registro.</numerusform>
            </translation>
        </message>
        <message>
            <source>Its largest fall in the first {days} days: {percent} % below usual on day {day} ({pain}/10).</source>
            <translation>Su mayor bajada en los primeros {days} días: un {percent} % por debajo de lo habitual el día {day} ({pain}/10).</translation>
        </message>
        <message numerus="yes">
            <source>There is no usual pain to compare with: the weeks before this course were still affected by earlier sessions, and there were no treatment-free weeks in the last {months} months to compare with.</source>
            <translation>
                <numerusform>No hay dolor habitual con el que comparar: las semanas anteriores a este ciclo aún estaban afectadas por sesiones previas, y no hubo semanas sin tratamiento en el último mes con las que comparar.</numerusform>
                <numerusform>No hay dolor habitual con el que comparar: las semanas anteriores a este ciclo aún estaban afectadas por sesiones previas, y no hubo semanas sin tratamiento en los últimos {months} meses con las que comparar.</numerusform>
            </translation>
        </message>
        <message>
            <source>Your usual pain was low; on day {day} your pain was about the same ({pain}/10).</source>
            <translation>Su dolor habitual era bajo; el día {day} su dolor fue más o menos el mismo ({pain}/10).</translation>
        </message>
        <message>
            <source>In the first {days} days it was not lower than usual.</source>
            <translation>En los primeros {days} días no fue más bajo de lo habitual.</translation>
        </message>
        <message>
            <source>Its largest fall in the first {days} days came on day {day} ({pain}/10, {percent} % below usual): too late to count for this course.</source>
            <translation>Su mayor bajada en los primeros {days} días llegó el día {day} ({pain}/10, un {percent} % por debajo de lo habitual): demasiado tarde para contar para este ciclo.</translation>
        </message>
        <message numerus="yes">
            <source>Based on {logged} days with entries in the first {days} days.</source>
            <translation>
                <numerusform>Basado en {logged} día con registros en los primeros {days} días.</numerusform>
                <numerusform>Basado en {logged} días con registros en los primeros {days} días.</numerusform>
            </translation>
        </message>
        <message>
            <source>No treatment sessions recorded yet, so there are no courses to describe.</source>
            <translation>Aún no hay sesiones de tratamiento, así que no hay ciclos que describir.</translation>
        </message>
        <message>
            <source>This can be chance, and dose changed over time together with other things.</source>
            <translation>Puede ser casualidad, y la dosis cambió con el tiempo junto con otras cosas.</translation>
        </message>
        <message>
            <source>These levels were set for changes measured over weeks in studies. For one person, a difference of a day or two between courses is often chance.</source>
            <translation>Estos niveles se fijaron en estudios para cambios medidos a lo largo de semanas. En una sola persona, una diferencia de uno o dos días entre ciclos suele ser casualidad.</translation>
        </message>
        <message>
            <source>Bladder symptoms were recorded after at least one session.</source>
            <translation>Se registraron síntomas de vejiga después de al menos una sesión.</translation>
        </message>
        <message>
            <source>Twice a week or more</source>
            <translation>Dos veces por semana o más</translation>
        </message>
        <message>
            <source>About weekly</source>
            <translation>Más o menos semanal</translation>
        </message>
        <message>
            <source>About every two weeks</source>
            <translation>Más o menos cada dos semanas</translation>
        </message>
        <message>
            <source>{treatment}, courses of {count} sessions</source>
            <translation>{treatment}, ciclos de {count} sesiones</translation>
        </message>
        <message numerus="yes">
            <source>{group}: relief at 30 % typically lasted {days} days ({courses} courses, {low}–{high} days).</source>
            <translation>
                <numerusform>{group}: el alivio del 30 % duró normalmente {days} día ({courses} ciclos, {low}–{high} días).</numerusform>
                <numerusform>{group}: el alivio del 30 % duró normalmente {days} días ({courses} ciclos, {low}–{high} días).</numerusform>
            </translation>
        </message>
        <message>
            <source>{band} from {start} to {end} ({sessions})</source>
            <translation>{band} del {start} al {end} ({sessions})</translation>
        </message>
        <message>
            <source>{lead}: {facts}.</source>
            <translation>{lead}: {facts}.</translation>
        </message>
        <message numerus="yes">
            <source>Relief at {threshold} % lasted {days} days.</source>
            <translation>
                <numerusform>El alivio del {threshold} % duró {days} día.</numerusform>
                <numerusform>El alivio del {threshold} % duró {days} días.</numerusform>
            </translation>
        </message>
        <message>
            <source>Day {day} after course {course}.</source>
            <translation>Día {day} tras el ciclo {course}.</translation>
        </message>
        <message numerus="yes">
            <source>Recorded after each of your last {count} courses: {names}.</source>
            <translation>
                <numerusform>Registrado tras su último ciclo: {names}.</numerusform>
                <numerusform>Registrado tras cada uno de sus últimos {count} ciclos: {names}.</numerusform>
            </translation>
        </message>
        <message>
            <source>{treatment}, single sessions</source>
            <translation>{treatment}, sesiones sueltas</translation>
        </message>
        <message numerus="yes">
            <source>{group}: relief at 30 % typically lasted at least {days} days ({courses} courses, {low}–{high} days).</source>
            <translation>
                <numerusform>{group}: el alivio del 30 % duró normalmente al menos {days} día ({courses} ciclos, {low}–{high} días).</numerusform>
                <numerusform>{group}: el alivio del 30 % duró normalmente al menos {days} días ({courses} ciclos, {low}–{high} días).</numerusform>
            </translation>
        </message>
        <message>
            <source>{group}: in most courses pain did not fall by 30 % or more ({courses} courses, {low}–{high} days of relief).</source>
            <translation>{group}: en la mayoría de los ciclos el dolor no bajó un 30 % o más ({courses} ciclos, {low}–{high} días de alivio).</translation>
        </message>
        <message>
            <source>{lead}: no entries.</source>
            <translation>{lead}: sin registros.</translation>
        </message>
        <message>
            <source>pain averaged {pain}/10</source>
            <translation>el dolor medio fue {pain}/10</translation>
        </message>
        <message>
            <source>Too early to tell whether pain fell by {threshold} % or more.</source>
            <translation>Aún es pronto para saber si el dolor bajó un {threshold} % o más.</translation>
        </message>
        <message>
            <source>No relief at {threshold} % by day {onset}.</source>
            <translation>Sin alivio del {threshold} % hasta el día {onset}.</translation>
        </message>
        <message numerus="yes">
            <source>Relief at {threshold} % for at least {days} days so far.</source>
            <translation>
                <numerusform>Alivio del {threshold} % durante al menos {days} día hasta ahora.</numerusform>
                <numerusform>Alivio del {threshold} % durante al menos {days} días hasta ahora.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Relief at {threshold} % for at least {days} days.</source>
            <translation>
                <numerusform>Alivio del {threshold} % durante al menos {days} día.</numerusform>
                <numerusform>Alivio del {threshold} % durante al menos {days} días.</numerusform>
            </translation>
        </message>
        <message>
            <source>Your pain on your last two days with entries was about {recent}/10; your usual is {usual}/10.</source>
            <translation>Su dolor en sus dos últimos días con registros fue de unos {recent}/10; su dolor habitual es {usual}/10.</translation>
        </message>
        <message>
            <source>Your usual pain before it was {usual}/10; there are not two recent days with entries after it to compare with.</source>
            <translation>Su dolor habitual antes era {usual}/10; no hay dos días recientes con registros después con los que comparar.</translation>
        </message>
        <message numerus="yes">
            <source>{count} sessions</source>
            <translation>
                <numerusform>{count} sesión</numerusform>
                <numerusform>{count} sesiones</numerusform>
            </translation>
        </message>
        <message>
            <source>before doses {pain}/10</source>
            <translation>antes de las dosis {pain}/10</translation>
        </message>
        <message>
            <source>{percent} % below your usual {usual}/10</source>
            <translation>un {percent} % por debajo de su dolor habitual de {usual}/10</translation>
        </message>
        <message>
            <source>against your usual {usual}/10</source>
            <translation>frente a su dolor habitual de {usual}/10</translation>
        </message>
        <message>
            <source>(before course {course})</source>
            <translation>(antes del ciclo {course})</translation>
        </message>
        <message>
            <source>{before} before, {after} in days 0–13</source>
            <translation>{before} antes, {after} en los días 0–13</translation>
        </message>
        <message>
            <source>PEG (pain, enjoyment, activity): {values}</source>
            <translation>PEG (dolor, disfrute, actividad): {values}</translation>
        </message>
        <message>
            <source>Pain's interference with sleep: {values}</source>
            <translation>Interferencia del dolor con el sueño: {values}</translation>
        </message>
        <message>
            <source>Mood: {values}</source>
            <translation>Ánimo: {values}</translation>
        </message>
        <message>
            <source>{words} ({value} of 7)</source>
            <translation>{words} ({value} de 7)</translation>
        </message>
        <message>
            <source>Impression of change: {answers}</source>
            <translation>Impresión de cambio: {answers}</translation>
        </message>
        <message>
            <source>Top session blood pressure: {systolic}/{diastolic} mmHg on {date}</source>
            <translation>Presión arterial máxima en las sesiones: {systolic}/{diastolic} mmHg el {date}</translation>
        </message>
        <message>
            <source>day {day}: {answer}</source>
            <translation>día {day}: {answer}</translation>
        </message>
        <message>
            <source>As-needed medicine on {before} days a week in the 4 weeks before, {after} in the {days} days after.</source>
            <translation>Medicación a demanda {before} días por semana en las 4 semanas anteriores, {after} en los {days} días posteriores.</translation>
        </message>
        <message>
            <source>physiotherapy</source>
            <translation>fisioterapia</translation>
        </message>
        <message>
            <source>psychological therapy</source>
            <translation>terapia psicológica</translation>
        </message>
        <message>
            <source>an exercise programme</source>
            <translation>un programa de ejercicio</translation>
        </message>
        <message>
            <source>a nerve block</source>
            <translation>un bloqueo nervioso</translation>
        </message>
        <message>
            <source>a new medicine</source>
            <translation>un medicamento nuevo</translation>
        </message>
        <message>
            <source>another treatment</source>
            <translation>otro tratamiento</translation>
        </message>
        <message>
            <source>{what} started on day {day} of this window.</source>
            <translation>{what} comenzó el día {day} de este periodo.</translation>
        </message>
        <message>
            <source>Opioids: {before} MME a day before, {after} after (approximate, for trend only).</source>
            <translation>Opioides: {before} MME al día antes, {after} después (aproximado, solo para ver la tendencia).</translation>
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
            <translation>ninguna prevista</translation>
        </message>
        <message>
            <source>Pain over time</source>
            <translation>Dolor a lo largo del tiempo</translation>
        </message>
        <message>
            <source>Relief after each course</source>
            <translation>Alivio tras cada ciclo</translation>
        </message>
        <message>
            <source>Relief days by dose</source>
            <translation>Días de alivio según la dosis</translation>
        </message>
        <message>
            <source>Side effects</source>
            <translation>Efectos secundarios</translation>
        </message>
        <message>
            <source>Pain diary: appointment report</source>
            <translation>Diario del dolor: informe para la cita</translation>
        </message>
        <message>
            <source>Patient-reported, not medical advice.</source>
            <translation>Datos registrados por el paciente, no es un consejo médico.</translation>
        </message>
        <message>
            <source>{date}: {treatment}</source>
            <translation>{date}: {treatment}</translation>
        </message>
        <message>
            <source>Dosing runs</source>
            <translation>Fases de dosificación</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Fecha de nacimiento</translation>
        </message>
        <message>
            <source>Clinic</source>
            <translation>Clínica</translation>
        </message>
        <message>
            <source>Clinician</source>
            <translation>Médico/a</translation>
        </message>
        <message numerus="yes">
            <source>{missing} of {total} days in the period have no entry.</source>
            <translation>
                <numerusform>{missing} de {total} día del periodo no tiene ningún registro.</numerusform>
                <numerusform>{missing} de {total} días del periodo no tienen ningún registro.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{logged} of {total} days in the period have entries</source>
            <translation>
                <numerusform>{logged} de {total} día del periodo tiene registros</numerusform>
                <numerusform>{logged} de {total} días del periodo tienen registros</numerusform>
            </translation>
        </message>
        <message>
            <source>Usual pain carried from an earlier course for courses {courses}.</source>
            <translation>Dolor habitual tomado de un ciclo anterior para los ciclos {courses}.</translation>
        </message>
        <message>
            <source>Sparse follow-up (fewer than 7 of the first 14 days logged) after courses {courses}.</source>
            <translation>Seguimiento escaso (menos de 7 de los primeros 14 días registrados) tras los ciclos {courses}.</translation>
        </message>
        <message>
            <source>Relief not measured for courses {courses}: too little diary before them.</source>
            <translation>Alivio no medido en los ciclos {courses}: muy pocos registros antes.</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Ajustes</translation>
        </message>
        <message>
            <source>not available</source>
            <translation>no disponible</translation>
        </message>
        <message>
            <source>Latest course</source>
            <translation>Último ciclo</translation>
        </message>
        <message>
            <source>Typical relief</source>
            <translation>Alivio típico</translation>
        </message>
        <message>
            <source>Function (PEG)</source>
            <translation>Función (PEG)</translation>
        </message>
        <message>
            <source>As-needed medicine</source>
            <translation>Medicación a demanda</translation>
        </message>
        <message>
            <source>Opioids (MME per day)</source>
            <translation>Opioides (MME al día)</translation>
        </message>
        <message>
            <source>Exposure</source>
            <translation>Exposición</translation>
        </message>
        <message>
            <source>Usual pain</source>
            <translation>Dolor habitual</translation>
        </message>
        <message>
            <source>dose not recorded</source>
            <translation>dosis no registrada</translation>
        </message>
        <message>
            <source>dose not recorded for every session</source>
            <translation>dosis no registrada en todas las sesiones</translation>
        </message>
        <message>
            <source>not measured: too little diary before any course</source>
            <translation>no medido: muy pocos registros antes de los ciclos</translation>
        </message>
        <message>
            <source>{pain} / 10 before treatment (course {course}, {date})</source>
            <translation>{pain} / 10 antes del tratamiento (ciclo {course}, {date})</translation>
        </message>
        <message>
            <source>no course in this period</source>
            <translation>ningún ciclo en este periodo</translation>
        </message>
        <message>
            <source>course {course}, {date}: {treatment}, {dose}; relief days at 30 %: {r30}, at 50 %: {r50}</source>
            <translation>ciclo {course}, {date}: {treatment}, {dose}; días de alivio al 30 %: {r30}, al 50 %: {r50}</translation>
        </message>
        <message>
            <source>not recorded</source>
            <translation>no registrado</translation>
        </message>
        <message numerus="yes">
            <source>{count} sessions ({mg})</source>
            <translation>
                <numerusform>{count} sesión ({mg})</numerusform>
                <numerusform>{count} sesiones ({mg})</numerusform>
            </translation>
        </message>
        <message>
            <source>fewer than 3 comparable courses</source>
            <translation>menos de 3 ciclos comparables</translation>
        </message>
        <message>
            <source>{before} / 10 before course {course} ({days_before} days of its usual-pain window) vs {after} / 10 in days 0–13 after ({days_after} days)</source>
            <translation>{before} / 10 antes del ciclo {course} ({days_before} días de su periodo de dolor habitual) frente a {after} / 10 en los días 0–13 después ({days_after} días)</translation>
        </message>
        <message>
            <source>none recorded</source>
            <translation>ninguna registrada</translation>
        </message>
        <message>
            <source>no done sessions in the last 12 months</source>
            <translation>ninguna sesión realizada en los últimos 12 meses</translation>
        </message>
        <message>
            <source>before the last courses: {values}</source>
            <translation>antes de los últimos ciclos: {values}</translation>
        </message>
        <message>
            <source>day {day}</source>
            <translation>día {day}</translation>
        </message>
        <message>
            <source>impression of change ({when}): {words}</source>
            <translation>impresión de cambio ({when}): {words}</translation>
        </message>
        <message>
            <source>{before} days per week in the {days_before} days before course {course} vs {after} in the {days_after} days from its day 0</source>
            <translation>{before} días por semana en los {days_before} días antes del ciclo {course} frente a {after} en los {days_after} días desde su día 0</translation>
        </message>
        <message>
            <source>{before} in the {days_before} days before course {course} vs {after} in the {days_after} days from its day 0 (approximate, for trend only)</source>
            <translation>{before} en los {days_before} días antes del ciclo {course} frente a {after} en los {days_after} días desde su día 0 (aproximado, solo para la tendencia)</translation>
        </message>
        <message>
            <source>{treatment}: {sessions_90} in the 90 days to {date}; {sessions_12} in 12 months</source>
            <translation>{treatment}: {sessions_90} en los 90 días hasta el {date}; {sessions_12} en 12 meses</translation>
        </message>
        <message>
            <source>median {days} days between courses</source>
            <translation>mediana de {days} días entre ciclos</translation>
        </message>
        <message>
            <source>{pain} (course {course})</source>
            <translation>{pain} (ciclo {course})</translation>
        </message>
        <message>
            <source>is empty</source>
            <translation>está vacía</translation>
        </message>
        <message>
            <source>is not a list</source>
            <translation>no es una lista</translation>
        </message>
        <message>
            <source>{value} is not yes or no</source>
            <translation>{value} no es sí ni no</translation>
        </message>
        <message>
            <source>{value} is not a question</source>
            <translation>{value} no es una pregunta</translation>
        </message>
        <message>
            <source>Medicine</source>
            <translation>Medicamento</translation>
        </message>
        <message>
            <source>Strength</source>
            <translation>Concentración</translation>
        </message>
        <message>
            <source>Taken</source>
            <translation>Toma</translation>
        </message>
        <message>
            <source>Daily amount</source>
            <translation>Cantidad diaria</translation>
        </message>
        <message>
            <source>For pain</source>
            <translation>Para el dolor</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>Desde</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Sesión</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <source>Blood pressure (mmHg)</source>
            <translation>Presión arterial (mmHg)</translation>
        </message>
        <message>
            <source>Heart rate (/min)</source>
            <translation>Pulso (/min)</translation>
        </message>
        <message>
            <source>before</source>
            <translation>antes</translation>
        </message>
        <message>
            <source>highest during</source>
            <translation>máxima durante</translation>
        </message>
        <message>
            <source>at discharge</source>
            <translation>al alta</translation>
        </message>
        <message>
            <source>at home</source>
            <translation>en casa</translation>
        </message>
        <message>
            <source>regularly</source>
            <translation>de forma regular</translation>
        </message>
        <message>
            <source>as needed</source>
            <translation>a demanda</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>sí</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <source>(opioid)</source>
            <translation>(opioide)</translation>
        </message>
        <message>
            <source>{date}: started {name}</source>
            <translation>{date}: empezó {name}</translation>
        </message>
        <message>
            <source>{date}: stopped {name}</source>
            <translation>{date}: dejó {name}</translation>
        </message>
        <message>
            <source>nothing ticked</source>
            <translation>nada marcado</translation>
        </message>
        <message>
            <source>◆ symptom ticked  ◇ none</source>
            <translation>◆ síntoma marcado  ◇ ninguno</translation>
        </message>
        <message>
            <source>{course}: bladder check-ins: {listed}</source>
            <translation>{course}: controles de vejiga: {listed}</translation>
        </message>
        <message>
            <source>Bladder check-in</source>
            <translation>Control de vejiga</translation>
        </message>
        <message>
            <source>more often</source>
            <translation>más a menudo</translation>
        </message>
        <message>
            <source>urgency</source>
            <translation>urgencia</translation>
        </message>
        <message>
            <source>pain</source>
            <translation>dolor</translation>
        </message>
        <message>
            <source>blood in urine</source>
            <translation>sangre en la orina</translation>
        </message>
        <message>
            <source>PEG: mean of pain, enjoyment, activity</source>
            <translation>PEG: media de dolor, disfrute, actividad</translation>
        </message>
        <message>
            <source>{date}: blood pressure {value} mmHg (top reading at the session)</source>
            <translation>{date}: presión arterial {value} mmHg (lectura máxima de la sesión)</translation>
        </message>
        <message numerus="yes">
            <source>{kind}, {count} sessions per course</source>
            <translation>
                <numerusform>{kind}, {count} sesión por ciclo</numerusform>
                <numerusform>{kind}, {count} sesiones por ciclo</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{group}: {count} courses</source>
            <translation>
                <numerusform>{group}: {count} ciclo</numerusform>
                <numerusform>{group}: {count} ciclos</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing to compare yet for this kind of course ({group}); other kinds have.</source>
            <translation>Aún no hay nada que comparar para este tipo de ciclo ({group}); para otros tipos sí.</translation>
        </message>
        <message>
            <source>Course {number} ({date})</source>
            <translation>Ciclo {number} ({date})</translation>
        </message>
        <message>
            <source>Not enough data yet.</source>
            <translation>Aún no hay datos suficientes.</translation>
        </message>
        <message>
            <source>{dose} mg</source>
            <translation>{dose} mg</translation>
        </message>
        <message>
            <source>Side effects: {effects}</source>
            <translation>Efectos secundarios: {effects}</translation>
        </message>
        <message>
            <source>({dose} mg/kg)</source>
            <translation>({dose} mg/kg)</translation>
        </message>
        <message>
            <source>dose not known</source>
            <translation>dosis desconocida</translation>
        </message>
        <message>
            <source>Dose per session (mg/kg)</source>
            <translation>Dosis por sesión (mg/kg)</translation>
        </message>
        <message>
            <source>Dose of the course (mg)</source>
            <translation>Dosis del ciclo (mg)</translation>
        </message>
        <message>
            <source>mg/kg per session</source>
            <translation>mg/kg por sesión</translation>
        </message>
        <message>
            <source>mg</source>
            <translation>mg</translation>
        </message>
        <message numerus="yes">
            <source>{course}: relief {days} days at 30 %, {days50} at 50 %; {dose}</source>
            <translation>
                <numerusform>{course}: alivio de {days} día al 30 %, {days50} al 50 %; {dose}</numerusform>
                <numerusform>{course}: alivio de {days} días al 30 %, {days50} al 50 %; {dose}</numerusform>
            </translation>
        </message>
        <message>
            <source>Course (date of first session)</source>
            <translation>Ciclo (fecha de la primera sesión)</translation>
        </message>
        <message>
            <source>Relief days</source>
            <translation>Días de alivio</translation>
        </message>
        <message>
            <source>Relief ended</source>
            <translation>Alivio terminado</translation>
        </message>
        <message>
            <source>Still going when the diary or the next course began: at least (≥)</source>
            <translation>Continuaba cuando terminó el diario o empezó el ciclo siguiente: al menos (≥)</translation>
        </message>
        <message>
            <source>Dashed outline: courses of other kinds, not compared</source>
            <translation>Contorno discontinuo: ciclos de otro tipo, no comparados</translation>
        </message>
        <message>
            <source>How long relief lasted after each course</source>
            <translation>Cuánto duró el alivio tras cada ciclo</translation>
        </message>
        <message>
            <source>Relief days (pain ≥ 30 % below usual)</source>
            <translation>Días de alivio (dolor ≥ 30 % por debajo del habitual)</translation>
        </message>
        <message>
            <source>No course of this kind has a recorded dose yet.</source>
            <translation>Aún ningún ciclo de este tipo tiene una dosis registrada.</translation>
        </message>
        <message>
            <source>Relief days appear here once a course has a week of diary after it.</source>
            <translation>Los días de alivio aparecen aquí cuando un ciclo tiene una semana de diario después.</translation>
        </message>
        <message>
            <source>{name} must end in .png, .svg or .pdf (the format follows the name)</source>
            <translation>{name} debe terminar en .png, .svg o .pdf (el formato depende del nombre)</translation>
        </message>
        <message>
            <source>Physiotherapy</source>
            <translation>Fisioterapia</translation>
        </message>
        <message>
            <source>Psychological therapy</source>
            <translation>Terapia psicológica</translation>
        </message>
        <message>
            <source>Exercise programme</source>
            <translation>Programa de ejercicio</translation>
        </message>
        <message>
            <source>Nerve block</source>
            <translation>Bloqueo nervioso</translation>
        </message>
        <message>
            <source>New medicine</source>
            <translation>Medicamento nuevo</translation>
        </message>
        <message>
            <source>Other treatment</source>
            <translation>Otro tratamiento</translation>
        </message>
        <message>
            <source>As-needed medicine taken (▼ per day)</source>
            <translation>Medicamento según necesidad tomado (▼ por día)</translation>
        </message>
        <message numerus="yes">
            <source>{date}: {count} as-needed doses</source>
            <translation>
                <numerusform>{date}: {count} toma según necesidad</numerusform>
                <numerusform>{date}: {count} tomas según necesidad</numerusform>
            </translation>
        </message>
        <message>
            <source>Typical relief: at least {days} days ({count} courses)</source>
            <translation>Alivio típico: al menos {days} días ({count} ciclos)</translation>
        </message>
        <message>
            <source>Typical relief: {days} days ({count} courses)</source>
            <translation>Alivio típico: {days} días ({count} ciclos)</translation>
        </message>
        <message>
            <source>{percent} % above usual</source>
            <translation>{percent} % por encima de lo habitual</translation>
        </message>
        <message>
            <source>Days since the course (day 0 = day of its last session)</source>
            <translation>Días desde el ciclo (día 0 = día de su última sesión)</translation>
        </message>
        <message>
            <source>Courses that day</source>
            <translation>Ciclos ese día</translation>
        </message>
        <message>
            <source>Other courses of this kind</source>
            <translation>Otros ciclos de este tipo</translation>
        </message>
        <message>
            <source>Dashed: relief still going when the diary (or the next course) began</source>
            <translation>Discontinua: el alivio continuaba cuando empezó el diario (o el ciclo siguiente)</translation>
        </message>
        <message>
            <source>Record a treatment session, and log your pain in the days before and after it, to see how long relief lasts.</source>
            <translation>Anote una sesión de tratamiento y registre su dolor en los días anteriores y posteriores para ver cuánto dura el alivio.</translation>
        </message>
        <message>
            <source>{percent} % below usual</source>
            <translation>{percent} % por debajo de lo habitual</translation>
        </message>
        <message>
            <source>Pain reduction from usual (%)</source>
            <translation>Reducción del dolor respecto a lo habitual (%)</translation>
        </message>
        <message>
            <source>latest</source>
            <translation>último</translation>
        </message>
        <message>
            <source>selected</source>
            <translation>seleccionado</translation>
        </message>
        <message>
            <source>Relief can be measured once a course has diary entries on at least {days} of the {period} days before it and entries after it.</source>
            <translation>El alivio se puede medir cuando un ciclo tiene registros en al menos {days} de los {period} días anteriores y registros después.</translation>
        </message>
        <message>
            <source>{course}, {which}</source>
            <translation>{course}, {which}</translation>
        </message>
        <message>
            <source>Median of {count} courses</source>
            <translation>Mediana de {count} ciclos</translation>
        </message>
        <message>
            <source>Not compared: {count} courses of other kinds</source>
            <translation>No comparados: {count} ciclos de otro tipo</translation>
        </message>
        <message>
            <source>{course}, day {day}: {reduction}</source>
            <translation>{course}, día {day}: {reduction}</translation>
        </message>
        <message numerus="yes">
            <source>Day {day}: {count} courses have entries</source>
            <translation>
                <numerusform>Día {day}: {count} ciclo tiene registros</numerusform>
                <numerusform>Día {day}: {count} ciclos tienen registros</numerusform>
            </translation>
        </message>
        <message>
            <source>30 %: moderate relief</source>
            <translation>30 %: alivio moderado</translation>
        </message>
        <message>
            <source>50 %: substantial relief</source>
            <translation>50 %: alivio sustancial</translation>
        </message>
        <message>
            <source>Median of the courses, day {day}: {reduction}</source>
            <translation>Mediana de los ciclos, día {day}: {reduction}</translation>
        </message>
        <message>
            <source>Course</source>
            <translation>Ciclo</translation>
        </message>
        <message>
            <source>Treatment</source>
            <translation>Tratamiento</translation>
        </message>
        <message>
            <source>Dose per session</source>
            <translation>Dosis por sesión</translation>
        </message>
        <message>
            <source>Relief days at 30 %</source>
            <translation>Días de alivio al 30 %</translation>
        </message>
        <message>
            <source>Relief days at 50 %</source>
            <translation>Días de alivio al 50 %</translation>
        </message>
        <message>
            <source>Lowest (% below usual, day)</source>
            <translation>Mínimo (% bajo lo habitual, día)</translation>
        </message>
        <message>
            <source>Side effects (worst)</source>
            <translation>Efectos secundarios (el peor)</translation>
        </message>
        <message>
            <source>too early</source>
            <translation>aún pronto</translation>
        </message>
        <message>
            <source>≥ 50 % for ≥ 3 days</source>
            <translation>≥ 50 % durante ≥ 3 días</translation>
        </message>
        <message>
            <source>≥ 30 % for ≥ 3 days</source>
            <translation>≥ 30 % durante ≥ 3 días</translation>
        </message>
        <message>
            <source>≥ 30 % for 1–2 days</source>
            <translation>≥ 30 % durante 1–2 días</translation>
        </message>
        <message>
            <source>10–30 % at most</source>
            <translation>10–30 % como máximo</translation>
        </message>
        <message>
            <source>under 10 % at most</source>
            <translation>menos del 10 % como máximo</translation>
        </message>
        <message>
            <source>Dosing</source>
            <translation>Pauta</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Desde</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Hasta</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Sesiones</translation>
        </message>
        <message>
            <source>Days logged</source>
            <translation>Días registrados</translation>
        </message>
        <message>
            <source>Mean pain</source>
            <translation>Dolor medio</translation>
        </message>
        <message>
            <source>Below usual</source>
            <translation>Bajo lo habitual</translation>
        </message>
        <message>
            <source>Before doses</source>
            <translation>Antes de las dosis</translation>
        </message>
        <message>
            <source>{percent} %, day {day}</source>
            <translation>{percent} %, día {day}</translation>
        </message>
        <message>
            <source>{group}: {count} courses; dose ({measure}) or relief days were all equal, so they cannot be ranked. Course order against relief days: rho {time}.</source>
            <translation>{group}: {count} ciclos; la dosis ({measure}) o los días de alivio eran todos iguales, así que no se pueden ordenar. Orden de los ciclos frente a días de alivio: rho {time}.</translation>
        </message>
        <message>
            <source>{group}: {count} courses; dose ({measure}) against relief days at 30 %: Spearman's rho {rho} (p = {p}). Course order against relief days: rho {time}.</source>
            <translation>{group}: {count} ciclos; dosis ({measure}) frente a días de alivio del 30 %: rho de Spearman {rho} (p = {p}). Orden de los ciclos frente a días de alivio: rho {time}.</translation>
        </message>
        <message>
            <source>Patient-reported data from a personal pain diary (paindiary), generated {date}. Not medical advice: it suggests no dose, diagnosis or treatment.</source>
            <translation>Datos aportados por el paciente desde un diario del dolor personal (paindiary), generado el {date}. No es un consejo médico: no sugiere dosis, diagnóstico ni tratamiento.</translation>
        </message>
        <message>
            <source>{logged} of days 0–13 logged</source>
            <translation>{logged} de los días 0–13 anotados</translation>
        </message>
        <message>
            <source>{mark} Usual pain carried from an earlier course: the weeks before this course had too few usable entries (affected by earlier sessions, or little logged).</source>
            <translation>{mark} Dolor habitual trasladado de un ciclo anterior: las semanas anteriores a este ciclo tenían muy pocos registros utilizables (afectados por sesiones previas o poco registrados).</translation>
        </message>
        <message>
            <source>{mark} Sparse follow-up: fewer than half of the first 14 days after the course have entries.</source>
            <translation>{mark} Seguimiento escaso: menos de la mitad de los primeros 14 días tras el ciclo tienen registros.</translation>
        </message>
        <message>
            <source>{percent} % (usual {usual})</source>
            <translation>{percent} % (habitual {usual})</translation>
        </message>
        <message>
            <source>Latest course ({date}): {sentence}</source>
            <translation>Último ciclo ({date}): {sentence}</translation>
        </message>
        <message>
            <source>to {date}</source>
            <translation>hasta el {date}</translation>
        </message>
        <message>
            <source>Severe side effect after course {course} ({date}): {kinds}.</source>
            <translation>Efecto secundario grave tras el ciclo {course} ({date}): {kinds}.</translation>
        </message>
        <message>
            <source>{logged} of {days}</source>
            <translation>{logged} de {days}</translation>
        </message>
        <message>
            <source>Typical relief: the Kaplan–Meier median of relief days at 30 % within courses of the same drug, route and number of sessions (at least 3 courses); relief still going counts as censored.</source>
            <translation>Alivio típico: la mediana de Kaplan-Meier de los días de alivio del 30 % entre ciclos del mismo fármaco, vía y número de sesiones (al menos 3 ciclos); el alivio que aún continúa cuenta como censurado.</translation>
        </message>
        <message>
            <source>Dosing runs: sessions at a steady rhythm for at least two weeks (twice a week or more, about weekly, about every two weeks); mean pain over the run against the usual pain of the latest own, uninfluenced baseline before it, and pain in the 24 hours before each dose.</source>
            <translation>Fases de dosificación: sesiones a un ritmo regular durante al menos dos semanas (dos veces por semana o más, más o menos semanal, más o menos cada dos semanas); dolor medio en la fase frente al dolor habitual de la última línea base propia y no afectada anterior, y dolor en las 24 horas antes de cada dosis.</translation>
        </message>
        <message>
            <source>Settings used: baseline {baseline} days (at least {needed}, full from {full}), course gap {gap} days, onset by day {onset}, gaps bridged up to {bridge} days, washout {washout} days, carried baselines up to {carry} days old, lowest point within {peak} days, follow-up up to {horizon} days. Thresholds 30 % and 50 % (IMMPACT, Dworkin et al. 2008).</source>
            <translation>Ajustes usados: línea base de {baseline} días (al menos {needed}, completa desde {full}), separación entre ciclos {gap} días, inicio hasta el día {onset}, huecos salvados hasta {bridge} días, lavado {washout} días, líneas base trasladadas de hasta {carry} días, punto más bajo en {peak} días, seguimiento hasta {horizon} días. Umbrales del 30 % y 50 % (IMMPACT, Dworkin et al. 2008).</translation>
        </message>
        <message>
            <source>Course: one session, or sessions at most {gap} days apart unless marked as a new series. Day 0 is the date the course's last session ended; sessions still to come are left out.</source>
            <translation>Ciclo: una sesión, o sesiones separadas como máximo {gap} días salvo que se marquen como nueva serie. El día 0 es la fecha en que terminó la última sesión del ciclo; las sesiones futuras no se incluyen.</translation>
        </message>
        <message>
            <source>Usual pain (baseline): the 20 % trimmed mean of the daily mean pain over the {days} days before the course's first session, leaving out days inside an earlier course's influence (its relief, at least {washout} days). With fewer than {full} usable days the baseline of the latest earlier course with a full own baseline (up to {carry} days earlier) is carried ({carried}); with fewer than {needed} and none to carry, relief is not measured.</source>
            <translation>Dolor habitual (línea base): la media recortada al 20 % del dolor medio diario en los {days} días anteriores a la primera sesión del ciclo, sin los días dentro de la influencia de un ciclo anterior (su alivio, al menos {washout} días). Con menos de {full} días utilizables se traslada la línea base del último ciclo anterior con línea base propia completa (de hasta {carry} días antes) ({carried}); con menos de {needed} y ninguna que trasladar, no se mide el alivio.</translation>
        </message>
        <message>
            <source>Relief days at 30 % and 50 %: counted from day 0, how long pain stayed at least 30 % (moderately important) or 50 % (substantial) below usual pain, on a 3-point median of logged days only. Relief must begin by day {onset}; gaps of up to {bridge} days without entries are bridged. "≥" means relief was still going when the entries stopped, a longer gap came, the next course began or {horizon} days had passed.</source>
            <translation>Días de alivio del 30 % y 50 %: contados desde el día 0, cuánto tiempo el dolor estuvo al menos un 30 % (moderadamente importante) o un 50 % (importante) por debajo del dolor habitual, con una mediana de 3 puntos solo de los días registrados. El alivio debe empezar como muy tarde el día {onset}; se salvan huecos de hasta {bridge} días sin registros. «≥» significa que el alivio seguía cuando se dejó de registrar, llegó un hueco más largo, empezó el siguiente ciclo o pasaron {horizon} días.</translation>
        </message>
        <message>
            <source>Lowest: the largest reduction of the 3-point median in days 0 to {last} (or over the relief, if longer), and its day. Sparse follow-up ({mark}): fewer than half of the first 14 days logged.</source>
            <translation>Punto más bajo: la mayor reducción de la mediana de 3 puntos entre los días 0 y {last} (o durante el alivio, si es más largo), y su día. Seguimiento escaso ({mark}): menos de la mitad de los primeros 14 días registrados.</translation>
        </message>
        <message>
            <source>Regular dosing, {period}</source>
            <translation>Dosis regulares, {period}</translation>
        </message>
        <message>
            <source>Page {number} of {total}</source>
            <translation>Página {number} de {total}</translation>
        </message>
        <message>
            <source>twice a week or more</source>
            <translation>dos veces por semana o más</translation>
        </message>
        <message>
            <source>about weekly</source>
            <translation>más o menos semanal</translation>
        </message>
        <message>
            <source>about every two weeks</source>
            <translation>más o menos cada dos semanas</translation>
        </message>
        <message numerus="yes">
            <source>Sessions {band}, {period} ({count} sessions)</source>
            <translation>
                <numerusform>Sesiones {band}, {period} ({count} sesión)</numerusform>
                <numerusform>Sesiones {band}, {period} ({count} sesiones)</numerusform>
            </translation>
        </message>
        <message>
            <source>Mean pain {mean}/10; in the 24 hours before doses {predose}/10</source>
            <translation>Dolor medio {mean}/10; en las 24 horas antes de las dosis {predose}/10</translation>
        </message>
        <message>
            <source>Regular dosing (how often: on the band)</source>
            <translation>Dosis regulares (frecuencia: en la banda)</translation>
        </message>
        <message>
            <source>Its mean pain, pain before doses, usual pain</source>
            <translation>Su dolor medio, dolor antes de las dosis, dolor habitual</translation>
        </message>
        <message>
            <source>Usual pain before (course {course}): {reference}/10</source>
            <translation>Dolor habitual antes (ciclo {course}): {reference}/10</translation>
        </message>
        <message>
            <source>Mean pain {percent} % below usual pain</source>
            <translation>Dolor medio {percent} % por debajo del dolor habitual</translation>
        </message>
        <message>
            <source>{course}: {kind}, {counts}</source>
            <translation>{course}: {kind}, {counts}</translation>
        </message>
        <message>
            <source>Course (month of first session)</source>
            <translation>Ciclo (mes de la primera sesión)</translation>
        </message>
        <message>
            <source>Side effects after each course</source>
            <translation>Efectos secundarios tras cada ciclo</translation>
        </message>
        <message>
            <source>Mild</source>
            <translation>Leve</translation>
        </message>
        <message>
            <source>Moderate</source>
            <translation>Moderado</translation>
        </message>
        <message>
            <source>Severe</source>
            <translation>Grave</translation>
        </message>
        <message>
            <source>Worst severity recorded (× n: recorded n times)</source>
            <translation>Mayor gravedad registrada (× n: registrado n veces)</translation>
        </message>
        <message>
            <source>No side effects recorded for the courses in this period.</source>
            <translation>No se registraron efectos secundarios en los ciclos de este periodo.</translation>
        </message>
        <message>
            <source>Side effects appear here once you record treatment sessions.</source>
            <translation>Los efectos secundarios aparecen aquí cuando anote sesiones de tratamiento.</translation>
        </message>
        <message numerus="yes">
            <source>{course}: pain at least 30 % below usual for at least {days} days so far</source>
            <translation>
                <numerusform>{course}: dolor un 30 % o más por debajo de lo habitual durante al menos {days} día hasta ahora</numerusform>
                <numerusform>{course}: dolor un 30 % o más por debajo de lo habitual durante al menos {days} días hasta ahora</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{course}: pain at least 30 % below usual for {days} days</source>
            <translation>
                <numerusform>{course}: dolor al menos un 30 % por debajo de lo habitual durante {days} día</numerusform>
                <numerusform>{course}: dolor al menos un 30 % por debajo de lo habitual durante {days} días</numerusform>
            </translation>
        </message>
        <message>
            <source>Pain (0 = none, 10 = worst imaginable)</source>
            <translation>Dolor (0 = ninguno, 10 = el peor imaginable)</translation>
        </message>
        <message>
            <source>Pain (0–10)</source>
            <translation>Dolor (0–10)</translation>
        </message>
        <message>
            <source>Relief ≥ 30 % (3-day median)</source>
            <translation>Alivio ≥ 30 % (mediana de 3 días)</translation>
        </message>
        <message>
            <source>Daily pain (mean of the day)</source>
            <translation>Dolor diario (media del día)</translation>
        </message>
        <message>
            <source>7-day median</source>
            <translation>Mediana de 7 días</translation>
        </message>
        <message>
            <source>Treatment session (dose)</source>
            <translation>Sesión de tratamiento (dosis)</translation>
        </message>
        <message>
            <source>Side effect: mild, moderate, severe</source>
            <translation>Efecto secundario: leve, moderado, grave</translation>
        </message>
        <message>
            <source>Daily pain</source>
            <translation>Dolor diario</translation>
        </message>
        <message>
            <source>Log your pain for a few days to see it over time here.</source>
            <translation>Registre su dolor durante unos días para verlo aquí a lo largo del tiempo.</translation>
        </message>
        <message>
            <source>Daily pain, {period}</source>
            <translation>Dolor diario, {period}</translation>
        </message>
        <message numerus="yes">
            <source>{date}: pain {pain} ({count} entries)</source>
            <translation>
                <numerusform>{date}: dolor {pain} ({count} registro)</numerusform>
                <numerusform>{date}: dolor {pain} ({count} registros)</numerusform>
            </translation>
        </message>
        <message>
            <source>Saved the {kind} chart to {path}.</source>
            <translation>Gráfico «{kind}» guardado en {path}.</translation>
        </message>
        <message>
            <source>{start} is after --to {end}</source>
            <translation>{start} es posterior a --to {end}</translation>
        </message>
        <message>
            <source>the diary has no treatment courses yet</source>
            <translation>el diario aún no tiene ciclos de tratamiento</translation>
        </message>
        <message>
            <source>cannot be written ({reason})</source>
            <translation>no se puede escribir ({reason})</translation>
        </message>
        <message>
            <source>{value!r} is not a course number of this diary (1 to {last})</source>
            <translation>{value!r} no es un número de ciclo de este diario (1 a {last})</translation>
        </message>
        <message numerus="yes">
            <source>{count} courses</source>
            <translation>
                <numerusform>{count} ciclo</numerusform>
                <numerusform>{count} ciclos</numerusform>
            </translation>
        </message>
        <message>
            <source>Saved a {pages}-page report ({period}, {courses}) to {path}.</source>
            <translation>Informe de {pages} páginas ({period}, {courses}) guardado en {path}.</translation>
        </message>
        <message>
            <source>{value!r} is not one of: {names}</source>
            <translation>{value!r} no es uno de: {names}</translation>
        </message>
        <message>
            <source>Course {number}: {facts}</source>
            <translation>Ciclo {number}: {facts}</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Hoy</translation>
        </message>
        <message>
            <source>Since this course began, how would you describe the change in your pain condition?</source>
            <translation>Desde que empezó este ciclo, ¿cómo describiría el cambio en su dolor?</translation>
        </message>
        <message>
            <source>Very much improved</source>
            <translation>Muchísimo mejor</translation>
        </message>
        <message>
            <source>Much improved</source>
            <translation>Mucho mejor</translation>
        </message>
        <message>
            <source>Minimally improved</source>
            <translation>Un poco mejor</translation>
        </message>
        <message>
            <source>No change</source>
            <translation>Sin cambios</translation>
        </message>
        <message>
            <source>Minimally worse</source>
            <translation>Un poco peor</translation>
        </message>
        <message>
            <source>Much worse</source>
            <translation>Mucho peor</translation>
        </message>
        <message>
            <source>Very much worse</source>
            <translation>Muchísimo peor</translation>
        </message>
        <message>
            <source>must be a list</source>
            <translation>debe ser una lista</translation>
        </message>
        <message>
            <source>is 'home' exactly when the reading belongs to no session</source>
            <translation>es «en casa» exactamente cuando la medición no pertenece a ninguna sesión</translation>
        </message>
        <message>
            <source>{systolic}/{diastolic}: the first number must be higher than the second</source>
            <translation>{systolic}/{diastolic}: el primer valor debe ser mayor que el segundo</translation>
        </message>
        <message>
            <source>{value} is outside {low}–{high} {unit}</source>
            <translation>{value} está fuera de {low}–{high} {unit}</translation>
        </message>
        <message>
            <source>is not a list of checklist items</source>
            <translation>no es una lista de puntos de control</translation>
        </message>
        <message>
            <source>blood pressure needs both numbers, as in 130/85</source>
            <translation>la presión arterial necesita los dos valores, como 130/85</translation>
        </message>
        <message>
            <source>enter a blood pressure, a heart rate or both</source>
            <translation>introduzca una presión arterial, un pulso o ambos</translation>
        </message>
        <message>
            <source>is required (a whole number from 1 to 7)</source>
            <translation>es obligatorio (un número entero de 1 a 7)</translation>
        </message>
        <message>
            <source>{value} is not a whole number</source>
            <translation>{value} no es un número entero</translation>
        </message>
        <message>
            <source>has more than {n} items</source>
            <translation>tiene más de {n} puntos</translation>
        </message>
        <message>
            <source>{value} is not 7, 28 or empty</source>
            <translation>{value} no es 7, 28 ni vacío</translation>
        </message>
        <message>
            <source>{value} is before 1900</source>
            <translation>{value} es anterior a 1900</translation>
        </message>
        <message>
            <source>must be a list of body-region names</source>
            <translation>debe ser una lista de zonas del cuerpo</translation>
        </message>
        <message>
            <source>is not a side effect</source>
            <translation>no es un efecto secundario</translation>
        </message>
        <message>
            <source>{value} is not a whole number of days</source>
            <translation>{value} no es un número entero de días</translation>
        </message>
        <message>
            <source>{value} is outside {low}–{high}</source>
            <translation>{value} está fuera de {low}–{high}</translation>
        </message>
        <message>
            <source>{value} is more than the {dates} dates a baseline can have</source>
            <translation>{value} es más que los {dates} días que puede tener una referencia</translation>
        </message>
        <message>
            <source>is not a setting (known: {known})</source>
            <translation>no es un ajuste (conocidos: {known})</translation>
        </message>
        <message>
            <source>{value} is outside the allowed range (more than 0, up to {upper} {unit})</source>
            <translation>{value} está fuera del rango permitido (más de 0, hasta {upper} {unit})</translation>
        </message>
        <message>
            <source>contains a NUL character</source>
            <translation>contiene un carácter NUL</translation>
        </message>
        <message>
            <source>must not be empty</source>
            <translation>no puede estar vacío</translation>
        </message>
        <message>
            <source>must be on one line</source>
            <translation>debe ocupar una sola línea</translation>
        </message>
        <message>
            <source>must be a local time without a time zone</source>
            <translation>debe ser una hora local sin zona horaria</translation>
        </message>
        <message>
            <source>{text} is not a real date or time ({detail})</source>
            <translation>{text} no es una fecha u hora real ({detail})</translation>
        </message>
        <message>
            <source>{value} is not one of: {allowed}</source>
            <translation>{value} no es ninguno de: {allowed}</translation>
        </message>
        <message>
            <source>is required (a whole number from 0 to 10)</source>
            <translation>es obligatorio (un número entero de 0 a 10)</translation>
        </message>
        <message>
            <source>{value} is not a whole number from 0 to 10</source>
            <translation>{value} no es un número entero de 0 a 10</translation>
        </message>
        <message>
            <source>{value} is outside 0–10</source>
            <translation>{value} está fuera de 0–10</translation>
        </message>
        <message>
            <source>{value} is not a number</source>
            <translation>{value} no es un número</translation>
        </message>
        <message>
            <source>{value} is not a whole number of minutes</source>
            <translation>{value} no es un número entero de minutos</translation>
        </message>
        <message>
            <source>{value} is outside 1–20160 minutes</source>
            <translation>{value} está fuera de 1–20160 minutos</translation>
        </message>
        <message>
            <source>{value} is not text</source>
            <translation>{value} no es texto</translation>
        </message>
        <message>
            <source>is longer than {limit} characters</source>
            <translation>tiene más de {limit} caracteres</translation>
        </message>
        <message>
            <source>{value} is not a date and time</source>
            <translation>{value} no es una fecha con hora</translation>
        </message>
        <message>
            <source>{year} is outside the years 1900–2999</source>
            <translation>{year} está fuera de los años 1900–2999</translation>
        </message>
        <message>
            <source>{text} is not a date and time like 2024-03-01T08:30</source>
            <translation>{text} no es una fecha con hora como 2024-03-01T08:30</translation>
        </message>
        <message>
            <source>{value} is not a date</source>
            <translation>{value} no es una fecha</translation>
        </message>
        <message>
            <source>{text} is not a date like 2024-03-01</source>
            <translation>{text} no es una fecha como 2024-03-01</translation>
        </message>
        <message>
            <source>{value} is not an id (a UUID)</source>
            <translation>{value} no es un identificador (UUID)</translation>
        </message>
        <message>
            <source>contains a character that is not valid text (at position {position})</source>
            <translation>contiene un carácter que no es texto válido (en la posición {position})</translation>
        </message>
        <message>
            <source>My questions</source>
            <translation>Mis preguntas</translation>
        </message>
        <message>
            <source>Data quality</source>
            <translation>Calidad de los datos</translation>
        </message>
        <message>
            <source>At a glance</source>
            <translation>De un vistazo</translation>
        </message>
        <message>
            <source>Courses</source>
            <translation>Ciclos</translation>
        </message>
        <message>
            <source>No questions written down.</source>
            <translation>No hay preguntas anotadas.</translation>
        </message>
        <message>
            <source>Medicines</source>
            <translation>Medicamentos</translation>
        </message>
        <message>
            <source>Blood pressure and heart rate</source>
            <translation>Presión arterial y pulso</translation>
        </message>
        <message>
            <source>Notes from the diary</source>
            <translation>Notas del diario</translation>
        </message>
        <message>
            <source>Appendix: earlier courses</source>
            <translation>Anexo: ciclos anteriores</translation>
        </message>
        <message>
            <source>Dose and relief days</source>
            <translation>Dosis y días de alivio</translation>
        </message>
        <message>
            <source>How the numbers are worked out</source>
            <translation>Cómo se calculan las cifras</translation>
        </message>
        <message>
            <source>(for {date})</source>
            <translation>(para el {date})</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Periodo</translation>
        </message>
        <message>
            <source>Next session</source>
            <translation>Próxima sesión</translation>
        </message>
        <message>
            <source>Nothing of the listed kinds was found.</source>
            <translation>No se encontró nada de lo que se enumera.</translation>
        </message>
        <message>
            <source>No treatment sessions were recorded in this period.</source>
            <translation>En este periodo no se registraron sesiones de tratamiento.</translation>
        </message>
        <message>
            <source>Dosing runs (continued)</source>
            <translation>Fases de dosificación (continuación)</translation>
        </message>
        <message>
            <source>Medicines (continued)</source>
            <translation>Medicamentos (continuación)</translation>
        </message>
        <message>
            <source>No current medicines recorded.</source>
            <translation>No hay medicamentos actuales registrados.</translation>
        </message>
        <message>
            <source>Changes in the period:</source>
            <translation>Cambios en el periodo:</translation>
        </message>
        <message>
            <source>Blood pressure and heart rate (continued)</source>
            <translation>Presión arterial y pulso (continuación)</translation>
        </message>
        <message>
            <source>No readings recorded in this period.</source>
            <translation>No hay mediciones registradas en este periodo.</translation>
        </message>
        <message>
            <source>Appendix: earlier courses (continued)</source>
            <translation>Anexo: ciclos anteriores (continuación)</translation>
        </message>
        <message>
            <source>Courses (continued)</source>
            <translation>Ciclos (continuación)</translation>
        </message>
        <message numerus="yes">
            <source>{count} earlier courses of the period are in the appendix.</source>
            <translation>
                <numerusform>El {count} ciclo anterior del periodo está en el anexo.</numerusform>
                <numerusform>Los {count} ciclos anteriores del periodo están en el anexo.</numerusform>
            </translation>
        </message>
        <message>
            <source>{text!r} is not a whole number</source>
            <translation>{text!r} no es un número entero</translation>
        </message>
        <message>
            <source>{text!r} is not a number</source>
            <translation>{text!r} no es un número</translation>
        </message>
        <message>
            <source>paindiary CSV</source>
            <translation>CSV de paindiary</translation>
        </message>
        <message>
            <source>is required</source>
            <translation>es obligatorio</translation>
        </message>
        <message>
            <source>is not a paindiary CSV column (see docs/formats.md)</source>
            <translation>no es una columna de un CSV de paindiary (vea docs/formats.md)</translation>
        </message>
        <message>
            <source>appears twice in the header</source>
            <translation>aparece dos veces en el encabezado</translation>
        </message>
        <message>
            <source>Every column is read as written (ids, times and values are kept exactly).</source>
            <translation>Cada columna se lee tal como está escrita (identificadores, horas y valores se conservan exactamente).</translation>
        </message>
        <message>
            <source>{value!r} is not one of: {kinds}</source>
            <translation>{value!r} no es uno de: {kinds}</translation>
        </message>
        <message>
            <source>{name!r} is not a setting (known: {known})</source>
            <translation>{name!r} no es un ajuste (conocidos: {known})</translation>
        </message>
        <message>
            <source>must be empty when record is {record!r}</source>
            <translation>debe estar vacío cuando record es {record!r}</translation>
        </message>
        <message>
            <source>{id} is not a session in this file</source>
            <translation>{id} no es una sesión de este archivo</translation>
        </message>
        <message>
            <source>has {cells} cells but the header has {columns} columns</source>
            <translation>tiene {cells} celdas, pero el encabezado tiene {columns} columnas</translation>
        </message>
        <message>
            <source>byte 0x{byte} is not UTF-8 text; save the file as CSV in UTF-8 (in spreadsheets: 'CSV UTF-8' or 'Unicode (UTF-8)')</source>
            <translation>el byte 0x{byte} no es texto UTF-8; guarde el archivo como CSV en UTF-8 (en hojas de cálculo: 'CSV UTF-8' o 'Unicode (UTF-8)')</translation>
        </message>
        <message>
            <source>dates like {example} could be day-first or month-first</source>
            <translation>fechas como {example} pueden ser con el día primero o con el mes primero</translation>
        </message>
        <message>
            <source>{text!r} is not a time like 08:30</source>
            <translation>{text!r} no es una hora como 08:30</translation>
        </message>
        <message>
            <source>{text!r} is not a real time</source>
            <translation>{text!r} no es una hora válida</translation>
        </message>
        <message>
            <source>{text!r} is not a UTC offset like +02:00</source>
            <translation>{text!r} no es un desfase UTC como +02:00</translation>
        </message>
        <message>
            <source>{text!r} is not a date ({hint})</source>
            <translation>{text!r} no es una fecha ({hint})</translation>
        </message>
        <message>
            <source>{text!r} is not written like the dates above it</source>
            <translation>{text!r} no está escrita como las fechas anteriores</translation>
        </message>
        <message>
            <source>{text!r} is outside the years a diary can hold</source>
            <translation>{text!r} está fuera de los años que puede guardar un diario</translation>
        </message>
        <message>
            <source>{text!r} has no time of day</source>
            <translation>{text!r} no tiene hora del día</translation>
        </message>
        <message>
            <source>must be a list of checklist items, each with its text and whether it is done</source>
            <translation>debe ser una lista de puntos, cada uno con su texto y si está hecho</translation>
        </message>
        <message>
            <source>{text!r} is not yes or no</source>
            <translation>{text!r} no es sí ni no</translation>
        </message>
        <message>
            <source>The file's analysis settings are from before relief was measured with the updated rules; the new default settings are used instead.</source>
            <translation>Los ajustes del análisis del archivo son de antes de que el alivio se midiera con las reglas actualizadas; en su lugar se usan los nuevos valores predeterminados.</translation>
        </message>
        <message>
            <source>is too large to read in the memory available</source>
            <translation>es demasiado grande para leerlo con la memoria disponible</translation>
        </message>
        <message>
            <source>is nested too deeply to be read</source>
            <translation>está anidado a demasiada profundidad para poder leerlo</translation>
        </message>
        <message>
            <source>could not be read ({detail})</source>
            <translation>no se pudo leer ({detail})</translation>
        </message>
        <message>
            <source>{text!r} is not a whole number from {low} to {high}</source>
            <translation>{text!r} no es un número entero de {low} a {high}</translation>
        </message>
        <message>
            <source>Rows that repeat an earlier row exactly, counted once: {n}.</source>
            <translation>Filas que repiten exactamente una fila anterior, contadas una vez: {n}.</translation>
        </message>
        <message>
            <source>Recognise from the file</source>
            <translation>Reconocer a partir del archivo</translation>
        </message>
        <message>
            <source>paindiary JSON document</source>
            <translation>Documento JSON de paindiary</translation>
        </message>
        <message>
            <source>Other spreadsheet (choose the columns)</source>
            <translation>Otra hoja de cálculo (elegir las columnas)</translation>
        </message>
        <message>
            <source>header</source>
            <translation>encabezado</translation>
        </message>
        <message>
            <source>{entries}, {sessions}</source>
            <translation>{entries}, {sessions}</translation>
        </message>
        <message>
            <source>this file is a spreadsheet, not a JSON document</source>
            <translation>este archivo es una hoja de cálculo, no un documento JSON</translation>
        </message>
        <message>
            <source>Every field is read as written (ids, times and values are kept exactly).</source>
            <translation>Cada campo se lee tal como está escrito (identificadores, horas y valores se conservan exactamente).</translation>
        </message>
        <message>
            <source>; {n} already in your diary</source>
            <translation>; {n} ya en su diario</translation>
        </message>
        <message>
            <source>; {n} differ from records with the same id in your diary ({first})</source>
            <translation>; {n} difieren de registros con el mismo identificador en su diario ({first})</translation>
        </message>
        <message>
            <source>{columns} is not the header of a format paindiary recognises; name the columns</source>
            <translation>{columns} no es el encabezado de un formato que paindiary reconozca; indique las columnas</translation>
        </message>
        <message>
            <source>the columns are not those of a {label} export</source>
            <translation>las columnas no son las de una exportación de {label}</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(ninguna)</translation>
        </message>
        <message>
            <source>a number has more than {limit} digits ({text})</source>
            <translation>un número tiene más de {limit} cifras ({text})</translation>
        </message>
        <message>
            <source>is nested too deeply to be a paindiary document</source>
            <translation>está anidado a demasiada profundidad para ser un documento de paindiary</translation>
        </message>
        <message>
            <source>the key {key} appears twice in one object</source>
            <translation>la clave {key} aparece dos veces en un objeto</translation>
        </message>
        <message>
            <source>is not valid JSON (line {line}, column {column}: {detail})</source>
            <translation>no es JSON válido (línea {line}, columna {column}: {detail})</translation>
        </message>
        <message>
            <source>Spreadsheet (chosen columns)</source>
            <translation>Hoja de cálculo (columnas elegidas)</translation>
        </message>
        <message numerus="yes">
            <source>{n} rows have one</source>
            <translation>
                <numerusform>1 fila tiene uno</numerusform>
                <numerusform>{n} filas tienen uno</numerusform>
            </translation>
        </message>
        <message>
            <source>pain=COLUMN is required</source>
            <translation>pain=COLUMNA es obligatorio</translation>
        </message>
        <message>
            <source>give either at=COLUMN or date=COLUMN (with time=COLUMN)</source>
            <translation>indique at=COLUMNA o date=COLUMNA (con time=COLUMNA)</translation>
        </message>
        <message>
            <source>time=COLUMN goes with date=COLUMN</source>
            <translation>time=COLUMNA va con date=COLUMNA</translation>
        </message>
        <message>
            <source>{column} → pain (whole numbers 0–10)</source>
            <translation>{column} → dolor (números enteros 0–10)</translation>
        </message>
        <message>
            <source>{column} → pain (whole numbers 0–10; half points rounded up)</source>
            <translation>{column} → dolor (números enteros 0–10; medios puntos redondeados hacia arriba)</translation>
        </message>
        <message>
            <source>{column} → pain (whole numbers 0–10; rows with half points left out)</source>
            <translation>{column} → dolor (números enteros 0–10; filas con medios puntos omitidas)</translation>
        </message>
        <message>
            <source>{text!r} is a half point: choose to round it up or to leave the row out</source>
            <translation>{text!r} es un medio punto: elija redondearlo hacia arriba u omitir la fila</translation>
        </message>
        <message>
            <source>{text!r} is a half point, and the diary keeps whole points ({rows})</source>
            <translation>{text!r} es un medio punto, y el diario guarda puntos enteros ({rows})</translation>
        </message>
        <message>
            <source>{column} → when (date and time)</source>
            <translation>{column} → cuándo (fecha y hora)</translation>
        </message>
        <message>
            <source> (map it as date=COLUMN to place entries at 12:00)</source>
            <translation> (asígnela como date=COLUMNA para situar los registros a las 12:00)</translation>
        </message>
        <message>
            <source>[Imported: pain {text} rounded up to {pain}]</source>
            <translation>[Importado: dolor {text} redondeado hacia arriba a {pain}]</translation>
        </message>
        <message>
            <source>Rows without a pain value, left out: {n}.</source>
            <translation>Filas sin valor de dolor, omitidas: {n}.</translation>
        </message>
        <message>
            <source>Rows with half points, left out: {n}.</source>
            <translation>Filas con medios puntos, omitidas: {n}.</translation>
        </message>
        <message>
            <source>{date} + {time} → when</source>
            <translation>{date} + {time} → cuándo</translation>
        </message>
        <message>
            <source>{date} → when (placed at 12:00: there is no time column)</source>
            <translation>{date} → cuándo (a las 12:00: no hay columna de hora)</translation>
        </message>
        <message>
            <source>{column} → note</source>
            <translation>{column} → nota</translation>
        </message>
        <message>
            <source>{part!r} is not ROLE=COLUMN</source>
            <translation>{part!r} no es FUNCIÓN=COLUMNA</translation>
        </message>
        <message>
            <source>{role!r} is not one of: {roles}</source>
            <translation>{role!r} no es ninguno de: {roles}</translation>
        </message>
        <message>
            <source>{role} is given twice</source>
            <translation>{role} aparece dos veces</translation>
        </message>
        <message>
            <source>Half points rounded up to the next whole point: {n} (each entry's note says so).</source>
            <translation>Medios puntos redondeados hacia arriba al siguiente punto entero: {n} (la nota de cada entrada lo indica).</translation>
        </message>
        <message>
            <source>line {n}: a half point, left out</source>
            <translation>línea {n}: un medio punto, omitida</translation>
        </message>
        <message>
            <source>line {n}: no pain value, left out</source>
            <translation>línea {n}: sin valor de dolor, omitida</translation>
        </message>
        <message>
            <source>Rows whose category is Symptom are read; other categories are left out.</source>
            <translation>Se leen las filas de la categoría Symptom; las demás categorías se omiten.</translation>
        </message>
        <message>
            <source>date formatted + time of day → when (am 08:00, mid 13:00, pm 19:00, night 22:00, else 12:00)</source>
            <translation>date formatted + momento del día → cuándo (am 08:00, mid 13:00, pm 19:00, night 22:00, si no 12:00)</translation>
        </message>
        <message>
            <source>Symptoms logged together become one entry; pain = the highest rating, converted from 1–4 to 0–10 (Mild 3, Moderate 5, Severe 8, Unbearable 10), each conversion written in the note</source>
            <translation>Los síntomas registrados juntos forman un registro; dolor = la valoración más alta, convertida de 1–4 a 0–10 (Mild 3, Moderate 5, Severe 8, Unbearable 10); cada conversión se anota en la nota</translation>
        </message>
        <message>
            <source>names no symptom</source>
            <translation>no indica ningún síntoma</translation>
        </message>
        <message>
            <source>[Imported from Bearable: {parts}; pain is the highest of these</source>
            <translation>[Importado de Bearable: {parts}; el dolor es el más alto de estos</translation>
        </message>
        <message>
            <source>; time of day {text!r} placed at 12:00</source>
            <translation>; momento del día {text!r} situado a las 12:00</translation>
        </message>
        <message>
            <source>{n} does not match the severity {word!r} in the detail</source>
            <translation>{n} no coincide con la gravedad {word!r} del detalle</translation>
        </message>
        <message>
            <source>{text!r} has no severity (Mild, Moderate, Severe or Unbearable)</source>
            <translation>{text!r} no tiene gravedad (Mild, Moderate, Severe o Unbearable)</translation>
        </message>
        <message>
            <source>{label}: 1–4 scale value {value} converted to 0–10 as {converted}</source>
            <translation>{label}: valor {value} de la escala 1–4 convertido a 0–10 como {converted}</translation>
        </message>
        <message>
            <source>Rows of other categories were left out: {listed}.</source>
            <translation>Se omitieron filas de otras categorías: {listed}.</translation>
        </message>
        <message>
            <source>Date → when (placed at 12:00: check-ins have no time)</source>
            <translation>Date → cuándo (a las 12:00: los check-ins no tienen hora)</translation>
        </message>
        <message>
            <source>Tags → note; Foods and weather are left out</source>
            <translation>Tags → nota; alimentos y tiempo se omiten</translation>
        </message>
        <message>
            <source>Rated 0–4 (conditions and symptoms): {names}; pain = the highest, converted to 0–10 (1 → 3, 2 → 5, 3 → 8, 4 → 10), each conversion written in the note</source>
            <translation>Valorados de 0 a 4 (enfermedades y síntomas): {names}; dolor = la más alta, convertida a 0–10 (1 → 3, 2 → 5, 3 → 8, 4 → 10); cada conversión se anota en la nota</translation>
        </message>
        <message>
            <source>Treatments, kept in the note: {names}</source>
            <translation>Tratamientos, guardados en la nota: {names}</translation>
        </message>
        <message>
            <source>[Imported from Flaredown: {parts}; pain is the highest of these]</source>
            <translation>[Importado de Flaredown: {parts}; el dolor es el más alto de estos]</translation>
        </message>
        <message>
            <source>Check-ins without any rating, left out: {n}.</source>
            <translation>Check-ins sin ninguna valoración, omitidos: {n}.</translation>
        </message>
        <message>
            <source>{name}: 0–4 scale value {value} converted to 0–10 as {converted}</source>
            <translation>{name}: valor {value} de la escala 0–4 convertido a 0–10 como {converted}</translation>
        </message>
        <message>
            <source>Treatments: {list}</source>
            <translation>Tratamientos: {list}</translation>
        </message>
        <message>
            <source>Tags: {list}</source>
            <translation>Etiquetas: {list}</translation>
        </message>
        <message>
            <source>Date + Time → when (local time, as written)</source>
            <translation>Date + Time → cuándo (hora local, tal como está escrita)</translation>
        </message>
        <message>
            <source>Pain Level → pain (already 0–10, taken as it is)</source>
            <translation>Pain Level → dolor (ya es 0–10, se toma tal cual)</translation>
        </message>
        <message>
            <source>Locations → where it hurts (split at ';')</source>
            <translation>Locations → dónde duele (separado por ';')</translation>
        </message>
        <message>
            <source>Notes, {columns} → note</source>
            <translation>Notes, {columns} → nota</translation>
        </message>
        <message>
            <source>line {n}</source>
            <translation>línea {n}</translation>
        </message>
        <message>
            <source>column {name}</source>
            <translation>columna {name}</translation>
        </message>
        <message>
            <source>character {n}</source>
            <translation>carácter {n}</translation>
        </message>
        <message>
            <source>; analysis settings taken from the file</source>
            <translation>; ajustes de análisis tomados del archivo</translation>
        </message>
        <message>
            <source>{entries} and {sessions}</source>
            <translation>{entries} y {sessions}</translation>
        </message>
        <message>
            <source>Imported {entries} and {sessions}</source>
            <translation>Importados {entries} y {sessions}</translation>
        </message>
        <message>
            <source>; {n} already in your diary were skipped</source>
            <translation>; se omitieron {n} que ya estaban en su diario</translation>
        </message>
        <message>
            <source>{start} is after {end}</source>
            <translation>{start} es posterior a {end}</translation>
        </message>
        <message>
            <source>{paper!r} is not one of: a4, letter</source>
            <translation>{paper!r} no es ninguno de: a4, letter</translation>
        </message>
        <message>
            <source>{name} must end in .pdf</source>
            <translation>{name} debe terminar en .pdf</translation>
        </message>
        <message>
            <source>{name} must end in .pdf or .png</source>
            <translation>{name} debe terminar en .pdf o .png</translation>
        </message>
        <message>
            <source>is empty (no header row)</source>
            <translation>está vacío (sin fila de encabezado)</translation>
        </message>
        <message>
            <source>appears more than once in the header</source>
            <translation>aparece más de una vez en el encabezado</translation>
        </message>
        <message>
            <source>a cell is longer than {limit} characters (is a quote left open?)</source>
            <translation>una celda tiene más de {limit} caracteres (¿quedó abierta una comilla?)</translation>
        </message>
        <message>
            <source>is not valid CSV ({detail})</source>
            <translation>no es CSV válido ({detail})</translation>
        </message>
        <message>
            <source>byte 0x{byte} is not UTF-8 text, and the file is not Windows-1252 either; save the file as CSV in UTF-8 (in spreadsheets: 'CSV UTF-8' or 'Unicode (UTF-8)')</source>
            <translation>el byte 0x{byte} no es texto UTF-8 y el archivo tampoco es Windows-1252; guarde el archivo como CSV en UTF-8 (en hojas de cálculo: 'CSV UTF-8' o 'Unicode (UTF-8)')</translation>
        </message>
        <message>
            <source>holds more than {limit} records, more than one import takes; split it into smaller files</source>
            <translation>contiene más de {limit} registros, más de los que admite una importación; divida el archivo en archivos más pequeños</translation>
        </message>
        <message>
            <source>is not in the file (its columns: {columns})</source>
            <translation>no está en el archivo (sus columnas: {columns})</translation>
        </message>
        <message>
            <source>Jan</source>
            <translation>ene</translation>
        </message>
        <message>
            <source>Feb</source>
            <translation>feb</translation>
        </message>
        <message>
            <source>Mar</source>
            <translation>mar</translation>
        </message>
        <message>
            <source>Apr</source>
            <translation>abr</translation>
        </message>
        <message>
            <source>May</source>
            <translation>may</translation>
        </message>
        <message>
            <source>Jun</source>
            <translation>jun</translation>
        </message>
        <message>
            <source>Jul</source>
            <translation>jul</translation>
        </message>
        <message>
            <source>Aug</source>
            <translation>ago</translation>
        </message>
        <message>
            <source>Sep</source>
            <translation>sep</translation>
        </message>
        <message>
            <source>Oct</source>
            <translation>oct</translation>
        </message>
        <message>
            <source>Nov</source>
            <translation>nov</translation>
        </message>
        <message>
            <source>Dec</source>
            <translation>dic</translation>
        </message>
        <message>
            <source>{day} {month} {year}</source>
            <translation>{day} {month} {year}</translation>
        </message>
        <message numerus="yes">
            <source>{count} entries</source>
            <translation>
                <numerusform>{count} registro</numerusform>
                <numerusform>{count} registros</numerusform>
            </translation>
        </message>
        <message>
            <source>{whole}.{fraction}</source>
            <translation>{whole},{fraction}</translation>
        </message>
        <message>
            <source>is only for a medicine taken regularly</source>
            <translation>solo vale para un medicamento que se toma de forma regular</translation>
        </message>
        <message>
            <source>is only for an opioid</source>
            <translation>solo vale para un opioide</translation>
        </message>
        <message>
            <source>is required (more than 0)</source>
            <translation>es obligatorio (más de 0)</translation>
        </message>
        <message>
            <source>is required (a date)</source>
            <translation>es obligatorio (una fecha)</translation>
        </message>
        <message>
            <source>{stop} is before the start, {start}</source>
            <translation>{stop} es anterior al inicio, {start}</translation>
        </message>
        <message>
            <source>{value} is not a whole number from 0 to 4</source>
            <translation>{value} no es un número entero de 0 a 4</translation>
        </message>
        <message>
            <source>{end} is before the start, {start}</source>
            <translation>{end} es anterior al inicio, {start}</translation>
        </message>
        <message>
            <source>{text} could mean {small} or {large}: write it as {small} or {large}</source>
            <translation>{text} puede significar {small} o {large}: escríbalo como {small} o {large}</translation>
        </message>
        <message>
            <source>Is this right?</source>
            <translation>¿Es correcto?</translation>
        </message>
        <message>
            <source>{amount} is above the highest possible value ({upper})</source>
            <translation>{amount} supera el valor más alto posible ({upper})</translation>
        </message>
        <message>
            <source>{text} is not a number (write it like {example})</source>
            <translation>{text} no es un número (escríbalo así: {example})</translation>
        </message>
        <message>
            <source>{text} is not a whole number of minutes</source>
            <translation>{text} no es un número entero de minutos</translation>
        </message>
        <message>
            <source>{amount} is not possible: it must be more than 0</source>
            <translation>{amount} no es posible: debe ser mayor que 0</translation>
        </message>
        <message>
            <source>{amount} is not possible: it must be more than 0 (leave it out when it was not recorded)</source>
            <translation>{amount} no es posible: debe ser mayor que 0 (déjelo vacío si no se registró)</translation>
        </message>
        <message>
            <source>{text} is not a whole number (write it like {example})</source>
            <translation>{text} no es un número entero (escríbalo así: {example})</translation>
        </message>
        <message>
            <source>{per_kg} mg/kg in one session is more than {limit} mg/kg.</source>
            <translation>{per_kg} mg/kg en una sesión es más de {limit} mg/kg.</translation>
        </message>
        <message>
            <source>A session of {amount} is longer than {days} days.</source>
            <translation>Una sesión de {amount} dura más de {days} días.</translation>
        </message>
        <message>
            <source>{path} could not be read or written ({detail}).</source>
            <translation>No se pudo leer o escribir {path} ({detail}).</translation>
        </message>
        <message>
            <source>{path} does not exist.</source>
            <translation>{path} no existe.</translation>
        </message>
        <message>
            <source>{path} is damaged ({detail}).</source>
            <translation>{path} está dañado ({detail}).</translation>
        </message>
        <message>
            <source>The disk is full; the backup could not be written.</source>
            <translation>El disco está lleno; no se pudo escribir la copia de seguridad.</translation>
        </message>
        <message>
            <source>There is no diary at {path} to back up.</source>
            <translation>No hay ningún diario en {path} del que hacer copia.</translation>
        </message>
        <message>
            <source>paindiary is open with this diary (process {pid}); close it first.</source>
            <translation>paindiary tiene abierto este diario (proceso {pid}); ciérrelo primero.</translation>
        </message>
        <message>
            <source>side effects point to missing sessions</source>
            <translation>hay efectos secundarios que apuntan a sesiones que faltan</translation>
        </message>
        <message>
            <source>{path} could not be read ({reason}).</source>
            <translation>No se pudo leer {path} ({reason}).</translation>
        </message>
        <message>
            <source>The backup folder {folder} cannot be written ({reason}).</source>
            <translation>No se puede escribir en la carpeta de copias de seguridad {folder} ({reason}).</translation>
        </message>
        <message>
            <source>The copy of {path} does not match the diary; try again.</source>
            <translation>La copia de {path} no coincide con el diario; inténtelo de nuevo.</translation>
        </message>
        <message>
            <source>{path} could not be written ({reason}).</source>
            <translation>No se pudo escribir {path} ({reason}).</translation>
        </message>
        <message>
            <source>{path} could not be copied ({reason}).</source>
            <translation>No se pudo copiar {path} ({reason}).</translation>
        </message>
        <message>
            <source>The copy of {path} does not match it; nothing was changed.</source>
            <translation>La copia de {path} no coincide con él; no se cambió nada.</translation>
        </message>
        <message>
            <source>{path} is not a diary backup.</source>
            <translation>{path} no es una copia de seguridad del diario.</translation>
        </message>
        <message>
            <source>{path} is damaged: {detail}</source>
            <translation>{path} está dañado: {detail}</translation>
        </message>
        <message>
            <source>{path} was made by a newer version of paindiary; update paindiary to use it.</source>
            <translation>{path} se creó con una versión más reciente de paindiary; actualice paindiary para usarlo.</translation>
        </message>
        <message>
            <source>This session is no longer in the diary.</source>
            <translation>Esta sesión ya no está en el diario.</translation>
        </message>
        <message>
            <source>{path} could not be opened: {detail}</source>
            <translation>No se pudo abrir {path}: {detail}</translation>
        </message>
        <message>
            <source>{path} could not be upgraded ({detail}); it was not changed.</source>
            <translation>No se pudo actualizar {path} ({detail}); no se ha modificado.</translation>
        </message>
        <message>
            <source>This entry is no longer in the diary.</source>
            <translation>Esta entrada ya no está en el diario.</translation>
        </message>
        <message>
            <source>This side effect is no longer in the diary.</source>
            <translation>Este efecto secundario ya no está en el diario.</translation>
        </message>
        <message>
            <source>There is no diary at {path}.</source>
            <translation>No hay ningún diario en {path}.</translation>
        </message>
        <message>
            <source>{path} needs an upgrade, which cannot be made while it is read-only.</source>
            <translation>{path} necesita una actualización, que no se puede hacer mientras sea de solo lectura.</translation>
        </message>
        <message>
            <source>The diary could not be read: {detail}</source>
            <translation>No se pudo leer el diario: {detail}</translation>
        </message>
        <message>
            <source>{path} is a database, but not a paindiary diary; it was not changed.</source>
            <translation>{path} es una base de datos, pero no un diario de paindiary; no se ha modificado.</translation>
        </message>
        <message>
            <source>{path} was written by a newer version of paindiary (schema {revision}). Please update paindiary; the file was not changed.</source>
            <translation>{path} fue escrito por una versión más reciente de paindiary (esquema {revision}). Actualice paindiary; el archivo no se ha modificado.</translation>
        </message>
        <message>
            <source>{path} could not be opened ({reason}).</source>
            <translation>No se pudo abrir {path} ({reason}).</translation>
        </message>
        <message>
            <source>{path} is damaged or not a diary file ({reason}).</source>
            <translation>{path} está dañado o no es un archivo de diario ({reason}).</translation>
        </message>
        <message>
            <source>Your records were deleted, but another program has the diary open; close it and try again.</source>
            <translation>Sus datos se borraron, pero otro programa tiene el diario abierto; ciérrelo e inténtelo de nuevo.</translation>
        </message>
        <message>
            <source>The diary could not be opened: {detail}</source>
            <translation>No se pudo abrir el diario: {detail}</translation>
        </message>
        <message>
            <source>Nothing was deleted: {detail}</source>
            <translation>No se borró nada: {detail}</translation>
        </message>
        <message>
            <source>Your records were deleted, but the file could not be cleaned: {detail}</source>
            <translation>Sus datos se borraron, pero el archivo no se pudo limpiar: {detail}</translation>
        </message>
        <message>
            <source>the disk is full</source>
            <translation>el disco está lleno</translation>
        </message>
        <message>
            <source>the diary file is read-only</source>
            <translation>el archivo del diario es de solo lectura</translation>
        </message>
        <message>
            <source>the diary is busy in another program</source>
            <translation>el diario está en uso por otro programa</translation>
        </message>
        <message>
            <source>Nothing was saved: {reason}.</source>
            <translation>No se guardó nada: {reason}.</translation>
        </message>
        <message>
            <source>the diary file could not be written (a disk error or a file size limit)</source>
            <translation>no se pudo escribir el archivo del diario (un error del disco o un límite de tamaño de archivo)</translation>
        </message>
        <message>
            <source>This medicine is no longer in the diary.</source>
            <translation>Este medicamento ya no está en el diario.</translation>
        </message>
        <message>
            <source>This dose is no longer in the diary.</source>
            <translation>Esta toma ya no está en el diario.</translation>
        </message>
        <message>
            <source>This treatment is no longer in the diary.</source>
            <translation>Este tratamiento ya no está en el diario.</translation>
        </message>
        <message>
            <source>This reading is no longer in the diary.</source>
            <translation>Esta medición ya no está en el diario.</translation>
        </message>
        <message>
            <source>This answer is no longer in the diary.</source>
            <translation>Esta respuesta ya no está en el diario.</translation>
        </message>
        <message>
            <source>This check-in is no longer in the diary.</source>
            <translation>Este control ya no está en el diario.</translation>
        </message>
        <message>
            <source>id {id} is already in the diary</source>
            <translation>el identificador {id} ya está en el diario</translation>
        </message>
        <message>
            <source>id {id} is already in the diary with other values</source>
            <translation>el identificador {id} ya está en el diario con otros valores</translation>
        </message>
        <message>
            <source>{id} appears twice in the file</source>
            <translation>{id} aparece dos veces en el archivo</translation>
        </message>
        <message>
            <source>medicine {id} is neither in the file nor in the diary</source>
            <translation>el medicamento {id} no está ni en el archivo ni en el diario</translation>
        </message>
        <message>
            <source>session {id} is neither in the file nor in the diary</source>
            <translation>la sesión {id} no está ni en el archivo ni en el diario</translation>
        </message>
        <message>
            <source>the log of recent changes (-wal) is cut short</source>
            <translation>el registro de cambios recientes (-wal) está cortado</translation>
        </message>
        <message>
            <source>the log of recent changes (-wal) is not a SQLite log</source>
            <translation>el registro de cambios recientes (-wal) no es un registro de SQLite</translation>
        </message>
        <message>
            <source>the log of recent changes (-wal) belongs to a different file</source>
            <translation>el registro de cambios recientes (-wal) pertenece a otro archivo</translation>
        </message>
        <message>
            <source>the log of recent changes (-wal) has a damaged header</source>
            <translation>el registro de cambios recientes (-wal) tiene la cabecera dañada</translation>
        </message>
        <message>
            <source>the file is not a SQLite database</source>
            <translation>el archivo no es una base de datos SQLite</translation>
        </message>
        <message>
            <source>the file is a database, but not a diary</source>
            <translation>el archivo es una base de datos, pero no un diario</translation>
        </message>
        <message>
            <source>the diary was written by a newer version of paindiary (schema {revision})</source>
            <translation>el diario lo escribió una versión más reciente de paindiary (esquema {revision})</translation>
        </message>
        <message>
            <source>there is no diary file here</source>
            <translation>aquí no hay ningún archivo de diario</translation>
        </message>
        <message>
            <source>{table} row {row} points to a missing {parent} record</source>
            <translation>{table} fila {row} apunta a un registro {parent} que falta</translation>
        </message>
        <message>
            <source>Impression of change on {date}: {answer}.</source>
            <translation>Impresión del cambio el {date}: {answer}.</translation>
        </message>
        <message>
            <source>Impression of change on day {day}: {answer}.</source>
            <translation>Impresión del cambio el día {day}: {answer}.</translation>
        </message>
        <message>
            <source>IV infusion</source>
            <translation>Infusión intravenosa</translation>
        </message>
        <message>
            <source>IM injection</source>
            <translation>Inyección intramuscular</translation>
        </message>
        <message>
            <source>Subcutaneous</source>
            <translation>Subcutánea</translation>
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
            <translation>Inyección local</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Otro</translation>
        </message>
        <message>
            <source>head</source>
            <translation>cabeza</translation>
        </message>
        <message>
            <source>neck</source>
            <translation>cuello</translation>
        </message>
        <message>
            <source>shoulders</source>
            <translation>hombros</translation>
        </message>
        <message>
            <source>arms</source>
            <translation>brazos</translation>
        </message>
        <message>
            <source>hands</source>
            <translation>manos</translation>
        </message>
        <message>
            <source>chest</source>
            <translation>pecho</translation>
        </message>
        <message>
            <source>back</source>
            <translation>espalda</translation>
        </message>
        <message>
            <source>hips</source>
            <translation>caderas</translation>
        </message>
        <message>
            <source>legs</source>
            <translation>piernas</translation>
        </message>
        <message>
            <source>feet</source>
            <translation>pies</translation>
        </message>
        <message>
            <source>left foot</source>
            <translation>pie izquierdo</translation>
        </message>
        <message>
            <source>left ankle</source>
            <translation>tobillo izquierdo</translation>
        </message>
        <message>
            <source>left calf</source>
            <translation>pantorrilla izquierda</translation>
        </message>
        <message>
            <source>lower back</source>
            <translation>zona lumbar</translation>
        </message>
        <message>
            <source>right hand</source>
            <translation>mano derecha</translation>
        </message>
        <message>
            <source>ketamine</source>
            <translation>ketamina</translation>
        </message>
        <message>
            <source>esketamine</source>
            <translation>esketamina</translation>
        </message>
        <message>
            <source>Dissociation</source>
            <translation>Disociación</translation>
        </message>
        <message>
            <source>Hallucinations</source>
            <translation>Alucinaciones</translation>
        </message>
        <message>
            <source>Visual disturbances</source>
            <translation>Alteraciones visuales</translation>
        </message>
        <message>
            <source>Disorientation</source>
            <translation>Desorientación</translation>
        </message>
        <message>
            <source>Dizziness</source>
            <translation>Mareo</translation>
        </message>
        <message>
            <source>Drowsiness</source>
            <translation>Somnolencia</translation>
        </message>
        <message>
            <source>Nausea</source>
            <translation>Náuseas</translation>
        </message>
        <message>
            <source>Vomiting</source>
            <translation>Vómitos</translation>
        </message>
        <message>
            <source>Headache</source>
            <translation>Dolor de cabeza</translation>
        </message>
        <message>
            <source>Elevated heart rate</source>
            <translation>Frecuencia cardiaca elevada</translation>
        </message>
        <message>
            <source>Elevated blood pressure</source>
            <translation>Presión arterial elevada</translation>
        </message>
        <message>
            <source>Increased secretions</source>
            <translation>Aumento de secreciones</translation>
        </message>
        <message>
            <source>Anxiety</source>
            <translation>Ansiedad</translation>
        </message>
        <message>
            <source>Agitation</source>
            <translation>Agitación</translation>
        </message>
        <message>
            <source>Bladder symptoms</source>
            <translation>Síntomas de vejiga</translation>
        </message>
        <message>
            <source>Memory or concentration</source>
            <translation>Memoria o concentración</translation>
        </message>
        <message>
            <source>mild</source>
            <translation>leve</translation>
        </message>
        <message>
            <source>moderate</source>
            <translation>moderado</translation>
        </message>
        <message>
            <source>severe</source>
            <translation>grave</translation>
        </message>
        <message>
            <source>too little diary before</source>
            <translation>poco diario antes</translation>
        </message>
        <message>
            <source>no pain before</source>
            <translation>sin dolor antes</translation>
        </message>
        <message>
            <source>no entries after</source>
            <translation>sin registros después</translation>
        </message>
        <message>
            <source>no early entries</source>
            <translation>sin registros tempranos</translation>
        </message>
    </context>
</TS>
